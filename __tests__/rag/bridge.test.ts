/**
 * The RAG chat bridge Worker in workerd, bundled as the construct deploys it, against local
 * stand-ins for Rocket.Chat, Groq (real groq-sdk), Qdrant (real @qdrant/js-client-rest),
 * Firestore and Workers AI.
 */
import { DEFAULT_EMBEDDING, DEFAULT_FALLBACK_MODEL, DEFAULT_PRIMARY_MODEL, DEFAULT_QDRANT_COLLECTION, DEFAULT_TOP_K, DEFAULT_SCORE_THRESHOLD } from "../../runtime/rag-bridge/contract";
import { APOLOGY, NO_CONTEXT_ANSWER } from "../../runtime/rag-bridge/prompt";
import { type Bridge, questionPayload, seedKnowledge, startBridge, startUpstreams, type Upstreams } from "../support/rag-harness";
import { waitFor } from "../support/webhook-ingest-harness";

const SUPPORT = { channel_id: "ROOMsupport0000001", channel_name: "support" };
const OPS = { channel_id: "ROOMops00000000001", channel_name: "ops" };

const CALL_POINT = {
  id: "11111111-1111-5111-8111-111111111111",
  text: "Inbound call with Maria Lopez on 2026-11-20. Summary: the guest asked for a late check-in at 23:00 for reservation HM123; agreed, key box code sent.",
  payload: { source: "aircall", doc_type: "call", source_id: "aircall_calls/9001", access: "business", title: "Inbound call with Maria Lopez on 2026-11-20", chunk_index: 0, url: "https://assets.aircall.io/calls/9001" },
};
const ROOM_POINT = {
  id: "22222222-2222-5222-8222-222222222222",
  text: "Reminder: the late check-in key box is behind the blue door.",
  payload: { source: "rocketchat", doc_type: "chat_message", source_id: "rocketchat_message/abc", access: "room", room_id: OPS.channel_id, title: "Message from bob", chunk_index: 0 },
};

let up: Upstreams;
let bridge: Bridge;

beforeAll(async () => {
  up = await startUpstreams();
  await seedKnowledge(up, [CALL_POINT, ROOM_POINT]);
  bridge = await startBridge(up, { vars: { ALLOWED_CHANNELS: "support,ops,#general", BUSINESS_CHANNELS: "support", SCORE_THRESHOLD: "0.2", BUDGET_USER_PER_DAY: "3" } });
});
afterAll(async () => {
  await bridge?.close();
  await up?.close();
});

async function ask(overrides: Record<string, unknown> = {}) {
  // A user of their own per question unless the test says otherwise, so budgets never interfere.
  const payload = questionPayload({ ...SUPPORT, user_id: `user${Math.random().toString(36).slice(2, 12)}`, ...overrides });
  up.rocketChat.addMessage({ _id: String(payload.message_id), rid: String(payload.channel_id), msg: String(payload.text ?? "") });
  const answer = await bridge.deliver(payload);
  return { payload, answer, messageId: String(payload.message_id) };
}

const qa = (messageId: string): Record<string, any> | undefined => up.firestore.data(`rag_questions/${messageId}`);
const postedFor = (messageId: string) => up.rocketChat.posted().filter((m) => m.tmid === messageId);
const answered = (messageId: string) => waitFor(() => qa(messageId)?.status === "done" && qa(messageId), `the Q&A record of ${messageId} to be done`);

describe("rag bridge: happy path", () => {
  test("answers in the thread with citations from the exact Qdrant query, stores the Q&A, and adds then removes 👀", async () => {
    up.groq.answer = () => "The guest asked for a late check-in at 23:00; it was agreed [1].";
    const qdrantBefore = up.qdrant.requests.length;
    const groqBefore = up.groq.requests.length;
    const { answer, messageId, payload } = await ask({ ...SUPPORT, user_id: "happyUser", text: "What did Maria Lopez ask about the late check-in?" });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true, queued: true });
    expect(answer.body.text).toBeUndefined();

    const record = await answered(messageId);
    const queries = up.qdrant.requests.slice(qdrantBefore).filter((r) => r.path.endsWith("/points/query"));
    expect(queries).toHaveLength(1);
    expect(queries[0].path).toBe(`/collections/${DEFAULT_QDRANT_COLLECTION}/points/query`);
    expect(queries[0].body).toEqual({
      query: up.embeddings.vectorFor(String(payload.text), DEFAULT_EMBEDDING.dimension).map((x) => expect.closeTo(x, 6)),
      limit: DEFAULT_TOP_K,
      score_threshold: 0.2,
      with_payload: true,
      filter: {
        should: [
          { must: [{ key: "access", match: { value: "room" } }, { key: "room_id", match: { value: SUPPORT.channel_id } }] },
          { must: [{ key: "access", match: { value: "business" } }] },
        ],
      },
    });

    const groqCalls = up.groq.requests.slice(groqBefore);
    expect(groqCalls).toHaveLength(1);
    expect(groqCalls[0].authorization).toBe(`Bearer ${up.groq.apiKey}`);
    expect(groqCalls[0].body).toMatchObject({ model: DEFAULT_PRIMARY_MODEL, reasoning_effort: "low", stream: false });
    const [system, user] = groqCalls[0].body.messages;
    expect(system.role).toBe("system");
    expect(system.content).toMatch(/ONLY the numbered context/);
    expect(user.content).toContain(`[1] ${CALL_POINT.payload.title}`);
    expect(user.content).toContain(CALL_POINT.text);
    expect(user.content).not.toContain(ROOM_POINT.text); // a room message from another room
    expect(user.content).toMatch(/Question: What did Maria Lopez ask about the late check-in\?$/);

    const posted = postedFor(messageId);
    expect(posted).toHaveLength(1);
    expect(posted[0].rid).toBe(SUPPORT.channel_id);
    expect(posted[0].msg).toBe("The guest asked for a late check-in at 23:00; it was agreed [1].");
    expect(posted[0].attachments).toEqual([{ title: `[1] ${CALL_POINT.payload.title}`, text: CALL_POINT.text, title_link: CALL_POINT.payload.url }]);

    expect(record).toMatchObject({
      messageId,
      status: "done",
      outcome: "answered",
      question: payload.text,
      answer: posted[0].msg,
      model: DEFAULT_PRIMARY_MODEL,
      userId: "happyUser",
      roomId: SUPPORT.channel_id,
      postedMessageId: posted[0]._id,
    });
    expect(record.points).toEqual([expect.objectContaining({ id: CALL_POINT.id, source_id: CALL_POINT.payload.source_id, score: expect.any(Number) })]);
    expect(record.latenciesMs).toEqual(expect.objectContaining({ embedMs: expect.any(Number), retrieveMs: expect.any(Number), generateMs: expect.any(Number) }));

    const reactions = up.rocketChat.reactionLog.filter((r) => r.messageId === messageId);
    expect(reactions.map((r) => [r.emoji, r.on])).toEqual([
      [":eyes:", true],
      [":eyes:", false],
    ]);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const groqCallsSince = (n: number) => up.groq.requests.slice(n);

describe("rag bridge: deliveries that are not answered", () => {
  test("rejects a delivery with a wrong token with 401 and queues nothing", async () => {
    const groqBefore = up.groq.requests.length;
    const { answer, messageId } = await ask({ token: "not-the-token" });
    expect(answer.status).toBe(401);
    const { answer: missing } = await ask({ token: undefined });
    expect(missing.status).toBe(401);
    await sleep(300);
    expect(qa(messageId)).toBeUndefined();
    expect(groqCallsSince(groqBefore)).toHaveLength(0);
  });

  test.each([
    ["a bot message", { bot: { i: "integration1" } }, "bot"],
    ["an edit", { isEdited: true }, "edit"],
    ["empty text (a pure media message)", { text: "   " }, "empty"],
    ["a channel not allowed", { channel_id: "ROOMrandom00000001", channel_name: "random" }, "channel_not_allowed"],
  ])("ignores %s with 200 and a non-empty body without text", async (_what, overrides, reason) => {
    const { answer, messageId } = await ask(overrides);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true, ignored: reason });
    await sleep(200);
    expect(qa(messageId)).toBeUndefined();
    expect(postedFor(messageId)).toHaveLength(0);
  });

  test("ignores the bot user's own messages (the loop guard), even without the bot flag", async () => {
    const { answer, messageId } = await ask({ user_id: up.rocketChat.bot.userId, user_name: up.rocketChat.bot.username });
    expect(answer.body).toEqual({ ok: true, ignored: "own_message" });
    await sleep(200);
    expect(qa(messageId)).toBeUndefined();
  });

  test("accepts a channel allowed by name with a leading # in the setting", async () => {
    const { answer, messageId } = await ask({ channel_id: "ROOMgeneral0000001", channel_name: "general" });
    expect(answer.body).toEqual({ ok: true, queued: true });
    await answered(messageId);
  });
});

describe("rag bridge: dedupe", () => {
  test("answers a duplicate delivery once", async () => {
    const groqBefore = up.groq.requests.length;
    const { payload, messageId } = await ask({ text: "When does Maria Lopez check in late?" });
    const second = await bridge.deliver(payload);
    expect(second.status).toBe(200);
    await answered(messageId);
    await sleep(300);
    expect(postedFor(messageId)).toHaveLength(1);
    expect(groqCallsSince(groqBefore)).toHaveLength(1);
  });

  test("answers once when Rocket.Chat retries a delivery while the first is still being answered", async () => {
    up.groq.delayMs = 800;
    try {
      const groqBefore = up.groq.requests.length;
      const { payload, messageId } = await ask({ text: "Did Maria Lopez get the key box code?" });
      await waitFor(() => groqCallsSince(groqBefore).length > 0, "the first attempt to reach Groq");
      const retried = await bridge.deliver(payload); // Rocket.Chat's 0.1 s / 1 s retry
      expect(retried.body).toEqual({ ok: true, queued: true });
      await answered(messageId);
      await sleep(300);
      expect(postedFor(messageId)).toHaveLength(1);
      expect(groqCallsSince(groqBefore)).toHaveLength(1);
      expect(bridge.logs.find("duplicate question ignored").some((l) => l.messageId === messageId)).toBe(true);
    } finally {
      up.groq.delayMs = 0;
    }
  });
});

describe("rag bridge: retrieval and access", () => {
  test("says it does not know, without asking Groq, when nothing scores above the threshold", async () => {
    const groqBefore = up.groq.requests.length;
    const { messageId } = await ask({ text: "Quarterly revenue forecast spreadsheet totals" });
    const record = await answered(messageId);
    expect(record.outcome).toBe("no_context");
    expect(postedFor(messageId)[0].msg).toBe(NO_CONTEXT_ANSWER);
    expect(groqCallsSince(groqBefore)).toHaveLength(0);
  });

  test("does not retrieve a business document in a room that is not a business channel", async () => {
    const qdrantBefore = up.qdrant.requests.length;
    const { messageId } = await ask({ channel_id: "ROOMgeneral0000001", channel_name: "general", text: "What did Maria Lopez ask about the late check-in?" });
    const record = await answered(messageId);
    const query = up.qdrant.requests.slice(qdrantBefore).find((r) => r.path.endsWith("/points/query"))!;
    expect((query.body as Record<string, unknown>).filter).toEqual({ should: [{ must: [{ key: "access", match: { value: "room" } }, { key: "room_id", match: { value: "ROOMgeneral0000001" } }] }] });
    expect(record.outcome).toBe("no_context");
    expect(JSON.stringify(postedFor(messageId))).not.toContain("Maria");
  });

  test("retrieves a room's message only in that room", async () => {
    const groqBefore = up.groq.requests.length;
    const inOps = await ask({ ...OPS, text: "Where is the late check-in key box?" });
    const record = await answered(inOps.messageId);
    expect(record.points.map((p: { id: string }) => p.id)).toEqual([ROOM_POINT.id]); // ops is not a business channel: no call either
    expect(groqCallsSince(groqBefore)[0].body.messages[1].content).toContain(ROOM_POINT.text);

    const inSupport = await ask({ text: "Where is the late check-in key box?" });
    const elsewhere = await answered(inSupport.messageId);
    expect(elsewhere.points.map((p: { id: string }) => p.id)).not.toContain(ROOM_POINT.id);
  });
});

describe("rag bridge: upstream failures", () => {
  test("falls back to the second model when the first answers 429, and records both attempts", async () => {
    up.groq.failNext({ status: 429, model: DEFAULT_PRIMARY_MODEL, retryAfterSec: 7 });
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    const record = await answered(messageId);
    expect(record.model).toBe(DEFAULT_FALLBACK_MODEL);
    expect(record.groqAttempts.map((a: { model: string; status: unknown }) => [a.model, a.status])).toEqual([
      [DEFAULT_PRIMARY_MODEL, 429],
      [DEFAULT_FALLBACK_MODEL, "ok"],
    ]);
    expect(record.outcome).toBe("answered");
  });

  test("waits for retry-after before asking a rate-limited model again", async () => {
    const groqBefore = up.groq.requests.length;
    up.groq.failNext({ status: 429, count: 2, retryAfterSec: 1 });
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    const record = await answered(messageId);
    const calls = groqCallsSince(groqBefore);
    expect(calls.map((c) => [c.model, c.status])).toEqual([
      [DEFAULT_PRIMARY_MODEL, 429],
      [DEFAULT_FALLBACK_MODEL, 429],
      [DEFAULT_PRIMARY_MODEL, 200],
    ]);
    expect(calls[2].at - calls[0].at).toBeGreaterThanOrEqual(950);
    expect(record.model).toBe(DEFAULT_PRIMARY_MODEL);
  });

  test("uses the fallback when the primary model is decommissioned (404 model_not_found)", async () => {
    up.groq.failNext({ status: 404, model: DEFAULT_PRIMARY_MODEL });
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    expect((await answered(messageId)).model).toBe(DEFAULT_FALLBACK_MODEL);
  });

  test("apologises after five attempts across both models when Groq is down, and removes the reaction", async () => {
    const groqBefore = up.groq.requests.length;
    up.groq.down(503);
    try {
      const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
      const record = await answered(messageId);
      expect(groqCallsSince(groqBefore).map((c) => c.model)).toEqual([DEFAULT_PRIMARY_MODEL, DEFAULT_FALLBACK_MODEL, DEFAULT_PRIMARY_MODEL, DEFAULT_FALLBACK_MODEL, DEFAULT_PRIMARY_MODEL]);
      expect(record.outcome).toBe("failed");
      expect(record.error).toMatch(/^groq: /);
      expect(postedFor(messageId).map((m) => m.msg)).toEqual([APOLOGY]);
      expect(up.rocketChat.reactionLog.filter((r) => r.messageId === messageId).map((r) => r.on)).toEqual([true, false]);
    } finally {
      up.groq.up();
    }
  });

  test("apologises when Qdrant is down, without asking Groq", async () => {
    const groqBefore = up.groq.requests.length;
    up.qdrant.failNext(/\/points\/query$/, 503, 1);
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    const record = await answered(messageId);
    expect(record.outcome).toBe("failed");
    expect(record.error).toMatch(/^qdrant: /);
    expect(postedFor(messageId).map((m) => m.msg)).toEqual([APOLOGY]);
    expect(groqCallsSince(groqBefore)).toHaveLength(0);
  });

  test("retries a failed post, and a queue retry posts the stored reply without asking Groq again", async () => {
    const groqBefore = up.groq.requests.length;
    up.rocketChat.failNext("chat.postMessage", 500, 4); // all 3 attempts of the first delivery, 1 of the queue retry
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    const record = await answered(messageId);
    expect(postedFor(messageId)).toHaveLength(1);
    expect(record.outcome).toBe("answered");
    expect(groqCallsSince(groqBefore)).toHaveLength(1);
    expect(bridge.logs.find("question will be retried").some((l) => l.messageId === messageId)).toBe(true);
  });

  test("logs a question whose reply could never be posted to the dead-letter queue, keeping the reply in the record", async () => {
    up.rocketChat.failNext("chat.postMessage", 500, 9); // 3 attempts × 3 deliveries (maxRetries 2)
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    await waitFor(() => bridge.logs.find("question dead-lettered").some((l) => l.messageId === messageId), "the dead-letter log line");
    expect(postedFor(messageId)).toHaveLength(0);
    expect(qa(messageId)).toMatchObject({ status: "ready", outcome: "answered", reply: { text: expect.any(String) } });
  });
});

describe("rag bridge: Firestore", () => {
  test("keeps an accepted question through a Firestore outage: the queue retries it and it is answered once", async () => {
    const groqBefore = up.groq.requests.length;
    up.firestore.downForCalls(2); // the first delivery's claim, then the first retry's
    const { messageId } = await ask({ text: "What did Maria Lopez ask about the late check-in?" });
    const record = await answered(messageId);
    expect(record.outcome).toBe("answered");
    expect(postedFor(messageId)).toHaveLength(1);
    expect(groqCallsSince(groqBefore)).toHaveLength(1);
    expect(bridge.logs.find("question will be retried").filter((l) => l.messageId === messageId).length).toBeGreaterThanOrEqual(1);
  });
});

describe("rag bridge: budgets", () => {
  test("answers a user over the daily budget with a clear reply, without embedding or asking Groq", async () => {
    const user = "budgetUser000001";
    for (let i = 0; i < 3; i++) await answered((await ask({ user_id: user, text: `Late check-in question ${i}` })).messageId);
    const groqBefore = up.groq.requests.length;
    const embedBefore = up.embeddings.requests.length;
    const { messageId } = await ask({ user_id: user, text: "One question too many about the late check-in" });
    const record = await answered(messageId);
    expect(record.outcome).toBe("over_budget");
    expect(postedFor(messageId)[0].msg).toBe("You have reached today's limit of 3 questions to me, so I will not answer this one. The limit resets at 00:00 UTC.");
    expect(groqCallsSince(groqBefore)).toHaveLength(0);
    expect(up.embeddings.requests.length).toBe(embedBefore);
    expect(up.firestore.data(`rag_budgets/user:${user}:${new Date().toISOString().slice(0, 10)}`)).toMatchObject({ count: 4, scope: "user" });
  });
});
