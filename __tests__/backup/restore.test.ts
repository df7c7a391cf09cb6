/**
 * The restore command (runtime/backup-restore, run as its bundle the way `npm run restore` runs
 * it) against real components: PostgreSQL with pg_dump / pg_restore / psql (Debian), fauxqs as the
 * S3 server, the `age` tool, and the Firestore stand-in as the emulator (FIRESTORE_EMULATOR_HOST).
 * Backups are made by the agent's own code path (archiveJob, bundled as the agent bundles it).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type * as Archive from "../../runtime/backup-agent/archive";
import { type BackupJobSpec, type JobManifest, MANIFEST_SUFFIX } from "../../runtime/backup-agent/contract";
import { FirestoreRestClient } from "../../runtime/lib/firestore-rest";
import { type AgeKey, ageKeygen, ageUnavailable, BUCKET, describeWhenAvailable, type S3World, startS3 } from "../support/backup-harness";
import { FirestoreStandIn } from "../support/firestore-stand-in";
import { type PostgresCluster, postgresUnavailable, startPostgresCluster } from "../support/postgres-cluster";
import { bundleArchive, bundleRestoreCommand, recordRun, runRestoreCli } from "../support/restore-harness";

const describeWithPostgres = describeWhenAvailable("the restore command tests with PostgreSQL", postgresUnavailable, ageUnavailable);
const describeWithAge = describeWhenAvailable("the MongoDB restore tests", ageUnavailable);

const ROOT = path.resolve(__dirname, "..", "..");
const PROJECT = "restore-test";
const MiB = 1024 * 1024;
const TABLES = ["public.user_entity", "public.realm", 'app."Audit Log"', "public.events", "public.empty_table"];

describeWithPostgres("restore command (PostgreSQL, real tools)", () => {
  let dir: string;
  let s3: S3World;
  let pg: PostgresCluster;
  let key: AgeKey;
  let firestore: FirestoreStandIn;
  let records: FirestoreRestClient;
  let bundle: string;
  let archive: typeof Archive;
  let server: string;
  const manifests: Record<string, JobManifest> = {};

  const keycloakJob = (): BackupJobSpec => ({ name: "keycloak-postgres", kind: "postgres", host: pg.socketDir, port: pg.port, database: "keycloak", user: pg.user });
  const filesJob: BackupJobSpec = { name: "files", kind: "command", argv: ["head", "-c", "100000", "/dev/urandom"] };

  const backUp = (runId: string, job: BackupJobSpec) =>
    archive.archiveJob({ client: s3.client, bucket: BUCKET, partSizeBytes: 5 * MiB, queueSize: 2 }, { runId, tier: "daily", job, recipients: [key.recipient], timeoutMs: 120_000 });

  /** A nightly run's `backups/{runId}` as the backup function writes it. */
  const recordNightly = (runId: string, state: "verified" | "failed", jobs: JobManifest[], finishedAt: Date) =>
    recordRun(records, { runId, schedule: "nightly", tier: "daily", state, finishedAt, error: "1 of 1 jobs failed" }, jobs);

  const env = () => ({ AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey, FIRESTORE_EMULATOR_HOST: new URL(firestore.baseUrl).host });
  const common = () => ["--bucket", BUCKET, "--endpoint", s3.endpoint, "--identity", key.identityFile, "--project", PROJECT, "--target", server];
  const restore = (args: string[], extraEnv: Record<string, string> = {}) => runRestoreCli(bundle, args, { ...env(), ...extraEnv });

  /** Per table: `count:md5` of every row in a fixed order. */
  const fingerprints = (database: string) =>
    Object.fromEntries(TABLES.map((table) => [table, pg.sql(database, `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM ${table} t`).trim()]));
  const databases = () => pg.sql("postgres", "SELECT datname FROM pg_database ORDER BY 1").trim().split("\n");

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-restore-test-"));
    bundle = bundleRestoreCommand(dir);
    archive = bundleArchive(dir);
    [s3, firestore] = await Promise.all([startS3(), FirestoreStandIn.start({ requireAuth: false })]);
    await s3.createBucket(BUCKET);
    records = new FirestoreRestClient({ projectId: PROJECT, baseUrl: firestore.baseUrl, accessToken: async () => "owner" });
    pg = startPostgresCluster();
    server = `postgresql:///?host=${encodeURIComponent(pg.socketDir)}&port=${pg.port}&user=${pg.user}`;
    key = ageKeygen(dir);
    pg.sql("postgres", "CREATE DATABASE keycloak");
    pg.sql("keycloak", "CREATE TABLE user_entity (id uuid PRIMARY KEY, username text NOT NULL, email text, created bigint, attrs jsonb)");
    pg.sql("keycloak", "INSERT INTO user_entity SELECT md5(i::text)::uuid, 'user-' || i, 'user' || i || '@example.com', 1700000000000 + i, jsonb_build_object('n', i, 'tag', repeat('x', i % 40)) FROM generate_series(1, 20000) AS i");
    pg.sql("keycloak", "CREATE TABLE realm (id text PRIMARY KEY, name text)");
    pg.sql("keycloak", "INSERT INTO realm VALUES ('r1', 'platform'), ('r2', 'master')");
    pg.sql("keycloak", 'CREATE SCHEMA app; CREATE TABLE app."Audit Log" (id bigserial PRIMARY KEY, at timestamptz NOT NULL, detail text)');
    pg.sql("keycloak", `INSERT INTO app."Audit Log" (at, detail) SELECT timestamptz '2026-01-01' + i * interval '1 minute', 'event ' || i FROM generate_series(1, 5000) AS i`);
    pg.sql("keycloak", "CREATE TABLE events (id bigserial PRIMARY KEY, payload text); INSERT INTO events (payload) SELECT 'p' || i FROM generate_series(1, 3000) AS i");
    pg.sql("keycloak", "CREATE TABLE empty_table (id int PRIMARY KEY); CREATE VIEW realm_names AS SELECT name FROM realm");

    // An older verified run, then one more realm, the newest verified run (with a command job the
    // restore skips), and a later failed run: the default is the newest *verified* one.
    manifests.older = await backUp("nightly-20261129T020000Z", keycloakJob());
    pg.sql("keycloak", "INSERT INTO realm VALUES ('r3', 'staging')");
    manifests.newest = await backUp("nightly-20261130T020000Z", keycloakJob());
    manifests.files = await backUp("nightly-20261130T020000Z", filesJob);
    await recordNightly("nightly-20261129T020000Z", "verified", [manifests.older], new Date("2026-11-29T02:05:00Z"));
    await recordNightly("nightly-20261130T020000Z", "verified", [manifests.newest, manifests.files], new Date("2026-11-30T02:05:00Z"));
    await recordNightly("nightly-20261201T020000Z", "failed", [], new Date("2026-12-01T02:05:00Z"));
  }, 120_000);

  afterAll(async () => {
    pg?.stop();
    await Promise.all([s3?.close(), firestore?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("records in the manifest the exact row count of every table, equal to SELECT count(*) (views and catalogs not counted)", () => {
    const counted = Object.fromEntries(TABLES.map((table) => [table.replace(/"/g, ""), Number(pg.sql("keycloak", `SELECT count(*) FROM ${table}`))]));
    expect(manifests.newest.counts).toEqual(counted);
    expect(manifests.newest.counts).toEqual({ "public.user_entity": 20000, "public.realm": 3, "app.Audit Log": 5000, "public.events": 3000, "public.empty_table": 0 });
    expect(manifests.older.counts!["public.realm"]).toBe(2);
    expect(manifests.files.counts).toBeUndefined();
  });

  it("runs from package.json: npm run restore -- --help", () => {
    const result = spawnSync("npm", ["run", "--silent", "restore", "--", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--drill");
  });

  it("restores the newest verified run (Firestore) into a new scratch database: row counts and a checksum of every row equal the source", async () => {
    const before = databases();
    const result = await restore(common());
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.status).toBe(0);
    expect(result.report).toMatchObject({ runId: "nightly-20261130T020000Z", state: "restored" });
    const [files, keycloak] = result.report.jobs as Array<Record<string, any>>;
    expect(files).toMatchObject({ job: "files", outcome: "skipped" });
    expect(keycloak).toMatchObject({ job: "keycloak-postgres", outcome: "restored", decryptedWith: "age", expectedCounts: manifests.newest.counts, actualCounts: manifests.newest.counts });
    const [scratch] = keycloak.databases as string[];
    expect(scratch).toMatch(/^keycloak_restore_\d{12}$/);
    expect(databases()).toEqual([...before, scratch].sort());
    expect(fingerprints(scratch)).toEqual(fingerprints("keycloak"));
    expect(result.stderr).toContain("counts equal the backup's (5 tables, 28003 rows)");
  });

  it("restores a chosen run and job into a named new database, decrypting with age-encryption instead of the age binary", async () => {
    const target = `postgresql:///keycloak_named?host=${encodeURIComponent(pg.socketDir)}&port=${pg.port}&user=${pg.user}`;
    const result = await restore([...common().slice(0, -2), "--target", target, "--run", "nightly-20261129T020000Z", "--job", "keycloak-postgres", "--decrypt-with", "library"]);
    expect(result.status).toBe(0);
    expect(result.report.jobs).toHaveLength(1);
    expect(result.report.jobs[0]).toMatchObject({ outcome: "restored", decryptedWith: "library", databases: ["keycloak_named"], actualCounts: manifests.older.counts });
    expect(pg.sql("keycloak_named", "SELECT string_agg(id, ',' ORDER BY id) FROM realm").trim()).toBe("r1,r2");
    const { ["public.realm"]: _realm, ...rest } = fingerprints("keycloak");
    const { ["public.realm"]: _restoredRealm, ...restoredRest } = fingerprints("keycloak_named");
    expect(restoredRest).toEqual(rest);
  });

  it("--decrypt-to only downloads, verifies and decrypts: the dump file (mode 0600) has the manifest's sha256, and no database is created", async () => {
    const out = fs.mkdtempSync(path.join(dir, "decrypted-"));
    const before = databases();
    const result = await restore([...common(), "--job", "keycloak-postgres", "--decrypt-to", out]);
    expect(result.status).toBe(0);
    const file = path.join(out, "keycloak-postgres.pgdump");
    expect(result.report.jobs[0]).toMatchObject({ outcome: "decrypted", file });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(createHash("sha256").update(fs.readFileSync(file)).digest("hex")).toBe(manifests.newest.plaintextSha256);
    expect(databases()).toEqual(before);
  });

  it("counts come from the dump's own snapshot: rows committed while the dump runs are in neither the dump nor its counts", async () => {
    pg.sql("postgres", "CREATE DATABASE busy");
    pg.sql("busy", "CREATE TABLE events (id bigserial PRIMARY KEY, payload text); INSERT INTO events (payload) SELECT repeat('x', 200) FROM generate_series(1, 200000)");
    // A writer committing one row every ~millisecond before, during and after the dump.
    const loop = "DO $$ BEGIN FOR i IN 1..200000 LOOP INSERT INTO events (payload) VALUES ('w' || i); COMMIT; PERFORM pg_sleep(0.001); END LOOP; END $$";
    const writer = spawn("psql", ["-X", "-q", "-h", pg.socketDir, "-p", String(pg.port), "-U", pg.user, "-d", "busy", "-c", loop], { env: { ...process.env, PGAPPNAME: "snapshot-writer" }, stdio: "ignore" });
    const writerDone = new Promise((resolve) => writer.once("exit", resolve));
    try {
      while (Number(pg.sql("busy", "SELECT count(*) FROM events")) < 200050) await new Promise((resolve) => setTimeout(resolve, 20));
      const manifest = await backUp("busy-20261130T030000Z", { name: "busy-postgres", kind: "postgres", host: pg.socketDir, port: pg.port, database: "busy", user: pg.user });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = Number(pg.sql("busy", "SELECT count(*) FROM events"));
      const counted = manifest.counts!["public.events"];
      expect(counted).toBeGreaterThan(200050);
      expect(after).toBeGreaterThan(counted); // the writer kept committing after the snapshot
      await recordNightly("busy-20261130T030000Z", "verified", [manifest], new Date("2026-11-30T01:00:00Z"));
      const result = await restore([...common(), "--run", "busy-20261130T030000Z"]);
      expect(result.status).toBe(0);
      const [scratch] = result.report.jobs[0].databases as string[];
      expect(scratch).toMatch(/^busy_restore_\d{12}$/);
      expect(Number(pg.sql(scratch, "SELECT count(*) FROM events"))).toBe(counted);
    } finally {
      pg.sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'snapshot-writer'");
      await writerDone;
    }
  });

  it("rejects a tampered object before decrypting it: nothing is decrypted or restored, and the error names the step", async () => {
    const manifest = await backUp("tampered-20261130T040000Z", keycloakJob());
    const stored = Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: manifest.key }))).Body!.transformToByteArray());
    stored[stored.length - 100] ^= 0x01;
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: manifest.key, Body: stored }));
    await recordNightly("tampered-20261130T040000Z", "verified", [manifest], new Date("2026-11-30T00:30:00Z"));
    // An `age` that records being called: it must never run.
    const calls = path.join(dir, "age-calls");
    const spyAge = path.join(dir, "age-spy");
    fs.writeFileSync(spyAge, `#!/bin/sh\necho "$@" >> ${calls}\nexec age "$@"\n`, { mode: 0o755 });
    const before = databases();
    const result = await restore([...common(), "--run", "tampered-20261130T040000Z", "--decrypt-with", "age", "--age", spyAge]);
    expect(result.status).toBe(1);
    expect(result.report.state).toBe("failed");
    expect(result.report.jobs[0]).toMatchObject({ outcome: "failed" });
    expect(result.report.jobs[0].error).toMatch(/^verify-download: .* does not match its manifest .* refused before decrypting, nothing restored$/);
    expect(fs.existsSync(calls)).toBe(false);
    expect(databases()).toEqual(before);
  });

  it("rejects an identity that is not a recipient of the archive, naming both keys, before anything is restored", async () => {
    const stranger = ageKeygen(dir);
    const before = databases();
    const result = await restore([...common().map((arg) => (arg === key.identityFile ? stranger.identityFile : arg)), "--job", "keycloak-postgres"]);
    expect(result.status).toBe(1);
    expect(result.report.jobs[0].error).toContain(`decrypt: the identity in ${stranger.identityFile} (public key ${stranger.recipient}) is not a recipient of ${manifests.newest.key} (encrypted to ${key.recipient})`);
    expect(result.stderr).not.toContain("AGE-SECRET-KEY");
    expect(databases()).toEqual(before);
  });

  it("rejects an existing non-empty target database without --force, leaving it untouched; with --force restores over it", async () => {
    pg.sql("postgres", "CREATE DATABASE keycloak_existing");
    pg.sql("keycloak_existing", "CREATE TABLE realm (id text PRIMARY KEY, name text); INSERT INTO realm VALUES ('mine', 'keep')");
    const target = `postgresql:///keycloak_existing?host=${encodeURIComponent(pg.socketDir)}&port=${pg.port}&user=${pg.user}`;
    const args = [...common().slice(0, -2), "--target", target, "--job", "keycloak-postgres"];
    const refused = await restore(args);
    expect(refused.status).toBe(1);
    expect(refused.report.jobs[0].error).toMatch(/^target: database keycloak_existing on .* already holds 2 relations: refused .*--force/);
    expect(pg.sql("keycloak_existing", "SELECT string_agg(id, ',') FROM realm").trim()).toBe("mine");

    const forced = await restore([...args, "--force"]);
    expect(forced.status).toBe(0);
    expect(fingerprints("keycloak_existing")).toEqual(fingerprints("keycloak"));
  });

  it("drill: restores the newest verified run into a scratch database, counts equal, drops it, records backups/drill-… verified (without verifiedAt)", async () => {
    const result = await restore([...common(), "--drill"]);
    expect(result.status).toBe(0);
    expect(result.report).toMatchObject({ runId: "nightly-20261130T020000Z", state: "verified" });
    const drillId = result.report.drillId as string;
    expect(drillId).toMatch(/^drill-\d{8}T\d{6}Z-[0-9a-f]{6}$/);
    expect(result.report.jobs.map((job: { job: string }) => job.job)).toEqual(["keycloak-postgres"]); // the command job is not drilled
    const scratch = result.report.jobs[0].databases[0] as string;
    expect(databases()).not.toContain(scratch);

    const doc = firestore.data(`backups/${drillId}`)!;
    expect(doc).toMatchObject({ runId: drillId, kind: "restore-drill", state: "verified", sourceRunId: "nightly-20261130T020000Z", jobNames: ["keycloak-postgres"] });
    expect(doc.jobs).toEqual({
      "keycloak-postgres": expect.objectContaining({ outcome: "verified", kind: "postgres", key: manifests.newest.key, sha256: manifests.newest.sha256, expectedCounts: manifests.newest.counts, actualCounts: manifests.newest.counts, durationMs: expect.any(Number) }),
    });
    expect(doc).toHaveProperty("startedAt");
    expect(doc).toHaveProperty("finishedAt");
    expect(doc).not.toHaveProperty("verifiedAt");
    expect(doc).not.toHaveProperty("error");
  });

  it("drill fails when a restored count differs from the manifest's, naming the table, and records the failure", async () => {
    const manifest = await backUp("nightly-20261202T020000Z", keycloakJob());
    const altered = { ...manifest, counts: { ...manifest.counts, "app.Audit Log": 5001 } };
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: manifest.key + MANIFEST_SUFFIX, Body: JSON.stringify(altered) }));
    await recordNightly("nightly-20261202T020000Z", "verified", [manifest], new Date("2026-12-02T02:05:00Z"));

    const result = await restore([...common(), "--drill"]);
    expect(result.status).toBe(1);
    expect(result.report).toMatchObject({ runId: "nightly-20261202T020000Z", state: "failed" });
    expect(result.report.error).toContain("keycloak-postgres: count: restored counts differ from the backup's: app.Audit Log: 5001 in the backup, 5000 restored");
    expect(databases()).not.toContain(result.report.jobs[0].databases[0]);
    const doc = firestore.data(`backups/${result.report.drillId}`)!;
    expect(doc).toMatchObject({ kind: "restore-drill", state: "failed", sourceRunId: "nightly-20261202T020000Z" });
    expect(String(doc.error)).toContain("app.Audit Log: 5001 in the backup, 5000 restored");
    expect(doc.jobs).toMatchObject({ "keycloak-postgres": { outcome: "failed", actualCounts: { "app.Audit Log": 5000 }, expectedCounts: { "app.Audit Log": 5001 } } });
  });
});

/**
 * mongorestore cannot run here (no MongoDB server or Database Tools): the MongoDB restore's
 * command line, its exit handling and the count comparison are checked with stand-in `mongodump`
 * and `mongorestore` executables that print what mongo-tools 100.18 prints (mongodump.go
 * `done dumping %#q (%v %v)`, restore.go `finished restoring %#q (%v %v, %v %v)`, tab after the
 * ISO timestamp). This also runs without Firestore: the run's objects are found in the bucket.
 */
describeWithAge("restore command (MongoDB, stand-in tools)", () => {
  let dir: string;
  let s3: S3World;
  let key: AgeKey;
  let bundle: string;
  let manifest: JobManifest;
  const RUN = "nightly-20261203T020000Z";
  const URI = "mongodb://restore:s3cret-password@mongo-1:27017,mongo-2:27017/?replicaSet=rs0&authSource=admin";
  const seen = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-restore-mongo-test-"));
    bundle = bundleRestoreCommand(dir);
    const archive = bundleArchive(dir);
    s3 = await startS3();
    await s3.createBucket(BUCKET);
    key = ageKeygen(dir);
    const mongodump = seen("mongodump");
    fs.writeFileSync(
      mongodump,
      [
        "#!/bin/sh",
        "cat >&2 <<'EOF'",
        "2026-12-03T02:00:01.101+0000\twriting `admin.system.version` to `archive on stdout`",
        "2026-12-03T02:00:01.105+0000\tdone dumping `admin.system.version` (1 document)",
        "2026-12-03T02:00:01.210+0000\twriting `rocketchat.rocketchat_message` to `archive on stdout`",
        "2026-12-03T02:00:01.212+0000\twriting `rocketchat.users` to `archive on stdout`",
        "2026-12-03T02:00:01.530+0000\tdone dumping `rocketchat.users` (12 documents)",
        "2026-12-03T02:00:02.530+0000\tdone dumping `rocketchat.rocketchat_message` (48213 documents)",
        "2026-12-03T02:00:02.531+0000\tdone dumping `rocketchat.rocketchat_settings` (1 document)",
        "2026-12-03T02:00:02.532+0000\tdone dumping `rocketchat.rocketchat_avatars` (0 documents)",
        "2026-12-03T02:00:02.601+0000\twriting captured oplog to `archive on stdout`",
        "2026-12-03T02:00:02.602+0000\tdumped 3 oplog entries",
        "EOF",
        "head -c 3000000 /dev/urandom",
      ].join("\n") + "\n",
      { mode: 0o755 },
    );
    const configFile = seen("mongodump.yaml");
    fs.writeFileSync(configFile, "uri: mongodb://backup:pw@mongo-1:27017/?authSource=admin\n", { mode: 0o600 });
    manifest = await archive.archiveJob(
      { client: s3.client, bucket: BUCKET, partSizeBytes: 5 * MiB, queueSize: 2 },
      { runId: RUN, tier: "daily", job: { name: "rocketchat-mongodb", kind: "mongodb", configFile, executable: mongodump }, recipients: [key.recipient], timeoutMs: 60_000 },
    );
    // mongorestore as told by `restore-mode`: records its argv, its config file and the archive's sha256.
    fs.writeFileSync(
      seen("mongorestore"),
      `#!/bin/sh
printf '%s\\n' "$@" > ${seen("restore-args")}
to=
for a in "$@"; do
  case "$a" in
    --config=*) cp "\${a#--config=}" ${seen("restore-config")}; stat -c %a "\${a#--config=}" > ${seen("restore-config-mode")} ;;
    --archive=*) sha256sum "\${a#--archive=}" | cut -d' ' -f1 > ${seen("restore-archive-sha256")} ;;
    --nsTo=*) to="\${a#--nsTo=}"; to="\${to%.\\*}" ;;
  esac
done
ts=2026-12-03T05:00:01.000+0000
mode=$(cat ${seen("restore-mode")})
case "$mode" in
  ok|short)
    n=48213; [ "$mode" = short ] && n=48000
    printf '%s\\tpreparing collections to restore from\\n' "$ts" >&2
    printf '%s\\tfinished restoring \`%s.users\` (12 documents, 0 failures)\\n' "$ts" "$to" >&2
    printf '%s\\tfinished restoring \`%s.rocketchat_message\` (%s documents, 0 failures)\\n' "$ts" "$to" "$n" >&2
    printf '%s\\tfinished restoring \`%s.rocketchat_settings\` (1 document, 0 failures)\\n' "$ts" "$to" >&2
    printf '%s\\tfinished restoring \`%s.rocketchat_avatars\` (0 documents, 0 failures)\\n' "$ts" "$to" >&2
    printf '%s\\tfinished restoring \`%s.message_view\` (0 documents, 0 failures)\\n' "$ts" "$to" >&2
    printf '%s\\t%s document(s) restored successfully. 0 document(s) failed to restore.\\n' "$ts" "$((n + 13))" >&2 ;;
  fail)
    printf '%s\\tFailed: %s.users: error restoring from archive: (NotWritablePrimary) not primary\\n' "$ts" "$to" >&2
    printf '%s\\t0 document(s) restored successfully. 0 document(s) failed to restore.\\n' "$ts" >&2
    exit 1 ;;
esac
`,
      { mode: 0o755 },
    );
  }, 60_000);

  afterAll(async () => {
    await s3?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const restore = (mode: string, extra: string[] = []) => {
    fs.writeFileSync(seen("restore-mode"), mode);
    for (const file of ["restore-args", "restore-config", "restore-config-mode", "restore-archive-sha256"]) fs.rmSync(seen(file), { force: true });
    const workDir = seen(`work-${mode}`);
    fs.mkdirSync(workDir, { recursive: true });
    const args = ["--bucket", BUCKET, "--endpoint", s3.endpoint, "--identity", key.identityFile, "--run", RUN, "--target", URI, "--mongorestore", seen("mongorestore"), "--work-dir", workDir, ...extra];
    return runRestoreCli(bundle, args, { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey }).then((result) => ({ ...result, workDir }));
  };

  it("records mongodump's per-collection document counts (its `done dumping` lines) in the manifest", () => {
    expect(manifest.counts).toEqual({ "admin.system.version": 1, "rocketchat.users": 12, "rocketchat.rocketchat_message": 48213, "rocketchat.rocketchat_settings": 1, "rocketchat.rocketchat_avatars": 0 });
  });

  it("restores with mongorestore --archive --gzip --drop into a scratch database per dumped database (no --oplogReplay), the URI only in a private config file; counts equal", async () => {
    const result = await restore("ok");
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.status).toBe(0);
    const args = fs.readFileSync(seen("restore-args"), "utf8").trim().split("\n");
    const scratch = /^--nsTo=(rocketchat_restore_\d{12})\.\*$/.exec(args[args.length - 1])?.[1];
    expect(scratch).toBeDefined();
    expect(args).toEqual([expect.stringMatching(/^--config=/), expect.stringMatching(/^--archive=/), "--gzip", "--drop", "--stopOnError", "--nsInclude=rocketchat.*", "--nsFrom=rocketchat.*", `--nsTo=${scratch}.*`]);
    expect(args.join(" ")).not.toContain("s3cret-password");
    expect(args).not.toContain("--oplogReplay");
    expect(fs.readFileSync(seen("restore-config"), "utf8")).toBe(`uri: ${JSON.stringify(URI)}\n`);
    expect(fs.readFileSync(seen("restore-config-mode"), "utf8").trim()).toBe("600");
    expect(fs.readFileSync(seen("restore-archive-sha256"), "utf8").trim()).toBe(manifest.plaintextSha256);
    expect(fs.readdirSync(result.workDir)).toEqual([]); // archive, dump and config removed
    expect(result.report).toMatchObject({ runId: RUN, state: "restored" });
    expect(result.report.jobs[0]).toMatchObject({
      job: "rocketchat-mongodb",
      outcome: "restored",
      databases: [scratch],
      expectedCounts: { [`${scratch}.users`]: 12, [`${scratch}.rocketchat_message`]: 48213, [`${scratch}.rocketchat_settings`]: 1, [`${scratch}.rocketchat_avatars`]: 0 },
    });
    expect(result.report.jobs[0].target).not.toContain("s3cret-password");
    expect(result.stderr).toContain("counts equal the backup's");
  });

  it("fails naming the collection whose restored document count differs from the backup's", async () => {
    const result = await restore("short");
    expect(result.status).toBe(1);
    expect(result.report.jobs[0].error).toMatch(/^count: restored counts differ from the backup's: rocketchat_restore_\d{12}\.rocketchat_message: 48213 in the backup, 48000 restored$/);
  });

  it("fails when mongorestore exits 1, with its message", async () => {
    const result = await restore("fail");
    expect(result.status).toBe(1);
    expect(result.report.jobs[0]).toMatchObject({ outcome: "failed" });
    expect(result.report.jobs[0].error).toMatch(/^restore: mongorestore exited with 1: .*Failed: rocketchat_restore_\d{12}\.users: error restoring from archive: \(NotWritablePrimary\) not primary/s);
    expect(fs.readdirSync(result.workDir)).toEqual([]);
  });

  it("rejects restoring a database onto its own name without --force (mongorestore --drop would replace its collections)", async () => {
    const result = await restore("ok", ["--nsFrom", "rocketchat.*", "--nsTo", "rocketchat.*"]);
    expect(result.status).toBe(1);
    expect(result.report.jobs[0].error).toMatch(/^target: --nsTo rocketchat\.\* is the dumped database's own name/);
    expect(fs.existsSync(seen("restore-args"))).toBe(false);
  });
});
