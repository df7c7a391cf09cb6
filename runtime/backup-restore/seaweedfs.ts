// SeaweedFS side of a restore: the target directory (new or empty, a scratch one by default), the
// differential's base full (its manifest's `baseKey`, checked like the run's own archive), the tree
// rebuilt by restoreSeaweedfs (runtime/backup-agent/seaweedfs/restore.ts), and what is on disk
// afterwards counted against the manifest's `details` (files, bytes, directories the index lists).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { JobManifest } from "../backup-agent/contract";
import { restoreSeaweedfs, type SeaweedfsRestoreReport } from "../backup-agent/seaweedfs/restore";
import type { SeaweedfsRunDetails } from "../backup-agent/seaweedfs/source";
import { RestoreError, messageOf } from "./errors";

/** `details` of a SeaweedFS manifest, checked for what a restore relies on. */
export function seaweedfsDetails(manifest: JobManifest): SeaweedfsRunDetails {
  const details = (manifest.details ?? {}) as Partial<SeaweedfsRunDetails>;
  if (details.mode !== "full" && details.mode !== "differential") {
    throw new RestoreError("manifest", `${manifest.key}: details.mode is ${JSON.stringify(details.mode)}, not "full" or "differential": not a SeaweedFS backup this command can restore`);
  }
  if (details.mode === "differential" && (typeof details.baseKey !== "string" || !details.baseKey)) {
    throw new RestoreError("manifest", `${manifest.key} is a differential without details.baseKey: its base full cannot be found`);
  }
  return details as SeaweedfsRunDetails;
}

/** The base full's manifest must be a SeaweedFS full of the same job under the key the differential names. */
export function checkBaseManifest(differential: JobManifest, base: JobManifest): void {
  const details = (base.details ?? {}) as Partial<SeaweedfsRunDetails>;
  const wanted = (differential.details as Partial<SeaweedfsRunDetails>).baseKey;
  if (base.key !== wanted || base.kind !== "seaweedfs" || base.job !== differential.job || details.mode !== "full") {
    throw new RestoreError("manifest", `the base ${wanted} of ${differential.key} is not a SeaweedFS full of ${differential.job} (its manifest: kind ${base.kind}, job ${base.job}, mode ${JSON.stringify(details.mode)})`);
  }
}

/** The run id in an archive key `<tier>/<job>/<runId>/<job>.<ext>.age`. */
export function runIdOfKey(key: string): string | undefined {
  return key.split("/")[2];
}

/** What the manifest says the restored tree holds: the index's files, their bytes, its directories. */
export function expectedTree(details: SeaweedfsRunDetails): Record<string, number> | undefined {
  const { indexedFiles, indexedBytes, indexedDirectories } = details;
  if (![indexedFiles, indexedBytes, indexedDirectories].every((n) => Number.isSafeInteger(n))) return undefined;
  return { files: indexedFiles, bytes: indexedBytes, directories: indexedDirectories };
}

/** Files (and their bytes), directories and anything else under `root`, counted from the disk. */
export function measureTree(root: string): Record<string, number> {
  const counted = { files: 0, bytes: 0, directories: 0 };
  let other = 0;
  for (const dirent of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (dirent.isDirectory()) counted.directories++;
    else if (dirent.isFile()) {
      counted.files++;
      counted.bytes += fs.lstatSync(path.join(dirent.parentPath, dirent.name)).size;
    } else other++;
  }
  return other > 0 ? { ...counted, other } : counted;
}

/** `seaweedfs-restore-<stamp>` under `cwd`, or `-2`, `-3`, … when that one exists. */
export function defaultDirectory(cwd: string, stamp: string): string {
  const first = path.join(cwd, `seaweedfs-restore-${stamp}`);
  for (let i = 1; i <= 99; i++) {
    const candidate = i === 1 ? first : `${first}-${i}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
  throw new RestoreError("target", `${first} … ${first}-99 all exist; remove them or give --target <directory>`);
}

/**
 * Checked before anything is downloaded: the target is absent or an empty directory. A non-empty
 * one is refused unless `force`, and even then never the filesystem root, the home directory, or
 * the current directory or one of its parents (its contents are deleted before the restore).
 */
export function checkDirectoryTarget(target: string, force: boolean, cwd: string): { replaces: boolean } {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return { replaces: false };
  if (!stat.isDirectory()) throw new RestoreError("target", `${target} exists and is not a directory: give a new or empty directory`);
  const entries = fs.readdirSync(target);
  if (entries.length === 0) return { replaces: false };
  if (!force) throw new RestoreError("target", `${target} is not empty (${entries.length} entries): refused (give a new or empty directory, or add --force to delete its contents and restore into it)`);
  const fromHere = path.relative(target, path.resolve(cwd));
  if (target === path.parse(target).root || target === os.homedir() || !fromHere.startsWith("..")) {
    throw new RestoreError("target", `${target} is the filesystem root, the home directory, or the current directory or one of its parents: refused even with --force; give a directory of its own`);
  }
  return { replaces: true };
}

/** Empties a directory the operator allowed to be replaced (--force). */
export function emptyDirectory(target: string): void {
  for (const entry of fs.readdirSync(target)) fs.rmSync(path.join(target, entry), { recursive: true, force: true });
}

/** restoreSeaweedfs of the decrypted tars (the full, then the differential on top of it) into `target`. */
export async function restoreTree(options: { fullTar: string; differentialTar?: string; target: string }): Promise<SeaweedfsRestoreReport> {
  try {
    return await restoreSeaweedfs({
      full: fs.createReadStream(options.fullTar),
      ...(options.differentialTar ? { differential: fs.createReadStream(options.differentialTar) } : {}),
      target: options.target,
    });
  } catch (error) {
    throw new RestoreError("restore", `restoring into ${options.target}: ${messageOf(error)}`);
  }
}
