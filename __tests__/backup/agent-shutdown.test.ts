/**
 * Docker stops the agent with SIGTERM (a deploy, a node drain) while a job may be running in the
 * background: the agent stops the dump, aborts the multipart upload and exits, so nothing
 * half-written stays in the bucket and the run is not left waiting on parts nobody will send.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BACKUP_AGENT_ROUTES } from "../../runtime/backup-agent/contract";
import { AgentProcess, ageKeygen, ageUnavailable, type IdentityStandIn, type S3World, s3Operation, startIdentityStandIn, startS3 } from "../support/backup-harness";

const skipReason = ageUnavailable();
const describeWithAge = skipReason ? describe.skip : describe;
if (skipReason) console.warn(`skipping the agent shutdown test: ${skipReason}`);

const BUCKET = "prod-backups";
const AUDIENCE = "https://backup-agent.example.com";
const CALLER = "backup-function@example-project.iam.gserviceaccount.com";

describeWithAge("backup agent: stopped with SIGTERM while a job runs", () => {
  let dir: string;
  let s3: S3World;
  let identity: IdentityStandIn;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-shutdown-test-"));
    [s3, identity] = await Promise.all([startS3(), startIdentityStandIn()]);
    await s3.createBucket(BUCKET);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([s3?.close(), identity?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("aborts the running job's multipart upload, completes nothing and exits 0 well within Docker's grace period", async () => {
    const agent = await AgentProcess.start({
      s3,
      bucket: BUCKET,
      identity,
      audience: AUDIENCE,
      callerEmail: CALLER,
      recipients: [ageKeygen(dir).recipient],
      partSizeMiB: 5,
      // Two full parts go up, then the dump keeps the job running.
      jobs: [{ name: "long-dump", kind: "command", argv: ["sh", "-c", "head -c 12000000 /dev/urandom; exec sleep 60"] }],
    });
    const started = await agent.post(BACKUP_AGENT_ROUTES.job("long-dump"), { runId: "run-shutdown", tier: "daily" }, identity.googleToken(CALLER, AUDIENCE));
    expect(started.status).toBe(202);
    const under = () => s3.requests.filter((request) => decodeURIComponent(request.path).startsWith(`/${BUCKET}/daily/long-dump/run-shutdown/`)).map((request) => s3Operation(request));
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
