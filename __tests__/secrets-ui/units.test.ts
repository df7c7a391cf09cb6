// The Secrets UI's pure pieces, without servers: sealed cookies, fingerprints, configuration
// errors, input checks, and the KV client's reading of Cloudflare's envelope.
// runtime/lib/google-auth.ts imports an ESM-only JWT library that jest (CommonJS, Node 20) cannot
// load; nothing here signs a token, so a stub keeps the import chain loadable.
jest.mock("@tsndr/cloudflare-worker-jwt", () => ({ __esModule: true, default: {} }));
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../runtime/secrets-ui/config";
import { ENV, webhookIngestSecrets } from "../../runtime/secrets-ui/contract";
import { KvApiError, KvClient } from "../../runtime/secrets-ui/kv";
import { checkSecretName, checkSecretValue, InputError } from "../../runtime/secrets-ui/secrets";
import { Sealer } from "../../runtime/secrets-ui/session";

const SECRET = Buffer.from("0123456789abcdef0123456789abcdef-session");

describe("sealed cookies", () => {
  const sealer = new Sealer(SECRET);

  it("opens what it sealed, for the same purpose, before it expires", () => {
    const sealed = sealer.seal("session", { sub: "alice" }, 2000);
    expect(sealer.open("session", sealed, 1000)).toEqual({ sub: "alice" });
    expect(sealed).not.toContain("alice");
  });

  it("rejects an expired cookie, one sealed for another purpose, one sealed under another secret, and a flipped bit", () => {
    const sealed = sealer.seal("session", { sub: "alice" }, 2000);
    expect(sealer.open("session", sealed, 2000)).toBeUndefined();
    expect(sealer.open("login", sealed, 1000)).toBeUndefined();
    expect(new Sealer(Buffer.from("another-secret-another-secret-another")).open("session", sealed, 1000)).toBeUndefined();
    const raw = Buffer.from(sealed, "base64url");
    raw[raw.length - 1] ^= 1;
    expect(sealer.open("session", raw.toString("base64url"), 1000)).toBeUndefined();
  });

  it("refuses a session secret shorter than 32 bytes", () => {
    expect(() => new Sealer(Buffer.from("short"))).toThrow(/at least 32 bytes/);
  });

  it("fingerprints values with a key: stable per secret, different under another secret, never the value", () => {
    const fingerprint = sealer.fingerprint("tok_123");
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){5}$/);
    expect(sealer.fingerprint("tok_123")).toBe(fingerprint);
    expect(new Sealer(Buffer.from("another-secret-another-secret-another")).fingerprint("tok_123")).not.toBe(fingerprint);
  });
});

describe("configuration", () => {
  it("fails with every missing or bad variable named, and no secret value in the message", () => {
    let message = "";
    try {
      loadConfig({ [ENV.sessionSecret]: "too-short-secret-value", [ENV.publicOrigin]: "https://secrets.example.com/path", [ENV.cloudflareApiToken]: "cf-token-value-1234", [ENV.workers]: JSON.stringify([{ id: "Bad Id", namespaceId: "", secrets: [{ key: "a/b" }] }]) });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of [ENV.environment, ENV.oidcIssuer, ENV.oidcClientId, ENV.oidcAllowedGroup, ENV.cloudflareAccountId, ENV.firestoreProjectId, ENV.googleServiceAccountKey]) expect(message).toContain(`${name} is not set`);
    expect(message).toContain(`${ENV.sessionSecret} must have at least 32 characters`);
    expect(message).toContain(`${ENV.publicOrigin} must be an origin`);
    expect(message).toContain('worker id "Bad Id"');
    expect(message).toContain('key "a/b"');
    expect(message).not.toMatch(/too-short-secret-value|cf-token-value-1234/);
  });

  it("refuses a re-check interval above five minutes", () => {
    expect(() => loadConfig({ [ENV.sessionRecheckSeconds]: "301" })).toThrow(`${ENV.sessionRecheckSeconds} must be between 0 and 300`);
  });
});

describe("input checks", () => {
  const worker = { id: "aircall-ingest", title: "Aircall ingest Worker", namespaceId: "ns", secrets: webhookIngestSecrets() };

  it.each([
    ["an empty name", "", "the secret name is empty"],
    ["a 513-byte name", "a".repeat(513), "longer than 512 bytes"],
    ["a name with a space", "web hook", "has characters outside"],
    ["a name with a slash", "webhook/secret", "has characters outside"],
    ["a name the Worker does not read", "unknown-key", "is not a secret the Aircall ingest Worker reads"],
  ])("rejects %s", (_what, name, message) => {
    expect(() => checkSecretName(worker, name)).toThrow(InputError);
    expect(() => checkSecretName(worker, name)).toThrow(message);
  });

  it("rejects values without quoting them", () => {
    const multi = checkSecretName(worker, "webhook-secret");
    const single = checkSecretName(worker, "admin-secret");
    for (const [secret, value, message] of [
      [single, "", "empty"],
      [single, "x".repeat(16_385), "larger than 16 KiB"],
      [single, "line1\u0007", "control characters"],
      [single, " hidden-space", "whitespace"],
      [multi, "one,two", "spaces or commas"],
    ] as const) {
      let thrown: Error | undefined;
      try {
        checkSecretValue(secret, value);
      } catch (error) {
        thrown = error as Error;
      }
      expect(thrown?.message).toContain(message);
      if (value) expect(thrown?.message).not.toContain(value);
    }
    expect(checkSecretValue(single, "admin secret with inner spaces")).toBe("admin secret with inner spaces");
  });
});

describe("KV client", () => {
  let server: Server;
  let answer: { status: number; body: string } = { status: 200, body: "" };
  let client: KvClient;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    client = new KvClient({ accountId: "acc", apiToken: "t", baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`, timeoutMs: 2000 });
  });
  afterAll(() => server.close());

  it("reads a missing key (404, code 10009) as null", async () => {
    answer = { status: 404, body: JSON.stringify({ success: false, errors: [{ code: 10009, message: "get: 'key not found'" }], messages: [], result: null }) };
    await expect(client.getValue("ns", "k")).resolves.toBeNull();
  });

  it.each([
    [403, 10000, "Authentication error", "lacks Workers KV Storage Edit"],
    [404, 10013, "namespace not found", "namespace id or account id is wrong"],
    [429, 10048, "Too Many Requests", "rate limit"],
  ])("turns HTTP %i code %i into an error with Cloudflare's message and a hint", async (status, code, message, hint) => {
    answer = { status, body: JSON.stringify({ success: false, errors: [{ code, message }], messages: [], result: null }) };
    const error = await client.putValue("ns", "k", "v", {}).catch((e) => e);
    expect(error).toBeInstanceOf(KvApiError);
    expect(error.message).toContain(`${code} ${message}`);
    expect(error.message).toContain(hint);
  });

  it("reports an answer that is not Cloudflare's envelope by status only", async () => {
    answer = { status: 502, body: "<html>bad gateway secret-page-body</html>" };
    const error = await client.deleteValue("ns", "k").catch((e) => e);
    expect(error.message).toBe("Cloudflare KV delete value failed (HTTP 502)");
  });

  it("follows list cursors until the cursor is empty, through empty pages", async () => {
    const pages = [
      { result: [{ name: "a" }], result_info: { cursor: "c1" } },
      { result: [], result_info: { cursor: "c2" } },
      { result: [{ name: "b", metadata: { v: 1 } }], result_info: { cursor: "" } },
    ];
    let i = 0;
    server.removeAllListeners("request");
    server.on("request", (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ success: true, errors: [], messages: [], ...pages[i++] }));
    });
    await expect(client.listKeys("ns")).resolves.toEqual([{ name: "a" }, { name: "b", metadata: { v: 1 } }]);
  });
});
