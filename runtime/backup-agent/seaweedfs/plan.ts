// What a SeaweedFS archive holds and which files a differential takes: pure functions, no I/O.
//
// Archive layout (a POSIX tar, pax headers for long or non-ASCII names):
//   files/<path relative to the job's root>   one entry per archived file, its bytes as served
//   .backup-index.json                         last entry: every directory and file present at
//                                              the snapshot (path, size, mtime), see BackupIndex
// Files live under `files/` so no file of the filer can be mistaken for the index.
import { createHash, randomBytes } from "node:crypto";

export const INDEX_NAME = ".backup-index.json";
export const FILES_PREFIX = "files/";

/** One path present at the snapshot; `path` is relative to the job's root, `/`-separated. */
export type IndexEntry =
  | { readonly path: string; readonly type: "file"; readonly size: number; readonly mtime: string }
  | { readonly path: string; readonly type: "dir"; readonly mtime: string };

/** The last entry of every SeaweedFS archive. */
export interface BackupIndex {
  readonly formatVersion: 1;
  readonly job: string;
  /** The filer directory the paths are relative to. */
  readonly root: string;
  readonly mode: "full" | "differential";
  /** This archive's object key. */
  readonly key: string;
  /** The full archive a differential applies on top of. */
  readonly baseKey?: string;
  /** When the listing began (the agent's clock). */
  readonly snapshotTime: string;
  readonly entries: readonly IndexEntry[];
}

/** What a full run leaves in its manifest for later differentials (manifest `details`). */
export interface FullRunDetails {
  readonly mode: "full";
  readonly snapshotTime: string;
  /** Random, per full: the fingerprints are not comparable across runs or guessable from a path list alone. */
  readonly fingerprintSalt: string;
  /** base64 of the sorted 8-byte fingerprints of every file the full archived as listed. */
  readonly fingerprints: string;
}

/**
 * A file written within this long before a full's snapshot time is taken again by the
 * differentials based on it: mtimes have one-second resolution and come from the filer's clock,
 * not the agent's, and a file may change while the full reads it.
 */
export const SNAPSHOT_MARGIN_MS = 10 * 60 * 1000;

const FINGERPRINT_BYTES = 8;

export function newFingerprintSalt(): string {
  return randomBytes(16).toString("base64");
}

/** 8 bytes of sha256(salt, path, size, mtime): equal only for the same file as listed. */
export function fingerprint(salt: string, entry: { path: string; size: number; mtime: string }): Buffer {
  return createHash("sha256").update(`${salt}\0${entry.path}\0${entry.size}\0${Date.parse(entry.mtime)}`).digest().subarray(0, FINGERPRINT_BYTES);
}

export function encodeFingerprints(salt: string, files: readonly { path: string; size: number; mtime: string }[]): string {
  const all = files.map((file) => fingerprint(salt, file));
  all.sort(Buffer.compare);
  return Buffer.concat(all).toString("base64");
}

export function decodeFingerprints(encoded: string): Set<string> {
  const bytes = Buffer.from(encoded, "base64");
  if (bytes.length % FINGERPRINT_BYTES !== 0) throw new Error(`fingerprints are ${bytes.length} bytes, not a multiple of ${FINGERPRINT_BYTES}`);
  const set = new Set<string>();
  for (let offset = 0; offset < bytes.length; offset += FINGERPRINT_BYTES) set.add(bytes.subarray(offset, offset + FINGERPRINT_BYTES).toString("hex"));
  return set;
}

/** The full a differential is taken against. */
export interface DifferentialBase {
  readonly key: string;
  readonly snapshotTime: string;
  readonly fingerprintSalt: string;
  readonly fingerprints: ReadonlySet<string>;
}

/**
 * The files a differential archives: those the base full did not hold exactly as they are listed
 * now (new, renamed, resized, or with another mtime), and those written since the base's snapshot
 * (less the margin), which the full may have read half-way or before a same-second rewrite.
 */
export function changedSince<T extends { path: string; size: number; mtime: string }>(files: readonly T[], base: DifferentialBase): T[] {
  const since = Date.parse(base.snapshotTime) - SNAPSHOT_MARGIN_MS;
  return files.filter((file) => !(Date.parse(file.mtime) < since) || !base.fingerprints.has(fingerprint(base.fingerprintSalt, file).toString("hex")));
}

/** Days each tier prefix is kept (BackupSchedule's lifecycle and lock). */
export interface TierRetentionDays {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}
export const DEFAULT_RETENTION_DAYS: TierRetentionDays = { daily: 7, weekly: 28, monthly: 180 };

/**
 * Whether a differential written now may rely on a full of `tier` created at `createdAt`: the
 * full must be kept at least as long as the differential (daily retention from now), with a
 * day to spare for lifecycle timing. With 7 / 28 / 180 days: a weekly full up to 20 days old, a
 * monthly one up to 172 days.
 */
export function baseOutlivesDifferential(tier: "weekly" | "monthly", createdAt: Date, now: Date, retention: TierRetentionDays): boolean {
  const dayMs = 24 * 3600 * 1000;
  const ageMs = now.getTime() - createdAt.getTime();
  return Number.isFinite(ageMs) && ageMs >= -dayMs && ageMs + (retention.daily + 1) * dayMs <= retention[tier] * dayMs;
}

/** `/buckets/rocketchat/a.png` under root `/buckets` → `rocketchat/a.png`. */
export function relativeToRoot(root: string, fullPath: string): string {
  const prefix = root === "/" ? "/" : `${root.replace(/\/+$/, "")}/`;
  if (!fullPath.startsWith(prefix)) throw new Error(`${fullPath} is not under ${root}`);
  return fullPath.slice(prefix.length);
}

/**
 * Checks a relative path from an archive or index before it touches a disk: no absolute paths, no
 * `..` or `.` segments, no empty segments, no NUL. Returns it unchanged.
 */
export function safeRelativePath(path: string): string {
  if (!path || path.startsWith("/") || path.includes("\0") || path.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error(`unsafe path in archive: ${JSON.stringify(path)}`);
  }
  return path;
}
