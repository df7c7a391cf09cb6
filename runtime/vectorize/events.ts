// Decodes the two kinds of CloudEvent the vectorize function receives into one shape:
// - Firestore `google.cloud.firestore.document.v1.written`: data is protobuf
//   `google.events.cloud.firestore.v1.DocumentEventData` (Eventarc's default for Firestore) or
//   its JSON form; decoded with Google's own .proto definitions (google-cloudevents, copied into
//   ./protos with their licence) through protobufjs, as Google's Node sample does.
// - Pub/Sub messages from the MongoDB change relay, as a `messagePublished` CloudEvent or as the
//   plain push request of the relay's push subscription; the message data is the relay's JSON
//   (`RelayChange` below).
import * as protobuf from "protobufjs";
import { type FirestoreFields, fromFields } from "../lib/firestore-rest";
import type { RelayChange } from "./contract";
import firestoreDataProto from "./protos/firestore-data.proto";
import latlngProto from "./protos/latlng.proto";

export const FIRESTORE_WRITTEN = "google.cloud.firestore.document.v1.written";
export const PUBSUB_PUBLISHED = "google.cloud.pubsub.topic.v1.messagePublished";

/** What changed, whatever the source: the document after the change (absent when deleted). */
export interface SourceChange {
  readonly source: "firestore" | "mongodb";
  /** `aircall_calls/76259012`, `rocketchat_message/<_id>`: unique within the source. */
  readonly documentPath: string;
  /** Plain field values after the change; undefined for a delete. */
  readonly data?: Record<string, unknown>;
  /**
   * Orders changes of one document: Firestore `updateTime` (or the event time of a delete) in
   * microseconds, MongoDB `clusterTime` as seconds·2³²+increment, zero-padded so that string
   * order is time order.
   */
  readonly version: string;
  /** Event id, for logs and error records. */
  readonly eventId: string;
}

export class MalformedEventError extends Error {
  override readonly name = "MalformedEventError";
}

export interface CloudEventLike {
  readonly id?: string;
  readonly type?: string;
  readonly time?: string;
  readonly subject?: string;
  readonly document?: string;
  readonly data?: unknown;
  readonly datacontenttype?: string;
}

let documentEventData: protobuf.Type | undefined;

function documentEventDataType(): protobuf.Type {
  if (!documentEventData) {
    const root = new protobuf.Root();
    for (const common of ["google/protobuf/struct.proto", "google/protobuf/timestamp.proto"]) {
      root.addJSON(protobuf.common.get(common)!.nested!);
    }
    protobuf.parse(latlngProto, root);
    protobuf.parse(firestoreDataProto, root);
    root.resolveAll();
    documentEventData = root.lookupType("google.events.cloud.firestore.v1.DocumentEventData");
  }
  return documentEventData;
}

interface EventDocument {
  name?: string;
  fields?: Record<string, unknown>;
  updateTime?: string;
  createTime?: string;
}
interface DocumentEventJson {
  value?: EventDocument;
  oldValue?: EventDocument;
  updateMask?: { fieldPaths?: string[] };
}

/** Decodes `DocumentEventData` from protobuf bytes or its JSON form into REST-shaped documents. */
export function decodeDocumentEventData(data: unknown): DocumentEventJson {
  if (data instanceof Uint8Array) {
    let message: protobuf.Message;
    try {
      message = documentEventDataType().decode(data);
    } catch (error) {
      throw new MalformedEventError(`the event data is not a DocumentEventData protobuf: ${error instanceof Error ? error.message : String(error)}`);
    }
    const object = documentEventDataType().toObject(message, { longs: String, enums: String, bytes: String, defaults: false, oneofs: false });
    return restShaped(object) as DocumentEventJson;
  }
  if (typeof data === "string") {
    try {
      return JSON.parse(data) as DocumentEventJson;
    } catch {
      throw new MalformedEventError("the event data is neither protobuf nor JSON");
    }
  }
  if (data && typeof data === "object") return data as DocumentEventJson;
  throw new MalformedEventError("the event has no data");
}

/**
 * protobufjs objects differ from the REST JSON in two places: `google.protobuf.Timestamp` values
 * (`timestampValue`, `updateTime`, `createTime`) are `{seconds, nanos}`, and `nullValue` is the
 * enum's name. Only those keys are converted: a map field may itself be named "seconds".
 */
const TIMESTAMP_KEYS = new Set(["timestampValue", "updateTime", "createTime"]);

function restShaped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restShaped);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === "nullValue") out[key] = null;
    else if (TIMESTAMP_KEYS.has(key) && item && typeof item === "object") out[key] = timestampString(item as Record<string, unknown>);
    else out[key] = restShaped(item);
  }
  return out;
}

function timestampString(timestamp: Record<string, unknown>): string {
  const seconds = BigInt(String(timestamp.seconds ?? 0));
  const nanos = Number(timestamp.nanos ?? 0);
  const iso = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  return `${iso}.${String(nanos).padStart(9, "0")}Z`;
}

/** RFC 3339 → microseconds since the epoch, zero-padded to 20 digits (string order = time order). */
export function timestampVersion(rfc3339: string): string {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(rfc3339);
  if (!match) throw new MalformedEventError(`"${rfc3339}" is not an RFC 3339 timestamp`);
  const seconds = BigInt(Math.floor(Date.parse(`${match[1]}${match[3]}`) / 1000));
  const micros = BigInt((match[2] ?? "").padEnd(6, "0").slice(0, 6) || "0");
  return (seconds * 1_000_000n + micros).toString().padStart(20, "0");
}

/** `projects/p/databases/d/documents/a/b` → `a/b`. */
export function relativeDocumentPath(name: string): string {
  const marker = "/documents/";
  const at = name.indexOf(marker);
  if (at < 0) throw new MalformedEventError(`"${name}" is not a Firestore document name`);
  return name.slice(at + marker.length);
}

export function decodeFirestoreEvent(event: CloudEventLike): SourceChange {
  const data = decodeDocumentEventData(event.data);
  const after = data.value;
  const before = data.oldValue;
  const name = after?.name ?? before?.name;
  const documentPath = name ? relativeDocumentPath(name) : (event.document ?? event.subject?.replace(/^documents\//, ""));
  if (!documentPath) throw new MalformedEventError("the event names no document");
  const eventId = event.id ?? "(no id)";
  if (after) {
    if (!after.updateTime) throw new MalformedEventError(`the new version of ${documentPath} has no updateTime`);
    return { source: "firestore", documentPath, data: fromFields((after.fields ?? {}) as FirestoreFields), version: timestampVersion(after.updateTime), eventId };
  }
  // A delete: the event's time is when it happened, later than the old version's updateTime.
  const deletedAt = event.time ?? before?.updateTime;
  if (!deletedAt) throw new MalformedEventError(`the delete of ${documentPath} carries no time`);
  return { source: "firestore", documentPath, version: timestampVersion(deletedAt), eventId };
}


/**
 * A Pub/Sub push request (`{message, subscription}`) as the relay's own push subscription sends
 * it: not a CloudEvent, so functions-framework hands the body over as it is.
 */
export function isPubsubPush(event: unknown): event is { message: unknown; subscription: string } {
  const body = event as { message?: unknown; subscription?: unknown } | null;
  return Boolean(body && typeof body === "object" && body.message && typeof body.message === "object" && typeof body.subscription === "string");
}

export function decodePubsubEvent(event: CloudEventLike | { message: unknown; subscription: string }): SourceChange {
  const raw = isPubsubPush(event) ? event : (event as CloudEventLike).data;
  const data = typeof raw === "string" ? safeJson(raw) : raw instanceof Uint8Array ? safeJson(new TextDecoder().decode(raw)) : raw;
  const message = (data as { message?: { data?: string; messageId?: string } } | undefined)?.message;
  if (!message?.data) throw new MalformedEventError("the Pub/Sub event has no message data");
  const change = safeJson(Buffer.from(message.data, "base64").toString("utf8")) as Partial<RelayChange>;
  const ops = ["insert", "update", "replace", "delete"];
  if (!change || typeof change !== "object" || !ops.includes(String(change.operationType))) throw new MalformedEventError(`the relay message has no known operationType`);
  if (typeof change.collection !== "string" || !/^[A-Za-z0-9_.-]+$/.test(change.collection)) throw new MalformedEventError("the relay message has no collection");
  if (typeof change.documentId !== "string" || change.documentId === "") throw new MalformedEventError("the relay message has no documentId");
  const t = change.clusterTime?.t;
  const i = change.clusterTime?.i;
  if (!Number.isInteger(t) || !Number.isInteger(i) || (t as number) < 0 || (i as number) < 0) throw new MalformedEventError("the relay message has no clusterTime {t, i}");
  const version = ((BigInt(t as number) << 32n) + BigInt(i as number)).toString().padStart(20, "0");
  const documentPath = `${change.collection}/${change.documentId}`;
  const eventId = message.messageId ?? (event as CloudEventLike).id ?? "(no id)";
  if (change.operationType === "delete") return { source: "mongodb", documentPath, version, eventId };
  if (!change.fullDocument || typeof change.fullDocument !== "object") throw new MalformedEventError(`the ${change.operationType} of ${documentPath} has no fullDocument`);
  return { source: "mongodb", documentPath, data: change.fullDocument, version, eventId };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedEventError("the message is not JSON");
  }
}
