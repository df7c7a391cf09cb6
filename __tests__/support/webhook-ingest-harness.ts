/**
 * Helpers to run the bundled webhook-ingest Worker in workerd (Miniflare) for tests and the
 * benchmark: worker options matching the construct's bindings, fixtures, signing, polling.
 */
import { createServer, Server } from "node:http";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { AddressInfo } from "node:net";
import * as fs from "node:fs";
import * as path from "node:path";
import type { WorkerOptions } from "miniflare";
import { Webhook } from "svix";
import { bundleRuntime, type RuntimeBundle } from "../../constructs/lib/runtime-bundle";
import { archivePrefixFor, BINDING, DEFAULT_MAX_BODY_BYTES, DEFAULT_SECRET_KEYS, FIRESTORE_DEFAULT_DATABASE, VAR, type WebhookSource, WORKERS_COMPATIBILITY_DATE } from "../../runtime/webhook-ingest/contract";

export const FIXTURES_DIR = path.join(__dirname, "..", "fixtures");
/** Compatibility date the tests run with: the one the construct deploys (the newest the pinned workerd supports). */
export const COMPATIBILITY_DATE = WORKERS_COMPATIBILITY_DATE;

export function fixtureText(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, relative), "utf8");
}

export function fixtureJson<T = Record<string, any>>(relative: string): T {
  return JSON.parse(fixtureText(relative)) as T;
}

/** The Worker bundle, built once per test process (bundleRuntime remembers it). */
export function webhookIngestBundle(): RuntimeBundle {
  return bundleRuntime({ runtime: "webhook-ingest", target: "worker" });
}

export interface IngestWorkerSpec {
  /** Worker name in Miniflare, e.g. `aircall-ingest`. */
  readonly name: string;
  readonly source: WebhookSource;
  /** Queue the Worker produces to; it consumes it too unless `consume` is false. */
  readonly queueName: string;
  readonly deadLetterQueueName: string;
  /** This Worker's own secrets namespace (the construct gives each Worker its own). */
  readonly kvNamespace: string;
  readonly bucket: string;
  readonly firestoreBaseUrl?: string;
  readonly consume?: boolean;
  readonly maxRetries?: number;
  readonly vars?: Record<string, string>;
  /** Replace bindings with wrapped-binding workers (fault injection), e.g. `{ INGEST_QUEUE: "broken-queue" }`. */
  readonly wrapped?: Record<string, string>;
}

/** The secrets-namespace keys the tests seed: the construct's defaults, so both sides agree. */
export const KEYS = {
  webhook: DEFAULT_SECRET_KEYS.webhookSecret,
  googleSa: DEFAULT_SECRET_KEYS.googleServiceAccount,
  admin: DEFAULT_SECRET_KEYS.adminSecret,
};

export function ingestWorker(spec: IngestWorkerSpec): WorkerOptions {
  const b = webhookIngestBundle();
  const consume = spec.consume ?? true;
  const wrapped = spec.wrapped ?? {};
  return {
    name: spec.name,
    modules: true,
    scriptPath: b.filePath,
    modulesRoot: path.dirname(b.filePath),
    compatibilityDate: COMPATIBILITY_DATE,
    kvNamespaces: { [BINDING.secrets]: spec.kvNamespace },
    ...(wrapped[BINDING.archive] ? {} : { r2Buckets: { [BINDING.archive]: spec.bucket } }),
    ...(wrapped[BINDING.ingestQueue] ? {} : { queueProducers: { [BINDING.ingestQueue]: { queueName: spec.queueName } } }),
    ...(Object.keys(wrapped).length ? { wrappedBindings: Object.fromEntries(Object.entries(wrapped).map(([binding, scriptName]) => [binding, { scriptName }])) } : {}),
    ...(consume
      ? {
          queueConsumers: {
            [spec.queueName]: { maxBatchSize: 10, maxBatchTimeout: 0, maxRetries: spec.maxRetries ?? 2, deadLetterQueue: spec.deadLetterQueueName, retryDelay: 0 },
            [spec.deadLetterQueueName]: { maxBatchSize: 10, maxBatchTimeout: 0, maxRetries: 10, retryDelay: 0 },
          },
        }
      : {}),
    bindings: {
      [VAR.source]: spec.source,
      [VAR.environment]: "dev",
      [VAR.archivePrefix]: archivePrefixFor(spec.source),
      [VAR.firestoreProjectId]: "stand-in-project",
      [VAR.firestoreDatabase]: FIRESTORE_DEFAULT_DATABASE,
      [VAR.maxBodyBytes]: String(DEFAULT_MAX_BODY_BYTES),
      [VAR.webhookSecretKey]: KEYS.webhook,
      [VAR.googleSaKeyName]: KEYS.googleSa,
      [VAR.adminSecretKey]: KEYS.admin,
      [VAR.deadLetterQueue]: spec.deadLetterQueueName,
      [VAR.retryBaseDelaySeconds]: "0",
      ...(spec.firestoreBaseUrl ? { [VAR.firestoreBaseUrl]: spec.firestoreBaseUrl } : {}),
      ...spec.vars,
    },
  };
}

/** A wrapped-binding worker standing in for a Queue producer or R2 bucket whose every call fails. */
export function brokenBindingWorker(name: string, message: string): WorkerOptions {
  const fail = `async () => { throw new Error(${JSON.stringify(message)}); }`;
  return {
    name,
    modules: [
      {
        type: "ESModule",
        path: `${name}.mjs`,
        contents: `export default function () { return { send: ${fail}, sendBatch: ${fail}, put: ${fail}, get: ${fail}, list: ${fail}, delete: ${fail}, head: ${fail} }; }`,
      },
    ],
  };
}

/** Svix-signed headers made with the `svix` library itself (the reference implementation). */
export function svixHeaders(secret: string, id: string, body: string, at: Date = new Date()): Record<string, string> {
  return {
    "content-type": "application/json",
    "svix-id": id,
    "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
    "svix-signature": new Webhook(secret).sign(id, at, body),
  };
}

/** Polls until `check` returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000, intervalMs = 20): Promise<Exclude<T, false | null | undefined | 0 | "">> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | null | undefined | 0 | "">;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A loopback HTTP server that records JSON bodies POSTed to it (a probe queue consumer reports here). */
export class Collector {
  readonly items: any[] = [];
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<Collector> {
    let collector: Collector | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        collector!.items.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    collector = new Collector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return collector;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A queue consumer that reports every message it receives to a `Collector` (to observe what was enqueued). */
export function probeConsumer(name: string, queueName: string, collectorUrl: string): WorkerOptions {
  return {
    name,
    modules: [
      {
        type: "ESModule",
        path: `${name}.mjs`,
        contents: `export default { async queue(batch, env) {
          for (const m of batch.messages) {
            await fetch(env.COLLECTOR, { method: "POST", body: JSON.stringify({ queue: batch.queue, id: m.id, attempts: m.attempts, body: m.body }) });
            m.ack();
          }
        } };`,
      },
    ],
    compatibilityDate: COMPATIBILITY_DATE,
    bindings: { COLLECTOR: collectorUrl },
    queueConsumers: { [queueName]: { maxBatchSize: 10, maxBatchTimeout: 0, maxRetries: 0 } },
  };
}

/**
 * Collects the Workers' stdout/stderr (Miniflare `handleRuntimeStdio`), so tests can assert on the
 * structured log lines. Set PRINT_WORKER_LOGS=1 to echo them.
 */
export class WorkerLogs {
  readonly raw: string[] = [];
  readonly lines: Array<Record<string, any>> = [];

  readonly handle = (stdout: Readable, stderr: Readable): void => {
    for (const stream of [stdout, stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        this.raw.push(line);
        if (process.env.PRINT_WORKER_LOGS) process.stdout.write(`${line}\n`);
        const start = line.indexOf("{");
        if (start < 0) return;
        try {
          this.lines.push(JSON.parse(line.slice(start)));
        } catch {
          // not a structured line (workerd's own output)
        }
      });
    }
  };

  find(message: string): Array<Record<string, any>> {
    return this.lines.filter((line) => line.message === message);
  }
}
