/**
 * The contract between the webhook-ingest runtime and everything that deploys or runs it (the
 * `WebhookIngestWorker` construct, the test harness, the benchmark): binding names, defaults,
 * collection names, KV keys, sources and archive prefixes, each defined here once.
 *
 * Dependency-free on purpose: infrastructure code may import only `contract` files from
 * `runtime/` (`__tests__/stacks/imports.test.ts`), and a contract imports nothing but other
 * contract files.
 *
 * @module
 */
export { FIRESTORE_BASE_URL, FIRESTORE_DEFAULT_DATABASE } from "../lib/firestore-contract";
export { WORKERS_COMPATIBILITY_DATE } from "../lib/workers-contract";

/** Sources the runtime has an adapter for (`sources/`); one deployment per source. */
export const WEBHOOK_SOURCES = ["aircall", "guesty"] as const;
export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];

/** Resource bindings of the Worker. */
export const BINDING = {
  /** KV namespace of this Worker's own secrets. */
  secrets: "SECRETS",
  /** Producer binding of the ingest queue (the Worker also consumes it). */
  ingestQueue: "INGEST_QUEUE",
  /** R2 bucket of raw, pending, unparsed and dead-lettered deliveries. */
  archive: "ARCHIVE",
} as const;

/** Plain-text vars of the Worker (see `env.ts` for what each means). */
export const VAR = {
  source: "SOURCE",
  environment: "ENVIRONMENT",
  archivePrefix: "ARCHIVE_PREFIX",
  firestoreProjectId: "FIRESTORE_PROJECT_ID",
  firestoreDatabase: "FIRESTORE_DATABASE",
  maxBodyBytes: "MAX_BODY_BYTES",
  webhookSecretKey: "WEBHOOK_SECRET_KEY",
  googleSaKeyName: "GOOGLE_SA_KEY_NAME",
  adminSecretKey: "ADMIN_SECRET_KEY",
  deadLetterQueue: "DEAD_LETTER_QUEUE",
  /** Optional: tests only. */
  firestoreBaseUrl: "FIRESTORE_BASE_URL",
  /** Optional: tests only. */
  retryBaseDelaySeconds: "RETRY_BASE_DELAY_SECONDS",
  /** Optional: tests only. */
  retryMaxDelaySeconds: "RETRY_MAX_DELAY_SECONDS",
} as const;

/** Largest request body accepted (256 KiB, far above any vendor payload); larger ones get 413. */
export const DEFAULT_MAX_BODY_BYTES = 262_144;

/**
 * Retry schedule of a failed write (see `retry.ts`): 5 s doubling to 30 min, 70 retries ≈ 31.2 h,
 * so a Firestore outage of up to a day loses nothing. Cloudflare Queues allow at most 100 retries
 * and a retry delay of at most 12 h (developers.cloudflare.com/queues/platform/limits).
 */
export const DEFAULT_RETRY_BASE_DELAY_SECONDS = 5;
export const DEFAULT_RETRY_MAX_DELAY_SECONDS = 30 * 60;
export const DEFAULT_MAX_RETRIES = 70;
export const QUEUE_MAX_RETRIES_LIMIT = 100;
export const QUEUE_MAX_DELAY_SECONDS_LIMIT = 43_200;

/** Firestore collection of delivery records (dedupe), and its TTL field. */
export const DELIVERIES_COLLECTION = "webhook_deliveries";
export const DELIVERY_EXPIRE_AT_FIELD = "expireAt";
/** Delivery records expire this long after receipt (through the TTL policy on `expireAt`). */
export const DELIVERY_RETENTION_DAYS = 30;

/** Default KV keys in the Worker's own secrets namespace. */
export const DEFAULT_SECRET_KEYS = {
  /** The vendor's secret (Aircall webhook token, Guesty `whsec_...`): written by operators. */
  webhookSecret: "webhook-secret",
  /** Bearer secret of `POST /admin/replay`: written by operators. */
  adminSecret: "admin-secret",
  /** Google service-account JSON key: written by Terraform. */
  googleServiceAccount: "google-service-account",
} as const;

/**
 * Characters a KV key name may use. cloudflare provider 5.14.0 (`internal/services/workers_kv/
 * resource.go`, Create and Update) stores `url.PathEscape(key_name)` in state, so a key with `/`
 * (or any other escaped character) reads back different after apply: "Provider produced
 * inconsistent result after apply", and since `key_name` forces replacement every later apply
 * fails too (cloudflare/terraform-provider-cloudflare#6542, fixed only in 5.16.0).
 */
export const KV_KEY_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Key prefix of one source's objects in the archive bucket. */
export function archivePrefixFor(source: string): string {
  return `webhooks/${source}/`;
}

/** Folders under the archive prefix (README "R2 key scheme"). */
export const ARCHIVE_FOLDER = {
  raw: "raw",
  pending: "pending",
  deadLetter: "dead-letter",
  unparsed: "unparsed",
} as const;
export type ArchiveFolder = (typeof ARCHIVE_FOLDER)[keyof typeof ARCHIVE_FOLDER];
