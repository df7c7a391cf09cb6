/**
 * The alert bot's credentials come from Secret Manager when an alert is posted, not when the
 * function deploys or starts: the bundle served by functions-framework, the real
 * google-auth-library token from the metadata stand-in, AccessSecretVersion against the Secret
 * Manager stand-in (REST shapes and errors of the published reference), run records in the
 * Firestore stand-in, messages to the Rocket.Chat stand-in. The agent is unreachable (a closed
 * port), so every run fails and wants an alert.
 */
import { BACKUP_COLLECTIONS } from "../../runtime/backup-function/contract";
import { AUDIENCE, freePort } from "../support/backup-harness";
import { type BackupFunctionWorld, type BotSecrets, type RunningBackupFunction, startBackupFunctionWorld } from "../support/backup-function-harness";

const PROJECT = "example-project";
const FUNCTION_EMAIL = `test-backup@${PROJECT}.iam.gserviceaccount.com`;
const ROOM = "BackupAlertsRoom1";

describe("backup function: alert credentials read from Secret Manager when an alert is posted", () => {
  let world: BackupFunctionWorld;
  /** As the first deploy leaves them: both secrets exist and are readable, neither has a version. */
  let empty: BotSecrets;
  /** Another environment's secrets (`staging-…`), both with a version. */
  let staging: BotSecrets;
  let backup: RunningBackupFunction;
  let stagingBackup: RunningBackupFunction;

  beforeAll(async () => {
    world = await startBackupFunctionWorld({ projectId: PROJECT, email: FUNCTION_EMAIL });
    [empty, staging] = await Promise.all([world.botSecrets(), world.botSecrets({ environment: "staging", withBot: true })]);
    const common = { agentUrl: `http://127.0.0.1:${await freePort()}`, agentAudience: AUDIENCE, jobs: ["keycloak-postgres"] };
    [backup, stagingBackup] = await Promise.all([world.startFunction({ ...common, alerts: world.alertsVia(empty, { roomId: ROOM }) }), world.startFunction({ ...common, alerts: world.alertsVia(staging, { roomId: ROOM }) })]);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  const run = (runId: string) => world.firestore.data(`${BACKUP_COLLECTIONS.runs}/${runId}`) as Record<string, any> | undefined;
  const messagesAbout = (text: string) => world.chat.posted().filter((message) => message.msg.includes(text));
  const logLines = (fn: RunningBackupFunction, message: string) =>
    fn.output.flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        return parsed.message === message ? [parsed] : [];
      } catch {
        return [];
      }
    });

  it("starts and serves without reading any secret (the first deploy needs no version)", async () => {
    expect(empty.secretManager.accesses).toEqual([]);
    const check = await backup.trigger({ check: "freshness" });
    expect(check.status).toBe(200);
    // A fresh finding posts nothing, so nothing was read.
    expect(empty.secretManager.accesses).toEqual([]);
  });

  it("keeps a run failed when the alert secrets have no version: the alert's error names both secrets, a log line says why, and the function keeps serving", async () => {
    const runId = "nightly-20261201T020000Z";
    const result = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-01T02:00:00Z");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ runId, state: "failed", alert: { error: expect.any(String), attempts: 1 } });
    const error = String((result.body.alert as Record<string, unknown>).error);
    expect(error).toContain(`secret ${empty.userIdSecret} has no enabled version`);
    expect(error).toContain(`secret ${empty.tokenSecret} has no enabled version`);
    expect(error).toContain("NOT_FOUND");
    expect(run(runId)).toMatchObject({ state: "failed", error: expect.stringContaining("1 of 1 jobs failed"), alert: { error, attempts: 1 } });
    expect(run(runId)!.alert.sentAt).toBeUndefined();
    // Nothing posted: without credentials the post is not even tried.
    expect(world.chat.calls.filter((call) => call.method === "chat.postMessage")).toEqual([]);
    // The stand-in answered Google's 404 for `versions/latest` of each.
    expect(empty.secretManager.accessCount(empty.userIdSecret, 404)).toBe(1);
    expect(empty.secretManager.accessCount(empty.tokenSecret, 404)).toBe(1);

    const unreadable = logLines(backup, "alert secret not readable");
    expect(unreadable.map((line) => [line.level, line.secretId, line.status, line.code]).sort()).toEqual([
      ["error", empty.tokenSecret, 404, "NOT_FOUND"],
      ["error", empty.userIdSecret, 404, "NOT_FOUND"],
    ]);
    expect(unreadable[0]).toMatchObject({ runId, detail: expect.stringMatching(/^Secret \[projects\/\d+\/secrets\/test-backup-alert-bot-[a-z-]+\] not found or has no versions\.$/) });
    expect(logLines(backup, "alert not sent")).toEqual([expect.objectContaining({ runId, alertError: error })]);

    // Still serving, and the next run is recorded as usual.
    expect((await backup.trigger({ check: "freshness" })).status).toBe(200);
    const next = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-02T02:00:00Z");
    expect(next.body).toMatchObject({ runId: "nightly-20261202T020000Z", state: "failed", alert: { error: expect.stringContaining("has no enabled version") } });
  });

  it("alerts on the next failed run once the operator adds the versions (a failed read is not cached), and a retry of an earlier run sends its alert; values are read once per cache period", async () => {
    empty.secretManager.addVersion(PROJECT, empty.userIdSecret, `${world.chat.bot.userId}\n`);
    empty.secretManager.addVersion(PROJECT, empty.tokenSecret, `${world.chat.bot.authToken}\n`);

    const runId = "nightly-20261203T020000Z";
    const result = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    expect(result.body).toMatchObject({ runId, state: "failed", alert: { sentAt: expect.any(String), attempts: 1 } });
    const [message, ...more] = messagesAbout(runId);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ rid: ROOM, u: { _id: world.chat.bot.userId } });
    expect(message.msg).not.toContain(world.chat.bot.authToken);

    // Scheduler's retry of the first run (its post was never tried) now sends that run's alert.
    const retry = await backup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-01T02:00:00Z");
    expect(retry.body).toMatchObject({ state: "duplicate", alert: { sentAt: expect.any(String), attempts: 2 } });
    expect(messagesAbout("nightly-20261201T020000Z")).toHaveLength(1);

    // Two posts within five minutes: one AccessSecretVersion per secret.
    expect(empty.secretManager.accessCount(empty.userIdSecret, 200)).toBe(1);
    expect(empty.secretManager.accessCount(empty.tokenSecret, 200)).toBe(1);
    // Values never reach the logs.
    expect(backup.output.join("\n")).not.toContain(world.chat.bot.authToken);
  });

  it("names only the secret at fault: a disabled newest version (FAILED_PRECONDITION), then a missing accessor grant (PERMISSION_DENIED); alerts once it is fixed", async () => {
    const tokenSecret = staging.tokenSecret;
    // The operator disabled the only version of the token (e.g. rotating in the wrong order).
    staging.secretManager.setVersionState(PROJECT, tokenSecret, 1, "DISABLED");
    const disabled = await stagingBackup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-04T02:00:00Z");
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ state: "failed", alert: { error: expect.stringContaining(`secret ${tokenSecret} has no enabled version (FAILED_PRECONDITION`) } });
    expect(String((disabled.body.alert as Record<string, unknown>).error)).not.toContain(staging.userIdSecret);
    expect(logLines(stagingBackup, "alert secret not readable")).toEqual([expect.objectContaining({ secretId: tokenSecret, status: 400, code: "FAILED_PRECONDITION", detail: expect.stringMatching(/versions\/1\] is in DISABLED state\.$/) })]);

    // A new version, but the function's grant on the secret is gone.
    staging.secretManager.addVersion(PROJECT, tokenSecret, world.chat.bot.authToken);
    staging.secretManager.revoke(PROJECT, tokenSecret, FUNCTION_EMAIL);
    const denied = await stagingBackup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-05T02:00:00Z");
    expect(denied.body).toMatchObject({ state: "failed", alert: { error: expect.stringContaining(`secret ${tokenSecret} is not readable by the function's identity (PERMISSION_DENIED`) } });

    staging.secretManager.grant(PROJECT, tokenSecret, FUNCTION_EMAIL);
    const fixed = await stagingBackup.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-06T02:00:00Z");
    expect(fixed.body).toMatchObject({ state: "failed", alert: { sentAt: expect.any(String) } });
    expect(messagesAbout("nightly-20261206T020000Z")).toHaveLength(1);
    expect(messagesAbout("nightly-20261205T020000Z")).toEqual([]);
  });
});
