// The bucket side of a restore: a job's manifest, and its archive downloaded to a private temp
// file while its size and sha256 are computed (nothing is decrypted before they match).
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { Transform, type Readable } from "node:stream";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { BACKUP_TIERS, type BackupTier, type JobManifest, MANIFEST_SUFFIX } from "../backup-agent/contract";
import { RestoreError, messageOf } from "./errors";

export function s3Client(endpoint: string | undefined): S3Client {
  return new S3Client({
    region: "auto",
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle: true,
    // R2 implements only some checksum headers (contract §3), as for the agent.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/** Reads and checks `<key>.manifest.json`. */
export async function readManifest(client: S3Client, bucket: string, key: string): Promise<JobManifest> {
  let text: string;
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key + MANIFEST_SUFFIX }));
    text = await response.Body!.transformToString();
  } catch (error) {
    throw new RestoreError("manifest", `reading s3://${bucket}/${key}${MANIFEST_SUFFIX} failed: ${messageOf(error)}`);
  }
  let manifest: JobManifest;
  try {
    manifest = JSON.parse(text) as JobManifest;
  } catch {
    throw new RestoreError("manifest", `s3://${bucket}/${key}${MANIFEST_SUFFIX} is not JSON`);
  }
  if (manifest.formatVersion !== 1 || manifest.key !== key || !/^[0-9a-f]{64}$/.test(manifest.sha256 ?? "") || !/^[0-9a-f]{64}$/.test(manifest.plaintextSha256 ?? "") || !Number.isSafeInteger(manifest.bytes)) {
    throw new RestoreError("manifest", `s3://${bucket}/${key}${MANIFEST_SUFFIX} is not a version 1 manifest of this key`);
  }
  return manifest;
}

/**
 * The archive keys of one run found in the bucket (no Firestore): `<tier>/<job>/<runId>/…` for
 * each tier (or the given one) and each job prefix under it.
 */
export async function findRunKeys(client: S3Client, bucket: string, runId: string, tier?: BackupTier): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  try {
    for (const t of tier ? [tier] : BACKUP_TIERS) {
      for (const jobPrefix of await listAll(client, bucket, `${t}/`, "/")) {
        for (const key of await listAll(client, bucket, `${jobPrefix}${runId}/`)) {
          if (key.endsWith(MANIFEST_SUFFIX)) keys.set(jobPrefix.slice(t.length + 1, -1), key.slice(0, -MANIFEST_SUFFIX.length));
        }
      }
    }
  } catch (error) {
    throw new RestoreError("find-run", `listing s3://${bucket} for run ${runId} failed: ${messageOf(error)}`);
  }
  if (keys.size === 0) throw new RestoreError("find-run", `no manifest of run ${runId} in s3://${bucket}${tier ? ` under ${tier}/` : ""}`);
  return keys;
}

/** Keys (or, with a delimiter, common prefixes) under `prefix`, every page. */
async function listAll(client: S3Client, bucket: string, prefix: string, delimiter?: string): Promise<string[]> {
  const found: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: delimiter, ContinuationToken: token }));
    if (delimiter) found.push(...(page.CommonPrefixes ?? []).map((entry) => entry.Prefix!).filter(Boolean));
    else found.push(...(page.Contents ?? []).map((entry) => entry.Key!).filter(Boolean));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

/** Counts and hashes what passes through. */
export function measuring(): Transform & { bytes: number; sha256(): string } {
  const hash = createHash("sha256");
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      stream.bytes += chunk.length;
      hash.update(chunk);
      callback(null, chunk);
    },
  }) as Transform & { bytes: number; sha256(): string };
  stream.bytes = 0;
  stream.sha256 = () => hash.digest("hex");
  return stream;
}

/** A new file only this user can read (it must not exist). */
export function privateFile(file: string): fs.WriteStream {
  return fs.createWriteStream(file, { flags: "wx", mode: 0o600 });
}

/**
 * Streams the archive into `file` computing size and sha256, then compares both with the
 * manifest: a mismatch is refused here, before anything is decrypted.
 */
export async function downloadVerified(client: S3Client, bucket: string, manifest: JobManifest, file: string): Promise<void> {
  const measure = measuring();
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: manifest.key }));
    await pipeline(response.Body as Readable, measure, privateFile(file));
  } catch (error) {
    throw new RestoreError("download", `s3://${bucket}/${manifest.key}: ${messageOf(error)}`);
  }
  const sha256 = measure.sha256();
  if (measure.bytes !== manifest.bytes || sha256 !== manifest.sha256) {
    throw new RestoreError("verify-download", `s3://${bucket}/${manifest.key} does not match its manifest (stored ${measure.bytes} bytes, sha256 ${sha256}; manifest ${manifest.bytes} bytes, sha256 ${manifest.sha256}): refused before decrypting, nothing restored`);
  }
}
