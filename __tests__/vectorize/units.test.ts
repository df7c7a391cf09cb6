import { countTokens } from "gpt-tokenizer/encoding/cl100k_base";
import { chunkBudget, chunkText } from "../../runtime/vectorize/chunk";
import { readConfig } from "../../runtime/vectorize/config";
import { FIRESTORE_SOURCE_PATTERNS, MONGO_SOURCE_COLLECTIONS } from "../../runtime/vectorize/contract";
import { decodeDocumentEventData, decodeFirestoreEvent, decodePubsubEvent, MalformedEventError, timestampVersion } from "../../runtime/vectorize/events";
import { MAPPED_PATTERNS, mapDocument, UnmappableDocumentError } from "../../runtime/vectorize/mappers";
import { physicalCollectionName } from "../../runtime/vectorize/vector-index";
import { documentEventDataType } from "../support/vectorize-harness";

describe("chunking", () => {
  const sentences = Array.from({ length: 300 }, (_, i) => `Sentence number ${i} tells the reader about room ${i % 17} and its view.`);
  const text = sentences.join(" ");
  const chunks = chunkText(text, { maxTokens: 120, overlapTokens: 20 });

  it("keeps every chunk within the token budget", () => {
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(countTokens(chunk)).toBeLessThanOrEqual(120);
  });

  it("loses no sentence and repeats the end of one chunk at the start of the next", () => {
    for (const sentence of sentences) expect(chunks.some((chunk) => chunk.includes(sentence))).toBe(true);
    for (let i = 1; i < chunks.length; i++) {
      const lastSentenceOfPrevious = chunks[i - 1].split(/(?<=\.)\s+/).pop()!;
      expect(chunks[i].startsWith(lastSentenceOfPrevious)).toBe(true);
    }
  });

  it("cuts a sentence longer than the budget at word boundaries", () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");
    const pieces = chunkText(long, { maxTokens: 50, overlapTokens: 5 });
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) {
      expect(countTokens(piece)).toBeLessThanOrEqual(50);
      expect(piece).toMatch(/^word\d+( word\d+)*$/);
    }
  });

  it("gives empty text no chunks and keeps budgets far below the model's limit", () => {
    expect(chunkText("  \n ", { maxTokens: 100, overlapTokens: 10 })).toEqual([]);
    expect(chunkBudget(512).maxTokens).toBeLessThanOrEqual(256);
    expect(chunkBudget(8192)).toEqual({ maxTokens: 400, overlapTokens: 50 });
  });
});

describe("mappers", () => {
  it("has a mapper for every pattern the construct makes a trigger for, and for the relay's collections", () => {
    expect([...MAPPED_PATTERNS].sort()).toEqual(
      [...FIRESTORE_SOURCE_PATTERNS.map((p) => p.replace(/\{[^}]+\}/g, "{id}")), ...MONGO_SOURCE_COLLECTIONS.map((c) => `${c}/{id}`)].sort(),
    );
  });

  it("embeds a call only when it holds words someone said or wrote: summary, notes or transcript", () => {
    expect(mapDocument("aircall_calls/1", { id: 1, direction: "inbound", status: "done" }).text).toBe("");
    const withTranscript = mapDocument("aircall_calls/1", { id: 1, direction: "inbound", transcription: { content: { utterances: [{ text: "Hello, is the pool heated?" }, { text: "Yes, from May." }] } } });
    expect(withTranscript.text).toContain("Transcript: Hello, is the pool heated? Yes, from May.");
    const withNotes = mapDocument("aircall_calls/2", { id: 2, comments: [{ content: "Called back about the deposit" }] });
    expect(withNotes.text).toContain("Notes: Called back about the deposit");
  });

  it("scopes a Rocket.Chat message to its room and skips system, hidden and bot messages", () => {
    const message = mapDocument("rocketchat_message/m1", { _id: "m1", rid: "R1", msg: "Key box code is 4711", u: { username: "ana" } });
    expect(message).toMatchObject({ access: "room", payload: { room_id: "R1" } });
    expect(message.text).toContain("Key box code is 4711");
    for (const skipped of [{ t: "uj" }, { _hidden: true }, { bot: { i: "rag" } }]) {
      expect(mapDocument("rocketchat_message/m2", { _id: "m2", rid: "R1", msg: "text", ...skipped }).text).toBe("");
    }
  });

  it("embeds nothing of a deleted contact, listing or guest", () => {
    expect(mapDocument("aircall_contacts/9", { first_name: "Ann", deleted: true }).text).toBe("");
    expect(mapDocument("guesty_listings/9", { title: "Loft", deleted: true }).text).toBe("");
    expect(mapDocument("guesty_guests/9", { fullName: "Ann Lee", deleted: true }).text).toBe("");
  });

  it("keeps a guest's contact details out of the embedded text", () => {
    const guest = mapDocument("guesty_guests/g1", { fullName: "Ann Lee", email: "ann@example.org", phone: "+3312345678", hometown: "Lyon" });
    expect(guest.text).toContain("Ann Lee");
    expect(guest.text).not.toContain("ann@example.org");
    expect(guest.text).not.toContain("+3312345678");
  });

  it("rejects a path no mapper knows with the list of mapped collections", () => {
    expect(() => mapDocument("invoices/1", {})).toThrow(UnmappableDocumentError);
    expect(() => mapDocument("guesty_conversations/c1", {})).toThrow(/no mapper for "guesty_conversations\/c1"/);
  });
});

describe("event decoding", () => {
  it("orders versions as time: microsecond Firestore times and MongoDB cluster times sort as strings", () => {
    expect(timestampVersion("2026-11-30T10:00:00.000001Z") > timestampVersion("2026-11-30T10:00:00Z")).toBe(true);
    expect(timestampVersion("2026-11-30T10:00:00.123456789Z")).toBe(timestampVersion("2026-11-30T10:00:00.123456Z"));
    expect(timestampVersion("2026-11-30T11:00:00+01:00")).toBe(timestampVersion("2026-11-30T10:00:00Z"));
    expect(() => timestampVersion("yesterday")).toThrow(MalformedEventError);
  });

  it("decodes protobuf DocumentEventData into REST-shaped values, a map field named 'seconds' included", () => {
    const type = documentEventDataType();
    const bytes = type
      .encode(
        type.fromObject({
          value: {
            name: "projects/p/databases/(default)/documents/aircall_calls/7",
            fields: { timer: { mapValue: { fields: { seconds: { integerValue: "12" } } } }, at: { timestampValue: { seconds: 1764496800, nanos: 500000000 } }, none: { nullValue: 0 } },
            updateTime: { seconds: 1764496801, nanos: 1000 },
          },
        }),
      )
      .finish();
    const change = decodeFirestoreEvent({ id: "e1", data: Buffer.from(bytes) });
    expect(change).toMatchObject({ documentPath: "aircall_calls/7", version: timestampVersion("2025-11-30T10:00:01.000001Z") });
    expect(change.data).toEqual({ timer: { seconds: 12 }, at: new Date("2025-11-30T10:00:00.500Z"), none: null });
  });

  it("takes a delete's version from the event time, and rejects data that is neither protobuf nor JSON", () => {
    const deleted = decodeFirestoreEvent({ id: "e2", time: "2026-11-30T10:00:05.000002Z", data: { oldValue: { name: "projects/p/databases/(default)/documents/guesty_guests/g", updateTime: "2026-11-30T10:00:00Z" } } });
    expect(deleted).toMatchObject({ documentPath: "guesty_guests/g", version: timestampVersion("2026-11-30T10:00:05.000002Z") });
    expect(deleted.data).toBeUndefined();
    expect(() => decodeDocumentEventData("not json")).toThrow(MalformedEventError);
    expect(() => decodeFirestoreEvent({ id: "e3", data: Buffer.from([0xff, 0xff, 0xff, 0xff]) })).toThrow(MalformedEventError);
  });

  it("reads relay messages from a CloudEvent and from a plain push request alike, and rejects incomplete ones", () => {
    const change = { operationType: "insert", collection: "rocketchat_message", documentId: "m", fullDocument: { msg: "hi" }, clusterTime: { t: 10, i: 2 } };
    const message = { data: Buffer.from(JSON.stringify(change)).toString("base64"), messageId: "42" };
    const fromEvent = decodePubsubEvent({ id: "x", type: "google.cloud.pubsub.topic.v1.messagePublished", data: { message } });
    const fromPush = decodePubsubEvent({ message, subscription: "projects/p/subscriptions/s" });
    expect(fromEvent).toEqual(fromPush);
    expect(fromEvent).toMatchObject({ source: "mongodb", documentPath: "rocketchat_message/m", version: ((10n << 32n) + 2n).toString().padStart(20, "0"), eventId: "42" });
    const broken = (patch: Record<string, unknown>) => decodePubsubEvent({ message: { data: Buffer.from(JSON.stringify({ ...change, ...patch })).toString("base64") }, subscription: "s" });
    expect(() => broken({ operationType: "drop" })).toThrow(/operationType/);
    expect(() => broken({ clusterTime: undefined })).toThrow(/clusterTime/);
    expect(() => broken({ fullDocument: undefined })).toThrow(/fullDocument/);
    expect(() => broken({ collection: "../x" })).toThrow(/collection/);
  });
});

describe("configuration", () => {
  const base = { GCP_PROJECT_ID: "p", QDRANT_URL: "https://q", QDRANT_API_KEY: "k", CLOUDFLARE_ACCOUNT_ID: "a", EMBEDDING_API_TOKEN: "t" };

  it("names the missing variable and who sets it", () => {
    expect(() => readConfig({ ...base, QDRANT_API_KEY: undefined })).toThrow(/QDRANT_API_KEY is not set; Secret Manager/);
    expect(() => readConfig({ ...base, EMBEDDING_DIMENSION: "many" })).toThrow(/EMBEDDING_DIMENSION is "many"/);
    expect(() => readConfig({ ...base, EMBEDDING_PROVIDER: "openai" })).toThrow(/EMBEDDING_PROVIDER is "openai"/);
  });

  it("defaults to the platform's embedding and names a collection per model and dimension", () => {
    expect(readConfig(base).embedding).toMatchObject({ provider: "workers-ai", model: "@cf/baai/bge-m3", dimension: 1024 });
    expect(physicalCollectionName("platform_knowledge", "@cf/baai/bge-m3", 1024)).toBe("platform_knowledge_cf_baai_bge_m3_1024");
    expect(physicalCollectionName("kb", "gemini-embedding-001", 768)).not.toBe(physicalCollectionName("kb", "gemini-embedding-001", 3072));
  });
});
