/**
 * The agent's dump → age → multipart path with real components: PostgreSQL and pg_dump/pg_restore
 * (Debian), fauxqs as the S3 server, the `age` tool for keys and decryption. The agent is the
 * deployable bundle in its own process.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { type JobManifest, MANIFEST_SUFFIX } from "../../runtime/backup-agent/contract";
import { type AgentProcess, type AgentWorld, ageKeygen, ageUnavailable, BUCKET, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";
import { type PostgresCluster, postgresUnavailable, startPostgresCluster } from "../support/postgres-cluster";

const describeWithPostgres = describeWhenAvailable("the backup agent archive tests", postgresUnavailable, ageUnavailable);

const MiB = 1024 * 1024;

describeWithPostgres("backup agent: dump → age → multipart upload", () => {
  let world: AgentWorld;
  let pg: PostgresCluster;
  let agent: AgentProcess;
  let sourceFile: string;

  beforeAll(async () => {
    world = await startAgentWorld("backup-archive-test-");
    pg = startPostgresCluster();
    pg.sql("postgres", "CREATE DATABASE keycloak");
    // A Keycloak-like table with enough rows that the custom-format dump is not trivial.
    pg.sql("keycloak", "CREATE TABLE user_entity (id uuid PRIMARY KEY, username text NOT NULL, email text, created bigint, attrs jsonb)");
    pg.sql("keycloak", "INSERT INTO user_entity SELECT md5(i::text)::uuid, 'user-' || i, 'user' || i || '@example.com', 1700000000000 + i, jsonb_build_object('n', i, 'tag', repeat('x', i % 50)) FROM generate_series(1, 50000) AS i");
    pg.sql("keycloak", "CREATE TABLE realm (id text PRIMARY KEY, name text)");
    pg.sql("keycloak", "INSERT INTO realm VALUES ('r1', 'platform'), ('r2', 'master')");
    sourceFile = path.join(world.dir, "source.bin");
    fs.writeFileSync(sourceFile, randomBytes(23 * MiB + 12345)); // 5 parts of 5 MiB, last one short
    agent = await world.startAgent({
      partSizeMiB: 5,
      jobs: [
        { name: "keycloak-postgres", kind: "postgres", host: pg.socketDir, port: pg.port, database: "keycloak", user: pg.user },
        { name: "random-file", kind: "command", argv: ["cat", sourceFile] },
        // Writes 12 MB (two full parts go up) and then fails: the half-written dump must not be stored.
        { name: "dies-half-way", kind: "command", argv: ["sh", "-c", "head -c 12000000 /dev/urandom; echo 'pg_dump: error: connection lost' >&2; exit 3"] },
        { name: "writes-nothing", kind: "command", argv: ["true"] },
        { name: "not-installed", kind: "command", argv: ["/nonexistent/pg_dump"] },
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    pg?.stop();
  });

  const rowsChecksum = (database: string) =>
    pg.sql(database, "SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY id)) FROM user_entity t").trim() + "/" + pg.sql(database, "SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY id)) FROM realm t").trim();

  it("backs up a seeded PostgreSQL database; restored into a scratch database, row counts and a checksum of the rows match", async () => {
    const result = await agent.runJob("keycloak-postgres", { runId: "run-pg-1", tier: "daily" }, world.token());
    expect(result.status).toBe(200);
    const manifest = result.body as unknown as JobManifest;
    expect(manifest.key).toBe("daily/keycloak-postgres/run-pg-1/keycloak-postgres.pgdump.age");

    const stored = await world.download(manifest.key);
    expect(stored.length).toBe(manifest.bytes);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(manifest.sha256);
    const encryptedFile = path.join(world.dir, "keycloak.pgdump.age");
    fs.writeFileSync(encryptedFile, stored);
    const dump = execFileSync("age", ["-d", "-i", world.key.identityFile, encryptedFile], { maxBuffer: 256 * MiB });
    expect(createHash("sha256").update(dump).digest("hex")).toBe(manifest.plaintextSha256);
    expect(dump.subarray(0, 5).toString()).toBe("PGDMP"); // custom format

    pg.sql("postgres", "CREATE DATABASE keycloak_restore_scratch");
    const restore = spawnSync("pg_restore", ["--exit-on-error", "--no-owner", "-h", pg.socketDir, "-p", String(pg.port), "-U", pg.user, "-d", "keycloak_restore_scratch"], { input: dump });
    expect(restore.stderr.toString()).toBe("");
    expect(restore.status).toBe(0);
    expect(rowsChecksum("keycloak_restore_scratch")).toBe(rowsChecksum("keycloak"));
    expect(rowsChecksum("keycloak")).toMatch(/^50000:[0-9a-f]{32}\/2:[0-9a-f]{32}$/);
  });

  it("uploads a multi-part archive that decrypts with the age tool to the exact source bytes; the manifest's size and sha256 match the stored object", async () => {
    const result = await agent.runJob("random-file", { runId: "run-file-1", tier: "weekly" }, world.token());
    expect(result.status).toBe(200);
    const manifest = result.body as unknown as JobManifest;
    expect(manifest.partSizeBytes).toBe(5 * MiB);
    expect(manifest.plaintextBytes).toBe(fs.statSync(sourceFile).size);
    expect(Math.ceil(manifest.bytes / manifest.partSizeBytes)).toBeGreaterThanOrEqual(5); // really multipart

    const stored = await world.download(manifest.key);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(manifest.sha256);
    const storedManifest = JSON.parse((await world.download(manifest.key + MANIFEST_SUFFIX)).toString()) as JobManifest;
    expect(storedManifest).toEqual(manifest);
    const encryptedFile = path.join(world.dir, "random.bin.age");
    fs.writeFileSync(encryptedFile, stored);
    const decrypted = execFileSync("age", ["-d", "-i", world.key.identityFile, encryptedFile], { maxBuffer: 256 * MiB });
    expect(decrypted.equals(fs.readFileSync(sourceFile))).toBe(true);
    // A key that is not a recipient cannot read it.
    const stranger = ageKeygen(world.dir);
    expect(spawnSync("age", ["-d", "-i", stranger.identityFile, encryptedFile]).status).not.toBe(0);
  });

  it("fails a dump that exits non-zero after several parts went up: the multipart upload is aborted and no object or manifest exists", async () => {
    const result = await agent.runJob("dies-half-way", { runId: "run-fail-1", tier: "daily" }, world.token());
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toContain("exited with 3");
    expect(String(result.body.message)).toContain("connection lost");
    const prefix = "daily/dies-half-way/run-fail-1/";
    expect(await world.exists(prefix + "dies-half-way.bin.age")).toBe(false);
    expect(await world.exists(prefix + "dies-half-way.bin.age" + MANIFEST_SUFFIX)).toBe(false);
    // First the agent looks for the run's manifest (one stored by an agent before a restart is not dumped again): none.
    expect(world.operationsUnder(prefix)[0]).toBe("GetObject");
    const operations = world.operationsUnder(prefix).slice(1);
    expect(operations[0]).toBe("CreateMultipartUpload");
    expect(operations.filter((operation) => operation === "UploadPart").length).toBeGreaterThanOrEqual(1);
    expect(operations).toContain("AbortMultipartUpload");
    expect(operations).not.toContain("CompleteMultipartUpload");
    expect(operations).not.toContain("PutObject");
  });

  it("fails a job whose upload is interrupted by S3 errors: upload-failed, the multipart upload aborted, nothing stored, the agent still serves the next run", async () => {
    const prefix = "daily/random-file/run-interrupted-1/";
    world.s3.fail((request) => request.method === "PUT" && decodeURIComponent(request.path).startsWith(`/${BUCKET}/${prefix}`) && new URLSearchParams(request.query).get("partNumber") === "3");
    try {
      const result = await agent.runJob("random-file", { runId: "run-interrupted-1", tier: "daily" }, world.token());
      expect(result.status).toBe(500);
      expect(result.body.error).toBe("upload-failed");
    } finally {
      world.s3.fail(undefined);
    }
    const operations = world.operationsUnder(prefix);
    expect(operations).toContain("AbortMultipartUpload");
    expect(operations).not.toContain("CompleteMultipartUpload");
    expect(await world.exists(prefix + "random-file.bin.age")).toBe(false);
    expect(await world.exists(prefix + "random-file.bin.age" + MANIFEST_SUFFIX)).toBe(false);
    const next = await agent.runJob("random-file", { runId: "run-after-interrupt", tier: "daily" }, world.token());
    expect(next.status).toBe(200);
  });

  it("fails a dump that exits 0 but writes 0 bytes, and stores nothing", async () => {
    const result = await agent.runJob("writes-nothing", { runId: "run-empty-1", tier: "daily" }, world.token());
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("empty-dump");
    const listed = await world.s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "daily/writes-nothing/" }));
    expect(listed.KeyCount ?? 0).toBe(0);
  });

  it("fails a job whose dump tool is not installed", async () => {
    const result = await agent.runJob("not-installed", { runId: "run-missing-1", tier: "daily" }, world.token());
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toContain("ENOENT");
  });

  it("verify reads the stored object back: a match for an intact archive, a mismatch once it was altered", async () => {
    const made = await agent.runJob("random-file", { runId: "run-verify-1", tier: "daily" }, world.token());
    const objectKey = String(made.body.key);
    const intact = await agent.verify(objectKey, world.token());
    expect(intact).toMatchObject({ status: 200, body: { matches: true, sha256: made.body.sha256, bytes: made.body.bytes } });
    await world.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: objectKey, Body: Buffer.from("tampered") }));
    const altered = await agent.verify(objectKey, world.token());
    expect(altered).toMatchObject({ status: 200, body: { matches: false } });
  });

  it("rejects a second run of a job while the first is still running", async () => {
    const [first, second] = await Promise.all([
      agent.runJob("random-file", { runId: "run-busy-1", tier: "daily" }, world.token()),
      new Promise((resolve) => setTimeout(resolve, 30)).then(() => agent.runJob("random-file", { runId: "run-busy-2", tier: "daily" }, world.token())),
    ]);
    expect(first.status).toBe(200);
    expect(second).toMatchObject({ status: 409, body: { error: "busy" } });
  });
});
