/**
 * Failure and freshness alerts of the backup function: the bundle served by functions-framework,
 * run records in the Firestore stand-in, messages to the Rocket.Chat stand-in (chat.postMessage
 * with the bot's X-User-Id / X-Auth-Token, read from the Secret Manager stand-in). The agent is unreachable here (a closed port), so
 * every run fails without the age tool; the verified-run case is in backup-function.test.ts.
 */
import { BACKUP_COLLECTIONS, BACKUP_FRESHNESS_ALERT_ID, BACKUP_LEASE_ID } from "../../runtime/backup-function/contract";
import { AUDIENCE, freePort } from "../support/backup-harness";
import { type BackupFunctionWorld, firestoreWriter, type RunningBackupFunction, startBackupFunctionWorld } from "../support/backup-function-harness";

const PROJECT = "example-project";
const FUNCTION_EMAIL = `test-backup@${PROJECT}.iam.gserviceaccount.com`;
const ROOM = "BackupAlertsRoom1";
const HOUR = 3_600_000;

describe("backup function: alerts in Rocket.Chat", () => {
  let world: BackupFunctionWorld;
  let backup: RunningBackupFunction;
  /** The same function with a 30-minute limit: a run verified an hour ago is stale to it. */
  let strict: RunningBackupFunction;
  let writer: ReturnType<typeof firestoreWriter>;

  beforeAll(async () => {
    world = await startBackupFunctionWorld({ projectId: PROJECT, email: FUNCTION_EMAIL });
    writer = firestoreWriter(world.firestore, PROJECT);
    const common = { agentUrl: `http://127.0.0.1:${await freePort()}`, agentAudience: AUDIENCE, jobs: ["keycloak-postgres", "rocketchat-mongodb"] };
    const alerts = world.alertsVia(await world.botSecrets({ withBot: true }), { roomId: ROOM });
    [backup, strict] = await Promise.all([world.startFunction({ ...common, alerts }), world.startFunction({ ...common, alerts: { ...alerts, maxAgeHours: 0.5 } })]);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  const run = (runId: string) => world.firestore.data(`${BACKUP_COLLECTIONS.runs}/${runId}`) as Record<string, any> | undefined;
  const messagesAbout = (text: string) => world.chat.posted().filter((message) => message.msg.includes(text));
  const postCalls = () => world.chat.calls.filter((call) => call.method === "chat.postMessage").length;
  const freshnessState = () => world.firestore.data(`${BACKUP_COLLECTIONS.alerts}/${BACKUP_FRESHNESS_ALERT_ID}`) as Record<string, any> | undefined;

  it("announces a failed run once in the alert room, naming the environment, run id, failed jobs and error; a retry of the run sends nothing more", async () => {
    const runId = "nightly-20261201T020000Z";
    const result = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-01T02:00:00Z");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ runId, state: "failed", alert: { sentAt: expect.any(String), attempts: 1 } });

    const [message, ...more] = messagesAbout(runId);
    expect(more).toEqual([]);
    expect(message.rid).toBe(ROOM);
    expect(message.msg).toContain("Backup run failed in test");
    expect(message.msg).toMatch(/Failed jobs: keycloak-postgres, rocketchat-mongodb/);
    expect(message.msg).toContain("2 of 2 jobs failed");
    expect(message.msg).not.toContain(world.chat.bot.authToken);
    // The outcome stays as recorded; the alert sits beside it.
    expect(run(runId)).toMatchObject({ state: "failed", alert: { messageId: message._id, attempts: 1 } });
    expect(run(runId)!.alert.sentAt).toBeDefined();

    const calls = postCalls();
    const retry = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-01T02:00:00Z");
    expect(retry.body).toMatchObject({ runId, state: "duplicate" });
    expect(postCalls()).toBe(calls);
    expect(messagesAbout(runId)).toHaveLength(1);
  });

  it("announces a run refused because another run holds the lease, naming the holder", async () => {
    const holder = "weekly-20261202T010000Z";
    const now = Date.now();
    await writer.put(`${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`, { runId: holder, acquiredAt: new Date(now), expiresAt: new Date(now + HOUR) });
    const runId = "nightly-20261202T020000Z";
    const result = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-02T02:00:00Z");
    expect(result.body).toMatchObject({ runId, state: "failed" });
    const [message, ...more] = messagesAbout(runId);
    expect(more).toEqual([]);
    expect(message.msg).toContain(holder);
    expect(message.msg).toContain("Failed jobs: none (not run: keycloak-postgres, rocketchat-mongodb)");
    // The holder "crashed": its lease has expired, so the next runs take it over.
    await writer.put(`${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`, { runId: holder, acquiredAt: new Date(now - 3 * HOUR), expiresAt: new Date(now - HOUR) });
  });

  it("keeps a run failed and records the alert's error when Rocket.Chat is down; a later delivery of the run sends the alert once", async () => {
    const runId = "nightly-20261203T020000Z";
    world.chat.failNext("chat.postMessage", 503);
    const result = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ runId, state: "failed", alert: { error: expect.stringContaining("503"), attempts: 1 } });
    expect(run(runId)).toMatchObject({ state: "failed", alert: { error: "Rocket.Chat answered 503: Internal server error", attempts: 1 } });
    expect(run(runId)!.alert.sentAt).toBeUndefined();
    expect(messagesAbout(runId)).toEqual([]);

    const again = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    expect(again.body).toMatchObject({ state: "duplicate", alert: { sentAt: expect.any(String), attempts: 2 } });
    expect(run(runId)).toMatchObject({ state: "failed", alert: { attempts: 2 } });
    expect(run(runId)!.alert.error).toBeUndefined();
    await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    expect(messagesAbout(runId)).toHaveLength(1);
  });

  it("checks freshness: quiet before any run was verified, alerts once when the newest verified run is 27 h old, quiet after a new verified run", async () => {
    // Only failed runs so far, and the check has just started watching: nothing to say yet.
    const first = await backup.trigger({ check: "freshness" });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ finding: "fresh", newestVerifiedRunId: null, maxAgeHours: 26 });
    expect(freshnessState()!.firstCheckedAt).toBeDefined();

    const old = "nightly-20261130T020000Z";
    const verifiedAt = new Date(Date.now() - 27 * HOUR);
    await writer.put(`${BACKUP_COLLECTIONS.runs}/${old}`, { runId: old, schedule: "nightly", tier: "daily", state: "verified", finishedAt: verifiedAt, verifiedAt });
    // An older verified run must not be taken for the newest.
    await writer.put(`${BACKUP_COLLECTIONS.runs}/nightly-20261129T020000Z`, { runId: "nightly-20261129T020000Z", state: "verified", verifiedAt: new Date(Date.now() - 51 * HOUR) });

    const stale = await backup.trigger({ check: "freshness" });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ finding: "stale", newestVerifiedRunId: old, alertedNow: true, alert: { sentAt: expect.any(String) } });
    expect(Number(stale.body.ageHours)).toBeCloseTo(27, 0);
    const [message, ...more] = messagesAbout("No verified backup");
    expect(more).toEqual([]);
    expect(message.msg).toContain("No verified backup in test for 27 h (limit 26 h)");
    expect(message.msg).toContain(old);
    expect(freshnessState()).toMatchObject({ alertedFor: old, alert: { messageId: message._id } });

    const calls = postCalls();
    const next = await backup.trigger({ check: "freshness" });
    expect(next.body).toMatchObject({ finding: "stale", newestVerifiedRunId: old, alertedNow: false });
    expect(postCalls()).toBe(calls);

    const recent = "nightly-20261201T020001Z";
    const recentAt = new Date(Date.now() - HOUR);
    await writer.put(`${BACKUP_COLLECTIONS.runs}/${recent}`, { runId: recent, schedule: "nightly", tier: "daily", state: "verified", finishedAt: recentAt, verifiedAt: recentAt });
    const fresh = await backup.trigger({ check: "freshness" });
    expect(fresh.body).toMatchObject({ finding: "fresh", newestVerifiedRunId: recent });
    expect(postCalls()).toBe(calls);
    expect(messagesAbout("No verified backup")).toHaveLength(1);
  });

  it("alerts again for the next stale period only, retrying on the next check while Rocket.Chat is down", async () => {
    // To a 30-minute limit the run verified an hour ago is stale: a new period (a new newest run).
    const recent = "nightly-20261201T020001Z";
    world.chat.failNext("chat.postMessage", 503);
    const down = await strict.trigger({ check: "freshness" });
    expect(down.body).toMatchObject({ finding: "stale", newestVerifiedRunId: recent, alertedNow: true, alert: { error: expect.stringContaining("503") } });
    expect(messagesAbout(recent)).toEqual([]);

    const back = await strict.trigger({ check: "freshness" });
    expect(back.body).toMatchObject({ finding: "stale", alertedNow: true, alert: { sentAt: expect.any(String), attempts: 2 } });
    const quiet = await strict.trigger({ check: "freshness" });
    expect(quiet.body).toMatchObject({ finding: "stale", alertedNow: false });
    const [message, ...more] = messagesAbout(recent);
    expect(more).toEqual([]);
    expect(message.msg).toContain("(limit 0.5 h)");
    expect(messagesAbout("No verified backup")).toHaveLength(2);
  });

  it("rejects an unknown check and records nothing", async () => {
    const before = world.firestore.collection(BACKUP_COLLECTIONS.runs).length;
    expect((await backup.trigger({ check: "everything" })).status).toBe(400);
    expect(world.firestore.collection(BACKUP_COLLECTIONS.runs).length).toBe(before);
  });
});
