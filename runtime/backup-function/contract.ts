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
  /** Overrides for tests; unset in production. */
  firestoreBaseUrl: "FIRESTORE_BASE_URL",
} as const;

export const BACKUP_COLLECTIONS = {
  /** `backups/{runId}`: one document per run. */
  runs: "backups",
  /** `backup_leases/swarm`: held by the run that is using the agent. */
  leases: "backup_leases",
} as const;
export const BACKUP_LEASE_ID = "swarm";

export const BACKUP_FUNCTION_DEFAULTS = {
  /** Cloud Functions 2nd gen HTTP functions run at most 60 minutes; the lease outlives one. */
  leaseTtlSec: 2 * 3600,
  /** Per agent call; below the function's own timeout. */
  agentTimeoutMs: 55 * 60 * 1000,
} as const;

export const RUN_STATES = ["queued", "running", "uploaded", "verified", "failed"] as const;
export type RunState = (typeof RUN_STATES)[number];

/** The body of the Scheduler job's HTTP call (set by the construct, base64 in `http_target.body`). */
export interface ScheduledRunRequest {
  readonly schedule: string;
  readonly tier: BackupTier;
}

/** One job's record inside `backups/{runId}.jobs.<name>`. */
export interface JobRecord {
  readonly outcome: "uploaded" | "verified" | "failed";
  readonly key?: string;
  readonly bytes?: number;
  readonly sha256?: string;
  readonly plaintextBytes?: number;
  readonly durationMs: number;
  readonly error?: string;
}
