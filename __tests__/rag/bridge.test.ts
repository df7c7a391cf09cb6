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
  bridge = await startBridge(up, { vars: { BUSINESS_CHANNELS: "support", SCORE_THRESHOLD: "0.2", BUDGET_USER_PER_DAY: "3" } });
});
afterAll(async () => {
  await bridge?.close();
  await up?.close();
});

async function ask(overrides: Record<string, unknown> = {}) {
  const payload = questionPayload(overrides);
  up.rocketChat.addMessage({ _id: String(payload.message_id), rid: String(payload.channel_id), msg: String(payload.text ?? "") });
  const answer = await bridge.deliver(payload);
  return { payload, answer, messageId: String(payload.message_id) };
}

const qa = (messageId: string) => up.firestore.data(`rag_questions/${messageId}`);
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
