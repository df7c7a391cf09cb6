/**
 * mongodump cannot run here (no MongoDB server or Database Tools on this machine): the MongoDB
 * job's command line and exit handling are checked with a stand-in `mongodump` executable that
 * records its arguments and behaves as told (mongodump exits 0 or 1; contract §5).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { type AgentProcess, type AgentWorld, ageUnavailable, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";

const describeWithAge = describeWhenAvailable("the MongoDB job tests", ageUnavailable);

describeWithAge("backup agent: the MongoDB job (stand-in mongodump)", () => {
  let world: AgentWorld;
  let agent: AgentProcess;
  let argsFile: string;
  let modeFile: string;
  let configFile: string;

  beforeAll(async () => {
    world = await startAgentWorld("backup-mongo-test-");
    argsFile = path.join(world.dir, "args");
    modeFile = path.join(world.dir, "mode");
    configFile = path.join(world.dir, "mongodump.yaml");
    fs.writeFileSync(configFile, "uri: mongodb://backup:s3cret-password@mongo-1:27017,mongo-2:27017/?replicaSet=rs0&authSource=admin\n", { mode: 0o600 });
    const standIn = path.join(world.dir, "mongodump");
    // Records argv (one per line); "ok": 6 MB of archive; "oplog-overflow": some output, then mongodump's failure and exit 1.
    fs.writeFileSync(
      standIn,
      `#!/bin/sh\nprintf '%s\\n' "$@" > ${argsFile}\ncase "$(cat ${modeFile})" in\n  ok) head -c 6000000 /dev/urandom ;;\n  oplog-overflow) head -c 7000000 /dev/urandom; echo 'Failed: error writing data for collection: oplog overflow' >&2; exit 1 ;;\nesac\n`,
      { mode: 0o755 },
    );
    agent = await world.startAgent({ partSizeMiB: 5, jobs: [{ name: "rocketchat-mongodb", kind: "mongodb", configFile, executable: standIn }] });
  }, 30_000);

  afterAll(async () => {
    await world?.close();
  });

  const run = (runId: string) => agent.runJob("rocketchat-mongodb", { runId, tier: "daily" }, world.token());

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
    const operations = world.operationsUnder("daily/rocketchat-mongodb/run-mongo-2/");
    expect(operations).toContain("AbortMultipartUpload");
    expect(operations).not.toContain("CompleteMultipartUpload");
    expect(operations.some((operation) => operation === "PutObject")).toBe(false); // no manifest
  });
});
