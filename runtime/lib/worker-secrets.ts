/**
 * Reading a Worker's secrets from its KV namespace with logging, and the answer when one is
 * missing: shared by the HTTP handlers and the queue consumer of any Worker runtime.
 *
 * @module
 */
import { errorResponse } from "./http";
import { errorFields, type Logger } from "./json-log";
import { getSecret, type KVReader, MissingSecretError, SecretStoreError } from "./secrets";

/** A secret from the KV namespace; if KV fails, the cached value is used (with a warning). */
export function readSecret(secrets: KVReader, key: string, log: Logger): Promise<string> {
  return getSecret(secrets, key, { onStale: (secretKey, error) => log.warn("secrets KV failed; using the cached value", { secretKey, ...errorFields(error) }) });
}

/** 503 naming the KV key (never a value) when a secret is missing or KV cannot be read; the caller retries. */
export function secretUnavailable(error: unknown, key: string, log: Logger): Response {
  if (error instanceof MissingSecretError) {
    log.error("secret missing", { secretKey: error.key });
    return errorResponse(503, "secret_missing", `the ${error.message}`, { secretKey: error.key }, { "retry-after": "60" });
  }
  const secretKey = error instanceof SecretStoreError ? error.key : key;
  log.error("secret unavailable", { secretKey, ...errorFields(error) });
  return errorResponse(503, "secret_unavailable", `the secret "${secretKey}" could not be read`, { secretKey }, { "retry-after": "30" });
}
