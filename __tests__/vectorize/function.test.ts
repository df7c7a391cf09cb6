import { v5 as uuidv5 } from "uuid";
import { PAYLOAD_INDEXES, POINT_ID_NAMESPACE, VECTORIZE_COLLECTIONS } from "../../runtime/vectorize/contract";
import type { EmbeddingsStandIn } from "../support/embeddings-stand-in";
import type { FirestoreStandIn } from "../support/firestore-stand-in";
import type { QdrantStandIn } from "../support/qdrant-stand-in";
import { firestoreWrittenEvent, type FunctionEnvironment, relayEvent, relayPush, type RunningFunction, startVectorizeFunction, startVectorizeWorld, type VectorizeWorld, type MetadataStandIn } from "../support/vectorize-harness";

const PROJECT = "platform-test-000001";
const ALIAS = "platform_knowledge";
const COLLECTION = "platform_knowledge_cf_baai_bge_m3_1024";
const ACCOUNT = "0123456789abcdef0123456789abcdef";

let qdrant: QdrantStandIn;
let embeddings: EmbeddingsStandIn;
let firestore: FirestoreStandIn;
let metadata: MetadataStandIn;
let fn: RunningFunction;
let environment: FunctionEnvironment;
let world: VectorizeWorld;

/** The id the function must give a chunk: UUIDv5 of `source/document path/chunk index` (RFC 9562 §5.5). */
const idOf = (source: string, documentPath: string, chunk: number) => uuidv5(`${source}/${documentPath}/${chunk}`, POINT_ID_NAMESPACE);
const pointsOf = (documentPath: string) => qdrant.points(COLLECTION).filter((point) => point.payload.source_id === documentPath);
const embeddedTexts = () => embeddings.requests.flatMap((request) => request.texts);
const upserts = () => qdrant.requests.filter((r) => r.method === "PUT" && r.path === `/collections/${COLLECTION}/points`);
const isoMicros = (second: number) => `2026-11-30T10:00:${String(second).padStart(2, "0")}.123456Z`;
/** `source_version` of a Firestore write at `isoMicros(second)`: microseconds since the epoch, 20 digits. */
const versionAt = (second: number) => (BigInt(Date.UTC(2026, 10, 30, 10, 0, second)) * 1000n + 123456n).toString().padStart(20, "0");

function call(id: number, summary: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    direction: "inbound",
    status: "done",
    started_at: new Date("2026-11-30T09:58:00Z"),
    duration: 312,
    user: { id: 216119, name: "Ines Agent" },
    contact: { id: 16944643, first_name: "Marta", last_name: "Lopez" },
    number: { id: 58108, name: "Reservations line" },
    summary,
    ...extra,
  };
}

async function write(documentPath: string, data: Record<string, unknown> | undefined, second: number, old?: { data: Record<string, unknown>; second: number }, options: { contentType?: "application/json" | "application/protobuf"; id?: string } = {}) {
  return fn.deliver(
    firestoreWrittenEvent({
      projectId: PROJECT,
      documentPath,
      value: data ? { data, updateTime: isoMicros(second) } : undefined,
      oldValue: old ? { data: old.data, updateTime: isoMicros(old.second) } : undefined,
      time: isoMicros(second),
      contentType: options.contentType,
      id: options.id,
    }),
  );
}

beforeAll(async () => {
  world = await startVectorizeWorld({ projectId: PROJECT, cloudflareAccountId: ACCOUNT, qdrantCollection: ALIAS });
  ({ qdrant, embeddings, firestore, metadata, environment } = world);
  fn = await startVectorizeFunction(environment);
}, 60_000);

afterAll(async () => {
  await fn?.stop();
  await world?.close();
});

beforeEach(() => {
  qdrant.requests.length = 0;
  embeddings.requests.length = 0;
});

describe("vectorize function under functions-framework", () => {
  it("embeds a new Aircall call from a protobuf document.written event into one point with the exact id and payload", async () => {
    const path = "aircall_calls/76259012";
    expect(await write(path, call(76259012, "The guest asked about the invoice for the March stay."), 1)).toBe(204);

    const [point] = pointsOf(path);
    expect(pointsOf(path)).toHaveLength(1);
    expect(point.id).toBe(idOf("aircall", path, 0));
    expect(point.payload).toMatchObject({
      source: "aircall",
      doc_type: "call",
      source_id: path,
      access: "business",
      chunk_index: 0,
      chunk_count: 1,
      source_version: versionAt(1),
      embedding_model: "@cf/baai/bge-m3",
      call_id: "76259012",
      contact_name: "Marta Lopez",
    });
    expect(String(point.payload.text)).toContain("Summary: The guest asked about the invoice for the March stay.");
    expect(point.payload.content_hash).toMatch(/^[0-9a-f]{64}$/);
    // The vector is the embedding API's answer for exactly the stored text (Qdrant may renormalise it for Cosine).
    const expected = embeddings.vectorFor(String(point.payload.text), 1024);
    expect(point.vector.reduce((sum, x, i) => sum + x * expected[i], 0)).toBeCloseTo(1, 6);
    expect(embeddings.requests).toHaveLength(1);
    // The collection sits behind the alias searches use, with the payload indexes retrieval filters on.
    expect(qdrant.aliases.get(ALIAS)).toBe(COLLECTION);
    expect([...qdrant.collections.get(COLLECTION)!.payloadIndexes.keys()].sort()).toEqual(Object.keys(PAYLOAD_INDEXES).sort());
    expect(qdrant.collections.get(COLLECTION)!.size).toBe(1024);
    expect(metadata.tokenRequests).toBeGreaterThan(0);
  });

  it("costs nothing for a redelivered event or an unchanged document: 0 embedding calls and 0 upserts", async () => {
    const path = "aircall_calls/100";
    const doc = call(100, "Caller wants to extend the booking by two nights.");
    expect(await write(path, doc, 2, undefined, { id: "evt-100" })).toBe(204);
    embeddings.requests.length = 0;
    qdrant.requests.length = 0;

    expect(await write(path, doc, 2, undefined, { id: "evt-100" })).toBe(204); // the same event again
    expect(await write(path, { ...doc, lastEvent: "call.tagged" }, 3, { data: doc, second: 2 })).toBe(204); // a newer version, same text
    expect(embeddings.requests).toHaveLength(0);
    expect(upserts()).toHaveLength(0);
    // Only the version moved forward, so an older event arriving later is still recognised as older.
    expect(pointsOf(path)[0].payload.source_version).toBe(versionAt(3));
  });

  it("re-embeds only what changed and removes the stale points of a document that shrinks from 5 chunks to 3, in the same invocation", async () => {
    const path = "guesty_listings/59ac245d27cb310f0017afe3";
    const paragraph = (topic: string) => Array.from({ length: 20 }, (_, i) => `The ${topic} detail number ${i} is documented for guests and staff alike.`).join(" ");
    const long = { title: "Sea View Loft", publicDescription: { summary: paragraph("balcony"), space: paragraph("kitchen"), access: paragraph("parking"), houseRules: paragraph("quiet"), notes: paragraph("garden") } };
    expect(await write(path, long, 4)).toBe(204);
    const before = pointsOf(path);
    expect(before.length).toBe(5);
    expect(before.map((p) => p.id).sort()).toEqual([0, 1, 2, 3, 4].map((i) => idOf("guesty", path, i)).sort());

    embeddings.requests.length = 0;
    const short = { title: "Sea View Loft", publicDescription: { summary: paragraph("balcony"), space: paragraph("kitchen"), access: paragraph("parking") } };
    expect(await write(path, short, 5, { data: long, second: 4 })).toBe(204);
    const after = pointsOf(path);
    expect(after.map((p) => p.payload.chunk_index).sort()).toEqual([0, 1, 2]);
    expect(after.every((p) => p.payload.chunk_count === 3 && p.payload.source_version === versionAt(5))).toBe(true);
    // Chunks whose text did not change were not embedded again.
    expect(embeddedTexts().length).toBeLessThan(3);
    const deletes = qdrant.requests.filter((r) => r.path === `/collections/${COLLECTION}/points/delete`);
    expect(deletes).toHaveLength(1);
    expect((deletes[0].body as { points: string[] }).points.sort()).toEqual([3, 4].map((i) => idOf("guesty", path, i)).sort());
  });

  it("converges under reordering: version 2 then a late version 1 leaves version 2", async () => {
    const path = "aircall_calls/200";
    expect(await write(path, call(200, "Second version: the heating is fixed."), 12)).toBe(204);
    expect(await write(path, call(200, "First version: the heating is broken."), 11)).toBe(204);
    expect(pointsOf(path).map((p) => p.payload.text)).toEqual([expect.stringContaining("heating is fixed")]);
  });

  it("removes every point of a deleted document and keeps it deleted when an older write arrives late", async () => {
    const path = "aircall_calls/300";
    const doc = call(300, "Guest reported a leaking tap in the bathroom.");
    expect(await write(path, doc, 20)).toBe(204);
    expect(pointsOf(path)).toHaveLength(1);
    expect(await write(path, undefined, 22, { data: doc, second: 20 })).toBe(204);
    expect(pointsOf(path)).toEqual([]);
    expect(await write(path, call(300, "An older edit delivered late."), 21)).toBe(204);
    expect(pointsOf(path)).toEqual([]);
    expect(firestore.collection(VECTORIZE_COLLECTIONS.tombstones).map((doc) => doc.data.documentPath)).toContain(path);
  });

  it("removes the points of a document that no longer has anything worth embedding", async () => {
    const path = "aircall_calls/400";
    expect(await write(path, call(400, "Asked for an early check-in."), 30)).toBe(204);
    expect(pointsOf(path)).toHaveLength(1);
    const { summary: _summary, ...withoutSummary } = call(400, "");
    expect(await write(path, withoutSummary, 31)).toBe(204);
    expect(pointsOf(path)).toEqual([]);
  });

  it("accepts the JSON form of DocumentEventData too", async () => {
    const path = "guesty_conversations/630f63c09dcce60032d93a7f/messages/m1";
    expect(await write(path, { body: "Where can we park the car?", direction: "received", reservationId: "630f6529fae9050037b01e5e" }, 40, undefined, { contentType: "application/json" })).toBe(204);
    expect(pointsOf(path)[0].payload).toMatchObject({ doc_type: "guest_message", conversation_id: "630f63c09dcce60032d93a7f", reservation_id: "630f6529fae9050037b01e5e" });
  });

  it("indexes a Rocket.Chat message from the change relay's Pub/Sub event with the room it may be retrieved in", async () => {
    const change = {
      operationType: "insert",
      collection: "rocketchat_message",
      documentId: "msg-1",
      fullDocument: { _id: "msg-1", rid: "GENERAL", msg: "The wifi password for the loft changed to Sunset2026", u: { _id: "u1", username: "ines", name: "Ines" }, ts: "2026-11-30T10:00:00.000Z" },
      clusterTime: { t: 1764496800, i: 3 },
    };
    expect(await fn.deliver(relayEvent({ projectId: PROJECT, topic: "test-mongo-changes", change }))).toBe(204);
    const [point] = pointsOf("rocketchat_message/msg-1");
    expect(point.id).toBe(idOf("rocketchat", "rocketchat_message/msg-1", 0));
    expect(point.payload).toMatchObject({ source: "rocketchat", access: "room", room_id: "GENERAL", source_version: ((1764496800n << 32n) + 3n).toString().padStart(20, "0") });

    expect(await fn.deliver(relayEvent({ projectId: PROJECT, topic: "test-mongo-changes", change: { operationType: "delete", collection: "rocketchat_message", documentId: "msg-1", clusterTime: { t: 1764496900, i: 1 } } }))).toBe(204);
    expect(pointsOf("rocketchat_message/msg-1")).toEqual([]);
  });

  it("indexes a relay change pushed by the relay's own Pub/Sub push subscription (a plain push request, not a CloudEvent)", async () => {
    const change = {
      operationType: "update",
      collection: "rocketchat_message",
      documentId: "msg-2",
      fullDocument: { _id: "msg-2", rid: "ops", msg: "Boiler service booked for Tuesday", u: { username: "tom" } },
      clusterTime: { t: 1764496900, i: 1 },
    };
    expect(await fn.deliver(relayPush({ projectId: PROJECT, subscription: "test-mongo-changes-to-vectorize", change }))).toBe(204);
    expect(pointsOf("rocketchat_message/msg-2").map((p) => p.payload.room_id)).toEqual(["ops"]);
  });

  it("acknowledges an undecodable event and records why in Firestore instead of retrying it forever", async () => {
    const event = firestoreWrittenEvent({ projectId: PROJECT, documentPath: "aircall_calls/999", value: { data: {}, updateTime: isoMicros(50) }, id: "evt-garbage" });
    expect(await fn.deliver({ headers: event.headers, body: Buffer.from([0xff, 0xff, 0xff, 0x01, 0x02]) })).toBe(204);
    const errors = firestore.collection(VECTORIZE_COLLECTIONS.errors).map((doc) => doc.data);
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ eventId: "evt-garbage", error: "MalformedEventError" })]));
  });

  it("acknowledges a document of a collection it has no mapper for and records the reason", async () => {
    expect(await write("invoices/1", { total: 12 }, 51, undefined, { id: "evt-unmapped" })).toBe(204);
    const errors = firestore.collection(VECTORIZE_COLLECTIONS.errors).map((doc) => doc.data);
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ eventId: "evt-unmapped", error: "UnmappableDocumentError", documentPath: "invoices/1" })]));
    expect(upserts()).toHaveLength(0);
  });

  it("fails the invocation (so the platform retries) while Qdrant answers 503, and indexes the document on the retry", async () => {
    const path = "aircall_calls/500";
    qdrant.failNext(new RegExp(`^/collections/${COLLECTION}/points/scroll$`), 503, 1);
    expect(await write(path, call(500, "Late checkout requested for Sunday."), 60, undefined, { id: "evt-500" })).toBe(500);
    expect(pointsOf(path)).toEqual([]);
    expect(await write(path, call(500, "Late checkout requested for Sunday."), 60, undefined, { id: "evt-500" })).toBe(204);
    expect(pointsOf(path)).toHaveLength(1);
  });

  it("fails the invocation on an embedding rate limit rather than dropping the document", async () => {
    const path = "aircall_calls/600";
    embeddings.failNext(429, 1, 7);
    expect(await write(path, call(600, "Asked whether pets are allowed."), 61)).toBe(500);
    expect(pointsOf(path)).toEqual([]);
    expect(fn.output.some((line) => line.includes("sync failed") && line.includes("TransientError"))).toBe(true);
  });

  it("batches embedding requests: no request carries more than 100 texts", async () => {
    const path = "guesty_listings/huge";
    const description = Array.from({ length: 4000 }, (_, i) => `Room note ${i} says the lamp works.`).join(" ");
    expect(await write(path, { title: "Huge", publicDescription: { summary: description } }, 70)).toBe(204);
    const chunks = pointsOf(path).length;
    expect(chunks).toBeGreaterThan(100);
    expect(embeddings.requests.map((r) => r.texts.length)).toEqual([100, chunks - 100]);
  });

});

describe("vectorize function with a collection of the wrong size", () => {
  it("fails loudly at start and writes nothing when the collection's vector size differs from the configured dimension", async () => {
    const alias = "mismatch";
    const response = await fetch(`${qdrant.url}/collections/${alias}_cf_baai_bge_m3_1024`, {
      method: "PUT",
      headers: { "api-key": qdrant.apiKey!, "content-type": "application/json" },
      body: JSON.stringify({ vectors: { size: 768, distance: "Cosine" } }),
    });
    expect(response.ok).toBe(true);
    const other = await startVectorizeFunction({ ...environment, qdrantCollection: alias });
    try {
      const status = await other.deliver(firestoreWrittenEvent({ projectId: PROJECT, documentPath: "aircall_calls/700", value: { data: call(700, "Anything at all."), updateTime: isoMicros(1) } }));
      expect(status).toBe(500);
      expect(other.output.join("\n")).toContain("holds 768-dimensional vectors but @cf/baai/bge-m3 makes 1024");
      expect(qdrant.points(`${alias}_cf_baai_bge_m3_1024`)).toEqual([]);
    } finally {
      await other.stop();
    }
  });
});
