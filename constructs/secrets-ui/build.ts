import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packageRoot } from "../lib/package-root";
import { bundleRuntime } from "../lib/runtime-bundle";

/**
 * Builds the Secrets UI app locally into Vercel's Build Output API v3 layout, so Vercel runs no
 * build (vercel.com/docs/build-output-api/v3; ../shared/contracts/secrets-ui.md §4):
 *
 *     <dir>/.vercel/output/config.json                     routes: static files first, then the function
 *     <dir>/.vercel/output/static/style.css                runtime/secrets-ui/static/*
 *     <dir>/.vercel/output/functions/index.func/index.js   runtime/secrets-ui/index.ts, one CommonJS file
 *     <dir>/.vercel/output/functions/index.func/.vc-config.json
 *
 * Deterministic: the same sources give byte-identical files and the same `hash` (the folder's
 * name), so an unchanged app plans no new deployment. The function is the `node-module` bundle
 * (CommonJS, node22, minified), the Node major the function runs on below.
 */
export const SECRETS_UI_FUNCTION_RUNTIME = "nodejs22.x";

export interface SecretsUiBuild {
  /** Directory holding `.vercel/output` (what `vercel_prebuilt_project.path` wants). */
  readonly dir: string;
  /** sha256 (hex) over every output file's path and bytes. */
  readonly hash: string;
  /** Output files relative to `dir`, sorted. */
  readonly files: readonly string[];
}

export function buildSecretsUi(options: { rootDir?: string; outRoot?: string } = {}): SecretsUiBuild {
  const rootDir = options.rootDir ?? packageRoot();
  const appDir = path.join(rootDir, "runtime", "secrets-ui");
  // The project's one bundler: cached on disk, re-validated against every input, built once per process.
  const bundle = bundleRuntime({ runtime: "secrets-ui", target: "node-module", rootDir });

  const files = new Map<string, Uint8Array>();
  const out = ".vercel/output";
  files.set(`${out}/config.json`, json({ version: 3, routes: [{ handle: "filesystem" }, { src: "/(.*)", dest: "/index" }] }));
  files.set(`${out}/functions/index.func/.vc-config.json`, json({ runtime: SECRETS_UI_FUNCTION_RUNTIME, handler: "index.js", launcherType: "Nodejs", shouldAddHelpers: false, maxDuration: 30 }));
  files.set(`${out}/functions/index.func/index.js`, fs.readFileSync(bundle.filePath));
  for (const name of fs.readdirSync(path.join(appDir, "static")).sort()) files.set(`${out}/static/${name}`, fs.readFileSync(path.join(appDir, "static", name)));

  const names = [...files.keys()].sort();
  const digest = createHash("sha256");
  for (const name of names) digest.update(`${name}\0`).update(createHash("sha256").update(files.get(name)!).digest("hex")).update("\n");
  const hash = digest.digest("hex");
  const dir = path.join(options.outRoot ?? path.join(os.tmpdir(), "platform-secrets-ui"), hash.slice(0, 32));
  if (!fs.existsSync(`${dir}.complete`)) {
    const staging = `${dir}.${process.pid}.${Date.now()}`;
    for (const name of names) {
      fs.mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
      fs.writeFileSync(path.join(staging, name), files.get(name)!);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    try {
      fs.renameSync(staging, dir);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // a concurrent build won with identical content
    }
    // Beside the folder, so the copied asset holds exactly the output.
    fs.writeFileSync(`${dir}.complete`, hash);
  }
  return { dir, hash, files: names };
}

function json(value: unknown): Uint8Array {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
}
