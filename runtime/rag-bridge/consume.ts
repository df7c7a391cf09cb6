/**
 * The question queue's consumer: for each accepted question, claim it (dedupe + budgets) → 👀 →
 * embed → Qdrant → Groq → store the reply → post it in the thread → mark done → remove 👀.
 *
 * Never silence: nothing above the threshold gives a "do not know" reply without asking the model;
 * an embedder, Qdrant or Groq failure gives the apology. A failed post (or Firestore) makes the
 * queue retry the message, which then only posts the stored reply; after the last retry the
 * dead-letter consumer logs it for an operator.
 *
 * @module
 */
import type { Message, MessageBatch } from "@cloudflare/workers-types/experimental";
import { FirestoreRestClient } from "../lib/firestore-rest";
import { getAccessToken, invalidateAccessToken, parseServiceAccountKey, type ServiceAccountKey } from "../lib/google-auth";
import { errorFields, type Logger } from "../lib/json-log";
import { readSecret } from "../lib/worker-secrets";
import { POST_ATTEMPTS, SECRET_KEYS } from "./contract";
import type { BridgeConfig, Env } from "./env";
import { generate } from "./generate";
import { APOLOGY, citations, NO_CONTEXT_ANSWER, SYSTEM_PROMPT, userMessage } from "./prompt";
import type { QuestionMessage } from "./question";
import { type Decided, claim, markPosted, type Reply, storeDecided, type Store } from "./record";
import { embedQuestion, retrieve, type RetrievedPoint, UpstreamError } from "./retrieve";
import { type BotCredentials, postMessage, react } from "./rocketchat";

const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

export async function handleBatch(batch: MessageBatch<QuestionMessage>, env: Env, config: BridgeConfig, log: Logger): Promise<void> {
  if (batch.queue === config.deadLetterQueue) {
    for (const message of batch.messages) {
      // The reply could not be posted (or stored) in any retry: an operator finds it in the Q&A record.
      log.error("question dead-lettered", { messageId: message.body?.messageId, roomId: message.body?.roomId, queueAttempts: message.attempts });
      message.ack();
    }
    return;
  }
  await Promise.all(batch.messages.map((message) => handleMessage(message, env, config, log)));
}

async function handleMessage(message: Message<QuestionMessage>, env: Env, config: BridgeConfig, log: Logger): Promise<void> {
  const question = message.body;
  const qlog = log.child({ messageId: question.messageId, roomId: question.roomId });
  try {
    await answer(question, env, config, qlog);
    message.ack();
  } catch (error) {
    qlog.warn("question will be retried", { queueAttempts: message.attempts, ...errorFields(error) });
    message.retry();
  }
}

async function answer(question: QuestionMessage, env: Env, config: BridgeConfig, log: Logger): Promise<void> {
  const started = Date.now();
  const { store, key } = await firestore(env, config, log);
  const bot = await botCredentials(env, config, log);
  const claimed = await claim(store, question, config, new Date());
  if (claimed.kind === "duplicate") {
    log.info("duplicate question ignored", { status: claimed.status });
    return;
  }
  if (claimed.kind === "resume" && claimed.record.status === "done") return;

  let reply: Reply;
  // The 👀 goes on while the answer is being worked out (not before it: one round trip less);
  // it is awaited before it is taken off, so the two never cross.
  let reacting: Promise<void> = Promise.resolve();
  if (claimed.kind === "resume" && claimed.record.status === "ready" && claimed.record.reply) {
    reply = claimed.record.reply;
  } else {
    reacting = react(bot, question.messageId, true).catch((error) => log.warn("reaction not added", errorFields(error)));
    const overBudget = claimed.kind === "new" ? claimed.overBudget : null;
    const decidedAlone: Decided = overBudget
      ? { outcome: "over_budget", reply: { text: budgetReply(overBudget.scope, overBudget.limit), attachments: [] }, latenciesMs: {} }
      : await decide(question, env, config, key, log);
    const decided: Decided = { ...decidedAlone, latenciesMs: { ...decidedAlone.latenciesMs, decideMs: Date.now() - started } };
    await storeDecided(store, question.messageId, decided, new Date());
    reply = decided.reply;
    log.info("reply decided", { outcome: decided.outcome, model: decided.model, points: decided.points?.length ?? 0, ...decided.latenciesMs });
  }

  const postStarted = Date.now();
  const posted = await postWithRetries(bot, question, reply, config, log);
  await reacting;
  await Promise.all([
    markPosted(store, question.messageId, posted.id, Date.now() - postStarted, new Date()),
    react(bot, question.messageId, false).catch((error) => log.warn("reaction not removed", errorFields(error))),
  ]);
  log.info("question answered", { postedMessageId: posted.id, totalMs: Date.now() - started });
}

function budgetReply(scope: "user" | "room" | "global", limit: number): string {
  const who = scope === "user" ? "You have" : scope === "room" ? "This room has" : "Everyone together has";
  return `${who} reached today's limit of ${limit} questions to me, so I will not answer this one. The limit resets at 00:00 UTC.`;
}

async function decide(question: QuestionMessage, env: Env, config: BridgeConfig, key: ServiceAccountKey, log: Logger): Promise<Decided> {
  const latenciesMs: Record<string, number> = {};
  let points: RetrievedPoint[] = [];
  let step = Date.now();
  try {
    const vector = await embedQuestion(question.text, config, {
      ai: env.AI,
      googleToken: () => getAccessToken(key, { scopes: [CLOUD_PLATFORM_SCOPE] }),
    });
    latenciesMs.embedMs = Date.now() - step;
    step = Date.now();
    const qdrantKey = await readSecret(env.SECRETS, SECRET_KEYS.qdrantApiKey, log);
    points = await retrieve(vector, question.roomId, question.roomName, config, qdrantKey);
    latenciesMs.retrieveMs = Date.now() - step;
    const pointSummary = points.map((p) => ({ id: p.id, score: p.score, source: p.payload.source ?? null, source_id: p.payload.source_id ?? null, title: p.payload.title ?? null }));
    if (points.length === 0) {
      return { outcome: "no_context", reply: { text: NO_CONTEXT_ANSWER, attachments: [] }, points: [], latenciesMs };
    }
    step = Date.now();
    const groqKey = await readSecret(env.SECRETS, SECRET_KEYS.groqApiKey, log);
    const generated = await generate({
      apiKey: groqKey,
      baseUrl: config.groqBaseUrl,
      models: [config.primaryModel, config.fallbackModel],
      system: SYSTEM_PROMPT,
      user: userMessage(question.text, points),
      maxAnswerTokens: config.maxAnswerTokens,
      retryBaseDelayMs: config.retryBaseDelayMs,
    });
    latenciesMs.generateMs = Date.now() - step;
    return {
      outcome: "answered",
      reply: { text: generated.answer, attachments: citations(generated.answer, points) },
      model: generated.model,
      points: pointSummary,
      groqAttempts: generated.attempts,
      latenciesMs,
    };
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error; // a secret or Firestore problem: the queue retries
    log.error("answer failed; apologising", { upstream: error.upstream, ...errorFields(error) });
    return {
      outcome: "failed",
      reply: { text: APOLOGY, attachments: [] },
      points: points.map((p) => ({ id: p.id, score: p.score })),
      latenciesMs,
      error: `${error.upstream}: ${error.message}`.slice(0, 500),
    };
  }
}

async function postWithRetries(bot: BotCredentials, question: QuestionMessage, reply: Reply, config: BridgeConfig, log: Logger) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await postMessage(bot, { roomId: question.roomId, threadId: question.threadId, text: reply.text, attachments: reply.attachments });
    } catch (error) {
      log.warn("post failed", { attempt, ...errorFields(error) });
      if (attempt >= POST_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, config.retryBaseDelayMs * 2 ** (attempt - 1)));
    }
  }
}

async function botCredentials(env: Env, config: BridgeConfig, log: Logger): Promise<BotCredentials> {
  const [userId, authToken] = await Promise.all([readSecret(env.SECRETS, SECRET_KEYS.botUserId, log), readSecret(env.SECRETS, SECRET_KEYS.botAuthToken, log)]);
  return { baseUrl: config.rocketChatUrl, userId: userId.trim(), authToken: authToken.trim() };
}

let parsedKey: { json: string; key: ServiceAccountKey } | undefined;

async function firestore(env: Env, config: BridgeConfig, log: Logger): Promise<{ store: Store; key: ServiceAccountKey }> {
  const json = await readSecret(env.SECRETS, SECRET_KEYS.googleServiceAccount, log);
  if (!parsedKey || parsedKey.json !== json) parsedKey = { json, key: parseServiceAccountKey(json) };
  const key = parsedKey.key;
  const store = new FirestoreRestClient({
    projectId: config.firestoreProjectId,
    databaseId: config.firestoreDatabase,
    baseUrl: config.firestoreBaseUrl,
    accessToken: () => getAccessToken(key),
    onUnauthenticated: () => invalidateAccessToken(key),
  });
  return { store, key };
}
