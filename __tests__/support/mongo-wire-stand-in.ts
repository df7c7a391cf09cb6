// A minimal MongoDB replica-set primary speaking the wire protocol, for the real `mongodb` driver
// (contract ../shared/contracts/mongodb-change-streams.md §4). No MongoDB server can run here;
// this follows the driver's and the server's published behaviour closely enough for a change
// stream consumer:
// - OP_QUERY `ismaster` handshake answered with OP_REPLY as an RSPrimary (no `topologyVersion`,
//   so the driver's monitor polls `hello` instead of streaming); OP_MSG for everything after.
// - `hello`/`ismaster`, `ping`, `aggregate` with `$changeStream` (db-level `aggregate: 1` or one
//   collection; `resumeAfter`, `startAfter`, `startAtOperationTime`, a `$match` on `ns.coll`,
//   `fullDocument: "updateLookup"` looked up at reply time like the server does), `getMore`
//   (waits up to `maxTimeMS` for a write, capped at 1 s), `killCursors`, `find` (whole-collection
//   scans sorted by `_id`, with `getMore`), `endSessions`. Every reply carries `operationTime`.
// - An oplog whose history tests can truncate: resuming from a point before the kept window
//   fails with 286 ChangeStreamHistoryLost labelled NonResumableChangeStreamError, as mongod does.
// - `stop()` drops every socket and stops listening (MongoDB unreachable); `start()` again on the
//   same port brings it back.
// Not supported (not needed by the relay): authentication, compression, writes over the wire,
// query filters, sharding.
import { EventEmitter } from "node:events";
import * as net from "node:net";
import { Binary, deserialize, Long, ObjectId, serialize, Timestamp, type Document } from "bson";

const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;

export interface ClusterTime {
  readonly t: number;
  readonly i: number;
}

interface OplogEntry {
  readonly ts: ClusterTime;
  readonly op: "insert" | "update" | "replace" | "delete";
  readonly db: string;
  readonly coll: string;
  readonly id: unknown;
  /** insert/replace: the document as written. */
  readonly document?: Document;
  readonly updateDescription?: Document;
}

interface ChangeStreamCursor {
  readonly kind: "changeStream";
  readonly db: string;
  /** undefined for a database-level stream. */
  readonly coll?: string;
  readonly collFilter?: ReadonlySet<string>;
  readonly updateLookup: boolean;
  /** Events strictly after this point are next. */
  position: ClusterTime;
  readonly ns: string;
}

interface FindCursor {
  readonly kind: "find";
  readonly ns: string;
  readonly remaining: Document[];
}

export interface ReceivedCommand {
  readonly name: string;
  readonly db: string;
  readonly body: Document;
}

export interface StandInOptions {
  /** @default "rs0" */
  readonly replicaSetName?: string;
  /** @default 21 (MongoDB 7.0) */
  readonly maxWireVersion?: number;
  /** Port to listen on. @default 0 (any) */
  readonly port?: number;
}

export class MongoWireStandIn {
  /** Every command received over OP_MSG, in order (the handshake excluded). */
  readonly commands: ReceivedCommand[] = [];
  /** Commands this stand-in does not implement, answered with CommandNotFound (59). */
  readonly unknownCommands: string[] = [];
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private readonly collections = new Map<string, Map<string, Document>>();
  private readonly oplog: OplogEntry[] = [];
  private readonly cursors = new Map<string, ChangeStreamCursor | FindCursor>();
  private readonly writes = new EventEmitter();
  private nextCursorId = 1000n;
  private clock: ClusterTime;
  /** Resume points before this are no longer in the oplog. */
  private historyStart: ClusterTime = { t: 0, i: 0 };
  private readonly processId = new ObjectId();
  private connections = 0;
  private listeningPort = 0;

  private constructor(private readonly options: StandInOptions) {
    this.clock = { t: Math.floor(Date.now() / 1000), i: 0 };
    this.writes.setMaxListeners(0);
  }

  static async start(options: StandInOptions = {}): Promise<MongoWireStandIn> {
    const standIn = new MongoWireStandIn(options);
    await standIn.start(options.port ?? 0);
    return standIn;
  }

  get port(): number {
    return this.listeningPort;
  }

  get host(): string {
    return `127.0.0.1:${this.listeningPort}`;
  }

  /** A URI for the driver: this member as the whole replica set, short timeouts for tests. */
  uri(database = "rocketchat", extra = ""): string {
    return `mongodb://${this.host}/${database}?replicaSet=${this.options.replicaSetName ?? "rs0"}&serverSelectionTimeoutMS=1500&heartbeatFrequencyMS=500${extra}`;
  }

  async start(port = this.listeningPort): Promise<void> {
    const server = net.createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.listeningPort = (server.address() as net.AddressInfo).port;
  }

  /** Unreachable from now on: open sockets are destroyed, new connections refused. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- data, as tests write it (the relay only reads) ----

  /** The current cluster time: the last write's. */
  get clusterTime(): ClusterTime {
    return { ...this.clock };
  }

  insert(db: string, coll: string, document: Document): ClusterTime {
    const docs = this.collection(db, coll);
    const key = idKey(document._id);
    if (docs.has(key)) throw new Error(`stand-in: duplicate _id ${key} in ${db}.${coll}`);
    docs.set(key, clone(document));
    return this.log({ op: "insert", db, coll, id: document._id, document: clone(document) });
  }

  /** `$set` of top-level fields, recorded as an `update` event. */
  update(db: string, coll: string, id: unknown, set: Document): ClusterTime {
    const docs = this.collection(db, coll);
    const current = docs.get(idKey(id));
    if (!current) throw new Error(`stand-in: no document ${idKey(id)} in ${db}.${coll}`);
    docs.set(idKey(id), { ...current, ...clone(set) });
    return this.log({ op: "update", db, coll, id, updateDescription: { updatedFields: clone(set), removedFields: [], truncatedArrays: [] } });
  }

  replace(db: string, coll: string, document: Document): ClusterTime {
    const docs = this.collection(db, coll);
    if (!docs.has(idKey(document._id))) throw new Error(`stand-in: no document ${idKey(document._id)} in ${db}.${coll}`);
    docs.set(idKey(document._id), clone(document));
    return this.log({ op: "replace", db, coll, id: document._id, document: clone(document) });
  }

  delete(db: string, coll: string, id: unknown): ClusterTime {
    const docs = this.collection(db, coll);
    if (!docs.delete(idKey(id))) throw new Error(`stand-in: no document ${idKey(id)} in ${db}.${coll}`);
    return this.log({ op: "delete", db, coll, id });
  }

  /**
   * The capped oplog rolled over: only the newest entry is kept (a real oplog is never empty), so
   * resuming from any earlier point fails with 286.
   */
  truncateOplog(): void {
    this.historyStart = this.clock;
    const kept = this.oplog.filter((entry) => compare(entry.ts, this.clock) >= 0);
    this.oplog.length = 0;
    this.oplog.push(...kept);
  }

  /** Connections accepted so far (handshakes). */
  get connectionCount(): number {
    return this.connections;
  }

  private collection(db: string, coll: string): Map<string, Document> {
    const ns = `${db}.${coll}`;
    let docs = this.collections.get(ns);
    if (!docs) {
      docs = new Map();
      this.collections.set(ns, docs);
    }
    return docs;
  }

  private log(entry: Omit<OplogEntry, "ts">): ClusterTime {
    this.clock = next(this.clock);
    this.oplog.push({ ...entry, ts: this.clock });
    this.writes.emit("write");
    return this.clock;
  }

  // ---- wire protocol ----

  private accept(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 4) {
        const length = buffered.readInt32LE(0);
        if (buffered.length < length) break;
        const message = buffered.subarray(0, length);
        buffered = buffered.subarray(length);
        this.handle(socket, message).catch((error) => {
          // A bug in the stand-in must surface in the test, not hang it.
          console.error("mongo wire stand-in:", error);
          socket.destroy();
        });
      }
    });
  }

  private async handle(socket: net.Socket, message: Buffer): Promise<void> {
    const requestId = message.readInt32LE(4);
    const opCode = message.readInt32LE(12);
    if (opCode === OP_QUERY) {
      // flags(4) fullCollectionName(cstring) numberToSkip(4) numberToReturn(4) query
      let offset = 20;
      const end = message.indexOf(0, offset);
      const collection = message.toString("utf8", offset, end);
      offset = end + 1 + 8;
      const query = deserialize(message.subarray(offset));
      const name = Object.keys(query)[0];
      if (collection !== "admin.$cmd" || !["ismaster", "isMaster", "hello"].includes(name)) {
        return this.send(socket, opReply(requestId, { ok: 0, code: 352, codeName: "UnsupportedOpQueryCommand", errmsg: `OP_QUERY ${name} is not supported` }));
      }
      this.connections += 1;
      return this.send(socket, opReply(requestId, this.helloReply()));
    }
    if (opCode !== OP_MSG) {
      socket.destroy();
      return;
    }
    const flagBits = message.readUInt32LE(16);
    let offset = 20;
    const end = flagBits & 1 ? message.length - 4 : message.length;
    let body: Document | undefined;
    while (offset < end) {
      const kind = message.readUInt8(offset);
      offset += 1;
      const size = message.readInt32LE(offset);
      if (kind === 0) body = deserialize(message.subarray(offset, offset + size));
      offset += size;
    }
    if (!body) return this.send(socket, opMsg(requestId, { ok: 0, errmsg: "no body section", code: 2 }));
    const name = Object.keys(body)[0];
    const db = String(body.$db ?? "admin");
    this.commands.push({ name, db, body });
    let reply: Document;
    try {
      reply = await this.command(name, db, body);
    } catch (error) {
      reply = error instanceof CommandError ? error.reply : { ok: 0, code: 1, codeName: "InternalError", errmsg: String(error) };
    }
    if (!socket.destroyed) this.send(socket, opMsg(requestId, { ...reply, operationTime: toTimestamp(this.clock) }));
  }

  private send(socket: net.Socket, bytes: Buffer): void {
    if (!socket.destroyed) socket.write(bytes);
  }

  private helloReply(): Document {
    return {
      helloOk: true,
      ismaster: true,
      isWritablePrimary: true,
      setName: this.options.replicaSetName ?? "rs0",
      setVersion: 1,
      hosts: [this.host],
      me: this.host,
      primary: this.host,
      electionId: this.processId,
      minWireVersion: 0,
      maxWireVersion: this.options.maxWireVersion ?? 21,
      logicalSessionTimeoutMinutes: 30,
      maxBsonObjectSize: 16777216,
      maxMessageSizeBytes: 48000000,
      maxWriteBatchSize: 100000,
      localTime: new Date(),
      connectionId: this.connections,
      ok: 1,
    };
  }

  private async command(name: string, db: string, body: Document): Promise<Document> {
    switch (name) {
      case "hello":
      case "ismaster":
      case "isMaster":
        return this.helloReply();
      case "ping":
      case "endSessions":
        return { ok: 1 };
      case "aggregate":
        return this.aggregate(db, body);
      case "find":
        return this.find(db, body);
      case "getMore":
        return this.getMore(body);
      case "killCursors": {
        const ids = (body.cursors as unknown[]).map(idString);
        const killed = ids.filter((id) => this.cursors.delete(id));
        return { cursorsKilled: killed.map(toLong), cursorsNotFound: ids.filter((id) => !killed.includes(id)).map(toLong), cursorsAlive: [], cursorsUnknown: [], ok: 1 };
      }
      default:
        this.unknownCommands.push(name);
        throw new CommandError({ ok: 0, code: 59, codeName: "CommandNotFound", errmsg: `no such command: '${name}'` });
    }
  }

  private aggregate(db: string, body: Document): Document {
    const pipeline = (body.pipeline ?? []) as Document[];
    const stage = pipeline[0]?.$changeStream as Document | undefined;
    if (!stage) throw new CommandError({ ok: 0, code: 40324, codeName: "Location40324", errmsg: "the stand-in only runs $changeStream pipelines" });
    const given = ["resumeAfter", "startAfter", "startAtOperationTime"].filter((option) => stage[option] !== undefined);
    if (given.length > 1) throw new CommandError({ ok: 0, code: 40674, codeName: "Location40674", errmsg: `Only one type of resume option is allowed, but multiple were found: ${given.join(", ")}` });
    let position: ClusterTime;
    if (stage.resumeAfter || stage.startAfter) {
      const token = (stage.resumeAfter ?? stage.startAfter) as { _data?: unknown };
      const point = typeof token._data === "string" ? parseToken(token._data) : undefined;
      if (!point) throw new CommandError({ ok: 0, code: 260, codeName: "InvalidResumeToken", errmsg: "resume token is not valid" });
      this.checkHistory(point);
      position = point;
    } else if (stage.startAtOperationTime) {
      const ts = stage.startAtOperationTime as Timestamp;
      const point = { t: ts.t, i: ts.i };
      this.checkHistory(point);
      // "at or after": start just before it.
      position = previous(point);
    } else {
      position = this.clock;
    }
    const collFilter = collFilterOf(pipeline.slice(1));
    const coll = body.aggregate === 1 ? undefined : String(body.aggregate);
    const ns = coll ? `${db}.${coll}` : `${db}.$cmd.aggregate`;
    const cursor: ChangeStreamCursor = { kind: "changeStream", db, coll, collFilter, updateLookup: stage.fullDocument === "updateLookup", position, ns };
    const batchSize = Number((body.cursor as Document | undefined)?.batchSize ?? 101);
    const { events, postBatchResumeToken } = this.drain(cursor, batchSize);
    const id = this.register(cursor);
    return { cursor: { firstBatch: events, postBatchResumeToken, id: toLong(id), ns }, ok: 1 };
  }

  private checkHistory(point: ClusterTime): void {
    if (compare(point, this.historyStart) < 0) {
      throw new CommandError({
        ok: 0,
        code: 286,
        codeName: "ChangeStreamHistoryLost",
        errmsg: "Resume of change stream was not possible, as the resume point may no longer be in the oplog.",
        errorLabels: ["NonResumableChangeStreamError"],
      });
    }
  }

  private async getMore(body: Document): Promise<Document> {
    const id = idString(body.getMore);
    const cursor = this.cursors.get(id);
    if (!cursor) throw new CommandError({ ok: 0, code: 43, codeName: "CursorNotFound", errmsg: `cursor id ${id} not found` });
    const batchSize = Number(body.batchSize ?? 101);
    if (cursor.kind === "find") {
      const batch = cursor.remaining.splice(0, batchSize);
      const done = cursor.remaining.length === 0;
      if (done) this.cursors.delete(id);
      return { cursor: { nextBatch: batch, id: toLong(done ? "0" : id), ns: cursor.ns }, ok: 1 };
    }
    let drained = this.drain(cursor, batchSize);
    if (drained.events.length === 0) {
      await this.waitForWrite(Math.min(Number(body.maxTimeMS ?? 1000), 1000));
      if (!this.cursors.has(id)) throw new CommandError({ ok: 0, code: 43, codeName: "CursorNotFound", errmsg: `cursor id ${id} not found` });
      drained = this.drain(cursor, batchSize);
    }
    return { cursor: { nextBatch: drained.events, postBatchResumeToken: drained.postBatchResumeToken, id: toLong(id), ns: cursor.ns }, ok: 1 };
  }

  private find(db: string, body: Document): Document {
    const coll = String(body.find);
    const filter = (body.filter ?? {}) as Document;
    if (Object.keys(filter).length > 0) throw new CommandError({ ok: 0, code: 2, codeName: "BadValue", errmsg: "the stand-in only runs whole-collection scans" });
    const all = [...this.collection(db, coll).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, doc]) => clone(doc));
    const batchSize = Number(body.batchSize ?? 101);
    const firstBatch = all.splice(0, batchSize);
    const ns = `${db}.${coll}`;
    const id = all.length > 0 ? this.register({ kind: "find", ns, remaining: all }) : "0";
    return { cursor: { firstBatch, id: toLong(id), ns }, ok: 1 };
  }

  private register(cursor: ChangeStreamCursor | FindCursor): string {
    const id = String(this.nextCursorId++);
    this.cursors.set(id, cursor);
    return id;
  }

  /** Events after the cursor's position, up to batchSize; moves the position to what was scanned. */
  private drain(cursor: ChangeStreamCursor, batchSize: number): { events: Document[]; postBatchResumeToken: Document } {
    const events: Document[] = [];
    let scanned = compare(cursor.position, this.clock) > 0 ? cursor.position : this.clock;
    for (const entry of this.oplog) {
      if (compare(entry.ts, cursor.position) <= 0) continue;
      if (events.length >= batchSize) {
        scanned = previous(entry.ts);
        break;
      }
      if (entry.db !== cursor.db || (cursor.coll && entry.coll !== cursor.coll) || (cursor.collFilter && !cursor.collFilter.has(entry.coll))) continue;
      events.push(this.changeEvent(entry, cursor.updateLookup));
    }
    cursor.position = compare(scanned, cursor.position) > 0 ? scanned : cursor.position;
    return { events, postBatchResumeToken: { _data: tokenOf(cursor.position) } };
  }

  private changeEvent(entry: OplogEntry, updateLookup: boolean): Document {
    const event: Document = {
      _id: { _data: tokenOf(entry.ts) },
      operationType: entry.op,
      clusterTime: toTimestamp(entry.ts),
      wallTime: new Date(entry.ts.t * 1000),
      ns: { db: entry.db, coll: entry.coll },
      documentKey: { _id: entry.id },
    };
    if (entry.op === "insert" || entry.op === "replace") event.fullDocument = clone(entry.document);
    if (entry.op === "update") {
      event.updateDescription = entry.updateDescription;
      // updateLookup reads the document as it is now, null once deleted (contract §1).
      if (updateLookup) event.fullDocument = clone(this.collection(entry.db, entry.coll).get(idKey(entry.id)) ?? null);
    }
    return event;
  }

  private waitForWrite(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.writes.off("write", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.writes.once("write", done);
    });
  }
}

class CommandError extends Error {
  constructor(readonly reply: Document) {
    super(String(reply.errmsg));
  }
}

function header(length: number, responseTo: number, opCode: number): Buffer {
  const bytes = Buffer.alloc(16);
  bytes.writeInt32LE(length, 0);
  bytes.writeInt32LE(Math.floor(Math.random() * 0x7fffffff), 4);
  bytes.writeInt32LE(responseTo, 8);
  bytes.writeInt32LE(opCode, 12);
  return bytes;
}

function opReply(responseTo: number, document: Document): Buffer {
  const doc = Buffer.from(serialize(document));
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(0, 0); // responseFlags
  fields.writeBigInt64LE(0n, 4); // cursorID
  fields.writeInt32LE(0, 12); // startingFrom
  fields.writeInt32LE(1, 16); // numberReturned
  return Buffer.concat([header(16 + 20 + doc.length, responseTo, OP_REPLY), fields, doc]);
}

function opMsg(responseTo: number, document: Document): Buffer {
  const doc = Buffer.from(serialize(document));
  const flags = Buffer.alloc(5); // flagBits 0, then section kind 0
  return Buffer.concat([header(16 + 5 + doc.length, responseTo, OP_MSG), flags, doc]);
}

function collFilterOf(stages: Document[]): ReadonlySet<string> | undefined {
  for (const stage of stages) {
    const match = stage.$match?.["ns.coll"];
    if (typeof match === "string") return new Set([match]);
    if (match && Array.isArray(match.$in)) return new Set(match.$in.map(String));
  }
  return undefined;
}

/** A deep copy through BSON, so ObjectId, Date, Timestamp... keep their types (structuredClone drops them). */
function clone<T>(document: T): T {
  if (document === null || document === undefined) return document;
  return deserialize(serialize(document as Document)) as T;
}

function idKey(id: unknown): string {
  if (id instanceof ObjectId) return `oid:${id.toHexString()}`;
  return typeof id === "string" ? id : JSON.stringify(id);
}

function idString(value: unknown): string {
  if (typeof value === "bigint" || typeof value === "number") return String(value);
  if (value instanceof Long) return value.toString();
  return String(value);
}

function toLong(id: string): Long {
  return Long.fromBigInt(BigInt(id));
}

function toTimestamp(ts: ClusterTime): Timestamp {
  return new Timestamp({ t: ts.t, i: ts.i });
}

/** Token `_data`: "82" + t + i in hex, so string order is time order (real tokens are opaque too). */
export function tokenOf(ts: ClusterTime): string {
  return `82${ts.t.toString(16).padStart(8, "0")}${ts.i.toString(16).padStart(8, "0")}`.toUpperCase();
}

export function parseToken(data: string): ClusterTime | undefined {
  const match = /^82([0-9A-F]{8})([0-9A-F]{8})$/i.exec(data);
  return match ? { t: parseInt(match[1], 16), i: parseInt(match[2], 16) } : undefined;
}

function compare(a: ClusterTime, b: ClusterTime): number {
  return a.t !== b.t ? a.t - b.t : a.i - b.i;
}

function next(ts: ClusterTime): ClusterTime {
  const now = Math.floor(Date.now() / 1000);
  return now > ts.t ? { t: now, i: 1 } : { t: ts.t, i: ts.i + 1 };
}

function previous(ts: ClusterTime): ClusterTime {
  return ts.i > 0 ? { t: ts.t, i: ts.i - 1 } : { t: ts.t - 1, i: 0xffffffff };
}

export { Binary };
