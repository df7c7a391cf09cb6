// Decryption with the offline identity: the `age` binary when installed (≈ 5× faster), else
// age-encryption (the TypeScript implementation by age's author), both streamed into a private
// temp file whose size and sha256 are checked against the manifest's plaintext values.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Decrypter, identityToRecipient } from "age-encryption";
import type { JobManifest } from "../backup-agent/contract";
import { RestoreError, messageOf } from "./errors";
import { measuring, privateFile } from "./objects";
import type { Decrypter as DecryptWith } from "./options";

export interface Identities {
  readonly file: string;
  /** The plain `AGE-SECRET-KEY-…` lines (none when the file is passphrase-encrypted or a plugin's). */
  readonly keys: readonly string[];
  readonly recipients: readonly string[];
}

/** Reads the identity file once; never prints it. */
export async function readIdentities(file: string): Promise<Identities> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new RestoreError("options", `--identity ${file}: ${messageOf(error)}`);
  }
  const keys = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(line));
  const recipients: string[] = [];
  for (const key of keys) {
    try {
      recipients.push(await identityToRecipient(key));
    } catch {
      throw new RestoreError("options", `--identity ${file}: a line that looks like an age identity is not one (the key is not shown)`);
    }
  }
  return { file, keys, recipients };
}

/** Whether the age binary runs. */
export function ageBinaryAvailable(age: string): boolean {
  return spawnSync(age, ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Decrypts `encryptedFile` into `plaintextFile` (new, mode 0600) and checks the plaintext's size and
 * sha256 against the manifest. An identity that is not among the archive's recipients is refused
 * before decrypting.
 */
export async function decryptVerified(options: { identities: Identities; decryptWith: DecryptWith; age: string }, manifest: JobManifest, encryptedFile: string, plaintextFile: string): Promise<{ via: "age" | "library" }> {
  const { identities } = options;
  if (identities.keys.length > 0 && !identities.recipients.some((recipient) => manifest.recipients.includes(recipient))) {
    throw new RestoreError("decrypt", `the identity in ${identities.file} (public key ${identities.recipients.join(", ")}) is not a recipient of ${manifest.key} (encrypted to ${manifest.recipients.join(", ")}): use the offline identity of one of those keys`);
  }
  const via = options.decryptWith === "auto" ? (ageBinaryAvailable(options.age) ? "age" : "library") : options.decryptWith;
  if (via === "library" && identities.keys.length === 0) {
    throw new RestoreError("decrypt", `${identities.file} holds no plain AGE-SECRET-KEY line (passphrase-encrypted or a plugin identity): decrypt with the age binary (--decrypt-with age)`);
  }
  const measure = measuring();
  try {
    if (via === "age") await decryptWithBinary(options.age, identities.file, encryptedFile, measure, plaintextFile);
    else {
      const decrypter = new Decrypter();
      for (const key of identities.keys) decrypter.addIdentity(key);
      const source = Readable.toWeb(fs.createReadStream(encryptedFile)) as unknown as ReadableStream<Uint8Array>;
      const plaintext = await decrypter.decrypt(source);
      await pipeline(Readable.fromWeb(plaintext as unknown as WebReadableStream<Uint8Array>), measure, privateFile(plaintextFile));
    }
  } catch (error) {
    throw new RestoreError("decrypt", `${manifest.key} with ${via === "age" ? `the age binary (${options.age})` : "age-encryption"}: ${messageOf(error)}`);
  }
  const sha256 = measure.sha256();
  if (measure.bytes !== manifest.plaintextBytes || sha256 !== manifest.plaintextSha256) {
    throw new RestoreError("verify-plaintext", `the decrypted dump of ${manifest.key} is ${measure.bytes} bytes, sha256 ${sha256}; the manifest says ${manifest.plaintextBytes} bytes, sha256 ${manifest.plaintextSha256}: nothing restored`);
  }
  return { via };
}

async function decryptWithBinary(age: string, identityFile: string, encryptedFile: string, measure: ReturnType<typeof measuring>, plaintextFile: string): Promise<void> {
  const child = spawn(age, ["--decrypt", "--identity", identityFile, encryptedFile], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? new Error(`${age} is not installed (not found on PATH); use --decrypt-with library`) : error));
    child.once("close", (code) => resolve(code));
  });
  const written = pipeline(child.stdout, measure, privateFile(plaintextFile));
  const [code] = await Promise.all([exited, written]);
  if (code !== 0) throw new Error(`age exited with ${code}: ${stderr.trim()}`);
}
