// The age v1 file format (https://c2sp.org/age), encrypt side. The header — the file key drawn,
// wrapped for each recipient, MACed — is made by age-encryption, the official TypeScript
// implementation. Only the payload STREAM is sealed here, with Node's native ChaCha20-Poly1305:
// OpenSSL seals ~2 GB/s here against ~58 MB/s for age-encryption's pure-JS cipher, the one step
// whose speed matters. The tests decrypt with the `age` tool and with age-encryption. bech32 (to
// check recipients up front) comes from @scure/base, the library age-encryption itself uses.
import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { bech32 } from "@scure/base";
import { Encrypter } from "age-encryption";

/** Plaintext bytes per STREAM chunk. */
export const AGE_CHUNK_BYTES = 64 * 1024;
/** Poly1305 tag after each chunk. */
export const AGE_TAG_BYTES = 16;
const PAYLOAD_NONCE_BYTES = 16;

export class AgeRecipientError extends Error {
  override readonly name = "AgeRecipientError";
}

/** A parsed X25519 recipient: the 32-byte Curve25519 public key. */
export interface X25519Recipient {
  readonly encoded: string;
  readonly publicKey: Buffer;
}

/**
 * Parses an `age1…` X25519 recipient (bech32, HRP "age", 32 bytes). Anything else is refused, and a
 * string that is not an `age1` recipient (e.g. an `AGE-SECRET-KEY-…`) is never echoed back.
 */
export function parseX25519Recipient(recipient: string): X25519Recipient {
  if (!recipient.startsWith("age1")) throw new AgeRecipientError("not an age X25519 recipient (expected age1…; public keys only)");
  const shown = `"${recipient.slice(0, 12)}…"`;
  if (recipient.startsWith("age1pq1") || recipient.startsWith("age1tag")) throw new AgeRecipientError(`${shown} is a post-quantum or tagged age recipient; only X25519 recipients (age1 + 58 characters) are supported`);
  let decoded: { prefix: string; bytes: Uint8Array };
  try {
    decoded = bech32.decodeToBytes(recipient);
  } catch (error) {
    throw new AgeRecipientError(`${shown} is not valid bech32: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (decoded.prefix !== "age" || decoded.bytes.length !== 32) throw new AgeRecipientError(`${shown} is not an X25519 recipient (HRP "age", 32 bytes)`);
  return { encoded: recipient, publicKey: Buffer.from(decoded.bytes) };
}

const hkdf = (ikm: Uint8Array, salt: Uint8Array, info: string): Buffer => Buffer.from(hkdfSync("sha256", ikm, salt, info, 32));

/** ChaCha20-Poly1305 seal: ciphertext ‖ tag. */
function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Buffer[] {
  const cipher = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: AGE_TAG_BYTES });
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

/**
 * A fresh file key and the header that carries it to `recipients`, both from age-encryption: it
 * encrypts an empty file, whose output is the header, a 16-byte nonce and one empty final chunk.
 * The header's MAC covers the header only, so it heads a payload sealed under a new nonce here.
 * An extra recipient that wraps nothing is how the library's file key is seen.
 */
export async function ageHeader(recipients: readonly X25519Recipient[]): Promise<{ header: Buffer; fileKey: Buffer }> {
  if (recipients.length === 0) throw new AgeRecipientError("no recipients");
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient.encoded);
  let fileKey: Buffer | undefined;
  encrypter.addRecipient({
    wrapFileKey: (key: Uint8Array) => {
      fileKey = Buffer.from(key);
      return [];
    },
  });
  let empty: Uint8Array;
  try {
    empty = await encrypter.encrypt(new Uint8Array(0));
  } catch (error) {
    // E.g. a low-order point: the X25519 shared secret would be all zeros, and WebCrypto refuses it.
    throw new AgeRecipientError(`a recipient is not a usable X25519 public key (${error instanceof Error ? error.message : String(error)})`);
  }
  const header = Buffer.from(empty.subarray(0, empty.length - PAYLOAD_NONCE_BYTES - AGE_TAG_BYTES));
  if (!fileKey || !header.subarray(0, 22).equals(Buffer.from("age-encryption.org/v1\n")) || header[header.length - 1] !== 0x0a) {
    throw new Error("age-encryption produced an unexpected header");
  }
  return { header, fileKey };
}

/**
 * A Transform from plaintext to an age v1 file: header, 16-byte payload nonce, then STREAM chunks of
 * 64 KiB (nonce = 11-byte big-endian counter ‖ 0x01 on the final chunk). A full chunk is sealed
 * only once a byte after it arrives, so the final chunk is flagged without an empty chunk after it;
 * an empty plaintext is one empty final chunk. Holds at most one chunk of plaintext.
 */
export async function createAgeEncryptStream(recipients: readonly string[]): Promise<Transform> {
  const parsed = recipients.map(parseX25519Recipient);
  const { header, fileKey } = await ageHeader(parsed);
  const payloadNonce = randomBytes(PAYLOAD_NONCE_BYTES);
  const payloadKey = hkdf(fileKey, payloadNonce, "payload");
  fileKey.fill(0);

  const pending = Buffer.allocUnsafe(AGE_CHUNK_BYTES);
  let filled = 0;
  let counter = 0;
  const nonce = Buffer.alloc(12);
  const sealChunk = (stream: Transform, plaintext: Buffer, last: boolean) => {
    // 11-byte counter: the low 6 bytes suffice (2^48 chunks = 16 EiB); the upper 5 stay zero.
    nonce.writeUIntBE(counter++, 5, 6);
    nonce[11] = last ? 1 : 0;
    for (const part of seal(payloadKey, nonce, plaintext)) stream.push(part);
  };

  let started = false;
  const start = (stream: Transform) => {
    if (started) return;
    started = true;
    stream.push(Buffer.concat([header, payloadNonce]));
  };

  return new Transform({
    transform(this: Transform, chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      start(this);
      let offset = 0;
      while (offset < chunk.length) {
        if (filled === AGE_CHUNK_BYTES) {
          // More plaintext follows a full chunk: it is not the last one.
          sealChunk(this, pending, false);
          filled = 0;
        }
        const n = chunk.copy(pending, filled, offset);
        filled += n;
        offset += n;
      }
      callback();
    },
    flush(this: Transform, callback: TransformCallback) {
      start(this);
      sealChunk(this, pending.subarray(0, filled), true);
      payloadKey.fill(0);
      callback();
    },
  });
}
