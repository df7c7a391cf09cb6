/**
 * The agent's swarm-job dump source end to end: the deployable agent bundle talks to a Docker
 * Engine API stand-in (the endpoints and shapes of API 1.44), which "runs" each created job by
 * executing its container command here with bash. So the real wrapper script reads the password
 * from the docker secret's file, connects to the agent's TCP intake with the one-time token and
 * execs the real pg_dump, whose custom-format dump is encrypted, uploaded to fauxqs, decrypted
 * with the age tool and restored with pg_restore.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { connect, type Socket } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { BACKUP_AGENT_ENV, BACKUP_AGENT_SECRET_FILE_ENV, type BackupJobSpec, type JobManifest, MANIFEST_SUFFIX } from "../../runtime/backup-agent/contract";
import { dumpCommand } from "../../runtime/backup-agent/jobs";
import { readSettings } from "../../runtime/backup-agent/settings";
import { createDumpIntake, DOCKER_API_ENDPOINTS, DOCKER_API_VERSION, SOCKET_PROXY_ENV } from "../../runtime/backup-agent/swarm-job";
import { type AgentProcess, type AgentWorld, ageUnavailable, AUDIENCE, BUCKET, CALLER, describeWhenAvailable, freePort, startAgentWorld } from "../support/backup-harness";
import { type DockerApiStandIn, startDockerApiStandIn } from "../support/docker-api-stand-in";
import { type PostgresCluster, postgresUnavailable, startPostgresCluster } from "../support/postgres-cluster";

const describeWithTools = describeWhenAvailable("the backup agent swarm-job tests", postgresUnavailable, ageUnavailable);

const MiB = 1024 * 1024;
const PASSWORD = `pw-${randomBytes(12).toString("hex")}`;

/** Connects to the intake, sends `hello` (if any) and resolves when the agent closes the socket. */
function closedByAgent(port: number, hello: string | undefined, timeoutMs: number): Promise<"closed" | "still open"> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, "127.0.0.1", () => {
      if (hello !== undefined) socket.write(hello);
    });
    socket.on("error", () => undefined);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve("still open");
    }, timeoutMs);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve("closed");
    });
  });
}

describeWithTools("backup agent: dumps run as swarm one-shot jobs streaming over the intake", () => {
  let world: AgentWorld;
  let docker: DockerApiStandIn;
  let pg: PostgresCluster;
  let agent: AgentProcess;
  let intakePort: number;
  let jobs: BackupJobSpec[];

  const swarm = (secrets: { name: string; target: string }[] = []) => ({
    image: "postgres:16.10",
    networks: ["prod_databases", "prod_backup"],
    secrets,
    constraints: ["node.labels.keycloak-db == true"],
    intakeHost: "backup-agent",
  });

  beforeAll(async () => {
    [world, docker] = await Promise.all([startAgentWorld("backup-swarm-test-"), startDockerApiStandIn()]);
    pg = startPostgresCluster();
    pg.sql("postgres", "CREATE DATABASE keycloak");
    pg.sql("keycloak", "CREATE TABLE user_entity (id uuid PRIMARY KEY, username text NOT NULL, email text, attrs jsonb)");
    pg.sql("keycloak", "INSERT INTO user_entity SELECT md5(i::text)::uuid, 'user-' || i, 'user' || i || '@example.com', jsonb_build_object('n', i) FROM generate_series(1, 20000) AS i");
    pg.sql("keycloak", "CREATE TABLE realm (id text PRIMARY KEY, name text)");
    pg.sql("keycloak", "INSERT INTO realm VALUES ('r1', 'platform'), ('r2', 'master')");
    // A dump user that must present its password (the cluster trusts its owner only).
    pg.sql("postgres", `CREATE ROLE backup LOGIN PASSWORD '${PASSWORD}'`);
    pg.sql("postgres", "GRANT pg_read_all_data TO backup");
    const hba = path.join(pg.socketDir, "data", "pg_hba.conf");
    fs.writeFileSync(hba, `local all backup scram-sha-256\n${fs.readFileSync(hba, "utf8")}`);
    pg.sql("postgres", "SELECT pg_reload_conf()");
    // As ServiceSecret names them: `<name>-<UTC timestamp>`, the new value created before the old
    // one goes. Only the newest rotation is the live password; a look-alike name is not a rotation.
    docker.addSecret("keycloak-backup-password-2026-11-30T020000Z", "an-old-rotated-password\n", "2026-11-30T02:00:00Z");
    docker.addSecret("keycloak-backup-password-2026-12-01T020000Z", PASSWORD + "\n", "2026-12-01T02:00:00Z");
    docker.addSecret("keycloak-backup-password-old", "not-this-one\n", "2026-12-01T03:00:00Z");
    intakePort = await freePort();
    const postgresJob = (name: string, secretName: string): BackupJobSpec => ({
      name,
      kind: "postgres",
      host: pg.socketDir,
      port: pg.port,
      database: "keycloak",
      user: "backup",
      passwordFile: "/run/secrets/pgpassword",
      swarm: swarm([{ name: secretName, target: "pgpassword" }]),
    });
    jobs = [
      postgresJob("keycloak-postgres", "keycloak-backup-password"),
      postgresJob("secret-missing", "no-such-secret"),
      // Writes 12 MB (two parts go up), then fails.
      { name: "dies-half-way", kind: "command", argv: ["sh", "-c", "head -c 12000000 /dev/urandom; echo 'pg_dump: error: connection to server was lost' >&2; exit 1"], swarm: swarm() },
      { name: "small-command", kind: "command", argv: ["sh", "-c", "echo archive"], swarm: swarm() },
    ];
    agent = await world.startAgent({
      partSizeMiB: 5,
      jobs,
      env: {
        [BACKUP_AGENT_ENV.dockerApiUrl]: docker.url,
        [BACKUP_AGENT_ENV.intakePort]: String(intakePort),
        [BACKUP_AGENT_ENV.jobStartTimeoutSec]: "3",
      },
    });
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    pg?.stop();
    await docker?.close();
  });

  afterEach(() => {
    docker.beforeRun = undefined;
  });

  const run = (job: string, runId: string) => agent.runJob(job, { runId, tier: "daily" }, world.token());
  // The upload's S3 operations under `prefix`, in order; the agent's look for the run's manifest before it dumps (a GET) left out.
  const operationsUnder = (prefix: string) => world.operationsUnder(prefix, (request) => request.method === "GET" && request.path.endsWith(MANIFEST_SUFFIX));
  const servicesOf = (job: string, runId: string) => [...docker.services.values()].filter((service) => service.spec.Labels?.["backup.job"] === job && service.spec.Labels?.["backup.run"] === runId);
  const rowsChecksum = (database: string) =>
    pg.sql(database, "SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY id)) FROM user_entity t").trim() + "/" + pg.sql(database, "SELECT count(*) FROM realm").trim();

  it("backs up PostgreSQL through a swarm job: the wrapper gives pg_dump the password from the docker secret and streams the dump; restored, the rows match", async () => {
    // The password is needed: without it pg_dump is refused.
    const refused = spawnSync("pg_dump", ["--format=custom", "--no-password", "-h", pg.socketDir, "-p", String(pg.port), "-U", "backup", "keycloak"], { env: { PATH: process.env.PATH, PGPASSWORD: "wrong" } });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr.toString()).toContain("password authentication failed");

    const result = await run("keycloak-postgres", "run-swarm-1");
    expect(result.body.error).toBeUndefined();
    expect(result.status).toBe(200);
    const manifest = result.body as unknown as JobManifest;
    expect(manifest.key).toBe("daily/keycloak-postgres/run-swarm-1/keycloak-postgres.pgdump.age");

    const stored = await world.download(manifest.key);
    expect(stored.length).toBe(manifest.bytes);
    const encryptedFile = path.join(world.dir, "swarm.pgdump.age");
    fs.writeFileSync(encryptedFile, stored);
    const dump = execFileSync("age", ["-d", "-i", world.key.identityFile, encryptedFile], { maxBuffer: 256 * MiB });
    expect(dump.length).toBe(manifest.plaintextBytes);
    expect(dump.subarray(0, 5).toString()).toBe("PGDMP");
    pg.sql("postgres", "CREATE DATABASE keycloak_swarm_restore");
    const restore = spawnSync("pg_restore", ["--exit-on-error", "--no-owner", "-h", pg.socketDir, "-p", String(pg.port), "-U", pg.user, "-d", "keycloak_swarm_restore"], { input: dump });
    expect(restore.stderr.toString()).toBe("");
    expect(restore.status).toBe(0);
    expect(rowsChecksum("keycloak_swarm_restore")).toBe(rowsChecksum("keycloak"));
    expect(rowsChecksum("keycloak")).toMatch(/^20000:[0-9a-f]{32}\/2$/);

    // One service, deleted once its task completed.
    const [service] = servicesOf("keycloak-postgres", "run-swarm-1");
    expect(service.task.Status.State).toBe("complete");
    expect(service.deleted).toBe(true);
    expect(docker.calls).toContainEqual(expect.objectContaining({ method: "DELETE", path: `/${DOCKER_API_VERSION}/services/${service.ID}`, status: 200 }));
    expect(agent.logs).toContainEqual(expect.objectContaining({ level: "info", message: "swarm job ended", runId: "run-swarm-1", service: service.spec.Name, state: "complete", exitCode: 0 }));
  });

  it("creates a replicated job that runs once (restart none), in the job's image, networks and placement, with secrets referenced by id and no secret value in the spec", async () => {
    const [service] = servicesOf("keycloak-postgres", "run-swarm-1");
    const spec = service.spec;
    expect(spec.Name).toMatch(/^backup-keycloak-postgres-[0-9a-f]{8}$/);
    expect(spec.Labels).toEqual({ "backup.run": "run-swarm-1", "backup.job": "keycloak-postgres" });
    expect(spec.Mode).toEqual({ ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 1 } });
    expect(spec.TaskTemplate.RestartPolicy).toMatchObject({ Condition: "none" });
    expect(spec.TaskTemplate.Placement).toEqual({ Constraints: ["node.labels.keycloak-db == true"] });
    expect(spec.TaskTemplate.Networks).toEqual([{ Target: "prod_databases" }, { Target: "prod_backup" }]);
    expect(spec.TaskTemplate.Resources.Limits).toEqual({ MemoryBytes: 2048 * MiB, NanoCPUs: 1e9 });
    const container = spec.TaskTemplate.ContainerSpec;
    expect(container.Image).toBe("postgres:16.10");
    expect(container.Command.slice(0, 2)).toEqual(["bash", "-c"]);
    // Whatever command line jobs.ts builds, run by the wrapper as its arguments.
    const command = dumpCommand(jobs.find((job) => job.name === "keycloak-postgres")!);
    expect(container.Command.slice(3)).toEqual(["backup-job", command.executable, ...command.args]);
    const secretId = (await (await fetch(`${docker.url}/${DOCKER_API_VERSION}/secrets`)).json()).find((secret: { Spec: { Name: string } }) => secret.Spec.Name === "keycloak-backup-password-2026-12-01T020000Z").ID;
    expect(container.Secrets).toEqual([{ File: { Name: "pgpassword", UID: "0", GID: "0", Mode: 0o400 }, SecretID: secretId, SecretName: "keycloak-backup-password-2026-12-01T020000Z" }]);
    expect(container.Env).toEqual(
      expect.arrayContaining(["BACKUP_SECRET_ENV_FILES=PGPASSWORD=/run/secrets/pgpassword", "BACKUP_INTAKE_HOST=backup-agent", `BACKUP_INTAKE_PORT=${intakePort}`, expect.stringMatching(/^BACKUP_INTAKE_TOKEN=[0-9a-f]{64}$/)]),
    );
    expect(JSON.stringify(spec)).not.toContain(PASSWORD);
    expect(JSON.stringify(agent.logs) + agent.stderr).not.toContain(PASSWORD);
  });

  it("calls only the documented Docker API endpoints, under /v1.44 (what the socket proxy is opened for)", () => {
    expect(docker.calls.length).toBeGreaterThan(0);
    const documented = new Set(DOCKER_API_ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`));
    for (const call of docker.calls) {
      expect(call.path.startsWith(`/${DOCKER_API_VERSION}/`)).toBe(true);
      expect(documented).toContain(`${call.method} ${call.route}`);
    }
    const switches = new Set(DOCKER_API_ENDPOINTS.flatMap((endpoint) => endpoint.proxySwitches));
    expect(Object.keys(SOCKET_PROXY_ENV).sort()).toEqual([...switches].sort());
  });

  it("fails a job whose tool exits 1 after parts went up: the multipart upload is aborted, the tool's stderr (from the service logs) is in the error, the service is deleted", async () => {
    const result = await run("dies-half-way", "run-swarm-fail");
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toContain("exited with 1");
    expect(String(result.body.message)).toContain("connection to server was lost");
    const operations = operationsUnder("daily/dies-half-way/run-swarm-fail/");
    expect(operations[0]).toBe("CreateMultipartUpload");
    expect(operations).toContain("UploadPart");
    expect(operations).toContain("AbortMultipartUpload");
    expect(operations).not.toContain("CompleteMultipartUpload");
    const [service] = servicesOf("dies-half-way", "run-swarm-fail");
    expect(service.task.Status).toMatchObject({ State: "failed", ContainerStatus: { ExitCode: 1 } });
    expect(service.deleted).toBe(true);
  });

  it("fails a job whose task is rejected (image not pullable) with Docker's error, uploads nothing and deletes the service", async () => {
    docker.rejectNext("No such image: postgres:16.10@sha256:0000000000000000000000000000000000000000000000000000000000000000");
    const result = await run("small-command", "run-swarm-rejected");
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toContain("task rejected: No such image: postgres:16.10@sha256:");
    expect(operationsUnder("daily/small-command/run-swarm-rejected/")).toEqual([]);
    const [service] = servicesOf("small-command", "run-swarm-rejected");
    expect(service.deleted).toBe(true);
  });

  it("rejects an intake connection with a wrong token and keeps waiting: the real job still connects and succeeds", async () => {
    let outcome: string | undefined;
    docker.beforeRun = async () => {
      outcome = await closedByAgent(intakePort, "0".repeat(64) + "\n", 5_000);
    };
    const result = await run("keycloak-postgres", "run-swarm-wrong-token");
    expect(outcome).toBe("closed");
    expect(result.status).toBe(200);
    expect(result.body.plaintextBytes).toBeGreaterThan(1000);
    expect(agent.logs).toContainEqual(expect.objectContaining({ level: "warn", message: "intake connection refused", reason: "wrong token" }));
  });

  it("fails a job that never connects (task left pending: no suitable node) after the start timeout, with the task's state, and deletes the service", async () => {
    docker.stallNext();
    const started = Date.now();
    const result = await run("small-command", "run-swarm-stalled");
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toMatch(/did not connect within 3 s \(task pending: no suitable node/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    const [service] = servicesOf("small-command", "run-swarm-stalled");
    expect(service.deleted).toBe(true);
  });

  it("fails a job whose docker secret does not exist, naming it, without creating a service", async () => {
    const created = docker.specs.length;
    const result = await run("secret-missing", "run-swarm-no-secret");
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toContain('docker secret "no-such-secret" not found');
    expect(docker.specs.length).toBe(created);
  });

  it("leaves no service behind", async () => {
    expect([...docker.services.values()].filter((service) => !service.deleted).map((service) => service.spec.Name)).toEqual([]);
    await expect(world.s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "daily/small-command/run-swarm-rejected/small-command.bin.age" }))).rejects.toThrow();
  });
});

describe("backup agent: the swarm-job intake", () => {
  it("accepts a token once, hands over the bytes after the token line, and closes wrong, silent and oversized hellos", async () => {
    const refused: string[] = [];
    const intake = createDumpIntake({ port: 0, host: "127.0.0.1", helloTimeoutMs: 300, onRefused: (reason) => refused.push(reason) });
    const port = await intake.listening;
    try {
      const token = randomBytes(32).toString("hex");
      const expectation = intake.expect(token);
      const client = connect(port, "127.0.0.1", () => client.end(`${token}\nfirst bytes`));
      const socket = await expectation.connection;
      const chunks: Buffer[] = [];
      for await (const chunk of socket) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe("first bytes");

      expect(await closedByAgent(port, `${token}\n`, 2_000)).toBe("closed"); // used up
      expect(await closedByAgent(port, undefined, 2_000)).toBe("closed"); // no hello within 300 ms
      expect(await closedByAgent(port, "x".repeat(200), 2_000)).toBe("closed"); // no newline in sight
      expect(refused).toEqual(["wrong token", "no token line within 300 ms", "no token line"]);

      const cancelled = randomBytes(32).toString("hex");
      intake.expect(cancelled).cancel();
      expect(await closedByAgent(port, `${cancelled}\n`, 2_000)).toBe("closed");
    } finally {
      await intake.close();
    }
  });
});

describe("backup agent settings: swarm jobs", () => {
  it("rejects swarm settings with every problem named: missing Docker API URL, image, networks, secret target, a password file outside the job's secrets, no intake host", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-swarm-settings-"));
    try {
      fs.writeFileSync(path.join(dir, "id"), "key-id");
      fs.writeFileSync(path.join(dir, "secret"), "key-secret");
      const env = {
        [BACKUP_AGENT_ENV.audience]: AUDIENCE,
        [BACKUP_AGENT_ENV.callerEmail]: CALLER,
        [BACKUP_AGENT_ENV.s3Endpoint]: "https://account.r2.cloudflarestorage.com",
        [BACKUP_AGENT_ENV.bucket]: BUCKET,
        [BACKUP_AGENT_ENV.ageRecipients]: "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
        [BACKUP_AGENT_SECRET_FILE_ENV.s3AccessKeyId]: path.join(dir, "id"),
        [BACKUP_AGENT_SECRET_FILE_ENV.s3SecretAccessKey]: path.join(dir, "secret"),
        [BACKUP_AGENT_ENV.jobs]: JSON.stringify([
          { name: "keycloak-postgres", kind: "postgres", host: "keycloak-db", database: "keycloak", user: "backup", passwordFile: "/etc/pw", swarm: { image: "", networks: [], secrets: [{ name: "pw", target: "../pw" }] } },
          { name: "rocketchat-mongodb", kind: "mongodb", configFile: "/run/secrets/mongodump.yaml", swarm: { image: "mongo:7.0.28", networks: ["prod_mongo"], secrets: [{ name: "mongodump-config", target: "mongodump.yaml" }], intakeHost: "backup-agent", cpus: 0 } },
        ]),
      };
      expect(() => readSettings(env)).toThrow(
        new RegExp(
          [
            'jobs\\[0\\]\\.swarm\\.image is ""',
            "jobs\\[0\\]\\.swarm\\.networks must be a non-empty array",
            'jobs\\[0\\]\\.swarm\\.secrets\\[0\\]\\.target is "\\.\\./pw"',
            'jobs\\[0\\]\\.passwordFile is "/etc/pw", which a swarm job cannot read',
            "jobs\\[0\\]\\.swarm\\.intakeHost is not set and neither is BACKUP_INTAKE_HOST",
            "jobs\\[1\\]\\.swarm\\.cpus is 0",
            "BACKUP_DOCKER_API_URL is not set; jobs keycloak-postgres, rocketchat-mongodb run as swarm jobs",
          ].join("[\\s\\S]*"),
        ),
      );
      const fixed = JSON.parse(env[BACKUP_AGENT_ENV.jobs]) as Record<string, unknown>[];
      fixed.splice(0, 1);
      (fixed[0].swarm as Record<string, unknown>).cpus = 0.5;
      const settings = readSettings({ ...env, [BACKUP_AGENT_ENV.jobs]: JSON.stringify(fixed), [BACKUP_AGENT_ENV.dockerApiUrl]: "http://docker-api-proxy:2375" });
      expect(settings).toMatchObject({ dockerApiUrl: "http://docker-api-proxy:2375", intakePort: 9000, jobStartTimeoutMs: 300_000 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
