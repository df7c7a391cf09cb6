// Reading a secret when it is needed: Secret Manager `AccessSecretVersion` over REST
// (`GET {base}/projects/<p>/secrets/<id>/versions/latest:access`, answer
// `{name, payload: {data: <base64>, dataCrc32c: "<int64>"}}`), with the function's own access
// token. Not Cloud Run's `secret_environment_variables`: those are resolved at deploy and at every
// instance start, so a secret without an enabled version would stop the function itself.
//
// Why REST and not @google-cloud/secret-manager: the client (google-gax, gRPC, protobufjs) grows
// the bundle from ~0.3 MB to ~2.2 MB of JS (zip ~96 KB to ~418 KB) for one GET; the access token
// comes from google-auth-library, which the function already bundles.
//
// Values read are kept `cacheMs` per instance; a failed read is never cached, so a version added
// after a failure is used by the next call.
import { fetchWithTimeout, type FetchLike } from "../lib/fetch-timeout";
import { BACKUP_FUNCTION_DEFAULTS } from "./contract";

export const SECRET_MANAGER_BASE_URL = "https://secretmanager.googleapis.com/v1";

/** Why a secret could not be read. Names the secret, never carries a value. */
export class SecretAccessError extends Error {
  override readonly name = "SecretAccessError";
  constructor(
    message: string,
    readonly secretId: string,
    /** HTTP status of Secret Manager's answer; 0 when it did not answer (or the token could not be had). */
    readonly status: number,
    /** Google's error status (`NOT_FOUND`, `FAILED_PRECONDITION`, `PERMISSION_DENIED`, …), or a local reason. */
    readonly code: string,
    /** Google's error message or the local cause, for logs (names resources, never a value). */
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface SecretReaderSettings {
  readonly projectId: string;
  /** @default "https://secretmanager.googleapis.com/v1" */
  readonly baseUrl?: string;
  /** An OAuth access token with the cloud-platform scope (the function's identity). */
  readonly accessToken: () => Promise<string>;
  readonly fetch?: FetchLike;
  /** @default BACKUP_FUNCTION_DEFAULTS.secretManagerTimeoutMs */
  readonly timeoutMs?: number;
  /** @default BACKUP_FUNCTION_DEFAULTS.alertSecretCacheMs */
  readonly cacheMs?: number;
  readonly now?: () => number;
}

export interface SecretReader {
  /** The trimmed value of `versions/latest` of `secretId`; rejects with a `SecretAccessError`. */
  read(secretId: string): Promise<string>;
}

export function secretReader(settings: SecretReaderSettings): SecretReader {
  const base = (settings.baseUrl || SECRET_MANAGER_BASE_URL).replace(/\/+$/, "");
  const now = settings.now ?? (() => Date.now());
  const cacheMs = settings.cacheMs ?? BACKUP_FUNCTION_DEFAULTS.alertSecretCacheMs;
  const timeoutMs = settings.timeoutMs ?? BACKUP_FUNCTION_DEFAULTS.secretManagerTimeoutMs;
  const cache = new Map<string, { value: string; until: number }>();
  const inFlight = new Map<string, Promise<string>>();

  async function access(secretId: string): Promise<string> {
    const name = `projects/${settings.projectId}/secrets/${secretId}/versions/latest`;
    let token: string;
    try {
      token = await settings.accessToken();
    } catch (error) {
      throw new SecretAccessError(`secret ${secretId} not read: no access token for the function's identity`, secretId, 0, "NO_TOKEN", messageOf(error));
    }
    let response: Response;
    try {
      response = await fetchWithTimeout(settings.fetch ?? ((input, init) => fetch(input, init)), `${base}/${name}:access`, { method: "GET", headers: { authorization: `Bearer ${token}` } }, timeoutMs, "Secret Manager AccessSecretVersion");
    } catch (error) {
      throw new SecretAccessError(`secret ${secretId} not read: Secret Manager not reached (${messageOf(error).slice(0, 150)})`, secretId, 0, "UNREACHABLE", messageOf(error));
    }
    const answer = (await response.json().catch(() => ({}))) as { payload?: { data?: string; dataCrc32c?: string | number }; error?: { code?: number; status?: string; message?: string } };
    if (!response.ok) {
      const status = answer.error?.status ?? `HTTP_${response.status}`;
      throw new SecretAccessError(`secret ${secretId} ${explain(status, response.status)}`, secretId, response.status, status, answer.error?.message?.slice(0, 300));
    }
    const data = answer.payload?.data;
    if (typeof data !== "string") throw new SecretAccessError(`secret ${secretId} not read: Secret Manager answered without payload.data`, secretId, response.status, "NO_PAYLOAD");
    const bytes = Buffer.from(data, "base64");
    const expected = answer.payload?.dataCrc32c;
    if (expected !== undefined && String(crc32c(bytes)) !== String(expected)) {
      throw new SecretAccessError(`secret ${secretId} not read: payload checksum (CRC32C) does not match dataCrc32c`, secretId, response.status, "DATA_LOSS");
    }
    // Values often end with the newline of the command that stored them.
    const value = bytes.toString("utf8").trim();
    if (!value) throw new SecretAccessError(`secret ${secretId} has an empty latest version; add a version with the value`, secretId, response.status, "EMPTY");
    return value;
  }

  return {
    read(secretId) {
      const cached = cache.get(secretId);
      if (cached && cached.until > now()) return Promise.resolve(cached.value);
      const running = inFlight.get(secretId);
      if (running) return running;
      const reading = access(secretId)
        .then((value) => {
          cache.set(secretId, { value, until: now() + cacheMs });
          return value;
        })
        .finally(() => inFlight.delete(secretId));
      inFlight.set(secretId, reading);
      return reading;
    },
  };
}

/** The operator's reading of Google's status (`versions/latest` is the newest version, whatever its state). */
function explain(status: string, httpStatus: number): string {
  switch (status) {
    case "NOT_FOUND":
      return "has no enabled version (NOT_FOUND: no version, or no such secret; add a version)";
    case "FAILED_PRECONDITION":
      return "has no enabled version (FAILED_PRECONDITION: its newest version is disabled or destroyed; add a version)";
    case "PERMISSION_DENIED":
      return "is not readable by the function's identity (PERMISSION_DENIED: roles/secretmanager.secretAccessor missing, or no such secret)";
    case "UNAUTHENTICATED":
      return "not read (UNAUTHENTICATED: the function's access token was refused)";
    default:
      return `not read (Secret Manager answered ${httpStatus} ${status})`;
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

let CRC32C_TABLE: Uint32Array | undefined;

/** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78): Secret Manager's `dataCrc32c`. */
export function crc32c(bytes: Uint8Array): number {
  const table = (CRC32C_TABLE ??= (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  })());
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
