/**
 * The restore command and the restore drill for SeaweedFS files, run as `npm run restore` runs
 * them (the bundle in its own process) against real components: fauxqs as the S3 server, the `age`
 * tool, the Firestore stand-in as the emulator, and backups made by the agent's own code path (the
 * archive pipeline bundled as the agent bundles it, fed by seaweedfsDump reading the filer stand-in,
 * as the agent's server wires them): a weekly full, then a daily differential against it.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type * as Archive from "../../runtime/backup-agent/archive";
import { type BackupTier, type JobManifest, MANIFEST_SUFFIX } from "../../runtime/backup-agent/contract";
import { type SeaweedfsJob, type SeaweedfsRunDetails, seaweedfsDump } from "../../runtime/backup-agent/seaweedfs";
import { FirestoreRestClient } from "../../runtime/lib/firestore-rest";
import { type AgeKey, ageKeygen, ageUnavailable, BUCKET, describeWhenAvailable, type S3World, s3Operation, startS3 } from "../support/backup-harness";
import { FirestoreStandIn } from "../support/firestore-stand-in";
import { bundleArchive, bundleRestoreCommand, recordRun, runRestoreCli, treeSnapshot } from "../support/restore-harness";
import { type FilerStandIn, putFile, startFilerStandIn } from "../support/seaweedfs-filer-stand-in";

const describeWithAge = describeWhenAvailable("the SeaweedFS restore tests", ageUnavailable);

const PROJECT = "restore-test";
const MiB = 1024 * 1024;
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 24 * 3600 * 1000);
const WEEKLY = "weekly-20261206T030000Z";
const DAILY = "nightly-20261207T010000Z";

describeWithAge("restore command: SeaweedFS files (full, differential, drill)", () => {
  let dir: string;
  let filerRoot: string;
  let s3: S3World;
  let firestore: FirestoreStandIn;
  let records: FirestoreRestClient;
  let filer: FilerStandIn;
  let key: AgeKey;
  let bundle: string;
  let archive: typeof Archive;
  let job: SeaweedfsJob;
  let full: JobManifest;
  let differential: JobManifest;
  /** The filer's tree when the weekly full and the daily differential were taken. */
  let asOfFull: Record<string, string>;
  let asOfDifferential: Record<string, string>;

  const tree = () => path.join(filerRoot, "buckets");
  const put = (relative: string, content: Buffer | string, mtime: Date = TWO_DAYS_AGO) => putFile(tree(), relative, content, mtime);
  const details = (manifest: JobManifest) => manifest.details as unknown as SeaweedfsRunDetails;
  const expectedOf = (manifest: JobManifest) => ({ files: details(manifest).indexedFiles, bytes: details(manifest).indexedBytes, directories: details(manifest).indexedDirectories });
  const fresh = (name: string) => fs.mkdtempSync(path.join(dir, `${name}-`));

  /** One run of the job, as the agent's server runs it: archiveJob with seaweedfsDump as the dump. */
  const backUp = (runId: string, tier: BackupTier) =>
    archive.archiveJob(
      { client: s3.client, bucket: BUCKET, partSizeBytes: 5 * MiB, queueSize: 2 },
      { runId, tier, job, recipients: [key.recipient], timeoutMs: 120_000, startDump: () => seaweedfsDump({ job, tier, runId, client: s3.client, bucket: BUCKET }) },
    );

  const env = () => ({ AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey, FIRESTORE_EMULATOR_HOST: new URL(firestore.baseUrl).host });
  const common = () => ["--bucket", BUCKET, "--endpoint", s3.endpoint, "--identity", key.identityFile, "--project", PROJECT];
  const restore = (args: string[], cwd?: string) => runRestoreCli(bundle, [...common(), ...args], env(), { cwd });
  /** GETs of an object through the S3 proxy since request number `since`. */
  const downloadsOf = (objectKey: string, since: number) => s3.requests.slice(since).filter((request) => s3Operation(request) === "GetObject" && decodeURIComponent(request.path) === `/${BUCKET}/${objectKey}`).length;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-restore-seaweedfs-test-"));
    filerRoot = path.join(dir, "filer");
    bundle = bundleRestoreCommand(dir);
    archive = bundleArchive(dir);
    [s3, firestore] = await Promise.all([startS3(), FirestoreStandIn.start({ requireAuth: false })]);
    await s3.createBucket(BUCKET);
    records = new FirestoreRestClient({ projectId: PROJECT, baseUrl: firestore.baseUrl, accessToken: async () => "owner" });
    key = ageKeygen(dir);

    // Rocket.Chat's bucket through the filer: a binary over a multipart part, an empty file, names
    // with spaces and non-ASCII, a name over tar's 100 bytes, an empty directory.
    put("rocketchat/uploads/GENERAL/u1/a1b2c3.png", Buffer.alloc(6 * MiB + 17, 0xa5));
    put("rocketchat/uploads/GENERAL/u1/empty.txt", "");
    put("rocketchat/uploads/GENERAL/u2/Protokoll Übergabe März.pdf", "%PDF-1.7 ".repeat(4000));
    put(`rocketchat/uploads/long/${"n".repeat(120)}/${"f".repeat(140)}.bin`, "long name\n".repeat(300));
    put("rocketchat/uploads/to-delete.txt", "short-lived");
    put("rocketchat/gone/inside.txt", "a directory that will be removed");
    for (let i = 0; i < 5; i++) put(`rocketchat/many/item-${i}.txt`, `item ${i}\n`.repeat(i + 1));
    fs.mkdirSync(path.join(tree(), "rocketchat", "empty-dir"), { recursive: true });
    filer = await startFilerStandIn(filerRoot);
    job = { name: "seaweedfs-files", kind: "seaweedfs", filerUrl: filer.url, path: "/buckets", pageSize: 3 };

    full = await backUp(WEEKLY, "weekly");
    asOfFull = treeSnapshot(tree());
    // A day later: one upload rewritten, one added, one file and one directory deleted, a new empty directory.
    put("rocketchat/uploads/GENERAL/u1/a1b2c3.png", Buffer.alloc(MiB, 0x5a), new Date());
    put("rocketchat/uploads/GENERAL/u3/new upload.jpg", "\xff\xd8\xff".repeat(4000), new Date());
    fs.rmSync(path.join(tree(), "rocketchat/uploads/to-delete.txt"));
    fs.rmSync(path.join(tree(), "rocketchat/gone"), { recursive: true });
    fs.mkdirSync(path.join(tree(), "rocketchat/new-empty-dir"));
    differential = await backUp(DAILY, "daily");
    asOfDifferential = treeSnapshot(tree());

    await recordRun(records, { runId: WEEKLY, schedule: "weekly", tier: "weekly", state: "verified", finishedAt: new Date("2026-12-06T03:05:00Z") }, [full]);
    await recordRun(records, { runId: DAILY, schedule: "nightly", tier: "daily", state: "verified", finishedAt: new Date("2026-12-07T01:05:00Z") }, [differential]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([s3?.close(), firestore?.close(), filer?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("backs up a weekly full and a daily differential against it (the runs the tests restore)", () => {
    expect(details(full)).toMatchObject({ mode: "full", files: 11, indexedFiles: 11 });
    expect(details(differential)).toMatchObject({ mode: "differential", baseKey: full.key, files: 2, indexedFiles: 10 });
    expect(asOfDifferential).not.toEqual(asOfFull);
  });

  it("restores a full-only run byte-identical into a new ./seaweedfs-restore-<yyyymmddhhmm>, files, bytes and directories equal to the manifest's", async () => {
    const cwd = fresh("cwd");
    const workDir = fresh("work");
    const result = await restore(["--run", WEEKLY, "--work-dir", workDir], cwd);
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.status).toBe(0);
    expect(result.report).toMatchObject({ runId: WEEKLY, state: "restored" });
    const report = result.report.jobs[0];
    expect(report).toMatchObject({ job: "seaweedfs-files", kind: "seaweedfs", key: full.key, outcome: "restored", decryptedWith: "age", snapshotTime: details(full).snapshotTime, deleted: 0 });
    expect(report.target).toMatch(new RegExp(`^${cwd}/seaweedfs-restore-\\d{12}$`));
    expect(report.base).toBeUndefined();
    expect(report.expectedCounts).toEqual(expectedOf(full));
    expect(report.actualCounts).toEqual(expectedOf(full));
    expect(treeSnapshot(report.target)).toEqual(asOfFull);
    // Times as the filer listed them (second precision).
    expect(fs.statSync(path.join(report.target, "rocketchat/uploads/GENERAL/u1/empty.txt")).mtime.getTime()).toBe(Math.floor(TWO_DAYS_AGO.getTime() / 1000) * 1000);
    expect(result.stderr).toContain(`counts equal the backup's (11 files, ${details(full).indexedBytes} bytes, ${details(full).indexedDirectories} directories)`);
    expect(fs.readdirSync(workDir)).toEqual([]); // the downloaded and decrypted archives are removed
  });

  it("restores a daily differential onto its base full (found by the manifest's baseKey and verified): the tree as of the differential, deleted files and directories gone", async () => {
    const target = path.join(fresh("differential"), "restored");
    const since = s3.requests.length;
    const result = await restore(["--run", DAILY, "--target", target]);
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.status).toBe(0);
    const report = result.report.jobs[0];
    expect(report).toMatchObject({ key: differential.key, outcome: "restored", target, base: { key: full.key, bytes: full.bytes, sha256: full.sha256, plaintextBytes: full.plaintextBytes }, deleted: 2 });
    expect(report.actualCounts).toEqual(expectedOf(differential));
    expect(treeSnapshot(target)).toEqual(asOfDifferential);
    expect(fs.existsSync(path.join(target, "rocketchat/uploads/to-delete.txt"))).toBe(false);
    expect(fs.existsSync(path.join(target, "rocketchat/gone"))).toBe(false);
    expect(downloadsOf(full.key, since)).toBe(1);
    expect(downloadsOf(full.key + MANIFEST_SUFFIX, since)).toBe(1);
    expect(result.stderr).toContain(`downloaded the base full ${full.key}`);
  });

  it("--decrypt-to leaves a differential's tar and its base full's beside it (mode 0600), each with its manifest's plaintext sha256, and restores nothing", async () => {
    const out = fresh("decrypted");
    const cwd = fresh("decrypt-cwd");
    const result = await restore(["--run", DAILY, "--decrypt-to", out], cwd);
    expect(result.status).toBe(0);
    const file = path.join(out, "seaweedfs-files.tar");
    const baseFile = path.join(out, "seaweedfs-files.base.tar");
    expect(result.report.jobs[0]).toMatchObject({ outcome: "decrypted", file, baseFile, base: { key: full.key } });
    const sha256 = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");
    expect(sha256(file)).toBe(differential.plaintextSha256);
    expect(sha256(baseFile)).toBe(full.plaintextSha256);
    expect([fs.statSync(file).mode & 0o777, fs.statSync(baseFile).mode & 0o777]).toEqual([0o600, 0o600]);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it("rejects a differential whose base full was tampered with before anything is decrypted, naming the base", async () => {
    const original = Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: full.key }))).Body!.transformToByteArray());
    const tampered = Buffer.from(original);
    tampered[tampered.length - 100] ^= 0x01;
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: full.key, Body: tampered }));
    // An `age` that records being called: it must never run.
    const calls = path.join(dir, "age-calls");
    const spyAge = path.join(dir, "age-spy");
    fs.writeFileSync(spyAge, `#!/bin/sh\necho "$@" >> ${calls}\nexec age "$@"\n`, { mode: 0o755 });
    const target = path.join(fresh("tampered"), "restored");
    try {
      const result = await restore(["--run", DAILY, "--target", target, "--decrypt-with", "age", "--age", spyAge]);
      expect(result.status).toBe(1);
      expect(result.report).toMatchObject({ state: "failed" });
      expect(result.report.jobs[0]).toMatchObject({ job: "seaweedfs-files", outcome: "failed" });
      expect(result.report.jobs[0].error).toMatch(new RegExp(`^verify-download: the base full: s3://${BUCKET}/${full.key} does not match its manifest .* refused before decrypting, nothing restored$`));
      expect(fs.existsSync(calls)).toBe(false);
      expect(fs.existsSync(target)).toBe(false);
    } finally {
      await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: full.key, Body: original }));
    }
  });

  it("rejects a non-empty target directory without --force before downloading, leaving it untouched; with --force replaces its contents", async () => {
    const target = fresh("existing");
    fs.writeFileSync(path.join(target, "mine.txt"), "keep me");
    const since = s3.requests.length;
    const refused = await restore(["--run", WEEKLY, "--target", target]);
    expect(refused.status).toBe(1);
    expect(refused.report.jobs[0].error).toMatch(/^target: .* is not empty \(1 entries\): refused .*--force/);
    expect(downloadsOf(full.key, since)).toBe(0);
    expect(fs.readdirSync(target)).toEqual(["mine.txt"]);

    // Not even --force empties the directory the command runs in (or a parent of it).
    const here = await restore(["--run", WEEKLY, "--target", ".", "--force"], target);
    expect(here.status).toBe(1);
    expect(here.report.jobs[0].error).toMatch(/refused even with --force/);
    expect(fs.readdirSync(target)).toEqual(["mine.txt"]);

    const forced = await restore(["--run", WEEKLY, "--target", target, "--force"]);
    expect(forced.status).toBe(0);
    expect(treeSnapshot(target)).toEqual(asOfFull);
  });

  it("drill: restores the newest verified run's SeaweedFS job (differential + base) into a scratch directory, counts equal, removes it, records backups/drill-… verified", async () => {
    const workDir = fresh("drill-work");
    const result = await restore(["--drill", "--work-dir", workDir]);
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.status).toBe(0);
    expect(result.report).toMatchObject({ runId: DAILY, state: "verified" });
    const report = result.report.jobs[0];
    expect(report).toMatchObject({ job: "seaweedfs-files", outcome: "verified", expectedCounts: expectedOf(differential), actualCounts: expectedOf(differential) });
    expect(report.target.startsWith(path.join(workDir, "seaweedfs-drill-"))).toBe(true);
    expect(fs.readdirSync(workDir)).toEqual([]); // scratch directory and archives removed

    const doc = firestore.data(`backups/${result.report.drillId}`)!;
    expect(doc).toMatchObject({ kind: "restore-drill", state: "verified", sourceRunId: DAILY, jobNames: ["seaweedfs-files"] });
    expect(doc.jobs).toEqual({
      "seaweedfs-files": expect.objectContaining({ outcome: "verified", kind: "seaweedfs", key: differential.key, sha256: differential.sha256, baseKey: full.key, expectedCounts: expectedOf(differential), actualCounts: expectedOf(differential), durationMs: expect.any(Number) }),
    });
    expect(doc).not.toHaveProperty("verifiedAt");
    expect(doc).not.toHaveProperty("error");
  });

  it("fails the drill, naming the job, when the manifest's file count disagrees with the restored tree, and records the failure", async () => {
    const manifest = await backUp("weekly-20261213T030000Z", "weekly");
    const counted = details(manifest).indexedFiles;
    const altered = { ...manifest, details: { ...manifest.details, indexedFiles: counted + 1 } };
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: manifest.key + MANIFEST_SUFFIX, Body: JSON.stringify(altered) }));
    await recordRun(records, { runId: "weekly-20261213T030000Z", schedule: "weekly", tier: "weekly", state: "verified", finishedAt: new Date("2026-12-13T03:05:00Z") }, [manifest]);

    const workDir = fresh("drill-fails");
    const result = await restore(["--drill", "--work-dir", workDir]);
    expect(result.status).toBe(1);
    expect(result.report).toMatchObject({ runId: "weekly-20261213T030000Z", state: "failed" });
    const difference = `files: ${counted + 1} in the backup, ${counted} restored`;
    expect(result.report.error).toBe(`1 of 1 jobs failed: seaweedfs-files: count: restored counts differ from the backup's: ${difference}`);
    expect(fs.readdirSync(workDir)).toEqual([]);
    const doc = firestore.data(`backups/${result.report.drillId}`)!;
    expect(doc).toMatchObject({ kind: "restore-drill", state: "failed", sourceRunId: "weekly-20261213T030000Z" });
    expect(String(doc.error)).toContain(`seaweedfs-files: count: restored counts differ from the backup's: ${difference}`);
    expect(doc.jobs).toMatchObject({ "seaweedfs-files": { outcome: "failed", expectedCounts: { files: counted + 1 }, actualCounts: { files: counted } } });
  });
});
