// Backup agent: a small service on a swarm manager that the backup function calls to dump,
// encrypt and upload one job at a time (constructs/swarm-services/backup-agent.ts deploys it).
import { log } from "../lib/json-log";
import { createAgentServer } from "./server";
import { readSettings } from "./settings";

const settings = readSettings(process.env);
const server = createAgentServer(settings);
server.listen(settings.port, () => log("info", "backup agent listening", { port: settings.port, jobs: settings.jobs.map((job) => job.name) }));
// Docker stops a task with SIGTERM (then SIGKILL after the service's 60 s grace): stop accepting,
// stop the running jobs (dump stopped, swarm job removed, multipart upload aborted), then exit.
process.once("SIGTERM", () => {
  log("info", "backup agent stopping");
  server.close();
  void server.stopJobs(45_000).then(() => process.exit(0));
});
