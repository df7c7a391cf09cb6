/**
 * Applies one delivery to Firestore exactly once, in order.
 *
 * 1. `batchGet` the delivery record `webhook_deliveries/{source}:{deliveryId}` and every
 *    `ordered` target document.
 * 2. Delivery record exists → `duplicate`: nothing is written.
 * 3. For each `ordered` document: apply when it is missing, has no `_ingest.orderingKey`, or its
 *    key is <= the message's key; otherwise it is `stale` and left alone.
 * 4. One atomic `commit`: the applied documents, each with a precondition on what was read
 *    (`currentDocument.updateTime`, or `exists: false` when it was missing), the `always`
 *    documents, and the delivery record with `exists: false`.
 * 5. A precondition failure (another writer got there first: `FAILED_PRECONDITION`,
 *    `ALREADY_EXISTS`, `NOT_FOUND`, `ABORTED`) → read again and decide again, a few times.
 *
 * Because the delivery record is created in the same atomic commit as the documents it
 * changed, a delivery is applied at most once however often it is retried or re-delivered, and
 * the preconditions make "read, compare, write" safe against concurrent consumers.
 *
 * @module
 */
import { type CommitResult, type FirestoreDocument, FirestoreError, type FirestoreFields, fieldPathSegment, type Precondition, toFields, type Write } from "../lib/firestore-rest";
import { DELIVERIES_COLLECTION, DELIVERY_EXPIRE_AT_FIELD, DELIVERY_RETENTION_DAYS } from "./contract";
import { type IngestMessage, safeId } from "./message";
import type { DocumentWrite } from "./sources/types";

export interface DocumentStore {
  documentName(path: string): string;
  batchGet(paths: readonly string[]): Promise<Map<string, FirestoreDocument | null>>;
  commit(writes: readonly Write[]): Promise<CommitResult>;
}

export interface ApplyResult {
  readonly outcome: "applied" | "stale" | "duplicate";
  /** Paths written (ordered documents whose state advanced, plus `always` documents). */
  readonly written: readonly string[];
  /** Ordered documents left alone because they already hold a newer state. */
  readonly stale: readonly string[];
  /** Precondition conflicts met (and resolved by reading again). */
  readonly conflicts: number;
}

export class ContentionError extends Error {
  override readonly name = "ContentionError";
  constructor(readonly path: string, readonly attempts: number) {
    super(`gave up after ${attempts} precondition conflicts writing ${path}`);
  }
}

export function deliveryPath(message: Pick<IngestMessage, "source" | "deliveryId">): string {
  return `${DELIVERIES_COLLECTION}/${safeId(message.source)}:${safeId(message.deliveryId)}`;
}

export async function applyDelivery(
  store: DocumentStore,
  message: IngestMessage,
  documents: readonly DocumentWrite[],
  options: { readonly maxConflicts?: number; readonly now?: () => Date; readonly pause?: (ms: number) => Promise<void> } = {},
): Promise<ApplyResult> {
  const maxConflicts = options.maxConflicts ?? 6;
  const now = options.now ?? (() => new Date());
  const pause = options.pause ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const delivery = deliveryPath(message);
  const ordered = documents.filter((doc) => doc.mode === "ordered");
  let conflicts = 0;

  for (;;) {
    const read = await store.batchGet([delivery, ...ordered.map((doc) => doc.path)]);
    if (read.get(delivery)) return { outcome: "duplicate", written: [], stale: [], conflicts };

    const writtenAt = now();
    // Carried both by the documents (`_ingest`) and by the delivery record.
    const common = {
      source: message.source,
      event: message.event,
      deliveryId: message.deliveryId,
      orderingKey: message.orderingKey,
      receivedAt: new Date(message.receivedAt),
    };
    const ingest = { ...common, writtenAt };
    const writes: Write[] = [];
    const written: string[] = [];
    const stale: string[] = [];
    for (const doc of documents) {
      let currentDocument: Precondition | undefined;
      if (doc.mode === "ordered") {
        const existing = read.get(doc.path);
        const storedKey = storedOrderingKey(existing?.fields);
        if (storedKey !== undefined && storedKey > message.orderingKey) {
          stale.push(doc.path);
          continue;
        }
        currentDocument = existing?.updateTime ? { updateTime: existing.updateTime } : { exists: false };
      }
      writes.push({ ...documentUpdate(store.documentName(doc.path), doc.fields, ingest), currentDocument });
      written.push(doc.path);
    }
    const outcome = ordered.length > 0 && stale.length === ordered.length ? "stale" : "applied";
    const receivedMs = Date.parse(message.receivedAt);
    writes.push({
      update: {
        name: store.documentName(delivery),
        fields: toFields({
          ...common,
          kind: message.kind,
          resourceId: message.resourceId,
          appliedAt: writtenAt,
          outcome,
          written,
          stale,
          replayCount: message.replayCount ?? 0,
          // The construct's TTL policy deletes the record DELIVERY_RETENTION_DAYS after receipt.
          [DELIVERY_EXPIRE_AT_FIELD]: new Date((Number.isNaN(receivedMs) ? writtenAt.getTime() : receivedMs) + DELIVERY_RETENTION_DAYS * 86_400_000),
        }),
      },
      currentDocument: { exists: false },
    });

    try {
      await store.commit(writes);
      return { outcome, written, stale, conflicts };
    } catch (error) {
      if (!(error instanceof FirestoreError) || !error.isConflict) throw error;
      conflicts++;
      if (conflicts >= maxConflicts) throw new ContentionError(ordered[0]?.path ?? delivery, conflicts);
      // Small randomised pause so two consumers racing on one document do not collide again.
      await pause(10 + Math.floor(Math.random() * 40) * conflicts);
    }
  }
}

function documentUpdate(name: string, fields: Record<string, unknown>, ingest: Record<string, unknown>): Write {
  const encoded: FirestoreFields = toFields({ ...fields, _ingest: ingest });
  return {
    update: { name, fields: encoded },
    // Replace only the top-level fields this delivery carries; fields it does not mention are kept.
    updateMask: { fieldPaths: Object.keys(encoded).map(fieldPathSegment) },
  };
}

function storedOrderingKey(fields: FirestoreFields | undefined): string | undefined {
  const ingest = fields?._ingest;
  if (!ingest || !("mapValue" in ingest)) return undefined;
  const key = ingest.mapValue.fields?.orderingKey;
  return key && "stringValue" in key ? key.stringValue : undefined;
}
