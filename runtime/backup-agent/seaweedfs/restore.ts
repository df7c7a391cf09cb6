// Restores SeaweedFS files into a local directory: the newest full, then (optionally) the newest
// differential taken against it, then the differential's index decides what exists: files and
// directories it does not list were deleted after the full and are removed; every file it lists
// must now be there with its size. The streams are the decrypted tars (age -d, or the restore
// command's decrypt); copying the directory back into SeaweedFS is a separate step (README).
import { once } from "node:events";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as tar from "tar-stream";
import { type BackupIndex, FILES_PREFIX, INDEX_NAME, type IndexEntry, safeRelativePath } from "./plan";

export interface SeaweedfsRestoreOptions {
  /** The decrypted tar of a full run (weekly, monthly, or a daily that had no base). */
  readonly full: Readable;
  /** The decrypted tar of a differential whose base is that full. @default - none: the full alone */
  readonly differential?: Readable;
  /** A directory that does not exist or is empty; the job's root is restored into it. */
  readonly target: string;
}

export interface SeaweedfsRestoreReport {
  readonly root: string;
  readonly fullKey: string;
  readonly differentialKey?: string;
  readonly snapshotTime: string;
  /** Files and their bytes as restored (what the index lists). */
  readonly files: number;
  readonly bytes: number;
  readonly directories: number;
  /** Files the full held that the differential's index no longer lists (deleted since). */
  readonly deleted: number;
}

export class SeaweedfsRestoreError extends Error {
  override readonly name = "SeaweedfsRestoreError";
  constructor(
    message: string,
    /** Indexed files that are absent or of another size after extraction. */
    readonly missing: readonly string[] = [],
  ) {
    super(message);
  }
}

export async function restoreSeaweedfs(options: SeaweedfsRestoreOptions): Promise<SeaweedfsRestoreReport> {
  const target = path.resolve(options.target);
  fs.mkdirSync(target, { recursive: true });
  if (fs.readdirSync(target).length > 0) throw new SeaweedfsRestoreError(`${target} is not empty; restore into a new directory`);

  const full = await extract(options.full, target, "full");
  if (full.index.mode !== "full") throw new SeaweedfsRestoreError(`the first archive (${full.index.key}) is a ${full.index.mode}, not a full`);
  checkExtracted(full, full.index, "full");
  let index = full.index;
  let deleted = 0;
  if (options.differential) {
    const differential = await extract(options.differential, target, "differential");
    const diffIndex = differential.index;
    if (diffIndex.mode !== "differential") throw new SeaweedfsRestoreError(`the second archive (${diffIndex.key}) is a ${diffIndex.mode}; restore a full alone`);
    if (diffIndex.baseKey !== full.index.key) throw new SeaweedfsRestoreError(`the differential ${diffIndex.key} was taken against ${diffIndex.baseKey}, not against ${full.index.key}`);
    if (diffIndex.root !== full.index.root || diffIndex.job !== full.index.job) throw new SeaweedfsRestoreError(`the differential is of ${diffIndex.job} ${diffIndex.root}, the full of ${full.index.job} ${full.index.root}`);
    checkExtracted(differential, diffIndex, "differential");
    deleted = prune(target, diffIndex);
    index = diffIndex;
  }

  // Every indexed directory exists (also empty ones); every indexed file is here with its size.
  const missing: string[] = [];
  let bytes = 0;
  let files = 0;
  for (const entry of index.entries) {
    const where = path.join(target, entry.path);
    if (entry.type === "dir") {
      fs.mkdirSync(where, { recursive: true });
      continue;
    }
    files++;
    bytes += entry.size;
    const stat = fs.statSync(where, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== entry.size) missing.push(entry.path);
  }
  if (missing.length > 0) {
    throw new SeaweedfsRestoreError(`${missing.length} indexed file(s) are absent or of another size after the restore, e.g. ${missing.slice(0, 5).join(", ")}`, missing);
  }
  // Times last (creating files changes their directories' mtimes); directories deepest first.
  for (const entry of index.entries) if (entry.type === "file") setTime(path.join(target, entry.path), entry.mtime);
  const dirs = index.entries.filter((entry) => entry.type === "dir").sort((a, b) => b.path.split("/").length - a.path.split("/").length);
  for (const entry of dirs) setTime(path.join(target, entry.path), entry.mtime);

  return {
    root: index.root,
    fullKey: full.index.key,
    ...(options.differential ? { differentialKey: index.key } : {}),
    snapshotTime: index.snapshotTime,
    files,
    bytes,
    directories: dirs.length,
    deleted,
  };
}

interface Extracted {
  readonly index: BackupIndex;
  /** Files written from this archive → their sizes. */
  readonly written: ReadonlyMap<string, number>;
}

/** Writes the archive's files under `target` and returns its index (which must be the last entry). */
async function extract(input: Readable, target: string, which: string): Promise<Extracted> {
  const extractor = tar.extract();
  // tar-stream's extractor is a streamx stream: fed chunk by chunk, waiting for its drain.
  const feeding = (async () => {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (!extractor.write(chunk)) await once(extractor as unknown as NodeJS.EventEmitter, "drain");
    }
    (extractor as unknown as { end(): void }).end();
  })();
  feeding.catch((error: Error) => extractor.destroy(error));
  const written = new Map<string, number>();
  let indexText: string | undefined;
  try {
    for await (const entry of extractor) {
      const name = entry.header.name;
      if (indexText !== undefined) throw new SeaweedfsRestoreError(`the ${which} archive has entries after its index (${name})`);
      if (entry.header.type !== "file") throw new SeaweedfsRestoreError(`the ${which} archive holds a ${entry.header.type} entry (${name}); only files are expected`);
      if (name === INDEX_NAME) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
        indexText = Buffer.concat(chunks).toString("utf8");
        continue;
      }
      if (!name.startsWith(FILES_PREFIX)) throw new SeaweedfsRestoreError(`the ${which} archive holds ${JSON.stringify(name)}, outside ${FILES_PREFIX}`);
      const relative = checked(name.slice(FILES_PREFIX.length), which);
      const file = makeRoomFor(target, relative);
      await pipeline(entry as AsyncIterable<Buffer>, fs.createWriteStream(file, { mode: 0o600 }));
      written.set(relative, entry.header.size ?? 0);
    }
    await feeding;
  } catch (error) {
    input.destroy();
    extractor.destroy();
    if (error instanceof SeaweedfsRestoreError) throw error;
    throw new SeaweedfsRestoreError(`reading the ${which} archive failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (indexText === undefined) throw new SeaweedfsRestoreError(`the ${which} archive ends without ${INDEX_NAME}: it is truncated or not a SeaweedFS backup`);
  let index: BackupIndex;
  try {
    index = JSON.parse(indexText) as BackupIndex;
  } catch {
    throw new SeaweedfsRestoreError(`the ${which} archive's ${INDEX_NAME} is not JSON`);
  }
  if (index.formatVersion !== 1 || !Array.isArray(index.entries) || typeof index.key !== "string") throw new SeaweedfsRestoreError(`the ${which} archive's ${INDEX_NAME} is not a version 1 index`);
  for (const entry of index.entries) checked(entry.path, which);
  return { index, written };
}

/** Every file the archive wrote is listed in its own index with the same size (a differential holds a subset; a full, all). */
function checkExtracted(archive: Extracted, index: BackupIndex, which: string): void {
  const files = new Map(index.entries.filter((entry): entry is Extract<IndexEntry, { type: "file" }> => entry.type === "file").map((entry) => [entry.path, entry.size]));
  for (const [file, size] of archive.written) {
    if (files.get(file) !== size) throw new SeaweedfsRestoreError(`the ${which} archive holds ${file} (${size} bytes), which its index lists ${files.has(file) ? `with ${files.get(file)} bytes` : "not at all"}`);
  }
  if (index.mode === "full" && archive.written.size !== files.size) {
    const absent = [...files.keys()].filter((file) => !archive.written.has(file));
    throw new SeaweedfsRestoreError(`the full archive lacks ${absent.length} file(s) its index lists, e.g. ${absent.slice(0, 5).join(", ")}`, absent);
  }
}

/** Removes every file and directory under `target` that the index does not list; returns the files removed. */
function prune(target: string, index: BackupIndex): number {
  const listed = new Map(index.entries.map((entry) => [entry.path, entry.type]));
  let removed = 0;
  const walk = (relative: string) => {
    for (const dirent of fs.readdirSync(path.join(target, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${dirent.name}` : dirent.name;
      const kind = listed.get(child);
      if (dirent.isDirectory()) {
        if (kind === "dir") walk(child);
        else {
          removed += countFiles(path.join(target, child));
          fs.rmSync(path.join(target, child), { recursive: true });
        }
      } else if (kind !== "file") {
        fs.rmSync(path.join(target, child));
        removed++;
      }
    }
  };
  walk("");
  return removed;
}

/**
 * The path where `relative` is written, its directories created. What an earlier archive left in
 * the way is removed: a directory where the file now is, a file where one of its directories now is.
 */
function makeRoomFor(target: string, relative: string): string {
  const segments = relative.split("/");
  let at = target;
  for (const segment of segments.slice(0, -1)) {
    at = path.join(at, segment);
    const stat = fs.lstatSync(at, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) fs.rmSync(at);
    if (!stat?.isDirectory()) fs.mkdirSync(at);
  }
  const file = path.join(at, segments[segments.length - 1]);
  if (fs.lstatSync(file, { throwIfNoEntry: false })?.isDirectory()) fs.rmSync(file, { recursive: true });
  return file;
}

function countFiles(directory: string): number {
  return fs.readdirSync(directory, { withFileTypes: true, recursive: true }).filter((dirent) => !dirent.isDirectory()).length;
}

function checked(relative: string, which: string): string {
  try {
    return safeRelativePath(relative);
  } catch (error) {
    throw new SeaweedfsRestoreError(`the ${which} archive: ${(error as Error).message}`);
  }
}

function setTime(file: string, iso: string): void {
  const time = new Date(iso);
  if (Number.isFinite(time.getTime())) fs.utimesSync(file, time, time);
}
