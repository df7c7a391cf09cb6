// The Qdrant and embeddings stand-ins the VectorizePipeline runtime tests rely on, exercised with
// the real @qdrant/js-client-rest client and plain fetch (the wire formats the runtime sends).
import { QdrantClient } from "@qdrant/js-client-rest";
import { startEmbeddingsStandIn, type EmbeddingsStandIn } from "../support/embeddings-stand-in";
import { parsePointId, startQdrantStandIn, type QdrantStandIn } from "../support/qdrant-stand-in";

const DIM = 4;
const id = (n: number) => `00000000-0000-5000-8000-${n.toString().padStart(12, "0")}`;

/** The client's `api-key`-over-http warning is expected here. */
function quietClient(url: string, apiKey?: string | null) {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    return new QdrantClient({ url, apiKey: apiKey ?? undefined, checkCompatibility: false });
  } finally {
    warn.mockRestore();
  }
}

async function rejection(promise: Promise<unknown>): Promise<{ status?: number; data?: unknown; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { status?: number; data?: unknown; message: string };
  }
  throw new Error("expected the call to be rejected");
}

describe("Qdrant stand-in with @qdrant/js-client-rest", () => {
  let qdrant: QdrantStandIn;
  let client: QdrantClient;

  beforeEach(async () => {
    qdrant = await startQdrantStandIn();
    client = quietClient(qdrant.url, qdrant.apiKey);
    await client.createCollection("kb_v1", { vectors: { size: DIM, distance: "Cosine" } });
  });
  afterEach(() => qdrant.close());

  it("creates a collection once, reports its vector size and distance, and rejects a second create with 409", async () => {
    expect(await client.collectionExists("kb_v1")).toEqual({ exists: true });
    expect(await client.collectionExists("kb_v2")).toEqual({ exists: false });
    const info = await client.getCollection("kb_v1");
    expect(info.config.params.vectors).toEqual({ size: DIM, distance: "Cosine" });

    const again = await rejection(client.createCollection("kb_v1", { vectors: { size: DIM, distance: "Cosine" } }));
    expect(again.status).toBe(409);
    expect(again.data).toMatchObject({ status: { error: "Wrong input: Collection `kb_v1` already exists!" } });
    const missing = await rejection(client.getCollection("nope"));
    expect(missing.status).toBe(404);
    expect(missing.data).toMatchObject({ status: { error: "Not found: Collection `nope` doesn't exist!" } });
  });

  it("records payload indexes with their schema and shows them in the collection info", async () => {
    await client.createPayloadIndex("kb_v1", { field_name: "source_id", field_schema: "keyword", wait: true });
    await client.createPayloadIndex("kb_v1", { field_name: "source", field_schema: { type: "keyword", is_tenant: true }, wait: true });
    expect([...qdrant.collections.get("kb_v1")!.payloadIndexes]).toEqual([
      ["source_id", "keyword"],
      ["source", { type: "keyword", is_tenant: true }],
    ]);
    const info = await client.getCollection("kb_v1");
    expect(Object.keys(info.payload_schema)).toEqual(["source_id", "source"]);
    expect(qdrant.requests.filter((r) => r.path === "/collections/kb_v1/index").map((r) => r.query.wait)).toEqual(["true", "true"]);
  });

  it("upserts UUID points (normalising the id forms), stores cosine vectors at unit length and retrieves them", async () => {
    const result = await client.upsert("kb_v1", {
      wait: true,
      points: [
        { id: id(1), vector: [3, 4, 0, 0], payload: { source_id: "call:1", text: "invoice" } },
        { id: "00000000000050008000000000000002", vector: [0, 0, 1, 0], payload: { source_id: "call:2" } },
        { id: 7, vector: [0, 0, 0, 2], payload: { source_id: "call:7" } },
      ],
    });
    expect(result).toEqual({ operation_id: expect.any(Number), status: "completed" });
    expect(qdrant.points("kb_v1").map((p) => p.id)).toEqual([7, id(1), id(2)]);
    expect(qdrant.points("kb_v1")[1].vector).toEqual([0.6, 0.8, 0, 0]);

    const got = await client.retrieve("kb_v1", { ids: [id(1), id(9)], with_payload: ["source_id"], with_vector: true });
    expect(got).toEqual([{ id: id(1), payload: { source_id: "call:1" }, vector: [0.6, 0.8, 0, 0] }]);
  });

  it("rejects a point id that is neither an unsigned integer nor a UUID with Qdrant's 400 and stores nothing", async () => {
    const bad = await rejection(
      client.upsert("kb_v1", { wait: true, points: [{ id: "call:123", vector: [1, 0, 0, 0], payload: {} }] }),
    );
    expect(bad.status).toBe(400);
    expect((bad.data as { status: { error: string } }).status.error).toMatch(
      /^Format error in JSON body: value call:123 is not a valid point ID, valid values are either an unsigned integer or a UUID at line 1 column \d+$/,
    );
    expect(qdrant.points("kb_v1")).toEqual([]);
    expect([parsePointId(-1), parsePointId(1.5), parsePointId("urn:uuid:" + id(3).toUpperCase())]).toEqual([undefined, undefined, id(3)]);
  });

  it("rejects a vector whose length differs from the collection size with Qdrant's dimension error", async () => {
    const bad = await rejection(client.upsert("kb_v1", { wait: true, points: [{ id: id(1), vector: [1, 0, 0], payload: {} }] }));
    expect(bad.status).toBe(400);
    expect(bad.data).toMatchObject({ status: { error: "Wrong input: Vector dimension error: expected dim: 4, got 3" } });
    expect(qdrant.points("kb_v1")).toEqual([]);
  });

  it("acknowledges unwaited writes (upsert wait:false, delete by default) before applying them, and applies them shortly after", async () => {
    await qdrant.close();
    qdrant = await startQdrantStandIn({ unwaitedApplyDelayMs: 300 });
    client = quietClient(qdrant.url, qdrant.apiKey);
    await client.createCollection("kb_v1", { vectors: { size: DIM, distance: "Cosine" } });
    const result = await client.upsert("kb_v1", { wait: false, points: [{ id: id(1), vector: [1, 0, 0, 0], payload: {} }] });
    expect(result.status).toBe("acknowledged");
    expect((await client.count("kb_v1")).count).toBe(0);
    await qdrant.settled();
    expect((await client.count("kb_v1")).count).toBe(1);

    // The 1.19 client's delete (unlike upsert) does not default to wait=true.
    expect(await client.delete("kb_v1", { points: [id(1)] })).toMatchObject({ status: "acknowledged" });
    expect(qdrant.requests.at(-1)!.query.wait).toBeUndefined();
    await qdrant.settled();
    expect((await client.count("kb_v1")).count).toBe(0);
  });

  describe("with a few documents", () => {
    beforeEach(async () => {
      await client.upsert("kb_v1", {
        wait: true,
        points: [
          { id: id(1), vector: [1, 0, 0, 0], payload: { source: "aircall", source_id: "call:1", meta: { room: "r1" }, tags: ["a", "b"], n: 1 } },
          { id: id(2), vector: [0.9, 0.1, 0, 0], payload: { source: "guesty", source_id: "res:2", meta: { room: "r2" }, tags: [], n: 2 } },
          { id: id(3), vector: [0, 1, 0, 0], payload: { source: "aircall", source_id: "call:3", meta: { room: "r1" }, n: 3 } },
          { id: id(4), vector: [0.7, 0.7, 0, 0], payload: { source: "guesty", source_id: "res:4", tags: ["b"], n: 4, at: "2026-09-01T10:00:00Z" } },
        ],
      });
    });

    it("answers a raw-vector query with cosine scores in result.points, honouring filter, score_threshold and limit", async () => {
      const all = await client.query("kb_v1", { query: [1, 0, 0, 0], limit: 10, with_payload: true });
      expect(all.points.map((p) => p.id)).toEqual([id(1), id(2), id(4), id(3)]);
      expect(all.points[0].score).toBeCloseTo(1, 6);
      expect(all.points[2].score).toBeCloseTo(Math.SQRT1_2, 6);
      expect(all.points[0].payload).toMatchObject({ source_id: "call:1" });

      const filtered = await client.query("kb_v1", {
        query: [1, 0, 0, 0],
        filter: { must: [{ key: "source", match: { value: "guesty" } }] },
        score_threshold: 0.8,
        limit: 5,
      });
      expect(filtered.points.map((p) => p.id)).toEqual([id(2)]);
      expect(filtered.points[0].payload).toBeUndefined(); // query's with_payload defaults to false
      expect((await client.query("kb_v1", { query: [1, 0, 0, 0], limit: 2 })).points).toHaveLength(2);
    });

    it("evaluates must, should, must_not, match any/except, range, has_id, is_empty and nested keys like Qdrant", async () => {
      const ids = async (filter: Record<string, unknown>) =>
        (await client.scroll("kb_v1", { filter, limit: 100, with_payload: false })).points.map((p) => p.id);
      expect(await ids({ must: [{ key: "meta.room", match: { value: "r1" } }] })).toEqual([id(1), id(3)]);
      expect(await ids({ should: [{ key: "source_id", match: { any: ["call:3", "res:4"] } }] })).toEqual([id(3), id(4)]);
      expect(await ids({ must_not: [{ key: "source", match: { value: "aircall" } }] })).toEqual([id(2), id(4)]);
      expect(await ids({ must: [{ key: "tags", match: { except: ["a"] } }] })).toEqual([id(1), id(4)]);
      expect(await ids({ must: [{ key: "tags", match: { except: ["b"] } }] })).toEqual([id(1)]);
      expect(await ids({ must: [{ key: "n", range: { gt: 1, lte: 3 } }] })).toEqual([id(2), id(3)]);
      expect(await ids({ must: [{ key: "at", range: { gte: "2026-09-01T00:00:00Z" } }] })).toEqual([id(4)]);
      expect(await ids({ must: [{ has_id: [id(2), id(3)] }] })).toEqual([id(2), id(3)]);
      expect(await ids({ must: [{ is_empty: { key: "tags" } }] })).toEqual([id(2), id(3)]);
      expect(await ids({ must: [{ should: [{ key: "n", match: { value: 1 } }, { key: "n", match: { value: 4 } }] }] })).toEqual([id(1), id(4)]);
    });

    it("scrolls in id order with next_page_offset and counts with a filter", async () => {
      const first = await client.scroll("kb_v1", { limit: 3 });
      expect(first.points.map((p) => p.id)).toEqual([id(1), id(2), id(3)]);
      expect(first.points[0].payload).toMatchObject({ source_id: "call:1" });
      expect(first.next_page_offset).toBe(id(4));
      const second = await client.scroll("kb_v1", { limit: 3, offset: first.next_page_offset! });
      expect(second.points.map((p) => p.id)).toEqual([id(4)]);
      expect(second.next_page_offset).toBeNull();
      expect(await client.count("kb_v1", { filter: { must: [{ key: "source", match: { value: "aircall" } }] } })).toEqual({ count: 2 });
    });

    it("deletes points by filter and by ids", async () => {
      await client.delete("kb_v1", { wait: true, filter: { must: [{ key: "source_id", match: { value: "call:1" } }] } });
      expect(qdrant.points("kb_v1").map((p) => p.payload.source_id)).toEqual(["res:2", "call:3", "res:4"]);
      await client.delete("kb_v1", { wait: true, points: [id(2), id(4)] });
      expect(qdrant.points("kb_v1").map((p) => p.payload.source_id)).toEqual(["call:3"]);
    });

    it("merges set-payload into the selected points' payloads and keeps their vectors", async () => {
      const [before] = qdrant.points("kb_v1");
      await client.setPayload("kb_v1", { wait: true, points: [before.id], payload: { source_version: "0002", extra: 1 } });
      const [after] = qdrant.points("kb_v1");
      expect(after.payload).toEqual({ ...before.payload, source_version: "0002", extra: 1 });
      expect(after.vector).toEqual(before.vector);
    });
  });

  it("switches an alias atomically from a filled old collection to a new one, and resolves it wherever a collection name goes", async () => {
    await client.createCollection("kb_v2", { vectors: { size: 2, distance: "Cosine" } });
    await client.upsert("kb_v1", { wait: true, points: [{ id: id(1), vector: [1, 0, 0, 0], payload: { v: 1 } }] });
    await client.upsert("kb_v2", { wait: true, points: [{ id: id(1), vector: [0, 1], payload: { v: 2 } }] });
    await client.updateCollectionAliases({ actions: [{ create_alias: { collection_name: "kb_v1", alias_name: "kb" } }] });
    expect((await client.getCollection("kb")).config.params.vectors).toEqual({ size: DIM, distance: "Cosine" });

    await client.updateCollectionAliases({
      actions: [{ delete_alias: { alias_name: "kb" } }, { create_alias: { collection_name: "kb_v2", alias_name: "kb" } }],
    });
    expect(await client.getAliases()).toEqual({ aliases: [{ alias_name: "kb", collection_name: "kb_v2" }] });
    expect(await client.getCollectionAliases("kb_v1")).toEqual({ aliases: [] });
    const hit = await client.query("kb", { query: [0, 1], with_payload: true });
    expect(hit.points.map((p) => p.payload)).toEqual([{ v: 2 }]);
    await client.upsert("kb", { wait: true, points: [{ id: id(2), vector: [1, 1], payload: { v: 2 } }] });
    expect(qdrant.points("kb_v2")).toHaveLength(2);

    const bad = await rejection(
      client.updateCollectionAliases({ actions: [{ create_alias: { collection_name: "missing", alias_name: "kb2" } }] }),
    );
    expect(bad.status).toBe(404);
  });

  it("rejects requests without the api-key (401, Qdrant's text) and with a wrong one, and a write with the read-only key (403)", async () => {
    await qdrant.close();
    qdrant = await startQdrantStandIn({ apiKey: "rw-key", readOnlyApiKey: "ro-key" });
    const missing = await fetch(`${qdrant.url}/collections/kb_v1/exists`);
    expect(missing.status).toBe(401);
    expect(await missing.text()).toBe("Must provide an API key or an Authorization bearer token");
    const wrong = await rejection(quietClient(qdrant.url, "not-the-key").collectionExists("kb_v1"));
    expect(wrong.status).toBe(401);

    await quietClient(qdrant.url, "rw-key").createCollection("kb_v1", { vectors: { size: DIM, distance: "Cosine" } });
    const readOnly = quietClient(qdrant.url, "ro-key");
    expect(await readOnly.count("kb_v1")).toEqual({ count: 0 });
    const write = await rejection(readOnly.upsert("kb_v1", { wait: true, points: [{ id: 1, vector: [1, 0, 0, 0] }] }));
    expect(write.status).toBe(403);
    expect(write.data).toMatchObject({ status: { error: "Forbidden: Global manage access is required" } });
    expect((await rejection(readOnly.createCollection("other", { vectors: { size: DIM, distance: "Cosine" } }))).status).toBe(403);
    const bearer = await fetch(`${qdrant.url}/collections/kb_v1/exists`, { headers: { authorization: "Bearer rw-key" } });
    expect(await bearer.json()).toMatchObject({ result: { exists: true }, status: "ok" });
  });

  it("surfaces injected 503s as client errors for the next N matching requests, then recovers, logging each request", async () => {
    qdrant.failNext("/collections/kb_v1/points", 503, 2);
    const upsert = () => client.upsert("kb_v1", { wait: true, points: [{ id: id(1), vector: [1, 0, 0, 0], payload: {} }] });
    expect((await rejection(upsert())).status).toBe(503);
    expect((await rejection(upsert())).status).toBe(503);
    expect(qdrant.points("kb_v1")).toEqual([]);
    await upsert();
    expect(qdrant.points("kb_v1")).toHaveLength(1);

    const upserts = qdrant.requests.filter((r) => r.method === "PUT" && r.path === "/collections/kb_v1/points");
    expect(upserts.map((r) => [r.status, r.injected ?? false])).toEqual([
      [503, true],
      [503, true],
      [200, false],
    ]);
    expect(upserts[2].body).toMatchObject({ points: [{ id: id(1) }] });
  });

  it("can lose the answer of a write that was applied (afterApply), so retries must be idempotent", async () => {
    qdrant.failNext(/\/points$/, 500, 1, { method: "PUT", afterApply: true });
    const upsert = () => client.upsert("kb_v1", { wait: true, points: [{ id: id(1), vector: [1, 0, 0, 0], payload: { v: 1 } }] });
    expect((await rejection(upsert())).status).toBe(500);
    expect(qdrant.points("kb_v1")).toHaveLength(1);
    await upsert();
    expect(qdrant.points("kb_v1")).toHaveLength(1);
  });
});

describe("embeddings stand-in", () => {
  let embeddings: EmbeddingsStandIn;
  beforeEach(async () => {
    embeddings = await startEmbeddingsStandIn();
  });
  afterEach(() => embeddings.close());

  const workersAi = (texts: string[], token = embeddings.token, model = "@cf/baai/bge-m3") =>
    fetch(`${embeddings.cloudflareApiBase}/accounts/0123456789abcdef0123456789abcdef/ai/run/${model}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ text: texts }),
    });

  const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

  it("answers Workers AI bge-m3 with Cloudflare's envelope, shape [n, 1024] and unit vectors", async () => {
    const res = await workersAi(["first text", "second text"]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { shape: number[]; data: number[][] }; success: boolean; errors: unknown[]; messages: unknown[] };
    expect(body).toMatchObject({ success: true, errors: [], messages: [] });
    expect(body.result.shape).toEqual([2, 1024]);
    expect(body.result.data).toHaveLength(2);
    expect(body.result.data.every((v) => v.length === 1024)).toBe(true);
    expect(cosine(body.result.data[0], body.result.data[0])).toBeCloseTo(1, 9);
    expect(embeddings.requests.map((r) => [r.provider, r.model, r.texts])).toEqual([["cloudflare", "@cf/baai/bge-m3", ["first text", "second text"]]]);
  });

  it("returns the same vector for the same text on every call and a different one for a different text", async () => {
    const [a, b] = await Promise.all([workersAi(["Guest asked for late check-in"]), workersAi(["Guest asked for late check-in"])]);
    const va = ((await a.json()) as { result: { data: number[][] } }).result.data[0];
    const vb = ((await b.json()) as { result: { data: number[][] } }).result.data[0];
    expect(va).toEqual(vb);
    expect(va).toEqual(embeddings.vectorFor("Guest asked for late check-in", 1024));
    expect(cosine(va, embeddings.vectorFor("Guest asked for early check-in", 1024))).toBeLessThan(0.99);
  });

  it("ranks the document that shares the question's words first under cosine", async () => {
    const documents = [
      "Guest wants late check-in at the apartment on Friday",
      "Caller reported a broken heater in room 12",
      "The caller asked about invoice 4411, charged twice last month",
      "Reservation cancelled by the guest, refund pending",
    ];
    const res = await workersAi([...documents, "what did the caller ask about the invoice"]);
    const vectors = ((await res.json()) as { result: { data: number[][] } }).result.data;
    const question = vectors.pop()!;
    const ranked = documents.map((d, i) => ({ d, s: cosine(question, vectors[i]) })).sort((x, y) => y.s - x.s);
    expect(ranked[0].d).toContain("invoice");
    expect(ranked[0].s).toBeGreaterThan(ranked[1].s + 0.1);
  });

  it("rejects a missing or wrong bearer token with Cloudflare's authentication error", async () => {
    const res = await workersAi(["x"], "wrong");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ result: null, success: false, errors: [{ code: 10000, message: "Authentication error" }], messages: [] });
    const unknownModel = await workersAi(["x"], embeddings.token, "@cf/nope/model");
    expect(unknownModel.status).toBe(400);
    expect(await unknownModel.json()).toMatchObject({ errors: [{ code: 5007 }] });
  });

  it("answers injected 429s with retry-after for the next N requests, then succeeds", async () => {
    embeddings.failNext(429, 2, 7);
    for (let i = 0; i < 2; i++) {
      const res = await workersAi(["x"]);
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(await res.json()).toMatchObject({ success: false, errors: [{ code: 3040 }] });
    }
    expect((await workersAi(["x"])).status).toBe(200);
    expect(embeddings.requests.map((r) => r.injected ?? false)).toEqual([true, true, false]);
  });

  const vertexPredict = (model: string, body: unknown, token = embeddings.token) =>
    fetch(`${embeddings.vertexBase}/v1/projects/acme/locations/europe-west3/publishers/google/models/${model}:predict`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("answers Vertex :predict with predictions[].embeddings, truncating gemini-embedding-001 to outputDimensionality", async () => {
    const res = await vertexPredict("gemini-embedding-001", {
      instances: [{ task_type: "RETRIEVAL_DOCUMENT", title: "Reservation", content: "Late check-in requested" }],
      parameters: { outputDimensionality: 768 },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { predictions: { embeddings: { values: number[]; statistics: { token_count: number; truncated: boolean } } }[] };
    expect(body.predictions).toHaveLength(1);
    expect(body.predictions[0].embeddings.values).toEqual(embeddings.vectorFor("Late check-in requested", 3072).slice(0, 768));
    expect(body.predictions[0].embeddings.statistics).toEqual({ token_count: 5, truncated: false });
    expect(embeddings.requests[0]).toMatchObject({ provider: "vertex", model: "gemini-embedding-001", taskTypes: ["RETRIEVAL_DOCUMENT"] });
  });

  it("rejects two instances for gemini-embedding-001, a too-large outputDimensionality and a bad token, in Google's error shape", async () => {
    const two = await vertexPredict("gemini-embedding-001", { instances: [{ content: "a" }, { content: "b" }] });
    expect(two.status).toBe(400);
    expect(await two.json()).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT" } });
    const big = await vertexPredict("text-embedding-005", { instances: [{ content: "a" }], parameters: { outputDimensionality: 1024 } });
    expect(big.status).toBe(400);
    const unauthenticated = await vertexPredict("text-embedding-005", { instances: [{ content: "a" }] }, "wrong");
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
  });

  it("uses a configured dimension for a model", async () => {
    await embeddings.close();
    embeddings = await startEmbeddingsStandIn({ dimensions: { "@cf/baai/bge-m3": 8 } });
    const body = (await (await workersAi(["x"])).json()) as { result: { shape: number[] } };
    expect(body.result.shape).toEqual([1, 8]);
  });
});
