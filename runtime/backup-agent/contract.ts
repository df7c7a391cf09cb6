// The contract between the backup agent (runtime/backup-agent), the construct that deploys it
// (constructs/swarm-services/backup-agent.ts), the backup function that calls it
// (runtime/backup-function) and the tests. Dependency-free on purpose: each name is written once.

/** Plain (non-secret) environment variables of the agent service. */
export const BACKUP_AGENT_ENV = {
  port: "PORT",
  /** The audience the backup function requests its identity token for (the agent's URL). */
  audience: "BACKUP_AGENT_AUDIENCE",
  /** The only caller accepted: the backup function's service-account email. */
  callerEmail: "BACKUP_AGENT_CALLER_EMAIL",
  /** @default Google's JWKS (BACKUP_AGENT_DEFAULTS.jwksUrl); the tests point it at a local key set. */
  jwksUrl: "BACKUP_AGENT_JWKS_URL",
  /** Comma-separated accepted `iss` values. @default both spellings Google uses. */
  issuers: "BACKUP_AGENT_ISSUERS",
  /** R2's S3 endpoint, `https://<ACCOUNT_ID>.r2.cloudflarestorage.com`. */
  s3Endpoint: "BACKUP_S3_ENDPOINT",
  bucket: "BACKUP_BUCKET",
  /** Newline- or comma-separated age recipients (`age1...`): public keys only. */
  ageRecipients: "BACKUP_AGE_RECIPIENTS",
  /** JSON array of BackupJobSpec. */
  jobs: "BACKUP_JOBS",
  partSizeMiB: "BACKUP_PART_SIZE_MIB",
  uploadQueueSize: "BACKUP_UPLOAD_QUEUE_SIZE",
  jobTimeoutSec: "BACKUP_JOB_TIMEOUT_SEC",
} as const;

/** Secrets, each read from the file the variable names (docker secrets under /run/secrets). */
export const BACKUP_AGENT_SECRET_FILE_ENV = {
  /** R2 access key id (the bucket-scoped API token's id). */
  s3AccessKeyId: "BACKUP_S3_ACCESS_KEY_ID_FILE",
  /** R2 secret access key (sha256 of the token's value, 64 hex characters). */
  s3SecretAccessKey: "BACKUP_S3_SECRET_ACCESS_KEY_FILE",
} as const;

export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;

/**
 * S3 / R2 multipart limits (contract backups-and-rocketchat-rest.md §1): parts of 5 MiB – 5 GiB, all
 * equal except the last, at most 10,000 per object.
 */
export const MULTIPART_LIMITS = { minPartBytes: 5 * MIB, maxPartBytes: 5 * GIB - 5 * MIB, maxParts: 10_000 } as const;

export const BACKUP_AGENT_DEFAULTS = {
  port: 8080,
  jwksUrl: "https://www.googleapis.com/oauth2/v3/certs",
  /** google-events-identity.md §4: Google issues both spellings. */
  issuers: ["https://accounts.google.com", "accounts.google.com"] as readonly string[],
  /**
   * 64 MiB parts: 10,000 × 64 MiB = 625 GiB per archive (≥ 500 GiB is the goal). Memory is
   * bounded by ≈ (queue size + 1) × part size, whatever the archive size.
   */
  partSizeMiB: 64,
  /** Parts in flight; 2 keeps memory at ≈ 3 × 64 MiB while overlapping network and dump. */
  uploadQueueSize: 2,
  /** A job (dump + upload) slower than this is killed and fails. */
  jobTimeoutSec: 3 * 3600,
  /** Accepted clock difference for `exp`/`iat`, seconds. */
  clockToleranceSec: 30,
  /** Google ID tokens live one hour; anything claiming longer is refused. */
  maxTokenAgeSec: 3600 + 300,
} as const;

/** Retention tiers; each is an R2 prefix with its own lifecycle and lock rules (GFS). */
export const BACKUP_TIERS = ["daily", "weekly", "monthly"] as const;
export type BackupTier = (typeof BACKUP_TIERS)[number];

/** What a job dumps. The agent builds the command line from it (runtime/backup-agent/jobs.ts). */
export type BackupJobSpec =
  | {
      readonly name: string;
      readonly kind: "postgres";
      readonly host: string;
      readonly port?: number;
      readonly database: string;
      readonly user: string;
      /** File holding the password (a docker secret). */
      readonly passwordFile?: string;
      /** @default "pg_dump" from PATH */
      readonly executable?: string;
    }
  | {
      readonly name: string;
      readonly kind: "mongodb";
      /**
       * mongodump `--config` YAML file holding `uri:` (user with only the `backup` role): keeps the
       * password off the command line, which every process on the host can read.
       */
      readonly configFile: string;
      /** @default "mongodump" from PATH */
      readonly executable?: string;
    }
  | {
      readonly name: string;
      readonly kind: "command";
      /** Its stdout is the archive. */
      readonly argv: readonly string[];
      /** File extension of the archive before `.age`. @default "bin" */
      readonly extension?: string;
    };

/** HTTP routes of the agent. */
export const BACKUP_AGENT_ROUTES = {
  health: "/healthz",
  /** POST `{ runId, tier }` → 200 `JobManifest` | 4xx/5xx `{ error }`. Synchronous: answers when the upload is complete. */
  job: (name: string) => `/v1/jobs/${encodeURIComponent(name)}`,
  /** POST `{ key }` → 200 `{ key, bytes, sha256, matches }`: reads the stored object back and recomputes its sha256. */
  verify: "/v1/verify",
} as const;

/** Object key of a job's archive; the manifest is `<key>.manifest.json`. */
export function archiveKey(tier: BackupTier, job: string, runId: string, extension: string): string {
  return `${tier}/${job}/${runId}/${job}.${extension}.age`;
}
export const MANIFEST_SUFFIX = ".manifest.json";

/** Written next to each archive after its upload completed: the restore trusts nothing without it. */
export interface JobManifest {
  readonly formatVersion: 1;
  readonly runId: string;
  readonly job: string;
  readonly kind: BackupJobSpec["kind"];
  readonly tier: BackupTier;
  readonly key: string;
  /** Size and sha256 of the stored (encrypted) object. */
  readonly bytes: number;
  readonly sha256: string;
  /** Size and sha256 of the dump before encryption (checked after decrypt on restore). */
  readonly plaintextBytes: number;
  readonly plaintextSha256: string;
  readonly recipients: readonly string[];
  readonly partSizeBytes: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
}

/** Errors the agent answers with, so the function can record a cause, not just a status. */
export type AgentErrorCode = "unauthenticated" | "forbidden" | "not-found" | "busy" | "bad-request" | "dump-failed" | "empty-dump" | "upload-failed" | "timeout";
