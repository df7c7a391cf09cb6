/**
 * The webhook endpoint in workerd (Miniflare): what it answers and what it enqueues.
 * The ingest Workers here only produce; a probe consumer reports every queued message to a
 * loopback collector, so "nothing was queued" is observed, not assumed.
 */
import { Miniflare } from "miniflare";
import {
  brokenBindingWorker,
  Collector,
  fixtureJson,
  fixtureText,
  ingestWorker,
  KEYS,
  probeConsumer,
  svixHeaders,
  waitFor,
  WorkerLogs,
} from "../support/webhook-ingest-harness";

const AIRCALL_TOKEN = "cebcaac65XXXXXXXXXx"; // the token of the vendor's published sample
const GUESTY_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ADMIN_SECRET = "admin-secret-for-tests";

let mf: Miniflare;
let collector: Collector;
let sentinelCounter = 0;
const logs = new WorkerLogs();

type Fetcher = Awaited<ReturnType<Miniflare["getWorker"]>>;
let aircallWorker: Fetcher;
let guestyWorker: Fetcher;

beforeAll(async () => {
  collector = await Collector.start();
  const common = { bucket: "archive", consume: false } as const;
  mf = new Miniflare({
    handleRuntimeStdio: logs.handle,
    workers: [
      ingestWorker({ ...common, name: "aircall-ingest", source: "aircall", queueName: "aircall-probe", deadLetterQueueName: "aircall-probe-dlq", kvNamespace: "aircall-secrets" }),
      ingestWorker({ ...common, name: "guesty-ingest", source: "guesty", queueName: "guesty-probe", deadLetterQueueName: "guesty-probe-dlq", kvNamespace: "guesty-secrets" }),
      probeConsumer("aircall-probe-consumer", "aircall-probe", collector.url),
      probeConsumer("guesty-probe-consumer", "guesty-probe", collector.url),
      // Same bindings but an empty secrets namespace.
      ingestWorker({ ...common, name: "aircall-no-secret", source: "aircall", queueName: "aircall-probe", deadLetterQueueName: "aircall-probe-dlq", kvNamespace: "secrets-empty" }),
      // The queue binding fails on every send; the archive works.
      ingestWorker({ ...common, name: "aircall-queue-down", source: "aircall", queueName: "unused", deadLetterQueueName: "unused-dlq", kvNamespace: "aircall-secrets", bucket: "archive-queue-down", wrapped: { INGEST_QUEUE: "broken-queue" } }),
      // Both the queue and the archive fail.
      ingestWorker({ ...common, name: "aircall-all-down", source: "aircall", queueName: "unused", deadLetterQueueName: "unused-dlq", kvNamespace: "aircall-secrets", wrapped: { INGEST_QUEUE: "broken-queue", ARCHIVE: "broken-bucket" } }),
      brokenBindingWorker("broken-queue", "queue unavailable (injected)"),
      brokenBindingWorker("broken-bucket", "R2 unavailable (injected)"),
    ],
  });
  await mf.ready;
  const aircallSecrets = await mf.getKVNamespace("SECRETS", "aircall-ingest");
  await aircallSecrets.put(KEYS.webhook, AIRCALL_TOKEN);
  await aircallSecrets.put(KEYS.admin, ADMIN_SECRET);
  await (await mf.getKVNamespace("SECRETS", "guesty-ingest")).put(KEYS.webhook, GUESTY_SECRET);
  aircallWorker = await mf.getWorker("aircall-ingest");
  guestyWorker = await mf.getWorker("guesty-ingest");
});

afterAll(async () => {
  await mf?.dispose();
  await collector?.close();
});

function postAircall(worker: Fetcher, body: string, headers: Record<string, string> = {}) {
  return worker.fetch("https://hooks.example.test/aircall", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

function postGuesty(body: string, headers: Record<string, string>) {
  return guestyWorker.fetch("https://hooks.example.test/guesty", { method: "POST", headers, body });
}

async function json(response: { json(): Promise<unknown> }): Promise<Record<string, any>> {
  return (await response.json()) as Record<string, any>;
}

/** Everything the probe consumer received with this delivery id. */
function queued(deliveryId: string): any[] {
  return collector.items.filter((item) => item.body?.deliveryId === deliveryId);
}

/**
 * Proves nothing was enqueued since `mark`: sends a valid sentinel delivery through the same
 * queue and waits for it; the queue is FIFO and a rejected request had returned before the
 * sentinel was sent, so anything it had enqueued would have arrived first.
 */
async function expectNothingQueuedSince(mark: number, queue: "aircall" | "guesty" = "aircall"): Promise<void> {
  const id = 900000 + ++sentinelCounter;
  if (queue === "aircall") {
    const body = JSON.stringify({ ...fixtureJson("aircall/call.created.json"), data: { ...fixtureJson("aircall/call.created.json").data, id } });
    expect((await postAircall(aircallWorker, body)).status).toBe(200);
    await waitFor(() => queued(`${id}:call.created:1732622896`).length === 1, "the sentinel delivery");
  } else {
    const body = JSON.stringify({ event: "guest.updated", guest: { _id: `sentinel-${id}` } });
    expect((await postGuesty(body, svixHeaders(GUESTY_SECRET, `msg_sentinel_${id}`, body))).status).toBe(200);
    await waitFor(() => queued(`msg_sentinel_${id}`).length === 1, "the sentinel delivery");
  }
  const since = collector.items.slice(mark);
  expect(since).toHaveLength(1);
}

async function archiveKeys(bucketWorker = "aircall-ingest"): Promise<string[]> {
  const bucket = await mf.getR2Bucket("ARCHIVE", bucketWorker);
  const listed = await bucket.list({ prefix: "webhooks/" });
  return listed.objects.map((o: { key: string }) => o.key);
}

describe("webhook endpoint: accepted deliveries", () => {
  test("queues a verified Aircall call.created as a normalised message without the token and answers 200", async () => {
    const response = await postAircall(aircallWorker, fixtureText("aircall/call.created.json"));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ ok: true, status: "queued", deliveryId: "123:call.created:1732622896" });

    const [item] = await waitFor(() => queued("123:call.created:1732622896").length === 1 && queued("123:call.created:1732622896"), "the queued message");
    expect(item.queue).toBe("aircall-probe");
    expect(item.body).toMatchObject({
      v: 1,
      source: "aircall",
      event: "call.created",
      kind: "call",
      resourceId: "123",
      deliveryId: "123:call.created:1732622896",
      orderingKey: "0:001732622896:00",
    });
    expect(Date.parse(item.body.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(item.body.payload.data.id).toBe(123);
    expect(item.body.payload.event).toBe("call.created");
    expect(JSON.stringify(item.body)).not.toContain(AIRCALL_TOKEN);
    expect(item.body.payload).not.toHaveProperty("token");
  });

  test("queues an Aircall call.ended with a final ordering key", async () => {
    const response = await postAircall(aircallWorker, fixtureText("aircall/call.ended.json").replace("<webhook token>", AIRCALL_TOKEN));
    expect(response.status).toBe(200);
    const [item] = await waitFor(() => queued("76259012:call.ended:1537525832").length === 1 && queued("76259012:call.ended:1537525832"), "the queued message");
    expect(item.body).toMatchObject({ kind: "call", resourceId: "76259012", orderingKey: "1:001537525832:08" });
  });

  test("queues a Svix-signed Guesty reservation.new with svix-id as the delivery id", async () => {
    const body = fixtureText("guesty/reservation.new.json");
    const response = await postGuesty(body, svixHeaders(GUESTY_SECRET, "msg_reservation_new_1", body));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ ok: true, status: "queued", deliveryId: "msg_reservation_new_1" });
    const [item] = await waitFor(() => queued("msg_reservation_new_1").length === 1 && queued("msg_reservation_new_1"), "the queued message");
    expect(item.body).toMatchObject({
      source: "guesty",
      event: "reservation.new",
      kind: "reservation",
      resourceId: "59d11425af06e3100095e9fe",
      orderingKey: `0:${String(Date.parse("2017-10-01T16:13:25.711Z")).padStart(15, "0")}`,
    });
    expect(item.body.payload).toEqual(JSON.parse(body));
  });

  test.each([
    ["guesty/reservation.messageReceived.json", "conversation", "630f63c09dcce60032d93a7f"],
    ["guesty/listing.new.json", "listing", "59ac245d27cb310f0017afe3"],
    ["guesty/guest.created.json", "guest", "6310a0759dcce60032e95a6c"],
  ])("queues the Guesty fixture %s as a %s message for %s", async (file, kind, resourceId) => {
    const body = fixtureText(file);
    const id = `msg_${kind}_fixture`;
    expect((await postGuesty(body, svixHeaders(GUESTY_SECRET, id, body))).status).toBe(200);
    const [item] = await waitFor(() => queued(id).length === 1 && queued(id), "the queued message");
    expect(item.body).toMatchObject({ kind, resourceId });
  });

  test("accepts the Standard Webhooks webhook-* header names", async () => {
    const body = fixtureText("guesty/guest.created.json");
    const signed = svixHeaders(GUESTY_SECRET, "msg_webhook_headers", body);
    const response = await postGuesty(body, {
      "content-type": "application/json",
      "webhook-id": signed["svix-id"],
      "webhook-timestamp": signed["svix-timestamp"],
      "webhook-signature": signed["svix-signature"],
    });
    expect(response.status).toBe(200);
    await waitFor(() => queued("msg_webhook_headers").length === 1, "the queued message");
  });

  test("accepts a Guesty delivery when one of several v1 signatures matches (sender rotating its secret)", async () => {
    const body = fixtureText("guesty/listing.new.json");
    const signed = svixHeaders(GUESTY_SECRET, "msg_rotation", body);
    const other = svixHeaders("whsec_" + Buffer.from("another secret key 32 bytes long!").toString("base64"), "msg_rotation", body);
    signed["svix-signature"] = `v2,AAAA ${other["svix-signature"]} ${signed["svix-signature"]}`;
    expect((await postGuesty(body, signed)).status).toBe(200);
    await waitFor(() => queued("msg_rotation").length === 1, "the queued message");
  });

  test("answers 200 and ignores (queues nothing) an event type the worker does not store", async () => {
    const mark = collector.items.length;
    const aircallUser = JSON.stringify({ resource: "user", event: "user.created.v2", timestamp: 1732622896, token: AIRCALL_TOKEN, data: { id: 1 } });
    const response = await postAircall(aircallWorker, aircallUser);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ ok: true, ignored: true, event: "user.created.v2" });

    const guestyPayment = JSON.stringify({ event: "payments.received", payment: { _id: "p1" } });
    const guestyResponse = await postGuesty(guestyPayment, svixHeaders(GUESTY_SECRET, "msg_payment", guestyPayment));
    expect(guestyResponse.status).toBe(200);
    expect(await json(guestyResponse)).toMatchObject({ ok: true, ignored: true, event: "payments.received" });
    await expectNothingQueuedSince(mark);
    await expectNothingQueuedSince(collector.items.length, "guesty");
  });

  test("carries a payload too big for a queue message through R2 and queues a reference to it", async () => {
    const fixture = fixtureJson("aircall/call.created.json");
    const big = { ...fixture, data: { ...fixture.data, id: 424242, comments: [{ content: "x".repeat(150_000) }] } };
    const response = await postAircall(aircallWorker, JSON.stringify(big));
    expect(response.status).toBe(200);
    const [item] = await waitFor(() => queued("424242:call.created:1732622896").length === 1 && queued("424242:call.created:1732622896"), "the queued reference");
    expect(item.body.payload).toBeNull();
    expect(item.body.payloadKey).toMatch(/^webhooks\/aircall\/raw\/\d{4}\/\d{2}\/\d{2}\/424242:call\.created:1732622896\.json$/);
    const bucket = await mf.getR2Bucket("ARCHIVE", "aircall-ingest");
    const stored = JSON.parse(await (await bucket.get(item.body.payloadKey))!.text());
    expect(stored.payload.data.comments[0].content).toHaveLength(150_000);
    expect(JSON.stringify(stored)).not.toContain(AIRCALL_TOKEN);
  });
});

describe("webhook endpoint: rejected deliveries store nothing", () => {
  let archiveBefore: string[];
  beforeEach(async () => {
    archiveBefore = await archiveKeys();
  });
  afterEach(async () => {
    expect(await archiveKeys()).toEqual(archiveBefore);
  });

  const aircallCases: Array<[string, () => { body: string; method?: string; headers?: Record<string, string> }, number, string]> = [
    ["rejects an Aircall delivery with a wrong token", () => ({ body: fixtureText("aircall/call.created.json").replace(AIRCALL_TOKEN, "not-the-token") }), 401, "invalid_token"],
    ["rejects an Aircall delivery without a token", () => ({ body: JSON.stringify({ ...fixtureJson("aircall/call.created.json"), token: undefined }) }), 401, "missing_token"],
    ["rejects a body that is not JSON", () => ({ body: "resource=call&event=call.created" }), 400, "malformed_json"],
    ["rejects a JSON body that is not an object", () => ({ body: "[1,2,3]" }), 400, "malformed_json"],
    ["rejects an empty body", () => ({ body: "" }), 400, "empty_body"],
    ["rejects a body that is not UTF-8", () => ({ body: "\u00ff" }), 400, "invalid_encoding"],
    ["rejects a body over MAX_BODY_BYTES (content-length)", () => ({ body: JSON.stringify({ ...fixtureJson("aircall/call.created.json"), pad: "x".repeat(262_144) }) }), 413, "payload_too_large"],
  ];

  test.each(aircallCases)("%s", async (_name, make, status, error) => {
    const mark = collector.items.length;
    const { body } = make();
    const init =
      error === "invalid_encoding"
        ? { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }
        : { method: "POST", headers: { "content-type": "application/json" }, body };
    const response = await aircallWorker.fetch("https://hooks.example.test/aircall", init);
    expect(response.status).toBe(status);
    const answer = await json(response);
    expect(answer).toMatchObject({ ok: false, error });
    expect(typeof answer.message).toBe("string");
    await expectNothingQueuedSince(mark);
  });

  test("rejects a streamed body over MAX_BODY_BYTES without a content-length", async () => {
    const mark = collector.items.length;
    const chunk = new TextEncoder().encode("x".repeat(65_536));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await aircallWorker.fetch("https://hooks.example.test/aircall", { method: "POST", body: stream as any, duplex: "half" } as any);
    expect(response.status).toBe(413);
    expect(await json(response)).toMatchObject({ error: "payload_too_large" });
    await expectNothingQueuedSince(mark);
  });

  test("rejects GET with 405", async () => {
    const mark = collector.items.length;
    const response = await aircallWorker.fetch("https://hooks.example.test/aircall", { method: "GET" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await json(response)).toMatchObject({ ok: false, error: "method_not_allowed" });
    await expectNothingQueuedSince(mark);
  });

  const guestyBody = () => fixtureText("guesty/reservation.new.json");
  const guestyCases: Array<[string, () => { body: string; headers: Record<string, string> }, number, string]> = [
    ["rejects a Guesty delivery signed with another secret", () => ({ body: guestyBody(), headers: svixHeaders("whsec_" + Buffer.from("a different signing secret!!").toString("base64"), "msg_bad", guestyBody()) }), 401, "signature_no_matching_signature"],
    ["rejects a Guesty delivery without signature headers", () => ({ body: guestyBody(), headers: { "content-type": "application/json" } }), 401, "signature_missing_headers"],
    ["rejects a Guesty delivery whose signature is older than five minutes", () => ({ body: guestyBody(), headers: svixHeaders(GUESTY_SECRET, "msg_old", guestyBody(), new Date(Date.now() - 301_000)) }), 401, "signature_timestamp_too_old"],
    ["rejects a Guesty delivery whose signature is more than five minutes in the future", () => ({ body: guestyBody(), headers: svixHeaders(GUESTY_SECRET, "msg_future", guestyBody(), new Date(Date.now() + 301_000)) }), 401, "signature_timestamp_in_future"],
    ["rejects a Guesty delivery whose body was tampered with after signing", () => ({ body: guestyBody().replace("inquiry", "confirmed"), headers: svixHeaders(GUESTY_SECRET, "msg_tampered", guestyBody()) }), 401, "signature_no_matching_signature"],
    ["rejects a Guesty delivery with only a v2 signature", () => ({ body: guestyBody(), headers: { ...svixHeaders(GUESTY_SECRET, "msg_v2", guestyBody()), "svix-signature": "v2,abc=" } }), 401, "signature_no_matching_signature"],
    ["rejects a Guesty delivery whose timestamp is not a number", () => ({ body: guestyBody(), headers: { ...svixHeaders(GUESTY_SECRET, "msg_ts", guestyBody()), "svix-timestamp": "yesterday" } }), 401, "signature_invalid_timestamp"],
  ];

  test.each(guestyCases)("%s", async (_name, make, status, error) => {
    const mark = collector.items.length;
    const { body, headers } = make();
    const response = await postGuesty(body, headers);
    expect(response.status).toBe(status);
    expect(await json(response)).toMatchObject({ ok: false, error });
    await expectNothingQueuedSince(mark, "guesty");
  });
});

describe("webhook endpoint: authenticated but unparseable deliveries are accepted and archived", () => {
  const cases: Array<[string, () => Promise<Response | { status: number; json(): Promise<unknown> }>, string, string]> = [
    ["accepts an Aircall call event with the right token but without data.id", () => postAircall(aircallWorker, JSON.stringify({ ...fixtureJson("aircall/call.created.json"), data: { status: "initial" } })), "missing_resource_id", "webhooks/aircall/unparsed/"],
    ["accepts an Aircall call event with the right token but without a timestamp", () => postAircall(aircallWorker, JSON.stringify({ ...fixtureJson("aircall/call.created.json"), timestamp: undefined })), "missing_timestamp", "webhooks/aircall/unparsed/"],
    ["accepts a signed Guesty body that is not JSON", () => postGuesty("not json", svixHeaders(GUESTY_SECRET, "msg_notjson", "not json")), "malformed_json", "webhooks/guesty/unparsed/"],
    ["accepts a signed Guesty reservation event without a reservation id", () => {
      const body = JSON.stringify({ event: "reservation.new", reservation: { status: "inquiry" } });
      return postGuesty(body, svixHeaders(GUESTY_SECRET, "msg_noid", body));
    }, "missing_resource_id", "webhooks/guesty/unparsed/"],
    ["accepts a signed Guesty payload without an event name", () => {
      const body = JSON.stringify({ reservation: { _id: "r1" } });
      return postGuesty(body, svixHeaders(GUESTY_SECRET, "msg_noevent", body));
    }, "missing_event", "webhooks/guesty/unparsed/"],
  ];

  test.each(cases)("%s: 200, archived raw under unparsed/, nothing queued", async (_name, send, reason, prefix) => {
    const mark = collector.items.length;
    const before = (await archiveKeys()).filter((key) => key.startsWith(prefix));
    const response = await send();
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ ok: true, status: "archived_unparsed", reason });
    const added = (await archiveKeys()).filter((key) => key.startsWith(prefix) && !before.includes(key));
    expect(added).toEqual([expect.stringMatching(new RegExp(`^${prefix}\\d{4}/\\d{2}/\\d{2}/[^/]+\\.json$`))]);
    const record = JSON.parse(await (await (await mf.getR2Bucket("ARCHIVE", "aircall-ingest")).get(added[0]))!.text());
    expect(record).toMatchObject({ kind: "unparsed", reason: expect.stringMatching(new RegExp(`^${reason}: `)), body: expect.any(String) });
    expect(record.body).not.toContain(AIRCALL_TOKEN);
    expect(logs.find("webhook authenticated but unparseable; archived for an operator").some((line) => line.key === added[0] && line.reason === reason)).toBe(true);
    await expectNothingQueuedSince(mark, prefix.includes("guesty") ? "guesty" : "aircall");
  });
});

describe("webhook endpoint: secrets and downstream failures", () => {
  test("answers 503 with a JSON body naming the KV key when the webhook secret is missing", async () => {
    const mark = collector.items.length;
    const worker = await mf.getWorker("aircall-no-secret");
    const response = await postAircall(worker, fixtureText("aircall/call.created.json"));
    expect(response.status).toBe(503);
    const answer = await json(response);
    expect(answer).toMatchObject({ ok: false, error: "secret_missing", secretKey: KEYS.webhook });
    expect(answer.message).toContain(KEYS.webhook);
    await expectNothingQueuedSince(mark);
  });

  test("answers 503 naming the admin secret's KV key when it is missing, and 401 for a wrong admin token", async () => {
    const noSecret = await mf.getWorker("aircall-no-secret");
    const missing = await noSecret.fetch("https://hooks.example.test/admin/replay", { method: "POST", headers: { authorization: `Bearer ${ADMIN_SECRET}` } });
    expect(missing.status).toBe(503);
    expect(await json(missing)).toMatchObject({ error: "secret_missing", secretKey: KEYS.admin });

    const wrong = await aircallWorker.fetch("https://hooks.example.test/admin/replay", { method: "POST", headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const none = await aircallWorker.fetch("https://hooks.example.test/admin/replay", { method: "POST" });
    expect(none.status).toBe(401);
    const get = await aircallWorker.fetch("https://hooks.example.test/admin/replay", { method: "GET" });
    expect(get.status).toBe(405);
  });

  test("archives the delivery under pending/ and answers 202 when the queue send fails", async () => {
    const worker = await mf.getWorker("aircall-queue-down");
    const response = await postAircall(worker, fixtureText("aircall/call.created.json"));
    expect(response.status).toBe(202);
    expect(await json(response)).toEqual({ ok: true, status: "stored_for_replay", deliveryId: "123:call.created:1732622896" });
    const bucket = await mf.getR2Bucket("ARCHIVE", "aircall-queue-down");
    const listed = await bucket.list({ prefix: "webhooks/aircall/pending/" });
    expect(listed.objects.map((o: { key: string }) => o.key)).toEqual([expect.stringMatching(/^webhooks\/aircall\/pending\/\d{4}\/\d{2}\/\d{2}\/123:call\.created:1732622896\.json$/)]);
    const record = JSON.parse(await (await bucket.get(listed.objects[0].key))!.text());
    expect(record).toMatchObject({ kind: "pending", reason: expect.stringContaining("queue unavailable"), message: { deliveryId: "123:call.created:1732622896", kind: "call" } });
    expect(JSON.stringify(record)).not.toContain(AIRCALL_TOKEN);
  });

  test("fails with 503 and Retry-After when neither the queue nor the archive can hold the delivery", async () => {
    const worker = await mf.getWorker("aircall-all-down");
    const response = await postAircall(worker, fixtureText("aircall/call.created.json"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await json(response)).toMatchObject({ ok: false, error: "temporarily_unavailable" });
  });
});

describe("webhook endpoint: logs", () => {
  test("logs structured JSON lines with the delivery id and never a secret or a payload", async () => {
    const accepted = logs.find("webhook accepted");
    expect(accepted.length).toBeGreaterThan(5);
    for (const line of accepted) {
      expect(line).toMatchObject({ level: "info", worker: "webhook-ingest", environment: "dev", deliveryId: expect.any(String), event: expect.any(String) });
    }
    expect(logs.find("webhook rejected").length).toBeGreaterThan(10);
    expect(logs.find("secret missing")[0]).toMatchObject({ level: "error", secretKey: KEYS.webhook });
    const all = logs.raw.join("\n");
    for (const secret of [AIRCALL_TOKEN, GUESTY_SECRET, GUESTY_SECRET.slice("whsec_".length), ADMIN_SECRET]) expect(all).not.toContain(secret);
    for (const payloadText of ["CAed058bba60a84d62c77cee898a852b05", "Moshe Test", "Gerald", "fareAccommodation", "+1 800-123-4567"]) expect(all).not.toContain(payloadText);
  });
});
