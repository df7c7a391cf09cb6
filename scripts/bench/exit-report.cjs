// Preloaded into a measured process: on exit it reports how long the process ran and its peak
// resident memory, so the parent measures the app itself rather than its own spawning.
const { performance } = require("node:perf_hooks");
const fs = require("node:fs");

process.on("exit", () => {
  const report = { elapsedMs: performance.now(), maxRssKiB: process.resourceUsage().maxRSS };
  fs.writeFileSync(process.env.BENCH_REPORT_FILE, JSON.stringify(report));
});
