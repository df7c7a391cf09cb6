/**
 * `POST /admin/replay` — re-drives archived deliveries into the ingest queue.
 *
 * Auth: `Authorization: Bearer <secret>`, compared in constant time with the value of the KV key
 * named by `ADMIN_SECRET_KEY` (503 naming the key if it is missing; 401 otherwise).
 * Body (optional JSON): `{ "from": "dead-letter" | "pending" | "unparsed" | "all", "limit": 1..500 }`,
 * defaults `all` and 100.
 * For each object under `${ARCHIVE_PREFIX}dead-letter/`, `pending/` and/or `unparsed/`: read it,
 * send its message to the queue (`replayCount` + 1), and delete the object only once the send
 * succeeded. An `unparsed/` object is parsed again by the adapter first: still unparseable → left
 * in place and counted `invalid`; an event type this Worker does not store → deleted, `ignored`.
 * Objects that do not hold a message for this source are left in place and counted `invalid`.
 * Answer: `{ ok, listed, replayed, failed, invalid, ignored, remaining, byPrefix }`; `remaining: true`
 * means the limit was hit and another call will find more.
 *
 * @module
 */
import { secretsEqual } from "../lib/constant-time";
import { withTimeout } from "../lib/fetch-timeout";
import { errorFields, type Logger } from "../lib/json-log";
import { getSecret } from "../lib/secrets";
import { ARCHIVE_FOLDER } from "./contract";
import type { Env, IngestConfig } from "./env";
import { errorResponse, jsonResponse } from "../lib/http";
import { secretUnavailable } from "../lib/worker-secrets";
import { type IngestMessage, isIngestMessage, isUnparsedDelivery } from "./message";
import { parseJsonBody, type SourceAdapter } from "./sources/types";

export const REPLAY_PREFIXES = {
  [ARCHIVE_FOLDER.deadLetter]: `${ARCHIVE_FOLDER.deadLetter}/`,
  [ARCHIVE_FOLDER.pending]: `${ARCHIVE_FOLDER.pending}/`,
  [ARCHIVE_FOLDER.unparsed]: `${ARCHIVE_FOLDER.unparsed}/`,
} as const;
export type ReplayFrom = keyof typeof REPLAY_PREFIXES | "all";
const REPLAY_FROM: readonly ReplayFrom[] = [...(Object.keys(REPLAY_PREFIXES) as ReplayFrom[]), "all"];
export const DEFAULT_REPLAY_LIMIT = 100;
export const MAX_REPLAY_LIMIT = 500;

export interface ReplayResult {
  listed: number;
  replayed: number;
  failed: number;
  invalid: number;
  ignored: number;
  remaining: boolean;
  byPrefix: Record<string, number>;
}

export async function handleReplay(request: Request, env: Env, config: IngestConfig, adapter: SourceAdapter, log: Logger): Promise<Response> {
  if (request.method !== "POST") return errorResponse(405, "method_not_allowed", "use POST /admin/replay", {}, { allow: "POST" });
  const authorization = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  let expected: string;
  try {
    expected = await getSecret(env.SECRETS, env.ADMIN_SECRET_KEY);
  } catch (error) {
    return secretUnavailable(error, env.ADMIN_SECRET_KEY, log);
  }
  if (!match || !(await secretsEqual(match[1], expected.trim()))) {
    log.warn("replay rejected", { status: 401 });
    return errorResponse(401, "unauthorized", "a valid admin bearer token is required", {}, { "www-authenticate": 'Bearer realm="webhook-ingest-admin"' });
  }

  let from: ReplayFrom = "all";
  let limit = DEFAULT_REPLAY_LIMIT;
  const text = await request.text();
  if (text.trim() !== "") {
    let options: { from?: unknown; limit?: unknown };
    try {
      options = JSON.parse(text) as { from?: unknown; limit?: unknown };
    } catch {
      return errorResponse(400, "malformed_json", "the body must be empty or a JSON object { from, limit }");
    }
    if (options.from !== undefined) {
      if (!REPLAY_FROM.includes(options.from as ReplayFrom)) return errorResponse(400, "invalid_from", 'from must be "dead-letter", "pending", "unparsed" or "all"');
      from = options.from as ReplayFrom;
    }
    if (options.limit !== undefined) {
      if (typeof options.limit !== "number" || !Number.isInteger(options.limit) || options.limit < 1 || options.limit > MAX_REPLAY_LIMIT) {
        return errorResponse(400, "invalid_limit", `limit must be an integer from 1 to ${MAX_REPLAY_LIMIT}`);
      }
      limit = options.limit;
    }
  }
  const prefixes = from === "all" ? Object.values(REPLAY_PREFIXES) : [REPLAY_PREFIXES[from]];
  const result = await replayArchived(env, config, adapter, prefixes, limit, log);
  log.info("replay done", { ...result });
  return jsonResponse(200, { ok: true, ...result });
}

export async function replayArchived(env: Env, config: IngestConfig, adapter: SourceAdapter, prefixes: readonly string[], limit: number, log: Logger): Promise<ReplayResult> {
  const result: ReplayResult = { listed: 0, replayed: 0, failed: 0, invalid: 0, ignored: 0, remaining: false, byPrefix: {} };
  for (const prefix of prefixes) {
    const full = `${config.archivePrefix}${prefix}`;
    result.byPrefix[prefix] = 0;
    let cursor: string | undefined;
    for (;;) {
      if (result.listed >= limit) {
        result.remaining = true;
        break;
      }
      const page = await withTimeout(env.ARCHIVE.list({ prefix: full, cursor, limit: Math.min(1000, limit - result.listed) }), 10_000, "R2 list");
      for (const object of page.objects) {
        result.listed++;
        const outcome = await replayObject(env, config, adapter, object.key, log);
        result[outcome]++;
        if (outcome === "replayed") result.byPrefix[prefix]++;
      }
      if (!page.truncated) break;
      cursor = page.cursor;
    }
    if (result.remaining) break;
  }
  return result;
}

async function replayObject(env: Env, config: IngestConfig, adapter: SourceAdapter, key: string, log: Logger): Promise<"replayed" | "failed" | "invalid" | "ignored"> {
  let message: IngestMessage;
  try {
    const object = await withTimeout(env.ARCHIVE.get(key), 10_000, "R2 get");
    if (!object) return "failed"; // gone between list and get (another replay took it)
    const record: unknown = JSON.parse(await object.text());
    let candidate = (record as { message?: unknown } | null)?.message;
    if (isUnparsedDelivery(record)) {
      const parsed = reparse(record, adapter, config);
      if (parsed.kind === "invalid") {
        log.warn("archived delivery still unparseable; left in place", { key, reason: parsed.error });
        return "invalid";
      }
      if (parsed.kind === "ignore") {
        await deleteArchived(env, key, undefined, log);
        log.info("archived delivery is an event this worker does not store; deleted", { key, event: parsed.event });
        return "ignored";
      }
      candidate = parsed.message;
    }
    if (!isIngestMessage(candidate) || candidate.source !== config.source) {
      log.warn("archived object is not a replayable message; left in place", { key });
      return "invalid";
    }
    message = candidate;
  } catch (error) {
    log.warn("archived object unreadable; left in place", { key, ...errorFields(error) });
    return "invalid";
  }
  const replayCount = (message.replayCount ?? 0) + 1;
  try {
    await withTimeout(env.INGEST_QUEUE.send({ ...message, replayCount }, { contentType: "json" }), 5_000, "queue send (replay)");
  } catch (error) {
    log.warn("replay send failed; object kept", { key, deliveryId: message.deliveryId, ...errorFields(error) });
    return "failed";
  }
  await deleteArchived(env, key, message.deliveryId, log);
  log.info("delivery replayed", { key, deliveryId: message.deliveryId, replayCount });
  return "replayed";
}

async function deleteArchived(env: Env, key: string, deliveryId: string | undefined, log: Logger): Promise<void> {
  try {
    await withTimeout(env.ARCHIVE.delete(key), 10_000, "R2 delete");
  } catch (error) {
    // Sent but not deleted: a later replay sends it again, which the consumer dedupes.
    log.warn("replayed but the archived object could not be deleted", { key, deliveryId, ...errorFields(error) });
  }
}

/** Runs an archived unparsed delivery through the adapter again, as at receipt (it was authenticated then). */
function reparse(record: { source: string; body: string; deliveryId?: string; receivedAt: string }, adapter: SourceAdapter, config: IngestConfig): ReturnType<SourceAdapter["parse"]> {
  if (record.source !== config.source) return { kind: "invalid", error: "wrong_source", message: `archived for source "${record.source}"` };
  const json = parseJsonBody(record.body);
  if (!json.ok) return { kind: "invalid", error: json.error, message: json.message };
  return adapter.parse(json.payload, { headers: new Headers(), deliveryId: record.deliveryId, receivedAt: record.receivedAt });
}
