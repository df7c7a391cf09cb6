/**
 * The agent accepts only a Google-signed identity token (RS256, from the JWKS) for its own
 * audience whose verified email is the backup function's service account. The JWKS here is a
 * local RSA key served over HTTP; the agent is the deployable bundle.
 */
import { generateKeyPairSync } from "node:crypto";
import { BACKUP_AGENT_ROUTES } from "../../runtime/backup-agent/contract";
import { AgentProcess, AUDIENCE, BUCKET, CALLER, type IdentityStandIn, type S3World, startIdentityStandIn } from "../support/backup-harness";

describe("backup agent authentication", () => {
  let identity: IdentityStandIn;
  let agent: AgentProcess;

  beforeAll(async () => {
    identity = await startIdentityStandIn();
    // Nothing here reaches S3: an accepted request to verify a missing key answers 404 after auth.
    const s3 = { endpoint: "http://127.0.0.1:9", accessKeyId: "unused", secretAccessKey: "unused" } as S3World;
    agent = await AgentProcess.start({
      s3,
      bucket: BUCKET,
      identity,
      audience: AUDIENCE,
      callerEmail: CALLER,
      recipients: ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"],
      jobs: [{ name: "random", kind: "command", argv: ["head", "-c", "10", "/dev/zero"] }],
    });
  }, 30_000);

  afterAll(async () => {
    await agent?.stop();
    await identity?.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const call = (token?: string) => agent.post(BACKUP_AGENT_ROUTES.job("random"), { runId: "auth-run", tier: "daily" }, token);

  it("accepts the backup function's token for the agent's audience", async () => {
    const result = await agent.post(BACKUP_AGENT_ROUTES.verify, { key: "daily/none" }, identity.googleToken(CALLER, AUDIENCE));
    expect(result.status).toBe(404); // past authentication; the object does not exist
  });

  it("answers /healthz without a token, and says nothing else there", async () => {
    const response = await fetch(agent.url + BACKUP_AGENT_ROUTES.health);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("rejects a request without a token", async () => {
    expect(await call()).toMatchObject({ status: 401, body: { error: "unauthenticated" } });
  });

  it("rejects a token that is not a JWT", async () => {
    expect((await call("not-a-jwt")).status).toBe(401);
  });

  it("rejects an expired token (beyond the 30 s clock tolerance)", async () => {
    const token = identity.googleToken(CALLER, AUDIENCE, { iat: now() - 3700, exp: now() - 100 });
    expect(await call(token)).toMatchObject({ status: 401, body: { error: "unauthenticated" } });
  });

  it("rejects a token for another audience", async () => {
    const token = identity.googleToken(CALLER, "https://backup-agent.example.com.attacker.example");
    expect((await call(token)).status).toBe(401);
  });

  it("rejects a valid Google token of another service account", async () => {
    const token = identity.googleToken("someone-else@example-project.iam.gserviceaccount.com", AUDIENCE);
    expect(await call(token)).toMatchObject({ status: 403, body: { error: "forbidden" } });
  });

  it("rejects the right account whose email is not verified", async () => {
    expect((await call(identity.googleToken(CALLER, AUDIENCE, { email_verified: false }))).status).toBe(403);
  });

  it("rejects a token from another issuer", async () => {
    expect((await call(identity.googleToken(CALLER, AUDIENCE, { iss: "https://issuer.example.com" }))).status).toBe(401);
  });

  it("rejects a token signed by a key that is not in the JWKS, even with a known kid", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const token = identity.sign({ aud: AUDIENCE, email: CALLER, email_verified: true, iss: "https://accounts.google.com", iat: now(), exp: now() + 3600 }, { key: privateKey });
    expect((await call(token)).status).toBe(401);
  });

  it("rejects an unsigned token (alg none)", async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const token = `${encode({ alg: "none", typ: "JWT" })}.${encode({ aud: AUDIENCE, email: CALLER, email_verified: true, iss: "https://accounts.google.com", iat: now(), exp: now() + 3600 })}.`;
    expect((await call(token)).status).toBe(401);
  });

  it("rejects a token claiming a lifetime longer than Google issues", async () => {
    expect((await call(identity.googleToken(CALLER, AUDIENCE, { iat: now() - 2 * 3600, exp: now() + 3600 }))).status).toBe(401);
  });
});
