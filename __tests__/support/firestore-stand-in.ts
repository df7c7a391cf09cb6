/**
 * A Firestore (REST v1) and Google OAuth token endpoint stand-in for runtime tests, on
 * 127.0.0.1 with an ephemeral port. Follows shared/contracts/firestore.md:
 *
 * - `POST /token` — JWT-bearer grant. The assertion's RS256 signature is VERIFIED with the public
 *   key of a service account created by `createServiceAccount()` (a key pair generated at test
 *   time; nothing private is committed), as are `iss`, `aud` (= this token URL), `iat`/`exp`
 *   (at most one hour apart), `scope` (datastore or cloud-platform) and `kid`.
 *   Errors as Google: 400 `{"error":"invalid_grant","error_description":...}`.
 * - Firestore, base `${baseUrl}` (= `http://127.0.0.1:PORT/v1`), bearer token required:
 *   `documents:commit` (atomic; `update` + `updateMask`, `delete`, `updateTransforms` /
 *   `transform`, `currentDocument` `exists` / `updateTime`, `transaction`),
 *   `documents:batchGet` (`transaction`, `newTransaction`), `documents:beginTransaction`,
 *   `documents:rollback`, `documents:batchWrite` (non-atomic, per-write status),
 *   `…:runQuery` (from/where fieldFilter+compositeFilter AND/orderBy incl. `__name__`/`startAt` on
 *   `__name__`/offset/limit), `GET` / `PATCH` /
 *   `DELETE` a document, `POST` a collection (`?documentId=`), `GET` a collection (list).
 * - Errors as Google: `{"error":{"code":N,"message":"...","status":"CODE"}}` —
 *   `exists:false` on an existing doc → 409 ALREADY_EXISTS; `exists:true` on a missing doc → 404
 *   NOT_FOUND; stale `updateTime` → 400 FAILED_PRECONDITION; a transaction whose reads changed →
 *   409 ABORTED; bad values / names / >500 writes → 400 INVALID_ARGUMENT; bad token → 401 UNAUTHENTICATED.
 * - Fault injection: `failWrites(fraction, { when })` fails that share of write requests with
 *   503 UNAVAILABLE, either before applying them or after (the write lands but the answer is lost);
 *   `outage(ms)` / `down()` / `up()` make every Firestore call answer 503; `downForCalls(n)` the
 *   next `n` calls (an outage measured in consumer attempts rather than wall-clock time).
 *
 * Values are validated (one kind per value, `integerValue` as a decimal string, no array directly
 * inside an array, no reserved `__x__` field names, ≤ 1 MiB per document), so encoding bugs fail
 * here the way they would against Google.
 */
import { createVerify, generateKeyPairSync, KeyObject, randomBytes } from "node:crypto";
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Value = Record<string, unknown>;
export type Fields = Record<string, Value>;

export interface StoredDocument {
  readonly name: string;
  fields: Fields;
  readonly createTime: string;
  updateTime: string;
}

export interface ServiceAccountJson {
  type: "service_account";
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  token_uri: string;
}

export interface StandInStats {
  requests: number;
  tokenGrants: number;
  tokenRejections: number;
  commits: number;
  commitConflicts: number;
  writesApplied: number;
  injectedFailures: number;
  injectedLostAnswers: number;
  outageRejections: number;
  unauthenticated: number;
}

export interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export interface StandInOptions {
  /** Seed of the fault-injection PRNG, for repeatable runs. @default 1 */
  readonly seed?: number;
  /** Lifetime of issued access tokens. @default 3599 */
  readonly tokenLifetimeSeconds?: number;
  /** Reject Firestore calls without a valid bearer token. @default true */
  readonly requireAuth?: boolean;
  /** Called after each committed document change (as Firestore triggers see it), e.g. to deliver a `document.written` event. */
  readonly onWrite?: (change: { readonly name: string; readonly before: StoredDocument | null; readonly after: StoredDocument | null }) => void;
}

class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_WRITES = 500;
const MAX_DOCUMENT_BYTES = 1_048_576 - 4;
const ACCEPTED_SCOPES = ["https://www.googleapis.com/auth/datastore", "https://www.googleapis.com/auth/cloud-platform"];

export class FirestoreStandIn {
  /** `http://127.0.0.1:PORT/v1` — give it as `FIRESTORE_BASE_URL`. */
  readonly baseUrl: string;
  /** `http://127.0.0.1:PORT/token` — the `token_uri` of created service accounts. */
  readonly tokenUrl: string;
  readonly stats: StandInStats = { requests: 0, tokenGrants: 0, tokenRejections: 0, commits: 0, commitConflicts: 0, writesApplied: 0, injectedFailures: 0, injectedLostAnswers: 0, outageRejections: 0, unauthenticated: 0 };
  readonly requests: RequestRecord[] = [];

  private readonly docs = new Map<string, StoredDocument>();
  private readonly readCounts = new Map<string, number>();
  private readonly writeCounts = new Map<string, number>();
  private readonly accounts = new Map<string, { email: string; publicKey: KeyObject; projectId: string }>();
  private readonly tokens = new Map<string, { email: string; expiresAt: number }>();
  private readonly transactions = new Map<string, Map<string, string | null>>();
  private lastMicros = 0n;
  private writeFailure = { fraction: 0, when: "before" as "before" | "after" | "mixed" };
  private outageUntil = 0;
  private downFlag = false;
  private downCalls = 0;
  private random: () => number;

  private constructor(
    private readonly server: Server,
    port: number,
    private readonly options: StandInOptions,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}/v1`;
    this.tokenUrl = `http://127.0.0.1:${port}/token`;
    this.random = mulberry32(options.seed ?? 1);
  }

  static async start(options: StandInOptions = {}): Promise<FirestoreStandIn> {
    let standIn: FirestoreStandIn | undefined;
    const server = createServer((req, res) => {
      void standIn!.handle(req, res);
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    standIn = new FirestoreStandIn(server, (server.address() as AddressInfo).port, options);
    return standIn;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A service account whose JWTs this stand-in accepts; the key pair is generated now. */
  createServiceAccount(options: { projectId?: string; clientEmail?: string } = {}): ServiceAccountJson {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const projectId = options.projectId ?? "stand-in-project";
    const email = options.clientEmail ?? `ingest-${randomBytes(3).toString("hex")}@${projectId}.iam.gserviceaccount.com`;
    const kid = randomBytes(20).toString("hex");
    this.accounts.set(kid, { email, publicKey, projectId });
    return {
      type: "service_account",
      project_id: projectId,
      private_key_id: kid,
      private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      client_email: email,
      client_id: String(100000000000000000000n + BigInt(this.accounts.size)),
      token_uri: this.tokenUrl,
    };
  }

  /** Fail `fraction` (0..1) of write requests with 503 UNAVAILABLE; `after` applies them first and loses the answer. */
  failWrites(fraction: number, options: { when?: "before" | "after" | "mixed" } = {}): void {
    this.writeFailure = { fraction, when: options.when ?? "before" };
  }

  /** Every Firestore call answers 503 for `ms` milliseconds from now. */
  outage(ms: number): void {
    this.outageUntil = Date.now() + ms;
  }

  /** The next `n` Firestore calls answer 503 UNAVAILABLE, then the service is back. */
  downForCalls(n: number): void {
    this.downCalls = n;
  }

  down(): void {
    this.downFlag = true;
  }

  up(): void {
    this.downFlag = false;
    this.outageUntil = 0;
    this.downCalls = 0;
  }

  get isDown(): boolean {
    return this.downFlag || Date.now() < this.outageUntil;
  }

  /** Clears documents, faults, transactions, tokens and counters (service accounts stay). */
  reset(): void {
    this.docs.clear();
    this.readCounts.clear();
    this.writeCounts.clear();
    this.transactions.clear();
    this.tokens.clear();
    this.requests.length = 0;
    for (const key of Object.keys(this.stats) as Array<keyof StandInStats>) this.stats[key] = 0;
    this.failWrites(0);
    this.up();
  }

  // ------------------------------------------------------------------ introspection for tests

  /** A stored document by path relative to the documents root (`coll/id`), any project. */
  document(path: string): StoredDocument | undefined {
    for (const doc of this.docs.values()) if (relativePath(doc.name) === path) return doc;
    return undefined;
  }

  /** The document's fields decoded to plain JS (integers → number, timestamps → ISO string). */
  data(path: string): Record<string, unknown> | undefined {
    const doc = this.document(path);
    return doc ? decodeFields(doc.fields) : undefined;
  }

  /** Documents directly in a collection (`coll` or `coll/id/sub`), sorted by path. */
  collection(collectionPath: string): Array<{ path: string; id: string; data: Record<string, unknown> }> {
    const depth = collectionPath.split("/").length + 1;
    return [...this.docs.values()]
      .map((doc) => ({ doc, path: relativePath(doc.name) }))
      .filter(({ path }) => path.startsWith(`${collectionPath}/`) && path.split("/").length === depth)
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map(({ doc, path }) => ({ path, id: path.split("/").pop()!, data: decodeFields(doc.fields) }));
  }

  /** How many committed writes touched this document (path relative to the documents root). */
  writeCount(path: string): number {
    let n = 0;
    for (const [name, count] of this.writeCounts) if (relativePath(name) === path) n += count;
    return n;
  }

  /** How many times `batchGet` or `GET` read this document. */
  readCount(path: string): number {
    let n = 0;
    for (const [name, count] of this.readCounts) if (relativePath(name) === path) n += count;
    return n;
  }

  get documentCount(): number {
    return this.docs.size;
  }

  // ------------------------------------------------------------------ HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.stats.requests++;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    let status = 200;
    let payload: unknown;
    try {
      if (url.pathname === "/token") {
        payload = this.token(req.method ?? "GET", req.headers["content-type"] ?? "", body);
      } else if (url.pathname.startsWith("/v1/")) {
        this.authenticate(req.headers.authorization);
        const downByCount = this.downCalls > 0;
        if (downByCount) this.downCalls--;
        if (this.isDown || downByCount) {
          this.stats.outageRejections++;
          throw new ApiError(503, "UNAVAILABLE", "The service is currently unavailable.");
        }
        payload = this.firestore(req.method ?? "GET", decodeURIComponent(url.pathname.slice("/v1/".length)), url.searchParams, body);
      } else {
        throw new ApiError(404, "NOT_FOUND", `no route ${url.pathname}`);
      }
    } catch (error) {
      if (error instanceof TokenError) {
        status = 400;
        payload = { error: error.code, error_description: error.message };
      } else if (error instanceof ApiError) {
        status = error.httpStatus;
        payload = { error: { code: error.httpStatus, message: error.message, status: error.status } };
      } else {
        status = 500;
        payload = { error: { code: 500, message: String(error), status: "INTERNAL" } };
      }
    }
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, status });
    res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
    res.end(JSON.stringify(payload));
  }

  // ------------------------------------------------------------------ OAuth

  private token(method: string, contentType: string, body: string): unknown {
    if (method !== "POST") throw new TokenError("invalid_request", "POST required");
    if (!contentType.startsWith("application/x-www-form-urlencoded")) throw new TokenError("invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    const form = new URLSearchParams(body);
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") {
      this.stats.tokenRejections++;
      throw new TokenError("unsupported_grant_type", "Invalid grant_type: " + (form.get("grant_type") ?? ""));
    }
    const assertion = form.get("assertion") ?? "";
    const parts = assertion.split(".");
    const reject = (description: string): never => {
      this.stats.tokenRejections++;
      throw new TokenError("invalid_grant", description);
    };
    if (parts.length !== 3) reject("Invalid JWT: Token must be a short-lived token and in a reasonable timeframe");
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
      claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    } catch {
      return reject("Invalid JWT: not decodable");
    }
    if (header.alg !== "RS256") reject(`Invalid JWT: alg must be RS256, got ${String(header.alg)}`);
    const account = typeof header.kid === "string" ? this.accounts.get(header.kid) : [...this.accounts.values()].find((a) => a.email === claims.iss);
    if (!account) return reject("Invalid JWT Signature.");
    const verifier = createVerify("RSA-SHA256");
    verifier.update(`${parts[0]}.${parts[1]}`);
    if (!verifier.verify(account.publicKey, Buffer.from(parts[2], "base64url"))) reject("Invalid JWT Signature.");
    if (claims.iss !== account.email) reject("Invalid JWT: iss does not match the key's service account");
    if (claims.aud !== this.tokenUrl) reject(`Invalid JWT: aud must be ${this.tokenUrl}`);
    const now = Math.floor(Date.now() / 1000);
    const iat = Number(claims.iat);
    const exp = Number(claims.exp);
    if (!Number.isFinite(iat) || !Number.isFinite(exp) || iat > now + 300 || exp <= now || exp - iat > 3600) {
      reject("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
    }
    const scopes = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
    if (!scopes.some((scope) => ACCEPTED_SCOPES.includes(scope))) reject("Invalid JWT: scope must include datastore or cloud-platform");
    const accessToken = `ya29.standin-${randomBytes(16).toString("hex")}`;
    const lifetime = this.options.tokenLifetimeSeconds ?? 3599;
    this.tokens.set(accessToken, { email: account.email, expiresAt: Date.now() + lifetime * 1000 });
    this.stats.tokenGrants++;
    return { access_token: accessToken, expires_in: lifetime, token_type: "Bearer" };
  }

  private authenticate(authorization: string | undefined): void {
    if (this.options.requireAuth === false) return;
    const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
    const grant = token ? this.tokens.get(token) : undefined;
    if (!grant || grant.expiresAt <= Date.now()) {
      this.stats.unauthenticated++;
      throw new ApiError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");
    }
  }

  // ------------------------------------------------------------------ Firestore

  private firestore(method: string, resource: string, query: URLSearchParams, rawBody: string): unknown {
    const match = /^(projects\/[^/]+\/databases\/[^/]+)\/documents(\/[^:]*)?(?::(\w+))?$/.exec(resource);
    if (!match) throw new ApiError(404, "NOT_FOUND", `unknown resource ${resource}`);
    const [, database, rest = "", verb] = match;
    const body = rawBody ? parseJson(rawBody) : {};
    const segments = rest.split("/").filter(Boolean);
    const target = `${database}/documents${rest}`;

    if (verb) {
      if (method !== "POST") throw new ApiError(405, "INVALID_ARGUMENT", `${verb} needs POST`);
      switch (verb) {
        case "commit":
          return this.commit(database, body);
        case "batchGet":
          return this.batchGet(database, body);
        case "beginTransaction":
          return this.beginTransaction();
        case "rollback":
          this.transactions.delete(String(body.transaction));
          return {};
        case "batchWrite":
          return this.batchWrite(database, body);
        case "runQuery":
          return this.runQuery(target, body);
        default:
          throw new ApiError(404, "NOT_FOUND", `unknown method ${verb}`);
      }
    }
    if (segments.length % 2 === 0 && segments.length > 0) {
      // a document
      if (method === "GET") {
        this.readCounts.set(target, (this.readCounts.get(target) ?? 0) + 1);
        const doc = this.docs.get(target);
        if (!doc) throw new ApiError(404, "NOT_FOUND", `Document "${target}" not found.`);
        return toJson(doc);
      }
      if (method === "DELETE") {
        this.commit(database, { writes: [{ delete: target, ...preconditionFromQuery(query) }] });
        return {};
      }
      if (method === "PATCH") {
        const mask = query.getAll("updateMask.fieldPaths");
        this.commit(database, { writes: [{ update: { name: target, fields: body.fields ?? {} }, ...(mask.length ? { updateMask: { fieldPaths: mask } } : {}), ...preconditionFromQuery(query) }] });
        return toJson(this.docs.get(target)!);
      }
      throw new ApiError(405, "INVALID_ARGUMENT", `${method} on a document is not supported`);
    }
    if (segments.length % 2 === 1) {
      // a collection
      if (method === "POST") {
        const id = query.get("documentId") ?? randomBytes(10).toString("hex");
        const name = `${target}/${id}`;
        this.commit(database, { writes: [{ update: { name, fields: body.fields ?? {} }, currentDocument: { exists: false } }] });
        return toJson(this.docs.get(name)!);
      }
      if (method === "GET") {
        const depth = target.split("/").length + 1;
        const documents = [...this.docs.values()].filter((doc) => doc.name.startsWith(`${target}/`) && doc.name.split("/").length === depth).map(toJson);
        return documents.length ? { documents } : {};
      }
    }
    throw new ApiError(400, "INVALID_ARGUMENT", `unsupported request ${method} ${resource}`);
  }

  private beginTransaction(): unknown {
    const id = randomBytes(12).toString("base64");
    this.transactions.set(id, new Map());
    return { transaction: id };
  }

  private batchGet(database: string, body: Record<string, any>): unknown {
    const names: unknown = body.documents;
    if (!Array.isArray(names) || names.length === 0) throw new ApiError(400, "INVALID_ARGUMENT", "documents is required");
    let transaction: string | undefined = body.transaction;
    let newTransaction: string | undefined;
    if (body.newTransaction) {
      newTransaction = (this.beginTransaction() as { transaction: string }).transaction;
      transaction = newTransaction;
    }
    const reads = transaction ? this.transactions.get(transaction) : undefined;
    if (transaction && !reads) throw new ApiError(400, "INVALID_ARGUMENT", "Transaction is invalid or has expired.");
    const readTime = this.nextTimestamp();
    return names.map((name, i) => {
      checkDocumentName(database, String(name));
      const doc = this.docs.get(String(name));
      this.readCounts.set(String(name), (this.readCounts.get(String(name)) ?? 0) + 1);
      reads?.set(String(name), doc?.updateTime ?? null);
      const base = { readTime, ...(i === 0 && newTransaction ? { transaction: newTransaction } : {}) };
      return doc ? { found: toJson(doc), ...base } : { missing: name, ...base };
    });
  }

  private commit(database: string, body: Record<string, any>): unknown {
    const writes: unknown = body.writes ?? [];
    if (!Array.isArray(writes)) throw new ApiError(400, "INVALID_ARGUMENT", "writes must be an array");
    if (writes.length > MAX_WRITES) throw new ApiError(400, "INVALID_ARGUMENT", `maximum ${MAX_WRITES} writes allowed per request`);
    const lostAnswer = this.injectWriteFault();
    if (body.transaction !== undefined) {
      const reads = this.transactions.get(String(body.transaction));
      if (!reads) throw new ApiError(400, "INVALID_ARGUMENT", "Transaction is invalid or has expired.");
      this.transactions.delete(String(body.transaction));
      for (const [name, version] of reads) {
        if ((this.docs.get(name)?.updateTime ?? null) !== version) {
          this.stats.commitConflicts++;
          throw new ApiError(409, "ABORTED", "Aborted due to cross-transaction contention. This occurs when multiple transactions attempt to access the same data, requiring Firestore to abort at least one in order to enforce serializability.");
        }
      }
    }
    const commitTime = this.nextTimestamp();
    const working = new Map<string, StoredDocument | null>();
    const current = (name: string) => (working.has(name) ? working.get(name)! : (this.docs.get(name) ?? null));
    const results: Array<{ updateTime?: string; transformResults?: Value[] }> = [];
    try {
      for (const write of writes as Array<Record<string, any>>) results.push(this.applyWrite(database, write, current, working, commitTime));
    } catch (error) {
      if (error instanceof ApiError && ["ALREADY_EXISTS", "NOT_FOUND", "FAILED_PRECONDITION"].includes(error.status)) this.stats.commitConflicts++;
      throw error;
    }
    for (const [name, doc] of working) {
      const before = this.docs.get(name) ?? null;
      if (doc) this.docs.set(name, doc);
      else this.docs.delete(name);
      this.options.onWrite?.({ name, before: before && structuredClone(before), after: doc && structuredClone(doc) });
    }
    for (const write of writes as Array<Record<string, any>>) {
      const name = String(write.update?.name ?? write.delete ?? write.transform?.document);
      this.writeCounts.set(name, (this.writeCounts.get(name) ?? 0) + 1);
    }
    this.stats.commits++;
    this.stats.writesApplied += writes.length;
    if (lostAnswer) {
      this.stats.injectedLostAnswers++;
      throw new ApiError(503, "UNAVAILABLE", "The service is currently unavailable.");
    }
    return { writeResults: results, commitTime };
  }

  private batchWrite(database: string, body: Record<string, any>): unknown {
    const writes: unknown = body.writes ?? [];
    if (!Array.isArray(writes)) throw new ApiError(400, "INVALID_ARGUMENT", "writes must be an array");
    const writeResults: unknown[] = [];
    const status: unknown[] = [];
    for (const write of writes) {
      try {
        const result = this.commit(database, { writes: [write] }) as { writeResults: unknown[] };
        writeResults.push(result.writeResults[0]);
        status.push({});
      } catch (error) {
        const e = error instanceof ApiError ? error : new ApiError(500, "INTERNAL", String(error));
        writeResults.push({});
        status.push({ code: GRPC_CODES[e.status] ?? 2, message: e.message });
      }
    }
    return { writeResults, status };
  }

  private applyWrite(
    database: string,
    write: Record<string, any>,
    current: (name: string) => StoredDocument | null,
    working: Map<string, StoredDocument | null>,
    commitTime: string,
  ): { updateTime?: string; transformResults?: Value[] } {
    const kinds = ["update", "delete", "transform"].filter((k) => write[k] !== undefined);
    if (kinds.length !== 1) throw new ApiError(400, "INVALID_ARGUMENT", "a write needs exactly one of update, delete, transform");
    const name: string = write.update?.name ?? write.delete ?? write.transform?.document;
    if (typeof name !== "string") throw new ApiError(400, "INVALID_ARGUMENT", "a write needs a document name");
    checkDocumentName(database, name);
    const existing = current(name);

    const precondition = write.currentDocument;
    if (precondition !== undefined) {
      if (precondition.exists === false && existing) throw new ApiError(409, "ALREADY_EXISTS", `Document already exists: ${name}`);
      if (precondition.exists === true && !existing) throw new ApiError(404, "NOT_FOUND", `No document to update: ${name}`);
      if (precondition.updateTime !== undefined) {
        if (!existing || timestampMicros(existing.updateTime) !== timestampMicros(String(precondition.updateTime))) {
          throw new ApiError(400, "FAILED_PRECONDITION", `the stored version (${existing ? timestampMicros(existing.updateTime) : 0}) does not match the required base version (${timestampMicros(String(precondition.updateTime))})`);
        }
      }
    }

    if (write.delete !== undefined) {
      working.set(name, null);
      return {};
    }

    let fields: Fields = existing ? structuredClone(existing.fields) : {};
    if (write.update) {
      const given: Fields = write.update.fields ?? {};
      validateFields(given);
      const mask: unknown = write.updateMask?.fieldPaths;
      if (mask === undefined) {
        fields = structuredClone(given);
      } else {
        if (!Array.isArray(mask)) throw new ApiError(400, "INVALID_ARGUMENT", "updateMask.fieldPaths must be an array");
        for (const path of mask) {
          const segments = parseFieldPath(String(path));
          const value = getPath(given, segments);
          if (value === undefined) deletePath(fields, segments);
          else setPath(fields, segments, structuredClone(value));
        }
      }
    }
    const transforms: Array<Record<string, any>> = write.updateTransforms ?? write.transform?.fieldTransforms ?? [];
    const transformResults: Value[] = [];
    for (const transform of transforms) transformResults.push(applyTransform(fields, transform, commitTime));

    if (JSON.stringify(fields).length > MAX_DOCUMENT_BYTES) throw new ApiError(400, "INVALID_ARGUMENT", `Document ${name} cannot be written because its size exceeds the maximum allowed size of 1,048,576 bytes.`);
    working.set(name, { name, fields, createTime: existing?.createTime ?? commitTime, updateTime: commitTime });
    return { updateTime: commitTime, ...(transforms.length ? { transformResults } : {}) };
  }

  private runQuery(parentDocuments: string, body: Record<string, any>): unknown {
    const query = body.structuredQuery;
    if (!query || !Array.isArray(query.from) || query.from.length !== 1) throw new ApiError(400, "INVALID_ARGUMENT", "structuredQuery.from must name one collection");
    const { collectionId, allDescendants } = query.from[0];
    const parentDepth = parentDocuments.split("/").length;
    let docs = [...this.docs.values()].filter((doc) => {
      if (!doc.name.startsWith(`${parentDocuments}/`)) return false;
      const parts = doc.name.split("/");
      if (parts[parts.length - 2] !== collectionId) return false;
      return allDescendants ? true : parts.length === parentDepth + 2;
    });
    if (query.where) docs = docs.filter((doc) => matchesFilter(doc.fields, query.where));
    for (const order of [...(query.orderBy ?? [])].reverse()) {
      const sign = order.direction === "DESCENDING" ? -1 : 1;
      if (order.field.fieldPath === "__name__") {
        // Document names order by their path, as Firestore orders `__name__`.
        docs.sort((a, b) => sign * (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        continue;
      }
      const segments = parseFieldPath(order.field.fieldPath);
      docs.sort((a, b) => sign * compareValues(getPath(a.fields, segments), getPath(b.fields, segments)));
    }
    // A cursor on `__name__` (the only cursor the stand-in supports): `before: false` starts after it.
    const cursor = query.startAt?.values?.[0]?.referenceValue;
    if (typeof cursor === "string") docs = docs.filter((doc) => (query.startAt.before ? doc.name >= cursor : doc.name > cursor));
    if (typeof query.offset === "number") docs = docs.slice(query.offset);
    const limit = typeof query.limit === "number" ? query.limit : (query.limit?.value ?? undefined);
    if (limit !== undefined) docs = docs.slice(0, Number(limit));
    const readTime = this.nextTimestamp();
    return docs.length ? docs.map((doc) => ({ document: toJson(doc), readTime })) : [{ readTime }];
  }

  private injectWriteFault(): boolean {
    const { fraction, when } = this.writeFailure;
    if (fraction <= 0 || this.random() >= fraction) return false;
    const after = when === "after" || (when === "mixed" && this.random() < 0.5);
    if (after) return true;
    this.stats.injectedFailures++;
    throw new ApiError(503, "UNAVAILABLE", "The service is currently unavailable.");
  }

  /** Strictly increasing RFC 3339 timestamps with microseconds, like Firestore's update times. */
  private nextTimestamp(): string {
    let micros = BigInt(Date.now()) * 1000n;
    if (micros <= this.lastMicros) micros = this.lastMicros + 1n;
    this.lastMicros = micros;
    const iso = new Date(Number(micros / 1000n)).toISOString();
    return `${iso.slice(0, 19)}.${String(micros % 1000000n).padStart(6, "0")}Z`;
  }
}

class TokenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------

const GRPC_CODES: Record<string, number> = { INVALID_ARGUMENT: 3, NOT_FOUND: 5, ALREADY_EXISTS: 6, FAILED_PRECONDITION: 9, ABORTED: 10, UNAVAILABLE: 14, INTERNAL: 13 };
const VALUE_KINDS = new Set(["nullValue", "booleanValue", "integerValue", "doubleValue", "timestampValue", "stringValue", "bytesValue", "referenceValue", "geoPointValue", "arrayValue", "mapValue"]);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): Record<string, any> {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "INVALID_ARGUMENT", "Invalid JSON payload received.");
  }
}

function preconditionFromQuery(query: URLSearchParams): { currentDocument?: Record<string, unknown> } {
  const exists = query.get("currentDocument.exists");
  const updateTime = query.get("currentDocument.updateTime");
  if (exists !== null) return { currentDocument: { exists: exists === "true" } };
  if (updateTime !== null) return { currentDocument: { updateTime } };
  return {};
}

function relativePath(name: string): string {
  return name.replace(/^projects\/[^/]+\/databases\/[^/]+\/documents\//, "");
}

function checkDocumentName(database: string, name: string): void {
  const prefix = `${database}/documents/`;
  if (!name.startsWith(prefix)) throw new ApiError(400, "INVALID_ARGUMENT", `Document name "${name}" is not in database ${database}.`);
  const segments = name.slice(prefix.length).split("/");
  if (segments.length % 2 !== 0 || segments.some((s) => s === "" || s === "." || s === ".." || /^__.*__$/.test(s) || Buffer.byteLength(s) > 1500)) {
    throw new ApiError(400, "INVALID_ARGUMENT", `Document name "${name}" has invalid trailing or empty segments / reserved ids.`);
  }
}

function validateFields(fields: unknown, depth = 0): void {
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) throw new ApiError(400, "INVALID_ARGUMENT", "fields must be an object");
  if (depth > 20) throw new ApiError(400, "INVALID_ARGUMENT", "maximum depth of nested maps exceeded");
  for (const [name, value] of Object.entries(fields)) {
    if (name === "" || /^__.*__$/.test(name)) throw new ApiError(400, "INVALID_ARGUMENT", `Field name "${name}" is reserved or empty.`);
    validateValue(value, false, depth);
  }
}

function validateValue(value: unknown, insideArray: boolean, depth: number): void {
  if (typeof value !== "object" || value === null) throw new ApiError(400, "INVALID_ARGUMENT", `invalid value ${JSON.stringify(value)}`);
  const keys = Object.keys(value);
  if (keys.length !== 1 || !VALUE_KINDS.has(keys[0])) throw new ApiError(400, "INVALID_ARGUMENT", `a value must have exactly one kind, got ${JSON.stringify(keys)}`);
  const v = value as Record<string, any>;
  switch (keys[0]) {
    case "integerValue":
      if (typeof v.integerValue !== "string" || !/^-?\d+$/.test(v.integerValue)) throw new ApiError(400, "INVALID_ARGUMENT", `Invalid value at 'integer_value' (TYPE_INT64), "${v.integerValue}"`);
      break;
    case "doubleValue":
      if (typeof v.doubleValue !== "number" && !["NaN", "Infinity", "-Infinity"].includes(v.doubleValue)) throw new ApiError(400, "INVALID_ARGUMENT", "Invalid value at 'double_value'");
      break;
    case "timestampValue":
      if (typeof v.timestampValue !== "string" || Number.isNaN(Date.parse(v.timestampValue))) throw new ApiError(400, "INVALID_ARGUMENT", `Invalid value at 'timestamp_value', "${v.timestampValue}"`);
      break;
    case "booleanValue":
      if (typeof v.booleanValue !== "boolean") throw new ApiError(400, "INVALID_ARGUMENT", "Invalid value at 'boolean_value'");
      break;
    case "stringValue":
      if (typeof v.stringValue !== "string") throw new ApiError(400, "INVALID_ARGUMENT", "Invalid value at 'string_value'");
      if (Buffer.byteLength(v.stringValue) > 1_048_487) throw new ApiError(400, "INVALID_ARGUMENT", "string value too long");
      break;
    case "nullValue":
      if (v.nullValue !== null && v.nullValue !== "NULL_VALUE") throw new ApiError(400, "INVALID_ARGUMENT", "Invalid value at 'null_value'");
      break;
    case "arrayValue":
      if (insideArray) throw new ApiError(400, "INVALID_ARGUMENT", "Cannot have an array directly inside another array.");
      for (const item of v.arrayValue?.values ?? []) validateValue(item, true, depth + 1);
      break;
    case "mapValue":
      validateFields(v.mapValue?.fields ?? {}, depth + 1);
      break;
    default:
      break;
  }
}

/** Splits a field path, honouring back-quoted segments (``a.`b.c` `` → ["a", "b.c"]). */
export function parseFieldPath(path: string): string[] {
  const segments: string[] = [];
  let i = 0;
  while (i < path.length) {
    let segment = "";
    if (path[i] === "`") {
      i++;
      while (i < path.length && path[i] !== "`") {
        if (path[i] === "\\" && i + 1 < path.length) i++;
        segment += path[i++];
      }
      if (path[i] !== "`") throw new ApiError(400, "INVALID_ARGUMENT", `Invalid field path: ${path}`);
      i++;
    } else {
      while (i < path.length && path[i] !== ".") segment += path[i++];
      if (!/^[A-Za-z_][A-Za-z_0-9]*$/.test(segment)) throw new ApiError(400, "INVALID_ARGUMENT", `Invalid field path: ${path} (quote "${segment}" with backticks)`);
    }
    segments.push(segment);
    if (i < path.length) {
      if (path[i] !== ".") throw new ApiError(400, "INVALID_ARGUMENT", `Invalid field path: ${path}`);
      i++;
    }
  }
  if (segments.length === 0) throw new ApiError(400, "INVALID_ARGUMENT", "empty field path");
  return segments;
}

function getPath(fields: Fields, segments: string[]): Value | undefined {
  let value: Value | undefined = fields[segments[0]];
  for (const segment of segments.slice(1)) {
    const map: { fields?: Fields } | undefined = (value as { mapValue?: { fields?: Fields } } | undefined)?.mapValue;
    value = map?.fields?.[segment];
  }
  return value;
}

function setPath(fields: Fields, segments: string[], value: Value): void {
  let target = fields;
  for (const segment of segments.slice(0, -1)) {
    let next = target[segment] as { mapValue?: { fields?: Fields } } | undefined;
    if (!next || !next.mapValue) {
      next = { mapValue: { fields: {} } };
      target[segment] = next as Value;
    }
    next.mapValue!.fields ??= {};
    target = next.mapValue!.fields!;
  }
  target[segments[segments.length - 1]] = value;
}

function deletePath(fields: Fields, segments: string[]): void {
  let target: Fields | undefined = fields;
  for (const segment of segments.slice(0, -1)) target = (target?.[segment] as { mapValue?: { fields?: Fields } } | undefined)?.mapValue?.fields;
  if (target) delete target[segments[segments.length - 1]];
}

function numeric(value: Value | undefined): number | undefined {
  if (!value) return undefined;
  if ("integerValue" in value) return Number(value.integerValue);
  if ("doubleValue" in value) return Number(value.doubleValue);
  return undefined;
}

function applyTransform(fields: Fields, transform: Record<string, any>, commitTime: string): Value {
  const segments = parseFieldPath(String(transform.fieldPath));
  const current = getPath(fields, segments);
  let result: Value;
  if (transform.setToServerValue !== undefined) {
    if (transform.setToServerValue !== "REQUEST_TIME") throw new ApiError(400, "INVALID_ARGUMENT", "unknown server value");
    result = { timestampValue: commitTime };
  } else if (transform.increment || transform.maximum || transform.minimum) {
    const operand: Value = transform.increment ?? transform.maximum ?? transform.minimum;
    validateValue(operand, false, 0);
    const a = numeric(current);
    const b = numeric(operand)!;
    const integer = "integerValue" in operand && (current === undefined || "integerValue" in current);
    let n: number;
    if (transform.increment) n = (a ?? 0) + b;
    else if (transform.maximum) n = a === undefined ? b : Math.max(a, b);
    else n = a === undefined ? b : Math.min(a, b);
    result = integer ? { integerValue: String(n) } : { doubleValue: n };
  } else if (transform.appendMissingElements || transform.removeAllFromArray) {
    const existing: Value[] = current && "arrayValue" in current ? (((current.arrayValue as { values?: Value[] }).values ?? []) as Value[]) : [];
    const given: Value[] = (transform.appendMissingElements ?? transform.removeAllFromArray).values ?? [];
    const same = (x: Value, y: Value) => JSON.stringify(x) === JSON.stringify(y);
    const values = transform.appendMissingElements ? [...existing, ...given.filter((g) => !existing.some((e) => same(e, g)))] : existing.filter((e) => !given.some((g) => same(e, g)));
    result = { arrayValue: { values } };
  } else {
    throw new ApiError(400, "INVALID_ARGUMENT", "a field transform needs one transform kind");
  }
  setPath(fields, segments, result);
  return transform.setToServerValue ? { nullValue: null } : result;
}

function matchesFilter(fields: Fields, filter: Record<string, any>): boolean {
  if (filter.compositeFilter) {
    const results = (filter.compositeFilter.filters ?? []).map((f: Record<string, any>) => matchesFilter(fields, f));
    return filter.compositeFilter.op === "OR" ? results.some(Boolean) : results.every(Boolean);
  }
  if (filter.unaryFilter) {
    const value = getPath(fields, parseFieldPath(filter.unaryFilter.field.fieldPath));
    switch (filter.unaryFilter.op) {
      case "IS_NULL":
        return !!value && "nullValue" in value;
      case "IS_NOT_NULL":
        return !!value && !("nullValue" in value);
      default:
        return false;
    }
  }
  const { field, op, value } = filter.fieldFilter ?? {};
  const actual = getPath(fields, parseFieldPath(field.fieldPath));
  if (actual === undefined) return false;
  const c = compareValues(actual, value);
  switch (op) {
    case "EQUAL":
      return c === 0;
    case "NOT_EQUAL":
      return c !== 0;
    case "LESS_THAN":
      return c < 0;
    case "LESS_THAN_OR_EQUAL":
      return c <= 0;
    case "GREATER_THAN":
      return c > 0;
    case "GREATER_THAN_OR_EQUAL":
      return c >= 0;
    case "IN":
      return ((value.arrayValue?.values ?? []) as Value[]).some((v) => compareValues(actual, v) === 0);
    case "ARRAY_CONTAINS":
      return "arrayValue" in actual && (((actual.arrayValue as { values?: Value[] }).values ?? []) as Value[]).some((v) => compareValues(v, value) === 0);
    default:
      throw new ApiError(400, "INVALID_ARGUMENT", `operator ${op} is not supported by the stand-in`);
  }
}

function compareValues(a: Value | undefined, b: Value | undefined): number {
  const key = (v: Value | undefined): unknown => {
    if (!v) return null;
    const n = numeric(v);
    if (n !== undefined) return n;
    if ("timestampValue" in v) return Date.parse(String(v.timestampValue));
    if ("stringValue" in v) return v.stringValue;
    if ("booleanValue" in v) return v.booleanValue ? 1 : 0;
    return JSON.stringify(v);
  };
  const x = key(a) as number | string;
  const y = key(b) as number | string;
  return x === y ? 0 : x < y ? -1 : 1;
}

function toJson(doc: StoredDocument): Record<string, unknown> {
  return { name: doc.name, fields: doc.fields, createTime: doc.createTime, updateTime: doc.updateTime };
}

function timestampMicros(ts: string): bigint {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(ts);
  if (!m) return BigInt(Date.parse(ts)) * 1000n;
  return BigInt(Date.parse(`${m[1]}Z`)) * 1000n + BigInt((m[2] ?? "").padEnd(6, "0").slice(0, 6) || "0");
}

/** Plain JS view of stored fields: integers → number, timestamps → ISO strings, maps → objects. */
export function decodeFields(fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = decodeValue(v);
  return out;
}

export function decodeValue(value: Value): unknown {
  const v = value as Record<string, any>;
  if ("nullValue" in v) return null;
  if ("booleanValue" in v) return v.booleanValue;
  if ("integerValue" in v) return Number(v.integerValue);
  if ("doubleValue" in v) return Number(v.doubleValue);
  if ("timestampValue" in v) return v.timestampValue;
  if ("stringValue" in v) return v.stringValue;
  if ("bytesValue" in v) return Buffer.from(v.bytesValue, "base64");
  if ("referenceValue" in v) return v.referenceValue;
  if ("geoPointValue" in v) return v.geoPointValue;
  if ("arrayValue" in v) return (v.arrayValue.values ?? []).map(decodeValue);
  if ("mapValue" in v) return decodeFields(v.mapValue.fields ?? {});
  return undefined;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

