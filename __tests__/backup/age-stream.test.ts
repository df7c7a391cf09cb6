/**
 * The agent's age encryption (runtime/backup-agent/age-v1.ts: age v1, X25519 stanzas, native
 * ChaCha20-Poly1305 STREAM) against two independent decrypters: the real `age` tool and
 * age-encryption (the TypeScript reference by age's author), each in its own process.
 *
 * The module is bundled with esbuild as the agent bundle is (its bech32 library is ESM-only, which
 * jest's CommonJS loader cannot require) and the bundle is what the tests call.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { buildSync } from "esbuild";
import type * as AgeV1 from "../../runtime/backup-agent/age-v1";
import type * as Encrypt from "../../runtime/backup-agent/encrypt";
import { type AgeKey, ageKeygen, ageUnavailable } from "../support/backup-harness";

const skipReason = ageUnavailable();
const describeWithAge = skipReason ? describe.skip : describe;
if (skipReason) console.warn(`skipping the age stream tests: ${skipReason}`);

const ROOT = path.resolve(__dirname, "..", "..");
const CHUNK = 64 * 1024;
const TAG = 16;
const MiB = 1024 * 1024;
const SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5_000_000 + 321];

/** Feeds `plaintext` in uneven slices (1 byte up to ~100 KiB) so chunk boundaries never line up with writes. */
function unevenStream(plaintext: Buffer): Readable {
  const slices: Buffer[] = [];
  const sizes = [1, 4095, 70_000, 3, 65_536, 100_001, 17];
  for (let offset = 0, i = 0; offset < plaintext.length; i++) {
    const n = Math.min(sizes[i % sizes.length], plaintext.length - offset);
    slices.push(plaintext.subarray(offset, offset + n));
    offset += n;
  }
  return Readable.from(slices);
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Header length: everything up to and including the MAC line's newline. */
function headerLength(file: Buffer): number {
  const mac = file.indexOf("\n---");
  return file.indexOf("\n", mac + 1) + 1;
}

type Bech32 = { encodeFromBytes(prefix: string, bytes: Uint8Array): string };

const ageDecrypt = (key: AgeKey, file: Buffer) => spawnSync("age", ["-d", "-i", key.identityFile], { input: file, maxBuffer: 64 * MiB });

describeWithAge("age v1 encryption with native ChaCha20-Poly1305", () => {
  let dir: string;
  let keys: AgeKey[];
  let encryptToRecipients: typeof Encrypt.encryptToRecipients;
  let ageV1: typeof AgeV1;
  let bech32: Bech32;
  const plaintexts = new Map<number, Buffer>();
  const encrypted = new Map<number, Buffer>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "age-stream-test-"));
    keys = [ageKeygen(dir), ageKeygen(dir)];
    for (const [name, entry] of [
      ["encrypt", "runtime/backup-agent/encrypt.ts"],
      ["age-v1", "runtime/backup-agent/age-v1.ts"],
    ]) {
      buildSync({ entryPoints: [path.join(ROOT, entry)], outfile: path.join(dir, `${name}.cjs`), bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" });
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    encryptToRecipients = (require(path.join(dir, "encrypt.cjs")) as typeof Encrypt).encryptToRecipients;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ageV1 = require(path.join(dir, "age-v1.cjs")) as typeof AgeV1;
    // @scure/base's bech32 encoder, to build recipients that are valid bech32 but not X25519.
    buildSync({ stdin: { contents: 'export { bech32 } from "@scure/base";', resolveDir: ROOT }, outfile: path.join(dir, "scure.cjs"), bundle: true, platform: "node", format: "cjs", logLevel: "warning" });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    bech32 = (require(path.join(dir, "scure.cjs")) as { bech32: Bech32 }).bech32;
    for (const size of SIZES) {
      const plaintext = randomBytes(size);
      plaintexts.set(size, plaintext);
      encrypted.set(size, await collect(await encryptToRecipients(unevenStream(plaintext), [keys[0].recipient])));
    }
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(SIZES)("the age tool decrypts %i bytes to the exact plaintext", (size) => {
    const result = ageDecrypt(keys[0], encrypted.get(size)!);
    expect(result.stderr.toString()).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.equals(plaintexts.get(size)!)).toBe(true);
  });

  it.each(SIZES)("seals %i bytes in ceil(n / 64 KiB) chunks (one empty chunk for 0 bytes, no empty chunk after a full last one)", (size) => {
    const file = encrypted.get(size)!;
    const chunks = Math.max(1, Math.ceil(size / CHUNK));
    expect(file.length - headerLength(file)).toBe(16 + size + chunks * TAG);
  });

  it("writes an age v1 header: version line, one X25519 stanza per recipient, MAC line", async () => {
    const file = await collect(await encryptToRecipients(Readable.from([Buffer.from("hello")]), [keys[0].recipient, keys[1].recipient]));
    const header = file.subarray(0, headerLength(file)).toString("latin1");
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> X25519 [A-Za-z0-9+/]{43}\n[A-Za-z0-9+/]{43}\n-> X25519 [A-Za-z0-9+/]{43}\n[A-Za-z0-9+/]{43}\n--- [A-Za-z0-9+/]{43}\n$/);
  });

  it("encrypts to two recipients so that each identity alone decrypts", async () => {
    const plaintext = randomBytes(3 * CHUNK + 5);
    const file = await collect(await encryptToRecipients(unevenStream(plaintext), [keys[0].recipient, keys[1].recipient]));
    for (const key of keys) {
      const result = ageDecrypt(key, file);
      expect(result.status).toBe(0);
      expect(result.stdout.equals(plaintext)).toBe(true);
    }
    const stranger = ageKeygen(dir);
    expect(ageDecrypt(stranger, file).status).not.toBe(0);
  });

  it("uses a fresh file key and nonce per file (the same plaintext encrypts differently)", async () => {
    const plaintext = Buffer.from("same bytes");
    const [a, b] = await Promise.all([0, 1].map(async () => collect(await encryptToRecipients(Readable.from([plaintext]), [keys[0].recipient]))));
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(headerLength(a)).equals(b.subarray(headerLength(b)))).toBe(false);
  });

  it("is decrypted by age-encryption's Decrypter too (every size, one and two recipients)", async () => {
    const twoRecipients = await collect(await encryptToRecipients(unevenStream(plaintexts.get(3 * CHUNK)!), [keys[0].recipient, keys[1].recipient]));
    const files: Array<{ file: string; identity: string; sha256: string }> = [];
    for (const size of SIZES) {
      const file = path.join(dir, `one-${size}.age`);
      fs.writeFileSync(file, encrypted.get(size)!);
      files.push({ file, identity: keys[0].identityFile, sha256: createHash("sha256").update(plaintexts.get(size)!).digest("hex") });
    }
    const two = path.join(dir, "two.age");
    fs.writeFileSync(two, twoRecipients);
    const sha = createHash("sha256").update(plaintexts.get(3 * CHUNK)!).digest("hex");
    files.push({ file: two, identity: keys[0].identityFile, sha256: sha }, { file: two, identity: keys[1].identityFile, sha256: sha });
    // age-encryption is ESM-only: it runs in its own Node process, resolved from the repository.
    const script = `
      import { Decrypter } from "age-encryption";
      import { createHash } from "node:crypto";
      import { readFileSync } from "node:fs";
      const out = [];
      for (const { file, identity } of JSON.parse(process.argv[1])) {
        const d = new Decrypter();
        d.addIdentity(readFileSync(identity, "utf8").split("\\n").find((l) => l.startsWith("AGE-SECRET-KEY-")));
        out.push(createHash("sha256").update(await d.decrypt(readFileSync(file))).digest("hex"));
      }
      console.log(JSON.stringify(out));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(files)], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual(files.map((f) => f.sha256));
  });

  it("fails to decrypt (age -d exits non-zero) when one payload byte, the header or the MAC is flipped", () => {
    const file = encrypted.get(3 * CHUNK)!;
    const header = headerLength(file);
    for (const offset of [header + 16 + 10, file.length - 1, header - 5, 30, header + 3]) {
      const tampered = Buffer.from(file);
      tampered[offset] ^= 0x01;
      expect({ offset, status: ageDecrypt(keys[0], tampered).status }).not.toEqual({ offset, status: 0 });
    }
  });

  it("fails to decrypt a truncated file: mid-chunk, at a chunk boundary (no final chunk), or the header alone", () => {
    const file = encrypted.get(3 * CHUNK)!;
    const payload = headerLength(file) + 16;
    for (const length of [file.length - 1, payload + 2 * (CHUNK + TAG), payload + CHUNK + TAG, payload, headerLength(file)]) {
      expect({ length, status: ageDecrypt(keys[0], file.subarray(0, length)).status }).not.toEqual({ length, status: 0 });
    }
  });

  it.each([
    ["an age identity (secret key)", "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"],
    ["an ssh key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB/mSlRWdfXH"],
    ["an empty string", ""],
  ])("rejects %s as a recipient without echoing it", async (_what, recipient) => {
    await expect(encryptToRecipients(Readable.from([Buffer.from("x")]), [recipient])).rejects.toThrow(/not an age X25519 recipient/);
    const message = (() => {
      try {
        ageV1.parseX25519Recipient(recipient);
        return "accepted";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/not an age X25519 recipient/);
    if (recipient) expect(message).not.toContain(recipient.slice(15, 40));
  });

  it("rejects a bad recipient before reading the plaintext, and closes the plaintext so its producer does not wait on it", async () => {
    let reads = 0;
    const plaintext = new Readable({
      read() {
        reads++;
        this.push(Buffer.alloc(CHUNK));
      },
    });
    await expect(encryptToRecipients(plaintext, [keys[0].recipient, "age1pq1" + "q".repeat(100)])).rejects.toThrow(/only X25519 recipients/);
    expect(plaintext.destroyed).toBe(true);
    expect(reads).toBe(0);
  });

  it("rejects an age1 string with a wrong checksum, a post-quantum recipient, a recipient of the wrong length or HRP, and a low-order point", async () => {
    const good = keys[0].recipient;
    const badChecksum = good.slice(0, -1) + (good.endsWith("q") ? "p" : "q");
    expect(() => ageV1.parseX25519Recipient(badChecksum)).toThrow(/not valid bech32/);
    expect(() => ageV1.parseX25519Recipient("age1pq1" + "q".repeat(100))).toThrow(/only X25519 recipients/);
    // Valid bech32 with HRP "age" but 16 or 33 bytes; and 32 bytes under another HRP.
    expect(() => ageV1.parseX25519Recipient(bech32.encodeFromBytes("age", randomBytes(16)))).toThrow(/32 bytes/);
    expect(() => ageV1.parseX25519Recipient(bech32.encodeFromBytes("age", randomBytes(33)))).toThrow(/32 bytes/);
    expect(() => ageV1.parseX25519Recipient(bech32.encodeFromBytes("age1x", randomBytes(32)))).toThrow(/HRP "age"/);
    expect(ageV1.parseX25519Recipient(good).publicKey).toHaveLength(32);
    // Well-formed but a low-order point: the shared secret would be all zeros.
    await expect(ageV1.createAgeEncryptStream([bech32.encodeFromBytes("age", new Uint8Array(32))])).rejects.toThrow(/not a usable X25519 public key/);
  });

  it("stops reading the plaintext a few chunks ahead while nobody reads the ciphertext (back-pressure)", async () => {
    let pulled = 0;
    const source = new Readable({
      read() {
        pulled += CHUNK;
        this.push(Buffer.alloc(CHUNK, 7));
        if (pulled >= 64 * MiB) this.push(null);
      },
    });
    const encryptedStream = await encryptToRecipients(source, [keys[0].recipient]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Measured 3 chunks: one in the source's buffer, one waiting at the encrypter's input, one held.
    expect(pulled).toBeLessThanOrEqual(4 * CHUNK);
    const all = await collect(encryptedStream);
    expect(all.length - headerLength(all)).toBe(16 + 64 * MiB + 1024 * TAG);
  });
});
