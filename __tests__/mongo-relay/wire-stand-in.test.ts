// The wire stand-in itself, driven by the real `mongodb` driver: if the driver stops accepting
// it (a handshake field, a reply shape), these fail before the relay tests do.
import { MongoClient, MongoServerError, Timestamp } from "mongodb";
import { MongoWireStandIn } from "../support/mongo-wire-stand-in";

const DB = "rocketchat";
const COLL = "rocketchat_message";

describe("MongoDB wire stand-in with the real driver", () => {
  let standIn: MongoWireStandIn;
  let client: MongoClient;

  beforeEach(async () => {
    standIn = await MongoWireStandIn.start();
    client = new MongoClient(standIn.uri());
    await client.connect();
  });

  afterEach(async () => {
    await client.close();
    await standIn.stop();
  });

  it("answers ping with the cluster time as operationTime, as a replica-set primary does", async () => {
    const written = standIn.insert(DB, COLL, { _id: "m1", msg: "hello" });
    const reply = await client.db(DB).command({ ping: 1 });
    expect(reply.ok).toBe(1);
    expect(reply.operationTime).toBeInstanceOf(Timestamp);
    expect({ t: reply.operationTime.t, i: reply.operationTime.i }).toEqual(written);
  });

  it("streams inserts, updates (with the looked-up document) and deletes in oplog order", async () => {
    const stream = client.db(DB).watch([{ $match: { "ns.coll": { $in: [COLL] } } }], { fullDocument: "updateLookup", maxAwaitTimeMS: 200 });
    expect(await stream.tryNext()).toBeNull(); // opens the cursor at "now"
    standIn.insert(DB, COLL, { _id: "m1", msg: "hello" });
    standIn.insert(DB, "rocketchat_room", { _id: "GENERAL", t: "c" });
    standIn.update(DB, COLL, "m1", { msg: "hello!" });
    standIn.delete(DB, COLL, "m1");
    const events = [await stream.next(), await stream.next(), await stream.next()];
    expect(events.map((e) => e.operationType)).toEqual(["insert", "update", "delete"]);
    expect(events[0]).toMatchObject({ ns: { db: DB, coll: COLL }, documentKey: { _id: "m1" }, fullDocument: { _id: "m1", msg: "hello" } });
    // Looked up after the delete: null, as the server answers.
    expect((events[1] as { fullDocument?: unknown }).fullDocument).toBeNull();
    expect(standIn.commands.find((c) => c.name === "aggregate")?.body.pipeline[0].$changeStream).toMatchObject({ fullDocument: "updateLookup" });
    await stream.close();
    expect(standIn.commands.some((c) => c.name === "killCursors")).toBe(true);
  });

  it("resumes after a token and rejects one from before the kept oplog window with 286 NonResumableChangeStreamError", async () => {
    standIn.insert(DB, COLL, { _id: "a", msg: "1" });
    const stream = client.db(DB).watch([], { startAtOperationTime: new Timestamp(standIn.clusterTime), maxAwaitTimeMS: 100 });
    const first = (await stream.next()) as { documentKey?: unknown };
    expect(first.documentKey).toEqual({ _id: "a" });
    const token = stream.resumeToken;
    await stream.close();
    standIn.insert(DB, COLL, { _id: "b", msg: "2" });
    const resumed = client.db(DB).watch([], { resumeAfter: token, maxAwaitTimeMS: 100 });
    expect(((await resumed.next()) as { documentKey?: unknown }).documentKey).toEqual({ _id: "b" });
    await resumed.close();

    standIn.insert(DB, COLL, { _id: "c", msg: "3" });
    standIn.truncateOplog();
    const lost = client.db(DB).watch([], { resumeAfter: token, maxAwaitTimeMS: 100 });
    const error = await lost.tryNext().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MongoServerError);
    expect((error as MongoServerError).code).toBe(286);
    expect((error as MongoServerError).hasErrorLabel("NonResumableChangeStreamError")).toBe(true);
    await lost.close();
  });

  it("scans a collection in _id order across getMore batches", async () => {
    for (let n = 0; n < 25; n++) standIn.insert(DB, COLL, { _id: `m${String(n).padStart(2, "0")}`, n });
    const docs = await client.db(DB).collection(COLL).find({}, { sort: { _id: 1 }, batchSize: 10 }).toArray();
    expect(docs.map((d) => d._id)).toEqual(Array.from({ length: 25 }, (_, n) => `m${String(n).padStart(2, "0")}`));
    expect(standIn.commands.filter((c) => c.name === "getMore").length).toBeGreaterThanOrEqual(2);
    expect(standIn.unknownCommands).toEqual([]);
  });
});
