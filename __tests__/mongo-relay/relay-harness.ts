// Runs the relay as the swarm runs it: the gzipped bundle the construct ships, unpacked and
// started with `node` in a child process, its settings in the environment and its secrets in
// files. Restarts and crashes are real process exits (SIGTERM, SIGKILL).
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { bundleRuntime } from "../../constructs/lib/runtime-bundle";
import { RELAY_ENV, RELAY_PATHS, RELAY_SECRET_FILE_ENV } from "../../runtime/mongo-relay/contract";

let unpacked: string | undefined;

/**
 * The vectorize function's own Pub/Sub decoder (runtime/vectorize/events.ts). It imports its
 * .proto files as text, which only the bundler understands, so it is bundled here the way the
 * function's bundle is (same loader) and loaded as a CommonJS module.
 */
export function vectorizeEvents(): typeof import("../../runtime/vectorize/events") {
  const root = path.join(__dirname, "..", "..");
  const result = esbuild.buildSync({ entryPoints: [path.join(root, "runtime", "vectorize", "events.ts")], bundle: true, platform: "node", format: "cjs", loader: { ".proto": "text" }, write: false, logLevel: "silent" });
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", result.outputFiles[0].text)(module, module.exports, require);
  return module.exports as unknown as typeof import("../../runtime/vectorize/events");
}

/** The deployable bundle (`node-service` target), unpacked as the container's command does. */
export function relayBundle(): { file: string; gzipBytes: number; bytes: number } {
  const bundle = bundleRuntime({ runtime: "mongo-relay", target: "node-service" });
  const code = gunzipSync(fs.readFileSync(bundle.filePath));
  if (!unpacked) {
    unpacked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mongo-relay-bundle-")), "mongo-relay.js");
    fs.writeFileSync(unpacked, code);
  }
  return { file: unpacked, gzipBytes: bundle.sizeBytes, bytes: code.byteLength };
}

export interface RelayLogLine {
  readonly level: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

export interface RelayProcessOptions {
  readonly mongoUri: string;
  readonly pubsubBaseUrl: string;
  readonly serviceAccountKeyJson: string;
  readonly projectId: string;
  readonly topic: string;
  /** A directory kept across restarts (the docker volume). */
  readonly stateDir: string;
  readonly env?: Readonly<Record<string, string>>;
}

export class RelayProcess {
  readonly logs: RelayLogLine[] = [];
  readonly stderr: string[] = [];
  private exitCode: number | null | undefined;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly stateFile: string,
  ) {
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.trim()) continue;
        try {
          this.logs.push(JSON.parse(line) as RelayLogLine);
        } catch {
          this.stderr.push(line);
        }
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    this.exited = new Promise((resolve) => child.once("exit", (code) => ((this.exitCode = code), resolve())));
  }

  static async start(options: RelayProcessOptions): Promise<RelayProcess> {
    const secrets = fs.mkdtempSync(path.join(os.tmpdir(), "mongo-relay-secrets-"));
    fs.writeFileSync(path.join(secrets, "mongo-uri"), options.mongoUri);
    fs.writeFileSync(path.join(secrets, "key.json"), options.serviceAccountKeyJson);
    const stateFile = path.join(options.stateDir, "state.json");
    const child = spawn(process.execPath, [relayBundle().file], {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        [RELAY_ENV.environment]: "test",
        [RELAY_ENV.gcpProjectId]: options.projectId,
        [RELAY_ENV.pubsubTopic]: options.topic,
        [RELAY_ENV.pubsubBaseUrl]: options.pubsubBaseUrl,
        [RELAY_ENV.stateFile]: stateFile,
        [RELAY_ENV.healthPort]: "0",
        [RELAY_ENV.backoffInitialMs]: "100",
        [RELAY_ENV.backoffMaxMs]: "1000",
        [RELAY_SECRET_FILE_ENV.mongoUri]: path.join(secrets, "mongo-uri"),
        [RELAY_SECRET_FILE_ENV.serviceAccountKey]: path.join(secrets, "key.json"),
        ...options.env,
      },
    });
    const relay = new RelayProcess(child, stateFile);
    await relay.waitFor(() => relay.healthPortOrUndefined() !== undefined, 10_000, "the relay to report its health port");
    return relay;
  }

  private healthPortOrUndefined(): number | undefined {
    const line = this.logs.find((l) => l.message === "relay starting");
    return typeof line?.healthPort === "number" ? line.healthPort : undefined;
  }

  get healthPort(): number {
    const port = this.healthPortOrUndefined();
    if (port === undefined) throw new Error("the relay has not started");
    return port;
  }

  async health(): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`http://127.0.0.1:${this.healthPort}${RELAY_PATHS.healthPath}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** The saved position, as the relay wrote it. */
  savedPosition(): { resumeToken?: { _data: string }; startAtOperationTime?: { t: number; i: number } } | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.stateFile, "utf8"));
    } catch {
      return undefined;
    }
  }

  logged(message: string): RelayLogLine[] {
    return this.logs.filter((line) => line.message === message);
  }

  /** Graceful stop (what `docker service update` sends), or a crash. */
  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM"): Promise<number | null | undefined> {
    if (this.exitCode === undefined) this.child.kill(signal);
    await this.exited;
    return this.exitCode;
  }

  async waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await condition()) return;
      if (this.exitCode !== undefined) throw new Error(`the relay exited (${this.exitCode}) while waiting for ${what}; logs: ${JSON.stringify(this.logs.slice(-10))} ${this.stderr.join("\n")}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last logs: ${JSON.stringify(this.logs.slice(-10))}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
