import { base64ToBytes, bytesToBase64 } from "./base64";
import { equalStringsConstantTime } from "./constant-time";

/**
 * Verifies a webhook signed with the Svix / Standard Webhooks scheme, with WebCrypto only
 * (the `svix` package would add ~186 KB to a Worker bundle; this is under 2 KB).
 *
 * - headers `svix-id`, `svix-timestamp`, `svix-signature` (or their white-labelled
 *   `webhook-id`, `webhook-timestamp`, `webhook-signature` forms);
 * - signed content `${id}.${timestamp}.${rawBody}`, HMAC-SHA256 keyed with the base64-decoded
 *   secret (`whsec_` prefix stripped), signature = standard base64 with padding;
 * - the signature header is a space-separated list of `v<version>,<signature>`; any `v1` entry
 *   that matches is accepted (there are several while the sender rotates its secret);
 * - the timestamp must be within `toleranceSeconds` (default 300) of now, in both directions.
 */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export type SignatureFailure =
  | "missing_headers"
  | "invalid_timestamp"
  | "timestamp_too_old"
  | "timestamp_in_future"
  | "invalid_secret"
  | "no_matching_signature";

export type SignatureCheck =
  | { readonly ok: true; readonly id: string; readonly timestamp: number }
  | { readonly ok: false; readonly reason: SignatureFailure; readonly message: string };

export interface HeaderSource {
  get(name: string): string | null;
}

export interface VerifySignatureInput {
  readonly headers: HeaderSource;
  /** The exact request body, decoded as UTF-8 (never a re-serialised JSON value). */
  readonly rawBody: string;
  /** One or more signing secrets (`whsec_<base64>` or bare base64); any may match. */
  readonly secrets: readonly string[];
  /** Current time in seconds since the epoch. */
  readonly nowSeconds: number;
  readonly toleranceSeconds?: number;
}

const encoder = new TextEncoder();
// Importing an HMAC key costs more than the HMAC itself; the secret changes only on rotation.
const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_LIMIT = 8;

/** The signature headers, in the `svix-` form or the Standard Webhooks `webhook-` form. */
export function signatureHeaders(headers: HeaderSource): { id: string | null; timestamp: string | null; signature: string | null } {
  return {
    id: headers.get("svix-id") ?? headers.get("webhook-id"),
    timestamp: headers.get("svix-timestamp") ?? headers.get("webhook-timestamp"),
    signature: headers.get("svix-signature") ?? headers.get("webhook-signature"),
  };
}

export async function verifyWebhookSignature(input: VerifySignatureInput): Promise<SignatureCheck> {
  const { id, timestamp, signature } = signatureHeaders(input.headers);
  if (!id || !timestamp || !signature) {
    return fail("missing_headers", "missing svix-id, svix-timestamp or svix-signature header (or the webhook-* equivalents)");
  }
  if (!/^\d{1,15}$/.test(timestamp)) return fail("invalid_timestamp", "the signature timestamp is not a whole number of seconds");
  const sent = Number(timestamp);
  const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (input.nowSeconds - sent > tolerance) return fail("timestamp_too_old", `the signature timestamp is more than ${tolerance} s old`);
  if (sent - input.nowSeconds > tolerance) return fail("timestamp_in_future", `the signature timestamp is more than ${tolerance} s in the future`);

  // Entries are `v<version>,<signature>`; only non-empty v1 signatures count.
  const candidates = signature
    .split(" ")
    .filter((entry) => entry.startsWith("v1,") && entry.length > 3)
    .map((entry) => entry.slice(3));
  if (candidates.length === 0) return fail("no_matching_signature", "the signature header has no v1 signature");

  const signed = encoder.encode(`${id}.${timestamp}.${input.rawBody}`);
  let usableSecret = false;
  for (const secret of input.secrets) {
    const key = await hmacKey(secret);
    if (!key) continue;
    usableSecret = true;
    const expected = bytesToBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, signed)));
    let matched = false;
    // Compare against every candidate so the time does not depend on which one matched.
    for (const candidate of candidates) matched = equalStringsConstantTime(candidate, expected) || matched;
    if (matched) return { ok: true, id, timestamp: sent };
  }
  if (!usableSecret) return fail("invalid_secret", "the configured signing secret is not valid base64");
  return fail("no_matching_signature", "no v1 signature matches the body");
}

/** Signs like the sender does; used by tests and by tools that replay signed deliveries. */
export async function signWebhook(secret: string, id: string, timestampSeconds: number, rawBody: string): Promise<string> {
  const key = await hmacKey(secret);
  if (!key) throw new Error("signWebhook: the secret is not valid base64");
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${id}.${timestampSeconds}.${rawBody}`));
  return `v1,${bytesToBase64(new Uint8Array(mac))}`;
}

function hmacKey(secret: string): Promise<CryptoKey | null> {
  let cached = keyCache.get(secret);
  if (!cached) {
    const bytes = decodeSecret(secret);
    if (!bytes) return Promise.resolve(null);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    cached = crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keyCache.set(secret, cached);
  }
  return cached;
}

function decodeSecret(secret: string): Uint8Array<ArrayBuffer> | null {
  const base64 = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  if (base64.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  try {
    return base64ToBytes(base64);
  } catch {
    return null;
  }
}

function fail(reason: SignatureFailure, message: string): SignatureCheck {
  return { ok: false, reason, message };
}
