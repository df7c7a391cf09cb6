/**
 * Docker stops the agent with SIGTERM (a deploy, a node drain) while a job may be running in the
 * background: the agent stops the dump, aborts the multipart upload and exits, so nothing
 * half-written stays in the bucket and the run is not left waiting on parts nobody will send.
 */
import { BACKUP_AGENT_ROUTES } from "../../runtime/backup-agent/contract";
import { type AgentWorld, ageUnavailable, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";

const describeWithAge = describeWhenAvailable("the agent shutdown test", ageUnavailable);

describeWithAge("backup agent: stopped with SIGTERM while a job runs", () => {
  let world: AgentWorld;

  beforeAll(async () => {
    world = await startAgentWorld("backup-shutdown-test-");
  }, 30_000);

  afterAll(async () => {
    await world?.close();
  });

  it("aborts the running job's multipart upload, completes nothing and exits 0 well within Docker's grace period", async () => {
    const agent = await world.startAgent({
      partSizeMiB: 5,
      // Two full parts go up, then the dump keeps the job running.
      jobs: [{ name: "long-dump", kind: "command", argv: ["sh", "-c", "head -c 12000000 /dev/urandom; exec sleep 60"] }],
    });
    const started = await agent.post(BACKUP_AGENT_ROUTES.job("long-dump"), { runId: "run-shutdown", tier: "daily" }, world.token());
    expect(started.status).toBe(202);
    const under = () => world.operationsUnder("daily/long-dump/run-shutdown/");
    const deadline = Date.now() + 20_000;
    while (!under().includes("UploadPart") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(under()).toContain("UploadPart");

    const stopAt = Date.now();
    await agent.stop();
    expect(Date.now() - stopAt).toBeLessThan(10_000);
    expect(agent.exitCode).toBe(0);
    expect(under()).toContain("AbortMultipartUpload");
    expect(under()).not.toContain("CompleteMultipartUpload");
    expect(under().filter((operation) => operation === "PutObject")).toEqual([]);
    expect(agent.logs.some((line) => line.message === "job failed" && line.code === "agent-stopped")).toBe(true);
  }, 60_000);
});
