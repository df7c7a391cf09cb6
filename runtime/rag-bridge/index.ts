/**
 * RAG chat bridge Worker: a Rocket.Chat question answered from Qdrant context by Groq, in the
 * thread, with citations, and stored in Firestore.
 * - `fetch`: the outgoing-webhook endpoint (`webhook.ts`): verify, filter, enqueue, ack at once.
 * - `queue`: the question queue's consumer (`consume.ts`), and its dead-letter queue's.
 *
 * @module
 */
import type { ExecutionContext, MessageBatch } from "@cloudflare/workers-types/experimental";
import { errorResponse } from "../lib/http";
import { createLogger, errorFields, type Logger } from "../lib/json-log";
import { handleBatch } from "./consume";
import { type BridgeConfig, ConfigError, type Env, readConfig } from "./env";
import type { QuestionMessage } from "./question";
import { handleWebhook } from "./webhook";

export type { Env } from "./env";

let lastSetup: { env: Env; config: BridgeConfig; log: Logger } | undefined;

function setup(env: Env): { config: BridgeConfig; log: Logger } {
  if (lastSetup?.env === env) return lastSetup;
  const config = readConfig(env);
  lastSetup = { env, config, log: createLogger({ worker: "rag-bridge", environment: config.environment }) };
  return lastSetup;
}

const fallbackLog = createLogger({ worker: "rag-bridge" });

export default {
  async fetch(request: Request, env: Env, _ctx: ExecutionContext): Promise<Response> {
    let ready: { config: BridgeConfig; log: Logger };
    try {
      ready = setup(env);
    } catch (error) {
      fallbackLog.error("misconfigured", { variable: error instanceof ConfigError ? error.variable : undefined, ...errorFields(error) });
      return errorResponse(503, "misconfigured", error instanceof Error ? error.message : "the worker is misconfigured");
    }
    return handleWebhook(request, env, ready.config, ready.log);
  },

  async queue(batch: MessageBatch<QuestionMessage>, env: Env, _ctx: ExecutionContext): Promise<void> {
    const { config, log } = setup(env); // a config error throws: the runtime retries the batch
    await handleBatch(batch, env, config, log);
  },
};
