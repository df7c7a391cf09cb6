/**
 * Runs the bundled backup function the way Cloud Functions does (the deployed zip, unpacked,
 * served by the functions-framework CLI, HTTP signature), with a metadata-server stand-in that
 * gives it an access token for Firestore (the Firestore stand-in's token endpoint) and identity
 * tokens for the agent (signed by the identity stand-in, whose JWKS the agent trusts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createSign } from "node:crypto";
import * as fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { bundleRuntime } from "../../constructs/lib/runtime-bundle";
import { BACKUP_FUNCTION_ENTRY_POINT, BACKUP_FUNCTION_ENV } from "../../runtime/backup-function/contract";
import type { IdentityStandIn } from "./backup-harness";
import type { FirestoreStandIn, ServiceAccountJson } from "./firestore-stand-in";

export interface BackupMetadataStandIn {
  readonly host: string;
  readonly identityRequests: string[];
  close(): Promise<void>;
}

export async function startBackupMetadataStandIn(firestore: FirestoreStandIn, identity: IdentityStandIn, options: { projectId: string; email: string }): Promise<BackupMetadataStandIn> {
  const account = firestore.createServiceAccount({ projectId: options.projectId, clientEmail: options.email });
  const identityRequests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.headers["metadata-flavor"] !== "Google") return void res.writeHead(403).end("Missing Metadata-Flavor: Google header");
    const url = new URL(req.url ?? "/", "http://metadata");
    const reply = (type: string, body: string) => res.writeHead(200, { "content-type": type, "metadata-flavor": "Google" }).end(body);
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/token") return void reply("application/json", JSON.stringify(await grantToken(account)));
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/identity") {
      const audience = url.searchParams.get("audience") ?? "";
      identityRequests.push(audience);
      return void reply("text/plain", identity.googleToken(options.email, audience));
    }
    if (url.pathname === "/computeMetadata/v1/project/project-id") return void reply("text/plain", options.projectId);
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/email") return void reply("text/plain", options.email);
    return void res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, identityRequests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function grantToken(account: ServiceAccountJson): Promise<unknown> {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode({ alg: "RS256", typ: "JWT", kid: account.private_key_id })}.${encode({ iss: account.client_email, scope: "https://www.googleapis.com/auth/datastore", aud: account.token_uri, iat: now, exp: now + 3600 })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(account.private_key).toString("base64url");
  const response = await fetch(account.token_uri, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: `${unsigned}.${signature}` }) });
  if (!response.ok) throw new Error(`token grant failed: ${response.status} ${await response.text()}`);
  return response.json();
}

let unpacked: string | undefined;
export function unpackedBackupFunction(): string {
  if (unpacked) return unpacked;
  const bundle = bundleRuntime({ runtime: "backup-function", target: "gcp-function" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-fn-"));
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(bundle.filePath)))) fs.writeFileSync(path.join(dir, name), bytes);
  return (unpacked = dir);
}

export interface RunningBackupFunction {
  readonly url: string;
  readonly output: string[];
  /** POSTs as Cloud Scheduler does (its JSON body and the schedule-time header). */
  trigger(body: unknown, scheduleTime?: string): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export async function startBackupFunction(env: { projectId: string; firestoreBaseUrl: string; metadataHost: string; agentUrl: string; agentAudience: string; jobs: readonly string[] }): Promise<RunningBackupFunction> {
  const source = unpackedBackupFunction();
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  const cli = path.join(path.dirname(require.resolve("@google-cloud/functions-framework")), "main.js");
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [cli, `--target=${BACKUP_FUNCTION_ENTRY_POINT}`, "--signature-type=http", `--source=${source}`, `--port=${port}`], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      GCE_METADATA_HOST: env.metadataHost,
      METADATA_SERVER_DETECTION: "assume-present",
      HOME: fs.mkdtempSync(path.join(os.tmpdir(), "backup-fn-home-")),
      [BACKUP_FUNCTION_ENV.environment]: "test",
      [BACKUP_FUNCTION_ENV.gcpProjectId]: env.projectId,
      [BACKUP_FUNCTION_ENV.firestoreBaseUrl]: env.firestoreBaseUrl,
      [BACKUP_FUNCTION_ENV.agentUrl]: env.agentUrl,
      [BACKUP_FUNCTION_ENV.agentAudience]: env.agentAudience,
      [BACKUP_FUNCTION_ENV.jobs]: env.jobs.join(","),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`functions-framework exited (${child.exitCode}):\n${output.join("\n")}`);
    try {
      await fetch(url, { method: "GET" });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`backup function did not start:\n${output.join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    output,
    trigger: async (body, scheduleTime) => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "user-agent": "Google-Cloud-Scheduler", ...(scheduleTime ? { "x-cloudscheduler-scheduletime": scheduleTime, "x-cloudscheduler-jobname": "prod-backup-nightly" } : {}) }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
