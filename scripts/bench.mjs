// `npm run bench`: every benchmark of the project, printed as one table. Each module under
// scripts/bench/ exports `run()` returning rows; add a module there to add rows here.
import { printTable } from "./bench/table.mjs";

const suites = ["./bench/synth.mjs", "./bench/webhook-ingest.mjs"];
const rows = [];
for (const suite of suites) {
  const { run } = await import(suite).catch((error) => {
    if (error.code === "ERR_MODULE_NOT_FOUND" && error.message.includes(suite.slice(2))) return { run: null };
    throw error;
  });
  if (run) rows.push(...(await run()));
}
printTable(rows);
