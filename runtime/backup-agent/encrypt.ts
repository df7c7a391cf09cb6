// age encryption of one stream to the configured recipients (public keys only: the agent can
// write backups it can never read). The format is age v1 with X25519 recipients (age-v1.ts): the
// header from age-encryption, the payload sealed with Node's native ChaCha20-Poly1305; any `age`
// implementation decrypts it.
import { pipeline, type Readable } from "node:stream";
import { createAgeEncryptStream } from "./age-v1";

/**
 * Encrypts `plaintext` to every recipient (age v1, X25519). The result is a Node stream of the age
 * file, back-pressured end to end; an error of `plaintext` destroys it. Rejects before reading
 * anything when a recipient is not an `age1…` X25519 recipient, and then destroys `plaintext` too,
 * so its producer (a dump writing to a pipe) sees the pipe close instead of waiting on it forever.
 */
export async function encryptToRecipients(plaintext: Readable, recipients: readonly string[]): Promise<Readable> {
  let encrypter: Awaited<ReturnType<typeof createAgeEncryptStream>>;
  try {
    encrypter = await createAgeEncryptStream(recipients);
  } catch (error) {
    plaintext.destroy();
    throw error;
  }
  pipeline(plaintext, encrypter, () => undefined);
  return encrypter;
}
