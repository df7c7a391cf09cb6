/**
 * The backup function, bundled and served by functions-framework, called as Cloud Scheduler calls
 * it, recording runs in the Firestore stand-in and driving the real agent bundle (which verifies
 * the function's identity token and uploads to fauxqs).
 */
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { BACKUP_COLLECTIONS, BACKUP_LEASE_ID } from "../../runtime/backup-function/contract";
import { type AgentProcess, type AgentWorld, ageUnavailable, AUDIENCE, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";
import { type BackupFunctionWorld, type RunningBackupFunction, startBackupFunctionWorld } from "../support/backup-function-harness";

const describeWithAge = describeWhenAvailable("the backup function tests with the agent", ageUnavailable);

const PROJECT = "example-project";
const FUNCTION_EMAIL = `prod-backup-fn@${PROJECT}.iam.gserviceaccount.com`;

describeWithAge("backup function: scheduled runs recorded in Firestore", () => {
  let agents: AgentWorld;
  let world: BackupFunctionWorld;
  let agent: AgentProcess;
  let complete: RunningBackupFunction;
  let partial: RunningBackupFunction;

  beforeAll(async () => {
    agents = await startAgentWorld("backup-fn-test-", { callerEmail: FUNCTION_EMAIL });
    world = await startBackupFunctionWorld({ projectId: PROJECT, email: FUNCTION_EMAIL, identity: agents.identity });
    const sourceFile = path.join(agents.dir, "keycloak.bin");
    fs.writeFileSync(sourceFile, randomBytes(6 * 1024 * 1024));
    agent = await agents.startAgent({
      partSizeMiB: 5,
      jobs: [
        { name: "keycloak", kind: "command", argv: ["cat", sourceFile] },
        { name: "slow", kind: "command", argv: ["sh", "-c", "sleep 2; head -c 100000 /dev/urandom"] },
        { name: "broken", kind: "command", argv: ["sh", "-c", "head -c 1000 /dev/urandom; echo 'pg_dump: error: server closed the connection' >&2; exit 2"] },
      ],
    });
    const common = { agentUrl: agent.url, agentAudience: AUDIENCE, alerts: world.alertsVia(await world.botSecrets({ withBot: true }), { channel: "#backup-alerts" }) };
    [complete, partial] = await Promise.all([world.startFunction({ ...common, jobs: ["keycloak", "slow"] }), world.startFunction({ ...common, jobs: ["keycloak", "broken"] })]);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    await agents?.close();
  });

  const run = (runId: string) => world.firestore.data(`${BACKUP_COLLECTIONS.runs}/${runId}`) as Record<string, any> | undefined;
  const jobsStartedFor = (runId: string) => agent.logs.filter((line) => line.message === "job started" && line.runId === runId).map((line) => line.job);
  async function waitForState(runId: string, state: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (run(runId)?.state !== state) {
      if (Date.now() > deadline) throw new Error(`run ${runId} never reached ${state} (is ${run(runId)?.state})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("records a successful run as verified, with per-job key, size, sha256 and duration matching the stored objects, and releases the lease", async () => {
    const result = await complete.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-01T02:00:00Z");
    expect(result.status).toBe(200);
    const runId = "nightly-20261201T020000Z";
    expect(result.body).toMatchObject({ runId, state: "verified" });
    const record = run(runId)!;
    expect(record.state).toBe("verified");
    expect(record.tier).toBe("daily");
    expect(record.finishedAt).toBeDefined();
    for (const job of ["keycloak", "slow"]) {
      const jobRecord = record.jobs[job];
      expect(jobRecord).toMatchObject({ outcome: "verified", key: `daily/${job}/${runId}/${job}.bin.age` });
      expect(jobRecord.durationMs).toBeGreaterThan(0);
      const stored = await agents.download(jobRecord.key);
      expect(Number(jobRecord.bytes)).toBe(stored.length);
      expect(jobRecord.sha256).toBe(createHash("sha256").update(stored).digest("hex"));
    }
    expect(world.firestore.data(`${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`)).toBeUndefined();
    expect(world.metadata.identityRequests).toContain(AUDIENCE);
    // Verified: the freshness check orders on verifiedAt; nothing to announce.
    expect(record.verifiedAt).toBe(record.finishedAt);
    expect(record.alert).toBeUndefined();
    expect(world.chat.posted().filter((message) => message.msg.includes(runId))).toEqual([]);
  });

  it("records a partial failure as failed, keeping the job that succeeded and the failing job's error", async () => {
    const result = await partial.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-02T02:00:00Z");
    expect(result.status).toBe(200);
    const record = run("nightly-20261202T020000Z")!;
    expect(record.state).toBe("failed");
    expect(record.jobs.keycloak.outcome).toBe("verified");
    expect(record.jobs.broken.outcome).toBe("failed");
    expect(record.jobs.broken.error).toContain("dump-failed");
    expect(record.jobs.broken.error).toContain("exited with 2");
    expect(record.jobs.broken.key).toBeUndefined();
    expect(record.error).toContain("1 of 2 jobs failed");
    // One alert in the configured channel, naming the run, the failed job and its error (not the one that worked).
    const messages = world.chat.posted().filter((message) => message.msg.includes("nightly-20261202T020000Z"));
    expect(messages).toHaveLength(1);
    expect(messages[0].channel).toBe("#backup-alerts");
    expect(messages[0].msg).toContain("Failed jobs: broken\n");
    expect(messages[0].msg).toContain("exited with 2");
    expect(record.alert).toMatchObject({ messageId: messages[0]._id, attempts: 1 });
  });

  it("starts nothing for a Scheduler retry of a backup that is still running (same schedule time)", async () => {
    const runId = "nightly-20261203T020000Z";
    const first = complete.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    await waitForState(runId, "running");
    const retry = await complete.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ runId, state: "duplicate" });
    expect(String(retry.body.error)).toContain("state running");
    expect((await first).body.state).toBe("verified");
    expect(jobsStartedFor(runId)).toEqual(["keycloak", "slow"]); // once each
    expect(run(runId)!.state).toBe("verified");
  });

  it("does not start a run while another holds the lease: the overlapping run is recorded as failed, naming the holder", async () => {
    const holder = "nightly-20261204T020000Z";
    const first = complete.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-04T02:00:00Z");
    await waitForState(holder, "running");
    const overlapping = await partial.trigger({ schedule: "weekly", tier: "weekly" }, "2026-12-04T02:30:00Z");
    expect(overlapping.status).toBe(200);
    const record = run("weekly-20261204T023000Z")!;
    expect(record.state).toBe("failed");
    expect(record.error).toContain(holder);
    expect(jobsStartedFor("weekly-20261204T023000Z")).toEqual([]);
    expect((await first).body.state).toBe("verified");
    // Once the holder is done, the next run gets the lease.
    const after = await partial.trigger({ schedule: "weekly", tier: "weekly" }, "2026-12-04T03:00:00Z");
    expect(jobsStartedFor("weekly-20261204T030000Z")).toEqual(["keycloak", "broken"]);
    expect(after.body.state).toBe("failed"); // "broken" fails, as configured
  });

  it("rejects a call without {schedule, tier} and records nothing", async () => {
    const before = world.firestore.collection(BACKUP_COLLECTIONS.runs).length;
    expect((await complete.trigger({ tier: "hourly" })).status).toBe(400);
    expect(world.firestore.collection(BACKUP_COLLECTIONS.runs).length).toBe(before);
  });
});
