import { base64ToBytes, bytesToBase64 } from "./base64";
import { fetchWithTimeout, type FetchLike } from "./fetch-timeout";
import { FIRESTORE_BASE_URL, FIRESTORE_DEFAULT_DATABASE } from "./firestore-contract";

/**
 * Firestore through its REST API (v1), for runtimes where the Google SDK does not run (Workers).
 *
 * - Value encoding: plain JS ⇄ Firestore `Value` (`toValue` / `fromValue`, `toFields` / `fromFields`).
 * - Field paths: `fieldPath("a", "x-y")` → ``a.`x-y` `` for update masks and transforms.
 * - `FirestoreRestClient`: `batchGet`, `commit` (writes with `updateMask`, `currentDocument`
 *   preconditions, `updateTransforms`), and the functions `beginTransaction`, `rollback`, `getDocument`, with a
 *   timeout on every call and a typed `FirestoreError` carrying the HTTP status and the
 *   canonical code (`UNAVAILABLE`, `ABORTED`, `FAILED_PRECONDITION`, ...).
 */

// ---------------------------------------------------------------------------------------------
// Values

export type FirestoreValue =
  | { nullValue: null }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number | "NaN" | "Infinity" | "-Infinity" }
  | { timestampValue: string }
  | { stringValue: string }
  | { bytesValue: string }
  | { referenceValue: string }
  | { geoPointValue: { latitude: number; longitude: number } }
  | { arrayValue: { values?: FirestoreValue[] } }
  | { mapValue: { fields?: Record<string, FirestoreValue> } };

export type FirestoreFields = Record<string, FirestoreValue>;

/** Wraps a string so it is stored as a `referenceValue` (a full document name). */
export class DocumentReference {
  constructor(readonly name: string) {}
}

/** Wraps a latitude/longitude pair so it is stored as a `geoPointValue`. */
export class GeoPoint {
  constructor(
    readonly latitude: number,
    readonly longitude: number,
  ) {}
}

/**
 * Encodes a JS value:
 * - `null`/`undefined` → `nullValue` (object properties that are `undefined` are skipped);
 * - safe integers → `integerValue` (a string); other numbers → `doubleValue`; `bigint` → `integerValue`;
 * - `Date` → `timestampValue`; `Uint8Array`/`ArrayBuffer` → `bytesValue`;
 * - arrays → `arrayValue`. Firestore forbids an array directly inside an array, so a nested array
 *   is stored as a map `{ values: [...] }` (documented; `fromValue` does not undo it);
 * - plain objects → `mapValue`.
 */
export function toValue(value: unknown, insideArray = false): FirestoreValue {
  if (value === null || value === undefined) return { nullValue: null };
  switch (typeof value) {
    case "boolean":
      return { booleanValue: value };
    case "string":
      return { stringValue: value };
    case "bigint":
      return { integerValue: value.toString() };
    case "number":
      if (Number.isSafeInteger(value) && !Object.is(value, -0)) return { integerValue: String(value) };
      if (Number.isNaN(value)) return { doubleValue: "NaN" };
      if (value === Infinity) return { doubleValue: "Infinity" };
      if (value === -Infinity) return { doubleValue: "-Infinity" };
      return { doubleValue: value };
    case "object":
      break;
    default:
      throw new TypeError(`cannot store a ${typeof value} in Firestore`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("cannot store an invalid Date in Firestore");
    return { timestampValue: value.toISOString() };
  }
  if (value instanceof DocumentReference) return { referenceValue: value.name };
  if (value instanceof GeoPoint) return { geoPointValue: { latitude: value.latitude, longitude: value.longitude } };
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return { bytesValue: bytesToBase64(value instanceof ArrayBuffer ? new Uint8Array(value) : value) };
  if (Array.isArray(value)) {
    const values = value.map((item) => toValue(item, true));
    if (insideArray) return { mapValue: { fields: { values: { arrayValue: { values } } } } };
    return { arrayValue: { values } };
  }
  return { mapValue: { fields: toFields(value as Record<string, unknown>) } };
}

/** Encodes an object's own properties as document fields (skipping `undefined`). */
export function toFields(object: Record<string, unknown>): FirestoreFields {
  const fields: FirestoreFields = {};
  for (const [name, item] of Object.entries(object)) {
    if (item === undefined) continue;
    assertFieldName(name);
    fields[name] = toValue(item);
  }
  return fields;
}

/** Decodes a Firestore value: integers become numbers when safe (else strings), timestamps `Date`s. */
export function fromValue(value: FirestoreValue): unknown {
  if ("nullValue" in value) return null;
  if ("booleanValue" in value) return value.booleanValue;
  if ("integerValue" in value) {
    const n = Number(value.integerValue);
    return Number.isSafeInteger(n) ? n : value.integerValue;
  }
  if ("doubleValue" in value) return typeof value.doubleValue === "number" ? value.doubleValue : Number(value.doubleValue);
  if ("timestampValue" in value) return new Date(value.timestampValue);
  if ("stringValue" in value) return value.stringValue;
  if ("bytesValue" in value) return base64ToBytes(value.bytesValue);
  if ("referenceValue" in value) return new DocumentReference(value.referenceValue);
  if ("geoPointValue" in value) return new GeoPoint(value.geoPointValue.latitude ?? 0, value.geoPointValue.longitude ?? 0);
  if ("arrayValue" in value) return (value.arrayValue.values ?? []).map(fromValue);
  if ("mapValue" in value) return fromFields(value.mapValue.fields ?? {});
  throw new TypeError(`unknown Firestore value: ${JSON.stringify(value).slice(0, 100)}`);
}

export function fromFields(fields: FirestoreFields): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) object[name] = fromValue(value);
  return object;
}

/** Field names matching `__.*__` are reserved by Firestore; empty names are invalid. */
export function assertFieldName(name: string): void {
  if (name === "" || /^__.*__$/.test(name)) throw new TypeError(`"${name}" is not a valid Firestore field name`);
}

const SIMPLE_SEGMENT = /^[A-Za-z_][A-Za-z_0-9]*$/;

/** One field-path segment, back-quoted when it is not a simple identifier. */
export function fieldPathSegment(segment: string): string {
  if (SIMPLE_SEGMENT.test(segment)) return segment;
  return "`" + segment.replace(/\\/g, "\\\\").replace(/`/g, "\\`") + "`";
}

/** A field path from its segments, e.g. `fieldPath("_ingest", "order key")` → ``_ingest.`order key` ``. */
export function fieldPath(...segments: string[]): string {
  return segments.map(fieldPathSegment).join(".");
}

// ---------------------------------------------------------------------------------------------
// Documents and writes

export interface FirestoreDocument {
  readonly name: string;
  readonly fields?: FirestoreFields;
  readonly createTime?: string;
  readonly updateTime?: string;
}

export type Precondition = { readonly exists: boolean } | { readonly updateTime: string };

export interface FieldTransform {
  readonly fieldPath: string;
  readonly setToServerValue?: "REQUEST_TIME";
  readonly increment?: FirestoreValue;
  readonly maximum?: FirestoreValue;
  readonly minimum?: FirestoreValue;
  readonly appendMissingElements?: { values: FirestoreValue[] };
  readonly removeAllFromArray?: { values: FirestoreValue[] };
}

export interface Write {
  readonly update?: { readonly name: string; readonly fields: FirestoreFields };
  readonly delete?: string;
  readonly updateMask?: { readonly fieldPaths: string[] };
  readonly updateTransforms?: FieldTransform[];
  readonly currentDocument?: Precondition;
}

export interface CommitResult {
  readonly commitTime: string;
  readonly writeResults: ReadonlyArray<{ readonly updateTime?: string; readonly transformResults?: FirestoreValue[] }>;
}

/** A Firestore API error: HTTP status plus the canonical code from the error body. */
export class FirestoreError extends Error {
  override readonly name = "FirestoreError";
  constructor(
    message: string,
    readonly status: number,
    /** Canonical code, e.g. `UNAVAILABLE`, `ABORTED`, `ALREADY_EXISTS`; `TRANSPORT` when there was no answer. */
    readonly code: string,
  ) {
    super(message);
  }
  /** A precondition or transaction conflict: re-read and try again. */
  get isConflict(): boolean {
    return this.code === "ABORTED" || this.code === "ALREADY_EXISTS" || this.code === "FAILED_PRECONDITION" || (this.code === "NOT_FOUND" && this.status === 404);
  }
  /** Worth retrying later as is (the service or the network, not the request). */
  get isTransient(): boolean {
    return ["UNAVAILABLE", "DEADLINE_EXCEEDED", "INTERNAL", "RESOURCE_EXHAUSTED", "TRANSPORT", "UNAUTHENTICATED"].includes(this.code) || this.status >= 500 || this.status === 429;
  }
}

export interface FirestoreClientOptions {
  readonly projectId: string;
  /** @default "(default)" */
  readonly databaseId?: string;
  /** @default "https://firestore.googleapis.com/v1" */
  readonly baseUrl?: string;
  /** Returns a bearer token; called for every request (cache inside it). */
  readonly accessToken: () => Promise<string>;
  /** Called when the API rejects the token, before the one retry with a fresh token. */
  readonly onUnauthenticated?: () => void;
  readonly fetch?: FetchLike;
  /** @default 10000 */
  readonly timeoutMs?: number;
}


export class FirestoreRestClient {
  /** `projects/{p}/databases/{d}` */
  readonly databaseName: string;
  constructor(private readonly options: FirestoreClientOptions) {
    this.databaseName = `projects/${options.projectId}/databases/${options.databaseId ?? FIRESTORE_DEFAULT_DATABASE}`;
  }

  /** Full document name for a path relative to the database's documents root (`coll/id[/sub/id]`). */
  documentName(path: string): string {
    return `${this.databaseName}/documents/${path}`;
  }

  /** Reads documents by path; the map holds `null` for a missing document. */
  async batchGet(paths: readonly string[], options: { transaction?: string } = {}): Promise<Map<string, FirestoreDocument | null>> {
    const names = paths.map((path) => this.documentName(path));
    const response = (await this.call("POST", `${this.databaseName}/documents:batchGet`, { documents: names, transaction: options.transaction || undefined })) as Array<{
      found?: FirestoreDocument;
      missing?: string;
    }>;
    const byName = new Map<string, FirestoreDocument | null>();
    for (const entry of Array.isArray(response) ? response : []) {
      if (entry.found) byName.set(entry.found.name, entry.found);
      else if (entry.missing) byName.set(entry.missing, null);
    }
    const result = new Map<string, FirestoreDocument | null>();
    paths.forEach((path, i) => result.set(path, byName.get(names[i]) ?? null));
    return result;
  }

  /** Applies the writes atomically (all or none). At most 500 writes per commit. */
  async commit(writes: readonly Write[], options: { transaction?: string } = {}): Promise<CommitResult> {
    return (await this.call("POST", `${this.databaseName}/documents:commit`, { writes, transaction: options.transaction || undefined })) as CommitResult;
  }

  /** One authenticated API call (`resource` relative to the base URL); the parsed JSON answer. */
  async call(method: string, resource: string, body?: unknown, retriedAuth = false): Promise<unknown> {
    const token = await this.options.accessToken();
    let response: Response;
    try {
      response = await fetchWithTimeout(
        this.options.fetch ?? ((input, init) => fetch(input, init)),
        `${(this.options.baseUrl ?? FIRESTORE_BASE_URL).replace(/\/+$/, "")}/${resource}`,
        {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        this.options.timeoutMs ?? 10_000,
        `Firestore ${method} ${resource.split("/").pop()}`,
      );
    } catch (error) {
      throw new FirestoreError(`Firestore request failed: ${error instanceof Error ? error.message : String(error)}`, 0, "TRANSPORT");
    }
    const text = await response.text();
    if (response.ok) return text ? JSON.parse(text) : {};
    let status = "UNKNOWN";
    let message = text.slice(0, 300);
    try {
      const parsed = JSON.parse(text) as { error?: { status?: string; message?: string } } | Array<{ error?: { status?: string; message?: string } }>;
      const error = Array.isArray(parsed) ? parsed[0]?.error : parsed.error;
      if (error?.status) status = error.status;
      if (error?.message) message = error.message;
    } catch {
      // not JSON: keep the text
    }
    if (response.status === 401 && !retriedAuth) {
      this.options.onUnauthenticated?.();
      return this.call(method, resource, body, true);
    }
    throw new FirestoreError(`Firestore ${response.status} ${status}: ${message}`, response.status, status);
  }
}

// ---------------------------------------------------------------------------------------------
// Less common calls: functions rather than methods, so a bundle that does not use them drops them.

export async function beginTransaction(client: FirestoreRestClient, options: { readOnly?: boolean } = {}): Promise<string> {
  const response = (await client.call("POST", `${client.databaseName}/documents:beginTransaction`, { options: options.readOnly ? { readOnly: {} } : { readWrite: {} } })) as { transaction: string };
  return response.transaction;
}

export async function rollback(client: FirestoreRestClient, transaction: string): Promise<void> {
  await client.call("POST", `${client.databaseName}/documents:rollback`, { transaction });
}

/** One document by path, or `null` when it does not exist. */
export async function getDocument(client: FirestoreRestClient, path: string): Promise<FirestoreDocument | null> {
  try {
    return (await client.call("GET", client.documentName(path).split("/").map(encodeURIComponent).join("/"))) as FirestoreDocument;
  } catch (error) {
    if (error instanceof FirestoreError && error.status === 404) return null;
    throw error;
  }
}
