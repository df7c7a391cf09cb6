import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Sealed cookies: the payload is JSON, deflated (Keycloak's tokens are large and a cookie holds
 * 4 KB), then encrypted and authenticated with AES-256-GCM under a key derived (HKDF-SHA256) from
 * the session secret. GCM's tag is the signature: a cookie changed by one bit, or sealed under
 * another secret or for another purpose, does not open. The tokens inside are therefore neither
 * readable nor forgeable by the browser; the cookie is HTTP-only, Secure, SameSite=Lax.
 */
export class Sealer {
  private readonly keys = new Map<string, Buffer>();
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error("the session secret must have at least 32 bytes");
  }

  private key(purpose: string): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync("sha256", this.secret, Buffer.alloc(0), `secrets-ui ${purpose}`, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }

  seal(purpose: string, payload: unknown, expiresAtSeconds: number): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key(purpose), iv);
    const plain = deflateRawSync(Buffer.from(JSON.stringify({ exp: expiresAtSeconds, payload })));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
  }

  /** The payload, or `undefined` when the cookie is missing, tampered with, or expired. */
  open<T>(purpose: string, cookie: string | undefined, nowSeconds: number): T | undefined {
    if (!cookie) return undefined;
    try {
      const raw = Buffer.from(cookie, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", this.key(purpose), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const plain = inflateRawSync(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]));
      const { exp, payload } = JSON.parse(plain.toString("utf8")) as { exp: number; payload: T };
      return exp > nowSeconds ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * A value's fingerprint: HMAC-SHA256 under a key derived from the session secret, 12 bytes in
   * hex. Keyed so a short or guessable secret cannot be confirmed offline from the audit trail.
   */
  fingerprint(value: string): string {
    return createHmac("sha256", this.key("fingerprint")).update(value).digest("hex").slice(0, 24).replace(/(.{4})(?!$)/g, "$1-");
  }
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return cookies;
}

export function setCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`;
}

export function clearCookie(name: string): string {
  return `${name}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
}
