// dump → count + sha256 (plaintext) → age encrypt → count + sha256 (ciphertext) → multipart upload.
// One stream end to end: the dump tool blocks on its stdout when the upload is slower, so memory
// stays at ≈ (queue size + 2) × part size whatever the archive size (the parts in flight, plus the
// next part's chunks and lib-storage's Buffer.concat of them), and nothing reaches disk.
//
// A dump is only a backup if the tool exited 0 and wrote something (restic #4251 is the failure
// mode avoided here: a dump that died half-way stored as a "successful" snapshot). The check sits
// in the last transform's flush, i.e. before lib-storage can send the last part and
// CompleteMultipartUpload; failing there makes `Upload.done()` reject and abort the multipart
// upload, so no object appears under the key.
import { createHash } from "node:crypto";
import { pipeline, Transform } from "node:stream";
import { AbortMultipartUploadCommand, GetObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { type AgentErrorCode, type BackupJobSpec, type BackupTier, type JobManifest, MANIFEST_SUFFIX, MULTIPART_LIMITS, archiveKey } from "./contract";
import { type DumpSource, localDump } from "./dump-source";
import { createAgeEncryptStream } from "./age-v1";
import { type DumpCommand, dumpCommand, dumpCounts } from "./jobs";

export class JobError extends Error {
  override readonly name = "JobError";
  constructor(
    message: string,
    readonly code: AgentErrorCode,
  ) {
    super(message);
  }
}

export interface ArchiveTarget {
  readonly client: S3Client;
  readonly bucket: string;
  readonly partSizeBytes: number;
  readonly queueSize: number;
}

export interface ArchiveRequest {
  readonly runId: string;
  readonly tier: BackupTier;
  readonly job: BackupJobSpec;
  readonly recipients: readonly string[];
  readonly timeoutMs: number;
  /** Called with ciphertext bytes uploaded so far (progress logs). */
  readonly onProgress?: (loaded: number) => void;
  /**
   * Starts the dump.
   * @default localDump - the tool runs here as a child process
   */
  readonly startDump?: (command: DumpCommand, job: BackupJobSpec) => DumpSource;
  /** Aborts the job (the agent is stopping): the dump is stopped and the multipart upload aborted. */
  readonly signal?: AbortSignal;
}

/** Checks the part size against the multipart limits; throws with the fix. */
export function checkPartSize(partSizeBytes: number): void {
  if (!Number.isInteger(partSizeBytes) || partSizeBytes < MULTIPART_LIMITS.minPartBytes || partSizeBytes > MULTIPART_LIMITS.maxPartBytes) {
    throw new Error(`part size ${partSizeBytes} bytes is outside ${MULTIPART_LIMITS.minPartBytes}..${MULTIPART_LIMITS.maxPartBytes} (S3/R2 multipart limits)`);
  }
}

/** Streams one job's dump, encrypted, into the bucket and writes its manifest. */
export async function archiveJob(target: ArchiveTarget, request: ArchiveRequest): Promise<JobManifest> {
  checkPartSize(target.partSizeBytes);
  if (request.recipients.length === 0) throw new JobError("no age recipients configured", "bad-request");
  // The encrypter (recipients parsed, header made) before the dump starts: a recipient it refuses
  // must not cost a dump.
  let encrypted: Transform;
  try {
    encrypted = await createAgeEncryptStream(request.recipients);
  } catch (error) {
    throw new JobError((error as Error).message, "bad-request");
  }
  const command = dumpCommand(request.job);
  const key = archiveKey(request.tier, request.job.name, request.runId, command.extension);
  const started = Date.now();

  let dump: DumpSource;
  try {
    dump = (request.startDump ?? localDump)(command, request.job);
  } catch (error) {
    throw new JobError(`${command.executable} could not start: ${error instanceof Error ? error.message : String(error)}`, "dump-failed");
  }
  const { exited } = dump;

  let plaintextBytes = 0;
  const plaintextHash = createHash("sha256");
  const measurePlaintext = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      plaintextBytes += chunk.length;
      plaintextHash.update(chunk);
      callback(null, chunk);
    },
  });
  pipeline(dump.stdout, measurePlaintext, encrypted, () => undefined);

  let bytes = 0;
  const hash = createHash("sha256");
  let failure: JobError | undefined;
  let counts: Record<string, number> | undefined;
  const seal = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      exited.then(
        ({ code, signal }) => {
          // A job already stopped (timeout, agent stopping) keeps that cause: the dump's exit is its consequence.
          if (failure) return callback(failure);
          if (code !== 0) failure = new JobError(`${dump.label} exited with ${code ?? signal}: ${dump.stderrTail().trim().slice(-500)}`, "dump-failed");
          else if (plaintextBytes === 0) failure = new JobError(`${dump.label} exited 0 but wrote 0 bytes`, "empty-dump");
          else {
            // Counts are part of the backup (the restore drill checks them): without them the
            // job fails here too, before the upload completes.
            try {
              counts = dumpCounts(request.job.kind, (marker) => dump.stderrLines(marker));
            } catch (error) {
              failure = new JobError(`${dump.label}: ${(error as Error).message}: ${dump.stderrTail().trim().slice(-300)}`, "dump-failed");
            }
          }
          callback(failure);
        },
        (error: Error) => callback((failure = new JobError(`${dump.label} could not run: ${error.message}`, "dump-failed"))),
      );
    },
  });
  pipeline(encrypted, seal, () => undefined);

  const upload = new Upload({
    client: target.client,
    params: { Bucket: target.bucket, Key: key, Body: seal, ContentType: "application/age-encrypted" },
    partSize: target.partSizeBytes,
    queueSize: target.queueSize,
    leavePartsOnError: false,
  });
  if (request.onProgress) upload.on("httpUploadProgress", (progress) => request.onProgress!(progress.loaded ?? 0));
  const timer = setTimeout(() => {
    failure = new JobError(`job exceeded ${Math.round(request.timeoutMs / 1000)} s`, "timeout");
    dump.kill("SIGKILL");
    void upload.abort();
  }, request.timeoutMs);
  const stop = () => {
    failure ??= new JobError("the agent is stopping; the job was stopped and its upload aborted", "agent-stopped");
    dump.kill("SIGTERM");
    void upload.abort();
  };
  if (request.signal?.aborted) stop();
  request.signal?.addEventListener("abort", stop, { once: true });
  try {
    await upload.done();
  } catch (error) {
    // The dump must not keep running (or block on a full pipe) once the upload is gone.
    dump.kill("SIGTERM");
    await exited.catch(() => undefined);
    // After abort() (timeout, agent stopping) lib-storage's done() rejects at once while its own
    // AbortMultipartUpload waits for the part uploaders to wind down: send it here, before the
    // caller moves on (or the process exits), so no upload stays open. A second abort is harmless.
    if (upload.uploadId) {
      await target.client.send(new AbortMultipartUploadCommand({ Bucket: target.bucket, Key: key, UploadId: upload.uploadId })).catch(() => undefined);
    }
    throw failure ?? new JobError(`upload of ${key} failed: ${error instanceof Error ? error.message : String(error)}`, "upload-failed");
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", stop);
  }

  const finished = Date.now();
  const manifest: JobManifest = {
    formatVersion: 1,
    runId: request.runId,
    job: request.job.name,
    kind: request.job.kind,
    tier: request.tier,
    key,
    bytes,
    sha256: hash.digest("hex"),
    plaintextBytes,
    plaintextSha256: plaintextHash.digest("hex"),
    recipients: [...request.recipients],
    partSizeBytes: target.partSizeBytes,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    ...(counts ? { counts } : {}),
    ...(dump.details ? { details: dump.details() } : {}),
  };
  await target.client.send(new PutObjectCommand({ Bucket: target.bucket, Key: key + MANIFEST_SUFFIX, Body: JSON.stringify(manifest, null, 2), ContentType: "application/json" }));
  return manifest;
}

/** Reads a stored object back and recomputes its size and sha256 (streamed). */
export async function measureObject(client: S3Client, bucket: string, key: string): Promise<{ bytes: number; sha256: string }> {
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of response.Body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { bytes, sha256: hash.digest("hex") };
}

/** Reads a job's manifest. */
export async function readManifest(client: S3Client, bucket: string, key: string): Promise<JobManifest> {
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key + MANIFEST_SUFFIX }));
  return JSON.parse(await response.Body!.transformToString()) as JobManifest;
}
