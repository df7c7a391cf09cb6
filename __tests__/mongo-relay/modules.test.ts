// The relay's small modules on their own: BSON → plain JSON, what is skipped, the state file,
// the backoff bounds, the settings, and the tie to the vectorize function's collections.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Binary, Decimal128, Long, ObjectId, Timestamp, UUID } from "bson";
import { Backoff } from "../../runtime/mongo-relay/backoff";
import { toRelayChange } from "../../runtime/mongo-relay/change";
import { RELAY_DEFAULTS, RELAY_ENV, RELAY_SECRET_FILE_ENV } from "../../runtime/mongo-relay/contract";
import { readSettings } from "../../runtime/mongo-relay/settings";
import { StateFile, StateFileError } from "../../runtime/mongo-relay/state";
import { MONGO_SOURCE_COLLECTIONS } from "../../runtime/vectorize/contract";

const WATCHED = new Set(["rocketchat_message"]);
const base = { ns: { db: "rocketchat", coll: "rocketchat_message" }, clusterTime: new Timestamp({ t: 1721955265, i: 3 }) };

describe("change conversion", () => {
  it("turns BSON values into the plain JSON values the vectorize function reads", () => {
    const conversion = toRelayChange(
      {
        ...base,
        operationType: "insert",
        documentKey: { _id: new ObjectId("66a2f3c1e4b0a1b2c3d4e5f6") },
        fullDocument: {
          _id: new ObjectId("66a2f3c1e4b0a1b2c3d4e5f6"),
          ts: new Date("2024-07-26T00:54:25.512Z"),
          big: Long.fromString("9007199254740993"),
          small: Long.fromNumber(42),
          price: Decimal128.fromString("19.99"),
          uuid: new UUID("0e8a1b8e-8a8b-4c7e-9a3e-2d7b6b1c9f00"),
          blob: new Binary(Buffer.from("hi")),
          at: new Timestamp({ t: 5, i: 6 }),
          list: [new Date(0), null],
        },
      },
      WATCHED,
    );
    expect(conversion).toEqual({
      kind: "publish",
      change: {
        operationType: "insert",
        collection: "rocketchat_message",
        documentId: "66a2f3c1e4b0a1b2c3d4e5f6",
        clusterTime: { t: 1721955265, i: 3 },
        fullDocument: {
          _id: "66a2f3c1e4b0a1b2c3d4e5f6",
          ts: "2024-07-26T00:54:25.512Z",
          big: "9007199254740993",
          small: 42,
          price: "19.99",
          uuid: "0e8a1b8e-8a8b-4c7e-9a3e-2d7b6b1c9f00",
          blob: "aGk=",
          at: { t: 5, i: 6 },
          list: ["1970-01-01T00:00:00.000Z", null],
        },
      },
    });
  });

  it("skips an update whose looked-up document is null (deleted since; its delete event follows)", () => {
    expect(toRelayChange({ ...base, operationType: "update", documentKey: { _id: "m1" }, fullDocument: null }, WATCHED)).toMatchObject({ kind: "skip" });
  });

  it("skips operation types that change no document, and collections it does not watch", () => {
    expect(toRelayChange({ ...base, operationType: "drop" }, WATCHED)).toMatchObject({ kind: "skip", reason: expect.stringContaining("drop") });
    expect(toRelayChange({ ...base, operationType: "createIndexes" }, WATCHED)).toMatchObject({ kind: "skip" });
    expect(toRelayChange({ ...base, ns: { db: "rocketchat", coll: "users" }, operationType: "delete", documentKey: { _id: "u1" } }, WATCHED)).toMatchObject({ kind: "skip" });
  });

  it("publishes a delete with the id and time only", () => {
    expect(toRelayChange({ ...base, operationType: "delete", documentKey: { _id: "m1" } }, WATCHED)).toEqual({
      kind: "publish",
      change: { operationType: "delete", collection: "rocketchat_message", documentId: "m1", clusterTime: { t: 1721955265, i: 3 } },
    });
  });
});

describe("state file", () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "relay-state-"));

  it("keeps a saved position across instances and leaves no temporary file behind", async () => {
    const folder = dir();
    const file = path.join(folder, "sub", "state.json");
    await new StateFile(file).save({ resumeToken: { _data: "8266A2F3C1" } });
    expect(await new StateFile(file).load()).toMatchObject({ resumeToken: { _data: "8266A2F3C1" } });
    expect(fs.readdirSync(path.dirname(file))).toEqual(["state.json"]);
  });

  it("answers undefined on first start (no file)", async () => {
    expect(await new StateFile(path.join(dir(), "state.json")).load()).toBeUndefined();
  });

  it("rejects a corrupt state file instead of silently backfilling", async () => {
    const file = path.join(dir(), "state.json");
    fs.writeFileSync(file, "{\"resumeToken\": 42}");
    await expect(new StateFile(file).load()).rejects.toThrow(StateFileError);
    fs.writeFileSync(file, "not json");
    await expect(new StateFile(file).load()).rejects.toThrow(/delete it to backfill/);
  });
});

describe("backoff", () => {
  it("doubles its ceiling from the initial wait up to the cap, and starts over after a reset", () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000, random: () => 0.999999 });
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([99, 199, 399, 799, 999, 999]);
    backoff.reset();
    expect(backoff.next()).toBe(99);
  });

  it("spreads waits with full jitter (a random fraction of the ceiling)", () => {
    expect(new Backoff({ initialMs: 1000, maxMs: 60000, random: () => 0.25 }).next()).toBe(250);
  });
});

describe("settings and contract", () => {
  it("watches by default exactly the collections the vectorize function maps", () => {
    expect([...RELAY_DEFAULTS.mongoCollections]).toEqual([...MONGO_SOURCE_COLLECTIONS]);
  });

  it("rejects missing settings, naming each variable and never a secret's content", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "relay-settings-"));
    fs.writeFileSync(path.join(folder, "uri"), "postgres://user:hunter2@db/x");
    let message = "";
    try {
      readSettings({ [RELAY_SECRET_FILE_ENV.mongoUri]: path.join(folder, "uri"), [RELAY_ENV.healthPort]: "eighty" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(RELAY_ENV.gcpProjectId);
    expect(message).toContain(RELAY_ENV.pubsubTopic);
    expect(message).toContain(RELAY_SECRET_FILE_ENV.serviceAccountKey);
    expect(message).toContain(RELAY_ENV.healthPort);
    expect(message).toContain("does not hold a mongodb:// URI");
    expect(message).not.toContain("hunter2");
  });
});
