// `npm run diagram [--check]`: writes docs/architecture-<env>.md for every environment of the
// sample config, a Mermaid flowchart drawn from the construct tree and the constructs'
// `connects(...)` declarations (constructs/lib/guardrails/diagram.ts). `--check` writes nothing
// and exits 1 when a committed file differs from what the code draws.
import { buildSync } from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.join(repoRoot, "dist", "diagram.js");
buildSync({
  stdin: {
    contents: `
      import { App } from "cdktf";
      import { addEnvironmentStacks } from "./stacks/app";
      import { SAMPLE_ENVIRONMENTS } from "./stacks/environments";
      import { environmentDiagramMarkdown } from "./constructs/lib/guardrails/diagram";
      export function diagrams() {
        const app = new App({ outdir: require("node:os").tmpdir() });
        addEnvironmentStacks(app, SAMPLE_ENVIRONMENTS);
        return Object.fromEntries(SAMPLE_ENVIRONMENTS.map((e) => [e.name, environmentDiagramMarkdown(app, e.name)]));
      }`,
    resolveDir: repoRoot,
    loader: "ts",
  },
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["esbuild"],
  logLevel: "warning",
});
const { diagrams } = createRequire(import.meta.url)(outfile);
const check = process.argv.includes("--check");
let drift = 0;
for (const [env, markdown] of Object.entries(diagrams())) {
  const file = path.join(repoRoot, "docs", `architecture-${env}.md`);
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (check) {
    if (current !== markdown) {
      console.error(`${path.relative(repoRoot, file)} differs from the code; run npm run diagram`);
      drift++;
    }
  } else if (current !== markdown) {
    fs.writeFileSync(file, markdown);
    console.log(`wrote ${path.relative(repoRoot, file)}`);
  }
}
process.exit(drift ? 1 : 0);
