/**
 * A Qdrant REST stand-in for runtime tests, on 127.0.0.1 with an ephemeral port. Follows
 * shared/contracts/qdrant.md for the endpoints a Query-API-era client (`@qdrant/js-client-rest`
 * 1.19) uses; messages and status codes are Qdrant's own (qdrant/qdrant v1.19.0 source, named
 * beside each one):
 *
 * - `GET /` (no auth, like Qdrant's whitelist in src/actix/mod.rs): `{title, version}`; the client's
 *   compatibility check calls it.
 * - Collections: `GET /collections`, `GET /collections/{name}` (404 `Not found: Collection `x`
 *   doesn't exist!`), `GET /collections/{name}/exists`, `PUT /collections/{name}` (one unnamed
 *   vector `{size, distance}`; 409 `Wrong input: Collection `x` already exists!`),
 *   `DELETE /collections/{name}` (`result: false` when absent; drops its aliases),
 *   `PUT /collections/{name}/index` (records `field_name` → `field_schema`, shown as
 *   `payload_schema` in the collection info).
 * - Points: `PUT …/points` (list or `batch` form; ids must be a uint64 or a UUID, else 400
 *   `Format error in JSON body: value X is not a valid point ID, …`; a vector of the wrong length
 *   is 400 `Wrong input: Vector dimension error: expected dim: N, got M`; Cosine vectors are
 *   stored normalised, as Qdrant does), `POST …/points/delete` (`points` or `filter`),
 *   `POST …/points/payload` (set payload: merge into the selected points' payloads),
 *   `POST …/points` (retrieve), `POST …/points/scroll` (`offset` is the first id of the page,
 *   `next_page_offset` the first id of the next, ids ordered numbers first, then UUIDs),
 *   `POST …/points/count`, `POST …/points/query` (raw vector, `{nearest}` or a point id;
 *   `filter`, `score_threshold`, `limit`, `offset`, `with_payload`, `with_vector`; `result.points`).
 *   Writes answer `{operation_id, status: "completed"}` with `wait=true`; with `wait` absent or
 *   false they answer `"acknowledged"` and apply `unwaitedApplyDelayMs` later (in order), so a
 *   caller that reads its own unwaited write can see stale data here as it could on Qdrant.
 * - Aliases: `POST /collections/aliases` (`create_alias`, `delete_alias`, `rename_alias`, applied
 *   in order as Qdrant's toc/collection_meta_ops.rs does: an action that fails leaves the earlier
 *   ones applied), `GET /aliases`, `GET /collections/{name}/aliases`; an alias is accepted
 *   wherever a collection name is (except create/delete collection, which name collections).
 * - Filters: `must` / `should` / `must_not` / `min_should`, nested filters, `match` (`value`,
 *   `any`, `except`, `text`), `range` (numbers, or RFC 3339 strings), `has_id`, `is_empty`,
 *   `is_null`, keys `a.b` and `arr[].c`; an array field matches when any element does; a missing
 *   field matches no field condition (segment/src/payload_storage/condition_checker.rs).
 * - Auth (src/common/auth/mod.rs): `api-key: <key>` or `Authorization: Bearer <key>`; none →
 *   401 text `Must provide an API key or an Authorization bearer token`; a wrong one → 401 text
 *   `Invalid API key or JWT`; the read-only key on a write → 403 JSON
 *   `Forbidden: Global manage access is required`. Collection-scoped keys (Qdrant Cloud database
 *   API keys with collection_access_rules) are not modelled.
 * - Envelope: `{result, status: "ok", time}`; errors `{status: {error}, time}`.
 * - Test hooks: `requests` (every request: method, path, query, parsed body, status),
 *   `collections` / `aliases` (live state), `failNext(pathPattern, status, count)` (the next
 *   `count` matching requests answer `status` without being applied, or after being applied with
 *   `{ afterApply: true }`: the write lands, the answer is lost).
 *
 * Not modelled: named / sparse / multi vectors, shards, snapshots, payload set/overwrite,
 * query prefetch / fusion / recommend, geo conditions, full-text semantics beyond "contains
 * every word", `order_by`. Unknown endpoints answer 404 naming the stand-in, so a gap is loud.
 */
import { randomBytes } from "node:crypto";
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type PointId = number | string;
export type Distance = "Cosine" | "Dot" | "Euclid" | "Manhattan";
export type Payload = Record<string, unknown>;

export interface StoredPoint {
  readonly id: PointId;
  vector: number[];
  payload: Payload;
  /** Operation id of the write that last touched the point (Qdrant's `version`). */
  version: number;
}

export interface StandInCollection {
  readonly name: string;
  readonly size: number;
  readonly distance: Distance;
  /** Keyed by the normalised id (`String(n)` for numbers, lowercase hyphenated UUIDs). */
  readonly points: Map<string, StoredPoint>;
  /** field_name → field_schema as sent (string or object form). */
  readonly payloadIndexes: Map<string, unknown>;
  /** The create request body, as sent. */
  readonly createBody: Record<string, unknown>;
}

export interface QdrantRequestRecord {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  /** Parsed JSON body (the raw text when it did not parse; undefined when empty). */
  body: unknown;
  status?: number;
  /** Set when the answer came from `failNext`. */
  injected?: boolean;
}

export interface QdrantStandInOptions {
  /** Read-write key. `null` disables auth (Qdrant without `service.api_key`). @default - random */
  readonly apiKey?: string | null;
  /** Read-only key (`service.read_only_api_key`). @default - none */
  readonly readOnlyApiKey?: string;
  /** Version reported by `GET /`. @default "1.19.0" */
  readonly version?: string;
  /** How long an unwaited write (`wait` not true) takes to become visible. @default 20 */
  readonly unwaitedApplyDelayMs?: number;
}

export interface FailNextOptions {
  /** Only requests with this method. @default - any */
  readonly method?: string;
  /** Apply the request, then answer with the failure (the answer is lost). @default false */
  readonly afterApply?: boolean;
}

export interface QdrantStandIn {
  /** `http://127.0.0.1:PORT` — pass as `url` to `QdrantClient`. */
  readonly url: string;
  readonly apiKey: string | null;
  readonly requests: QdrantRequestRecord[];
  /** Collections by real name (aliases resolved through `aliases`). */
  readonly collections: ReadonlyMap<string, StandInCollection>;
  /** alias → collection name. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Points of a collection or alias, ordered by id; throws if absent. */
  points(nameOrAlias: string): StoredPoint[];
  /**
   * The next `count` requests whose path matches (`string`: equal, or `RegExp`: tested) answer
   * `status` with Qdrant's error envelope.
   */
  failNext(pathPattern: string | RegExp, status?: number, count?: number, options?: FailNextOptions): void;
  /** Resolves when every unwaited write has been applied. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (name: string) => new HttpError(404, `Not found: Collection \`${name}\` doesn't exist!`);
const wrongInput = (description: string) => new HttpError(400, `Wrong input: ${description}`);
const formatError = (description: string, body: string) =>
  new HttpError(400, `Format error in JSON body: ${description} at line 1 column ${body.length}`);

/** A global read-only key on any write (storage/src/rbac/mod.rs, GlobalAccessMode::Read). */
const READ_ONLY_FORBIDDEN = "Forbidden: Global manage access is required";
const DISTANCES: readonly Distance[] = ["Cosine", "Dot", "Euclid", "Manhattan"];
const FIELD_SCHEMAS = ["keyword", "integer", "float", "bool", "geo", "datetime", "text", "uuid"];
const UUID_HYPHENATED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_SIMPLE = /^[0-9a-f]{32}$/i;
const UUID_BRACED = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
const UINT64_MAX = 18446744073709551615n;

/** Qdrant's ExtendedPointId: a non-negative integer < 2^64, or a UUID (simple, hyphenated, braced, urn). */
export function parsePointId(raw: unknown): PointId | undefined {
  if (typeof raw === "number") {
    return Number.isInteger(raw) && raw >= 0 && BigInt(raw) <= UINT64_MAX ? raw : undefined;
  }
  if (typeof raw !== "string") return undefined;
  let hex = raw;
  if (/^urn:uuid:/i.test(hex)) hex = hex.slice(9);
  if (UUID_BRACED.test(hex)) hex = hex.slice(1, -1);
  if (UUID_SIMPLE.test(hex)) {
    hex = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return UUID_HYPHENATED.test(hex) ? hex.toLowerCase() : undefined;
}

const idKey = (id: PointId) => (typeof id === "number" ? `n:${id}` : `u:${id}`);

/** Numbers before UUIDs; numbers ascending; UUIDs by their bytes (= lowercase hex order). */
function compareIds(a: PointId, b: PointId): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeValue(raw: unknown): string {
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return JSON.stringify(raw);
}

function requireObject(value: unknown, what: string, body: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw formatError(`invalid type: expected ${what}`, body);
  }
  return value as Record<string, unknown>;
}

function requireVector(raw: unknown, body: string): number[] {
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== "number" || !Number.isFinite(x))) {
    throw formatError(
      `the Qdrant stand-in accepts a single unnamed dense vector (an array of numbers); got ${JSON.stringify(raw)?.slice(0, 80)}`,
      body,
    );
  }
  return raw as number[];
}

// ---------------------------------------------------------------------------------------------
// Payload access and filters

/** Values at a key path: `a.b` walks objects and flattens arrays on the way; `arr[].c` likewise. */
export function valuesAt(payload: unknown, key: string): unknown[] {
  const parts = key.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), "[]"] : [part]));
  let current: unknown[] = [payload];
  for (const part of parts) {
    const next: unknown[] = [];
    for (const value of current) {
      if (part === "[]") {
        if (Array.isArray(value)) next.push(...value);
        continue;
      }
      const containers = Array.isArray(value) ? value : [value];
      for (const container of containers) {
        if (container !== null && typeof container === "object" && !Array.isArray(container) && part in container) {
          next.push((container as Record<string, unknown>)[part]);
        }
      }
    }
    current = next;
  }
  return current;
}

function asTime(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function checkRange(range: Record<string, unknown>, value: unknown): boolean {
  const bounds = ["gt", "gte", "lt", "lte"].filter((k) => range[k] !== undefined && range[k] !== null);
  const datetime = bounds.some((k) => typeof range[k] === "string");
  const v = datetime ? asTime(value) : typeof value === "number" ? value : undefined;
  if (v === undefined) return false;
  return bounds.every((k) => {
    const bound = datetime ? asTime(range[k]) : (range[k] as number);
    if (bound === undefined) throw wrongInput(`range bound ${k} is not a number or an RFC 3339 datetime`);
    return k === "gt" ? v > bound : k === "gte" ? v >= bound : k === "lt" ? v < bound : v <= bound;
  });
}

function checkMatch(match: Record<string, unknown>, value: unknown): boolean {
  if ("value" in match) return value === match.value;
  if ("any" in match) return Array.isArray(match.any) && match.any.includes(value as never);
  if ("except" in match) {
    if (!Array.isArray(match.except)) return false;
    if (value === null) return false;
    return !match.except.includes(value as never);
  }
  if ("text" in match) {
    if (typeof value !== "string" || typeof match.text !== "string") return false;
    const words = value.toLowerCase().split(/\W+/);
    return match.text
      .toLowerCase()
      .split(/\W+/)
      .filter(Boolean)
      .every((w) => words.includes(w));
  }
  throw wrongInput(`unsupported match ${JSON.stringify(match)} (the stand-in knows value, any, except, text)`);
}

function isEmptyValues(values: unknown[]): boolean {
  return values.every((v) => v === null || (Array.isArray(v) && v.length === 0));
}

function checkCondition(condition: Record<string, unknown>, point: StoredPoint): boolean {
  if ("must" in condition || "should" in condition || "must_not" in condition || "min_should" in condition) {
    return checkFilter(condition, point);
  }
  if ("has_id" in condition) {
    const ids = (condition.has_id as unknown[]).map(parsePointId);
    return ids.some((id) => id !== undefined && idKey(id) === idKey(point.id));
  }
  if ("is_empty" in condition) {
    const key = (condition.is_empty as { key: string }).key;
    return isEmptyValues(valuesAt(point.payload, key));
  }
  if ("is_null" in condition) {
    const key = (condition.is_null as { key: string }).key;
    const values = valuesAt(point.payload, key);
    return values.some((v) => v === null || (Array.isArray(v) && v.some((x) => x === null)));
  }
  if ("nested" in condition) {
    const { key, filter } = condition.nested as { key: string; filter: Record<string, unknown> };
    const elements = valuesAt(point.payload, key).flatMap((v) => (Array.isArray(v) ? v : [v]));
    return elements.some((element) =>
      checkFilter(filter, { ...point, payload: (element ?? {}) as Payload }),
    );
  }
  if (typeof condition.key === "string") {
    const values = valuesAt(point.payload, condition.key).flatMap((v) => (Array.isArray(v) ? v : [v]));
    if (values.length === 0) return false;
    if (condition.match !== undefined) return values.some((v) => checkMatch(condition.match as Record<string, unknown>, v));
    if (condition.range !== undefined) return values.some((v) => checkRange(condition.range as Record<string, unknown>, v));
    throw wrongInput(`unsupported field condition ${JSON.stringify(condition)} (the stand-in knows match and range)`);
  }
  throw wrongInput(`unsupported condition ${JSON.stringify(condition)}`);
}

const asList = (value: unknown): Record<string, unknown>[] =>
  value === undefined || value === null ? [] : ((Array.isArray(value) ? value : [value]) as Record<string, unknown>[]);

/** Qdrant filter semantics: all `must`, at least one `should` (when given), no `must_not`. */
export function checkFilter(filter: Record<string, unknown> | undefined | null, point: StoredPoint): boolean {
  if (!filter) return true;
  const must = asList(filter.must);
  const should = asList(filter.should);
  const mustNot = asList(filter.must_not);
  if (!must.every((c) => checkCondition(c, point))) return false;
  if (should.length > 0 && !should.some((c) => checkCondition(c, point))) return false;
  if (mustNot.some((c) => checkCondition(c, point))) return false;
  const minShould = filter.min_should as { conditions: Record<string, unknown>[]; min_count: number } | undefined;
  if (minShould) {
    const matched = minShould.conditions.filter((c) => checkCondition(c, point)).length;
    if (matched < minShould.min_count) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Vectors

function normalise(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((s, x) => s + x * x, 0));
  return norm === 0 ? vector.slice() : vector.map((x) => x / norm);
}

function score(distance: Distance, stored: number[], query: number[]): number {
  switch (distance) {
    case "Cosine":
    case "Dot":
      return stored.reduce((s, x, i) => s + x * query[i], 0);
    case "Euclid":
      return Math.sqrt(stored.reduce((s, x, i) => s + (x - query[i]) ** 2, 0));
    case "Manhattan":
      return stored.reduce((s, x, i) => s + Math.abs(x - query[i]), 0);
  }
}

const higherIsBetter = (distance: Distance) => distance === "Cosine" || distance === "Dot";

function selectPayload(payload: Payload, selector: unknown): Payload | undefined {
  if (selector === undefined || selector === false || selector === null) return undefined;
  if (selector === true) return structuredClone(payload);
  const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => k in payload).map((k) => [k, structuredClone(payload[k])]));
  if (Array.isArray(selector)) return pick(selector as string[]);
  const s = selector as { include?: string[]; exclude?: string[] };
  if (s.include) return pick(s.include);
  if (s.exclude) return Object.fromEntries(Object.entries(structuredClone(payload)).filter(([k]) => !s.exclude!.includes(k)));
  return structuredClone(payload);
}

// ---------------------------------------------------------------------------------------------
// Server

interface Failure {
  pattern: string | RegExp;
  status: number;
  remaining: number;
  method?: string;
  afterApply: boolean;
}

interface Ctx {
  method: string;
  segments: string[];
  query: Record<string, string>;
  body: Record<string, unknown>;
  raw: string;
  readOnly: boolean;
}

type Result = { result: unknown; apply?: () => void; wait?: boolean };

const WRITE_METHODS_READ_ONLY_OK = new Set([
  "POST points",
  "POST points/scroll",
  "POST points/count",
  "POST points/query",
]);

export async function startQdrantStandIn(options: QdrantStandInOptions = {}): Promise<QdrantStandIn> {
  const apiKey = options.apiKey === undefined ? `qdrant-test-${randomBytes(8).toString("hex")}` : options.apiKey;
  const readOnlyApiKey = options.readOnlyApiKey;
  const version = options.version ?? "1.19.0";
  const unwaitedApplyDelayMs = options.unwaitedApplyDelayMs ?? 20;

  const collections = new Map<string, StandInCollection>();
  const aliases = new Map<string, string>();
  const requests: QdrantRequestRecord[] = [];
  const failures: Failure[] = [];
  let operationId = 0;
  let pending: Promise<void> = Promise.resolve();

  const resolve = (nameOrAlias: string): StandInCollection => {
    const collection = collections.get(nameOrAlias) ?? collections.get(aliases.get(nameOrAlias) ?? "");
    if (!collection) throw notFound(nameOrAlias);
    return collection;
  };

  const sortedPoints = (collection: StandInCollection) =>
    [...collection.points.values()].sort((a, b) => compareIds(a.id, b.id));

  const record = (p: StoredPoint, withPayload: unknown, withVector: unknown) => {
    const out: Record<string, unknown> = { id: p.id };
    const payload = selectPayload(p.payload, withPayload);
    if (payload !== undefined) out.payload = payload;
    if (withVector === true) out.vector = p.vector.slice();
    return out;
  };

  /** Parses `points` / `batch` into validated points; id errors first, like serde does. */
  function parseUpsert(collection: StandInCollection, ctx: Ctx): { id: PointId; vector: number[]; payload: Payload }[] {
    const { body, raw } = ctx;
    let items: { id: unknown; vector: unknown; payload?: unknown }[];
    if (body.batch !== undefined) {
      const batch = requireObject(body.batch, "a batch object", raw);
      const ids = batch.ids as unknown[];
      const vectors = batch.vectors as unknown[];
      const payloads = (batch.payloads as unknown[] | undefined) ?? [];
      if (!Array.isArray(ids) || !Array.isArray(vectors)) throw formatError("missing field `ids` or `vectors`", raw);
      items = ids.map((id, i) => ({ id, vector: vectors[i], payload: payloads[i] }));
    } else if (body.points !== undefined) {
      if (!Array.isArray(body.points)) throw formatError("invalid type: expected a sequence", raw);
      items = body.points as typeof items;
    } else {
      throw formatError("Invalid PointInsertOperations format", raw);
    }
    const parsed = items.map((item) => {
      const id = parsePointId(item.id);
      if (id === undefined) {
        throw formatError(
          `value ${describeValue(item.id)} is not a valid point ID, valid values are either an unsigned integer or a UUID`,
          raw,
        );
      }
      return { id, vector: requireVector(item.vector, raw), payload: (item.payload ?? {}) as Payload };
    });
    for (const point of parsed) {
      if (point.vector.length !== collection.size) {
        throw wrongInput(`Vector dimension error: expected dim: ${collection.size}, got ${point.vector.length}`);
      }
    }
    return parsed;
  }

  function pointSelection(collection: StandInCollection, body: Record<string, unknown>): StoredPoint[] {
    if (Array.isArray(body.points)) {
      return (body.points as unknown[])
        .map(parsePointId)
        .filter((id): id is PointId => id !== undefined)
        .map((id) => collection.points.get(idKey(id)))
        .filter((p): p is StoredPoint => p !== undefined);
    }
    if (body.filter !== undefined) {
      return [...collection.points.values()].filter((p) => checkFilter(body.filter as Record<string, unknown>, p));
    }
    throw wrongInput("give either `points` (ids) or `filter`");
  }

  function queryVector(collection: StandInCollection, query: unknown): number[] {
    let vector: unknown = query;
    if (query !== null && typeof query === "object" && !Array.isArray(query) && "nearest" in query) {
      vector = (query as { nearest: unknown }).nearest;
    }
    const id = typeof vector === "string" || typeof vector === "number" ? parsePointId(vector) : undefined;
    if (id !== undefined) {
      const point = collection.points.get(idKey(id));
      if (!point) throw new HttpError(404, `Not found: No point with id ${id} found`);
      return point.vector;
    }
    if (!Array.isArray(vector) || vector.some((x) => typeof x !== "number")) {
      throw wrongInput(
        `the Qdrant stand-in supports raw-vector, {nearest} and point-id queries only; got ${JSON.stringify(query)?.slice(0, 80)}`,
      );
    }
    if (vector.length !== collection.size) {
      throw wrongInput(`Vector dimension error: expected dim: ${collection.size}, got ${vector.length}`);
    }
    return collection.distance === "Cosine" ? normalise(vector as number[]) : (vector as number[]);
  }

  /**
   * A write, applied in order after every earlier write: answered once applied with `wait=true`,
   * otherwise acknowledged at once and applied `unwaitedApplyDelayMs` later.
   */
  function write(ctx: Ctx, apply: (opId: number) => void): Result {
    const opId = ++operationId;
    const wait = ctx.query.wait === "true";
    return { apply: () => apply(opId), wait, result: { operation_id: opId, status: wait ? "completed" : "acknowledged" } };
  }

  function route(ctx: Ctx): Result {
    const { method, segments, body } = ctx;
    const [root, name, sub, action] = segments;
    const tail = segments.slice(2).join("/");

    if (method === "GET" && segments.length === 0) return { result: undefined };
    if (root === "aliases" && segments.length === 1 && method === "GET") {
      return { result: { aliases: [...aliases].map(([alias_name, collection_name]) => ({ alias_name, collection_name })) } };
    }
    if (root !== "collections") throw new HttpError(404, `Not found: the Qdrant stand-in has no ${method} /${segments.join("/")}`);

    if (segments.length === 1 && method === "GET") {
      return { result: { collections: [...collections.keys()].map((n) => ({ name: n })) } };
    }
    if (name === "aliases" && segments.length === 2 && method === "POST") {
      if (ctx.readOnly) throw new HttpError(403, READ_ONLY_FORBIDDEN);
      const actions = body.actions;
      if (!Array.isArray(actions)) throw formatError("missing field `actions`", ctx.raw);
      for (const action of actions as Record<string, Record<string, string>>[]) {
        if (action.create_alias) {
          const { collection_name, alias_name } = action.create_alias;
          if (!collections.has(collection_name)) throw notFound(collection_name);
          if (collections.has(alias_name)) throw new HttpError(409, `Wrong input: Collection \`${alias_name}\` already exists!`);
          aliases.set(alias_name, collection_name);
        } else if (action.delete_alias) {
          aliases.delete(action.delete_alias.alias_name);
        } else if (action.rename_alias) {
          const { old_alias_name, new_alias_name } = action.rename_alias;
          const target = aliases.get(old_alias_name);
          if (target === undefined) throw new HttpError(404, `Not found: Alias ${old_alias_name} does not exists!`);
          aliases.delete(old_alias_name);
          aliases.set(new_alias_name, target);
        } else {
          throw formatError(`unknown alias action ${JSON.stringify(action)}`, ctx.raw);
        }
      }
      return { result: true };
    }

    if (segments.length === 2) {
      if (method === "GET") {
        const c = resolve(name);
        const payload_schema = Object.fromEntries(
          [...c.payloadIndexes].map(([field, schema]) => {
            const type = typeof schema === "string" ? schema : (schema as { type: string }).type;
            const points = [...c.points.values()].filter((p) => valuesAt(p.payload, field).length > 0).length;
            return [field, typeof schema === "string" ? { data_type: type, points } : { data_type: type, params: schema, points }];
          }),
        );
        return {
          result: {
            status: "green",
            optimizer_status: "ok",
            indexed_vectors_count: 0,
            points_count: c.points.size,
            segments_count: 1,
            config: {
              params: {
                vectors: { size: c.size, distance: c.distance },
                shard_number: 1,
                replication_factor: 1,
                write_consistency_factor: 1,
                on_disk_payload: true,
              },
            },
            payload_schema,
          },
        };
      }
      if (ctx.readOnly && (method === "PUT" || method === "DELETE")) {
        throw new HttpError(403, READ_ONLY_FORBIDDEN);
      }
      if (method === "PUT") {
        if (collections.has(name)) throw new HttpError(409, `Wrong input: Collection \`${name}\` already exists!`);
        if (aliases.has(name)) {
          throw new HttpError(409, `Wrong input: Can't create collection with name ${name}. Alias with the same name already exists`);
        }
        const vectors = requireObject(body.vectors, "`vectors` with size and distance", ctx.raw);
        const size = vectors.size;
        const distance = vectors.distance as Distance;
        if (typeof size !== "number" || !Number.isInteger(size) || !DISTANCES.includes(distance)) {
          throw formatError(
            `the Qdrant stand-in supports one unnamed vector {size: integer, distance: ${DISTANCES.join("|")}}; got ${JSON.stringify(vectors)}`,
            ctx.raw,
          );
        }
        if (size < 1 || size > 65536) throw new HttpError(422, `Validation error in JSON body: [vectors.size: value ${size} invalid, must be from 1 to 65536]`);
        collections.set(name, { name, size, distance, points: new Map(), payloadIndexes: new Map(), createBody: structuredClone(body) });
        return { result: true };
      }
      if (method === "DELETE") {
        const existed = collections.delete(name);
        for (const [alias, target] of [...aliases]) if (target === name) aliases.delete(alias);
        return { result: existed };
      }
    }

    if (segments.length === 3 && method === "GET" && sub === "exists") {
      return { result: { exists: collections.has(name) || aliases.has(name) } };
    }
    if (segments.length === 3 && method === "GET" && sub === "aliases") {
      resolve(name);
      return {
        result: {
          aliases: [...aliases].filter(([, c]) => c === name).map(([alias_name, collection_name]) => ({ alias_name, collection_name })),
        },
      };
    }

    const key = `${method} ${tail}`;
    if (ctx.readOnly && !WRITE_METHODS_READ_ONLY_OK.has(key)) {
      throw new HttpError(403, READ_ONLY_FORBIDDEN);
    }
    const collection = resolve(name);
    switch (key) {
      case "PUT index": {
        const field = body.field_name;
        const schema = body.field_schema;
        const type = typeof schema === "string" ? schema : (schema as { type?: string } | undefined)?.type;
        if (typeof field !== "string" || !type || !FIELD_SCHEMAS.includes(type)) {
          throw formatError(`field_name and field_schema (one of ${FIELD_SCHEMAS.join(", ")}) are required; got ${ctx.raw}`, ctx.raw);
        }
        return write(ctx, () => collection.payloadIndexes.set(field, structuredClone(schema)));
      }
      case "PUT points": {
        const points = parseUpsert(collection, ctx);
        return write(ctx, (opId) => {
          for (const p of points) {
            const vector = collection.distance === "Cosine" ? normalise(p.vector) : p.vector.slice();
            collection.points.set(idKey(p.id), { id: p.id, vector, payload: structuredClone(p.payload), version: opId });
          }
        });
      }
      case "POST points/delete": {
        pointSelection(collection, body); // validates now; selects again when applied
        return write(ctx, () => {
          for (const p of pointSelection(collection, body)) collection.points.delete(idKey(p.id));
        });
      }
      case "POST points/payload": {
        // Set payload: merges `payload` into the selected points' payloads (`points` or `filter`), keeps vectors.
        const payload = requireObject(body.payload, "`payload` object", ctx.raw);
        pointSelection(collection, body);
        return write(ctx, (opId) => {
          for (const p of pointSelection(collection, body)) collection.points.set(idKey(p.id), { ...p, payload: { ...p.payload, ...structuredClone(payload) }, version: opId });
        });
      }
      case "POST points": {
        if (!Array.isArray(body.ids)) throw formatError("missing field `ids`", ctx.raw);
        const found = (body.ids as unknown[]).map((raw) => {
          const id = parsePointId(raw);
          if (id === undefined) {
            throw formatError(`value ${describeValue(raw)} is not a valid point ID, valid values are either an unsigned integer or a UUID`, ctx.raw);
          }
          return collection.points.get(idKey(id));
        });
        return {
          result: found
            .filter((p): p is StoredPoint => p !== undefined)
            .map((p) => record(p, body.with_payload ?? true, body.with_vector)),
        };
      }
      case "POST points/scroll": {
        const limit = typeof body.limit === "number" ? body.limit : 10;
        const matching = sortedPoints(collection).filter((p) => checkFilter(body.filter as Record<string, unknown>, p));
        let start = 0;
        if (body.offset !== undefined && body.offset !== null) {
          const offset = parsePointId(body.offset);
          if (offset === undefined) throw formatError(`value ${describeValue(body.offset)} is not a valid point ID, valid values are either an unsigned integer or a UUID`, ctx.raw);
          start = matching.findIndex((p) => compareIds(p.id, offset) >= 0);
          if (start < 0) start = matching.length;
        }
        const page = matching.slice(start, start + limit);
        const next = matching[start + limit];
        return {
          result: {
            points: page.map((p) => record(p, body.with_payload ?? true, body.with_vector)),
            next_page_offset: next ? next.id : null,
          },
        };
      }
      case "POST points/count": {
        const count = [...collection.points.values()].filter((p) => checkFilter(body.filter as Record<string, unknown>, p)).length;
        return { result: { count } };
      }
      case "POST points/query": {
        if (body.prefetch !== undefined || body.using !== undefined || body.lookup_from !== undefined) {
          throw wrongInput("the Qdrant stand-in does not model prefetch, using or lookup_from");
        }
        const limit = typeof body.limit === "number" ? body.limit : 10;
        const offset = typeof body.offset === "number" ? body.offset : 0;
        const candidates = [...collection.points.values()].filter((p) => checkFilter(body.filter as Record<string, unknown>, p));
        if (body.query === undefined || body.query === null) {
          const page = candidates.sort((a, b) => compareIds(a.id, b.id)).slice(offset, offset + limit);
          return { result: { points: page.map((p) => ({ ...record(p, body.with_payload, body.with_vector), version: p.version, score: 0 })) } };
        }
        const vector = queryVector(collection, body.query);
        const better = higherIsBetter(collection.distance);
        const threshold = typeof body.score_threshold === "number" ? body.score_threshold : undefined;
        const scored = candidates
          .map((p) => ({ p, score: score(collection.distance, p.vector, vector) }))
          .filter(({ score: s }) => threshold === undefined || (better ? s >= threshold : s <= threshold))
          .sort((a, b) => (better ? b.score - a.score : a.score - b.score) || compareIds(a.p.id, b.p.id))
          .slice(offset, offset + limit);
        return {
          result: {
            points: scored.map(({ p, score: s }) => ({ ...record(p, body.with_payload, body.with_vector), version: p.version, score: s })),
          },
        };
      }
      default:
        throw new HttpError(404, `Not found: the Qdrant stand-in has no ${method} /${segments.join("/")}`);
    }
  }

  const send = (res: ServerResponse, status: number, payload: unknown, contentType = "application/json") => {
    const text = typeof payload === "string" ? payload : JSON.stringify(payload);
    res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
    res.end(text);
  };

  const takeFailure = (method: string, path: string): Failure | undefined => {
    const failure = failures.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.pattern === "string" ? f.pattern === path : f.pattern.test(path)),
    );
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining === 0) failures.splice(failures.indexOf(failure), 1);
    }
    return failure;
  };

  const failureMessage = (status: number) =>
    status === 503
      ? "Service unavailable: injected by the Qdrant stand-in"
      : status === 429
        ? "Rate limiting exceeded: injected by the Qdrant stand-in"
        : `Service internal error: injected by the Qdrant stand-in (${status})`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://stand-in");
    const method = (req.method ?? "GET").toUpperCase();
    const path = url.pathname;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const entry: QdrantRequestRecord = { method, path, query: Object.fromEntries(url.searchParams), body: undefined };
    requests.push(entry);
    const time = () => (performance.now() - started) / 1000;
    const fail = (status: number, message: string) => {
      entry.status = status;
      send(res, status, { status: { error: message }, time: time() });
    };

    let body: Record<string, unknown> = {};
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
        entry.body = body;
      } catch (err) {
        entry.body = raw;
        return fail(400, `Format error in JSON body: ${(err as Error).message}`);
      }
    }

    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    const whitelisted = segments.length === 0 || ["healthz", "readyz", "livez"].includes(segments[0]);
    let readOnly = false;
    if (apiKey !== null && !whitelisted) {
      const auth = req.headers.authorization;
      const key = (req.headers["api-key"] as string | undefined) ?? (auth?.startsWith("Bearer ") ? auth.slice(7) : undefined);
      if (key === undefined) {
        entry.status = 401;
        return send(res, 401, "Must provide an API key or an Authorization bearer token", "text/plain; charset=utf-8");
      }
      if (key !== apiKey && (readOnlyApiKey === undefined || key !== readOnlyApiKey)) {
        entry.status = 401;
        return send(res, 401, "Invalid API key or JWT", "text/plain; charset=utf-8");
      }
      readOnly = key !== apiKey;
    }
    if (segments.length > 0 && ["healthz", "readyz", "livez"].includes(segments[0])) {
      entry.status = 200;
      return send(res, 200, `${segments[0]} check passed`, "text/plain; charset=utf-8");
    }

    const failure = takeFailure(method, path);
    if (failure && !failure.afterApply) {
      entry.injected = true;
      return fail(failure.status, failureMessage(failure.status));
    }

    try {
      const ctx: Ctx = { method, segments, query: entry.query, body, raw, readOnly };
      const outcome = route(ctx);
      if (outcome.apply) {
        const apply = outcome.apply;
        if (outcome.wait) {
          pending = pending.then(apply);
          await pending;
        } else {
          pending = pending.then(() => new Promise<void>((r) => setTimeout(() => (apply(), r()), unwaitedApplyDelayMs)));
        }
      }
      if (failure) {
        entry.injected = true;
        return fail(failure.status, failureMessage(failure.status));
      }
      entry.status = 200;
      if (method === "GET" && segments.length === 0) {
        return send(res, 200, { title: "qdrant - vector search engine", version, commit: "stand-in" });
      }
      send(res, 200, { result: outcome.result, status: "ok", time: time() });
    } catch (err) {
      if (err instanceof HttpError) return fail(err.status, err.message);
      return fail(500, `Service internal error: ${(err as Error).stack ?? err}`);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, { status: { error: `Service internal error: ${err}` }, time: 0 });
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    collections,
    aliases,
    points: (nameOrAlias) => sortedPoints(resolve(nameOrAlias)),
    failNext(pathPattern, status = 503, count = 1, opts = {}) {
      failures.push({ pattern: pathPattern, status, remaining: count, method: opts.method, afterApply: opts.afterApply ?? false });
    },
    async settled() {
      let current: Promise<void>;
      do {
        current = pending;
        await current;
      } while (current !== pending);
    },
    close: () =>
      new Promise<void>((ok, ko) => {
        server.closeAllConnections();
        server.close((err) => (err ? ko(err) : ok()));
      }),
  };
}
