// The contract between the BackupSchedule construct, the backup function and the tests.
// Dependency-free (only the agent's contract, itself dependency-free).
import type { BackupTier } from "../backup-agent/contract";

/** `build_config.entry_point`: the HTTP handler Cloud Scheduler calls. */
export const BACKUP_FUNCTION_ENTRY_POINT = "backupRun";

export const BACKUP_FUNCTION_ENV = {
  environment: "ENVIRONMENT",
  gcpProjectId: "GCP_PROJECT_ID",
  firestoreDatabase: "FIRESTORE_DATABASE",
  /** The agent's base URL (its Traefik hostname). */
  agentUrl: "BACKUP_AGENT_URL",
  /** The audience of the identity token sent to the agent (the agent checks the same value). */
  agentAudience: "BACKUP_AGENT_AUDIENCE",
  /** Comma-separated job names, run one after the other. */
  jobs: "BACKUP_JOBS",
  /** A lease older than this is taken over (a crashed run must not block backups forever). */
  leaseTtlSec: "BACKUP_LEASE_TTL_SEC",
  /** Seconds between two status polls of a job or read-back running on the agent. */
  pollIntervalSec: "BACKUP_POLL_INTERVAL_SEC",
  /**
   * Seconds one request drives runs before it records where they are and answers: below Cloud
   * Scheduler's 30-minute attempt deadline. The hourly freshness check resumes what is unfinished.
   */
  requestBudgetSec: "BACKUP_REQUEST_BUDGET_SEC",
  /** Overrides for tests; unset in production. */
  firestoreBaseUrl: "FIRESTORE_BASE_URL",
  /** Rocket.Chat's base URL (`https://chat.<domain>`): alerts go to `POST /api/v1/chat.postMessage`. */
  rocketChatUrl: "ROCKETCHAT_URL",
  /** The alert room's id; or `alertChannel` (`#name`). One of the two is set. */
  alertRoomId: "BACKUP_ALERT_ROOM_ID",
  alertChannel: "BACKUP_ALERT_CHANNEL",
  /** The freshness check alerts when the newest verified run is older than this. */
  maxAgeHours: "BACKUP_MAX_AGE_HOURS",
  /**
   * Secret Manager secret ids (names, never values) in `GCP_PROJECT_ID` holding the Rocket.Chat
   * bot's user id and personal access token. The function reads `versions/latest` of each when it
   * is about to post an alert (secret-manager.ts), so a secret without an enabled version costs an
   * alert, never a deploy or an instance start. (Named `…_ID`: a literal under a name ending in
   * SECRET or TOKEN is what the secret scan reports as a plaintext credential.)
   */
  alertBotUserIdSecret: "BACKUP_ALERT_BOT_USER_ID_SECRET_ID",
  alertBotTokenSecret: "BACKUP_ALERT_BOT_TOKEN_SECRET_ID",
  /** Override for tests (`http://127.0.0.1:PORT/v1`); unset in production (`https://secretmanager.googleapis.com/v1`). */
  secretManagerBaseUrl: "SECRET_MANAGER_BASE_URL",
} as const;

export const BACKUP_COLLECTIONS = {
  /** `backups/{runId}`: one document per run. */
  runs: "backups",
  /** `backup_leases/swarm`: held by the run that is using the agent. */
  leases: "backup_leases",
  /** `backup_alerts/freshness`: which stale period the freshness check has alerted for. */
  alerts: "backup_alerts",
} as const;
export const BACKUP_LEASE_ID = "swarm";
export const BACKUP_FRESHNESS_ALERT_ID = "freshness";

export const BACKUP_FUNCTION_DEFAULTS = {
  /**
   * Renewed at every poll, and kept (not released) while a run is unfinished between requests: it
   * must outlive the gap until the next hourly freshness check resumes the run, with one missed or
   * failed check to spare (≤ 2 h), plus margin. A run that crashed holds it this long at most.
   */
  leaseTtlSec: 3 * 3600,
  /**
   * Per agent call. The agent answers every call at once (jobs and read-backs run in the
   * background), and Cloudflare's proxy in front of it gives up after 100 s anyway.
   */
  agentTimeoutMs: 60_000,
  /** Between two status polls of a job or a read-back. */
  pollIntervalSec: 15,
  /** One request's share of a run (see BACKUP_FUNCTION_ENV.requestBudgetSec): 25 minutes. */
  requestBudgetSec: 25 * 60,
  /**
   * A request's claim on a run it drives lasts its budget plus this (one agent call and the last
   * writes after the budget ran out); a request that died is replaced after it.
   */
  driverClaimMarginSec: 120,
  /** Consecutive failed status polls (agent or proxy unreachable, 5xx) before the job is failed. */
  pollErrorLimit: 5,
  /**
   * An unfinished run queued longer ago than this is failed ("abandoned") instead of resumed: its
   * jobs would be dumped a day late under the old run id (the agent gives a job 3 h at most).
   */
  resumeWithinHours: 24,
  /** Cloud Run request timeout of the function: the budget plus the claim margin, within Scheduler's 30-minute deadline. */
  functionTimeoutSec: 1800,
  /** Cloud Scheduler's longest attempt deadline for HTTP targets: the backup and the freshness jobs use it. */
  schedulerAttemptDeadlineSec: 1800,
  /** No verified run for longer than this is an alert (issue 11: 26 hours). */
  maxAgeHours: 26,
  /** The freshness check's Scheduler job: hourly. */
  freshnessCron: "0 * * * *",
  /** Per Rocket.Chat call. */
  rocketChatTimeoutMs: 10_000,
  /** An alert claimed ("sending") longer ago than this was lost with its instance: another call may send it. */
  alertClaimTtlMs: 5 * 60 * 1000,
  /** Per Secret Manager AccessSecretVersion call. */
  secretManagerTimeoutMs: 10_000,
  /**
   * A secret value read from Secret Manager is reused this long by the instance (a new version
   * reaches the alerts within this time, without a redeploy). A failed read is never cached.
   */
  alertSecretCacheMs: 5 * 60 * 1000,
} as const;

export const RUN_STATES = ["queued", "running", "uploaded", "verified", "failed"] as const;
export type RunState = (typeof RUN_STATES)[number];
/** A run in one of these is resumed by the freshness check (and by a Scheduler retry of it). */
export const UNFINISHED_RUN_STATES: readonly RunState[] = ["queued", "running", "uploaded"];

/** A job the agent no longer knows after it was started (the agent restarted) and that has no manifest. */
export const AGENT_LOST_JOB = "agent-lost-job";

/** The body of the Scheduler job's HTTP call (set by the construct, base64 in `http_target.body`). */
export interface ScheduledRunRequest {
  readonly schedule: string;
  readonly tier: BackupTier;
}

/** The body of the freshness check's Scheduler job. */
export interface FreshnessCheckRequest {
  readonly check: "freshness";
}
export const FRESHNESS_CHECK_REQUEST: FreshnessCheckRequest = { check: "freshness" };

/**
 * `alert` on a failed run's document (and on `backup_alerts/freshness`): one message per failed
 * run (per stale period). `sendingSince` while a call is posting it; then `sentAt` + `messageId`,
 * or `error` + `failedAt` (a later call for the same run, e.g. a Scheduler retry, tries again).
 */
export interface AlertRecord {
  readonly sendingSince?: Date;
  readonly sentAt?: Date;
  readonly messageId?: string;
  readonly error?: string;
  readonly failedAt?: Date;
  readonly attempts: number;
}

/**
 * One job's record inside `backups/{runId}.jobs.<name>`: `running` (with `bytesUploaded`) while the
 * agent runs it, then `uploaded` with the manifest's fields, `verified` once read back, or `failed`.
 */
export interface JobRecord {
  readonly outcome: "running" | "uploaded" | "verified" | "failed";
  readonly key?: string;
  readonly bytes?: number;
  readonly sha256?: string;
  readonly plaintextBytes?: number;
  /** So far, while `running`. */
  readonly durationMs: number;
  readonly error?: string;
  /** The agent's error code, or AGENT_LOST_JOB. */
  readonly code?: string;
  readonly startedAt?: Date;
  /** Encrypted bytes the agent has uploaded (while `running`: whole parts so far). */
  readonly bytesUploaded?: number;
  /** When the read-back was asked for (`uploaded` jobs being verified). */
  readonly verifyStartedAt?: Date;
}
