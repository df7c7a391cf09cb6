#!/usr/bin/env node
/**
 * Benchmark of the webhook ingest Worker's fetch path (verify + enqueue) in workerd via
 * Miniflare, side by side with a hello-world Worker measured in the same run.
 *
 *   node scripts/bench/webhook-ingest.mjs          # prints a table
 *   import { run } from "./scripts/bench/webhook-ingest.mjs"; await run()  // rows
 *
 * Each case gets its own Miniflare (so its own workerd process); autocannon drives it with 10
 * connections for BENCH_SECONDS (default 5) after a 1 s warm-up; CPU per request is the
 * workerd process's utime+stime (from /proc/<pid>/stat) over the measured window divided by
 * the requests served. The ingest queue has no consumer in the bench, so only the producer side
 * (serialise + send) runs — the fetch path — and the Miniflare broker drops the messages.
 *
 * Miniflare runs the queue broker (a Durable Object) inside the same workerd process, so every
 * `send` costs that process ~0.15–0.2 ms of CPU that a production Worker does not pay. The bench
 * therefore also measures a bare "parse + queue.send" Worker (the floor for any Worker that
 * enqueues) and the ingest Worker with its queue binding stubbed (the runtime's own cost).
 *
 * Bundling: this file is ESM and cannot import the TypeScript bundler, so it compiles
 * `constructs/lib/runtime-bundle.ts` (and its imports) with esbuild into a temporary CommonJS
 * file (under node_modules/.cache, deleted after loading), requires that, and calls `bundleRuntime({ runtime: "webhook-ingest", target: "worker",
 * rootDir })` — the same function the construct uses, with its cache and determinism.
 */
import { createHmac } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compiledTypeScript } from "./compile-ts.mjs";
import { CLK_TCK, cpuTicks, workerdPids } from "./workerd-cpu.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

const AIRCALL_TOKEN = "bench-aircall-token";
const GUESTY_SECRET = "whsec_" + Buffer.from("bench guesty signing secret 32b!").toString("base64");

/** The project's bundler, compiled on the fly from TypeScript. */
function projectBundler() {
  return compiledTypeScript("constructs/lib/runtime-bundle.ts", { external: ["esbuild", "fflate"] });
}

/** The runtime's contract (binding names, defaults, KV keys): the same constants the construct deploys. */
function ingestContract() {
  return compiledTypeScript("runtime/webhook-ingest/contract.ts", { external: ["esbuild", "fflate"] });
}



/** Starts one Miniflare, finds its new workerd child, drives it with autocannon, measures CPU. */
async function measure(name, workerOptions, request, setup) {
  const { Miniflare } = await import("miniflare");
  const autocannon = require("autocannon");
  const before = new Set(workerdPids());
  const mf = new Miniflare({ ...workerOptions, handleRuntimeStdio: (stdout, stderr) => (stdout.resume(), stderr.resume()) });
  try {
    const url = await mf.ready;
    if (setup) await setup(mf);
    const pid = workerdPids().find((p) => !before.has(p));
    if (!pid) throw new Error(`${name}: cannot find the workerd process`);
    const req = typeof request === "function" ? request() : request;
    const probe = await fetch(new URL(req.path ?? "/", url), { method: req.method, headers: req.headers, body: req.body });
    const probeText = await probe.text();
    if (probe.status !== 200) throw new Error(`${name}: sanity request answered ${probe.status} ${probeText}`);

    const options = { url: new URL(req.path ?? "/", url).href, connections: CONNECTIONS, method: req.method, headers: req.headers, body: req.body };
    await autocannon({ ...options, duration: 1 }); // warm-up (JIT, caches, token import)
    const ticks0 = cpuTicks(pid);
    const result = await autocannon({ ...options, duration: SECONDS });
    const ticks = cpuTicks(pid) - ticks0;
    const served = result.requests.total;
    return {
      name,
      rps: result.requests.average,
      served,
      non2xx: result.non2xx + result.errors + result.timeouts,
      p99: result.latency.p99,
      cpuMsPerRequest: served > 0 ? (ticks * (1000 / CLK_TCK)) / served : NaN,
      probe: probeText,
    };
  } finally {
    await mf.dispose();
  }
}

function ingestOptions(bundle, source, C) {
  return {
    modules: true,
    scriptPath: bundle.filePath,
    modulesRoot: path.dirname(bundle.filePath),
    compatibilityDate: C.WORKERS_COMPATIBILITY_DATE,
    kvNamespaces: { [C.BINDING.secrets]: "secrets" },
    r2Buckets: { [C.BINDING.archive]: "archive" },
    queueProducers: { [C.BINDING.ingestQueue]: { queueName: `${source}-bench` } },
    bindings: {
      [C.VAR.source]: source,
      [C.VAR.environment]: "dev",
      [C.VAR.archivePrefix]: C.archivePrefixFor(source),
      [C.VAR.firestoreProjectId]: "bench",
      [C.VAR.firestoreDatabase]: C.FIRESTORE_DEFAULT_DATABASE,
      [C.VAR.maxBodyBytes]: String(C.DEFAULT_MAX_BODY_BYTES),
      [C.VAR.webhookSecretKey]: C.DEFAULT_SECRET_KEYS.webhookSecret,
      [C.VAR.googleSaKeyName]: C.DEFAULT_SECRET_KEYS.googleServiceAccount,
      [C.VAR.adminSecretKey]: C.DEFAULT_SECRET_KEYS.adminSecret,
      [C.VAR.deadLetterQueue]: `${source}-bench-dlq`,
    },
  };
}

/** Rows `{ name, value, unit, goal }` for the bench aggregator. */
export async function run() {
  const { bundleRuntime } = await projectBundler();
  const bundle = bundleRuntime({ runtime: "webhook-ingest", target: "worker", rootDir: ROOT });
  const C = await ingestContract();

  const fixtures = path.join(ROOT, "__tests__", "fixtures");
  const aircall = JSON.parse(fs.readFileSync(path.join(fixtures, "aircall/call.ended.json"), "utf8"));
  aircall.token = AIRCALL_TOKEN;
  const aircallBody = JSON.stringify(aircall);
  const guestyBody = fs.readFileSync(path.join(fixtures, "guesty/reservation.new.json"), "utf8");
  const signedAt = Math.floor(Date.now() / 1000); // valid for 300 s: the whole run takes ~25 s
  const key = Buffer.from(GUESTY_SECRET.slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`msg_bench.${signedAt}.${guestyBody}`).digest("base64");

  const helloScript = "export default { fetch() { return new Response('hello world') } }";
  const hello = await measure("hello-world", { modules: true, compatibilityDate: C.WORKERS_COMPATIBILITY_DATE, script: helloScript }, { method: "GET" });
  // Reference: the least a Worker that enqueues can do (read, parse, send) — Miniflare runs the
  // queue broker inside the same workerd process, so its cost lands in that process's CPU.
  const bareQueue = await measure(
    "bare queue.send Worker",
    {
      modules: true,
      compatibilityDate: C.WORKERS_COMPATIBILITY_DATE,
      queueProducers: { Q: { queueName: "bare-bench" } },
      script: "export default { async fetch(r, env) { await env.Q.send(JSON.parse(await r.text()), { contentType: 'json' }); return Response.json({ ok: true }) } }",
    },
    { method: "POST", headers: { "content-type": "application/json" }, body: aircallBody },
  );

  const putSecret = (_source, value) => async (mf) => (await mf.getKVNamespace(C.BINDING.secrets, "ingest")).put(C.DEFAULT_SECRET_KEYS.webhookSecret, value);
  const aircallRequest = { method: "POST", headers: { "content-type": "application/json" }, body: aircallBody };
  const guestyRequest = { method: "POST", headers: { "content-type": "application/json", "svix-id": "msg_bench", "svix-timestamp": String(signedAt), "svix-signature": `v1,${signature}` }, body: guestyBody };
  const withQueue = (source) => ({ workers: [{ name: "ingest", ...ingestOptions(bundle, source, C) }] });
  // The same Worker with the queue binding replaced by a no-op (a wrapped binding): the runtime's own cost,
  // as in production where the queue is not in the Worker's process.
  const stubbedQueue = (source) => {
    const { queueProducers: _dropped, ...options } = ingestOptions(bundle, source, C);
    return {
      workers: [
        { name: "ingest", ...options, wrappedBindings: { [C.BINDING.ingestQueue]: { scriptName: "noop-queue" } } },
        { name: "noop-queue", modules: [{ type: "ESModule", path: "noop-queue.mjs", contents: "export default function () { return { async send() {}, async sendBatch() {} }; }" }] },
      ],
    };
  };
  const aircallResult = await measure("aircall webhook", withQueue("aircall"), aircallRequest, putSecret("aircall", AIRCALL_TOKEN));
  const guestyResult = await measure("guesty webhook", withQueue("guesty"), guestyRequest, putSecret("guesty", GUESTY_SECRET));
  const aircallStub = await measure("aircall webhook (queue stubbed)", stubbedQueue("aircall"), aircallRequest, putSecret("aircall", AIRCALL_TOKEN));
  const guestyStub = await measure("guesty webhook (queue stubbed)", stubbedQueue("guesty"), guestyRequest, putSecret("guesty", GUESTY_SECRET));

  const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
  const half = `>= ${round(hello.rps / 2, 0)} (50% of hello-world)`;
  const throughput = (r, goal) => ({ name: `${r.name} throughput`, value: round(r.rps, 0), unit: "req/s", goal });
  const share = (r) => ({ name: `${r.name} throughput vs hello-world`, value: round((100 * r.rps) / hello.rps, 1), unit: "%", goal: ">= 50" });
  const cpu = (r, goal) => ({ name: `${r.name} workerd CPU per request`, value: round(r.cpuMsPerRequest, 3), unit: "ms", goal });
  const rows = [
    throughput(hello, "baseline"),
    cpu(hello, "baseline"),
    throughput(bareQueue, "reference: Miniflare's in-process queue broker"),
    share(bareQueue),
    cpu(bareQueue, "reference"),
    ...[aircallResult, guestyResult, aircallStub, guestyStub].flatMap((r) => [throughput(r, half), share(r), cpu(r, "<= 0.3")]),
    { name: "aircall webhook p99 latency", value: aircallResult.p99, unit: "ms", goal: "< 5000 (Aircall timeout)" },
    { name: "guesty webhook p99 latency", value: guestyResult.p99, unit: "ms", goal: "< 15000 (Svix timeout)" },
    { name: "failed requests (non-2xx, errors, timeouts)", value: [hello, bareQueue, aircallResult, guestyResult, aircallStub, guestyStub].reduce((n, r) => n + r.non2xx, 0), unit: "count", goal: "0" },
    { name: "webhook-ingest bundle size (minified)", value: bundle.sizeBytes, unit: "bytes", goal: "<= 40960" },
  ];
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = Date.now();
  const rows = await run();
  const { printTable } = await import("./table.mjs");
  printTable(rows);
  console.log(`(${CONNECTIONS} connections, ${SECONDS} s per case, ${os.cpus().length} CPUs, total ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
