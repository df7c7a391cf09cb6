/**
 * mongodump cannot run here (no MongoDB server or Database Tools on this machine): the MongoDB
 * job's command line and exit handling are checked with a stand-in `mongodump` executable that
 * records its arguments and behaves as told (mongodump exits 0 or 1; contract §5).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AgentProcess, ageKeygen, ageUnavailable, type IdentityStandIn, type S3World, s3Operation, startIdentityStandIn, startS3 } from "../support/backup-harness";

const skipReason = ageUnavailable();
const describeWithAge = skipReason ? describe.skip : describe;
if (skipReason) console.warn(`skipping the MongoDB job tests: ${skipReason}`);

const BUCKET = "prod-backups";
const AUDIENCE = "https://backup-agent.example.com";
const CALLER = "backup-function@example-project.iam.gserviceaccount.com";

describeWithAge("backup agent: the MongoDB job (stand-in mongodump)", () => {
  let dir: string;
  let s3: S3World;
  let identity: IdentityStandIn;
  let agent: AgentProcess;
  let argsFile: string;
  let modeFile: string;
  let configFile: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-mongo-test-"));
    argsFile = path.join(dir, "args");
    modeFile = path.join(dir, "mode");
    configFile = path.join(dir, "mongodump.yaml");
    fs.writeFileSync(configFile, "uri: mongodb://backup:s3cret-password@mongo-1:27017,mongo-2:27017/?replicaSet=rs0&authSource=admin\n", { mode: 0o600 });
    const standIn = path.join(dir, "mongodump");
    // Records argv (one per line); "ok": 6 MB of archive; "oplog-overflow": some output, then mongodump's failure and exit 1.
    fs.writeFileSync(
      standIn,
      `#!/bin/sh\nprintf '%s\\n' "$@" > ${argsFile}\ncase "$(cat ${modeFile})" in\n  ok) head -c 6000000 /dev/urandom ;;\n  oplog-overflow) head -c 7000000 /dev/urandom; echo 'Failed: error writing data for collection: oplog overflow' >&2; exit 1 ;;\nesac\n`,
      { mode: 0o755 },
    );
    [s3, identity] = await Promise.all([startS3(), startIdentityStandIn()]);
    await s3.createBucket(BUCKET);
    agent = await AgentProcess.start({
      s3,
      bucket: BUCKET,
      identity,
      audience: AUDIENCE,
      callerEmail: CALLER,
      recipients: [ageKeygen(dir).recipient],
      partSizeMiB: 5,
      jobs: [{ name: "rocketchat-mongodb", kind: "mongodb", configFile, executable: standIn }],
    });
  }, 30_000);

  afterAll(async () => {
    await agent?.stop();
    await Promise.all([s3?.close(), identity?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (runId: string) => agent.runJob("rocketchat-mongodb", { runId, tier: "daily" }, identity.googleToken(CALLER, AUDIENCE));

  it("runs mongodump --archive --gzip --oplog from a secondary, with the URI in a --config file rather than on the command line", async () => {
    fs.writeFileSync(modeFile, "ok");
    const result = await run("run-mongo-1");
    expect(result.status).toBe(200);
    const args = fs.readFileSync(argsFile, "utf8").trim().split("\n");
    expect(args).toEqual([`--config=${configFile}`, "--archive", "--gzip", "--oplog", "--readPreference=secondary"]);
    expect(args.join(" ")).not.toContain("s3cret-password");
    expect(result.body).toMatchObject({ key: "daily/rocketchat-mongodb/run-mongo-1/rocketchat-mongodb.archive.gz.age", kind: "mongodb", plaintextBytes: 6_000_000 });
  });

  it("fails the job when mongodump exits 1 (oplog overflow), with its message, and aborts the upload", async () => {
    fs.writeFileSync(modeFile, "oplog-overflow");
    const result = await run("run-mongo-2");
    expect(result.status).toBe(500);
    expect(result.body.error).toBe("dump-failed");
    expect(String(result.body.message)).toContain("oplog overflow");
    const prefix = `/${BUCKET}/daily/rocketchat-mongodb/run-mongo-2/`;
    const operations = s3.requests.filter((request) => decodeURIComponent(request.path).startsWith(prefix)).map((request) => s3Operation(request));
    expect(operations).toContain("AbortMultipartUpload");
    expect(operations).not.toContain("CompleteMultipartUpload");
    expect(operations.some((operation) => operation === "PutObject")).toBe(false); // no manifest
  });
});
