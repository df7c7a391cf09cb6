/**
 * The bindings the `RagChatBridge` construct gives this Worker (names from `contract.ts`) and the
 * validated configuration read from its plain-text vars.
 *
 * @module
 */
import type { KVNamespace, Queue } from "@cloudflare/workers-types/experimental";
import {
  BINDING,
  DEFAULT_BUDGETS,
  DEFAULT_EMBEDDING,
  DEFAULT_FALLBACK_MODEL,
  DEFAULT_MAX_ANSWER_TOKENS,
  DEFAULT_PRIMARY_MODEL,
  DEFAULT_QDRANT_COLLECTION,
  DEFAULT_SCORE_THRESHOLD,
  DEFAULT_TOP_K,
  FIRESTORE_BASE_URL,
  FIRESTORE_DEFAULT_DATABASE,
  GROQ_BASE_URL,
  VAR,
} from "./contract";
import type { QuestionMessage } from "./question";

/** The slice of the Workers AI binding the bridge uses (`env.AI.run(model, { text })`). */
export interface AiBinding {
  run(model: string, input: { text: string[] }): Promise<{ data?: number[][]; shape?: number[] }>;
}

export type Env = {
  readonly [BINDING.secrets]: KVNamespace;
  readonly [BINDING.questionQueue]: Queue<QuestionMessage>;
  readonly [BINDING.ai]?: AiBinding;
} & { readonly [K in (typeof VAR)[keyof typeof VAR]]?: string };

export interface BridgeConfig {
  readonly environment: string;
  readonly rocketChatUrl: string;
  readonly firestoreProjectId: string;
  readonly firestoreDatabase: string;
  readonly firestoreBaseUrl: string;
  readonly qdrantUrl: string;
  readonly qdrantCollection: string;
  readonly embedding: { readonly provider: "workers-ai" | "vertex-ai"; readonly model: string; readonly dimension: number };
  readonly vertexProjectId: string;
  readonly vertexLocation: string;
  readonly vertexBaseUrl: string;
  readonly primaryModel: string;
  readonly fallbackModel: string;
  readonly groqBaseUrl: string;
  readonly topK: number;
  readonly scoreThreshold: number;
  readonly maxAnswerTokens: number;
  readonly allowedChannels: readonly string[];
  readonly businessChannels: readonly string[];
  readonly answerEdits: boolean;
  readonly budgets: { readonly userPerDay: number; readonly roomPerDay: number; readonly globalPerDay: number };
  readonly deadLetterQueue: string;
  readonly retryBaseDelayMs: number;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`rag-bridge: ${variable} ${message}`);
  }
}

export function channelList(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(/[\s,]+/)
    .map((name) => name.trim().replace(/^#/, ""))
    .filter(Boolean);
}

/** Reads and checks the plain-text vars; the error names the variable and the fix. */
export function readConfig(env: Env): BridgeConfig {
  const text = (name: string, fallback?: string): string => {
    const value = (env as Record<string, unknown>)[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (fallback !== undefined) return fallback;
    throw new ConfigError(name, "is not set; the RagChatBridge construct sets it as a plain_text binding");
  };
  const number = (name: string, fallback: number, check: (n: number) => boolean, expected: string): number => {
    const raw = (env as Record<string, unknown>)[name];
    const value = raw === undefined || raw === "" ? fallback : Number(raw);
    if (!Number.isFinite(value) || !check(value)) throw new ConfigError(name, `must be ${expected}, got "${String(raw)}"`);
    return value;
  };
  const positive = (name: string, fallback: number) => number(name, fallback, (n) => Number.isInteger(n) && n >= 1, "a positive integer");
  const provider = text(VAR.embeddingProvider, DEFAULT_EMBEDDING.provider);
  if (provider !== "workers-ai" && provider !== "vertex-ai") throw new ConfigError(VAR.embeddingProvider, `is "${provider}"; expected "workers-ai" or "vertex-ai"`);
  return {
    environment: text(VAR.environment),
    rocketChatUrl: text(VAR.rocketChatUrl).replace(/\/+$/, ""),
    firestoreProjectId: text(VAR.firestoreProjectId),
    firestoreDatabase: text(VAR.firestoreDatabase, FIRESTORE_DEFAULT_DATABASE),
    firestoreBaseUrl: text(VAR.firestoreBaseUrl, FIRESTORE_BASE_URL),
    qdrantUrl: text(VAR.qdrantUrl).replace(/\/+$/, ""),
    qdrantCollection: text(VAR.qdrantCollection, DEFAULT_QDRANT_COLLECTION),
    embedding: {
      provider,
      model: text(VAR.embeddingModel, DEFAULT_EMBEDDING.model),
      dimension: positive(VAR.embeddingDimension, DEFAULT_EMBEDDING.dimension),
    },
    vertexProjectId: text(VAR.vertexProjectId, ""),
    vertexLocation: text(VAR.vertexLocation, ""),
    vertexBaseUrl: text(VAR.vertexBaseUrl, ""),
    primaryModel: text(VAR.primaryModel, DEFAULT_PRIMARY_MODEL),
    fallbackModel: text(VAR.fallbackModel, DEFAULT_FALLBACK_MODEL),
    groqBaseUrl: text(VAR.groqBaseUrl, GROQ_BASE_URL).replace(/\/+$/, ""),
    topK: positive(VAR.topK, DEFAULT_TOP_K),
    scoreThreshold: number(VAR.scoreThreshold, DEFAULT_SCORE_THRESHOLD, (n) => n >= -1 && n <= 1, "a cosine similarity between -1 and 1"),
    maxAnswerTokens: positive(VAR.maxAnswerTokens, DEFAULT_MAX_ANSWER_TOKENS),
    allowedChannels: channelList(env[VAR.allowedChannels]),
    businessChannels: channelList(env[VAR.businessChannels]),
    answerEdits: text(VAR.answerEdits, "false") === "true",
    budgets: {
      userPerDay: positive(VAR.budgetUserPerDay, DEFAULT_BUDGETS.userPerDay),
      roomPerDay: positive(VAR.budgetRoomPerDay, DEFAULT_BUDGETS.roomPerDay),
      globalPerDay: positive(VAR.budgetGlobalPerDay, DEFAULT_BUDGETS.globalPerDay),
    },
    deadLetterQueue: text(VAR.deadLetterQueue),
    retryBaseDelayMs: number(VAR.retryBaseDelayMs, 500, (n) => n >= 0, "a number of milliseconds ≥ 0"),
  };
}
