/**
 * The backup function, bundled and served by functions-framework, called as Cloud Scheduler calls
 * it, recording runs in the Firestore stand-in and driving the real agent bundle (which verifies
 * the function's identity token and uploads to fauxqs).
 */
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { BACKUP_COLLECTIONS, BACKUP_LEASE_ID } from "../../runtime/backup-function/contract";
import { AgentProcess, ageKeygen, ageUnavailable, type IdentityStandIn, type S3World, startIdentityStandIn, startS3 } from "../support/backup-harness";
import { type BackupMetadataStandIn, type BotSecrets, type RunningBackupFunction, startBackupFunction, startBackupMetadataStandIn, startBotSecrets } from "../support/backup-function-harness";
import { FirestoreStandIn } from "../support/firestore-stand-in";
import { type RocketChatStandIn, startRocketChatStandIn } from "../support/rocketchat-stand-in";

const skipReason = ageUnavailable();
const describeWithAge = skipReason ? describe.skip : describe;

const PROJECT = "example-project";
const FUNCTION_EMAIL = `prod-backup-fn@${PROJECT}.iam.gserviceaccount.com`;
const AUDIENCE = "https://backup-agent.example.com";
const BUCKET = "prod-backups";

describeWithAge("backup function: scheduled runs recorded in Firestore", () => {
  let dir: string;
  let s3: S3World;
  let identity: IdentityStandIn;
  let firestore: FirestoreStandIn;
  let chat: RocketChatStandIn;
  let metadata: BackupMetadataStandIn;
  let secrets: BotSecrets;
  let agent: AgentProcess;
  let complete: RunningBackupFunction;
  let partial: RunningBackupFunction;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-fn-test-"));
    const sourceFile = path.join(dir, "keycloak.bin");
    fs.writeFileSync(sourceFile, randomBytes(6 * 1024 * 1024));
    [s3, identity, firestore, chat] = await Promise.all([startS3(), startIdentityStandIn(), FirestoreStandIn.start(), startRocketChatStandIn()]);
    await s3.createBucket(BUCKET);
    metadata = await startBackupMetadataStandIn(firestore, identity, { projectId: PROJECT, email: FUNCTION_EMAIL });
    agent = await AgentProcess.start({
      s3,
      bucket: BUCKET,
      identity,
      audience: AUDIENCE,
      callerEmail: FUNCTION_EMAIL,
      recipients: [ageKeygen(dir).recipient],
      partSizeMiB: 5,
      jobs: [
        { name: "keycloak", kind: "command", argv: ["cat", sourceFile] },
        { name: "slow", kind: "command", argv: ["sh", "-c", "sleep 2; head -c 100000 /dev/urandom"] },
        { name: "broken", kind: "command", argv: ["sh", "-c", "head -c 1000 /dev/urandom; echo 'pg_dump: error: server closed the connection' >&2; exit 2"] },
      ],
    });
    secrets = await startBotSecrets(metadata, { projectId: PROJECT, email: FUNCTION_EMAIL, bot: { userId: chat.bot.userId, token: chat.bot.authToken } });
    const alerts = { rocketChatUrl: chat.url, secretManagerBaseUrl: secrets.secretManager.baseUrl, userIdSecret: secrets.userIdSecret, tokenSecret: secrets.tokenSecret, channel: "#backup-alerts" };
    const common = { projectId: PROJECT, firestoreBaseUrl: firestore.baseUrl, metadataHost: metadata.host, agentUrl: agent.url, agentAudience: AUDIENCE, alerts };
    [complete, partial] = await Promise.all([startBackupFunction({ ...common, jobs: ["keycloak", "slow"] }), startBackupFunction({ ...common, jobs: ["keycloak", "broken"] })]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([complete?.stop(), partial?.stop(), agent?.stop()]);
    await Promise.all([s3?.close(), identity?.close(), firestore?.close(), metadata?.close(), chat?.close(), secrets?.secretManager.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (runId: string) => firestore.data(`${BACKUP_COLLECTIONS.runs}/${runId}`) as Record<string, any> | undefined;
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
      const stored = Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: jobRecord.key }))).Body!.transformToByteArray());
      expect(Number(jobRecord.bytes)).toBe(stored.length);
      expect(jobRecord.sha256).toBe(createHash("sha256").update(stored).digest("hex"));
    }
    expect(firestore.data(`${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`)).toBeUndefined();
    expect(metadata.identityRequests).toContain(AUDIENCE);
    // Verified: the freshness check orders on verifiedAt; nothing to announce.
    expect(record.verifiedAt).toBe(record.finishedAt);
    expect(record.alert).toBeUndefined();
    expect(chat.posted().filter((message) => message.msg.includes(runId))).toEqual([]);
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
    const messages = chat.posted().filter((message) => message.msg.includes("nightly-20261202T020000Z"));
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
    const before = firestore.collection(BACKUP_COLLECTIONS.runs).length;
    expect((await complete.trigger({ tier: "hourly" })).status).toBe(400);
    expect(firestore.collection(BACKUP_COLLECTIONS.runs).length).toBe(before);
  });
});
