// App synth benchmark: the compiled app (`dist/main.js`, what `cdktf synth` runs) synthesizing
// every environment's stacks, timed from process start to exit, with its peak memory.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Number(process.env.BENCH_SYNTH_RUNS ?? 7);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function run() {
  const app = path.join(repoRoot, "dist", "app.js");
  if (!fs.existsSync(app)) throw new Error(`no ${app}: run "node scripts/build-app.mjs" first`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-synth-"));
  const samples = [];
  let stacks = 0;
  try {
    for (let i = 0; i <= RUNS; i++) {
      const outdir = path.join(scratch, `out-${i}`);
      const reportFile = path.join(scratch, `report-${i}.json`);
      execFileSync(process.execPath, ["--require", path.join(repoRoot, "scripts/bench/exit-report.cjs"), app], {
        cwd: repoRoot,
        env: { ...process.env, CDKTF_OUTDIR: outdir, BENCH_REPORT_FILE: reportFile, CHECKPOINT_DISABLE: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      stacks = fs.readdirSync(path.join(outdir, "stacks")).length;
      // The first run fills the bundle cache and the OS file cache; it is not counted.
      if (i > 0) samples.push(JSON.parse(fs.readFileSync(reportFile, "utf8")));
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return [
    { name: `app synth, all ${stacks} stacks (median of ${RUNS})`, value: median(samples.map((s) => s.elapsedMs / 1000)).toFixed(3), unit: "s", goal: "≤ 0.3 s" },
    { name: `app synth peak memory (median of ${RUNS})`, value: String(Math.round(median(samples.map((s) => s.maxRssKiB)) / 1024)), unit: "MB", goal: "≤ 150 MB" },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { printTable } = await import("./table.mjs");
  printTable(await run());
}
