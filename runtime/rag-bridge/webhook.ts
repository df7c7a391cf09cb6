/**
 * The outgoing-webhook endpoint: verify the token → judge → enqueue → answer at once.
 *
 * | answer | when |
 * |---|---|
 * | 405 | not POST |
 * | 413 | body over 64 KiB |
 * | 400 | not a JSON object (nothing to authenticate) |
 * | 401 | `token` missing or wrong (constant-time compare against every configured value) |
 * | 200 `{ok:true, ignored}` | bot message, the bot's own message, edit, empty text, channel not allowed |
 * | 200 `{ok:true, queued:true}` | accepted and on the queue |
 * | 503 | a secret is missing in KV, or the queue is unavailable: Rocket.Chat retries (only 500 is not retried) |
 *
 * Every 200 has a non-empty JSON body without `text`/`attachments`: Rocket.Chat counts an empty
 * body as a failure and re-sends it (up to 6 times), and would post a `text` as a message
 * (rocketchat.md §2-3).
 *
 * @module
 */
import { matchesAnySecret, splitSecretValues } from "../lib/constant-time";
import { withTimeout } from "../lib/fetch-timeout";
import { decodeUtf8, errorResponse, jsonResponse, readBodyCapped } from "../lib/http";
import { errorFields, type Logger } from "../lib/json-log";
import { readSecret, secretUnavailable } from "../lib/worker-secrets";
import { ACK_BODY, SECRET_KEYS } from "./contract";
import type { BridgeConfig, Env } from "./env";
import { judge, type QuestionMessage } from "./question";

export const MAX_BODY_BYTES = 65_536;
const QUEUE_SEND_TIMEOUT_MS = 2_000;

export async function handleWebhook(request: Request, env: Env, config: BridgeConfig, log: Logger): Promise<Response> {
  if (request.method !== "POST") return errorResponse(405, "method_not_allowed", "Rocket.Chat delivers outgoing webhooks with POST", {}, { allow: "POST" });
  const bytes = await readBodyCapped(request, MAX_BODY_BYTES);
  if (bytes === null) return errorResponse(413, "payload_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`);
  const raw = decodeUtf8(bytes);
  let body: unknown;
  try {
    body = raw === null ? null : JSON.parse(raw);
  } catch {
    body = null;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return errorResponse(400, "invalid_body", "the body is not a JSON object");
  const payload = body as Record<string, unknown>;

  let tokens: string;
  let botUserId: string;
  let reading: string = SECRET_KEYS.outgoingToken;
  try {
    tokens = await readSecret(env.SECRETS, reading, log);
    reading = SECRET_KEYS.botUserId;
    botUserId = await readSecret(env.SECRETS, reading, log);
  } catch (error) {
    return secretUnavailable(error, reading, log);
  }
  const presented = typeof payload.token === "string" ? payload.token : "";
  if (!(await matchesAnySecret(presented, splitSecretValues(tokens)))) {
    log.warn("webhook rejected", { status: 401, reason: presented ? "wrong token" : "no token" });
    return errorResponse(401, "unauthorized", "the integration token is missing or wrong");
  }

  const verdict = judge(payload, { botUserId: botUserId.trim(), answerEdits: config.answerEdits, allowedChannels: config.allowedChannels });
  const messageId = typeof payload.message_id === "string" ? payload.message_id : undefined;
  if (!verdict.accept) {
    log.info("webhook ignored", { messageId, reason: verdict.reason });
    return jsonResponse(200, { ...ACK_BODY, ignored: verdict.reason });
  }
  const message: QuestionMessage = { ...verdict.question, claimId: crypto.randomUUID(), receivedAt: new Date().toISOString() };
  try {
    await withTimeout(env.QUESTION_QUEUE.send(message, { contentType: "json" }), QUEUE_SEND_TIMEOUT_MS, "question queue send");
  } catch (error) {
    log.error("question not queued", { messageId, ...errorFields(error) });
    return errorResponse(503, "queue_unavailable", "the question could not be queued; Rocket.Chat will retry", {}, { "retry-after": "10" });
  }
  log.info("question queued", { messageId, roomId: message.roomId, userId: message.userId });
  return jsonResponse(200, { ...ACK_BODY, queued: true });
}
