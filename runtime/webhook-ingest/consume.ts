/**
 * The `queue()` handler, for both queues this Worker consumes:
 * - the ingest queue: each message is archived raw to R2, then applied to Firestore
 *   (`store.ts`); messages are independent (own `ack()` / `retry()`), so one poison message
 *   never holds back the others. Messages for the same document run one after another, other
 *   documents in parallel (at most `CONCURRENCY`). A failure retries that message with
 *   exponential backoff; after the queue's `max_retries` it goes to the dead-letter queue;
 * - the dead-letter queue (`batch.queue === env.DEAD_LETTER_QUEUE`): each message is archived
 *   under `${ARCHIVE_PREFIX}dead-letter/` for `POST /admin/replay`.
 *
 * @module
 */
import type { Message, MessageBatch } from "@cloudflare/workers-types/experimental";
import { withTimeout } from "../lib/fetch-timeout";
import { FirestoreRestClient } from "../lib/firestore-rest";
import { getAccessToken, invalidateAccessToken, parseServiceAccountKey, type ServiceAccountKey } from "../lib/google-auth";
import { errorFields, type Logger } from "../lib/json-log";
import { ConfigError, type Env, type IngestConfig } from "./env";
import { readSecret } from "../lib/worker-secrets";
import { archiveKey, type ArchivedDelivery, isIngestMessage, messageMetadata, putJson } from "./message";
import { ARCHIVE_FOLDER } from "./contract";
import type { SourceAdapter } from "./sources/types";
import { retryDelaySeconds } from "./retry";
import { applyDelivery, type DocumentStore } from "./store";

export const CONCURRENCY = 4;
export const R2_TIMEOUT_MS = 10_000;

export async function handleBatch(batch: MessageBatch<unknown>, env: Env, config: IngestConfig, adapter: SourceAdapter, log: Logger): Promise<void> {
  if (batch.queue === env.DEAD_LETTER_QUEUE) {
    await archiveDeadLetters(batch, env, config, log);
    return;
  }

  let store: DocumentStore;
  try {
    store = await firestoreClient(env, config, log);
  } catch (error) {
    // Without credentials nothing in the batch can be written: retry all of it, later.
    log.error("firestore client unavailable; retrying the batch", { secretKey: env.GOOGLE_SA_KEY_NAME, messages: batch.messages.length, ...errorFields(error) });
    for (const message of batch.messages) retryLater(message, config);
    return;
  }

  const groups = new Map<string, Message<unknown>[]>();
  for (const message of batch.messages) {
    const body = message.body;
    const key = isIngestMessage(body) ? `${body.kind}/${body.resourceId}` : `malformed/${message.id}`;
    const group = groups.get(key);
    if (group) group.push(message);
    else groups.set(key, [message]);
  }
  const queue = [...groups.values()];
  const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const message of group) await processMessage(message, store, env, config, adapter, log);
    }
  });
  await Promise.all(workers);
}

async function processMessage(message: Message<unknown>, store: DocumentStore, env: Env, config: IngestConfig, adapter: SourceAdapter, log: Logger): Promise<void> {
  const body = message.body;
  if (!isIngestMessage(body) || body.source !== config.source) {
    // Can never succeed: archive it as a dead letter straight away instead of retrying.
    const reason = isIngestMessage(body) ? `message for source "${body.source}" on the ${config.source} queue` : "malformed queue message";
    log.error("unprocessable message; archiving as dead letter", { queueMessageId: message.id, reason });
    try {
      await putDeadLetter(env, config, message, reason);
      message.ack();
    } catch (error) {
      log.error("dead-letter archive failed", { queueMessageId: message.id, ...errorFields(error) });
      retryLater(message, config);
    }
    return;
  }

  const mlog = log.child({ deliveryId: body.deliveryId, event: body.event, kind: body.kind, resourceId: body.resourceId, attempts: message.attempts });
  try {
    let payload = body.payload;
    if (body.payloadKey) {
      payload = await loadPayload(env, body.payloadKey);
    } else {
      await putJson(env.ARCHIVE, archiveKey(config.archivePrefix, ARCHIVE_FOLDER.raw, body.receivedAt, body.deliveryId), JSON.stringify(body), "R2 put (raw archive)", R2_TIMEOUT_MS, messageMetadata(body));
    }
    const documents = adapter.toDocuments({ ...body, payload });
    const result = await applyDelivery(store, body, documents);
    mlog.info("delivery stored", { outcome: result.outcome, written: result.written, stale: result.stale, conflicts: result.conflicts });
    message.ack();
  } catch (error) {
    mlog.warn("delivery not stored; will retry", { delaySeconds: retryLater(message, config), ...errorFields(error) });
  }
}

/** Retries a message later, with exponential backoff; returns the delay. */
function retryLater(message: Message<unknown>, config: IngestConfig): number {
  const delaySeconds = retryDelaySeconds(message.attempts, config.retryBaseDelaySeconds, config.retryMaxDelaySeconds);
  message.retry({ delaySeconds });
  return delaySeconds;
}

async function loadPayload(env: Env, key: string): Promise<unknown> {
  const object = await withTimeout(env.ARCHIVE.get(key), R2_TIMEOUT_MS, "R2 get (payload)");
  if (!object) throw new Error(`the payload archived at ${key} is missing`);
  const stored = JSON.parse(await object.text()) as { payload?: unknown };
  return stored.payload;
}

async function archiveDeadLetters(batch: MessageBatch<unknown>, env: Env, config: IngestConfig, log: Logger): Promise<void> {
  await Promise.all(
    batch.messages.map(async (message) => {
      const body = message.body;
      const deliveryId = isIngestMessage(body) ? body.deliveryId : undefined;
      try {
        const key = await putDeadLetter(env, config, message, "exhausted retries on the ingest queue");
        log.error("delivery dead-lettered and archived", { deliveryId, queueMessageId: message.id, key });
        message.ack();
      } catch (error) {
        log.error("dead-letter archive failed; will retry", { deliveryId, queueMessageId: message.id, ...errorFields(error) });
        retryLater(message, config);
      }
    }),
  );
}

async function putDeadLetter(env: Env, config: IngestConfig, message: Message<unknown>, reason: string): Promise<string> {
  const body = message.body;
  const valid = isIngestMessage(body);
  const receivedAt = valid ? body.receivedAt : new Date(message.timestamp).toISOString();
  const key = archiveKey(config.archivePrefix, ARCHIVE_FOLDER.deadLetter, receivedAt, valid ? body.deliveryId : `queue-message-${message.id}`);
  const record: ArchivedDelivery = { kind: "dead-letter", archivedAt: new Date().toISOString(), reason, queueAttempts: message.attempts, queueMessageId: message.id, message: body };
  await putJson(env.ARCHIVE, key, JSON.stringify(record), "R2 put (dead letter)", R2_TIMEOUT_MS, valid ? messageMetadata(body) : { queueMessageId: message.id });
  return key;
}

let parsedKey: { json: string; key: ServiceAccountKey } | undefined;

async function firestoreClient(env: Env, config: IngestConfig, log: Logger): Promise<FirestoreRestClient> {
  const json = await readSecret(env.SECRETS, env.GOOGLE_SA_KEY_NAME, log);
  if (!parsedKey || parsedKey.json !== json) parsedKey = { json, key: parseServiceAccountKey(json) };
  const key = parsedKey.key;
  const projectId = config.firestoreProjectId || key.project_id;
  if (!projectId) throw new ConfigError("FIRESTORE_PROJECT_ID", "is not set and the service-account key has no project_id");
  return new FirestoreRestClient({
    projectId,
    databaseId: config.firestoreDatabase,
    baseUrl: config.firestoreBaseUrl,
    accessToken: () => getAccessToken(key),
    onUnauthenticated: () => invalidateAccessToken(key),
  });
}

