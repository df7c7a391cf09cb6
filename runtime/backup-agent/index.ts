// Backup agent: a small service on a swarm manager that the backup function calls to dump,
// encrypt and upload one job at a time (constructs/swarm-services/backup-agent.ts deploys it).
import { log } from "../lib/json-log";
import { createAgentServer } from "./server";
import { readSettings } from "./settings";

const settings = readSettings(process.env);
const server = createAgentServer(settings);
server.listen(settings.port, () => log("info", "backup agent listening", { port: settings.port, jobs: settings.jobs.map((job) => job.name) }));
// Docker stops a task with SIGTERM: stop accepting, let a running upload fail and abort cleanly.
process.once("SIGTERM", () => server.close(() => process.exit(0)));
