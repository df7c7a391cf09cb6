// Bundles the synth app (main.ts and everything it imports) into one file, dist/app.js, which
// is what `cdktf synth` runs. One file loads ~25% faster than hundreds of compiled modules;
// esbuild stays external because it runs its own binary to bundle the runtimes.
import { buildSync } from "esbuild";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

buildSync({
  entryPoints: [path.join(repoRoot, "main.ts")],
  outfile: path.join(repoRoot, "dist", "app.js"),
  bundle: true,
  platform: "node",
  target: "node20", // the synth app runs on the operator's Node (engines: >=20), not in Cloud Functions
  format: "cjs",
  external: ["esbuild"],
  minifySyntax: true,
  logLevel: "warning",
});

// The secret scan `npm run synth` runs over cdktf.out after synth (constructs/lib/guardrails/scan-cli.ts).
buildSync({
  entryPoints: [path.join(repoRoot, "constructs", "lib", "guardrails", "scan-cli.ts")],
  outfile: path.join(repoRoot, "dist", "scan-secrets.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
