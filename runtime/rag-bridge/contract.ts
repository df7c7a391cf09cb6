/**
 * The contract between the RAG chat bridge Worker and everything that deploys or runs it (the
 * `RagChatBridge` construct, the test harness, the benchmark): binding names, plain-text
 * settings, defaults, KV key names and Firestore collections, each defined here once.
 *
 * Dependency-free on purpose: infrastructure code may import only `contract` files from
 * `runtime/` (`__tests__/stacks/imports.test.ts`).
 *
 * @module
 */
export { FIRESTORE_BASE_URL, FIRESTORE_DEFAULT_DATABASE } from "../lib/firestore-contract";
export { WORKERS_COMPATIBILITY_DATE } from "../lib/workers-contract";
export { DEFAULT_EMBEDDING, DEFAULT_QDRANT_COLLECTION } from "../vectorize/contract";

/** Resource bindings of the Worker. */
export const BINDING = {
  /** KV namespace of this Worker's own secrets (see `SECRET_KEYS`). */
  secrets: "SECRETS",
  /** Producer binding of the question queue (the Worker also consumes it). */
  questionQueue: "QUESTION_QUEUE",
  /** Workers AI, bound only when the embedding provider is `workers-ai`. */
  ai: "AI",
} as const;

/** Plain-text vars of the Worker (`env.ts` says what each means and its default). */
export const VAR = {
  environment: "ENVIRONMENT",
  rocketChatUrl: "ROCKETCHAT_URL",
  firestoreProjectId: "FIRESTORE_PROJECT_ID",
  firestoreDatabase: "FIRESTORE_DATABASE",
  qdrantUrl: "QDRANT_URL",
  qdrantCollection: "QDRANT_COLLECTION",
  embeddingProvider: "EMBEDDING_PROVIDER",
  embeddingModel: "EMBEDDING_MODEL",
  embeddingDimension: "EMBEDDING_DIMENSION",
  /** Vertex AI only: project and region of the model endpoint. */
  vertexProjectId: "VERTEX_PROJECT_ID",
  vertexLocation: "VERTEX_LOCATION",
  primaryModel: "PRIMARY_MODEL",
  fallbackModel: "FALLBACK_MODEL",
  topK: "TOP_K",
  scoreThreshold: "SCORE_THRESHOLD",
  maxAnswerTokens: "MAX_ANSWER_TOKENS",
  /** Comma-separated channel names or room ids the bridge answers in; empty: wherever the integration fires. */
  allowedChannels: "ALLOWED_CHANNELS",
  /** Comma-separated channel names or room ids where business documents (calls, reservations) may be retrieved. */
  businessChannels: "BUSINESS_CHANNELS",
  answerEdits: "ANSWER_EDITS",
  budgetUserPerDay: "BUDGET_USER_PER_DAY",
  budgetRoomPerDay: "BUDGET_ROOM_PER_DAY",
  budgetGlobalPerDay: "BUDGET_GLOBAL_PER_DAY",
  deadLetterQueue: "DEAD_LETTER_QUEUE",
  /** Optional overrides: tests and private endpoints only. */
  groqBaseUrl: "GROQ_BASE_URL",
  firestoreBaseUrl: "FIRESTORE_BASE_URL",
  vertexBaseUrl: "VERTEX_BASE_URL",
  /** Optional: first backoff between Groq attempts and between Rocket.Chat post attempts (tests set 0). */
  retryBaseDelayMs: "RETRY_BASE_DELAY_MS",
} as const;

/**
 * KV keys in the Worker's own secrets namespace. Names use only `[A-Za-z0-9._-]`: cloudflare
 * provider 5.14.0 path-escapes anything else into state (see webhook-ingest's contract).
 */
export const SECRET_KEYS = {
  /** The outgoing integration's token (several values, comma/space separated, during a rotation): operators. */
  outgoingToken: "rocketchat-outgoing-token",
  /** The bot user's `_id` (the `X-User-Id` header, and the loop guard): operators. */
  botUserId: "rocketchat-bot-user-id",
  /** The bot user's personal access token (`X-Auth-Token`): operators. */
  botAuthToken: "rocketchat-bot-token",
  groqApiKey: "groq-api-key",
  /** A read-only Qdrant key suffices (searches only). */
  qdrantApiKey: "qdrant-api-key",
  /** Google service-account JSON key (Firestore; Vertex when that embedder is chosen): written by Terraform. */
  googleServiceAccount: "google-service-account",
} as const;

export const KV_KEY_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Current Groq production models (groq.md §6: the Llama 3.x ids were decommissioned on 16 Aug 2026). */
export const DEFAULT_PRIMARY_MODEL = "openai/gpt-oss-120b";
export const DEFAULT_FALLBACK_MODEL = "openai/gpt-oss-20b";
export const GROQ_BASE_URL = "https://api.groq.com";

export const DEFAULT_TOP_K = 6;
/** Cosine similarity below which a chunk is not context (bge-m3 scores unrelated text ~0.3-0.4). */
export const DEFAULT_SCORE_THRESHOLD = 0.5;
export const DEFAULT_MAX_ANSWER_TOKENS = 1024;
export const DEFAULT_BUDGETS = { userPerDay: 50, roomPerDay: 200, globalPerDay: 2000 } as const;

/** At most this many Groq requests per question (primary and fallback together). */
export const GROQ_MAX_ATTEMPTS = 5;
/** A `retry-after` longer than this is not waited for: the other model is tried, then the apology. */
export const GROQ_MAX_RETRY_AFTER_SECONDS = 20;

/** Timeouts of every upstream call, in milliseconds. */
export const TIMEOUT_MS = {
  embed: 10_000,
  qdrant: 8_000,
  groq: 30_000,
  rocketChat: 10_000,
  firestore: 10_000,
} as const;

/** Attempts at `chat.postMessage` inside one queue delivery (then the queue retries the message). */
export const POST_ATTEMPTS = 3;

/**
 * Queue retries of a question. Rocket.Chat re-sends an unanswered webhook for ~3.1 h (0.1 s, 1 s,
 * 10 s, 100 s, ~16.7 min, ~2.8 h: `triggerHandler.ts`); dedupe is the Q&A record, which is kept,
 * so any retry horizon is covered.
 */
export const DEFAULT_QUEUE_MAX_RETRIES = 5;

/** Firestore collections the Worker writes. */
export const COLLECTIONS = {
  /** One Q&A record per Rocket.Chat `message_id`: the claim, the answer, and what it was based on. */
  questions: "rag_questions",
  /** Counters of questions per user, room and everyone, per UTC day. */
  budgets: "rag_budgets",
} as const;

/** The body of every accepted or ignored webhook: non-empty JSON without `text`, so Rocket.Chat posts nothing and does not retry. */
export const ACK_BODY = { ok: true } as const;
