/**
 * Runs the bundled RAG chat bridge Worker in workerd (Miniflare) with bindings built from its
 * contract, against local stand-ins: Rocket.Chat, Groq, Qdrant, Firestore and the embedder (the
 * `AI` binding is a wrapped binding whose `run()` calls the embeddings stand-in's Workers AI REST
 * endpoint, so queries get the same vectors the vectorize function indexes with).
 * Used by the runtime tests, the end-to-end test and the benchmark.
 */
import { QdrantClient } from "@qdrant/js-client-rest";
import { Miniflare, type WorkerOptions } from "miniflare";
import { bundleRuntime, type RuntimeBundle } from "../../constructs/lib/runtime-bundle";
import { BINDING, DEFAULT_EMBEDDING, DEFAULT_QDRANT_COLLECTION, SECRET_KEYS, VAR, WORKERS_COMPATIBILITY_DATE } from "../../runtime/rag-bridge/contract";
import { type EmbeddingsStandIn, startEmbeddingsStandIn } from "./embeddings-stand-in";
import { FirestoreStandIn, type StandInOptions } from "./firestore-stand-in";
import { type GroqStandIn, startGroqStandIn } from "./groq-stand-in";
import { type QdrantStandIn, startQdrantStandIn } from "./qdrant-stand-in";
import { type RocketChatStandIn, startRocketChatStandIn } from "./rocketchat-stand-in";
import { WorkerLogs } from "./webhook-ingest-harness";

export const RAG_QUEUE = "rag-questions";
export const RAG_DLQ = "rag-questions-dlq";
export const OUTGOING_TOKEN = "rc-outgoing-token-0123456789";
/** The physical collection behind the search alias (as the vectorize function names it). */
export const PHYSICAL_COLLECTION = `${DEFAULT_QDRANT_COLLECTION}_cf_baai_bge_m3_1024`;

export function ragBridgeBundle(): RuntimeBundle {
  return bundleRuntime({ runtime: "rag-bridge", target: "worker" });
}

export interface Upstreams {
  readonly rocketChat: RocketChatStandIn;
  readonly groq: GroqStandIn;
  readonly qdrant: QdrantStandIn;
  readonly firestore: FirestoreStandIn;
  readonly embeddings: EmbeddingsStandIn;
  close(): Promise<void>;
}

export async function startUpstreams(options: { readonly firestore?: StandInOptions } = {}): Promise<Upstreams> {
  const [rocketChat, groq, qdrant, firestore, embeddings] = await Promise.all([
    startRocketChatStandIn(),
    startGroqStandIn(),
    startQdrantStandIn({ apiKey: "qdrant-manage-key", readOnlyApiKey: "qdrant-read-key" }),
    FirestoreStandIn.start(options.firestore),
    startEmbeddingsStandIn(),
  ]);
  return {
    rocketChat,
    groq,
    qdrant,
    firestore,
    embeddings,
    close: async () => void (await Promise.all([rocketChat.close(), groq.close(), qdrant.close(), firestore.close(), embeddings.close()])),
  };
}

/** A wrapped binding standing in for Workers AI: `run(model, {text})` → the embeddings stand-in's REST answer's `result`. */
export function aiStandInWorker(embeddings: EmbeddingsStandIn): WorkerOptions {
  return {
    name: "workers-ai-stand-in",
    modules: [
      {
        type: "ESModule",
        path: "ai.mjs",
        contents: `export default function (env) {
          return { async run(model, input) {
            const r = await fetch(env.BASE + "/accounts/acct/ai/run/" + model, { method: "POST", headers: { authorization: "Bearer " + env.TOKEN, "content-type": "application/json" }, body: JSON.stringify(input) });
            const body = await r.json();
            if (!body.success) throw new Error("AI " + r.status + ": " + JSON.stringify(body.errors));
            return body.result;
          } };
        }`,
      },
    ],
  };
}

export interface BridgeSpec {
  readonly vars?: Record<string, string>;
  readonly maxRetries?: number;
}

export function bridgeWorker(up: Upstreams, spec: BridgeSpec = {}): WorkerOptions {
  const b = ragBridgeBundle();
  return {
    name: "rag-bridge",
    modules: true,
    scriptPath: b.filePath,
    modulesRoot: b.filePath.replace(/\/[^/]+$/, ""),
    compatibilityDate: WORKERS_COMPATIBILITY_DATE,
    kvNamespaces: { [BINDING.secrets]: "rag-secrets" },
    queueProducers: { [BINDING.questionQueue]: { queueName: RAG_QUEUE } },
    queueConsumers: {
      [RAG_QUEUE]: { maxBatchSize: 10, maxBatchTimeout: 0, maxRetries: spec.maxRetries ?? 2, deadLetterQueue: RAG_DLQ, retryDelay: 0 },
      [RAG_DLQ]: { maxBatchSize: 10, maxBatchTimeout: 0, maxRetries: 0, retryDelay: 0 },
    },
    wrappedBindings: { [BINDING.ai]: { scriptName: "workers-ai-stand-in", bindings: { BASE: up.embeddings.cloudflareApiBase, TOKEN: up.embeddings.token } } },
    bindings: {
      [VAR.environment]: "dev",
      [VAR.rocketChatUrl]: up.rocketChat.url,
      [VAR.firestoreProjectId]: "stand-in-project",
      [VAR.firestoreBaseUrl]: up.firestore.baseUrl,
      [VAR.qdrantUrl]: up.qdrant.url,
      [VAR.qdrantCollection]: DEFAULT_QDRANT_COLLECTION,
      [VAR.embeddingProvider]: DEFAULT_EMBEDDING.provider,
      [VAR.embeddingModel]: DEFAULT_EMBEDDING.model,
      [VAR.embeddingDimension]: String(DEFAULT_EMBEDDING.dimension),
      [VAR.groqBaseUrl]: up.groq.baseUrl,
      [VAR.deadLetterQueue]: RAG_DLQ,
      [VAR.retryBaseDelayMs]: "0",
      ...spec.vars,
    },
  };
}

export interface Bridge {
  readonly mf: Miniflare;
  readonly url: URL;
  readonly logs: WorkerLogs;
  /** POSTs an outgoing-webhook delivery (token added unless given). */
  deliver(payload: Record<string, unknown>): Promise<{ status: number; body: any; text: string; ms: number }>;
  close(): Promise<void>;
}

export async function startBridge(up: Upstreams, spec: BridgeSpec = {}, extraWorkers: WorkerOptions[] = []): Promise<Bridge> {
  const logs = new WorkerLogs();
  const mf = new Miniflare({ workers: [bridgeWorker(up, spec), aiStandInWorker(up.embeddings), ...extraWorkers], handleRuntimeStdio: logs.handle });
  const url = await mf.ready;
  const kv = await mf.getKVNamespace(BINDING.secrets, "rag-bridge");
  const sa = up.firestore.createServiceAccount();
  await Promise.all([
    kv.put(SECRET_KEYS.outgoingToken, OUTGOING_TOKEN),
    kv.put(SECRET_KEYS.botUserId, up.rocketChat.bot.userId),
    kv.put(SECRET_KEYS.botAuthToken, up.rocketChat.bot.authToken),
    kv.put(SECRET_KEYS.groqApiKey, up.groq.apiKey),
    kv.put(SECRET_KEYS.qdrantApiKey, "qdrant-read-key"),
    kv.put(SECRET_KEYS.googleServiceAccount, JSON.stringify(sa)),
  ]);
  return {
    mf,
    url,
    logs,
    deliver: async (payload) => {
      const started = performance.now();
      const response = await mf.dispatchFetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: OUTGOING_TOKEN, ...payload }) });
      const text = await response.text();
      const ms = performance.now() - started;
      let body: any = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
      return { status: response.status, body, text, ms };
    },
    close: () => mf.dispose(),
  };
}

/** A Rocket.Chat outgoing-webhook body for a question (rocketchat.md §1 field names). */
export function questionPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bot: false,
    channel_id: "ROOMsupport0000001",
    channel_name: "support",
    message_id: `MSG${Math.random().toString(36).slice(2, 16)}`,
    timestamp: new Date().toISOString(),
    user_id: "zk8ei6fZYTxnNdbWg",
    user_name: "alice",
    text: "What did the guest say about the late check-in?",
    siteUrl: "http://localhost:3000/",
    ...overrides,
  };
}

/** Creates the physical collection and the search alias as the vectorize function does, and upserts points embedded by the stand-in. */
export async function seedKnowledge(up: Upstreams, points: Array<{ id: string; text: string; payload: Record<string, unknown> }>): Promise<void> {
  const qdrant = new QdrantClient({ url: up.qdrant.url, apiKey: "qdrant-manage-key", checkCompatibility: false });
  if (!up.qdrant.collections.has(PHYSICAL_COLLECTION)) {
    await qdrant.createCollection(PHYSICAL_COLLECTION, { vectors: { size: DEFAULT_EMBEDDING.dimension, distance: "Cosine" } });
    await qdrant.updateCollectionAliases({ actions: [{ create_alias: { alias_name: DEFAULT_QDRANT_COLLECTION, collection_name: PHYSICAL_COLLECTION } }] });
  }
  await qdrant.upsert(PHYSICAL_COLLECTION, {
    wait: true,
    points: points.map((p) => ({ id: p.id, vector: up.embeddings.vectorFor(p.text, DEFAULT_EMBEDDING.dimension), payload: { text: p.text, ...p.payload } })),
  });
}
