#!/usr/bin/env node
/**
 * Benchmark of the RAG chat bridge Worker in workerd (Miniflare) with every upstream replaced by
 * the test stand-ins (Rocket.Chat, Groq, Qdrant, Firestore, Workers AI), which answer at once:
 *
 * - bundle size (minified ES module, what the construct uploads);
 * - webhook ack latency p99 of accepted deliveries: one at a time (each answered before the
 *   next), and back to back while the consumer answers the earlier ones in the same workerd
 *   process and the stand-ins share this Node process with the client;
 * - the bridge's time per question: ack → Q&A record `done` (wall, median), and workerd CPU per
 *   question from /proc/<pid>/stat (utime+stime over the run / questions). Both include the
 *   loopback calls to the stand-ins, Miniflare's queue broker and the AI stand-in Worker, which
 *   run in the same workerd process: an upper bound of the bridge's own cost.
 *
 *   node scripts/bench/rag-bridge.mjs        # prints a table
 *   import { run } from "./scripts/bench/rag-bridge.mjs"; await run()  // rows
 *
 * The harness is TypeScript (__tests__/support/rag-harness.ts): it is compiled with esbuild into
 * a temporary CommonJS file under node_modules/.cache (packages stay external) and required.
 */
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CLK_TCK, cpuTicks, workerdPids } from "./workerd-cpu.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const QUESTIONS = Number(process.env.BENCH_RAG_QUESTIONS ?? 200);

async function compiledHarness() {
  const esbuild = require("esbuild");
  const outfile = path.join(ROOT, "node_modules", ".cache", "bench", `rag-harness-${process.pid}.cjs`);
  await esbuild.build({ entryPoints: [path.join(ROOT, "__tests__/support/rag-harness.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, packages: "external", logLevel: "warning" });
  try {
    return require(outfile);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}


const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

export async function run() {
  const harness = await compiledHarness();
  const bundle = harness.ragBridgeBundle();
  const up = await harness.startUpstreams();
  const before = new Set(workerdPids());
  let bridge;
  try {
    await harness.seedKnowledge(up, [
      { id: "11111111-1111-5111-8111-111111111111", text: "Call with Maria Lopez: late check-in at 23:00 agreed, key box code sent.", payload: { source: "aircall", doc_type: "call", source_id: "aircall_calls/1", access: "business", title: "Call with Maria Lopez" } },
    ]);
    bridge = await harness.startBridge(up, { vars: { BUSINESS_CHANNELS: "support", SCORE_THRESHOLD: "0.1", BUDGET_USER_PER_DAY: "1000000", BUDGET_ROOM_PER_DAY: "1000000", BUDGET_GLOBAL_PER_DAY: "1000000" } });
    const pid = workerdPids().find((p) => !before.has(p));
    const ask = async (i) => {
      const payload = harness.questionPayload({ channel_name: "support", message_id: `BENCH${process.pid}x${i}`, text: `What did Maria Lopez ask about the late check-in? (${i})` });
      up.rocketChat.addMessage({ _id: payload.message_id, rid: payload.channel_id, msg: payload.text });
      const answer = await bridge.deliver(payload);
      if (answer.status !== 200) throw new Error(`delivery ${i} answered ${answer.status} ${answer.text}`);
      return { messageId: payload.message_id, ackMs: answer.ms, sentAt: performance.now() };
    };
    const done = (messageId) => up.firestore.data(`rag_questions/${messageId}`)?.status === "done";
    const waitDone = async (messageId) => {
      const deadline = Date.now() + 15_000;
      while (!done(messageId)) {
        if (Date.now() > deadline) throw new Error(`question ${messageId} not answered`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };

    for (let i = 0; i < 10; i++) await waitDone((await ask(`warm${i}`)).messageId); // JIT, token exchange, caches

    // One question at a time, to its answer: the bridge's time per question.
    const perQuestion = [];
    const quietAcks = [];
    const ticks0 = pid ? cpuTicks(pid) : 0;
    for (let i = 0; i < QUESTIONS; i++) {
      const { messageId, sentAt, ackMs } = await ask(`seq${i}`);
      quietAcks.push(ackMs);
      await waitDone(messageId);
      perQuestion.push(performance.now() - sentAt);
    }
    const cpuMs = pid ? ((cpuTicks(pid) - ticks0) * (1000 / CLK_TCK)) / QUESTIONS : NaN;

    // The same path without the queue send (a bot message is verified, judged and acknowledged).
    const ignoredAcks = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const answer = await bridge.deliver(harness.questionPayload({ message_id: `BOT${i}`, bot: { i: "bench" } }));
      ignoredAcks.push(answer.ms);
    }

    // Deliveries back to back while earlier questions are being answered: the ack latency.
    const acks = [];
    const pending = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const { messageId, ackMs } = await ask(`ack${i}`);
      acks.push(ackMs);
      pending.push(messageId);
    }
    for (const messageId of pending) await waitDone(messageId);
    if (up.rocketChat.posted().length < 2 * QUESTIONS) throw new Error("not every question was answered");

    return [
      { name: "rag-bridge: bundle size (minified ES module)", value: (bundle.sizeBytes / 1024).toFixed(1), unit: "KB", goal: "≤ 120 KB" },
      { name: "rag-bridge: webhook ack latency p99, one question at a time", value: quantile(quietAcks, 0.99).toFixed(2), unit: "ms", goal: "≤ 50 ms" },
      { name: "rag-bridge: webhook ack latency p50 / p99, back to back while earlier ones are answered", value: `${quantile(acks, 0.5).toFixed(2)} / ${quantile(acks, 0.99).toFixed(2)}`, unit: "ms", goal: "≤ 50 ms (p99)" },
      { name: "rag-bridge: webhook ack latency p50 / p99 of an ignored delivery (verify + judge, no queue send)", value: `${quantile(ignoredAcks, 0.5).toFixed(2)} / ${quantile(ignoredAcks, 0.99).toFixed(2)}`, unit: "ms", goal: "" },
      { name: "rag-bridge: time per question, ack → answered (median, instant stand-ins, loopback included)", value: quantile(perQuestion, 0.5).toFixed(2), unit: "ms", goal: "≤ 10 ms" },
      { name: "rag-bridge: workerd CPU per question (bridge + queue broker + AI stand-in)", value: cpuMs.toFixed(2), unit: "ms", goal: "" },
    ];
  } finally {
    await bridge?.close();
    await up.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { printTable } = await import("./table.mjs");
  printTable(await run());
}
