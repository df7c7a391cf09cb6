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
  /**
   * Docker Engine API of a swarm manager, through a socket proxy (`http://<proxy>:2375`): needed
   * only when a job has `swarm` settings (runtime/backup-agent/swarm-job.ts lists the endpoints).
   */
  dockerApiUrl: "BACKUP_DOCKER_API_URL",
  /** TCP port the agent takes swarm jobs' dump streams on (on the job networks). @default 9000 */
  intakePort: "BACKUP_INTAKE_PORT",
  /** The agent's DNS name on the job networks, for jobs whose `swarm.intakeHost` is not set. */
  intakeHost: "BACKUP_INTAKE_HOST",
  /** A swarm job that has not connected within this many seconds (image pull, scheduling) fails. @default 300 */
  jobStartTimeoutSec: "BACKUP_JOB_START_TIMEOUT_SEC",
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
   * bounded by ≈ (queue size + 2) × part size, whatever the archive size: lib-storage holds the
   * parts in flight, the next part's chunks and their Buffer.concat copy.
   */
  partSizeMiB: 64,
  /**
   * Parts in flight; 2 overlaps network and dump. Measured peak RSS with 64 MiB parts: 346–390 MiB
   * at 2 in flight, ≈ 307 MiB at 1 (BACKUP_AGENT_MEMORY_MIB in constructs/swarm-services/backup-agent.ts).
   */
  uploadQueueSize: 2,
  /** A job (dump + upload) slower than this is killed and fails. */
  jobTimeoutSec: 3 * 3600,
  /**
   * Finished job runs and read-back checks are answered from memory this long; after that (or a
   * restart) a run is looked up in the bucket (its manifest).
   */
  resultRetentionHours: 48,
  /** Accepted clock difference for `exp`/`iat`, seconds. */
  clockToleranceSec: 30,
  /** Google ID tokens live one hour; anything claiming longer is refused. */
  maxTokenAgeSec: 3600 + 300,
  /** Swarm jobs stream their dump to this port of the agent. */
  intakePort: 9000,
  /** Time for a swarm job to be scheduled, pull its image and connect. */
  jobStartTimeoutSec: 300,
  /** Resource limits of a swarm job's container. */
  swarmJobMemoryMiB: 2048,
  swarmJobCpus: 1,
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
      /** psql, which exports the dump's snapshot and counts its rows (jobs.ts). @default "psql" from PATH */
      readonly psqlExecutable?: string;
      readonly swarm?: SwarmJobSettings;
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
      readonly swarm?: SwarmJobSettings;
    }
  | {
      readonly name: string;
      readonly kind: "command";
      /** Its stdout is the archive. */
      readonly argv: readonly string[];
      /** File extension of the archive before `.age`. @default "bin" */
      readonly extension?: string;
      readonly swarm?: SwarmJobSettings;
    }
  | {
      readonly name: string;
      /**
       * SeaweedFS files, read by the agent itself over the filer's HTTP API (seaweedfs/): a tar of
       * every file under `path` on weekly and monthly runs, of the files changed since the newest
       * such full on daily runs, each ending with an index of everything present.
       */
      readonly kind: "seaweedfs";
      /** The filer's HTTP address on a network the agent joins, e.g. `http://prod-seaweedfs-filer:8888`. */
      readonly filerUrl: string;
      /** Directory tree to back up. @default "/" */
      readonly path?: string;
      /** Entries per directory-listing request. @default 1000 */
      readonly pageSize?: number;
      /**
       * Days each tier prefix is kept (BackupSchedule's `retentionDays`): a differential uses only a
       * full that is kept at least as long as itself. @default - 7 / 28 / 180
       */
      readonly retentionDays?: { readonly daily: number; readonly weekly: number; readonly monthly: number };
      /** Always runs in the agent. */
      readonly swarm?: never;
    };

/**
 * Runs the job's dump tool as a Docker Swarm one-shot job (mode `replicated-job`) instead of on
 * the agent: the agent's image has no dump tools, the database images do (`postgres:16.10` has
 * pg_dump 16, `mongo:7.0.28` has mongodump; both have bash). The job connects to the agent over
 * the overlay network and streams the tool's stdout; nothing is written to disk.
 * Paths in the job (`passwordFile`, `configFile`) are then paths inside the job's container:
 * `/run/secrets/<target>` of one of `secrets`.
 * @default - absent: the tool runs on the agent as a child process
 */
export interface SwarmJobSettings {
  /** Image with the dump tool and bash, e.g. the database's own image `postgres:16.10`. */
  readonly image: string;
  /** Overlay networks (names or ids): one reaching the database, one reaching the agent. */
  readonly networks: readonly string[];
  /** Docker secrets (by name) mounted at `/run/secrets/<target>`; metadata is looked up, never the value. */
  readonly secrets: readonly { readonly name: string; readonly target: string }[];
  /** Placement constraints, e.g. `node.labels.db == keycloak`. @default - none */
  readonly constraints?: readonly string[];
  /** The agent's DNS name on one of `networks`. @default - the agent's BACKUP_INTAKE_HOST */
  readonly intakeHost?: string;
  /** Memory limit of the job's container. @default 2048 */
  readonly memoryMiB?: number;
  /** CPU limit of the job's container. @default 1 */
  readonly cpus?: number;
}

/**
 * HTTP routes of the agent. Every answer comes at once: the agent sits behind Cloudflare's proxy,
 * which ends a request whose origin has not answered within 100 s (524), so dumps, uploads and
 * read-backs run in the background and are polled.
 */
export const BACKUP_AGENT_ROUTES = {
  health: "/healthz",
  /**
   * POST `{ runId, tier }` → 202 `JobRunStatus` (`running`): the dump starts in the background.
   * Idempotent per (job, runId): the same run again answers its status (200 once finished), never a
   * second dump. Another run of a job that is running → 409 `{ error: "busy" }`.
   */
  job: (name: string) => `/v1/jobs/${encodeURIComponent(name)}`,
  /**
   * GET `?tier=<tier>` → 200 `JobRunStatus`. A run the agent does not hold in memory (restarted, or
   * finished more than BACKUP_AGENT_DEFAULTS.resultRetentionHours ago) is `uploaded` when its manifest
   * is in the bucket, else 404 `{ error: "not-found" }`.
   */
  jobRun: (name: string, runId: string) => `/v1/jobs/${encodeURIComponent(name)}/runs/${encodeURIComponent(runId)}`,
  /**
   * POST `{ key }` → 202 `VerifyStatus` (`running`): reads the stored object back and recomputes its
   * size and sha256 against its manifest, in the background (404 when there is no manifest). A check
   * of the key that is running is answered, not started again. GET `?key=<key>` → 200 `VerifyStatus`
   * of the newest check of the key | 404 (none held).
   */
  verify: "/v1/verify",
} as const;

/** `GET /v1/jobs/<job>/runs/<runId>` and the job POST's answer. */
export interface JobRunStatus {
  readonly job: string;
  readonly runId: string;
  readonly state: "running" | "uploaded" | "failed";
  /** `uploaded` only. */
  readonly manifest?: JobManifest;
  /** `failed` only: what went wrong, and its code. */
  readonly error?: string;
  readonly code?: AgentErrorCode;
  /** Encrypted bytes uploaded so far (whole parts). */
  readonly bytesUploaded?: number;
}

/** `/v1/verify`'s answers: `done` with the stored object's size and sha256 and whether they match its manifest. */
export interface VerifyStatus {
  readonly key: string;
  readonly state: "running" | "done" | "failed";
  readonly bytes?: number;
  readonly sha256?: string;
  readonly matches?: boolean;
  readonly error?: string;
}

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
  /**
   * Rows per table (`schema.table`, postgres) or documents per collection (`db.collection`,
   * mongodb) in the dump, taken from the dump's own snapshot / mongodump's report: the restore
   * and the restore drill compare what they restored against these. Absent for `command` jobs.
   */
  readonly counts?: Readonly<Record<string, number>>;
  /** What the dump source reports about the run, e.g. SeaweedFS's full/differential, base key and file counts. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Errors the agent answers with, so the function can record a cause, not just a status. */
export type AgentErrorCode = "unauthenticated" | "forbidden" | "not-found" | "busy" | "bad-request" | "dump-failed" | "empty-dump" | "upload-failed" | "timeout" | "storage-unavailable" | "agent-stopped";
