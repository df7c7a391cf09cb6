/**
 * Runs a bundled GCP function the way Cloud Functions does: the zip the construct uploads,
 * unpacked, served by the real `functions-framework` CLI. Shared by every function's harness.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createSign } from "node:crypto";
import * as fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { bundleRuntime } from "../../constructs/lib/runtime-bundle";
import type { ServiceAccountJson } from "./firestore-stand-in";

const unpacked = new Map<string, string>();

/** The deployable zip of `runtime/<runtime>`, unpacked once per test process. */
export function unpackedFunction(runtime: string): string {
  const known = unpacked.get(runtime);
  if (known) return known;
  const bundle = bundleRuntime({ runtime, target: "gcp-function" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${runtime}-fn-`));
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(bundle.filePath)))) fs.writeFileSync(path.join(dir, name), bytes);
  unpacked.set(runtime, dir);
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface FrameworkProcess {
  readonly url: string;
  /** What the function printed (JSON log lines among them). */
  readonly output: string[];
  stop(): Promise<void>;
}

/**
 * Starts `functions-framework --target --signature-type --source` on a free loopback port with
 * only `env` (plus PATH and a fresh HOME) and the metadata-server variables that make
 * google-auth-library ask `metadataHost`, as on Cloud Functions; resolves once it listens.
 */
export async function startFunctionsFramework(options: {
  readonly runtime: string;
  readonly target: string;
  readonly signatureType: "cloudevent" | "http";
  readonly metadataHost: string;
  readonly env: Record<string, string>;
}): Promise<FrameworkProcess> {
  const source = unpackedFunction(options.runtime);
  const port = await freePort();
  // The package exports map hides the CLI file; it sits beside the main entry.
  const cli = path.join(path.dirname(require.resolve("@google-cloud/functions-framework")), "main.js");
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [cli, `--target=${options.target}`, `--signature-type=${options.signatureType}`, `--source=${source}`, `--port=${port}`], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      GCE_METADATA_HOST: options.metadataHost,
      METADATA_SERVER_DETECTION: "assume-present",
      HOME: fs.mkdtempSync(path.join(os.tmpdir(), `${options.runtime}-home-`)),
      ...options.env,
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
      if (Date.now() > deadline) throw new Error(`functions-framework did not listen on ${port}:\n${output.join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * An access token from the Firestore stand-in's token endpoint for `account` (a JWT-bearer grant,
 * as the metadata server obtains one for the function's identity).
 */
export async function grantToken(account: ServiceAccountJson, scope = "https://www.googleapis.com/auth/cloud-platform"): Promise<{ access_token: string }> {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode({ alg: "RS256", typ: "JWT", kid: account.private_key_id })}.${encode({ iss: account.client_email, scope, aud: account.token_uri, iat: now, exp: now + 3600 })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(account.private_key).toString("base64url");
  const response = await fetch(account.token_uri, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: `${unsigned}.${signature}` }),
  });
  if (!response.ok) throw new Error(`token grant failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { access_token: string };
}
