import type { KVNamespace, Queue, R2Bucket } from "@cloudflare/workers-types/experimental";
import { BINDING, DEFAULT_MAX_BODY_BYTES, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS, FIRESTORE_BASE_URL, FIRESTORE_DEFAULT_DATABASE, VAR } from "./contract";

/**
 * The bindings the `WebhookIngestWorker` construct gives this Worker, keyed by the names in
 * `contract.ts` (the construct and the test harness use the same constants). Plain-text vars
 * arrive as strings.
 */
export interface Env {
  /** This Worker's own KV namespace of runtime secrets (managed by the Secrets UI / Terraform). */
  readonly [BINDING.secrets]: KVNamespace;
  /** Producer binding of the ingest queue; this Worker is also its consumer. */
  readonly [BINDING.ingestQueue]: Queue<unknown>;
  /** R2 bucket for raw payloads, pending deliveries and dead letters (under `ARCHIVE_PREFIX`). */
  readonly [BINDING.archive]: R2Bucket;

  /** Which adapter handles this Worker's deliveries: `"aircall"` | `"guesty"`. */
  readonly [VAR.source]: string;
  /** `dev` | `staging` | `prod`; carried on every log line. */
  readonly [VAR.environment]: string;
  /** Key prefix in `ARCHIVE`, e.g. `webhooks/aircall/` (a missing trailing slash is added). */
  readonly [VAR.archivePrefix]: string;
  readonly [VAR.firestoreProjectId]: string;
  /** Firestore database id, e.g. `(default)` (`FIRESTORE_DEFAULT_DATABASE`). */
  readonly [VAR.firestoreDatabase]: string;
  /** Largest accepted request body in bytes, e.g. `262144`. */
  readonly [VAR.maxBodyBytes]: string;
  /** KV key holding the vendor secret: the Aircall webhook token(s) or the Guesty `whsec_...` key(s). */
  readonly [VAR.webhookSecretKey]: string;
  /** KV key holding the Google service-account JSON key (written by Terraform). */
  readonly [VAR.googleSaKeyName]: string;
  /** KV key holding the bearer secret of `POST /admin/replay`. */
  readonly [VAR.adminSecretKey]: string;
  /** Name of the dead-letter queue, so `queue()` can tell dead letters from fresh deliveries. */
  readonly [VAR.deadLetterQueue]: string;
  /** Firestore REST base URL. @default "https://firestore.googleapis.com/v1" */
  readonly [VAR.firestoreBaseUrl]?: string;
  /** First retry delay of a failed write, doubled per attempt (see `retry.ts`). @default "5" */
  readonly [VAR.retryBaseDelaySeconds]?: string;
  /** Longest retry delay of a failed write. @default "1800" */
  readonly [VAR.retryMaxDelaySeconds]?: string;
}

/** Validated configuration derived from `Env`. */
export interface IngestConfig {
  readonly source: string;
  readonly environment: string;
  readonly archivePrefix: string;
  readonly firestoreProjectId: string;
  readonly firestoreDatabase: string;
  readonly firestoreBaseUrl: string;
  readonly maxBodyBytes: number;
  readonly retryBaseDelaySeconds: number;
  readonly retryMaxDelaySeconds: number;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`webhook-ingest: ${variable} ${message}`);
  }
}


/** Reads and checks the plain-text vars; the error names the variable and the fix. (`index.ts` memoises it per `env`.) */
export function readConfig(env: Env): IngestConfig {
  const required = (name: keyof Env): string => {
    const value = env[name];
    if (typeof value !== "string" || value.trim() === "") throw new ConfigError(String(name), "is not set; the WebhookIngestWorker construct sets it as a plain_text binding");
    return value.trim();
  };
  const integer = (name: "MAX_BODY_BYTES" | "RETRY_BASE_DELAY_SECONDS" | "RETRY_MAX_DELAY_SECONDS", fallback: number, min: number, expected: string): number => {
    const raw = env[name];
    const value = raw === undefined || raw === "" ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min) throw new ConfigError(name, `must be ${expected}, got "${raw}"`);
    return value;
  };
  const seconds = (name: "RETRY_BASE_DELAY_SECONDS" | "RETRY_MAX_DELAY_SECONDS", fallback: number) => integer(name, fallback, 0, "a whole number of seconds");
  const maxBodyBytes = integer("MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1, "a positive integer");
  const prefix = required("ARCHIVE_PREFIX");
  return {
    source: required("SOURCE"),
    environment: required("ENVIRONMENT"),
    archivePrefix: prefix.endsWith("/") ? prefix : `${prefix}/`,
    firestoreProjectId: env.FIRESTORE_PROJECT_ID?.trim() ?? "",
    firestoreDatabase: env.FIRESTORE_DATABASE?.trim() || FIRESTORE_DEFAULT_DATABASE,
    firestoreBaseUrl: env.FIRESTORE_BASE_URL?.trim() || FIRESTORE_BASE_URL,
    maxBodyBytes,
    retryBaseDelaySeconds: seconds("RETRY_BASE_DELAY_SECONDS", DEFAULT_RETRY_BASE_DELAY_SECONDS),
    retryMaxDelaySeconds: seconds("RETRY_MAX_DELAY_SECONDS", DEFAULT_RETRY_MAX_DELAY_SECONDS),
  };
}
