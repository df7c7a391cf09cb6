// A SeaweedFS job as a dump source: the agent walks the filer's directory tree over its HTTP API
// and writes a tar stream (tar-stream) that the archive pipeline encrypts and uploads like any
// other dump (archive.ts). Weekly and monthly runs are full; a daily run is a differential against
// the newest full that outlives it (base.ts), or a full when there is none (and says why).
//
//   1. list every directory under the job's root, page by page (filer.ts)
//   2. choose the files: all (full) or those changed since the base full (plan.ts changedSince)
//   3. per file: GET, a tar entry of the announced length, the body streamed into it
//   4. last entry: `.backup-index.json`, every directory and file present at the snapshot
//
// Nothing reaches the disk; back-pressure runs from the upload through the tar stream to the
// filer's HTTP response. A file the filer serves with another length than the listing said was
// rewritten since: the archive takes what the filer serves (Content-Length), and the index records
// that length. A file gone since the listing (404) is left out of the archive and the index. A body
// that ends before (or runs past) its announced length fails the job: the tar header already
// promised the length, and a silently shortened file is no backup.
import { once } from "node:events";
import { PassThrough } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import * as tar from "tar-stream";
import { archiveKey, type BackupJobSpec, type BackupTier } from "../contract";
import { type DumpExit, type DumpSource, StderrCollector } from "../dump-source";
import { findDifferentialBase } from "./base";
import { FILE_MODE_BITS, FilerClient, FilerError } from "./filer";
import {
  type BackupIndex,
  changedSince,
  DEFAULT_RETENTION_DAYS,
  type DifferentialBase,
  encodeFingerprints,
  FILES_PREFIX,
  INDEX_NAME,
  type IndexEntry,
  newFingerprintSalt,
  relativeToRoot,
} from "./plan";

export type SeaweedfsJob = Extract<BackupJobSpec, { kind: "seaweedfs" }>;

/** Archive extension before `.age` (jobs.ts dumpCommand gives the same). */
export const SEAWEEDFS_EXTENSION = "tar";

export interface SeaweedfsDumpOptions {
  readonly job: SeaweedfsJob;
  readonly tier: BackupTier;
  readonly runId: string;
  /** The backup bucket, where a daily run looks for its base full. */
  readonly client: S3Client;
  readonly bucket: string;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Decisions worth a log line (full or differential, and why). */
  readonly onEvent?: (message: string, fields: Record<string, unknown>) => void;
}

/** Manifest `details` of a SeaweedFS run. */
export interface SeaweedfsRunDetails {
  readonly mode: "full" | "differential";
  /** The full this differential applies on top of. */
  readonly baseKey?: string;
  readonly baseSnapshotTime?: string;
  /** Why a daily run is full. */
  readonly fullBecause?: string;
  readonly root: string;
  readonly snapshotTime: string;
  /** Files archived and their bytes. */
  readonly files: number;
  readonly bytes: number;
  /** What the index lists as present. */
  readonly indexedFiles: number;
  readonly indexedDirectories: number;
  readonly indexedBytes: number;
  /** Listed but gone when read (left out). */
  readonly vanished: number;
  /** Served with another length than listed (archived as served). */
  readonly changedWhileReading: number;
  /** Symlinks and special files: not archived. */
  readonly skipped: number;
  /** Full runs: what later differentials compare against (plan.ts). */
  readonly fingerprintSalt?: string;
  readonly fingerprints?: string;
}

interface ListedFile {
  readonly path: string;
  readonly fullPath: string;
  size: number;
  readonly mtime: string;
  readonly mode: number;
  /** Gone (404) or rewritten while the run read it. */
  state: "listed" | "vanished" | "changed";
}

export function seaweedfsDump(options: SeaweedfsDumpOptions): DumpSource {
  const root = normalizeRoot(options.job.path ?? "/");
  const controller = new AbortController();
  const filer = new FilerClient(options.job.filerUrl, { pageSize: options.job.pageSize, signal: controller.signal });
  const stdout = new PassThrough();
  const pack = tar.pack();
  const stderr = new StderrCollector();
  let details: SeaweedfsRunDetails | undefined;

  let settled = false;
  let resolveExit!: (exit: DumpExit) => void;
  const exited = new Promise<DumpExit>((resolve) => (resolveExit = resolve));
  const finish = (exit: DumpExit) => {
    if (settled) return;
    settled = true;
    if (!stdout.writableEnded) stdout.end();
    resolveExit(exit);
  };

  // tar-stream's pack is a streamx stream: copied into a Node stream, one chunk per drain.
  const copied = (async () => {
    for await (const chunk of pack as AsyncIterable<Uint8Array>) {
      if (settled) return; // killed: stdout is ended
      if (!stdout.write(chunk)) await once(stdout, "drain", { signal: controller.signal });
    }
  })();
  copied.catch(() => undefined);

  run(options, root, filer, pack, controller.signal).then(
    async (result) => {
      pack.finalize();
      try {
        await copied;
      } catch (error) {
        return fail(error);
      }
      details = result;
      finish({ code: 0, signal: null });
    },
    (error) => fail(error),
  );

  async function fail(error: unknown): Promise<void> {
    if (settled) return;
    stderr.push(`${error instanceof Error ? error.message : String(error)}\n`);
    controller.abort();
    pack.destroy();
    await copied.catch(() => undefined);
    finish({ code: 1, signal: null });
  }

  return {
    stdout,
    exited,
    stderrTail: () => stderr.tailText(),
    stderrLines: () => [],
    kill: (signal = "SIGTERM") => {
      if (settled) return;
      stderr.push(`stopped (${signal})\n`);
      controller.abort();
      pack.destroy();
      finish({ code: null, signal });
    },
    label: `seaweedfs ${filer.baseUrl}${root}`,
    details: () => (details ? { ...details } : {}),
  };
}

async function run(options: SeaweedfsDumpOptions, root: string, filer: FilerClient, pack: tar.Pack, signal: AbortSignal): Promise<SeaweedfsRunDetails> {
  const now = options.now ?? (() => new Date());
  const key = archiveKey(options.tier, options.job.name, options.runId, SEAWEEDFS_EXTENSION);

  let base: DifferentialBase | undefined;
  let fullBecause: string | undefined;
  if (options.tier === "daily") {
    let lookup;
    try {
      lookup = await findDifferentialBase(options.client, options.bucket, options.job.name, now(), options.job.retentionDays ?? DEFAULT_RETENTION_DAYS);
    } catch (error) {
      throw new Error(`looking for the base full in s3://${options.bucket}/{weekly,monthly}/${options.job.name}/ failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    base = lookup.base;
    if (!lookup.base) fullBecause = lookup.reason;
  }
  options.onEvent?.(base ? "seaweedfs differential" : "seaweedfs full", { root, baseKey: base?.key, baseSnapshotTime: base?.snapshotTime, fullBecause });

  // 1. The listing: the snapshot is what it shows.
  const snapshotTime = now().toISOString();
  const files: ListedFile[] = [];
  const directories: IndexEntry[] = [];
  let skipped = 0;
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    const children: string[] = [];
    for await (const entry of filer.list(directory)) {
      const path = relativeToRoot(root, entry.FullPath);
      const mtime = isoTime(entry.Mtime, entry.FullPath);
      if (entry.Mode & FILE_MODE_BITS.dir) {
        directories.push({ path, type: "dir", mtime });
        children.push(entry.FullPath);
      } else if ((entry.Mode & FILE_MODE_BITS.type) === 0) {
        if (!Number.isSafeInteger(entry.FileSize) || entry.FileSize < 0) throw new FilerError(`listing ${directory}: ${entry.FullPath} has FileSize ${JSON.stringify(entry.FileSize)}`);
        files.push({ path, fullPath: entry.FullPath, size: entry.FileSize, mtime, mode: entry.Mode & FILE_MODE_BITS.permissions, state: "listed" });
      } else skipped++;
    }
    // Depth first, in name order.
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }

  // 2. What this run archives.
  const chosen = base ? changedSince(files, base) : files;

  // 3. The files.
  let bytes = 0;
  let archived = 0;
  for (const file of chosen) {
    if (signal.aborted) throw new Error("stopped");
    const opened = await filer.open(file.fullPath);
    if (!opened) {
      file.state = "vanished";
      continue;
    }
    const size = opened.contentLength ?? file.size;
    if (size !== file.size) {
      file.state = "changed";
      file.size = size;
    }
    const header = { name: FILES_PREFIX + file.path, size, mtime: new Date(file.mtime), mode: file.mode || 0o644, type: "file" as const };
    await writeEntry(pack, header, opened.body, `reading ${file.fullPath}`, signal);
    archived++;
    bytes += size;
  }

  // 4. The index, last.
  const present = files.filter((file) => file.state !== "vanished");
  const index: BackupIndex = {
    formatVersion: 1,
    job: options.job.name,
    root,
    mode: base ? "differential" : "full",
    key,
    ...(base ? { baseKey: base.key } : {}),
    snapshotTime,
    entries: [...directories, ...present.map((file): IndexEntry => ({ path: file.path, type: "file", size: file.size, mtime: file.mtime }))],
  };
  const indexBytes = Buffer.from(JSON.stringify(index));
  await writeEntry(pack, { name: INDEX_NAME, size: indexBytes.length, mtime: new Date(snapshotTime), mode: 0o644, type: "file" }, [indexBytes], `writing ${INDEX_NAME}`, signal);

  const fingerprints = base ? undefined : (() => {
    const salt = newFingerprintSalt();
    // A file rewritten while it was read is left out: the next differential takes it again.
    return { fingerprintSalt: salt, fingerprints: encodeFingerprints(salt, present.filter((file) => file.state === "listed")) };
  })();
  return {
    mode: index.mode,
    ...(base ? { baseKey: base.key, baseSnapshotTime: base.snapshotTime } : {}),
    ...(fullBecause ? { fullBecause } : {}),
    root,
    snapshotTime,
    files: archived,
    bytes,
    indexedFiles: present.length,
    indexedDirectories: directories.length,
    indexedBytes: present.reduce((sum, file) => sum + file.size, 0),
    vanished: files.length - present.length,
    changedWhileReading: files.filter((file) => file.state === "changed").length,
    skipped,
    ...fingerprints,
  };
}

/** One tar entry whose body must be exactly `header.size` bytes. */
async function writeEntry(pack: tar.Pack, header: Partial<tar.Header> & { name: string; size: number }, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, what: string, signal: AbortSignal): Promise<void> {
  let written: () => void;
  let refused: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => ((written = resolve), (refused = reject)));
  done.catch(() => undefined);
  const entry = pack.entry(header, (error) => (error ? refused(error) : written()));
  let length = 0;
  try {
    for await (const chunk of body) {
      length += chunk.length;
      if (length > header.size) throw new Error(`${what}: the filer sent more than the ${header.size} bytes it announced (the file changed while it was read)`);
      if (!entry.write(chunk)) await once(entry as unknown as NodeJS.EventEmitter, "drain", { signal });
    }
  } catch (error) {
    entry.destroy();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message.startsWith(what) ? message : `${what}: ${message}`} (after ${length} of ${header.size} bytes)`);
  }
  if (length !== header.size) {
    entry.destroy();
    throw new Error(`${what}: the body ended after ${length} of ${header.size} bytes (the filer failed mid-file, or the file changed while it was read)`);
  }
  (entry as unknown as { end(): void }).end();
  await done;
}

function normalizeRoot(path: string): string {
  const trimmed = `/${path}`.replace(/\/+/g, "/").replace(/\/$/, "");
  return trimmed || "/";
}

function isoTime(value: string, what: string): string {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new FilerError(`${what} has Mtime ${JSON.stringify(value)}, not a time`);
  return new Date(ms).toISOString();
}
