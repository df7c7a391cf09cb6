/**
 * Runtime secrets from the Worker's own KV secrets namespace (managed by the Secrets UI,
 * some keys written by Terraform), with a short in-isolate cache so a rotation takes effect
 * within `ttlMs` without a redeploy.
 *
 * - A key that is absent (or empty) raises `MissingSecretError` naming the key, never a value.
 * - If KV fails and an expired value is cached, the stale value is served (and the failure is
 *   reported through `onStale`) rather than failing every request during a KV hiccup.
 * - Absent keys are not cached: adding the secret takes effect on the next request.
 */
export interface KVReader {
  get(key: string, type: "text"): Promise<string | null>;
}

export class MissingSecretError extends Error {
  override readonly name = "MissingSecretError";
  constructor(readonly key: string) {
    super(`secret "${key}" is not set in the secrets KV namespace`);
  }
}

export class SecretStoreError extends Error {
  override readonly name = "SecretStoreError";
  constructor(
    readonly key: string,
    cause: unknown,
  ) {
    super(`reading secret "${key}" from the secrets KV namespace failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export interface SecretCacheOptions {
  /** How long a value read from KV is used before it is read again. @default 60000 */
  readonly ttlMs?: number;
  readonly now?: () => number;
  readonly onStale?: (key: string, error: unknown) => void;
}

export const DEFAULT_SECRET_TTL_MS = 60_000;

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

// Per isolate: one Worker script has one secrets namespace, so the key name is the cache key.
const cache = new Map<string, Entry>();
const inFlight = new Map<string, Promise<string>>();

export async function getSecret(kv: KVReader, key: string, options: SecretCacheOptions = {}): Promise<string> {
  if (!key) throw new MissingSecretError("(no key configured)");
  const now = (options.now ?? Date.now)();
  const cached = cache.get(key);
  if (cached && cached.expiresAt > now) return cached.value;

  const pending = inFlight.get(key);
  if (pending) return pending;
  const read = (async () => {
    let value: string | null;
    try {
      value = await kv.get(key, "text");
    } catch (error) {
      if (cached) {
        options.onStale?.(key, error);
        return cached.value;
      }
      throw new SecretStoreError(key, error);
    }
    if (value === null || value.trim() === "") {
      cache.delete(key);
      throw new MissingSecretError(key);
    }
    cache.set(key, { value, expiresAt: now + (options.ttlMs ?? DEFAULT_SECRET_TTL_MS) });
    return value;
  })();
  inFlight.set(key, read);
  try {
    return await read;
  } finally {
    inFlight.delete(key);
  }
}

/** Forget cached secrets (tests; or after a known rotation). */
export function clearSecretCache(): void {
  cache.clear();
}
