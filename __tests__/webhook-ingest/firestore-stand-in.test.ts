/**
 * The Firestore / OAuth stand-in keeps the vendor contract (firestore.md) — other runtimes rely
 * on it too — and the runtime's Firestore REST client works against it from Node.
 */
import { createSign, generateKeyPairSync } from "node:crypto";
import { beginTransaction, FirestoreRestClient, getDocument, rollback, toFields } from "../../runtime/lib/firestore-rest";
import { FirestoreStandIn, type ServiceAccountJson } from "../support/firestore-stand-in";

let standIn: FirestoreStandIn;
let account: ServiceAccountJson;

beforeAll(async () => {
  standIn = await FirestoreStandIn.start();
  account = standIn.createServiceAccount({ projectId: "p" });
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

function jwt(privateKeyPem: string, claims: Record<string, unknown>, kid = account.private_key_id): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode({ alg: "RS256", typ: "JWT", kid })}.${encode(claims)}`;
  return `${unsigned}.${createSign("RSA-SHA256").update(unsigned).sign(privateKeyPem).toString("base64url")}`;
}

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: account.client_email, aud: standIn.tokenUrl, scope: "https://www.googleapis.com/auth/datastore", iat: now, exp: now + 3600, ...overrides };
}

async function exchange(assertion: string) {
  const response = await fetch(standIn.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

async function token(): Promise<string> {
  return (await exchange(jwt(account.private_key, claims()))).json.access_token;
}

async function api(method: string, path: string, body?: unknown, bearer?: string) {
  const response = await fetch(`${standIn.baseUrl}/${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer ?? (await token())}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const DB = "projects/p/databases/(default)";
const name = (path: string) => `${DB}/documents/${path}`;

describe("Firestore stand-in: OAuth token endpoint", () => {
  test("grants an access token for an RS256 JWT signed with the service account's key", async () => {
    const { status, json } = await exchange(jwt(account.private_key, claims()));
    expect(status).toBe(200);
    expect(json).toMatchObject({ access_token: expect.stringMatching(/^ya29\./), expires_in: 3599, token_type: "Bearer" });
  });

  test.each([
    ["signed with another key", () => jwt(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString(), claims())],
    ["for another audience", () => jwt(account.private_key, claims({ aud: "https://oauth2.googleapis.com/token" }))],
    ["valid for more than an hour", () => jwt(account.private_key, claims({ exp: Math.floor(Date.now() / 1000) + 7200 }))],
    ["already expired", () => jwt(account.private_key, claims({ iat: 1, exp: 2 }))],
    ["without a Firestore scope", () => jwt(account.private_key, claims({ scope: "https://www.googleapis.com/auth/pubsub" }))],
    ["with a tampered payload", () => {
      const [h, , s] = jwt(account.private_key, claims()).split(".");
      return `${h}.${Buffer.from(JSON.stringify(claims({ iss: "evil@example.com" }))).toString("base64url")}.${s}`;
    }],
  ])("rejects a JWT %s with 400 invalid_grant", async (_name, make) => {
    const { status, json } = await exchange(make());
    expect(status).toBe(400);
    expect(json.error).toBe("invalid_grant");
    expect(standIn.stats.tokenGrants).toBe(0);
  });

  test("rejects Firestore calls without a valid bearer token with 401 UNAUTHENTICATED", async () => {
    const { status, json } = await api("POST", `${DB}/documents:batchGet`, { documents: [name("c/1")] }, "ya29.forged");
    expect(status).toBe(401);
    expect(json).toEqual({ error: { code: 401, message: expect.any(String), status: "UNAUTHENTICATED" } });
  });
});

describe("Firestore stand-in: documents", () => {
  test("enforces currentDocument preconditions with Firestore's error codes", async () => {
    const create = { writes: [{ update: { name: name("c/1"), fields: { a: { integerValue: "1" } } }, currentDocument: { exists: false } }] };
    const first = await api("POST", `${DB}/documents:commit`, create);
    expect(first.status).toBe(200);
    expect(first.json.writeResults[0].updateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect((await api("POST", `${DB}/documents:commit`, create)).json.error).toMatchObject({ code: 409, status: "ALREADY_EXISTS" });
    const missing = await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/2"), fields: {} }, currentDocument: { exists: true } }] });
    expect(missing.json.error).toMatchObject({ code: 404, status: "NOT_FOUND" });
    const stale = await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: {} }, currentDocument: { updateTime: "2020-01-01T00:00:00.000001Z" } }] });
    expect(stale.status).toBe(400);
    expect(stale.json.error).toMatchObject({ status: "FAILED_PRECONDITION", message: expect.stringContaining("does not match the required base version") });
    const current = await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: { a: { integerValue: "2" } } }, currentDocument: { updateTime: first.json.writeResults[0].updateTime } }] });
    expect(current.status).toBe(200);
  });

  test("applies a commit atomically: one failed precondition writes nothing", async () => {
    await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: {} } }] });
    const result = await api("POST", `${DB}/documents:commit`, {
      writes: [{ update: { name: name("c/new"), fields: {} } }, { update: { name: name("c/1"), fields: {} }, currentDocument: { exists: false } }],
    });
    expect(result.status).toBe(409);
    expect(standIn.document("c/new")).toBeUndefined();
  });

  test("replaces only masked fields, deletes masked fields absent from the body, and applies transforms", async () => {
    await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: toFields({ keep: 1, drop: 2, change: 3, n: 5 }) } }] });
    await api("POST", `${DB}/documents:commit`, {
      writes: [
        {
          update: { name: name("c/1"), fields: toFields({ change: 4, "odd-name": true }) },
          updateMask: { fieldPaths: ["change", "drop", "`odd-name`"] },
          updateTransforms: [
            { fieldPath: "n", increment: { integerValue: "2" } },
            { fieldPath: "at", setToServerValue: "REQUEST_TIME" },
          ],
        },
      ],
    });
    expect(standIn.data("c/1")).toEqual({ keep: 1, change: 4, "odd-name": true, n: 7, at: expect.stringMatching(/Z$/) });
  });

  test("rejects malformed values and names with 400 INVALID_ARGUMENT", async () => {
    for (const fields of [{ a: { integerValue: 5 } }, { a: { stringValue: "x", integerValue: "1" } }, { a: { arrayValue: { values: [{ arrayValue: {} }] } } }, { __reserved__: { nullValue: null } }]) {
      const { status, json } = await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields } }] });
      expect(status).toBe(400);
      expect(json.error.status).toBe("INVALID_ARGUMENT");
    }
    expect((await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1/sub"), fields: {} } }] })).json.error.status).toBe("INVALID_ARGUMENT");
  });

  test("aborts a transaction whose reads changed before it committed", async () => {
    await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: {} } }] });
    const { json: begun } = await api("POST", `${DB}/documents:beginTransaction`, {});
    await api("POST", `${DB}/documents:batchGet`, { documents: [name("c/1")], transaction: begun.transaction });
    await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: toFields({ other: 1 }) } }] });
    const result = await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: toFields({ mine: 1 }) } }], transaction: begun.transaction });
    expect(result.json.error).toMatchObject({ code: 409, status: "ABORTED" });
  });

  test("serves get, create, patch, delete, list and a simple query", async () => {
    const created = await api("POST", `${DB}/documents/c?documentId=x`, { fields: toFields({ kind: "a", n: 1 }) });
    expect(created.json.name).toBe(name("c/x"));
    await api("PATCH", `${DB}/documents/c/y?updateMask.fieldPaths=kind`, { fields: toFields({ kind: "b", ignored: 1 }) });
    expect((await api("GET", `${DB}/documents/c/y`)).json.fields).toEqual({ kind: { stringValue: "b" } });
    expect((await api("GET", `${DB}/documents/c`)).json.documents).toHaveLength(2);
    const query = await api("POST", `${DB}/documents:runQuery`, { structuredQuery: { from: [{ collectionId: "c" }], where: { fieldFilter: { field: { fieldPath: "kind" }, op: "EQUAL", value: { stringValue: "a" } } } } });
    expect(query.json.map((r: any) => r.document?.name)).toEqual([name("c/x")]);
    await api("DELETE", `${DB}/documents/c/x`);
    expect((await api("GET", `${DB}/documents/c/x`)).json.error).toMatchObject({ code: 404, status: "NOT_FOUND" });
  });
});

describe("Firestore stand-in: fault injection", () => {
  test("answers 503 UNAVAILABLE during an outage and recovers after it", async () => {
    standIn.outage(150);
    expect((await api("POST", `${DB}/documents:batchGet`, { documents: [name("c/1")] })).json.error).toMatchObject({ code: 503, status: "UNAVAILABLE" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await api("POST", `${DB}/documents:batchGet`, { documents: [name("c/1")] })).status).toBe(200);
  });

  test("fails writes before applying them, or applies them and loses the answer", async () => {
    standIn.failWrites(1, { when: "before" });
    expect((await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: {} } }] })).status).toBe(503);
    expect(standIn.document("c/1")).toBeUndefined();
    standIn.failWrites(1, { when: "after" });
    expect((await api("POST", `${DB}/documents:commit`, { writes: [{ update: { name: name("c/1"), fields: {} } }] })).status).toBe(503);
    expect(standIn.document("c/1")).toBeDefined();
    expect(standIn.stats).toMatchObject({ injectedFailures: 1, injectedLostAnswers: 1 });
  });
});

describe("runtime Firestore REST client against the stand-in", () => {
  test("reads, commits with preconditions and surfaces typed errors", async () => {
    const bearer = await token();
    const client = new FirestoreRestClient({ projectId: "p", baseUrl: standIn.baseUrl, accessToken: async () => bearer });
    expect((await client.batchGet(["c/1"])).get("c/1")).toBeNull();
    await client.commit([{ update: { name: client.documentName("c/1"), fields: toFields({ a: 1 }) }, currentDocument: { exists: false } }]);
    const doc = (await client.batchGet(["c/1"])).get("c/1")!;
    expect(doc.fields).toEqual({ a: { integerValue: "1" } });
    await expect(client.commit([{ update: { name: client.documentName("c/1"), fields: {} }, currentDocument: { exists: false } }])).rejects.toMatchObject({ status: 409, code: "ALREADY_EXISTS", isConflict: true });
    expect(await getDocument(client, "c/1")).toMatchObject({ name: client.documentName("c/1") });
    expect(await getDocument(client, "c/none")).toBeNull();
    const tx = await beginTransaction(client);
    await rollback(client, tx);
  });

  test("fetches a new token once when the API answers 401", async () => {
    let calls = 0;
    let invalidated = 0;
    const good = await token();
    const client = new FirestoreRestClient({ projectId: "p", baseUrl: standIn.baseUrl, accessToken: async () => (calls++ === 0 ? "ya29.expired" : good), onUnauthenticated: () => invalidated++ });
    expect((await client.batchGet(["c/1"])).get("c/1")).toBeNull();
    expect([calls, invalidated]).toEqual([2, 1]);
  });
});
