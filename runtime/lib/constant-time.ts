const encoder = new TextEncoder();

/**
 * Compares two equal-length strings without an early exit. Strings of different lengths compare
 * unequal at once: use this only where the length is not secret (e.g. base64 signatures).
 */
export function equalStringsConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

// Digests of expected secrets (few, rotated rarely): only the presented value is hashed per request.
const expectedDigests = new Map<string, Promise<ArrayBuffer>>();
const EXPECTED_DIGEST_LIMIT = 16;

/**
 * Compares a presented secret (a token from a request) with the expected one in constant time,
 * whatever their lengths: both are hashed with SHA-256 and the digests compared without an early
 * exit, so neither the content nor the length of the expected secret leaks through timing.
 */
export async function secretsEqual(presented: string, expected: string): Promise<boolean> {
  let expectedDigest = expectedDigests.get(expected);
  if (!expectedDigest) {
    if (expectedDigests.size >= EXPECTED_DIGEST_LIMIT) expectedDigests.clear();
    expectedDigest = crypto.subtle.digest("SHA-256", encoder.encode(expected));
    expectedDigests.set(expected, expectedDigest);
  }
  const [a, b] = await Promise.all([crypto.subtle.digest("SHA-256", encoder.encode(presented)), expectedDigest]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

/**
 * Whether `presented` equals any of `candidates` (several valid values during a rotation).
 * Every candidate is compared, so the time does not tell which one matched.
 */
export async function matchesAnySecret(presented: string, candidates: readonly string[]): Promise<boolean> {
  const results = await Promise.all(candidates.map((candidate) => secretsEqual(presented, candidate)));
  return results.some(Boolean);
}

/**
 * A secret value as stored in the KV secrets namespace may hold several values separated by
 * whitespace or commas, so a new token/key can be added before the old one is removed.
 */
export function splitSecretValues(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
