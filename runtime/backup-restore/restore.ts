// One restore of a backup run (or the restore drill): find the run → per job: manifest → download
// + sha256 → decrypt + sha256 → restore into a scratch database (SeaweedFS: a directory) → counts
// against the manifest's.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { S3Client } from "@aws-sdk/client-s3";
import type { JobManifest } from "../backup-agent/contract";
import type { FirestoreRestClient } from "../lib/firestore-rest";
import { compareCounts, total } from "./counts";
import { decryptVerified, type Identities, readIdentities } from "./decrypt";
import { RestoreError, messageOf } from "./errors";
import { DEFAULT_MONGO_TARGET, dropDatabases, expectedAfterRenames, mongorestore, planRenames } from "./mongodb";
import { downloadVerified, findRunKeys, readManifest, s3Client } from "./objects";
import { type RestoreOptions, scratchStamp } from "./options";
import { countRows, dropDatabase, dumpedDatabase, pgRestore, postgresServer, prepareTarget } from "./postgres";
import { DrillRecorder, type DrillJobRecord, drillIdFor, firestoreFromEnv, latestVerifiedRun, readRun } from "./runs";
import type { SeaweedfsRunDetails } from "../backup-agent/seaweedfs/source";
import { checkBaseManifest, checkDirectoryTarget, defaultDirectory, emptyDirectory, expectedTree, measureTree, restoreTree, runIdOfKey, seaweedfsDetails } from "./seaweedfs";

export interface JobReport {
  readonly job: string;
  readonly kind?: JobManifest["kind"];
  readonly key: string;
  /** restored (restore), verified (drill: restored and counts equal), decrypted (--decrypt-to), skipped, failed. */
  readonly outcome: "restored" | "verified" | "decrypted" | "skipped" | "failed";
  readonly bytes?: number;
  readonly sha256?: string;
  readonly plaintextBytes?: number;
  readonly decryptedWith?: "age" | "library";
  /** postgres: the database URL (no password); mongodb: the URI's host and the restored databases; seaweedfs: the directory. */
  readonly target?: string;
  readonly databases?: readonly string[];
  readonly file?: string;
  /** seaweedfs differential: the full it was restored on top of (verified like the run's own archive). */
  readonly base?: { readonly key: string; readonly bytes: number; readonly sha256: string; readonly plaintextBytes: number };
  /** seaweedfs differential with --decrypt-to: the base full's decrypted tar. */
  readonly baseFile?: string;
  /** seaweedfs: the listing time the restored tree is from, and the files deleted since the full (removed). */
  readonly snapshotTime?: string;
  readonly deleted?: number;
  readonly expectedCounts?: Readonly<Record<string, number>>;
  readonly actualCounts?: Readonly<Record<string, number>>;
  readonly differences?: readonly string[];
  readonly note?: string;
  readonly error?: string;
  readonly cleanupError?: string;
  readonly durationMs: number;
  readonly stepsMs: Readonly<Record<string, number>>;
}

export interface RestoreReport {
  readonly runId: string;
  readonly drillId?: string;
  readonly state: "restored" | "verified" | "failed";
  readonly jobs: readonly JobReport[];
  readonly error?: string;
}

export interface RestoreDependencies {
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: () => Date;
  /** Progress lines (stderr). */
  readonly log?: (line: string) => void;
  readonly s3?: S3Client;
  readonly firestore?: FirestoreRestClient;
  /** Where the default SeaweedFS directory is made. @default process.cwd() */
  readonly cwd?: string;
}

interface Context {
  readonly options: RestoreOptions;
  readonly s3: S3Client;
  readonly identities: Identities;
  readonly stamp: string;
  readonly log: (line: string) => void;
  readonly cwd: string;
  /** Cross-checks a differential's base full against its run's record, when Firestore is consulted. */
  readonly firestore?: FirestoreRestClient;
  /** SeaweedFS job → the directory it is restored into (not for the drill, which makes scratch ones). */
  readonly directories: ReadonlyMap<string, string>;
}

const DRILL_KINDS: ReadonlySet<string> = new Set(["postgres", "mongodb", "seaweedfs"]);

export async function runRestore(options: RestoreOptions, deps: RestoreDependencies = {}): Promise<RestoreReport> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = now();
  const s3 = deps.s3 ?? s3Client(options.endpoint);
  const identities = await readIdentities(options.identityFile);

  // The run and its jobs' keys: Firestore's record, or (a named run without Firestore) the bucket.
  let firestore = deps.firestore;
  if (!firestore && options.gcpProject) firestore = firestoreFromEnv({ projectId: options.gcpProject, databaseId: options.firestoreDatabase }, env);
  if (!firestore && (!options.runId || options.drill)) {
    throw new RestoreError("options", `${options.drill ? "--drill records its result in" : "without --run, the newest verified run comes from"} Firestore: give --project <gcp project> (or GOOGLE_CLOUD_PROJECT)`);
  }
  let runId: string;
  let keys: Map<string, string>;
  let recorded: Record<string, { sha256?: string }> = {};
  if (firestore) {
    const run = options.runId ? await readRun(firestore, options.runId) : await latestVerifiedRun(firestore);
    runId = run.runId;
    if (run.state !== "verified") {
      if (options.drill) throw new RestoreError("find-run", `run ${runId} is ${run.state}, not verified: the drill restores verified runs only`);
      log(`warning: run ${runId} is ${run.state}, not verified; restoring its jobs that have an object`);
    }
    keys = new Map(Object.entries(run.jobs).flatMap(([job, record]) => (record.key && record.outcome !== "failed" ? [[job, record.key] as [string, string]] : [])));
    recorded = run.jobs;
    log(`run ${runId} (${run.state}${run.verifiedAt ? `, verified ${new Date(run.verifiedAt).toISOString()}` : ""}): jobs ${[...keys.keys()].join(", ") || "none with an object"}`);
  } else {
    runId = options.runId!;
    keys = await findRunKeys(s3, options.bucket, runId, options.tier);
    log(`run ${runId} (from the bucket; Firestore not consulted): jobs ${[...keys.keys()].join(", ")}`);
  }
  for (const job of options.jobs) if (!keys.has(job)) throw new RestoreError("find-run", `run ${runId} has no stored object for job ${job} (it has: ${[...keys.keys()].join(", ") || "none"})`);
  const selected = options.jobs.length > 0 ? options.jobs : [...keys.keys()].sort();

  // Every manifest first: the drill picks its jobs by kind, and a missing manifest stops before any download.
  const manifests = new Map<string, JobManifest>();
  for (const job of selected) {
    const manifest = await readManifest(s3, options.bucket, keys.get(job)!);
    const fromRecord = recorded[job]?.sha256;
    if (fromRecord && fromRecord !== manifest.sha256) throw new RestoreError("manifest", `${job}: the manifest's sha256 ${manifest.sha256} differs from the run record's ${fromRecord} (Firestore): refused`);
    manifests.set(job, manifest);
  }
  const jobs = options.drill ? selected.filter((job) => DRILL_KINDS.has(manifests.get(job)!.kind)) : selected;

  // SeaweedFS directories: the one given or a new ./seaweedfs-restore-<stamp>; a subdirectory per job when there are several.
  const stamp = scratchStamp(started);
  const cwd = deps.cwd ?? process.cwd();
  const directories = new Map<string, string>();
  const filesJobs = jobs.filter((job) => manifests.get(job)!.kind === "seaweedfs");
  if (!options.drill && !options.decryptTo && filesJobs.length > 0) {
    const root = options.directoryTarget ?? defaultDirectory(cwd, stamp);
    for (const job of filesJobs) directories.set(job, filesJobs.length > 1 ? path.join(root, job) : root);
  }

  const context: Context = { options, s3, identities, stamp, log, cwd, firestore, directories };
  let recorder: DrillRecorder | undefined;
  const drillId = options.drill ? drillIdFor(started) : undefined;
  if (drillId) {
    recorder = await DrillRecorder.start(firestore!, drillId, { sourceRunId: runId, jobNames: jobs, startedAt: started });
    log(`drill ${drillId}: restoring ${jobs.join(", ") || "nothing"} of run ${runId}`);
  }

  const reports: JobReport[] = [];
  for (const job of jobs) reports.push(await restoreJob(context, job, manifests.get(job)!));

  const failed = reports.filter((report) => report.outcome === "failed");
  let error = failed.length > 0 ? `${failed.length} of ${reports.length} jobs failed: ${failed.map((report) => `${report.job}: ${report.error}`).join("; ")}` : undefined;
  if (options.drill && reports.length === 0) error = `run ${runId} has no postgres, mongodb or seaweedfs job to drill`;
  const state: RestoreReport["state"] = error ? "failed" : options.drill ? "verified" : "restored";
  if (recorder) {
    const finished = now();
    await recorder.finish({ state: state === "verified" ? "verified" : "failed", jobs: Object.fromEntries(reports.map((report) => [report.job, drillRecord(report)])), finishedAt: finished, durationMs: finished.getTime() - started.getTime(), error });
    log(`drill ${drillId}: ${state}${error ? ` (${error})` : ""}, recorded in Firestore backups/${drillId}`);
  }
  return { runId, ...(drillId ? { drillId } : {}), state, jobs: reports, ...(error ? { error } : {}) };
}

function drillRecord(report: JobReport): DrillJobRecord {
  return {
    outcome: report.outcome === "verified" ? "verified" : "failed",
    kind: report.kind,
    key: report.key,
    bytes: report.bytes,
    sha256: report.sha256,
    plaintextBytes: report.plaintextBytes,
    durationMs: report.durationMs,
    expectedCounts: report.expectedCounts,
    actualCounts: report.actualCounts,
    target: report.target,
    ...(report.base ? { baseKey: report.base.key } : {}),
    ...(report.error ? { error: report.error.slice(0, 1000) } : {}),
    ...(report.cleanupError ? { cleanupError: report.cleanupError.slice(0, 500) } : {}),
  };
}

/** One job, every step; never throws (a failure is the report's `error`, naming the step). */
async function restoreJob(context: Context, job: string, manifest: JobManifest): Promise<JobReport> {
  const { options, log } = context;
  const started = Date.now();
  const stepsMs: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const at = Date.now();
    try {
      return await work();
    } finally {
      stepsMs[step] = Date.now() - at;
    }
  };
  const base = { job, kind: manifest.kind, key: manifest.key, bytes: manifest.bytes, sha256: manifest.sha256, plaintextBytes: manifest.plaintextBytes, expectedCounts: manifest.counts };
  let partial: Partial<JobReport> = {};
  const workDir = fs.mkdtempSync(path.join(options.workDir ?? os.tmpdir(), "backup-restore-"));
  const note: Note = (fields) => (partial = { ...partial, ...fields });
  try {
    // SeaweedFS: the target directory is checked before anything is downloaded, and a
    // differential's base full is downloaded and verified before anything is decrypted.
    const files = manifest.kind === "seaweedfs" ? seaweedfsDetails(manifest) : undefined;
    const directory = files && context.directories.has(job) ? await timed("target", async () => directoryTarget(context, job)) : undefined;
    if (files) note({ expectedCounts: expectedTree(files), ...(directory ? { target: directory.target } : {}) });

    const encrypted = path.join(workDir, "archive.age");
    const plaintext = path.join(workDir, path.basename(manifest.key).replace(/\.age$/, ""));
    await timed("download", () => downloadVerified(context.s3, options.bucket, manifest, encrypted));
    log(`${job}: downloaded ${manifest.bytes} bytes, sha256 matches the manifest`);
    const full = files?.mode === "differential" ? await timed("download-base", () => downloadBase(context, job, manifest, files, workDir)) : undefined;
    if (full) note({ base: { key: full.manifest.key, bytes: full.manifest.bytes, sha256: full.manifest.sha256, plaintextBytes: full.manifest.plaintextBytes } });

    const decryptOptions = { identities: context.identities, decryptWith: options.decryptWith, age: options.tools.age };
    const { via } = await timed("decrypt", () => decryptVerified(decryptOptions, manifest, encrypted, plaintext));
    fs.rmSync(encrypted);
    note({ decryptedWith: via });
    log(`${job}: decrypted (${via === "age" ? "age binary" : "age-encryption"}), ${manifest.plaintextBytes} bytes, sha256 matches the manifest`);
    if (full) {
      await timed("decrypt-base", () => decryptVerified(decryptOptions, full.manifest, full.encrypted, full.plaintext).catch(ofBase));
      fs.rmSync(full.encrypted);
      log(`${job}: decrypted the base full, ${full.manifest.plaintextBytes} bytes, sha256 matches its manifest`);
    }

    if (options.decryptTo) {
      const file = path.join(options.decryptTo, path.basename(plaintext)); // <job>.<ext>
      fs.copyFileSync(plaintext, file, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(file, 0o600);
      log(`${job}: written to ${file}`);
      let baseFile: string | undefined;
      if (full) {
        baseFile = path.join(options.decryptTo, path.basename(plaintext).replace(/(\.[^.]+)$/, ".base$1")); // <job>.base.tar
        fs.copyFileSync(full.plaintext, baseFile, fs.constants.COPYFILE_EXCL);
        fs.chmodSync(baseFile, 0o600);
        log(`${job}: its base full written to ${baseFile}`);
      }
      return { ...base, ...partial, outcome: "decrypted", file, ...(baseFile ? { baseFile } : {}), durationMs: Date.now() - started, stepsMs };
    }
    switch (manifest.kind) {
      case "postgres": {
        const result = await restorePostgres(context, job, manifest, plaintext, timed, note);
        return { ...base, ...partial, ...result, durationMs: Date.now() - started, stepsMs };
      }
      case "mongodb": {
        const result = await restoreMongo(context, job, manifest, plaintext, workDir, timed, note);
        return { ...base, ...partial, ...result, durationMs: Date.now() - started, stepsMs };
      }
      case "seaweedfs": {
        const result = await restoreFiles(context, job, files!, directory, full ? { fullTar: full.plaintext, differentialTar: plaintext } : { fullTar: plaintext }, timed, note);
        return { ...base, ...partial, ...result, durationMs: Date.now() - started, stepsMs };
      }
      default:
        return { ...base, ...partial, outcome: "skipped", note: `a ${manifest.kind} job's archive is not restored by this command: use --decrypt-to <dir>`, durationMs: Date.now() - started, stepsMs };
    }
  } catch (error) {
    const message = error instanceof RestoreError ? error.message : `${messageOf(error)}`;
    log(`${job}: FAILED at ${message}`);
    return { ...base, ...partial, outcome: "failed", error: message, durationMs: Date.now() - started, stepsMs };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

type Timed = <T>(step: string, work: () => Promise<T>) => Promise<T>;
type Note = (fields: Partial<JobReport>) => void;
/** What a kind's restore adds to the job's report. */
type KindResult = Partial<JobReport> & Pick<JobReport, "outcome">;

/** The outcome after the restore: counts compared (exactly); `summary` describes equal counts in the log. */
function judge(context: Context, job: string, expected: Readonly<Record<string, number>> | undefined, actual: Record<string, number>, zeroIsAbsent: boolean, summary: string): Pick<JobReport, "outcome" | "actualCounts" | "differences" | "error" | "note"> {
  if (!expected) {
    const note = "the manifest has no counts (a backup from before counts were recorded): not compared";
    context.log(`${job}: ${note}`);
    return context.options.drill ? { outcome: "failed", actualCounts: actual, error: `count: ${note}` } : { outcome: "restored", actualCounts: actual, note };
  }
  const differences = compareCounts(expected, actual, { zeroIsAbsent });
  if (differences.length > 0) {
    context.log(`${job}: counts differ from the backup's:\n  ${differences.join("\n  ")}`);
    return { outcome: "failed", actualCounts: actual, differences, error: `count: restored counts differ from the backup's: ${differences.join("; ")}` };
  }
  context.log(`${job}: counts equal the backup's (${summary})`);
  return { outcome: context.options.drill ? "verified" : "restored", actualCounts: actual };
}

async function restorePostgres(context: Context, job: string, manifest: JobManifest, dumpFile: string, timed: Timed, note: Note): Promise<KindResult> {
  const { options, log } = context;
  const { server, database: named } = postgresServer(options.postgresTarget, { psql: options.tools.psql, pgRestore: options.tools.pgRestore });
  const source = await dumpedDatabase(server, dumpFile);
  const { database, created } = await timed("target", () => prepareTarget(server, named, source, context.stamp, options.force));
  const target = new URL(server.base.href);
  target.pathname = `/${encodeURIComponent(database)}`;
  note({ target: target.href, databases: [database] });
  log(`${job}: restoring ${source} into ${database}${created ? " (new)" : ""} on ${server.base.host || server.base.searchParams.get("host") || "libpq's default server (PGHOST)"}`);
  let result: ReturnType<typeof judge>;
  let cleanupError: string | undefined;
  try {
    await timed("restore", () => pgRestore(server, database, dumpFile, { clean: !created && options.force, noPrivileges: options.noPrivileges || options.drill }));
    const actual = await timed("count", () => countRows(server, database));
    result = judge(context, job, manifest.counts, actual, false, `${Object.keys(actual).length} tables, ${total(actual)} rows`);
  } finally {
    if (options.drill && !options.keep && created) {
      await dropDatabase(server, database).then(
        () => log(`${job}: dropped ${database}`),
        (error) => {
          cleanupError = `cleanup: dropping ${database} failed: ${messageOf(error)}`;
          note({ cleanupError });
          log(`${job}: WARNING ${cleanupError}`);
        },
      );
    }
  }
  return { ...result, target: target.href, databases: [database], ...(cleanupError ? { cleanupError } : {}) };
}

async function restoreMongo(context: Context, job: string, manifest: JobManifest, archiveFile: string, workDir: string, timed: Timed, note: Note): Promise<KindResult> {
  const { options, log } = context;
  const uri = options.mongoTarget ?? DEFAULT_MONGO_TARGET;
  const redacted = redactUri(uri);
  const renames = planRenames(manifest.counts, options.namespaces, context.stamp, options.force);
  const databases = renames.map((rename) => rename.to.slice(0, -2));
  note({ target: redacted, databases });
  log(`${job}: mongorestore ${renames.map((rename) => `${rename.from} → ${rename.to}`).join(", ")} on ${redacted}`);
  // The backup's counts of the restored databases, under their restored names.
  const expected = manifest.counts ? expectedAfterRenames(manifest.counts, renames) : undefined;
  note({ expectedCounts: expected });
  let result: ReturnType<typeof judge>;
  let cleanupError: string | undefined;
  try {
    const restored = await timed("restore", () => mongorestore({ executable: options.tools.mongorestore, uri, workDir, archiveFile, renames }));
    result = judge(context, job, expected, restored, true, `${Object.keys(restored).length} collections, ${total(restored)} documents`);
  } finally {
    if (options.drill && !options.keep) {
      await dropDatabases(uri, databases).then(
        () => log(`${job}: dropped ${databases.join(", ")}`),
        (error) => {
          cleanupError = `cleanup: dropping ${databases.join(", ")} failed: ${messageOf(error)}`;
          note({ cleanupError });
          log(`${job}: WARNING ${cleanupError}`);
        },
      );
    }
  }
  return { ...result, target: redacted, databases, expectedCounts: expected, ...(cleanupError ? { cleanupError } : {}) };
}

/** A MongoDB URI without its password (several hosts make it no WHATWG URL, so by pattern). */
function redactUri(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/[^:@/]*):[^@/]*@/, "$1:***@");
}

/** The directory a SeaweedFS job is restored into, checked (new or empty, or --force) before any download. */
function directoryTarget(context: Context, job: string): { target: string; replaces: boolean } {
  const target = context.directories.get(job)!;
  const { replaces } = checkDirectoryTarget(target, context.options.force, context.cwd);
  context.log(`${job}: SeaweedFS files go to ${target}${replaces ? " (not empty: its contents are deleted once the archives are decrypted, --force)" : ""}`);
  return { target, replaces };
}

interface BaseFull {
  readonly manifest: JobManifest;
  readonly encrypted: string;
  readonly plaintext: string;
}

/**
 * A differential's base full: its own manifest (a SeaweedFS full of the same job under the key the
 * differential names; its sha256 equal to its run's record when Firestore is consulted), and the
 * object downloaded and checked against that manifest. Not decrypted here.
 */
async function downloadBase(context: Context, job: string, manifest: JobManifest, details: SeaweedfsRunDetails, workDir: string): Promise<BaseFull> {
  const { options, log } = context;
  const key = details.baseKey!;
  try {
    const baseManifest = await readManifest(context.s3, options.bucket, key);
    checkBaseManifest(manifest, baseManifest);
    const baseRunId = runIdOfKey(key);
    if (context.firestore && baseRunId) {
      let recorded: string | undefined;
      try {
        recorded = (await readRun(context.firestore, baseRunId)).jobs[job]?.sha256;
      } catch (error) {
        log(`${job}: warning: the base full's run ${baseRunId} could not be read from Firestore (${messageOf(error)}); it is checked against its manifest only`);
      }
      if (recorded && recorded !== baseManifest.sha256) throw new RestoreError("manifest", `${key}: the manifest's sha256 ${baseManifest.sha256} differs from the run record's ${recorded} (Firestore backups/${baseRunId}): refused`);
    }
    const encrypted = path.join(workDir, "base.age");
    await downloadVerified(context.s3, options.bucket, baseManifest, encrypted);
    log(`${job}: downloaded the base full ${key}, ${baseManifest.bytes} bytes, sha256 matches its manifest`);
    return { manifest: baseManifest, encrypted, plaintext: path.join(workDir, `base-${path.basename(key).replace(/\.age$/, "")}`) };
  } catch (error) {
    return ofBase(error);
  }
}

/** Errors about the base full say so (the step stays the same). */
function ofBase(error: unknown): never {
  if (error instanceof RestoreError) throw new RestoreError(error.step, `the base full: ${error.message.slice(error.step.length + 2)}`);
  throw error;
}

/**
 * restoreSeaweedfs into the job's directory (the drill: a new scratch directory under --work-dir,
 * removed afterwards unless --keep), then the tree on disk counted against the manifest's details:
 * files, bytes and directories of the index. restoreSeaweedfs itself fails when an indexed file is
 * absent or of another size.
 */
async function restoreFiles(context: Context, job: string, details: SeaweedfsRunDetails, directory: { target: string; replaces: boolean } | undefined, tars: { fullTar: string; differentialTar?: string }, timed: Timed, note: Note): Promise<KindResult> {
  const { options, log } = context;
  const scratch = options.drill ? fs.mkdtempSync(path.join(options.workDir ?? os.tmpdir(), "seaweedfs-drill-")) : undefined;
  const target = scratch ?? directory!.target;
  const expected = expectedTree(details);
  note({ target, expectedCounts: expected });
  let result: ReturnType<typeof judge>;
  let restored: Awaited<ReturnType<typeof restoreTree>>;
  let cleanupError: string | undefined;
  try {
    if (directory?.replaces) {
      emptyDirectory(target);
      log(`${job}: deleted the contents of ${target} (--force)`);
    }
    log(`${job}: restoring ${tars.differentialTar ? `the full ${details.baseKey}, then this differential,` : "the full"} into ${target}`);
    restored = await timed("restore", () => restoreTree({ ...tars, target }));
    note({ snapshotTime: restored.snapshotTime, deleted: restored.deleted });
    log(`${job}: restored ${restored.root} as of ${restored.snapshotTime}: ${restored.files} files, ${restored.bytes} bytes, ${restored.directories} directories${tars.differentialTar ? `; ${restored.deleted} files deleted since the full removed` : ""}; every indexed file present with its size`);
    const actual = await timed("count", async () => measureTree(target));
    result = judge(context, job, expected, actual, false, `${actual.files} files, ${actual.bytes} bytes, ${actual.directories} directories`);
  } finally {
    if (scratch && !options.keep) {
      try {
        fs.rmSync(scratch, { recursive: true, force: true });
        log(`${job}: removed ${scratch}`);
      } catch (error) {
        cleanupError = `cleanup: removing ${scratch} failed: ${messageOf(error)}`;
        note({ cleanupError });
        log(`${job}: WARNING ${cleanupError}`);
      }
    }
  }
  return { ...result, target, snapshotTime: restored.snapshotTime, deleted: restored.deleted, ...(cleanupError ? { cleanupError } : {}) };
}
