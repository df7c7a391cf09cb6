// `npm run bench`: every benchmark of the project, printed as one table. Each module under
// scripts/bench/ exports `run()` returning rows; list a module here to add its rows.
import { printTable } from "./bench/table.mjs";

const suites = ["./bench/synth.mjs", "./bench/webhook-ingest.mjs", "./bench/rag-bridge.mjs", "./bench/backup.mjs"];
const rows = [];
for (const suite of suites) {
  const { run } = await import(suite);
  rows.push(...(await run()));
}
printTable(rows);
