// `npm run diagram [--check]`: writes docs/architecture-<env>.md for every environment of the
// sample config, a Mermaid flowchart drawn from the construct tree and the constructs'
// `connects(...)` declarations (constructs/lib/guardrails/diagram.ts). `--check` writes nothing
// and exits 1 when a committed file differs from what the code draws. `--render` also draws
// docs/architecture-prod.svg and .png with mermaid's browser bundle in Chromium (offline:
// `apt-get install -y chromium`, or CHROMIUM=<path>), for people who read the picture, not the text.
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
      import { environmentDiagram, environmentDiagramMarkdown } from "./constructs/lib/guardrails/diagram";
      function sampleApp() {
        const app = new App({ outdir: require("node:os").tmpdir() });
        addEnvironmentStacks(app, SAMPLE_ENVIRONMENTS);
        return app;
      }
      export function diagrams() {
        const app = sampleApp();
        return Object.fromEntries(SAMPLE_ENVIRONMENTS.map((e) => [e.name, environmentDiagramMarkdown(app, e.name)]));
      }
      export function prodFlowchart() {
        return environmentDiagram(sampleApp(), "prod");
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
const { diagrams, prodFlowchart } = createRequire(import.meta.url)(outfile);
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
// The README embeds the production flowchart: the first mermaid block after "Production:".
const readmePath = path.join(repoRoot, "README.md");
const readme = fs.readFileSync(readmePath, "utf8");
const block = /(Production:\n\n```mermaid\n)[\s\S]*?(\n```)/;
const refreshed = readme.replace(block, (_, open, close) => `${open}${prodFlowchart()}${close}`);
if (refreshed !== readme) {
  if (check) {
    console.error("README.md's production diagram differs from the code; run npm run diagram");
    drift++;
  } else {
    fs.writeFileSync(readmePath, refreshed);
    console.log("wrote README.md (production diagram)");
  }
}
if (!check && process.argv.includes("--render")) await render(diagrams().prod);
process.exit(drift ? 1 : 0);

async function render(markdown) {
  const { chromium } = createRequire(import.meta.url)("playwright-core");
  const source = markdown.slice(markdown.indexOf("```mermaid") + 10, markdown.lastIndexOf("```")).trim();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1800, height: 1200 }, deviceScaleFactor: 1 });
    await page.setContent("<!doctype html><html><body style='margin:0;background:white'><div id='out'></div></body></html>");
    await page.addScriptTag({ path: path.join(repoRoot, "node_modules", "mermaid", "dist", "mermaid.min.js") });
    // htmlLabels off: the SVG then holds plain <text>, which any viewer draws (foreignObject labels need a browser).
    const svg = await page.evaluate(async (text) => {
      globalThis.mermaid.initialize({ startOnLoad: false, theme: "default", securityLevel: "strict", flowchart: { htmlLabels: false } });
      const { svg } = await globalThis.mermaid.render("architecture", text);
      document.getElementById("out").innerHTML = svg;
      return svg;
    }, source);
    fs.writeFileSync(path.join(repoRoot, "docs", "architecture-prod.svg"), `${svg}\n`);
    await page.locator("#out svg").screenshot({ path: path.join(repoRoot, "docs", "architecture-prod.png") });
    console.log("wrote docs/architecture-prod.svg, docs/architecture-prod.png");
  } finally {
    await browser.close();
  }
}
