import { BACKUP_TIERS, type BackupTier } from "../../runtime/backup-agent/contract";
import { BACKUP_FUNCTION_DEFAULTS } from "../../runtime/backup-function/contract";
import { isNonEmptyString, isUnresolved, Problems } from "../lib/validate";

/** One Cloud Scheduler job: when it runs and which retention tier (R2 prefix) its objects land in. */
export interface BackupScheduleEntry {
  /** `[a-z0-9-]{1,40}`: part of the run id and the Scheduler job's name. */
  readonly name: string;
  /** Unix cron (5 fields), e.g. `0 2 * * *`. */
  readonly cron: string;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  readonly tier: BackupTier;
}

/** Days each tier's objects are kept: locked (no delete, no overwrite) and then expired. */
export type BackupRetentionDays = Readonly<Record<BackupTier, number>>;

export const DEFAULT_BACKUP_RETENTION_DAYS: BackupRetentionDays = { daily: 7, weekly: 28, monthly: 180 };

/**
 * Where failure and freshness alerts go (Rocket.Chat, `chat.postMessage` as a bot). The bot's user
 * id and personal access token are not props: operators put them into the two Secret Manager
 * secrets the construct creates (README "Alerts").
 */
export interface BackupAlertProps {
  /** Rocket.Chat's HTTPS base URL, e.g. `https://chat.example.com`. */
  readonly rocketChatUrl: string;
  /** The alert room's id (`_id`). Give this or `channel`, not both. */
  readonly roomId?: string;
  /** The alert room by name (`#backup-alerts`) or a user (`@alice`). Give this or `roomId`, not both. */
  readonly channel?: string;
  /**
   * The freshness check alerts when the newest verified run is older than this (whole hours).
   * @default 26 - a missed nightly run plus two hours
   */
  readonly maxAgeHours?: number;
  /**
   * Cron (5 fields) of the freshness check's Scheduler job.
   * @default "0 * * * *" - hourly, on the hour (UTC)
   */
  readonly freshnessCron?: string;
}

/** The room alerts go to when an environment names none: create it and invite the bot. */
export const DEFAULT_BACKUP_ALERT_CHANNEL = "#backup-alerts";

/**
 * The weekly restore drill's GitHub Actions job (.github/workflows/restore-drill.yml): Terraform
 * creates its Google identity (Workload Identity Federation, no key) and its read-only R2 token.
 * The age identity is not here and never will be: it is the environment's only GitHub secret.
 */
export interface BackupRestoreDrillProps {
  /**
   * `owner/name` of the repository running the drill, spelled as GitHub spells it: the token's
   * `repository` claim is compared exactly (case-sensitive).
   */
  readonly githubRepository: string;
  /**
   * The GitHub environment the drill job runs in (`environment:` of the job): only jobs of this
   * environment may take the drill's identity.
   * @default "backup-drill" - the environment the workflow names
   */
  readonly githubEnvironment?: string;
}

export const DEFAULT_RESTORE_DRILL_ENVIRONMENT = "backup-drill";

export interface BackupScheduleProps {
  /** `dev`, `staging` or `prod`: prefixes every name. */
  readonly environment: string;
  readonly gcpProjectId: string;
  readonly gcpRegion: string;
  /** Firestore database id (run records `backups/{runId}`), e.g. `(default)`. */
  readonly firestoreDatabase: string;
  /** Bucket of the function's source zip (`EnvironmentFoundation.functionSourceBucketName`). */
  readonly functionSourceBucketName: string;
  readonly cloudflareAccountId: string;
  /** The R2 bucket backups go to (`EnvironmentFoundation.backupBucketName`). */
  readonly backupBucketName: string;
  readonly schedules: readonly BackupScheduleEntry[];
  /** @default DEFAULT_BACKUP_RETENTION_DAYS (7 / 28 / 180) */
  readonly retentionDays?: BackupRetentionDays;
  /** age recipients (`age1...`): public keys only. The identity (private key) stays offline. */
  readonly ageRecipients: readonly string[];
  /** The agent's base URL (`https://<hostname>`), reached through Traefik. */
  readonly agentUrl: string;
  /** Audience of the identity token the function sends the agent. @default - `agentUrl` */
  readonly agentAudience?: string;
  /** Agent job names, run in order on each schedule. */
  readonly jobs: readonly string[];
  /** Scheduler retries of one run (each finds the run record and starts nothing new). @default 3 */
  readonly retryCount?: number;
  /** Failure and freshness alerts. */
  readonly alerts: BackupAlertProps;
  /**
   * The restore drill's Google identity (GitHub Workload Identity Federation) and read-only R2 token.
   * @default - none: the drill's credentials are set up by hand (README "Restore drill")
   */
  readonly restoreDrill?: BackupRestoreDrillProps;
}

const CRON_FIELD = /^[0-9*/,\-A-Za-z]+$/;
export const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const NAME = /^[a-z0-9-]{1,40}$/;

export function checkBackupScheduleProps(path: string, props: BackupScheduleProps): void {
  const problems = new Problems(`backup-schedule "${path}"`);
  for (const key of ["environment", "gcpProjectId", "gcpRegion", "firestoreDatabase", "functionSourceBucketName", "cloudflareAccountId", "backupBucketName"] as const) {
    problems.check(isNonEmptyString(props[key]), key, props[key], "give a non-empty value");
  }
  checkBackupSettings(props, problems);
  problems.check(isUnresolved(props.agentUrl) || /^https:\/\/[a-z0-9.-]+(:\d+)?\/?$/.test(props.agentUrl ?? ""), "agentUrl", props.agentUrl, 'give the agent\'s HTTPS base URL, e.g. "https://backup-agent.dev.example.com"');
  if (props.agentAudience !== undefined) problems.check(isNonEmptyString(props.agentAudience), "agentAudience", props.agentAudience, "give a non-empty audience or leave it out (the agent URL)");
  problems.check(Array.isArray(props.jobs) && props.jobs.length > 0 && props.jobs.every((job) => NAME.test(job)), "jobs", props.jobs, "give at least one agent job name ([a-z0-9-])");
  const retries = props.retryCount ?? 3;
  problems.check(Number.isInteger(retries) && retries >= 0 && retries <= 5, "retryCount", props.retryCount, "use 0-5 (a retry of a run starts nothing new, but more only delays the failure alert)");
  checkBackupAlerts(props.alerts, problems, "alerts.");
  if (props.restoreDrill !== undefined) checkRestoreDrill(props.restoreDrill, props.environment, problems, "restoreDrill.");
  problems.throwIfAny();
}

const ROOM_ID = /^[A-Za-z0-9]{1,64}$/;
const ALERT_CHANNEL = /^[#@][A-Za-z0-9._-]{1,100}$/;

/** The alert settings, from props (`alerts.`) or an environment config (`backups.alerts.`). */
export function checkBackupAlerts(alerts: Partial<BackupAlertProps> | undefined, problems: Problems, prefix: string): void {
  if (typeof alerts !== "object" || alerts === null) {
    problems.add(prefix.replace(/\.$/, ""), alerts, "give {rocketChatUrl, roomId or channel}");
    return;
  }
  problems.check(isUnresolved(alerts.rocketChatUrl) || /^https:\/\/[a-z0-9.-]+(:\d+)?\/?$/.test(alerts.rocketChatUrl ?? ""), `${prefix}rocketChatUrl`, alerts.rocketChatUrl, 'give Rocket.Chat\'s HTTPS base URL, e.g. "https://chat.example.com"');
  const { roomId, channel } = alerts;
  if (roomId !== undefined && channel !== undefined) problems.add(`${prefix}channel`, channel, `give roomId (${JSON.stringify(roomId)}) or channel, not both`);
  else if (roomId === undefined && channel === undefined) problems.add(`${prefix}roomId`, roomId, 'give the alert room\'s id, or a channel such as "#backup-alerts"');
  if (roomId !== undefined) problems.check(ROOM_ID.test(roomId), `${prefix}roomId`, roomId, "give the room's _id (letters and digits, e.g. from rooms.info)");
  if (channel !== undefined) problems.check(ALERT_CHANNEL.test(channel), `${prefix}channel`, channel, 'give "#room-name" or "@username"');
  const maxAge = alerts.maxAgeHours ?? BACKUP_FUNCTION_DEFAULTS.maxAgeHours;
  problems.check(Number.isInteger(maxAge) && maxAge >= 2 && maxAge <= 720, `${prefix}maxAgeHours`, alerts.maxAgeHours, "give whole hours between 2 and 720 (longer than the gap between two scheduled runs, e.g. 26)");
  const cron: unknown = alerts.freshnessCron ?? BACKUP_FUNCTION_DEFAULTS.freshnessCron;
  const cronFields = typeof cron === "string" ? cron.trim().split(/\s+/) : [];
  problems.check(cronFields.length === 5 && cronFields.every((f) => CRON_FIELD.test(f)), `${prefix}freshnessCron`, alerts.freshnessCron, 'give a 5-field cron expression, e.g. "0 * * * *" (hourly)');
}

/** The parts an environment config shares with the props: schedules, retention, recipients. `prefix` names where they came from. */
export function checkBackupSettings(
  settings: { readonly schedules?: readonly BackupScheduleEntry[]; readonly retentionDays?: BackupRetentionDays; readonly ageRecipients?: readonly string[] },
  problems: Problems,
  prefix = "",
): void {
  const schedules = settings.schedules;
  problems.check(Array.isArray(schedules) && schedules.length > 0, `${prefix}schedules`, schedules, "give at least one schedule {name, cron, timeZone, tier}");
  const names = new Set<string>();
  (Array.isArray(schedules) ? schedules : []).forEach((s, i) => {
    const at = `${prefix}schedules[${i}]`;
    problems.check(NAME.test(s?.name ?? ""), `${at}.name`, s?.name, "use 1-40 lowercase letters, digits and -");
    problems.check(!names.has(s?.name), `${at}.name`, s?.name, "use a name no other schedule has");
    names.add(s?.name);
    const fields: string[] = typeof s?.cron === "string" ? s.cron.trim().split(/\s+/) : [];
    problems.check(fields.length === 5 && fields.every((f) => CRON_FIELD.test(f)), `${at}.cron`, s?.cron, 'give a 5-field cron expression, e.g. "0 2 * * *"');
    problems.check(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(s?.timeZone ?? ""), `${at}.timeZone`, s?.timeZone, 'give an IANA time zone, e.g. "Europe/Berlin"');
    problems.check((BACKUP_TIERS as readonly string[]).includes(s?.tier), `${at}.tier`, s?.tier, `use one of ${BACKUP_TIERS.join(", ")}`);
  });
  const retention = settings.retentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS;
  for (const tier of BACKUP_TIERS) {
    const days = retention?.[tier];
    problems.check(Number.isInteger(days) && days >= 1 && days <= 3650, `${prefix}retentionDays.${tier}`, days, "give whole days between 1 and 3650");
  }
  const recipients = settings.ageRecipients;
  problems.check(Array.isArray(recipients) && recipients.length > 0, `${prefix}ageRecipients`, recipients, "give at least one age public key (age1...)");
  (Array.isArray(recipients) ? recipients : []).forEach((r, i) => {
    const secretLooking = typeof r === "string" && r.startsWith("AGE-SECRET-KEY-");
    problems.check(AGE_RECIPIENT.test(r ?? ""), `${prefix}ageRecipients[${i}]`, secretLooking ? "AGE-SECRET-KEY-… (redacted)" : r, secretLooking ? "this is a private identity: give its public key (age-keygen -y) and keep the identity offline" : "give an age X25519 public key: age1 followed by 58 bech32 characters");
  });
}

/**
 * Names the backup function's identity and the agent's R2 credential secrets get, from the
 * environment name only: the swarm-services stack names them literally (a swarm service's
 * environment cannot hold a reference), so both stacks take them from here.
 */
export function backupNames(environment: string) {
  const prefix = `${environment}-backup`;
  return {
    prefix,
    functionAccountId: prefix,
    r2AccessKeyIdSecretId: `${prefix}-r2-access-key-id`,
    r2SecretAccessKeySecretId: `${prefix}-r2-secret-access-key`,
  } as const;
}

/** The backup function's service-account email (the only caller the agent accepts). */
export function backupFunctionServiceAccountEmail(environment: string, gcpProjectId: string): string {
  return `${backupNames(environment).functionAccountId}@${gcpProjectId}.iam.gserviceaccount.com`;
}

/** The drill's ids, derived from the environment name only (so a new repository never replaces the pool). */
export function restoreDrillIds(environment: string) {
  return { serviceAccountId: `${environment}-backup-drill`, poolId: `${environment}-backup-drill`, providerId: "github-actions" } as const;
}

// GitHub: owner (user or organization) 1-39 letters, digits, "-"; repository 1-100 letters, digits, ".", "_", "-".
const GITHUB_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// GitHub environment names are up to 255 characters; spaces, quotes and slashes are refused here
// because the name goes into a CEL string and a principalSet URL.
const GITHUB_ENVIRONMENT = /^[A-Za-z0-9._-]{1,255}$/;
// google 6.50.0 google/services/iambeta/resource_iam_workload_identity_pool.go:38-62 (and
// ..._provider.go:39-63 for the provider id): ^[0-9a-z-]+$, 4-32 characters, not starting with "gcp-".
const WORKLOAD_IDENTITY_ID = /^[0-9a-z-]{4,32}$/;
// google 6.50.0 google/services/resourcemanager/resource_google_service_account.go:73 (account_id: verify.ValidateRFC1035Name(6, 30)).
const SERVICE_ACCOUNT_ID = /^[a-z](?:[-a-z0-9]{4,28})[a-z0-9]$/;
// google 6.50.0 resource_iam_workload_identity_pool_provider.go attribute_mapping: "google.subject ... Cannot exceed 127 characters".
const MAX_GOOGLE_SUBJECT = 127;

/** Ids a workload identity pool or provider may have (the provider's own validator, google 6.50.0). */
export function isWorkloadIdentityId(id: string): boolean {
  return WORKLOAD_IDENTITY_ID.test(id) && !id.startsWith("gcp-");
}

/** The restore drill settings, from props (`restoreDrill.`) or an environment config (`backups.restoreDrill.`). */
export function checkRestoreDrill(drill: Partial<BackupRestoreDrillProps> | undefined, environment: string, problems: Problems, prefix: string): void {
  if (typeof drill !== "object" || drill === null) {
    problems.add(prefix.replace(/\.$/, ""), drill, 'give {githubRepository: "owner/name"} or leave it out');
    return;
  }
  const repository = drill.githubRepository;
  problems.check(typeof repository === "string" && GITHUB_REPOSITORY.test(repository), `${prefix}githubRepository`, repository, 'give the repository as GitHub spells it, "owner/name" (e.g. "example-org/platform-infra")');
  const githubEnvironment = drill.githubEnvironment ?? DEFAULT_RESTORE_DRILL_ENVIRONMENT;
  problems.check(typeof githubEnvironment === "string" && GITHUB_ENVIRONMENT.test(githubEnvironment), `${prefix}githubEnvironment`, drill.githubEnvironment, `give a GitHub environment name of letters, digits, ".", "_" and "-" (or leave it out for "${DEFAULT_RESTORE_DRILL_ENVIRONMENT}")`);
  // The subject GitHub puts into an environment job's token: it becomes google.subject (max 127).
  const subject = `repo:${repository}:environment:${githubEnvironment}`;
  if (typeof repository === "string" && GITHUB_REPOSITORY.test(repository)) {
    problems.check(subject.length <= MAX_GOOGLE_SUBJECT, `${prefix}githubEnvironment`, githubEnvironment, `shorten it: the token subject "${subject}" is ${subject.length} characters and Google accepts at most ${MAX_GOOGLE_SUBJECT} as google.subject`);
  }
  if (typeof environment === "string" && environment !== "" && !isUnresolved(environment)) {
    const ids = restoreDrillIds(environment);
    problems.check(isWorkloadIdentityId(ids.poolId), "environment", environment, `with restoreDrill the workload identity pool is "${ids.poolId}", which must be 4-32 lowercase letters, digits and "-" and not start with "gcp-" (google provider 6.50.0): use a shorter lowercase environment name`);
    problems.check(SERVICE_ACCOUNT_ID.test(ids.serviceAccountId), "environment", environment, `with restoreDrill the drill's service account is "${ids.serviceAccountId}", which must be 6-30 lowercase letters, digits and "-": use a shorter lowercase environment name`);
  }
}
