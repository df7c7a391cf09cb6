/**
 * The bridge Worker bundle: one self-contained ES module (groq-sdk and the Qdrant client
 * included), no Node built-ins (the script is deployed without nodejs_compat), under the 120 KB
 * goal.
 */
import * as fs from "node:fs";
import { ragBridgeBundle } from "../support/rag-harness";

test("the bridge bundle is one ES module with no imports left, no Node built-ins, and at most 120 KB minified", () => {
  const bundle = ragBridgeBundle();
  const code = fs.readFileSync(bundle.filePath, "utf8");
  expect(bundle.filePath.endsWith("index.mjs")).toBe(true);
  expect(code).toMatch(/export\s*\{[^}]*as default\s*\}/);
  expect(code).not.toMatch(/(^|[;}\n])\s*import\s*[{*"']/);
  expect(code).not.toMatch(/from\s*["']node:/);
  expect(code).toContain("/openai/v1/chat/completions"); // groq-sdk is in, not left as an import
  expect(bundle.sizeBytes).toBeLessThanOrEqual(120 * 1024);
});
