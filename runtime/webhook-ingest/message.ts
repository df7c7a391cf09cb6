/**
 * The queue message contract (`IngestMessage`, v1), what archived R2 objects hold
 * (`ArchivedDelivery`, `UnparsedDelivery`), their keys (`archiveKey`) and path-safe ids (`safeId`).
 *
 * @module
 */
import type { R2Bucket } from "@cloudflare/workers-types/experimental";
import { withTimeout } from "../lib/fetch-timeout";
import type { ArchiveFolder } from "./contract";

/**
 * The normalised message the fetch handler puts on the ingest queue, whatever the source.
 * Version 1; the consumer rejects (to the dead-letter queue) a body of any other shape.
 */
export interface IngestMessage {
  readonly v: 1;
  /** Adapter name: `aircall` | `guesty`. */
  readonly source: string;
  /** Vendor event name, e.g. `call.ended`, `reservation.new`. */
  readonly event: string;
  /** Resource kind: `call`, `contact`, `reservation`, `listing`, `guest`, `conversation`. */
  readonly kind: string;
  /** Vendor id of the resource (Aircall `data.id`, Guesty `_id`), as a string. */
  readonly resourceId: string;
  /** Identifies one delivery; equal across the vendor's retries (Aircall `data.id:event:timestamp`, Guesty `svix-id`). */
  readonly deliveryId: string;
  /** ISO time the Worker accepted the delivery. */
  readonly receivedAt: string;
  /**
   * Sortable string: a delivery is applied to a document only if its key is >= the key stored on
   * the document. Built by the adapter (e.g. `1:000001537525832:07` for an Aircall `call.ended`).
   */
  readonly orderingKey: string;
  /** The vendor payload (Aircall's `token` removed); `null` when too big and stored at `payloadKey`. */
  readonly payload: unknown;
  /** R2 key of the payload when it did not fit in a queue message (claim check). */
  readonly payloadKey?: string;
  /** How many times this message was re-driven by `POST /admin/replay`. */
  readonly replayCount?: number;
}

/** Fields of a v1 message that must be strings; the ids must also be non-empty. */
const STRING_FIELDS = ["source", "event", "kind", "resourceId", "deliveryId", "receivedAt", "orderingKey"] as const;

export function isIngestMessage(value: unknown): value is IngestMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.v === 1 &&
    STRING_FIELDS.every((field) => typeof m[field] === "string") &&
    m.resourceId !== "" &&
    m.deliveryId !== "" &&
    "payload" in m &&
    (m.payload !== null || typeof m.payloadKey === "string")
  );
}

const encoder = new TextEncoder();

/**
 * Makes a vendor id safe as one Firestore document id and one R2 key segment: keeps
 * `[A-Za-z0-9._:=-]`, percent-encodes everything else (so `/` never splits a path), and never
 * yields `.`, `..` or a reserved `__x__` id.
 */
export function safeId(raw: string): string {
  let id = "";
  for (const char of raw) {
    id += /^[A-Za-z0-9._:=-]$/.test(char)
      ? char
      : Array.from(encoder.encode(char))
          .map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`)
          .join("");
  }
  if (id === "" || id === "." || id === ".." || /^__.*__$/.test(id)) id = `%${id}`;
  return id.length > 1400 ? id.slice(0, 1400) : id;
}

/** `YYYY/MM/DD` of an ISO time (UTC), for date-partitioned archive keys. */
export function datePath(iso: string): string {
  const date = new Date(iso);
  const valid = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return valid.toISOString().slice(0, 10).replace(/-/g, "/");
}

/**
 * R2 keys under `ARCHIVE_PREFIX` (see README "R2 key scheme"), `{prefix}{folder}/YYYY/MM/DD/{id}.json`:
 * - `raw`: the accepted delivery as queued (payload included): written by the consumer, or by the fetch handler for an oversized payload;
 * - `pending`: an accepted delivery that could not be queued; `POST /admin/replay` (and the cron, if any) re-drives it;
 * - `dead-letter`: a message that exhausted its retries; `POST /admin/replay` re-drives it;
 * - `unparsed`: an authenticated delivery the adapter could not turn into a message (`UnparsedDelivery`);
 *   `POST /admin/replay` parses it again (after the adapter or the object is fixed) and queues it.
 */
export function archiveKey(prefix: string, folder: ArchiveFolder, receivedAt: string, id: string): string {
  return `${prefix}${folder}/${datePath(receivedAt)}/${safeId(id)}.json`;
}

/** Writes a JSON document to R2 with a deadline (R2 takes no abort signal). */
export function putJson(bucket: R2Bucket, key: string, json: string, what: string, timeoutMs: number, customMetadata?: Record<string, string>): Promise<unknown> {
  return withTimeout(bucket.put(key, json, { httpMetadata: { contentType: "application/json" }, customMetadata }), timeoutMs, what);
}

/** R2 custom metadata of an object that holds a message, so a listing tells what it is. */
export function messageMetadata(m: IngestMessage): Record<string, string> {
  return { deliveryId: m.deliveryId, source: m.source, event: m.event };
}

/** What an archived pending or dead-letter object holds. */
export interface ArchivedDelivery {
  readonly kind: "pending" | "dead-letter";
  readonly archivedAt: string;
  /** Why it was archived: the queue error, or the number of attempts. */
  readonly reason: string;
  /** Delivery attempt of the queue that archived it (the dead-letter queue counts from 1 again). */
  readonly queueAttempts?: number;
  readonly queueMessageId?: string;
  /** The queue message body (an `IngestMessage` unless the body was malformed). */
  readonly message: unknown;
}

/**
 * An authenticated delivery the adapter could not parse, kept under `unparsed/` for an operator:
 * accepted (2xx) because vendors disable endpoints that keep failing (Aircall disables a failing
 * webhook, Svix an endpoint failing for 5 days).
 */
export interface UnparsedDelivery {
  readonly kind: "unparsed";
  readonly archivedAt: string;
  /** `<error code>: <what is wrong>`, from the adapter. */
  readonly reason: string;
  readonly source: string;
  /** Set when verification established it (Guesty `svix-id`). */
  readonly deliveryId?: string;
  readonly receivedAt: string;
  /** The body as received (Aircall: re-serialised without its `token`). */
  readonly body: string;
}

export function isUnparsedDelivery(value: unknown): value is UnparsedDelivery {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.kind === "unparsed" && typeof record.source === "string" && typeof record.receivedAt === "string" && typeof record.body === "string";
}

/** Queue messages are limited to 128 KB; bigger payloads travel through R2 (claim check). */
export const QUEUE_INLINE_LIMIT_BYTES = 100_000;
