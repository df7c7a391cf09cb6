import type { KVNamespace, Queue, R2Bucket } from "@cloudflare/workers-types/experimental";
import { DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS } from "./retry";

/**
 * The bindings the `WebhookIngestWorker` construct gives this Worker. Names are the contract
 * between the construct and the runtime: change them in both places or not at all.
 * Plain-text vars arrive as strings.
 */
export interface Env {
  /** This Worker's own KV namespace of runtime secrets (managed by the Secrets UI / Terraform). */
  readonly SECRETS: KVNamespace;
  /** Producer binding of the ingest queue; this Worker is also its consumer. */
  readonly INGEST_QUEUE: Queue<unknown>;
  /** R2 bucket for raw payloads, pending deliveries and dead letters (under `ARCHIVE_PREFIX`). */
  readonly ARCHIVE: R2Bucket;

  /** Which adapter handles this Worker's deliveries: `"aircall"` | `"guesty"`. */
  readonly SOURCE: string;
  /** `dev` | `staging` | `prod`; carried on every log line. */
  readonly ENVIRONMENT: string;
  /** Key prefix in `ARCHIVE`, e.g. `webhooks/aircall/` (a missing trailing slash is added). */
  readonly ARCHIVE_PREFIX: string;
  readonly FIRESTORE_PROJECT_ID: string;
  /** Firestore database id, e.g. `(default)`. */
  readonly FIRESTORE_DATABASE: string;
  /** Largest accepted request body in bytes, e.g. `262144`. */
  readonly MAX_BODY_BYTES: string;
  /** KV key holding the vendor secret: the Aircall webhook token(s) or the Guesty `whsec_...` key(s). */
  readonly WEBHOOK_SECRET_KEY: string;
  /** KV key holding the Google service-account JSON key (written by Terraform). */
  readonly GOOGLE_SA_KEY_NAME: string;
  /** KV key holding the bearer secret of `POST /admin/replay`. */
  readonly ADMIN_SECRET_KEY: string;
  /** Name of the dead-letter queue, so `queue()` can tell dead letters from fresh deliveries. */
  readonly DEAD_LETTER_QUEUE: string;
  /** Firestore REST base URL. @default "https://firestore.googleapis.com/v1" */
  readonly FIRESTORE_BASE_URL?: string;
  /** First retry delay of a failed write, doubled per attempt (see `retry.ts`). @default "5" */
  readonly RETRY_BASE_DELAY_SECONDS?: string;
  /** Longest retry delay of a failed write. @default "1800" */
  readonly RETRY_MAX_DELAY_SECONDS?: string;
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

export const DEFAULT_MAX_BODY_BYTES = 262_144;

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
    firestoreDatabase: env.FIRESTORE_DATABASE?.trim() || "(default)",
    firestoreBaseUrl: env.FIRESTORE_BASE_URL?.trim() || "https://firestore.googleapis.com/v1",
    maxBodyBytes,
    retryBaseDelaySeconds: seconds("RETRY_BASE_DELAY_SECONDS", DEFAULT_RETRY_BASE_DELAY_SECONDS),
    retryMaxDelaySeconds: seconds("RETRY_MAX_DELAY_SECONDS", DEFAULT_RETRY_MAX_DELAY_SECONDS),
  };
}
