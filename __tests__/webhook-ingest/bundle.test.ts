/**
 * The ingest Worker bundle: one self-contained ES module from the project's bundler, without the
 * svix API client (only our small verifier) and with no Node built-ins.
 */
import * as fs from "node:fs";
import { webhookIngestBundle } from "../support/webhook-ingest-harness";

describe("webhook-ingest bundle", () => {
  test("is one ES module with no imports left, no svix client and no Node built-ins", () => {
    const bundle = webhookIngestBundle();
    const code = fs.readFileSync(bundle.filePath, "utf8");
    expect(bundle.filePath.endsWith("index.mjs")).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*as default\s*\}/);
    expect(code).not.toMatch(/(^|[;}\n])\s*import\s*[{*"']/); // no static import statements
    expect(code).not.toMatch(/\bimport\s*\(/); // no dynamic imports
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toContain("api.svix.com");
    expect(code).not.toContain("MessageAttempt");
    // A regression guard well above today's size (the 40 KB goal is tracked by the benchmark).
    expect(bundle.sizeBytes).toBeLessThan(64 * 1024);
  });
});
