// The relay as deployed (the bundle in a Node process) with the real `mongodb` driver against the
// wire-protocol stand-in and the Pub/Sub REST stand-in. Each message is also decoded by the
// vectorize function's own decoder, so the two sides of the topic cannot drift apart.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ObjectId } from "bson";
import { RELAY_ENV } from "../../runtime/mongo-relay/contract";
import type { RelayChange } from "../../runtime/vectorize/contract";
import { MongoWireStandIn, parseToken as tokenTime } from "../support/mongo-wire-stand-in";
import { PubSubStandIn } from "../support/pubsub-stand-in";
import { RelayProcess, vectorizeEvents } from "./relay-harness";

const DB = "rocketchat";
const MESSAGES = "rocketchat_message";
const PROJECT = "acme-dev";
const TOPIC = "dev-mongo-changes";

describe("MongoDB change relay (bundle, real driver, wire stand-in)", () => {
  let mongo: MongoWireStandIn;
  let pubsub: PubSubStandIn;
  let key: string;
  let stateDir: string;
  const running: RelayProcess[] = [];

  beforeEach(async () => {
    mongo = await MongoWireStandIn.start();
    pubsub = await PubSubStandIn.start();
    pubsub.createTopic(PROJECT, TOPIC);
    key = pubsub.createServiceAccountKey(PROJECT);
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "mongo-relay-state-"));
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((relay) => relay.stop("SIGKILL")));
    await mongo.stop();
    await pubsub.stop();
  });

  async function startRelay(env: Record<string, string> = {}): Promise<RelayProcess> {
    const relay = await RelayProcess.start({ mongoUri: mongo.uri(), pubsubBaseUrl: pubsub.baseUrl, serviceAccountKeyJson: key, projectId: PROJECT, topic: TOPIC, stateDir, env });
    running.push(relay);
    return relay;
  }

  /** Waits until the relay follows the stream (its first aggregate answered and the position saved). */
  async function following(relay: RelayProcess): Promise<void> {
    await relay.waitFor(() => relay.savedPosition()?.resumeToken !== undefined, 10_000, "the first saved resume token");
  }

  async function published(relay: RelayProcess, count: number): Promise<void> {
    await relay.waitFor(() => pubsub.published.length >= count, 10_000, `${count} published messages (have ${pubsub.published.length})`);
  }

  const summary = (change: RelayChange) => `${change.operationType} ${change.documentId}`;

  it("publishes inserts, updates and deletes of the watched collection in order, as RelayChange JSON keyed by document id", async () => {
    const relay = await startRelay();
    await following(relay);
    const userId = new ObjectId("66a2f3c1e4b0a1b2c3d4e5f6");
    const ts = new Date("2023-02-09T13:35:59.484Z");
    // The vendor's example message (contract §5), with an ObjectId and a Date inside.
    mongo.insert(DB, MESSAGES, { _id: "8gMsLe9ApZjo2D2iB", rid: "GENERAL", msg: "hello", ts, u: { _id: userId, username: "rodriq" } });
    mongo.insert(DB, "rocketchat_room", { _id: "GENERAL", t: "c", name: "general" }); // not watched
    await published(relay, 1);
    const updatedAt = mongo.update(DB, MESSAGES, "8gMsLe9ApZjo2D2iB", { msg: "hello!", editedAt: new Date("2023-02-09T13:40:47.303Z") });
    await published(relay, 2);
    const deletedAt = mongo.delete(DB, MESSAGES, "8gMsLe9ApZjo2D2iB");
    await published(relay, 3);

    const changes = pubsub.changes<RelayChange>();
    expect(changes.map(summary)).toEqual(["insert 8gMsLe9ApZjo2D2iB", "update 8gMsLe9ApZjo2D2iB", "delete 8gMsLe9ApZjo2D2iB"]);
    expect(changes[0]).toEqual({
      operationType: "insert",
      collection: MESSAGES,
      documentId: "8gMsLe9ApZjo2D2iB",
      fullDocument: { _id: "8gMsLe9ApZjo2D2iB", rid: "GENERAL", msg: "hello", ts: "2023-02-09T13:35:59.484Z", u: { _id: "66a2f3c1e4b0a1b2c3d4e5f6", username: "rodriq" } },
      clusterTime: expect.objectContaining({ t: expect.any(Number), i: expect.any(Number) }),
    });
    expect(changes[1]).toMatchObject({ fullDocument: { msg: "hello!", editedAt: "2023-02-09T13:40:47.303Z" }, clusterTime: updatedAt });
    expect(changes[2]).toEqual({ operationType: "delete", collection: MESSAGES, documentId: "8gMsLe9ApZjo2D2iB", clusterTime: deletedAt });
    expect(pubsub.published.map((m) => m.orderingKey)).toEqual(["8gMsLe9ApZjo2D2iB", "8gMsLe9ApZjo2D2iB", "8gMsLe9ApZjo2D2iB"]);
    expect(new Set(pubsub.published.map((m) => m.topic))).toEqual(new Set([`projects/${PROJECT}/topics/${TOPIC}`]));

    // What the vectorize function makes of them (its push-request decoder): versions rise with the stream.
    const { decodePubsubEvent } = vectorizeEvents();
    const decoded = pubsub.published.map((m) =>
      decodePubsubEvent({ message: { data: Buffer.from(JSON.stringify(m.json)).toString("base64"), messageId: m.messageId }, subscription: "projects/acme-dev/subscriptions/vectorize" }),
    );
    expect(decoded.map((d) => d.documentPath)).toEqual([`${MESSAGES}/8gMsLe9ApZjo2D2iB`, `${MESSAGES}/8gMsLe9ApZjo2D2iB`, `${MESSAGES}/8gMsLe9ApZjo2D2iB`]);
    expect(decoded[2].data).toBeUndefined();
    expect([...decoded.map((d) => d.version)].sort()).toEqual(decoded.map((d) => d.version));
    expect(new Set(decoded.map((d) => d.version)).size).toBe(3);
    // One database-level stream, filtered on the server by collection, with the looked-up document.
    const aggregate = mongo.commands.find((c) => c.name === "aggregate")!;
    expect(aggregate.body.aggregate).toBe(1);
    expect(aggregate.body.pipeline).toEqual([{ $changeStream: expect.objectContaining({ fullDocument: "updateLookup" }) }, { $match: { "ns.coll": { $in: [MESSAGES] } } }]);
  });

  it("resumes after a restart from the saved token: changes made while it was stopped are published, none already published is repeated", async () => {
    const first = await startRelay();
    await following(first);
    mongo.insert(DB, MESSAGES, { _id: "a", msg: "1" });
    mongo.insert(DB, MESSAGES, { _id: "b", msg: "2" });
    await published(first, 2);
    expect(await first.stop("SIGTERM")).toBe(0);

    // Written while the relay is down.
    mongo.insert(DB, MESSAGES, { _id: "c", msg: "3" });
    mongo.update(DB, MESSAGES, "a", { msg: "1 edited" });
    mongo.delete(DB, MESSAGES, "b");

    const second = await startRelay();
    await published(second, 5);
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for a duplicate to show up
    expect(pubsub.changes<RelayChange>().map(summary)).toEqual(["insert a", "insert b", "insert c", "update a", "delete b"]);
    expect(second.logged("backfill started")).toEqual([]);
    const resumed = mongo.commands.filter((c) => c.name === "aggregate").at(-1)!;
    expect(resumed.body.pipeline[0].$changeStream.resumeAfter).toEqual(expect.objectContaining({ _data: expect.any(String) }));
  });

  it("keeps the saved position moving while the watched collection is quiet (post-batch token saved within 5 s)", async () => {
    const relay = await startRelay();
    await following(relay);
    const first = relay.savedPosition()!.resumeToken!._data;
    // Busy elsewhere (rooms), quiet in messages: the oplog moves on, and so must the saved point,
    // or a long quiet spell would leave it to fall off the oplog.
    const written = mongo.insert(DB, "rocketchat_room", { _id: "GENERAL", t: "c" });
    await relay.waitFor(() => relay.savedPosition()?.resumeToken?._data !== first, 8_000, "a newer saved token");
    expect(tokenTime(relay.savedPosition()!.resumeToken!._data)).toEqual(written);
    expect(pubsub.published).toEqual([]);
  });

  it("republishes at most the change in flight after a crash (SIGKILL), and loses none", async () => {
    const first = await startRelay();
    await following(first);
    for (let n = 0; n < 20; n++) mongo.insert(DB, MESSAGES, { _id: `m${String(n).padStart(2, "0")}`, n });
    await first.waitFor(() => pubsub.published.length >= 7, 10_000, "some publishes");
    await first.stop("SIGKILL");
    const second = await startRelay();
    await published(second, 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = pubsub.changes<RelayChange>().map((c) => c.documentId);
    const expected = Array.from({ length: 20 }, (_, n) => `m${String(n).padStart(2, "0")}`);
    expect([...new Set(ids)]).toEqual(expected);
    expect(ids.length - expected.length).toBeLessThanOrEqual(1);
  });

  it("backfills on first start: every existing document as a replace at the scan's start time, then streams from that time", async () => {
    mongo.insert(DB, MESSAGES, { _id: "old-1", msg: "before the relay" });
    mongo.insert(DB, MESSAGES, { _id: "old-2", msg: "also before" });
    const scanStart = mongo.clusterTime;
    const relay = await startRelay();
    await published(relay, 2);
    await following(relay);
    mongo.insert(DB, MESSAGES, { _id: "new-1", msg: "after" });
    await published(relay, 4);

    const changes = pubsub.changes<RelayChange>();
    // Backfill publishes overlap (any order among them); then the stream starts AT the scan's
    // start time (startAtOperationTime is inclusive), so the write at exactly that time (old-2's
    // insert) comes again: a duplicate, never a gap.
    expect(changes.slice(0, 2).map(summary).sort()).toEqual(["replace old-1", "replace old-2"]);
    expect(changes.slice(2).map(summary)).toEqual(["insert old-2", "insert new-1"]);
    expect(changes.find((c) => c.documentId === "old-1")).toEqual({ operationType: "replace", collection: MESSAGES, documentId: "old-1", fullDocument: { _id: "old-1", msg: "before the relay" }, clusterTime: scanStart });
    const aggregate = mongo.commands.find((c) => c.name === "aggregate")!;
    const startAt = aggregate.body.pipeline[0].$changeStream.startAtOperationTime;
    expect({ t: startAt.t, i: startAt.i }).toEqual(scanStart);
    expect(relay.logged("backfill started")).toHaveLength(1);
  });

  it("backfills a large collection with overlapping publishes, bounded, and loses no document", async () => {
    const ids = Array.from({ length: 300 }, (_, n) => `doc-${String(n).padStart(3, "0")}`);
    for (const id of ids) mongo.insert(DB, MESSAGES, { _id: id, msg: id });
    pubsub.latencyMs = 20;
    const relay = await startRelay();
    await published(relay, ids.length);
    await following(relay);
    // Every document once from the scan; the stream's inclusive start repeats only the last write (doc-299).
    const backfilled = pubsub.changes<RelayChange>().filter((c) => c.operationType === "replace");
    expect(backfilled.map((c) => c.documentId).sort()).toEqual(ids);
    expect(pubsub.changes<RelayChange>().filter((c) => c.operationType !== "replace").map(summary)).toEqual(["insert doc-299"]);
    expect(pubsub.stats.maxConcurrentPublishes).toBeGreaterThan(1);
    expect(pubsub.stats.maxConcurrentPublishes).toBeLessThanOrEqual(32);
    // The position is saved only once every scanned document was acknowledged.
    expect(relay.savedPosition()).toBeDefined();
  });

  it("publishes changes written while the backfill scan runs (the stream starts at the scan's start time)", async () => {
    const ids = Array.from({ length: 200 }, (_, n) => `doc-${String(n).padStart(3, "0")}`);
    for (const id of ids) mongo.insert(DB, MESSAGES, { _id: id, msg: id });
    pubsub.latencyMs = 20;
    const relay = await startRelay();
    await relay.waitFor(() => pubsub.published.length >= 1, 10_000, "the backfill to start publishing");
    // The stand-in's scan is a snapshot taken at `find`: these are visible to the stream only.
    mongo.insert(DB, MESSAGES, { _id: "during-scan", msg: "new" });
    mongo.update(DB, MESSAGES, "doc-000", { msg: "edited during the scan" });
    expect(relay.savedPosition()).toBeUndefined(); // the scan is still running
    await relay.waitFor(() => pubsub.changes<RelayChange>().some((c) => c.documentId === "doc-000" && c.operationType === "update"), 15_000, "the update made during the scan");
    const changes = pubsub.changes<RelayChange>();
    expect(changes.filter((c) => c.documentId === "during-scan").map(summary)).toEqual(["insert during-scan"]);
    expect(changes.find((c) => c.documentId === "doc-000" && c.operationType === "update")?.fullDocument).toEqual({ _id: "doc-000", msg: "edited during the scan" });
    expect(new Set(changes.filter((c) => c.operationType === "replace").map((c) => c.documentId)).size).toBe(ids.length);
  });

  it("backfills when the saved token fell off the oplog (286 ChangeStreamHistoryLost), then streams again", async () => {
    const first = await startRelay();
    await following(first);
    mongo.insert(DB, MESSAGES, { _id: "a", msg: "1" });
    await published(first, 1);
    await first.stop("SIGTERM");

    mongo.insert(DB, MESSAGES, { _id: "b", msg: "2" });
    mongo.update(DB, MESSAGES, "a", { msg: "1 edited" });
    mongo.truncateOplog(); // a long outage: the relay's point has left the capped oplog

    const second = await startRelay();
    await published(second, 3);
    await following(second);
    mongo.insert(DB, MESSAGES, { _id: "c", msg: "3" });
    await published(second, 5);

    const changes = pubsub.changes<RelayChange>();
    // "update a" is the write at exactly the scan's start time, streamed again (inclusive start).
    expect(changes[0]).toMatchObject({ operationType: "insert", documentId: "a" });
    expect(changes.slice(1, 3).map(summary).sort()).toEqual(["replace a", "replace b"]);
    expect(changes.slice(3).map(summary)).toEqual(["update a", "insert c"]);
    expect(changes.find((c) => c.operationType === "replace" && c.documentId === "a")?.fullDocument).toEqual({ _id: "a", msg: "1 edited" });
    expect(second.logged("the saved position cannot be resumed; backfilling")).toEqual([expect.objectContaining({ errorCode: 286 })]);
  });

  it("retries a failed publish with backoff, reports unhealthy meanwhile, and never saves a position past the unpublished change", async () => {
    const first = await startRelay({ [RELAY_ENV.healthStaleSec]: "1" });
    await following(first);
    mongo.insert(DB, MESSAGES, { _id: "a", msg: "1" });
    await published(first, 1);
    await first.waitFor(() => first.savedPosition()?.resumeToken?._data !== undefined, 5_000, "a saved token");
    pubsub.down();
    mongo.insert(DB, MESSAGES, { _id: "b", msg: "2" });
    await first.waitFor(() => first.logged("publish failed; retrying").length >= 3, 10_000, "three failed publishes");
    const heldPosition = first.savedPosition();
    const warnings = first.logged("publish failed; retrying");
    expect(warnings.length).toBeGreaterThanOrEqual(3);
    expect(warnings.every((w) => typeof w.waitMs === "number" && (w.waitMs as number) <= 1000)).toBe(true);
    await first.waitFor(async () => (await first.health()).status === 503, 5_000, "/healthz to answer 503 while publishes fail");
    expect((await first.health()).body.lastError).toEqual(expect.stringContaining("503"));
    // Crash while Pub/Sub is still failing: the saved point must be before b.
    await first.stop("SIGKILL");
    expect(pubsub.changes<RelayChange>().map(summary)).toEqual(["insert a"]);

    pubsub.up();
    const second = await startRelay();
    await published(second, 2);
    expect(pubsub.changes<RelayChange>().map(summary)).toEqual(["insert a", "insert b"]);
    await second.waitFor(() => second.savedPosition()?.resumeToken?._data !== heldPosition?.resumeToken?._data, 5_000, "the position to move past b");
  });

  it("reports unhealthy on /healthz while MongoDB is unreachable and healthy again once it is back", async () => {
    const relay = await startRelay({ [RELAY_ENV.healthStaleSec]: "2" });
    await following(relay);
    expect((await relay.health()).status).toBe(200);
    const port = mongo.port;
    await mongo.stop();
    await relay.waitFor(async () => (await relay.health()).status === 503, 15_000, "/healthz to answer 503");
    expect((await relay.health()).body).toMatchObject({ healthy: false });
    await mongo.start(port);
    await relay.waitFor(async () => (await relay.health()).status === 200, 15_000, "/healthz to answer 200 again");
    mongo.insert(DB, MESSAGES, { _id: "after-outage", msg: "x" });
    await published(relay, 1);
  });
});
