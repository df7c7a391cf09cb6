import { VECTORIZE_COLLECTIONS, VECTORIZE_DRIFT_ENTRY_POINT } from "../../runtime/vectorize/contract";
import type { EmbeddingsStandIn } from "../support/embeddings-stand-in";
import type { FirestoreStandIn } from "../support/firestore-stand-in";
import type { QdrantStandIn } from "../support/qdrant-stand-in";
import {
  firestoreWrittenEvent,
  type FunctionEnvironment,
  type MetadataStandIn,
  type RunningFunction,
  seedFirestore,
    startVectorizeFunction,
  startVectorizeWorld,
  type VectorizeWorld,
} from "../support/vectorize-harness";

const PROJECT = "platform-test-000002";
const ACCOUNT = "0123456789abcdef0123456789abcdef";
const DRIFT = { target: VECTORIZE_DRIFT_ENTRY_POINT, signatureType: "http" as const };

let qdrant: QdrantStandIn;
let embeddings: EmbeddingsStandIn;
let firestore: FirestoreStandIn;
let metadata: MetadataStandIn;
let environment: FunctionEnvironment;
let world: VectorizeWorld;
const running: RunningFunction[] = [];

async function start(patch: Partial<FunctionEnvironment>, entry?: typeof DRIFT): Promise<RunningFunction> {
  const fn = await startVectorizeFunction({ ...environment, ...patch }, entry);
  running.push(fn);
  return fn;
}

async function drift(fn: RunningFunction, scheduleTime?: string): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(fn.url, { method: "POST", headers: scheduleTime ? { "x-cloudscheduler-scheduletime": scheduleTime } : {} });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const call = (id: number, summary?: string) => ({ id, direction: "inbound", status: "done", contact: { first_name: "Guest", last_name: String(id) }, ...(summary ? { summary } : {}) });

/** Delivers the document.written event Eventarc would send for the document as the stand-in holds it now. */
async function deliverCurrent(fn: RunningFunction, path: string): Promise<void> {
  const stored = firestore.document(path);
  const data = firestore.data(path);
  if (!stored || !data) throw new Error(`no document ${path} in the stand-in`);
  expect(await fn.deliver(firestoreWrittenEvent({ projectId: PROJECT, documentPath: path, value: { data, updateTime: stored.updateTime } }))).toBe(204);
}

beforeAll(async () => {
  world = await startVectorizeWorld({ projectId: PROJECT, cloudflareAccountId: ACCOUNT, qdrantCollection: "kb_drift" });
  ({ qdrant, embeddings, firestore, metadata, environment } = world);
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((fn) => fn.stop()));
  await world?.close();
});

describe("drift check under functions-framework (HTTP, as Cloud Scheduler calls it)", () => {
  it("re-indexes what events missed, removes what was deleted unseen, leaves text-less documents alone and records the run", async () => {
    const events = await start({});
    const check = await start({}, DRIFT);
    await seedFirestore(firestore, PROJECT, {
      "aircall_calls/1": call(1, "Asked about the invoice for March."),
      "aircall_calls/2": call(2, "Wants a baby cot in the room."),
      "aircall_calls/3": call(3),
      "guesty_listings/L1": { title: "Harbour Flat", publicDescription: { summary: "Two bedrooms above the harbour." } },
    });
    for (const path of ["aircall_calls/1", "aircall_calls/2", "guesty_listings/L1"]) await deliverCurrent(events, path);
    const indexedSources = () => [...new Set(qdrant.points("kb_drift").map((p) => String(p.payload.source_id)))].sort();
    expect(indexedSources()).toEqual(["aircall_calls/1", "aircall_calls/2", "guesty_listings/L1"]);

    // Events lost: call 2 changed, call 4 created, listing L1 deleted, none of it delivered.
    await seedFirestore(firestore, PROJECT, { "aircall_calls/2": call(2, "Wants a baby cot and a high chair."), "aircall_calls/4": call(4, "Parking for a camper van?") }, ["guesty_listings/L1"]);

    const first = await drift(check, "2026-12-01T06:00:00.000Z");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ firestoreDocuments: 4, indexedDocuments: 3, removed: ["guesty_listings/L1"], failed: [], aliasSwitched: false });
    expect([...first.body.reindexed].sort()).toEqual(["aircall_calls/2", "aircall_calls/4"]);
    expect(indexedSources()).toEqual(["aircall_calls/1", "aircall_calls/2", "aircall_calls/4"]);
    expect(qdrant.points("kb_drift").find((p) => p.payload.source_id === "aircall_calls/2")!.payload.text).toContain("high chair");

    const runs = firestore.collection(VECTORIZE_COLLECTIONS.runs).map((doc) => doc.data);
    expect(runs).toEqual([
      expect.objectContaining({ kind: "drift-check", status: "completed", firestoreDocuments: 4, indexedDocuments: 3, reindexedCount: 2, removedCount: 1, failedCount: 0 }),
    ]);

    const second = await drift(check, "2026-12-01T12:00:00.000Z");
    expect(second.body).toMatchObject({ reindexed: [], removed: [], failed: [] });
  });

  it("refuses anything but POST", async () => {
    const check = running.find((fn) => fn.output.some((line) => line.includes(VECTORIZE_DRIFT_ENTRY_POINT)))!;
    const response = await fetch(check.url, { method: "GET" });
    expect(response.status).toBe(405);
  });

  it("switches the search alias to a new model's collection only once a run finds it complete", async () => {
    const old = await start({ qdrantCollection: "kb_swap" }, DRIFT);
    expect((await drift(old)).status).toBe(200);
    expect(qdrant.aliases.get("kb_swap")).toBe("kb_swap_cf_baai_bge_m3_1024");

    const next = await start({ qdrantCollection: "kb_swap", embeddingModel: "@cf/baai/bge-large-en-v1.5", embeddingDimension: 1024 }, DRIFT);
    const filling = await drift(next);
    expect(filling.body.reindexed.length).toBe(3);
    expect(filling.body.aliasSwitched).toBe(false);
    // Searches still see the complete old index while the new one fills.
    expect(qdrant.aliases.get("kb_swap")).toBe("kb_swap_cf_baai_bge_m3_1024");

    const complete = await drift(next);
    expect(complete.body).toMatchObject({ reindexed: [], aliasSwitched: true });
    expect(qdrant.aliases.get("kb_swap")).toBe("kb_swap_cf_baai_bge_large_en_v1_5_1024");
    expect(qdrant.points("kb_swap").every((p) => p.payload.embedding_model === "@cf/baai/bge-large-en-v1.5")).toBe(true);
  });
});
