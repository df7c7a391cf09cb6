// One way for the bench suites (ESM) to use a TypeScript module of this repository: compile it with
// esbuild to a temporary CommonJS file and require it.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Compiles `entry` (a path from the repository root) and requires it. `options` go to esbuild
 * (e.g. `{ packages: "external" }`, `{ external: ["esbuild"] }`). The file sits in
 * node_modules/.cache so that the packages it keeps external resolve, and is named after the whole
 * entry path: require() caches by file name, and two suites compile entries with the same base
 * name (each runtime has a contract.ts).
 */
export async function compiledTypeScript(entry, options = {}) {
  const esbuild = require("esbuild");
  const outfile = path.join(ROOT, "node_modules", ".cache", "bench", `${entry.replace(/[\\/.]/g, "_")}-${process.pid}.cjs`);
  await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    logLevel: "warning",
    nodePaths: [path.join(ROOT, "node_modules")],
    ...options,
  });
  try {
    return require(outfile);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
