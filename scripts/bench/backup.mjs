#!/usr/bin/env node
/**
 * Benchmark of the backup agent's stream (dump → sha256 → age → sha256 → S3 multipart upload).
 *
 * - Throughput at 50 MB and 500 MB: the deployable agent bundle in its own process (as the swarm
 *   runs it), a `command` job `head -c N /dev/zero` (the cipher's cost does not depend on the
 *   bytes, and /dev/zero costs the dump almost nothing, so the agent is what is measured),
 *   uploading to fauxqs on loopback (a real S3 protocol server in its own process, no proxy in
 *   between), 8 MiB parts (fauxqs refuses bodies over 11 MiB; production uses 64 MiB), 2 in
 *   flight. Time is the manifest's durationMs (the agent's clock: dump start → multipart upload complete);
 *   MB = 10^6 bytes of plaintext.
 * - Peak RSS (VmHWM) of the agent process at both sizes, each run in a fresh agent, and the growth.
 * - CPU seconds of the agent and of fauxqs per run (utime+stime from /proc): on a small machine
 *   both share the cores, so the local S3 server's own cost lowers the figure above.
 * - The legs alone: the S3 leg (lib-storage → fauxqs, same parts and settings, no dump or age), and
 *   the pipeline without the network: the agent's encrypt module (age-v1.ts, bundled) fed by the
 *   same dump, ciphertext hashed and dropped; the `age` binary on the same dump for reference.
 * - Production parts: the same agent runs with 64 MiB parts, 2 in flight (BACKUP_AGENT_DEFAULTS) at
 *   500 MB and 2 GB (BENCH_BACKUP_PROD_SIZES_MB), uploading to the S3 sink
 *   (__tests__/support/s3-sink-stand-in.ts, in this process: it hashes each part and discards it,
 *   since fauxqs refuses bodies over ~11 MiB). Peak RSS against the service's memory limit, and
 *   throughput; the stored object's sha256 (assembled by the sink) is checked against the manifest.
 *
 * Each agent run is repeated BENCH_BACKUP_RUNS times (default 3) and the median is reported.
 *
 *   node scripts/bench/backup.mjs        # prints a table
 *   import { run } from "./scripts/bench/backup.mjs"; await run()  // rows
 *
 * The harness is TypeScript (__tests__/support/backup-harness.ts): it is compiled with esbuild into
 * a temporary CommonJS file under node_modules/.cache (packages stay external) and required, as
 * rag-bridge.mjs does. fauxqs is started here directly with the tests' launcher: the harness's
 * startS3 puts a recording proxy in front of it, which the tests need and a throughput must not pay.
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compiledTypeScript } from "./compile-ts.mjs";
import { CLK_TCK, cpuTicks } from "./workerd-cpu.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const MB = 1_000_000;
const MiB = 1024 * 1024;
const SIZES_MB = (process.env.BENCH_BACKUP_SIZES_MB ?? "50,500").split(",").map(Number);
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);
const PART_MIB = 8;
const QUEUE = 2;
const PROD_SIZES_MB = (process.env.BENCH_BACKUP_PROD_SIZES_MB ?? "500,2000").split(",").map(Number);
const AUDIENCE = "https://backup-agent.bench";
const CALLER = "backup-function@bench.iam.gserviceaccount.com";
// The agent's S3 client settings (runtime/backup-agent/server.ts), for the S3-leg-alone row.
const S3_CLIENT_SETTINGS = { region: "auto", forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** fauxqs on loopback in its own process (the tests' launcher) with one bucket; fresh per run so its memory starts empty. */
async function startFauxqs() {
  const child = spawn(process.execPath, [path.join(ROOT, "__tests__", "support", "fauxqs-server.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk) => {
      buffered += chunk.toString();
      if (buffered.includes("\n")) resolve(JSON.parse(buffered.split("\n")[0]).port);
    });
    child.once("exit", (code) => reject(new Error(`fauxqs exited with ${code}`)));
  });
  const { S3Client, CreateBucketCommand } = require("@aws-sdk/client-s3");
  const credentials = { accessKeyId: "bench-access-key", secretAccessKey: "bench-secret-key" };
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ ...S3_CLIENT_SETTINGS, endpoint, credentials });
  await client.send(new CreateBucketCommand({ Bucket: "bench" }));
  return {
    endpoint,
    client,
    ...credentials,
    cpuSeconds: () => cpuTicks(child.pid) / CLK_TCK,
    close: async () => {
      client.destroy();
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** The S3 sink in this process, with the bucket: its CPU is this process's (little else runs here during a job). */
async function startSink(sink) {
  const s3 = await sink.startS3SinkStandIn();
  await s3.createBucket("bench");
  return { ...s3, cpuSeconds: () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6 };
}

/** One job of `bytes` through a fresh agent process and a fresh S3 server (fauxqs by default). */
async function agentRun(harness, identity, recipient, bytes, { startS3 = startFauxqs, partMiB = PART_MIB, queue = QUEUE } = {}) {
  const s3 = await startS3();
  let agent;
  try {
    agent = await harness.AgentProcess.start({
      s3,
      bucket: "bench",
      identity,
      audience: AUDIENCE,
      callerEmail: CALLER,
      recipients: [recipient],
      partSizeMiB: partMiB,
      queueSize: queue,
      jobs: [{ name: "zeros", kind: "command", argv: ["head", "-c", String(bytes), "/dev/zero"] }],
    });
    const agentTicks = cpuTicks(agent.pid);
    const s3Cpu = s3.cpuSeconds();
    // runJob: POST, then the run is polled until it finished (an agent answering synchronously is read the same way).
    const job = { runId: `bench-${bytes}`, tier: "daily" };
    const token = identity.googleToken(CALLER, AUDIENCE);
    const result = typeof agent.runJob === "function" ? await agent.runJob("zeros", job, token) : await agent.post("/v1/jobs/zeros", job, token);
    if (result.status !== 200 || result.body.plaintextBytes !== bytes) throw new Error(`backup bench: the job answered ${result.status} ${JSON.stringify(result.body)}`);
    const stored = s3.object?.("bench", result.body.key);
    if (s3.object && stored?.sha256 !== result.body.sha256) throw new Error(`backup bench: the sink assembled sha256 ${stored?.sha256}, the manifest says ${result.body.sha256}`);
    return {
      // The agent's own clock (dump start → upload complete), not the polling's.
      mbPerSec: bytes / MB / (result.body.durationMs / 1000),
      peakRssMiB: agent.peakRssBytes() / MiB,
      agentCpuSec: (cpuTicks(agent.pid) - agentTicks) / CLK_TCK,
      s3CpuSec: s3.cpuSeconds() - s3Cpu,
    };
  } finally {
    await agent?.stop();
    await s3.close();
  }
}

/** The S3 leg alone: lib-storage uploads `bytes` of ready-made 64 KiB + 16 chunks (age's ciphertext chunk size) to fauxqs. */
async function s3LegAlone(bytes) {
  const { Upload } = require("@aws-sdk/lib-storage");
  const s3 = await startFauxqs();
  try {
    const chunk = Buffer.alloc(64 * 1024 + 16, 0x5a);
    let produced = 0;
    const body = new Readable({
      read() {
        if (produced >= bytes) return void this.push(null);
        produced += chunk.length;
        this.push(Buffer.from(chunk));
      },
    });
    const started = performance.now();
    await new Upload({ client: s3.client, params: { Bucket: "bench", Key: "s3-leg", Body: body }, partSize: PART_MIB * MiB, queueSize: QUEUE }).done();
    return produced / MB / ((performance.now() - started) / 1000);
  } finally {
    await s3.close();
  }
}

/** The same dump through the agent's encrypt module in this process, ciphertext hashed and dropped. */
async function encryptAlone(encryptToRecipients, recipient, bytes) {
  const dump = spawn("head", ["-c", String(bytes), "/dev/zero"], { stdio: ["ignore", "pipe", "inherit"] });
  const hash = createHash("sha256");
  const started = performance.now();
  for await (const chunk of await encryptToRecipients(dump.stdout, [recipient])) hash.update(chunk);
  return bytes / MB / ((performance.now() - started) / 1000);
}

/** The age binary on the same dump (a shell pipeline), ciphertext hashed and dropped. */
function ageBinaryAlone(recipient, bytes) {
  const started = performance.now();
  execFileSync("sh", ["-c", `head -c ${bytes} /dev/zero | age -r ${recipient} | sha256sum > /dev/null`]);
  return bytes / MB / ((performance.now() - started) / 1000);
}

function ageInstalled() {
  try {
    execFileSync("age", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** Rows `{ name, value, unit, goal }` for the bench aggregator. */
export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-bench-"));
  const harness = await compiledTypeScript("__tests__/support/backup-harness.ts", { packages: "external" });
  const { encryptToRecipients } = await compiledTypeScript("runtime/backup-agent/encrypt.ts");
  const sink = await compiledTypeScript("__tests__/support/s3-sink-stand-in.ts", { packages: "external" });
  // Production parts and the service's memory limit, from where they are set.
  const { BACKUP_AGENT_DEFAULTS } = await compiledTypeScript("runtime/backup-agent/contract.ts", { packages: "external" });
  const { BACKUP_AGENT_MEMORY_MIB: SERVICE_MEMORY_MIB } = await compiledTypeScript("constructs/swarm-services/backup-agent.ts", { packages: "external" });
  const { partSizeMiB: PROD_PART_MIB, uploadQueueSize: PROD_QUEUE } = BACKUP_AGENT_DEFAULTS;
  harness.agentBundle(); // build (or reuse) the bundle before anything is timed
  const identity = await harness.startIdentityStandIn();
  try {
    const hasAge = ageInstalled();
    // A recipient from age-keygen when the tool is there; else the spec's example recipient.
    const recipient = hasAge ? harness.ageKeygen(dir).recipient : "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
    const sizes = [];
    for (const sizeMb of SIZES_MB) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await agentRun(harness, identity, recipient, sizeMb * MB));
      sizes.push({ sizeMb, ...Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))])) });
    }
    const production = [];
    for (const sizeMb of PROD_SIZES_MB) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await agentRun(harness, identity, recipient, sizeMb * MB, { startS3: () => startSink(sink), partMiB: PROD_PART_MIB, queue: PROD_QUEUE }));
      const peaks = runs.map((r) => r.peakRssMiB);
      production.push({ sizeMb, mbPerSec: median(runs.map((r) => r.mbPerSec)), peakRssMiB: median(peaks), maxPeakRssMiB: Math.max(...peaks) });
    }
    const largest = SIZES_MB[SIZES_MB.length - 1] * MB;
    const s3Leg = median(await sequence(RUNS, () => s3LegAlone(largest)));
    const encryptLeg = median(await sequence(RUNS, () => encryptAlone(encryptToRecipients, recipient, largest)));
    const binary = hasAge ? median(await sequence(RUNS, async () => ageBinaryAlone(recipient, largest))) : NaN;

    const setup = `${PART_MIB} MiB parts, ${QUEUE} in flight, fauxqs on loopback, ${os.cpus().length} CPUs, median of ${RUNS}`;
    const rows = sizes.map((s) => ({ name: `backup: stream throughput ${s.sizeMb} MB, dump → age → multipart (${setup})`, value: s.mbPerSec.toFixed(0), unit: "MB/s", goal: "≥ 100" }));
    rows.push(...sizes.map((s) => ({ name: `backup: CPU per ${s.sizeMb} MB run, agent / fauxqs (sharing the same cores)`, value: `${s.agentCpuSec.toFixed(1)} / ${s.s3CpuSec.toFixed(1)}`, unit: "s", goal: "" })));
    rows.push(...sizes.map((s) => ({ name: `backup: agent peak RSS, ${s.sizeMb} MB archive (${PART_MIB} MiB parts, ${QUEUE} in flight)`, value: s.peakRssMiB.toFixed(0), unit: "MiB", goal: "" })));
    if (sizes.length >= 2) {
      const [first, last] = [sizes[0], sizes[sizes.length - 1]];
      rows.push({ name: `backup: agent peak RSS growth ${first.sizeMb} MB → ${last.sizeMb} MB`, value: ((100 * (last.peakRssMiB - first.peakRssMiB)) / first.peakRssMiB).toFixed(1), unit: "%", goal: "≤ 10" });
    }
    const prodSetup = `${PROD_PART_MIB} MiB parts (production), ${PROD_QUEUE} in flight, S3 sink on loopback, bodies discarded, median of ${RUNS}`;
    rows.push(...production.map((s) => ({ name: `backup: stream throughput ${s.sizeMb} MB, dump → age → multipart (${prodSetup})`, value: s.mbPerSec.toFixed(0), unit: "MB/s", goal: "≥ 100" })));
    rows.push(...production.map((s) => ({ name: `backup: agent peak RSS, ${s.sizeMb} MB archive (${prodSetup}; highest of ${RUNS}: ${s.maxPeakRssMiB.toFixed(0)} MiB)`, value: s.peakRssMiB.toFixed(0), unit: "MiB", goal: `< ${SERVICE_MEMORY_MIB} (service limit)` })));
    if (production.length >= 2) {
      const [first, last] = [production[0], production[production.length - 1]];
      rows.push({ name: `backup: agent peak RSS growth ${first.sizeMb} MB → ${last.sizeMb} MB (${PROD_PART_MIB} MiB parts)`, value: ((100 * (last.peakRssMiB - first.peakRssMiB)) / first.peakRssMiB).toFixed(1), unit: "%", goal: "≤ 10" });
    }
    rows.push({ name: `backup: S3 leg alone, lib-storage → fauxqs, ${largest / MB} MB (no dump, no age; the local server's ceiling)`, value: s3Leg.toFixed(0), unit: "MB/s", goal: "reference" });
    rows.push({ name: `backup: no network, dump → age (agent's age-v1.ts) → sha256, ${largest / MB} MB`, value: encryptLeg.toFixed(0), unit: "MB/s", goal: "≥ 100" });
    rows.push({ name: `backup: no network, dump → age binary → sha256sum, ${largest / MB} MB`, value: hasAge ? binary.toFixed(0) : "n/a (age not installed)", unit: hasAge ? "MB/s" : "", goal: "reference" });
    return rows;
  } finally {
    await identity.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function sequence(n, fn) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await fn());
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { printTable } = await import("./table.mjs");
  printTable(await run());
}
