import * as fs from "node:fs";
import * as path from "node:path";

const PACKAGE_NAME = "@platform/infra";
let cached: string | undefined;

/**
 * The folder that holds this package's `package.json`, `runtime/` and `node_modules/`.
 * Constructs run from `constructs/` in a checkout and from `dist/constructs/` in an installed
 * copy, so the runtime sources are found by walking up rather than by a fixed relative path.
 */
export function packageRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === PACKAGE_NAME) {
      cached = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${__dirname}`);
  }
}
