/**
 * Runs the backup agent the way the swarm does: the gzipped `node-service` bundle the construct
 * deploys, unpacked and run by `node`, configured only through the contract's variables and
 * secret files. Around it: fauxqs (a real S3 protocol server) on loopback instead of R2, a local
 * RSA key served as the JWKS instead of Google's, and the real `age` tool for keys and decrypts.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from "node:crypto";
import * as fs from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { bundleRuntime } from "../../constructs/lib/runtime-bundle";
import { BACKUP_AGENT_ENV, BACKUP_AGENT_ROUTES, BACKUP_AGENT_SECRET_FILE_ENV, type BackupJobSpec } from "../../runtime/backup-agent/contract";

// ------------------------------------------------------------------ S3 on loopback

/** One S3 request as the recording proxy saw it: the operation is told by method + query. */
export interface S3Request {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
}

/** Names the S3 operation of a request (only those the agent uses). */
export function s3Operation(request: Pick<S3Request, "method" | "query">): string {
  const q = new URLSearchParams(request.query);
  if (request.method === "POST" && q.has("uploads")) return "CreateMultipartUpload";
  if (request.method === "PUT" && q.has("partNumber")) return "UploadPart";
  if (request.method === "POST" && q.has("uploadId")) return "CompleteMultipartUpload";
  if (request.method === "DELETE" && q.has("uploadId")) return "AbortMultipartUpload";
  if (request.method === "PUT") return "PutObject";
  if (request.method === "GET") return "GetObject";
  if (request.method === "HEAD") return "HeadObject";
  return `${request.method} ${request.query}`;
}

export interface S3World {
  /** The recording proxy's URL (what the agent talks to). */
  readonly endpoint: string;
  /** Every request through the proxy, in order. */
  readonly requests: S3Request[];
  /** Answers requests matching the predicate with this status instead of forwarding them (until cleared). */
  fail(predicate: ((request: Pick<S3Request, "method" | "path" | "query">) => boolean) | undefined, status?: number): void;
  readonly client: S3Client;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  createBucket(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startS3(): Promise<S3World> {
  const child = spawn(process.execPath, [path.join(__dirname, "fauxqs-server.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split("\n")[0];
      if (buffered.includes("\n")) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`fauxqs exited with ${code}`)));
  });
  // fauxqs 1.9.2 does not implement ListMultipartUploads (GET ?uploads answers as a listing), so
  // aborts are observed here: a proxy in front of it records each request and can inject faults.
  const requests: S3Request[] = [];
  let fault: { predicate: (request: Pick<S3Request, "method" | "path" | "query">) => boolean; status: number } | undefined;
  const proxy = createServer((req, res) => {
    const [pathname, query = ""] = (req.url ?? "/").split("?");
    const seen = { method: req.method ?? "GET", path: pathname, query };
    if (fault?.predicate(seen)) {
      req.resume();
      requests.push({ ...seen, status: fault.status });
      res.writeHead(fault.status, { "content-type": "application/xml" }).end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>injected</Message></Error>`);
      return;
    }
    const upstream = httpRequest({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      requests.push({ ...seen, status: answer.statusCode ?? 0 });
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const credentials = { accessKeyId: "test-access-key", secretAccessKey: "test-secret-key" };
  const client = new S3Client({ region: "auto", endpoint, forcePathStyle: true, credentials, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" });
  return {
    endpoint,
    client,
    requests,
    fail: (predicate, status = 500) => {
      fault = predicate ? { predicate, status } : undefined;
    },
    ...credentials,
    createBucket: async (name) => {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    close: async () => {
      client.destroy();
      await new Promise((resolve) => proxy.close(resolve));
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

// ------------------------------------------------------------------ Google identity stand-in

export interface IdentityStandIn {
  readonly jwksUrl: string;
  /** An RS256 JWT with the key served in the JWKS (or `options.key`, a key that is not). */
  sign(claims: Record<string, unknown>, options?: { key?: KeyObject; kid?: string }): string;
  /** A token as Google issues it to `email` for `audience`, valid for an hour from now. */
  googleToken(email: string, audience: string, overrides?: Record<string, unknown>): string;
  close(): Promise<void>;
}

export async function startIdentityStandIn(): Promise<IdentityStandIn> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomUUID();
  const jwks = { keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] };
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const sign = (claims: Record<string, unknown>, options: { key?: KeyObject; kid?: string } = {}) => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const input = `${encode({ alg: "RS256", typ: "JWT", kid: options.kid ?? kid })}.${encode(claims)}`;
    const signature = createSign("RSA-SHA256").update(input).sign(options.key ?? privateKey).toString("base64url");
    return `${input}.${signature}`;
  };
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/v3/certs`,
    sign,
    googleToken: (email, audience, overrides = {}) => {
      const now = Math.floor(Date.now() / 1000);
      // Claims as in Google's published example (google-events-identity.md §4).
      return sign({ aud: audience, azp: "113774264463038321964", email, email_verified: true, exp: now + 3600, iat: now, iss: "https://accounts.google.com", sub: "113774264463038321964", ...overrides });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ------------------------------------------------------------------ age (the real tool)

export interface AgeKey {
  readonly identityFile: string;
  readonly recipient: string;
}

export function ageKeygen(dir: string): AgeKey {
  const identityFile = path.join(dir, `age-${randomUUID()}.txt`);
  execFileSync("age-keygen", ["-o", identityFile], { stdio: "pipe" });
  const recipient = execFileSync("age-keygen", ["-y", identityFile], { encoding: "utf8" }).trim();
  return { identityFile, recipient };
}

// ------------------------------------------------------------------ the agent process

let unpackedAgent: string | undefined;
/** The deployable bundle, unpacked as the service's command does. */
export function agentBundle(): { file: string; gzipBytes: number } {
  const bundle = bundleRuntime({ runtime: "backup-agent", target: "node-service" });
  if (!unpackedAgent) {
    unpackedAgent = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-agent-bundle-")), "backup-agent.js");
    fs.writeFileSync(unpackedAgent, gunzipSync(fs.readFileSync(bundle.filePath)));
  }
  return { file: unpackedAgent, gzipBytes: bundle.sizeBytes };
}

export interface AgentOptions {
  readonly s3: S3World;
  readonly bucket: string;
  readonly identity: IdentityStandIn;
  readonly audience: string;
  readonly callerEmail: string;
  readonly recipients: readonly string[];
  readonly jobs: readonly BackupJobSpec[];
  readonly partSizeMiB?: number;
  readonly queueSize?: number;
  readonly env?: Readonly<Record<string, string>>;
}

export interface AgentLogLine {
  readonly level: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

export class AgentProcess {
  readonly logs: AgentLogLine[] = [];
  stderr = "";
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly exited: Promise<number | null>,
  ) {}

  static async start(options: AgentOptions): Promise<AgentProcess> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-agent-"));
    const keyIdFile = path.join(dir, "s3-access-key-id");
    const secretFile = path.join(dir, "s3-secret-access-key");
    fs.writeFileSync(keyIdFile, options.s3.accessKeyId + "\n");
    fs.writeFileSync(secretFile, options.s3.secretAccessKey + "\n");
    const port = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      [BACKUP_AGENT_ENV.port]: String(port),
      [BACKUP_AGENT_ENV.audience]: options.audience,
      [BACKUP_AGENT_ENV.callerEmail]: options.callerEmail,
      [BACKUP_AGENT_ENV.jwksUrl]: options.identity.jwksUrl,
      [BACKUP_AGENT_ENV.s3Endpoint]: options.s3.endpoint,
      [BACKUP_AGENT_ENV.bucket]: options.bucket,
      [BACKUP_AGENT_ENV.ageRecipients]: options.recipients.join("\n"),
      [BACKUP_AGENT_ENV.jobs]: JSON.stringify(options.jobs),
      [BACKUP_AGENT_SECRET_FILE_ENV.s3AccessKeyId]: keyIdFile,
      [BACKUP_AGENT_SECRET_FILE_ENV.s3SecretAccessKey]: secretFile,
      ...(options.partSizeMiB ? { [BACKUP_AGENT_ENV.partSizeMiB]: String(options.partSizeMiB) } : {}),
      ...(options.queueSize ? { [BACKUP_AGENT_ENV.uploadQueueSize]: String(options.queueSize) } : {}),
      ...options.env,
    };
    const child = spawn(process.execPath, [agentBundle().file], { env, stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const agent = new AgentProcess(child, `http://127.0.0.1:${port}`, exited);
    let buffered = "";
    const onLine = (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        try {
          agent.logs.push(JSON.parse(line) as AgentLogLine);
        } catch {
          agent.stderr += line + "\n";
        }
      }
    };
    child.stdout!.on("data", onLine);
    child.stderr!.on("data", onLine);
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`agent exited with ${child.exitCode}: ${agent.stderr}`);
      try {
        if ((await fetch(agent.url + BACKUP_AGENT_ROUTES.health)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`agent did not answer /healthz: ${agent.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return agent;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Peak resident set size of the agent process so far (VmHWM), bytes. */
  peakRssBytes(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
  }

  async post(route: string, body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(this.url + route, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async get(route: string, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(this.url + route, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /**
   * Runs a job as the backup function does: POST starts it, GET polls its status until it is
   * finished. Answers as the agent's call did when it was synchronous: 200 with the manifest, 500
   * with `{error: <code>, message}` for a failed job, or the POST's refusal (409 busy, 401, 404…).
   */
  async runJob(job: string, body: { runId: string; tier: string }, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const started = await this.post(BACKUP_AGENT_ROUTES.job(job), body, token);
    if (started.status !== 202 && started.status !== 200) return started;
    const status = await this.until(BACKUP_AGENT_ROUTES.jobRun(job, body.runId) + `?tier=${body.tier}`, token, started);
    if (status.status !== 200) return status;
    return status.body.state === "uploaded" ? { status: 200, body: status.body.manifest as Record<string, unknown> } : { status: 500, body: { error: status.body.code, message: status.body.error } };
  }

  /**
   * Reads a stored object back as the backup function does: POST starts it, GET polls. Answers as
   * the synchronous call did: 200 `{key, bytes, sha256, matches}`, or the POST's refusal (404 without a manifest).
   */
  async verify(key: string, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const started = await this.post(BACKUP_AGENT_ROUTES.verify, { key }, token);
    if (started.status !== 202 && started.status !== 200) return started;
    const status = await this.until(`${BACKUP_AGENT_ROUTES.verify}?key=${encodeURIComponent(key)}`, token, started);
    if (status.status !== 200) return status;
    const { state, error, ...result } = status.body;
    return state === "done" ? { status: 200, body: result } : { status: 500, body: { error: "verify-failed", message: error } };
  }

  /** GETs `route` every 50 ms while the answer says `running` (at most two minutes). */
  private async until(route: string, token: string, first: { status: number; body: Record<string, unknown> }): Promise<{ status: number; body: Record<string, unknown> }> {
    const deadline = Date.now() + 120_000;
    let answer = first;
    while (answer.body.state === "running") {
      if (Date.now() > deadline) throw new Error(`${route} still running after two minutes`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await this.get(route, token);
      if (answer.status !== 200) return answer;
    }
    return answer;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill("SIGTERM");
    await this.exited;
  }

  /** The process's exit code once it has exited (null while running or when a signal ended it). */
  get exitCode(): number | null {
    return this.child.exitCode;
  }

  /** Ends the agent at once, as a crash or an OOM kill does: whatever it was running is lost with it. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    await this.exited;
  }
}

/** A loopback port nothing listens on (free when this returns). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Why the age tool tests cannot run here, or undefined. Throws in CI (`CI` set), where .ci/run installs it. */
export function ageUnavailable(): string | undefined {
  try {
    execFileSync("age", ["--version"], { stdio: "pipe" });
    return undefined;
  } catch {
    const reason = "the age tool is not installed (apt-get install -y age; .ci/run installs it)";
    if (process.env.CI) throw new Error(`CI must run the age tests: ${reason}`);
    return reason;
  }
}

/**
 * The suite's `describe`, or `describe.skip` with a warning naming what is skipped and why when a
 * check finds a tool missing (checks run in order, the first reason wins; each throws in CI).
 */
export function describeWhenAvailable(what: string, ...checks: ReadonlyArray<() => string | undefined>): typeof describe {
  for (const check of checks) {
    const reason = check();
    if (reason) {
      console.warn(`skipping ${what}: ${reason}`);
      return describe.skip;
    }
  }
  return describe;
}

// ------------------------------------------------------------------ an agent and what it talks to

/** The bucket, the agent's audience and the one caller it accepts, as the agent tests use them. */
export const BUCKET = "prod-backups";
export const AUDIENCE = "https://backup-agent.example.com";
export const CALLER = "backup-function@example-project.iam.gserviceaccount.com";

/** What a test gives `startAgent`: the agent's S3, bucket, identity, audience and caller come from the world. */
export type WorldAgentOptions = Omit<AgentOptions, "s3" | "bucket" | "identity" | "audience" | "callerEmail" | "recipients"> & { readonly recipients?: readonly string[] };

/** A temp dir, S3 with the bucket, the identity stand-in and an age key: what every agent test starts from. */
export interface AgentWorld {
  readonly dir: string;
  readonly s3: S3World;
  readonly identity: IdentityStandIn;
  /** The recipient every agent started here encrypts to (unless given others). */
  readonly key: AgeKey;
  readonly callerEmail: string;
  /** A token of the caller for the agent's audience, as the backup function presents it. */
  token(): string;
  /** Starts an agent on this world's S3 and identity; `close()` stops it. */
  startAgent(options: WorldAgentOptions): Promise<AgentProcess>;
  /** An object of the bucket. */
  download(objectKey: string): Promise<Buffer>;
  exists(objectKey: string): Promise<boolean>;
  /** The S3 operations sent for keys of the bucket under `prefix`, in order (from the recording proxy). */
  operationsUnder(prefix: string, except?: (request: S3Request) => boolean): string[];
  /** Stops the agents started here, closes S3 and the identity stand-in, removes the dir. */
  close(): Promise<void>;
}

/**
 * `prefix` names the temp dir; `callerEmail` is the account the agents accept (default CALLER);
 * `s3` starts the S3 server (default startS3: fauxqs behind the recording proxy).
 */
export async function startAgentWorld<S extends S3World = S3World>(prefix: string, options: { callerEmail?: string; s3?: () => Promise<S> } = {}): Promise<AgentWorld & { readonly s3: S }> {
  const callerEmail = options.callerEmail ?? CALLER;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const [s3, identity] = await Promise.all([(options.s3 ?? (startS3 as () => Promise<S>))(), startIdentityStandIn()]);
  await s3.createBucket(BUCKET);
  const key = ageKeygen(dir);
  const agents: AgentProcess[] = [];
  return {
    dir,
    s3,
    identity,
    key,
    callerEmail,
    token: () => identity.googleToken(callerEmail, AUDIENCE),
    startAgent: async ({ recipients = [key.recipient], ...rest }) => {
      const agent = await AgentProcess.start({ s3, bucket: BUCKET, identity, audience: AUDIENCE, callerEmail, recipients, ...rest });
      agents.push(agent);
      return agent;
    },
    download: async (objectKey) => {
      const response = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: objectKey }));
      return Buffer.from(await response.Body!.transformToByteArray());
    },
    exists: async (objectKey) => {
      try {
        await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: objectKey }));
        return true;
      } catch {
        return false;
      }
    },
    operationsUnder: (prefix, except = () => false) => s3.requests.filter((request) => decodeURIComponent(request.path).startsWith(`/${BUCKET}/${prefix}`) && !except(request)).map((request) => s3Operation(request)),
    close: async () => {
      await Promise.all(agents.map((agent) => agent.stop()));
      await Promise.all([s3.close(), identity.close()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
