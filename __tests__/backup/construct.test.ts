import { Testing, TerraformStack } from "cdktf";
import { BackupSchedule, type BackupScheduleProps } from "../../constructs/backup-schedule";
import { BACKUP_FUNCTION_ENTRY_POINT, BACKUP_FUNCTION_ENV } from "../../runtime/backup-function/contract";
import { scanStackJson } from "../../constructs/lib/guardrails/secret-scan";
import { resourcesOf, synthJson } from "../support/synth";

import { BACKUP_SCHEDULE_PROPS as PROPS, SAMPLE_RECIPIENT as RECIPIENT } from "../support/backup-schedule-props";

function build(patch: Partial<BackupScheduleProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "platform");
  new BackupSchedule(stack, "Backups", { ...PROPS, ...patch });
  return synthJson(stack);
}

const json = build();
const text = JSON.stringify(json);
const bodies = (type: string) => resourcesOf(json, type).map(([, body]) => body as Record<string, any>);

describe("BackupSchedule", () => {
  it("deploys the backup function (nodejs22, HTTP, internal only) from a source object named by its hash", () => {
    const [fn] = bodies("google_cloudfunctions2_function");
    expect(fn.name).toBe("prod-backup");
    expect(fn.build_config).toMatchObject({ runtime: "nodejs22", entry_point: BACKUP_FUNCTION_ENTRY_POINT });
    const [object] = bodies("google_storage_bucket_object");
    expect(object.name).toMatch(/^backup-function-[0-9a-f]{16}\.zip$/);
    expect(fn.service_config).toMatchObject({ ingress_settings: "ALLOW_INTERNAL_ONLY", service_account_email: expect.stringContaining("FunctionIdentity") });
    expect(fn.service_config.environment_variables).toMatchObject({
      [BACKUP_FUNCTION_ENV.agentUrl]: "https://backup-agent.prod.example.com",
      [BACKUP_FUNCTION_ENV.agentAudience]: "https://backup-agent.prod.example.com",
      [BACKUP_FUNCTION_ENV.jobs]: "keycloak-postgres,rocketchat-mongodb",
      [BACKUP_FUNCTION_ENV.firestoreDatabase]: "(default)",
    });
  });

  it("calls it from one Scheduler job per schedule with an OIDC token of the invoker and at most 5 retries", () => {
    const jobs = bodies("google_cloud_scheduler_job").filter((j) => j.name !== "prod-backup-freshness").sort((a, b) => String(a.name).localeCompare(String(b.name)));
    expect(jobs.map((j) => [j.name, j.schedule, j.time_zone])).toEqual([
      ["prod-backup-monthly", "0 4 1 * *", "Europe/Berlin"],
      ["prod-backup-nightly", "0 2 * * *", "Europe/Berlin"],
      ["prod-backup-weekly", "0 3 * * 0", "Europe/Berlin"],
    ]);
    for (const job of jobs) {
      expect(job.retry_config.retry_count).toBeLessThanOrEqual(5);
      expect(job.http_target.uri).toMatch(/google_cloudfunctions2_function\..+service_config\[0\]\.uri/);
      expect(job.http_target.oidc_token).toEqual({ service_account_email: expect.stringContaining("InvokerIdentity"), audience: job.http_target.uri });
    }
    expect(jobs.map((j) => String(j.http_target.body))).toEqual([
      { schedule: "monthly", tier: "monthly" },
      { schedule: "nightly", tier: "daily" },
      { schedule: "weekly", tier: "weekly" },
    ].map(({ schedule, tier }) => expect.stringMatching(new RegExp(`^\\$\\{base64encode\\(jsonencode\\(\\{.*"schedule" = "${schedule}".*"tier" = "${tier}".*\\}\\)\\)\\}$`))));
    const invokers = bodies("google_cloud_run_v2_service_iam_member");
    expect(invokers).toEqual([expect.objectContaining({ role: "roles/run.invoker", member: expect.stringContaining("InvokerIdentity"), name: expect.stringMatching(/google_cloudfunctions2_function\..+service_config\[0\]\.service/) })]);
  });

  it("expires and locks each tier's prefix after the same number of days", () => {
    const [lifecycle] = bodies("cloudflare_r2_bucket_lifecycle");
    const [lock] = bodies("cloudflare_r2_bucket_lock");
    expect(lifecycle.bucket_name).toBe("prod-platform-backups");
    expect(lock.bucket_name).toBe("prod-platform-backups");
    const days = { daily: 7, weekly: 28, monthly: 180 };
    for (const [tier, n] of Object.entries(days)) {
      expect(lifecycle.rules).toContainEqual(expect.objectContaining({ enabled: true, conditions: { prefix: `${tier}/` }, delete_objects_transition: { condition: { type: "Age", max_age: n * 86400 } } }));
      expect(lock.rules).toContainEqual({ id: `hold-${tier}`, enabled: true, prefix: `${tier}/`, condition: { type: "Age", max_age_seconds: n * 86400 } });
    }
    // The resource replaces the bucket's whole rule list, R2's default abort rule included: one rule puts it back for every prefix.
    expect(lifecycle.rules).toContainEqual({ id: "abort-incomplete-uploads", enabled: true, conditions: { prefix: "" }, abort_multipart_uploads_transition: { condition: { type: "Age", max_age: 86400 } } });
    for (const rule of lock.rules as Array<{ prefix: string; condition: { max_age_seconds: number } }>) {
      // A lock never outlives the lifecycle deletion of the same prefix (else the delete would fail forever).
      const expiry = (lifecycle.rules as Array<{ conditions: { prefix: string }; delete_objects_transition?: { condition: { max_age: number } } }>).find((r) => r.conditions.prefix === rule.prefix)!;
      expect(rule.condition.max_age_seconds).toBeLessThanOrEqual(expiry.delete_objects_transition!.condition.max_age);
    }
    const custom = build({ retentionDays: { daily: 3, weekly: 14, monthly: 365 } });
    expect(resourcesOf(custom, "cloudflare_r2_bucket_lock")[0][1].rules).toContainEqual(expect.objectContaining({ prefix: "monthly/", condition: { type: "Age", max_age_seconds: 365 * 86400 } }));
  });

  it("grants no primitive role and no project-wide invoker; the function only uses Firestore", () => {
    const grants = [...bodies("google_project_iam_member"), ...bodies("google_cloud_run_v2_service_iam_member")];
    for (const grant of grants) expect(grant.role).not.toMatch(/^roles\/(owner|editor|viewer)$/);
    expect(bodies("google_project_iam_member").map((g) => g.role)).toEqual(["roles/datastore.user"]);
  });

  it("names the alert bot's two Secret Manager secrets to the function (ids, not values), which only it may read, and never waits for them at deploy", () => {
    const secrets = resourcesOf(json, "google_secret_manager_secret");
    const alertSecrets = secrets.filter(([, body]) => /alert-bot/.test(String((body as Record<string, unknown>).secret_id)));
    expect(alertSecrets.map(([, body]) => (body as Record<string, unknown>).secret_id).sort()).toEqual(["prod-backup-alert-bot-token", "prod-backup-alert-bot-user-id"]);
    // Containers only: operators add the versions; the only versions here are the R2 credentials'.
    const versionTargets = bodies("google_secret_manager_secret_version").map((v) => String(v.secret));
    for (const [address] of alertSecrets) expect(versionTargets.some((target) => target.includes(`google_secret_manager_secret.${address}.`))).toBe(false);

    // One accessor grant per alert secret, to the function's identity, on that secret only.
    const readers = bodies("google_secret_manager_secret_iam_member");
    expect(readers).toHaveLength(2);
    expect(readers.map((r) => r.secret_id).sort()).toEqual(alertSecrets.map(([address]) => `\${google_secret_manager_secret.${address}.secret_id}`).sort());
    for (const reader of readers) expect(reader).toMatchObject({ role: "roles/secretmanager.secretAccessor", member: expect.stringMatching(/^serviceAccount:\$\{google_service_account\.[^.]*FunctionIdentity[^.]*\.email\}$/) });

    const [fn] = bodies("google_cloudfunctions2_function");
    // No secret environment variables: Cloud Run would resolve them at deploy and at every instance
    // start, so a secret without an enabled version would stop the function (and the backups).
    expect(fn.service_config.secret_environment_variables).toBeUndefined();
    expect(text).not.toContain("secret_environment_variables");
    // The function reads them itself when it posts: it gets the ids in the function's project, as plain settings.
    const env = fn.service_config.environment_variables as Record<string, string>;
    const secretIdOf = (pattern: RegExp) => String((alertSecrets.find(([address]) => pattern.test(address))![1] as Record<string, unknown>).secret_id);
    expect(env).toMatchObject({
      [BACKUP_FUNCTION_ENV.alertBotUserIdSecret]: secretIdOf(/AlertBotUserId/),
      [BACKUP_FUNCTION_ENV.alertBotTokenSecret]: secretIdOf(/AlertBotToken/),
      [BACKUP_FUNCTION_ENV.gcpProjectId]: "platform-prod-000001",
    });
    for (const [, body] of alertSecrets) expect((body as Record<string, unknown>).project).toBe(env[BACKUP_FUNCTION_ENV.gcpProjectId]);
    expect(env[BACKUP_FUNCTION_ENV.secretManagerBaseUrl]).toBeUndefined();
    // Nothing alert-related holds the function back: no depends_on, no reference to the secrets or their grants.
    expect(fn.depends_on).toBeUndefined();
    expect(JSON.stringify(fn)).not.toMatch(/google_secret_manager_secret/);
    // Where alerts go, as plain settings; the credentials never are.
    expect(env).toMatchObject({ [BACKUP_FUNCTION_ENV.rocketChatUrl]: "https://chat.example.com", [BACKUP_FUNCTION_ENV.alertChannel]: "#backup-alerts", [BACKUP_FUNCTION_ENV.maxAgeHours]: "26" });
    expect(Object.keys(env).filter((name) => /TOKEN$|USER_ID$/.test(name))).toEqual([]);
    expect(text).not.toMatch(/"secret_data"\s*:\s*"[^$]/);
    // A secret's id is not taken for a credential by the secret scan (GR-SECRET-PLAINTEXT).
    expect(scanStackJson("platform", json)).toEqual([]);

    const byRoom = resourcesOf(build({ alerts: { rocketChatUrl: "https://chat.example.com/", roomId: "GENERAL", maxAgeHours: 30 } }), "google_cloudfunctions2_function")[0][1] as Record<string, any>;
    expect(byRoom.service_config.environment_variables).toMatchObject({ [BACKUP_FUNCTION_ENV.rocketChatUrl]: "https://chat.example.com", [BACKUP_FUNCTION_ENV.alertRoomId]: "GENERAL", [BACKUP_FUNCTION_ENV.maxAgeHours]: "30" });
    expect(byRoom.service_config.environment_variables[BACKUP_FUNCTION_ENV.alertChannel]).toBeUndefined();
  });

  it("keeps the Terraform addresses of the alert secrets stable (their values are added by hand and would be lost)", () => {
    const addresses = resourcesOf(json, "google_secret_manager_secret").map(([address]) => address).filter((address) => address.includes("AlertBot")).sort();
    expect(addresses).toEqual(["Backups_AlertBotToken_312CB514", "Backups_AlertBotUserId_9ABECB61"]);
  });

  it("asks the function hourly whether a run was verified recently, with an OIDC token of the invoker and at most 5 retries", () => {
    const [freshness] = bodies("google_cloud_scheduler_job").filter((job) => job.name === "prod-backup-freshness");
    expect(freshness).toMatchObject({ schedule: "0 * * * *", time_zone: "Etc/UTC" });
    expect(freshness.retry_config.retry_count).toBeLessThanOrEqual(5);
    expect(freshness.http_target.uri).toMatch(/google_cloudfunctions2_function\..+service_config\[0\]\.uri/);
    expect(freshness.http_target.oidc_token).toEqual({ service_account_email: expect.stringContaining("InvokerIdentity"), audience: freshness.http_target.uri });
    expect(freshness.http_target.body).toMatch(/^\$\{base64encode\(jsonencode\(\{.*"check" = "freshness".*\}\)\)\}$/s);
    // One per schedule, plus this one.
    expect(bodies("google_cloud_scheduler_job")).toHaveLength(PROPS.schedules.length + 1);
    const every6h = resourcesOf(build({ alerts: { ...PROPS.alerts, freshnessCron: "15 */6 * * *" } }), "google_cloud_scheduler_job").map(([, job]) => job as Record<string, any>);
    expect(every6h.find((job) => job.name === "prod-backup-freshness")!.schedule).toBe("15 */6 * * *");
  });

  it("gives each request a 25-minute budget that the function's timeout and every Scheduler attempt deadline (30 minutes at most) cover, the freshness job's included, and a lease that outlasts the gap to the next hourly check", () => {
    const [fn] = bodies("google_cloudfunctions2_function");
    const env = fn.service_config.environment_variables;
    const budget = Number(env[BACKUP_FUNCTION_ENV.requestBudgetSec]);
    expect(budget).toBe(25 * 60);
    expect(env[BACKUP_FUNCTION_ENV.pollIntervalSec]).toBe("15");
    expect(fn.service_config.timeout_seconds).toBeGreaterThanOrEqual(budget);
    const jobs = bodies("google_cloud_scheduler_job");
    expect(jobs.map((job) => job.name)).toContain("prod-backup-freshness");
    for (const job of jobs) {
      const deadline = Number(/^(\d+)s$/.exec(String(job.attempt_deadline))![1]);
      expect(deadline).toBeGreaterThan(budget);
      expect(deadline).toBeLessThanOrEqual(1800);
    }
    expect(Number(env[BACKUP_FUNCTION_ENV.leaseTtlSec])).toBeGreaterThanOrEqual(2 * 3600);
  });

  it("scopes the R2 token to the backup bucket and keeps its value out of the JSON (Secret Manager by reference)", () => {
    const [token] = bodies("cloudflare_api_token");
    expect(JSON.parse(token.policies[0].resources)).toEqual({ "com.cloudflare.edge.r2.bucket.0123456789abcdef0123456789abcdef_default_prod-platform-backups": "*" });
    expect(token.policies[0].permission_groups[0].id).toMatch(/^\$\{data\.cloudflare_api_token_permission_groups_list\..+\.result\[0\]\.id\}$/);
    // The plain name: the provider's SDK URL-encodes the query itself; a pre-encoded name would match nothing.
    expect(Object.values(json.data!.cloudflare_api_token_permission_groups_list).map((d) => d.name)).toEqual(["Workers R2 Storage Bucket Item Write"]);
    const versions = bodies("google_secret_manager_secret_version").map((v) => v.secret_data).sort();
    expect(versions).toEqual([expect.stringMatching(/^\$\{cloudflare_api_token\.[^.]+\.id\}$/), expect.stringMatching(/^\$\{sha256\(cloudflare_api_token\.[^.]+\.value\)\}$/)]);
    expect(text).not.toMatch(/AGE-SECRET-KEY-/);
    expect(text).not.toMatch(/"(password|secret_access_key|token_value)"\s*:\s*"[^$]/i);
  });

  it("rejects bad props, naming each one", () => {
    const err = (patch: Partial<BackupScheduleProps>) => {
      try {
        build(patch);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    expect(err({ ageRecipients: ["ssh-ed25519 AAAA"] })).toMatch(/ageRecipients\[0\] is "ssh-ed25519 AAAA"; give an age X25519 public key/);
    const secret = err({ ageRecipients: ["AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ"] });
    expect(secret).toMatch(/ageRecipients\[0\].*private identity/);
    expect(secret).not.toContain("AGE-SECRET-KEY-1Q");
    expect(err({ retryCount: 6 })).toMatch(/retryCount is 6; use 0-5/);
    expect(err({ schedules: [{ name: "nightly", cron: "every night", timeZone: "Europe/Berlin", tier: "hourly" as never }] })).toMatch(/schedules\[0\]\.cron is "every night".*\n.*schedules\[0\]\.tier is "hourly"/s);
    expect(err({ retentionDays: { daily: 0, weekly: 28, monthly: 180 } })).toMatch(/retentionDays\.daily is 0/);
    expect(err({ agentUrl: "http://agent" })).toMatch(/agentUrl is "http:\/\/agent"/);
    expect(err({ jobs: [] })).toMatch(/jobs is \[\]/);
    expect(err({ alerts: { rocketChatUrl: "http://chat.example.com", channel: "#backup-alerts" } })).toMatch(/alerts\.rocketChatUrl is "http:\/\/chat\.example\.com"; give Rocket\.Chat's HTTPS base URL/);
    expect(err({ alerts: { rocketChatUrl: "https://chat.example.com" } })).toMatch(/alerts\.roomId is missing; give the alert room's id, or a channel/);
    expect(err({ alerts: { rocketChatUrl: "https://chat.example.com", roomId: "GENERAL", channel: "#general" } })).toMatch(/alerts\.channel is "#general"; give roomId \("GENERAL"\) or channel, not both/);
    expect(err({ alerts: { rocketChatUrl: "https://chat.example.com", channel: "backup alerts" } })).toMatch(/alerts\.channel is "backup alerts"/);
    expect(err({ alerts: { ...PROPS.alerts, maxAgeHours: 0 } })).toMatch(/alerts\.maxAgeHours is 0; give whole hours/);
    expect(err({ alerts: { ...PROPS.alerts, freshnessCron: "hourly" } })).toMatch(/alerts\.freshnessCron is "hourly"/);
  });
});
