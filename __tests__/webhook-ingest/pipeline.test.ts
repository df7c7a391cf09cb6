/**
 * The whole path in workerd (Miniflare): webhook → queue → consumer → Firestore stand-in (real
 * RS256 JWT verification, preconditions, fault injection) and R2, plus the dead-letter queue and
 * `POST /admin/replay`.
 */
import { Miniflare } from "miniflare";
import { FirestoreStandIn, type ServiceAccountJson } from "../support/firestore-stand-in";
import { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS } from "../../runtime/webhook-ingest/contract";
import { retrySchedule } from "../../runtime/webhook-ingest/retry";
import { brokenBindingWorker, fixtureJson, fixtureText, ingestWorker, KEYS, svixHeaders, waitFor, WorkerLogs } from "../support/webhook-ingest-harness";

const AIRCALL_TOKEN = "cebcaac65XXXXXXXXXx";
const GUESTY_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ADMIN_SECRET = "replay-admin-secret";

type Fetcher = Awaited<ReturnType<Miniflare["getWorker"]>>;

let mf: Miniflare;
let standIn: FirestoreStandIn;
let serviceAccount: ServiceAccountJson;
const logs = new WorkerLogs();
const workers: Record<string, Fetcher> = {};

beforeAll(async () => {
  standIn = await FirestoreStandIn.start({ seed: 7 });
  serviceAccount = standIn.createServiceAccount({ projectId: "stand-in-project" });
  const base = { firestoreBaseUrl: standIn.baseUrl } as const;
  const secretsOf = (source: "aircall" | "guesty") => ({ kvNamespace: `${source}-secrets` });
  mf = new Miniflare({
    handleRuntimeStdio: logs.handle,
    workers: [
      ingestWorker({ ...base, ...secretsOf("aircall"), name: "aircall-ingest", source: "aircall", queueName: "aircall-ingest", deadLetterQueueName: "aircall-ingest-dlq", bucket: "archive" }),
      ingestWorker({ ...base, ...secretsOf("guesty"), name: "guesty-ingest", source: "guesty", queueName: "guesty-ingest", deadLetterQueueName: "guesty-ingest-dlq", bucket: "archive" }),
      // Fault scenario: retry after 1 s (constant, so the test stays short), up to 10 retries.
      ...(["aircall", "guesty"] as const).map((source) =>
        ingestWorker({
          ...base,
          ...secretsOf(source),
          name: `${source}-faulty`,
          source,
          queueName: `${source}-faulty`,
          deadLetterQueueName: `${source}-faulty-dlq`,
          bucket: "archive-faulty",
          maxRetries: 10,
          vars: { RETRY_BASE_DELAY_SECONDS: "1", RETRY_MAX_DELAY_SECONDS: "1" },
        }),
      ),
      // The deployed max_retries with the retry delays compressed to zero: each delivery stands
      // for the point in time the runtime's schedule (retrySchedule) gives it.
      ingestWorker({ ...base, ...secretsOf("aircall"), name: "aircall-day-outage", source: "aircall", queueName: "aircall-day-outage", deadLetterQueueName: "aircall-day-outage-dlq", bucket: "archive-day-outage", maxRetries: DEFAULT_MAX_RETRIES }),
      ingestWorker({ ...base, ...secretsOf("aircall"), name: "aircall-no-sa", source: "aircall", queueName: "aircall-no-sa", deadLetterQueueName: "aircall-no-sa-dlq", bucket: "archive-no-sa", vars: { GOOGLE_SA_KEY_NAME: "google-service-account.not-written-yet" } }),
      // Shares the bucket and prefix of aircall-ingest, but its queue always fails.
      ingestWorker({ ...base, ...secretsOf("aircall"), name: "aircall-queue-down", source: "aircall", queueName: "unused", deadLetterQueueName: "unused-dlq", bucket: "archive", consume: false, wrapped: { INGEST_QUEUE: "broken-queue" } }),
      brokenBindingWorker("broken-queue", "queue unavailable (injected)"),
    ],
  });
  await mf.ready;
  for (const [worker, webhookSecret] of [["aircall-ingest", AIRCALL_TOKEN], ["guesty-ingest", GUESTY_SECRET]]) {
    const kv = await mf.getKVNamespace("SECRETS", worker);
    await kv.put(KEYS.webhook, webhookSecret);
    await kv.put(KEYS.admin, ADMIN_SECRET);
    await kv.put(KEYS.googleSa, JSON.stringify(serviceAccount));
  }
  for (const name of ["aircall-ingest", "guesty-ingest", "aircall-faulty", "guesty-faulty", "aircall-day-outage", "aircall-no-sa", "aircall-queue-down"]) workers[name] = await mf.getWorker(name);
});

afterAll(async () => {
  await mf?.dispose();
  await standIn?.close();
});

// ------------------------------------------------------------------------------------ helpers

async function sendAircall(worker: string, payload: Record<string, unknown>): Promise<number> {
  const response = await workers[worker].fetch("https://hooks.example.test/aircall", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
  await response.arrayBuffer();
  return response.status;
}

async function sendGuesty(worker: string, svixId: string, payload: Record<string, unknown> | string): Promise<number> {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  const response = await workers[worker].fetch("https://hooks.example.test/guesty", { method: "POST", headers: svixHeaders(GUESTY_SECRET, svixId, body), body });
  await response.arrayBuffer();
  return response.status;
}

/** An Aircall call event built on the published `call.ended` sample, for call `id`. */
function callEvent(id: number, event: string, timestamp: number, status: "initial" | "answered" | "done", extra: Record<string, unknown> = {}) {
  const sample = fixtureJson("aircall/call.ended.json");
  return { ...sample, event, timestamp, token: AIRCALL_TOKEN, data: { ...sample.data, id, status, ...extra } };
}

function reservationV2(id: string, publishedAt: string, status: string) {
  return { event: "reservation.updated.v2", publishedAt, reservation: { _id: id, status } };
}

const delivery = (source: string, deliveryId: string) => `webhook_deliveries/${source}:${deliveryId}`;

async function archivedKeys(bucketOf: string, prefix: string): Promise<string[]> {
  const bucket = await mf.getR2Bucket("ARCHIVE", bucketOf);
  const listed = await bucket.list({ prefix });
  return listed.objects.map((o: { key: string }) => o.key);
}

async function replay(worker: string, body: Record<string, unknown> | undefined, token = ADMIN_SECRET): Promise<{ status: number; json: Record<string, any> }> {
  const response = await workers[worker].fetch("https://hooks.example.test/admin/replay", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

beforeEach(() => standIn.reset());

// ------------------------------------------------------------------------------------ tests

describe("webhook ingest pipeline", () => {
  test("stores every vendor fixture in its collection under a deterministic id, authenticated with a verified RS256 JWT", async () => {
    expect(await sendAircall("aircall-ingest", fixtureJson("aircall/call.created.json"))).toBe(200);
    expect(await sendAircall("aircall-ingest", { ...fixtureJson("aircall/call.ended.json"), token: AIRCALL_TOKEN })).toBe(200);
    for (const [file, id] of [
      ["guesty/reservation.new.json", "msg_fx_reservation"],
      ["guesty/reservation.messageReceived.json", "msg_fx_message"],
      ["guesty/listing.new.json", "msg_fx_listing"],
      ["guesty/guest.created.json", "msg_fx_guest"],
    ]) {
      expect(await sendGuesty("guesty-ingest", id, fixtureText(file))).toBe(200);
    }
    const deliveries = [
      delivery("aircall", "123:call.created:1732622896"),
      delivery("aircall", "76259012:call.ended:1537525832"),
      ...["msg_fx_reservation", "msg_fx_message", "msg_fx_listing", "msg_fx_guest"].map((id) => delivery("guesty", id)),
    ];
    await waitFor(() => deliveries.every((path) => standIn.document(path)), "all fixture deliveries to be stored");

    const created = standIn.data("aircall_calls/123")!;
    expect(created).toMatchObject({ id: 123, status: "initial", direction: "outbound", started_at: "2024-11-26T12:08:15.000Z", answered_at: null, lastEvent: "call.created" });
    expect(created._ingest).toMatchObject({ source: "aircall", event: "call.created", deliveryId: "123:call.created:1732622896", orderingKey: "0:001732622896:00" });
    expect(created).not.toHaveProperty("token");
    const ended = standIn.data("aircall_calls/76259012")!;
    expect(ended).toMatchObject({ status: "done", duration: 5, ended_at: "2018-09-21T10:30:02.000Z", user: { id: 216119 }, lastEvent: "call.ended" });

    expect(standIn.data("guesty_reservations/59d11425af06e3100095e9fe")).toMatchObject({ status: "inquiry", nightsCount: 4, money: { currency: "EUR", hostPayout: 3471 }, lastEvent: "reservation.new" });
    expect(standIn.data("guesty_listings/59ac245d27cb310f0017afe3")).toMatchObject({ prices: { basePrice: 1326 }, deleted: false, lastEvent: "listing.new" });
    expect(standIn.data("guesty_guests/6310a0759dcce60032e95a6c")).toMatchObject({ fullName: "Gerald Charlton", deleted: false, lastChangedBy: "owner@example.com" });
    expect(standIn.data("guesty_conversations/630f63c09dcce60032d93a7f")).toMatchObject({ reservationId: "630f6529fae9050037b01e5e", language: "en", lastMessageDirection: "received" });
    // The published example elides the message object, so it is keyed by the delivery id.
    expect(standIn.collection("guesty_conversations/630f63c09dcce60032d93a7f/messages")).toEqual([
      expect.objectContaining({ id: "msg_fx_message", data: expect.objectContaining({ conversationId: "630f63c09dcce60032d93a7f", direction: "received" }) }),
    ]);
    expect(standIn.data(delivery("guesty", "msg_fx_reservation"))).toMatchObject({ outcome: "applied", kind: "reservation", resourceId: "59d11425af06e3100095e9fe", written: ["guesty_reservations/59d11425af06e3100095e9fe"], replayCount: 0 });

    // Raw payloads archived in R2, date-partitioned by receipt, without the Aircall token.
    const raw = await archivedKeys("aircall-ingest", "webhooks/aircall/raw/");
    expect(raw).toEqual(expect.arrayContaining([expect.stringMatching(/^webhooks\/aircall\/raw\/\d{4}\/\d{2}\/\d{2}\/123:call\.created:1732622896\.json$/)]));
    const bucket = await mf.getR2Bucket("ARCHIVE", "aircall-ingest");
    const archived = await (await bucket.get(raw.find((k: string) => k.includes("123:call.created"))!))!.text();
    expect(JSON.parse(archived)).toMatchObject({ deliveryId: "123:call.created:1732622896", payload: { data: { id: 123 } } });
    expect(archived).not.toContain(AIRCALL_TOKEN);
    expect(await archivedKeys("guesty-ingest", "webhooks/guesty/raw/")).toHaveLength(4);

    // One token exchange per Worker isolate, every JWT verified; no request without a valid token got through.
    expect(standIn.stats.tokenRejections).toBe(0);
    expect(standIn.stats.tokenGrants).toBeGreaterThanOrEqual(1);
    expect(standIn.stats.tokenGrants).toBeLessThanOrEqual(2);
  });

  test("writes a redelivered Aircall event and a redelivered Guesty svix-id once", async () => {
    const event = callEvent(5100, "call.ended", 1700000040, "done");
    for (let i = 0; i < 3; i++) expect(await sendAircall("aircall-ingest", event)).toBe(200);
    const guest = { event: "guest.updated", guest: { _id: "g-dup", firstName: "Ada" } };
    for (let i = 0; i < 3; i++) expect(await sendGuesty("guesty-ingest", "msg_dup_1", guest)).toBe(200);

    const aircallDelivery = delivery("aircall", "5100:call.ended:1700000040");
    const guestyDelivery = delivery("guesty", "msg_dup_1");
    // Every copy was looked at (each reads its delivery record before deciding)...
    await waitFor(() => standIn.readCount(aircallDelivery) >= 3 && standIn.readCount(guestyDelivery) >= 3, "all copies to be processed");
    await waitFor(() => logs.find("delivery stored").filter((l) => l.deliveryId === "msg_dup_1").length === 3, "three outcomes for the Guesty copies");
    // ...and exactly one was written.
    expect(standIn.writeCount("aircall_calls/5100")).toBe(1);
    expect(standIn.writeCount(aircallDelivery)).toBe(1);
    expect(standIn.writeCount("guesty_guests/g-dup")).toBe(1);
    const outcomes = logs.find("delivery stored").filter((l) => l.deliveryId === "msg_dup_1").map((l) => l.outcome).sort();
    expect(outcomes).toEqual(["applied", "duplicate", "duplicate"]);
  });

  test("keeps the final call.ended state when earlier call events arrive after it", async () => {
    const id = 5200;
    expect(await sendAircall("aircall-ingest", callEvent(id, "call.ended", 1700000040, "done", { duration: 30, ended_at: 1700000035 }))).toBe(200);
    await waitFor(() => standIn.document(`aircall_calls/${id}`), "the ended call");
    // Older lifecycle events, and a hung-up whose timestamp is (skewed) later: none may downgrade it.
    expect(await sendAircall("aircall-ingest", callEvent(id, "call.created", 1700000000, "initial", { duration: 0, ended_at: null }))).toBe(200);
    expect(await sendAircall("aircall-ingest", callEvent(id, "call.answered", 1700000010, "answered", { duration: 0, ended_at: null }))).toBe(200);
    expect(await sendAircall("aircall-ingest", callEvent(id, "call.hungup", 1700000099, "done", { duration: 0 }))).toBe(200);
    await waitFor(
      () => ["call.created:1700000000", "call.answered:1700000010", "call.hungup:1700000099"].every((suffix) => standIn.document(delivery("aircall", `${id}:${suffix}`))),
      "the late events to be recorded",
    );
    expect(standIn.data(`aircall_calls/${id}`)).toMatchObject({ status: "done", duration: 30, lastEvent: "call.ended" });
    expect(standIn.data(delivery("aircall", `${id}:call.created:1700000000`))).toMatchObject({ outcome: "stale", stale: [`aircall_calls/${id}`], written: [] });
    expect(standIn.writeCount(`aircall_calls/${id}`)).toBe(1);

    // A later annotation of the finished call (tagged, status done) carries the newest complete state.
    expect(await sendAircall("aircall-ingest", callEvent(id, "call.tagged", 1700000120, "done", { duration: 30, tags: [{ id: 1, name: "vip" }] }))).toBe(200);
    await waitFor(() => standIn.data(`aircall_calls/${id}`)?.lastEvent === "call.tagged", "the tag to apply");
    expect(standIn.data(`aircall_calls/${id}`)).toMatchObject({ status: "done", tags: [{ id: 1, name: "vip" }] });
  });

  test("does not downgrade a Guesty reservation, listing or contact when older events arrive after newer ones", async () => {
    expect(await sendGuesty("guesty-ingest", "msg_order_new", reservationV2("r-order", "2026-11-20T10:00:05.000Z", "confirmed"))).toBe(200);
    await waitFor(() => standIn.document("guesty_reservations/r-order"), "the newer reservation");
    expect(await sendGuesty("guesty-ingest", "msg_order_old", reservationV2("r-order", "2026-11-20T10:00:01.000Z", "inquiry"))).toBe(200);
    // A legacy event whose reservation.lastUpdatedAt is older still.
    expect(await sendGuesty("guesty-ingest", "msg_order_legacy", { event: "reservation.updated", reservation: { _id: "r-order", status: "reserved", lastUpdatedAt: "2026-11-20T09:59:00.000Z" } })).toBe(200);
    await waitFor(() => standIn.document(delivery("guesty", "msg_order_old")) && standIn.document(delivery("guesty", "msg_order_legacy")), "the older events to be recorded");
    expect(standIn.data("guesty_reservations/r-order")).toMatchObject({ status: "confirmed", lastEvent: "reservation.updated.v2" });
    expect(standIn.data(delivery("guesty", "msg_order_old"))).toMatchObject({ outcome: "stale" });

    // A removed listing stays removed when a late update arrives.
    expect(await sendGuesty("guesty-ingest", "msg_listing_removed", { event: "listing.removed", listing: { _id: "l-gone", lastUpdatedAt: "2026-11-20T10:00:00.000Z" } })).toBe(200);
    await waitFor(() => standIn.document("guesty_listings/l-gone"), "the removal");
    expect(await sendGuesty("guesty-ingest", "msg_listing_late", { event: "listing.updated", listing: { _id: "l-gone", title: "late", lastUpdatedAt: "2026-11-20T10:05:00.000Z" } })).toBe(200);
    await waitFor(() => standIn.document(delivery("guesty", "msg_listing_late")), "the late update");
    expect(standIn.data("guesty_listings/l-gone")).toMatchObject({ deleted: true, lastEvent: "listing.removed" });

    // Aircall contacts: contact.deleted is final.
    const contact = (event: string, timestamp: number) => ({ resource: "contact", event, timestamp, token: AIRCALL_TOKEN, data: { id: 777, first_name: "Jo", updated_at: "2026-11-20T10:00:00Z" } });
    expect(await sendAircall("aircall-ingest", contact("contact.deleted", 1763632800))).toBe(200);
    await waitFor(() => standIn.document("aircall_contacts/777"), "the contact");
    expect(await sendAircall("aircall-ingest", contact("contact.updated", 1763632900))).toBe(200);
    await waitFor(() => standIn.document(delivery("aircall", "777:contact.updated:1763632900")), "the late contact update");
    expect(standIn.data("aircall_contacts/777")).toMatchObject({ deleted: true, updated_at: "2026-11-20T10:00:00.000Z", lastEvent: "contact.deleted" });
  });

  test("keeps every Guesty message of a conversation and points the conversation at the newest one", async () => {
    const message = (id: string, sentAt: string) => ({ event: "reservation.messageReceived", reservationId: "res-1", conversation: { _id: "conv-1", language: "en" }, message: { _id: id, body: `hello ${id}`, sentAt } });
    expect(await sendGuesty("guesty-ingest", "msg_conv_2", message("m2", "2026-11-20T10:00:02.000Z"))).toBe(200);
    expect(await sendGuesty("guesty-ingest", "msg_conv_1", message("m1", "2026-11-20T10:00:01.000Z"))).toBe(200);
    await waitFor(() => standIn.collection("guesty_conversations/conv-1/messages").length === 2 && standIn.document(delivery("guesty", "msg_conv_1")), "both messages");
    expect(standIn.collection("guesty_conversations/conv-1/messages").map((m) => [m.id, m.data.body])).toEqual([
      ["m1", "hello m1"],
      ["m2", "hello m2"],
    ]);
    expect(standIn.data("guesty_conversations/conv-1")).toMatchObject({ lastMessageId: "m2", lastMessageAt: "2026-11-20T10:00:02.000Z", reservationId: "res-1" });
  });

  test("rejected and ignored deliveries write nothing to Firestore or R2", async () => {
    // Both Workers share the "archive" bucket (each under its own prefix).
    const rawBefore = await archivedKeys("aircall-ingest", "webhooks/");
    expect(await sendAircall("aircall-ingest", { ...callEvent(5300, "call.created", 1700000000, "initial"), token: "wrong" })).toBe(401);
    expect(await sendAircall("aircall-ingest", { ...callEvent(5300, "call.created", 1700000000, "initial"), event: "number.opened" })).toBe(200);
    const guestyBody = JSON.stringify({ event: "guest.created", guest: { _id: "g-rejected" } });
    const tampered = await workers["guesty-ingest"].fetch("https://hooks.example.test/", { method: "POST", headers: svixHeaders(GUESTY_SECRET, "msg_rej", guestyBody), body: guestyBody.replace("g-rejected", "g-other") });
    expect(tampered.status).toBe(401);
    expect(await sendGuesty("guesty-ingest", "msg_task", { event: "task.created", task: { _id: "t1" } })).toBe(200);
    // A valid sentinel behind them: once it is stored, anything queued before it would be too.
    expect(await sendAircall("aircall-ingest", callEvent(5301, "call.created", 1700000000, "initial"))).toBe(200);
    expect(await sendGuesty("guesty-ingest", "msg_sentinel", { event: "guest.created", guest: { _id: "g-sentinel" } })).toBe(200);
    await waitFor(() => standIn.document(delivery("aircall", "5301:call.created:1700000000")) && standIn.document(delivery("guesty", "msg_sentinel")), "the sentinels");
    expect(standIn.documentCount).toBe(4); // two sentinel documents and their delivery records
    const rawAfter = await archivedKeys("aircall-ingest", "webhooks/");
    expect(rawAfter.filter((key) => !rawBefore.includes(key))).toEqual([expect.stringContaining("5301:call.created"), expect.stringContaining("msg_sentinel")]);
  });

  test("resolves two consumers writing the same documents at once through preconditions", async () => {
    // Two Worker deployments (two queues, two isolates) race on the same call documents, as
    // concurrent consumer invocations do in production.
    const ids = Array.from({ length: 10 }, (_, i) => 6500 + i);
    const events = ids.flatMap((id) => [
      ["aircall-ingest", callEvent(id, "call.created", 1700000000, "initial", { ended_at: null })],
      ["aircall-faulty", callEvent(id, "call.answered", 1700000005, "answered", { ended_at: null })],
      ["aircall-ingest", callEvent(id, "call.ended", 1700000040, "done", { duration: 35 })],
      ["aircall-faulty", callEvent(id, "call.hungup", 1700000035, "done")],
    ] as const);
    await Promise.all(events.map(([worker, payload]) => sendAircall(worker, payload)));
    const records = events.map(([, p]) => delivery("aircall", `${p.data.id}:${p.event}:${p.timestamp}`));
    await waitFor(() => records.every((path) => standIn.document(path)), "all racing deliveries to be stored");
    for (const id of ids) expect(standIn.data(`aircall_calls/${id}`)).toMatchObject({ status: "done", duration: 35, lastEvent: "call.ended" });
    for (const path of records) expect(standIn.writeCount(path)).toBe(1);
    console.log(`webhook-ingest concurrent writers: ${JSON.stringify({ deliveries: records.length, preconditionConflicts: standIn.stats.commitConflicts, commits: standIn.stats.commits })}`);
  });

  test("converges under 30% failed writes and a full Firestore outage: every accepted delivery stored exactly once", async () => {
    // 12 calls × 4 events and 8 reservations × 3 v2 updates, shuffled, plus vendor retries (duplicates).
    const aircall = Array.from({ length: 12 }, (_, i) => 6000 + i).flatMap((id) => [
      callEvent(id, "call.created", 1700000000, "initial", { duration: 0, ended_at: null }),
      callEvent(id, "call.answered", 1700000005, "answered", { duration: 0, ended_at: null }),
      callEvent(id, "call.hungup", 1700000035, "done", { duration: 0 }),
      callEvent(id, "call.ended", 1700000040, "done", { duration: 35, ended_at: 1700000035 }),
    ]);
    const statuses = ["inquiry", "reserved", "confirmed"];
    const guesty = Array.from({ length: 8 }, (_, i) => `res-fault-${i}`).flatMap((id) =>
      statuses.map((status, n) => ({ svixId: `msg_${id}_${n}`, payload: reservationV2(id, `2026-11-20T10:00:0${n}.000Z`, status) })),
    );
    type Send = { kind: "aircall"; payload: Record<string, any> } | { kind: "guesty"; svixId: string; payload: Record<string, any> };
    const distinct: Send[] = [...aircall.map((payload) => ({ kind: "aircall" as const, payload })), ...guesty.map((g) => ({ kind: "guesty" as const, ...g }))];
    const duplicates = seededShuffle(distinct, 11).slice(0, 16);
    const sends = seededShuffle([...distinct, ...duplicates], 5);

    standIn.failWrites(0.3, { when: "mixed" }); // half fail before applying, half apply and lose the answer
    const started = Date.now();
    let accepted = 0;
    const send = async (s: Send) => {
      const status = s.kind === "aircall" ? await sendAircall("aircall-faulty", s.payload) : await sendGuesty("guesty-faulty", s.svixId, s.payload);
      if (status >= 200 && status < 300) accepted++;
    };
    const half = Math.floor(sends.length / 2);
    for (let i = 0; i < half; i += 8) await Promise.all(sends.slice(i, Math.min(i + 8, half)).map(send));
    standIn.outage(1200);
    for (let i = half; i < sends.length; i += 8) await Promise.all(sends.slice(i, i + 8).map(send));

    const deliveryIds = distinct.map((s) => (s.kind === "aircall" ? delivery("aircall", `${s.payload.data.id}:${s.payload.event}:${s.payload.timestamp}`) : delivery("guesty", s.svixId)));
    await waitFor(() => deliveryIds.every((path) => standIn.document(path)), "every accepted delivery to be stored", 20_000, 50);
    const elapsedMs = Date.now() - started;
    standIn.failWrites(0);

    // Every call ends as ended, every reservation at its newest status; nothing else was created.
    for (let i = 0; i < 12; i++) expect(standIn.data(`aircall_calls/${6000 + i}`)).toMatchObject({ status: "done", duration: 35, lastEvent: "call.ended" });
    for (let i = 0; i < 8; i++) expect(standIn.data(`guesty_reservations/res-fault-${i}`)).toMatchObject({ status: "confirmed" });
    expect(standIn.collection("aircall_calls")).toHaveLength(12);
    expect(standIn.collection("guesty_reservations")).toHaveLength(8);
    const records = standIn.collection("webhook_deliveries");
    expect(records).toHaveLength(distinct.length);
    // Exactly once: each delivery record was created by one successful commit, never rewritten.
    for (const path of deliveryIds) expect(standIn.writeCount(path)).toBe(1);
    expect(await archivedKeys("aircall-faulty", "webhooks/aircall/dead-letter/")).toEqual([]);
    expect(await archivedKeys("guesty-faulty", "webhooks/guesty/dead-letter/")).toEqual([]);

    const outcomeLines = logs.find("delivery stored").filter((l) => l.worker === "webhook-ingest" && (String(l.resourceId).startsWith("60") || String(l.resourceId).startsWith("res-fault")));
    const summary = {
      requests: sends.length,
      accepted,
      distinctDeliveries: distinct.length,
      duplicatesSent: duplicates.length,
      stored: records.length,
      lost: distinct.length - records.filter((r) => deliveryIds.includes(r.path)).length,
      appliedOutcomes: records.filter((r) => r.data.outcome === "applied").length,
      staleOutcomes: records.filter((r) => r.data.outcome === "stale").length,
      duplicatesRecognised: outcomeLines.filter((l) => l.outcome === "duplicate").length,
      retries: logs.find("delivery not stored; will retry").filter((l) => String(l.resourceId).startsWith("60") || String(l.resourceId).startsWith("res-fault")).length,
      injectedWriteFailures: standIn.stats.injectedFailures,
      injectedLostAnswers: standIn.stats.injectedLostAnswers,
      outageRejections: standIn.stats.outageRejections,
      preconditionConflicts: standIn.stats.commitConflicts,
      secondsToConverge: Math.round(elapsedMs / 100) / 10,
    };
    console.log(`webhook-ingest fault injection: ${JSON.stringify(summary)}`);
    expect(summary.accepted).toBe(sends.length);
    expect(summary.lost).toBe(0);
    expect(summary.stored).toBe(summary.distinctDeliveries);
    expect(summary.injectedWriteFailures + summary.injectedLostAnswers).toBeGreaterThan(0);
    expect(summary.outageRejections).toBeGreaterThan(0);
  });

  test("dead-letters deliveries that exhaust their retries to R2 and replays them into Firestore with POST /admin/replay", async () => {
    standIn.down();
    expect(await sendAircall("aircall-ingest", callEvent(7100, "call.ended", 1700000040, "done"))).toBe(200);
    expect(await sendAircall("aircall-ingest", callEvent(7101, "call.created", 1700000000, "initial"))).toBe(200);
    expect(await sendGuesty("guesty-ingest", "msg_dlq_1", { event: "guest.created", guest: { _id: "g-dlq" } })).toBe(200);
    const dead = await waitFor(async () => {
      const keys = [...(await archivedKeys("aircall-ingest", "webhooks/aircall/dead-letter/")), ...(await archivedKeys("guesty-ingest", "webhooks/guesty/dead-letter/"))];
      return keys.length === 3 && keys;
    }, "three dead letters in R2");
    expect(dead).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^webhooks\/aircall\/dead-letter\/\d{4}\/\d{2}\/\d{2}\/7100:call\.ended:1700000040\.json$/),
        expect.stringMatching(/^webhooks\/guesty\/dead-letter\/\d{4}\/\d{2}\/\d{2}\/msg_dlq_1\.json$/),
      ]),
    );
    const bucket = await mf.getR2Bucket("ARCHIVE", "aircall-ingest");
    const record = JSON.parse(await (await bucket.get(dead.find((k: string) => k.includes("7100"))!))!.text());
    expect(record).toMatchObject({ kind: "dead-letter", reason: "exhausted retries on the ingest queue", queueAttempts: 1, message: { deliveryId: "7100:call.ended:1700000040", kind: "call" } });
    // Three attempts on the ingest queue (max_retries 2), none stored.
    expect(logs.find("delivery not stored; will retry").filter((l) => l.deliveryId === "7100:call.ended:1700000040").map((l) => l.attempts)).toEqual([1, 2, 3]);
    expect(standIn.document("aircall_calls/7100")).toBeUndefined();

    expect((await replay("aircall-ingest", undefined, "wrong-secret")).status).toBe(401);
    standIn.up();
    const aircallReplay = await replay("aircall-ingest", { from: "dead-letter" });
    expect(aircallReplay).toEqual({ status: 200, json: { ok: true, listed: 2, replayed: 2, failed: 0, invalid: 0, ignored: 0, remaining: false, byPrefix: { "dead-letter/": 2 } } });
    expect((await replay("guesty-ingest", undefined)).json).toMatchObject({ replayed: 1, byPrefix: { "dead-letter/": 1, "pending/": 0, "unparsed/": 0 } });

    await waitFor(() => standIn.document("aircall_calls/7100") && standIn.document("aircall_calls/7101") && standIn.document("guesty_guests/g-dlq"), "the replayed deliveries in Firestore");
    expect(standIn.data(delivery("aircall", "7100:call.ended:1700000040"))).toMatchObject({ outcome: "applied", replayCount: 1 });
    expect(await archivedKeys("aircall-ingest", "webhooks/aircall/dead-letter/")).toEqual([]);
    expect(await archivedKeys("guesty-ingest", "webhooks/guesty/dead-letter/")).toEqual([]);
    expect((await replay("aircall-ingest", { limit: 10 })).json).toMatchObject({ listed: 0, replayed: 0 });
  });

  test("accepts authenticated deliveries it cannot parse, stores nothing, and replays them from unparsed/ once they parse", async () => {
    const brokenReservation = JSON.stringify({ event: "reservation.new", reservation: { status: "inquiry" } }); // no _id
    expect(await sendGuesty("guesty-ingest", "msg_unparsed_1", brokenReservation)).toBe(200);
    expect(await sendGuesty("guesty-ingest", "msg_unparsed_2", "{not json")).toBe(200);
    expect(await sendAircall("aircall-ingest", { ...callEvent(7500, "call.ended", 1700000040, "done"), data: { status: "done" } })).toBe(200); // no data.id
    const guestyKeys = await archivedKeys("guesty-ingest", "webhooks/guesty/unparsed/");
    const aircallKeys = await archivedKeys("aircall-ingest", "webhooks/aircall/unparsed/");
    expect(guestyKeys).toHaveLength(2);
    expect(aircallKeys).toEqual([expect.stringMatching(/\/sha256-[0-9a-f]{32}\.json$/)]);

    // Nothing reaches Firestore: a valid sentinel sent afterwards is the only thing stored.
    expect(await sendGuesty("guesty-ingest", "msg_unparsed_sentinel", { event: "guest.created", guest: { _id: "g-unparsed-sentinel" } })).toBe(200);
    await waitFor(() => standIn.document(delivery("guesty", "msg_unparsed_sentinel")), "the sentinel");
    expect(standIn.documentCount).toBe(2);

    // Replayed while still unparseable: counted invalid and left in place.
    expect((await replay("guesty-ingest", { from: "unparsed" })).json).toMatchObject({ listed: 2, replayed: 0, invalid: 2, byPrefix: { "unparsed/": 0 } });
    expect(await archivedKeys("guesty-ingest", "webhooks/guesty/unparsed/")).toEqual(guestyKeys);

    // Once it parses (here the operator corrects the archived body; equally a fixed adapter), replay stores it under its svix-id.
    const bucket = await mf.getR2Bucket("ARCHIVE", "guesty-ingest");
    const key = guestyKeys.find((k: string) => k.includes("msg_unparsed_1"))!;
    const record = JSON.parse(await (await bucket.get(key))!.text());
    expect(record).toMatchObject({ kind: "unparsed", source: "guesty", deliveryId: "msg_unparsed_1", body: brokenReservation, reason: expect.stringMatching(/^missing_resource_id: /) });
    await bucket.put(key, JSON.stringify({ ...record, body: JSON.stringify({ event: "reservation.new", reservation: { _id: "r-unparsed", status: "inquiry" } }) }));
    expect((await replay("guesty-ingest", { from: "unparsed" })).json).toMatchObject({ listed: 2, replayed: 1, invalid: 1, byPrefix: { "unparsed/": 1 } });
    await waitFor(() => standIn.document("guesty_reservations/r-unparsed"), "the replayed reservation");
    expect(standIn.data(delivery("guesty", "msg_unparsed_1"))).toMatchObject({ outcome: "applied", replayCount: 1 });
    expect(await archivedKeys("guesty-ingest", "webhooks/guesty/unparsed/")).toEqual([guestyKeys.find((k: string) => k.includes("msg_unparsed_2"))]);
  });

  test("replays deliveries archived as pending while the queue was down", async () => {
    expect(await sendAircall("aircall-queue-down", callEvent(7200, "call.ended", 1700000040, "done"))).toBe(202);
    expect(await archivedKeys("aircall-ingest", "webhooks/aircall/pending/")).toHaveLength(1);
    expect((await replay("aircall-ingest", { from: "pending" })).json).toMatchObject({ replayed: 1, remaining: false });
    await waitFor(() => standIn.document("aircall_calls/7200"), "the pending delivery in Firestore");
    expect(await archivedKeys("aircall-ingest", "webhooks/aircall/pending/")).toEqual([]);
  });

  test("applies a delivery whose write first succeeds 23 hours into a Firestore outage, and dead-letters one only after the schedule ends", async () => {
    const schedule = retrySchedule(DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS);
    const recoveredAt = schedule.findIndex((at) => at >= 23 * 3600); // 0-based: deliveries before it fail
    expect(recoveredAt).toBeGreaterThan(0);

    // Each failed delivery makes exactly one Firestore call (its first read), so n calls down = n deliveries down.
    standIn.downForCalls(recoveredAt);
    expect(await sendAircall("aircall-day-outage", callEvent(7400, "call.ended", 1700000040, "done"))).toBe(200);
    await waitFor(() => standIn.document("aircall_calls/7400"), "the delivery in Firestore after the outage", 30_000);
    // The Worker logs "delivery stored" after Firestore answered the commit, i.e. just after the
    // document is visible in the stand-in: wait for the line rather than read the logs at once.
    const stored = () => logs.find("delivery stored").filter((l) => l.deliveryId === "7400:call.ended:1700000040");
    await waitFor(() => stored().length > 0, "the Worker's delivery-stored log line", 10_000);
    expect(stored().map((l) => l.attempts)).toEqual([recoveredAt + 1]);
    expect(await archivedKeys("aircall-day-outage", "webhooks/aircall/dead-letter/")).toEqual([]);

    // Down for every delivery the schedule allows: only then is it dead-lettered (archived for replay).
    standIn.downForCalls(schedule.length);
    expect(await sendAircall("aircall-day-outage", callEvent(7401, "call.ended", 1700000040, "done"))).toBe(200);
    await waitFor(async () => (await archivedKeys("aircall-day-outage", "webhooks/aircall/dead-letter/")).length === 1, "the dead letter", 30_000);
    expect(logs.find("delivery not stored; will retry").filter((l) => l.deliveryId === "7401:call.ended:1700000040")).toHaveLength(schedule.length);
    expect(standIn.document("aircall_calls/7401")).toBeUndefined();
  }, 60_000);

  test("retries and then dead-letters, without crashing, when the service-account key is missing from KV", async () => {
    expect(await sendAircall("aircall-no-sa", callEvent(7300, "call.created", 1700000000, "initial"))).toBe(200);
    await waitFor(async () => (await archivedKeys("aircall-no-sa", "webhooks/aircall/dead-letter/")).length === 1, "the dead letter");
    const complaints = logs.find("firestore client unavailable; retrying the batch");
    expect(complaints.length).toBeGreaterThanOrEqual(3);
    expect(complaints[0]).toMatchObject({ level: "error", secretKey: "google-service-account.not-written-yet", error: "MissingSecretError" });
    expect(standIn.document("aircall_calls/7300")).toBeUndefined();
  });

  test("never logs a secret, a token or a payload", () => {
    const all = logs.raw.join("\n");
    for (const secret of [AIRCALL_TOKEN, GUESTY_SECRET.slice("whsec_".length), ADMIN_SECRET, "BEGIN PRIVATE KEY", "ya29.standin"]) expect(all).not.toContain(secret);
    for (const payloadText of ["Gerald Charlton", "fareAccommodation", "hello m1", "availability_status"]) expect(all).not.toContain(payloadText);
  });
});
