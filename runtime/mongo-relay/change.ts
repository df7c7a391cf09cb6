// Turns a MongoDB change event (as the `mongodb` driver returns it: BSON values as js-bson
// objects) into the `RelayChange` JSON the vectorize function reads (runtime/vectorize/events.ts):
// plain JSON values, the document id as a string, the cluster time as {t, i}.

import type { RelayChange } from "../vectorize/contract";

export type { RelayChange };

/** A change event's fields the relay reads (contract mongodb-change-streams.md §1). */
export interface ChangeEventLike {
  readonly _id?: unknown;
  readonly operationType?: string;
  readonly clusterTime?: unknown;
  readonly ns?: { readonly db?: string; readonly coll?: string };
  readonly documentKey?: { readonly _id?: unknown };
  readonly fullDocument?: Record<string, unknown> | null;
}

export type Conversion =
  | { readonly kind: "publish"; readonly change: RelayChange }
  /** Nothing to publish; the reason goes to the log and the position still advances past it. */
  | { readonly kind: "skip"; readonly reason: string };

const RELAYED = new Set(["insert", "update", "replace", "delete"]);

export function toRelayChange(event: ChangeEventLike, collections: ReadonlySet<string>): Conversion {
  const op = event.operationType ?? "(none)";
  // drop, rename, dropDatabase, invalidate and expanded events change no document the vectorize
  // side maps; the contract says to tolerate unknown operation types.
  if (!RELAYED.has(op)) return { kind: "skip", reason: `operationType ${op} is not a document change` };
  const collection = event.ns?.coll;
  if (!collection || !collections.has(collection)) return { kind: "skip", reason: `collection ${collection ?? "(none)"} is not watched` };
  const id = event.documentKey?._id;
  if (id === undefined || id === null) return { kind: "skip", reason: "the event has no documentKey._id" };
  const clusterTime = timestampParts(event.clusterTime);
  if (!clusterTime) return { kind: "skip", reason: "the event has no clusterTime" };
  const documentId = documentIdString(id);
  if (op === "delete") return { kind: "publish", change: { operationType: "delete", collection, documentId, clusterTime } };
  if (!event.fullDocument) {
    // `updateLookup` answers null when the document was deleted after the update: the delete
    // event that follows in the stream carries that change.
    return { kind: "skip", reason: `the ${op} of ${collection}/${documentId} has no fullDocument (deleted since)` };
  }
  return {
    kind: "publish",
    change: { operationType: op as RelayChange["operationType"], collection, documentId, fullDocument: plainDocument(event.fullDocument), clusterTime },
  };
}

/** A document read by the backfill scan, published like a `replace` at the scan's start time. */
export function backfillChange(collection: string, document: Record<string, unknown>, clusterTime: { t: number; i: number }): RelayChange {
  return { operationType: "replace", collection, documentId: documentIdString(document._id), fullDocument: plainDocument(document), clusterTime };
}

/** Rocket.Chat ids are strings; ObjectId ids become their hex string; anything else its JSON. */
export function documentIdString(id: unknown): string {
  if (typeof id === "string") return id;
  const plain = plainValue(id);
  return typeof plain === "string" ? plain : JSON.stringify(plain);
}

export function timestampParts(value: unknown): { t: number; i: number } | undefined {
  const ts = value as { _bsontype?: string; t?: unknown; i?: unknown; high?: unknown; low?: unknown } | null | undefined;
  if (!ts || typeof ts !== "object") return undefined;
  // js-bson's Timestamp exposes `t`/`i` (bson 5+); `high`/`low` are the Long halves underneath.
  const t = typeof ts.t === "number" ? ts.t : typeof ts.high === "number" ? ts.high >>> 0 : undefined;
  const i = typeof ts.i === "number" ? ts.i : typeof ts.low === "number" ? ts.low >>> 0 : undefined;
  return t === undefined || i === undefined ? undefined : { t, i };
}

export function plainDocument(document: Record<string, unknown>): Record<string, unknown> {
  return plainValue(document) as Record<string, unknown>;
}

/**
 * BSON values → plain JSON values, as the vectorize function expects them: ObjectId → hex,
 * Date → ISO string, Timestamp → {t, i}, Long → number when safe (else its decimal string),
 * Decimal128 → decimal string, Binary/UUID → base64 (UUID → its canonical string), RegExp → its
 * source, MinKey/MaxKey → their names. Recognised by js-bson's `_bsontype`, not `instanceof`,
 * so a second copy of bson in the bundle cannot slip past.
 */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(plainValue);
  if (value instanceof RegExp) return value.toString();
  const typed = value as { _bsontype?: string } & Record<string, unknown>;
  switch (typed._bsontype) {
    case "ObjectId":
    case "ObjectID":
      return (value as { toHexString(): string }).toHexString();
    case "Timestamp":
      return timestampParts(value) ?? null;
    case "Long": {
      const text = (value as { toString(): string }).toString();
      return Number.isSafeInteger(Number(text)) ? Number(text) : text;
    }
    case "Double":
    case "Int32":
      return Number((value as { valueOf(): number }).valueOf());
    case "Decimal128":
      return (value as { toString(): string }).toString();
    case "Binary": {
      const binary = value as { sub_type?: number; toUUID?: () => { toHexString(dashes?: boolean): string }; buffer: Uint8Array; toString(encoding: string): string };
      if (binary.sub_type === 4 && binary.toUUID) return binary.toUUID().toHexString(true);
      return binary.toString("base64");
    }
    case "BSONRegExp":
      return `/${String(typed.pattern)}/${String(typed.options ?? "")}`;
    case "BSONSymbol":
      return String(typed.value);
    case "MinKey":
      return "MinKey";
    case "MaxKey":
      return "MaxKey";
    case "Code":
      return String(typed.code);
    case "DBRef":
      return { $ref: typed.collection, $id: plainValue(typed.oid), ...(typed.db ? { $db: typed.db } : {}) };
    default:
      break;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item !== undefined) out[key] = plainValue(item);
  }
  return out;
}
