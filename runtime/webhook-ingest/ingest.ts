/**
 * The webhook endpoint: parse → verify → normalise → enqueue → answer, and nothing slow.
 *
 * | answer | when |
 * |---|---|
 * | 405 | not POST |
 * | 413 | content-length or the bytes actually read exceed `MAX_BODY_BYTES` |
 * | 400 | empty body, not UTF-8, or (Aircall, whose token is in the body) not a JSON object: nothing to authenticate |
 * | 401 | token / signature missing, wrong, or outside the ±300 s window |
 * | 200 | authenticated but unparseable (not JSON, no ids/event): archived raw under `unparsed/` (`status: "archived_unparsed"`) |
 * | 503 | the vendor secret is missing in KV (JSON names the KV key), or configuration is broken |
 * | 200 | queued (`status: "queued"`), or a verified event this worker does not store (`ignored: true`) |
 * | 202 | queue unavailable: the delivery was archived under `pending/` for replay (`status: "stored_for_replay"`) |
 * | 503 | queue AND archive both failed: nothing durable holds the delivery, so the vendor must retry |
 *
 * @module
 */
import { TimeoutError, withTimeout } from "../lib/fetch-timeout";
import { errorFields, type Logger } from "../lib/json-log";
import type { Env, IngestConfig } from "./env";
import { decodeUtf8, errorResponse, jsonResponse, readBodyCapped } from "../lib/http";
import { readSecret, secretUnavailable } from "../lib/worker-secrets";
import { archiveKey, type ArchivedDelivery, type IngestMessage, messageMetadata, putJson, QUEUE_INLINE_LIMIT_BYTES, type UnparsedDelivery } from "./message";
import { ARCHIVE_FOLDER } from "./contract";
import type { SourceAdapter } from "./sources/types";

/** Time budget for making an accepted delivery durable: Aircall gives up after 5 s. */
export const ENQUEUE_BUDGET_MS = 4_000;
export const QUEUE_SEND_TIMEOUT_MS = 2_000;

export async function handleWebhook(request: Request, env: Env, config: IngestConfig, adapter: SourceAdapter, log: Logger): Promise<Response> {
  if (request.method !== "POST") {
    return errorResponse(405, "method_not_allowed", "webhooks are delivered with POST", {}, { allow: "POST" });
  }
  const tooLarge = (fields: Record<string, unknown>) => {
    log.warn("webhook rejected", { status: 413, ...fields });
    return errorResponse(413, "payload_too_large", `the body is larger than ${config.maxBodyBytes} bytes`);
  };
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > config.maxBodyBytes) return tooLarge({ reason: "content-length over limit", bytes: Number(declared) });
  // With a declared length the runtime enforces the framing, so the body can be read at once;
  // a chunked body is read as a stream and abandoned as soon as it passes the limit.
  const bytes = declared !== null ? new Uint8Array(await request.arrayBuffer()) : await readBodyCapped(request, config.maxBodyBytes);
  if (bytes === null || bytes.byteLength > config.maxBodyBytes) return tooLarge({ reason: "body over limit" });
  if (bytes.byteLength === 0) return reject(log, 400, "empty_body", "the body is empty");
  const rawBody = decodeUtf8(bytes);
  if (rawBody === null) return reject(log, 400, "invalid_encoding", "the body is not valid UTF-8");

  let secret: string;
  try {
    secret = await readSecret(env.SECRETS, env.WEBHOOK_SECRET_KEY, log);
  } catch (error) {
    return secretUnavailable(error, env.WEBHOOK_SECRET_KEY, log);
  }

  const receivedAt = new Date();
  const verified = await adapter.verify({ headers: request.headers, rawBody, secret, nowSeconds: Math.floor(receivedAt.getTime() / 1000) });
  if (!verified.ok) return reject(log, verified.status, verified.error, verified.message);

  // Authenticated from here on: never refused for its content (vendors disable endpoints that keep failing).
  if (verified.payload === null) {
    return acceptUnparsed(env, config, log, { ...verified.unreadable, deliveryId: verified.deliveryId, receivedAt: receivedAt.toISOString(), body: rawBody });
  }
  const parsed = adapter.parse(verified.payload, { headers: request.headers, deliveryId: verified.deliveryId, receivedAt: receivedAt.toISOString() });
  if (parsed.kind === "invalid") {
    return acceptUnparsed(env, config, log, { error: parsed.error, message: parsed.message, deliveryId: verified.deliveryId, receivedAt: receivedAt.toISOString(), body: JSON.stringify(verified.payload) });
  }
  if (parsed.kind === "ignore") {
    log.info("webhook ignored", { event: parsed.event, reason: parsed.reason, deliveryId: verified.deliveryId });
    return jsonResponse(200, { ok: true, ignored: true, event: parsed.event, reason: parsed.reason });
  }

  const message = parsed.message;
  const fields = { deliveryId: message.deliveryId, event: message.event, kind: message.kind, resourceId: message.resourceId };
  try {
    const where = await enqueue(env, config, message, log, bytes.byteLength);
    if (where === "queued") {
      log.info("webhook accepted", { ...fields, status: "queued" });
      return jsonResponse(200, { ok: true, status: "queued", deliveryId: message.deliveryId });
    }
    log.warn("webhook accepted; queue unavailable, stored for replay", { ...fields, status: "stored_for_replay" });
    return jsonResponse(202, { ok: true, status: "stored_for_replay", deliveryId: message.deliveryId });
  } catch (error) {
    log.error("webhook not accepted: neither the queue nor the archive took it", { ...fields, ...errorFields(error) });
    return errorResponse(503, "temporarily_unavailable", "the delivery could not be queued or archived; retry later", {}, { "retry-after": "60" });
  }
}

/**
 * Sends a message to the ingest queue. Payloads too big for a queue message go to R2 first and
 * travel by key. If the queue fails, the message is archived under `pending/` and `"pending"`
 * is returned; if that fails too, the error propagates (nothing durable holds it).
 */
export async function enqueue(env: Env, config: IngestConfig, message: IngestMessage, log: Logger, rawBytes = Infinity): Promise<"queued" | "pending"> {
  const deadline = Date.now() + ENQUEUE_BUDGET_MS;
  const remaining = (cap: number) => Math.max(250, Math.min(cap, deadline - Date.now()));
  let body: IngestMessage = message;
  // A small body cannot make a message near the limit: skip serialising it just to measure it.
  const serialised = rawBytes <= QUEUE_INLINE_LIMIT_BYTES / 2 ? undefined : JSON.stringify(message);
  if (serialised !== undefined && new TextEncoder().encode(serialised).byteLength > QUEUE_INLINE_LIMIT_BYTES) {
    const payloadKey = archiveKey(config.archivePrefix, ARCHIVE_FOLDER.raw, message.receivedAt, message.deliveryId);
    await putJson(env.ARCHIVE, payloadKey, serialised, "R2 put (large payload)", remaining(2_000));
    body = { ...message, payload: null, payloadKey };
  }
  try {
    await withTimeout(env.INGEST_QUEUE.send(body, { contentType: "json" }), remaining(QUEUE_SEND_TIMEOUT_MS), "queue send");
    return "queued";
  } catch (error) {
    log.warn("queue send failed", { deliveryId: message.deliveryId, timedOut: error instanceof TimeoutError, ...errorFields(error) });
    const record: ArchivedDelivery = { kind: "pending", archivedAt: new Date().toISOString(), reason: error instanceof Error ? error.message.slice(0, 300) : String(error), message: body };
    await putJson(env.ARCHIVE, archiveKey(config.archivePrefix, ARCHIVE_FOLDER.pending, message.receivedAt, message.deliveryId), JSON.stringify(record), "R2 put (pending)", remaining(ENQUEUE_BUDGET_MS), messageMetadata(message));
    return "pending";
  }
}

/**
 * Archives an authenticated delivery the adapter cannot parse under `unparsed/` and answers 200,
 * so the vendor neither retries it nor disables the endpoint; `POST /admin/replay` parses it again
 * once the adapter is fixed. Keyed by the delivery id, else by the body's SHA-256, so a vendor's
 * retries of the same body land on the same object. 503 only if R2 cannot hold it either.
 */
async function acceptUnparsed(
  env: Env,
  config: IngestConfig,
  log: Logger,
  input: { error: string; message: string; deliveryId?: string; receivedAt: string; body: string },
): Promise<Response> {
  const id = input.deliveryId ?? `sha256-${await sha256Hex(input.body)}`;
  const key = archiveKey(config.archivePrefix, ARCHIVE_FOLDER.unparsed, input.receivedAt, id);
  const record: UnparsedDelivery = {
    kind: "unparsed",
    archivedAt: new Date().toISOString(),
    reason: `${input.error}: ${input.message}`,
    source: config.source,
    ...(input.deliveryId ? { deliveryId: input.deliveryId } : {}),
    receivedAt: input.receivedAt,
    body: input.body,
  };
  try {
    await putJson(env.ARCHIVE, key, JSON.stringify(record), "R2 put (unparsed)", ENQUEUE_BUDGET_MS, { source: config.source, reason: input.error, ...(input.deliveryId ? { deliveryId: input.deliveryId } : {}) });
  } catch (error) {
    log.error("webhook not accepted: unparseable and the archive failed", { reason: input.error, deliveryId: input.deliveryId, ...errorFields(error) });
    return errorResponse(503, "temporarily_unavailable", "the delivery could not be archived; retry later", {}, { "retry-after": "60" });
  }
  log.warn("webhook authenticated but unparseable; archived for an operator", { reason: input.error, deliveryId: input.deliveryId, key });
  return jsonResponse(200, { ok: true, status: "archived_unparsed", reason: input.error, ...(input.deliveryId ? { deliveryId: input.deliveryId } : {}) });
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
}

function reject(log: Logger, status: number, error: string, message: string, deliveryId?: string): Response {
  log.warn("webhook rejected", { status, reason: error, deliveryId }); // an undefined field is left out of the JSON line
  return errorResponse(status, error, message);
}
