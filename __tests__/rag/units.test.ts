/**
 * The bridge's pure modules, and the Groq retry policy with the real groq-sdk against the stand-in
 * (in Node, with a recorded sleep instead of waiting).
 */
import { DEFAULT_FALLBACK_MODEL, DEFAULT_PRIMARY_MODEL } from "../../runtime/rag-bridge/contract";
import { ConfigError, readConfig, type Env } from "../../runtime/rag-bridge/env";
import { generate } from "../../runtime/rag-bridge/generate";
import { citations, citedNumbers } from "../../runtime/rag-bridge/prompt";
import { judge } from "../../runtime/rag-bridge/question";
import { accessFilter, type RetrievedPoint } from "../../runtime/rag-bridge/retrieve";
import { type GroqStandIn, startGroqStandIn } from "../support/groq-stand-in";

const FILTERS = { botUserId: "botUser", answerEdits: false, allowedChannels: [] as string[] };
const MESSAGE = { token: "t", bot: false, channel_id: "R1", channel_name: "support", message_id: "M1", user_id: "U1", user_name: "alice", text: " Hello? " };

describe("judge", () => {
  test("accepts a question, trimmed, answering in its thread or starting one", () => {
    expect(judge(MESSAGE, FILTERS)).toEqual({ accept: true, question: expect.objectContaining({ messageId: "M1", threadId: "M1", text: "Hello?", roomName: "support" }) });
    expect(judge({ ...MESSAGE, tmid: "T0" }, FILTERS)).toMatchObject({ question: { threadId: "T0" } });
  });

  test.each([
    [{ bot: { i: "x" } }, "bot"],
    [{ user_id: "botUser" }, "own_message"],
    [{ isEdited: true }, "edit"],
    [{ text: "" }, "empty"],
    [{ message_id: undefined }, "not_a_message"],
  ])("rejects %j as %s", (patch, reason) => {
    expect(judge({ ...MESSAGE, ...patch }, FILTERS)).toEqual({ accept: false, reason });
  });

  test("answers edits when enabled, and only in allowed channels (by id or name)", () => {
    expect(judge({ ...MESSAGE, isEdited: true }, { ...FILTERS, answerEdits: true }).accept).toBe(true);
    expect(judge(MESSAGE, { ...FILTERS, allowedChannels: ["R1"] }).accept).toBe(true);
    expect(judge(MESSAGE, { ...FILTERS, allowedChannels: ["support"] }).accept).toBe(true);
    expect(judge(MESSAGE, { ...FILTERS, allowedChannels: ["ops"] })).toEqual({ accept: false, reason: "channel_not_allowed" });
  });
});

describe("access filter", () => {
  const room = { must: [{ key: "access", match: { value: "room" } }, { key: "room_id", match: { value: "R1" } }] };
  test("allows business documents only in business channels, named by id or name", () => {
    expect(accessFilter("R1", "support", [])).toEqual({ should: [room] });
    expect(accessFilter("R1", "support", ["support"]).should).toHaveLength(2);
    expect(accessFilter("R1", null, ["R1"]).should).toHaveLength(2);
    expect(accessFilter("R1", "support", ["ops"])).toEqual({ should: [room] });
  });
});

describe("citations", () => {
  const point = (n: number, payload: Record<string, unknown> = {}): RetrievedPoint => ({ id: `p${n}`, score: 0.9, payload: { title: `Doc ${n}`, text: `text ${n}`, ...payload } });
  test("reads [1][3] and [2, 3] forms, in order of mention, ignoring numbers that are no passage", () => {
    expect(citedNumbers("a [3] b [1][3] c [2, 9]", 3)).toEqual([3, 1, 2]);
  });
  test("attaches the cited passages, all of them when none is cited, with http(s) links only", () => {
    const points = [point(1, { url: "https://x.example/1" }), point(2, { url: "javascript:alert(1)" })];
    expect(citations("see [2]", points)).toEqual([{ title: "[2] Doc 2", text: "text 2" }]);
    expect(citations("no citation", points).map((a) => a.title_link)).toEqual(["https://x.example/1", undefined]);
  });
});

describe("configuration", () => {
  const base = { ENVIRONMENT: "dev", ROCKETCHAT_URL: "https://chat.example.com/", FIRESTORE_PROJECT_ID: "p", QDRANT_URL: "https://q:6333", DEAD_LETTER_QUEUE: "dlq" } as unknown as Env;
  test("applies the contract's defaults", () => {
    expect(readConfig(base)).toMatchObject({ rocketChatUrl: "https://chat.example.com", primaryModel: DEFAULT_PRIMARY_MODEL, fallbackModel: DEFAULT_FALLBACK_MODEL, topK: 6, embedding: { provider: "workers-ai", model: "@cf/baai/bge-m3", dimension: 1024 } });
  });
  test("fails naming the variable when a setting is missing or malformed", () => {
    expect(() => readConfig({ ...base, QDRANT_URL: "" } as Env)).toThrow(/QDRANT_URL is not set/);
    expect(() => readConfig({ ...base, TOP_K: "0" } as Env)).toThrow(ConfigError);
    expect(() => readConfig({ ...base, SCORE_THRESHOLD: "1.5" } as Env)).toThrow(/SCORE_THRESHOLD must be a cosine similarity/);
    expect(() => readConfig({ ...base, EMBEDDING_PROVIDER: "openai" } as Env)).toThrow(/EMBEDDING_PROVIDER is "openai"/);
  });
});

describe("Groq retry policy (groq-sdk against the stand-in)", () => {
  let groq: GroqStandIn;
  const waits: number[] = [];
  beforeAll(async () => {
    groq = await startGroqStandIn();
  });
  afterAll(() => groq.close());
  beforeEach(() => {
    groq.requests.length = 0;
    waits.length = 0;
    groq.answer = () => "answer [1]";
  });
  const ask = () =>
    generate({ apiKey: groq.apiKey, baseUrl: groq.baseUrl, models: [DEFAULT_PRIMARY_MODEL, DEFAULT_FALLBACK_MODEL], system: "s", user: "u", maxAnswerTokens: 100, retryBaseDelayMs: 10, sleep: async (ms) => void waits.push(ms) });

  test("fails at once on a request error no retry fixes (400)", async () => {
    groq.failNext({ status: 400 });
    await expect(ask()).rejects.toThrow(/Groq refused the request/);
    expect(groq.requests).toHaveLength(1);
  });

  test("switches models on an empty answer", async () => {
    let first = true;
    groq.answer = () => (first ? ((first = false), null) : "second [1]");
    await expect(ask()).resolves.toMatchObject({ answer: "second [1]", model: DEFAULT_FALLBACK_MODEL });
  });

  test("takes a model out when its retry-after is too long to wait, and gives up without waiting when both are", async () => {
    groq.failNext({ status: 429, count: 2, retryAfterSec: 3600 });
    await expect(ask()).rejects.toThrow(/no answer from Groq after 2 attempts/);
    expect(waits).toEqual([]);
  });

  test("backs off between attempts of the same model after 5xx and 498, at most five attempts", async () => {
    groq.down(498);
    try {
      await expect(ask()).rejects.toThrow(/after 5 attempts/);
    } finally {
      groq.up();
    }
    expect(groq.requests).toHaveLength(5);
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(40);
  });
});
