/**
 * The whole flow, with the real runtimes and no mock of the project's own code:
 * an Aircall `call.ended` delivery (the published example payload, with a `summary`) → the
 * webhook-ingest Worker (workerd) → the Firestore stand-in, whose committed write becomes a
 * protobuf `document.written` CloudEvent → the vectorize function under functions-framework →
 * points in the Qdrant stand-in → a Rocket.Chat question to the RAG bridge Worker (workerd) → the
 * posted answer cites that call.
 */
import { FIRESTORE_SOURCE_PATTERNS } from "../../runtime/vectorize/contract";
import { DEFAULT_QDRANT_COLLECTION } from "../../runtime/rag-bridge/contract";
import { decodeFields, type StoredDocument } from "../support/firestore-stand-in";
import { type Bridge, PHYSICAL_COLLECTION, questionPayload, startBridge, startUpstreams, type Upstreams } from "../support/rag-harness";
import { firestoreWrittenEvent, type MetadataStandIn, type RunningFunction, startMetadataStandIn, startVectorizeFunction } from "../support/vectorize-harness";
import { fixtureJson, ingestWorker, KEYS, waitFor } from "../support/webhook-ingest-harness";

const PROJECT = "stand-in-project";
const AIRCALL_TOKEN = "aircall-webhook-token-e2e";
const SUMMARY = "Guest Marta Lopez called about reservation HM4821: her flight lands late, she will check in at 23:30 and needs the key box code.";

// Eventarc matches documents by the triggers' path patterns; only those reach the function.
const TRIGGERED = FIRESTORE_SOURCE_PATTERNS.map((pattern) => new RegExp(`/documents/${pattern.replace(/\{[^}]+\}/g, "[^/]+")}$`));

let up: Upstreams;
let metadata: MetadataStandIn;
let fn: RunningFunction;
let bridge: Bridge;
const deliveries: Array<Promise<number>> = [];

function onWrite(change: { name: string; before: StoredDocument | null; after: StoredDocument | null }): void {
  if (!TRIGGERED.some((pattern) => pattern.test(change.name)) || !fn) return;
  const documentPath = change.name.split("/documents/")[1];
  const snapshot = (doc: StoredDocument) => ({ data: decodeFields(doc.fields), updateTime: doc.updateTime, createTime: doc.createTime });
  deliveries.push(
    fn.deliver(
      firestoreWrittenEvent({
        projectId: PROJECT,
        documentPath,
        value: change.after ? snapshot(change.after) : undefined,
        oldValue: change.before ? snapshot(change.before) : undefined,
        time: change.after?.updateTime ?? new Date().toISOString(),
      }),
    ),
  );
}

beforeAll(async () => {
  up = await startUpstreams({ firestore: { onWrite } });
  metadata = await startMetadataStandIn(up.firestore, PROJECT);
  fn = await startVectorizeFunction({
    projectId: PROJECT,
    firestoreBaseUrl: up.firestore.baseUrl,
    metadataHost: metadata.host,
    qdrantUrl: up.qdrant.url,
    qdrantApiKey: up.qdrant.apiKey!,
    qdrantCollection: DEFAULT_QDRANT_COLLECTION,
    workersAiBaseUrl: up.embeddings.cloudflareApiBase,
    cloudflareAccountId: "0123456789abcdef0123456789abcdef",
    embeddingApiToken: up.embeddings.token,
  });
  const ingest = ingestWorker({ name: "aircall-ingest", source: "aircall", queueName: "aircall-ingest", deadLetterQueueName: "aircall-ingest-dlq", kvNamespace: "aircall-secrets", bucket: "aircall-archive", firestoreBaseUrl: up.firestore.baseUrl });
  // The stand-in embedder is bag-of-words: a long call text scores lower against a short question than bge-m3 would.
  bridge = await startBridge(up, { vars: { BUSINESS_CHANNELS: "reservations", SCORE_THRESHOLD: "0.2" } }, [ingest]);
  const kv = await bridge.mf.getKVNamespace("SECRETS", "aircall-ingest");
  await kv.put(KEYS.webhook, AIRCALL_TOKEN);
  await kv.put(KEYS.googleSa, JSON.stringify(up.firestore.createServiceAccount({ projectId: PROJECT })));
}, 60_000);

afterAll(async () => {
  await bridge?.close();
  await fn?.stop();
  await metadata?.close();
  await up?.close();
});

test("a call delivered by Aircall is indexed and cited in the bridge's answer to a question about it", async () => {
  // 1. Aircall → ingest Worker (the published call.ended example, with a summary and our token).
  const delivery = fixtureJson("aircall/call.ended.json");
  delivery.token = AIRCALL_TOKEN;
  delivery.data.summary = SUMMARY;
  const ingest = await bridge.mf.getWorker("aircall-ingest");
  const accepted = await ingest.fetch("https://aircall-hooks.example.com/", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(delivery) });
  expect(accepted.status).toBe(200);

  // 2. → Firestore → document.written → vectorize function → Qdrant.
  const callPath = `aircall_calls/${delivery.data.id}`;
  await waitFor(() => up.firestore.data(callPath)?.summary === SUMMARY, "the call in Firestore");
  await waitFor(() => deliveries.length > 0 && up.qdrant.collections.get(PHYSICAL_COLLECTION)?.points.size, "points in Qdrant", 20_000);
  expect(await Promise.all(deliveries)).toEqual(deliveries.map(() => 204));
  const points = up.qdrant.points(DEFAULT_QDRANT_COLLECTION).filter((p) => p.payload.source_id === callPath);
  expect(points.length).toBeGreaterThan(0);
  expect(String(points[0].payload.text)).toContain(SUMMARY);

  // 3. A Rocket.Chat question → the bridge → Groq sees the call → the answer cites it in the thread.
  up.groq.answer = (body) => {
    const context = String(body.messages[1].content);
    return context.includes("23:30") ? "Marta Lopez will check in at 23:30 and needs the key box code [1]." : "I do not know.";
  };
  const question = questionPayload({ channel_id: "ROOMreservations01", channel_name: "reservations", text: "When will Marta Lopez check in for reservation HM4821?" });
  up.rocketChat.addMessage({ _id: String(question.message_id), rid: String(question.channel_id), msg: String(question.text) });
  expect((await bridge.deliver(question)).body).toEqual({ ok: true, queued: true });
  await waitFor(() => up.firestore.data(`rag_questions/${question.message_id}`)?.status === "done", "the answer");

  const [answer] = up.rocketChat.posted().filter((m) => m.tmid === question.message_id);
  expect(answer.msg).toBe("Marta Lopez will check in at 23:30 and needs the key box code [1].");
  expect(answer.attachments).toEqual([expect.objectContaining({ title: `[1] ${points[0].payload.title}`, text: expect.stringContaining("23:30") })]);
  const record = up.firestore.data(`rag_questions/${question.message_id}`)!;
  expect((record.points as Array<{ source_id: string }>).map((p) => p.source_id)).toContain(callPath);
}, 60_000);
