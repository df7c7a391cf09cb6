/**
 * The pure modules of the webhook ingest runtime, in Node: the Svix verifier (against the
 * published test vector and the svix library), constant-time comparison, the secrets cache,
 * Firestore value encoding, the adapters' ordering keys, the apply algorithm and the backoff.
 */
import { Webhook } from "svix";
import { matchesAnySecret, secretsEqual, splitSecretValues } from "../../runtime/lib/constant-time";
import { fieldPath, FirestoreError, fromFields, toFields, toValue, type Write } from "../../runtime/lib/firestore-rest";
import { clearSecretCache, getSecret, MissingSecretError, SecretStoreError } from "../../runtime/lib/secrets";
import { signWebhook, verifyWebhookSignature } from "../../runtime/lib/svix-verify";
import { type IngestMessage, isIngestMessage, safeId } from "../../runtime/webhook-ingest/message";
import { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS, QUEUE_MAX_DELAY_SECONDS_LIMIT, QUEUE_MAX_RETRIES_LIMIT } from "../../runtime/webhook-ingest/contract";
import { retryDelaySeconds, retrySchedule } from "../../runtime/webhook-ingest/retry";
import { aircall } from "../../runtime/webhook-ingest/sources/aircall";
import { guesty } from "../../runtime/webhook-ingest/sources/guesty";
import { adapterFor } from "../../runtime/webhook-ingest/sources";
import { applyDelivery, ContentionError, type DocumentStore } from "../../runtime/webhook-ingest/store";
import { replayArchived } from "../../runtime/webhook-ingest/replay";
import type { Env, IngestConfig } from "../../runtime/webhook-ingest/env";
import type { Logger } from "../../runtime/lib/json-log";
import { fixtureJson } from "../support/webhook-ingest-harness";

const vector = fixtureJson<{ secret: string; headers: Record<string, string>; payload: string }>("svix/published-test-vector.json");
const headersOf = (record: Record<string, string>) => new Headers(record);
const VECTOR_TIME = Number(vector.headers["svix-timestamp"]);

describe("Svix signature verifier", () => {
  test("accepts the Svix published test vector when the clock is fixed at its timestamp", async () => {
    const result = await verifyWebhookSignature({ headers: headersOf(vector.headers), rawBody: vector.payload, secrets: [vector.secret], nowSeconds: VECTOR_TIME });
    expect(result).toEqual({ ok: true, id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: VECTOR_TIME });
  });

  test("rejects the published test vector at today's clock as older than five minutes", async () => {
    const result = await verifyWebhookSignature({ headers: headersOf(vector.headers), rawBody: vector.payload, secrets: [vector.secret], nowSeconds: Math.floor(Date.now() / 1000) });
    expect(result).toMatchObject({ ok: false, reason: "timestamp_too_old" });
  });

  test.each([
    [300, true],
    [301, false],
    [-300, true],
    [-301, false],
  ])("with the clock %i s from the signature time, accepts=%s (300 s tolerance both ways)", async (offset, ok) => {
    const result = await verifyWebhookSignature({ headers: headersOf(vector.headers), rawBody: vector.payload, secrets: [vector.secret], nowSeconds: VECTOR_TIME + offset });
    expect(result.ok).toBe(ok);
    if (!ok) expect(result).toMatchObject({ reason: offset > 0 ? "timestamp_too_old" : "timestamp_in_future" });
  });

  test("rejects the published vector with a tampered body, id or timestamp", async () => {
    const base = { secrets: [vector.secret], nowSeconds: VECTOR_TIME };
    expect(await verifyWebhookSignature({ ...base, headers: headersOf(vector.headers), rawBody: '{"test": 2432232315}' })).toMatchObject({ ok: false, reason: "no_matching_signature" });
    expect(await verifyWebhookSignature({ ...base, headers: headersOf({ ...vector.headers, "svix-id": "msg_other" }), rawBody: vector.payload })).toMatchObject({ ok: false, reason: "no_matching_signature" });
    expect(await verifyWebhookSignature({ ...base, headers: headersOf({ ...vector.headers, "svix-timestamp": String(VECTOR_TIME + 1) }), rawBody: vector.payload })).toMatchObject({ ok: false, reason: "no_matching_signature" });
  });

  test("rejects missing headers, a non-numeric timestamp and a secret that is not base64", async () => {
    const { "svix-signature": _drop, ...noSignature } = vector.headers;
    expect(await verifyWebhookSignature({ headers: headersOf(noSignature), rawBody: vector.payload, secrets: [vector.secret], nowSeconds: VECTOR_TIME })).toMatchObject({ reason: "missing_headers" });
    expect(await verifyWebhookSignature({ headers: headersOf({ ...vector.headers, "svix-timestamp": "1614265330.5" }), rawBody: vector.payload, secrets: [vector.secret], nowSeconds: VECTOR_TIME })).toMatchObject({ reason: "invalid_timestamp" });
    expect(await verifyWebhookSignature({ headers: headersOf(vector.headers), rawBody: vector.payload, secrets: ["whsec_not base64!"], nowSeconds: VECTOR_TIME })).toMatchObject({ reason: "invalid_secret" });
  });

  test("accepts when any of several configured secrets matches (our side rotating)", async () => {
    const result = await verifyWebhookSignature({ headers: headersOf(vector.headers), rawBody: vector.payload, secrets: ["whsec_" + Buffer.from("old secret").toString("base64"), vector.secret], nowSeconds: VECTOR_TIME });
    expect(result.ok).toBe(true);
  });

  test("signs exactly like the svix library, and each verifies what the other signs", async () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000);
    const seconds = at.getTime() / 1000;
    const body = JSON.stringify({ event: "reservation.new", reservation: { _id: "r1", note: "naïve ✓" } });
    const reference = new Webhook(vector.secret).sign("msg_cross", at, body);
    const ours = await signWebhook(vector.secret, "msg_cross", seconds, body);
    expect(ours).toBe(reference);
    expect(new Webhook(vector.secret).verify(body, { "svix-id": "msg_cross", "svix-timestamp": String(seconds), "svix-signature": ours })).toEqual(JSON.parse(body));
    const check = await verifyWebhookSignature({ headers: headersOf({ "svix-id": "msg_cross", "svix-timestamp": String(seconds), "svix-signature": reference }), rawBody: body, secrets: [vector.secret], nowSeconds: seconds });
    expect(check.ok).toBe(true);
  });
});

describe("constant-time comparison", () => {
  test("compares secrets of any length and matches any of several values", async () => {
    expect(await secretsEqual("abc", "abc")).toBe(true);
    expect(await secretsEqual("abc", "abd")).toBe(false);
    expect(await secretsEqual("abc", "abcd")).toBe(false);
    expect(await matchesAnySecret("new", ["old", "new"])).toBe(true);
    expect(await matchesAnySecret("x", [])).toBe(false);
    expect(splitSecretValues(" a, b\nc  ")).toEqual(["a", "b", "c"]);
  });
});

describe("secrets cache", () => {
  const kv = (values: Record<string, string | null | Error>) => {
    const calls: string[] = [];
    return {
      calls,
      get: async (key: string) => {
        calls.push(key);
        const value = values[key];
        if (value instanceof Error) throw value;
        return value ?? null;
      },
    };
  };
  beforeEach(() => clearSecretCache());

  test("reads a secret once per TTL and again after it, so a rotation needs no redeploy", async () => {
    const values: Record<string, string | null | Error> = { k: "v1" };
    const store = kv(values);
    let now = 1_000;
    expect(await getSecret(store, "k", { now: () => now, ttlMs: 60_000 })).toBe("v1");
    values.k = "v2";
    now += 59_000;
    expect(await getSecret(store, "k", { now: () => now, ttlMs: 60_000 })).toBe("v1");
    now += 2_000;
    expect(await getSecret(store, "k", { now: () => now, ttlMs: 60_000 })).toBe("v2");
    expect(store.calls).toEqual(["k", "k"]);
  });

  test("fails with MissingSecretError naming the key, and does not cache the absence", async () => {
    const values: Record<string, string | null | Error> = {};
    const store = kv(values);
    await expect(getSecret(store, "aircall.webhook-secret")).rejects.toEqual(new MissingSecretError("aircall.webhook-secret"));
    await expect(getSecret(store, "aircall.webhook-secret")).rejects.toMatchObject({ key: "aircall.webhook-secret" });
    values["aircall.webhook-secret"] = "now-set";
    expect(await getSecret(store, "aircall.webhook-secret")).toBe("now-set");
  });

  test("serves the expired cached value when KV fails, and fails with SecretStoreError when nothing is cached", async () => {
    const values: Record<string, string | null | Error> = { k: "v1" };
    const store = kv(values);
    let now = 0;
    await getSecret(store, "k", { now: () => now });
    values.k = new Error("KV down");
    now += 120_000;
    const stale: string[] = [];
    expect(await getSecret(store, "k", { now: () => now, onStale: (key) => stale.push(key) })).toBe("v1");
    expect(stale).toEqual(["k"]);
    values.other = new Error("KV down");
    await expect(getSecret(store, "other")).rejects.toBeInstanceOf(SecretStoreError);
  });
});

describe("Firestore value encoding", () => {
  test("encodes JSON-like values as Firestore REST values", () => {
    expect(toFields({ s: "x", i: 5, big: 2 ** 60, d: 1.5, b: true, n: null, u: undefined, t: new Date("2018-09-21T10:29:45Z"), a: [1, "two"], m: { k: -3 } })).toEqual({
      s: { stringValue: "x" },
      i: { integerValue: "5" },
      big: { doubleValue: 2 ** 60 },
      d: { doubleValue: 1.5 },
      b: { booleanValue: true },
      n: { nullValue: null },
      t: { timestampValue: "2018-09-21T10:29:45.000Z" },
      a: { arrayValue: { values: [{ integerValue: "1" }, { stringValue: "two" }] } },
      m: { mapValue: { fields: { k: { integerValue: "-3" } } } },
    });
    expect(toValue(NaN)).toEqual({ doubleValue: "NaN" });
    expect(toValue(BigInt("9223372036854775807"))).toEqual({ integerValue: "9223372036854775807" });
  });

  test("stores an array nested in an array as a map, which Firestore allows", () => {
    expect(toValue([[1, 2]])).toEqual({ arrayValue: { values: [{ mapValue: { fields: { values: { arrayValue: { values: [{ integerValue: "1" }, { integerValue: "2" }] } } } } }] } });
  });

  test("rejects reserved field names", () => {
    expect(() => toFields({ __name__: 1 })).toThrow(/not a valid Firestore field name/);
  });

  test("round-trips through fromFields", () => {
    const fields = toFields({ a: 1, b: "x", c: [true, null], d: { e: 2.5 } });
    expect(fromFields(fields)).toEqual({ a: 1, b: "x", c: [true, null], d: { e: 2.5 } });
  });

  test("back-quotes field path segments that are not simple identifiers", () => {
    expect(fieldPath("_ingest", "orderingKey")).toBe("_ingest.orderingKey");
    expect(fieldPath("a-b", "1x", "it`s")).toBe("`a-b`.`1x`.`it\\`s`");
  });

  test("classifies Firestore errors as conflicts or transient", () => {
    expect(new FirestoreError("", 409, "ALREADY_EXISTS").isConflict).toBe(true);
    expect(new FirestoreError("", 400, "FAILED_PRECONDITION").isConflict).toBe(true);
    expect(new FirestoreError("", 409, "ABORTED").isConflict).toBe(true);
    expect(new FirestoreError("", 503, "UNAVAILABLE").isTransient).toBe(true);
    expect(new FirestoreError("", 400, "INVALID_ARGUMENT").isConflict).toBe(false);
    expect(new FirestoreError("", 400, "INVALID_ARGUMENT").isTransient).toBe(false);
  });
});

describe("source adapters", () => {
  const ctx = { headers: new Headers(), receivedAt: "2026-11-25T00:00:00.000Z" };
  const call = (event: string, timestamp: number, status: string) => {
    const result = aircall.parse({ resource: "call", event, timestamp, token: "t", data: { id: 1, status } }, ctx);
    if (result.kind !== "message") throw new Error(`expected a message, got ${result.kind}`);
    return result.message;
  };

  test("registers aircall and guesty and nothing else", () => {
    expect(adapterFor("aircall")).toBe(aircall);
    expect(adapterFor("guesty")).toBe(guesty);
    expect(adapterFor("toString")).toBeUndefined();
  });

  test("orders Aircall call events so call.ended is final over every lifecycle event", () => {
    const ended = call("call.ended", 1000, "done").orderingKey;
    expect(call("call.hungup", 5000, "done").orderingKey < ended).toBe(true); // skewed later timestamp, still not final
    expect(call("call.created", 900, "initial").orderingKey < ended).toBe(true);
    expect(call("call.tagged", 1100, "done").orderingKey > ended).toBe(true); // post-call annotation of the finished call
    expect(call("call.tagged", 990, "answered").orderingKey < ended).toBe(true); // tag while the call was live
    expect(call("call.created", 900, "initial").orderingKey < call("call.answered", 900, "answered").orderingKey).toBe(true); // same second
    expect(call("call.ended", 1000, "done").deliveryId).toBe("1:call.ended:1000");
  });

  test("ignores Aircall events it does not store and removes the token from stored payloads", () => {
    expect(aircall.parse({ event: "transcription.created", timestamp: 1, data: { id: 1 } }, ctx)).toMatchObject({ kind: "ignore", event: "transcription.created" });
    const message = call("call.created", 1, "initial");
    expect(message.payload).not.toHaveProperty("token");
  });

  test("orders Guesty events by publishedAt, then lastUpdatedAt, and treats removals as final", () => {
    const parse = (payload: Record<string, unknown>) => {
      const result = guesty.parse(payload, { ...ctx, deliveryId: "msg_1" });
      if (result.kind !== "message") throw new Error(`expected a message, got ${JSON.stringify(result)}`);
      return result.message;
    };
    const v2 = parse({ event: "reservation.updated.v2", publishedAt: "2026-01-01T00:00:02Z", reservation: { _id: "r" } });
    const legacy = parse({ event: "reservation.updated", reservation: { _id: "r", lastUpdatedAt: "2026-01-01T00:00:01Z" } });
    expect(legacy.orderingKey < v2.orderingKey).toBe(true);
    expect(parse({ eventType: "reservation.created.v2", data: { reservationId: "r9", publishedAt: "2026-01-01T00:00:00Z" } })).toMatchObject({ kind: "reservation", resourceId: "r9", event: "reservation.created.v2" });
    const removed = parse({ event: "guest.deleted", guest: { _id: "g" } });
    const lateUpdate = parse({ event: "guest.updated", guest: { _id: "g", updatedAt: "2099-01-01T00:00:00Z" } });
    expect(lateUpdate.orderingKey < removed.orderingKey).toBe(true);
    expect(guesty.parse({ event: "calendar.updated.v2", listingId: "l" }, { ...ctx, deliveryId: "msg_2" })).toMatchObject({ kind: "ignore" });
  });

  test("maps a Guesty message to its conversation and an immutable message document", () => {
    const result = guesty.parse({ event: "reservation.messageSent", reservationId: "r", conversation: { _id: "c/1" }, message: { _id: "m1", sentAt: "2026-01-01T00:00:00Z" } }, { ...ctx, deliveryId: "msg_3" });
    if (result.kind !== "message") throw new Error("expected a message");
    expect(guesty.toDocuments(result.message).map((d) => [d.path, d.mode])).toEqual([
      ["guesty_conversations/c%2F1", "ordered"],
      ["guesty_conversations/c%2F1/messages/m1", "always"],
    ]);
  });

  test("makes vendor ids safe as one path segment", () => {
    expect(safeId("123:call.ended:1537525832")).toBe("123:call.ended:1537525832");
    expect(safeId("a/b c")).toBe("a%2Fb%20c");
    expect(safeId("..")).toBe("%..");
    expect(safeId("__x__")).toBe("%__x__");
  });
});

describe("applying a delivery to Firestore", () => {
  const message = (orderingKey: string, deliveryId = "d1"): IngestMessage => ({ v: 1, source: "aircall", event: "call.ended", kind: "call", resourceId: "1", deliveryId, receivedAt: "2026-11-25T00:00:00.000Z", orderingKey, payload: {} });
  const docs = [{ path: "aircall_calls/1", mode: "ordered" as const, fields: { status: "done" } }];

  /** An in-memory store with scripted commit failures. */
  function fakeStore(initial: Record<string, { orderingKey: string; updateTime: string }>, failures: FirestoreError[] = []) {
    const commits: Write[][] = [];
    let reads = 0;
    const store: DocumentStore = {
      documentName: (path) => `projects/p/databases/(default)/documents/${path}`,
      batchGet: async (paths) => {
        reads++;
        return new Map(
          paths.map((path) => {
            const doc = initial[path];
            return [path, doc ? { name: path, updateTime: doc.updateTime, fields: toFields({ _ingest: { orderingKey: doc.orderingKey } }) } : null];
          }),
        );
      },
      commit: async (writes) => {
        commits.push([...writes]);
        const failure = failures.shift();
        if (failure) throw failure;
        return { commitTime: "t", writeResults: [] };
      },
    };
    return { store, commits, reads: () => reads };
  }
  const noPause = { pause: async () => undefined };

  test("writes the document with an exists:false precondition and the delivery record when both are new", async () => {
    const { store, commits } = fakeStore({});
    expect(await applyDelivery(store, message("1:1"), docs, noPause)).toMatchObject({ outcome: "applied", written: ["aircall_calls/1"] });
    expect(commits[0].map((w) => [w.update?.name.split("/documents/")[1], w.currentDocument])).toEqual([
      ["aircall_calls/1", { exists: false }],
      ["webhook_deliveries/aircall:d1", { exists: false }],
    ]);
    expect(commits[0][0].updateMask?.fieldPaths).toEqual(["status", "_ingest"]);
  });

  test("guards an update with the updateTime it read", async () => {
    const { store, commits } = fakeStore({ "aircall_calls/1": { orderingKey: "0:1", updateTime: "2026-01-01T00:00:00.000001Z" } });
    await applyDelivery(store, message("1:1"), docs, noPause);
    expect(commits[0][0].currentDocument).toEqual({ updateTime: "2026-01-01T00:00:00.000001Z" });
  });

  test("records an older delivery as stale without touching the document", async () => {
    const { store, commits } = fakeStore({ "aircall_calls/1": { orderingKey: "1:9", updateTime: "x" } });
    expect(await applyDelivery(store, message("0:5"), docs, noPause)).toMatchObject({ outcome: "stale", written: [], stale: ["aircall_calls/1"] });
    expect(commits[0].map((w) => w.update?.name.split("/documents/")[1])).toEqual(["webhook_deliveries/aircall:d1"]);
  });

  test("recognises a delivery already recorded and writes nothing", async () => {
    const { store, commits } = fakeStore({ "webhook_deliveries/aircall:d1": { orderingKey: "", updateTime: "x" } });
    expect(await applyDelivery(store, message("1:1"), docs, noPause)).toMatchObject({ outcome: "duplicate" });
    expect(commits).toHaveLength(0);
  });

  test("reads again and retries after a precondition conflict", async () => {
    const { store, commits, reads } = fakeStore({}, [new FirestoreError("", 400, "FAILED_PRECONDITION"), new FirestoreError("", 409, "ALREADY_EXISTS")]);
    expect(await applyDelivery(store, message("1:1"), docs, noPause)).toMatchObject({ outcome: "applied", conflicts: 2 });
    expect(commits).toHaveLength(3);
    expect(reads()).toBe(3);
  });

  test("fails with ContentionError after too many conflicts, and passes other errors through", async () => {
    const conflicts = Array.from({ length: 6 }, () => new FirestoreError("", 409, "ABORTED"));
    await expect(applyDelivery(fakeStore({}, conflicts).store, message("1:1"), docs, noPause)).rejects.toBeInstanceOf(ContentionError);
    await expect(applyDelivery(fakeStore({}, [new FirestoreError("", 503, "UNAVAILABLE")]).store, message("1:1"), docs, noPause)).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });

  test("rejects queue bodies that are not version-1 ingest messages", () => {
    expect(isIngestMessage(message("1:1"))).toBe(true);
    expect(isIngestMessage({ ...message("1:1"), v: 2 })).toBe(false);
    expect(isIngestMessage({ ...message("1:1"), payload: null })).toBe(false);
    expect(isIngestMessage("text")).toBe(false);
  });
});

describe("retry backoff", () => {
  const HOUR = 3600;
  const schedule = () => retrySchedule(DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS);
  /** The delivery (1-based attempt) at which a write first succeeds when Firestore is down for `outageSeconds`, or "dead-letter". */
  const outcomeOf = (outageSeconds: number) => {
    const attempt = schedule().findIndex((at) => at >= outageSeconds);
    return attempt < 0 ? "dead-letter" : attempt + 1;
  };

  test("doubles the delay with each attempt up to the cap", () => {
    expect([1, 2, 3, 4, 5, 9, 10, 12].map((attempt) => retryDelaySeconds(attempt, 5))).toEqual([5, 10, 20, 40, 80, 1280, 1800, 1800]);
    expect(retryDelaySeconds(3, 1, 1)).toBe(1);
    expect(retryDelaySeconds(3, 0)).toBe(0);
  });

  test("keeps retrying a failed write for more than 24 hours (30 h with margin) before the dead-letter queue", () => {
    const at = schedule();
    expect(at).toHaveLength(DEFAULT_MAX_RETRIES + 1);
    expect(at[at.length - 1]).toBeGreaterThanOrEqual(30 * HOUR);
    // Within Cloudflare Queues' limits (developers.cloudflare.com/queues/platform/limits).
    expect(DEFAULT_MAX_RETRIES).toBeLessThanOrEqual(QUEUE_MAX_RETRIES_LIMIT);
    for (let attempt = 1; attempt <= DEFAULT_MAX_RETRIES; attempt++) expect(retryDelaySeconds(attempt, DEFAULT_RETRY_BASE_DELAY_SECONDS)).toBeLessThanOrEqual(QUEUE_MAX_DELAY_SECONDS_LIMIT);
    // And a recovered Firestore is used within the cap (30 min), not hours later.
    expect(Math.max(...at.slice(1).map((t, i) => t - at[i]))).toBe(DEFAULT_RETRY_MAX_DELAY_SECONDS);
  });

  test("applies a write that first succeeds at hour 23 or 24 instead of dead-lettering it", () => {
    expect(outcomeOf(23 * HOUR)).toEqual(expect.any(Number));
    expect(outcomeOf(24 * HOUR)).toEqual(expect.any(Number));
    expect(outcomeOf(23 * HOUR)).toBeLessThanOrEqual(DEFAULT_MAX_RETRIES + 1);
    // The old schedule (8 retries, 900 s cap) dead-lettered after 1,275 s (~21 min).
    expect(retrySchedule(8, 5, 900).at(-1)).toBe(1275);
    expect(outcomeOf(32 * HOUR)).toBe("dead-letter");
  });
});

describe("replaying unparsed deliveries", () => {
  const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };
  const config = { source: "aircall", archivePrefix: "webhooks/aircall/" } as IngestConfig;
  const unparsedKey = "webhooks/aircall/unparsed/2026/12/01/sha256-00.json";
  // A call event whose data.id the adapter of the day cannot find (say Aircall renamed it to data.call_id).
  const body = JSON.stringify({ resource: "call", event: "call.ended", timestamp: 1700000040, data: { call_id: 42, status: "done" } });

  function fakeEnv() {
    const objects = new Map<string, string>([[unparsedKey, JSON.stringify({ kind: "unparsed", archivedAt: "2026-12-01T00:00:01Z", reason: "missing_resource_id: x", source: "aircall", receivedAt: "2026-12-01T00:00:00Z", body })]]);
    const sent: unknown[] = [];
    const env = {
      ARCHIVE: {
        list: async ({ prefix }: { prefix: string }) => ({ objects: [...objects.keys()].filter((k) => k.startsWith(prefix)).map((key) => ({ key })), truncated: false }),
        get: async (key: string) => (objects.has(key) ? { text: async () => objects.get(key)! } : null),
        delete: async (key: string) => void objects.delete(key),
      },
      INGEST_QUEUE: { send: async (message: unknown) => void sent.push(message) },
    } as unknown as Env;
    return { env, objects, sent };
  }

  test("leaves an unparsed delivery in place while the adapter still cannot parse it", async () => {
    const { env, objects, sent } = fakeEnv();
    expect(await replayArchived(env, config, aircall, ["unparsed/"], 10, quiet)).toMatchObject({ listed: 1, replayed: 0, invalid: 1 });
    expect(sent).toEqual([]);
    expect(objects.has(unparsedKey)).toBe(true);
  });

  test("queues an unparsed delivery once the adapter is fixed, with the time it was received, and deletes it", async () => {
    const { env, objects, sent } = fakeEnv();
    const fixed = { ...aircall, parse: (payload: Record<string, unknown>, context: Parameters<typeof aircall.parse>[1]) => aircall.parse({ ...payload, data: { ...(payload.data as object), id: (payload.data as { call_id: number }).call_id } }, context) };
    expect(await replayArchived(env, config, fixed, ["unparsed/"], 10, quiet)).toMatchObject({ listed: 1, replayed: 1, invalid: 0, byPrefix: { "unparsed/": 1 } });
    expect(sent).toEqual([expect.objectContaining({ v: 1, source: "aircall", resourceId: "42", deliveryId: "42:call.ended:1700000040", receivedAt: "2026-12-01T00:00:00Z", replayCount: 1 })]);
    expect(objects.has(unparsedKey)).toBe(false);
  });
});
