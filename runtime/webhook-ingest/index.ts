/**
 * Webhook ingest Worker (one deployment per source; `SOURCE` picks the adapter).
 * - `fetch`: `POST /admin/replay` → replay; any other path → the webhook endpoint.
 * - `queue`: ingest queue → Firestore; dead-letter queue → R2 archive.
 * - `scheduled` (only if the construct adds a cron trigger): re-drives `pending/` deliveries.
 * See README.md beside this file.
 *
 * @module
 */
import type { ExecutionContext, MessageBatch, ScheduledController } from "@cloudflare/workers-types/experimental";
import { createLogger, errorFields, type Logger } from "../lib/json-log";
import { handleBatch } from "./consume";
import { ConfigError, type Env, type IngestConfig, readConfig } from "./env";
import { errorResponse } from "../lib/http";
import { handleWebhook } from "./ingest";
import { handleReplay, REPLAY_PREFIXES, replayArchived } from "./replay";
import { adapterFor, SOURCE_NAMES } from "./sources";
import type { SourceAdapter } from "./sources/types";

export type { Env } from "./env";

interface Setup {
  readonly config: IngestConfig;
  readonly adapter: SourceAdapter;
  readonly log: Logger;
}

let lastSetup: { env: Env; setup: Setup } | undefined;

function setup(env: Env): Setup {
  if (lastSetup?.env === env) return lastSetup.setup;
  const config = readConfig(env);
  const adapter = adapterFor(config.source);
  if (!adapter) throw new ConfigError("SOURCE", `is "${config.source}"; expected one of ${SOURCE_NAMES.map((name) => `"${name}"`).join(", ")}`);
  const ready = { config, adapter, log: createLogger({ worker: "webhook-ingest", source: config.source, environment: config.environment }) };
  lastSetup = { env, setup: ready };
  return ready;
}

const fallbackLog = createLogger({ worker: "webhook-ingest" });

export default {
  async fetch(request: Request, env: Env, _ctx: ExecutionContext): Promise<Response> {
    let ready: Setup;
    try {
      ready = setup(env);
    } catch (error) {
      fallbackLog.error("misconfigured", { variable: error instanceof ConfigError ? error.variable : undefined, ...errorFields(error) });
      return errorResponse(503, "misconfigured", error instanceof Error ? error.message : "the worker is misconfigured");
    }
    const { pathname } = new URL(request.url);
    if (pathname === "/admin/replay") return handleReplay(request, env, ready.config, ready.adapter, ready.log);
    return handleWebhook(request, env, ready.config, ready.adapter, ready.log);
  },

  async queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext): Promise<void> {
    const { config, adapter, log } = setup(env); // a config error throws: the runtime retries the batch
    await handleBatch(batch, env, config, adapter, log);
  },

  async scheduled(_controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
    const { config, adapter, log } = setup(env);
    const result = await replayArchived(env, config, adapter, [REPLAY_PREFIXES.pending], 100, log);
    if (result.listed > 0) log.info("scheduled replay of pending deliveries", { ...result });
  },
};
