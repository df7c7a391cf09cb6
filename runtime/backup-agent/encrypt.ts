// age encryption of one stream to the configured recipients (public keys only: the agent can
// write backups it can never read).
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Encrypter } from "age-encryption";

/** Encrypts `plaintext` to every recipient (age v1, X25519). The result is a Node stream of the age file. */
export async function encryptToRecipients(plaintext: Readable, recipients: readonly string[]): Promise<Readable> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const encrypted = await encrypter.encrypt(Readable.toWeb(plaintext) as unknown as ReadableStream<Uint8Array>);
  return Readable.fromWeb(encrypted as unknown as WebReadableStream<Uint8Array>);
}
