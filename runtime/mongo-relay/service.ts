// Wires the relay from its environment (runtime/mongo-relay/contract.ts): secrets from files,
// the MongoDB client, the Pub/Sub publisher, the state file and the health endpoint.
import * as fs from "node:fs";
import type { Server } from "node:http";
import { MongoClient } from "mongodb";
import { parseServiceAccountKey } from "../lib/google-auth";
import { createLogger, errorFields, type Logger } from "../lib/json-log";
import { RELAY_DEFAULTS, RELAY_ENV, RELAY_PATHS, RELAY_SECRET_FILE_ENV } from "./contract";
import { Health, serveHealth } from "./health";
import { restPublisher } from "./publisher";
import { ChangeRelay } from "./relay";
import { StateFile } from "./state";

export type RelayEnv = Readonly<Record<string, string | undefined>>;

export class RelayConfigError extends Error {
  override readonly name = "RelayConfigError";
}

export interface RelaySettings {
  readonly environment: string;
  readonly mongoUri: string;
  readonly database: string;
  readonly collections: readonly string[];
  readonly projectId: string;
  readonly topic: string;
  readonly pubsubBaseUrl: string;
  readonly serviceAccountKeyJson: string;
  readonly stateFile: string;
  readonly healthPort: number;
  readonly healthStaleSec: number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
}

/** Reads and checks every setting; the error lists each problem by variable name, never a secret value. */
export function readSettings(env: RelayEnv): RelaySettings {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    return value ?? "";
  };
  const secretFile = (name: string): string => {
    const file = required(name);
    if (!file) return "";
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch (error) {
      problems.push(`${name}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      return "";
    }
  };
  const integer = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) problems.push(`${name} is ${JSON.stringify(raw)}; give a whole number`);
    return value;
  };
  const collections = (env[RELAY_ENV.mongoCollections] ?? "").split(",").map((c) => c.trim()).filter(Boolean);
  const settings: RelaySettings = {
    environment: env[RELAY_ENV.environment] ?? "unknown",
    mongoUri: secretFile(RELAY_SECRET_FILE_ENV.mongoUri),
    database: env[RELAY_ENV.mongoDatabase]?.trim() || RELAY_DEFAULTS.mongoDatabase,
    collections: collections.length > 0 ? collections : RELAY_DEFAULTS.mongoCollections,
    projectId: required(RELAY_ENV.gcpProjectId),
    topic: required(RELAY_ENV.pubsubTopic),
    pubsubBaseUrl: env[RELAY_ENV.pubsubBaseUrl]?.trim() || RELAY_DEFAULTS.pubsubBaseUrl,
    serviceAccountKeyJson: secretFile(RELAY_SECRET_FILE_ENV.serviceAccountKey),
    stateFile: env[RELAY_ENV.stateFile]?.trim() || RELAY_DEFAULTS.stateFile,
    healthPort: integer(RELAY_ENV.healthPort, RELAY_DEFAULTS.healthPort),
    healthStaleSec: integer(RELAY_ENV.healthStaleSec, RELAY_DEFAULTS.healthStaleSec),
    backoffInitialMs: integer(RELAY_ENV.backoffInitialMs, RELAY_DEFAULTS.backoffInitialMs),
    backoffMaxMs: integer(RELAY_ENV.backoffMaxMs, RELAY_DEFAULTS.backoffMaxMs),
  };
  if (settings.mongoUri && !/^mongodb(\+srv)?:\/\//.test(settings.mongoUri)) problems.push(`${RELAY_SECRET_FILE_ENV.mongoUri}: the file does not hold a mongodb:// URI`);
  if (problems.length > 0) throw new RelayConfigError(`mongo-relay settings: ${problems.join("; ")}`);
  return settings;
}

export interface RunningRelay {
  readonly relay: ChangeRelay;
  readonly healthPort: number;
  /** Stops the loop, closes the stream, the client and the health server. */
  stop(): Promise<void>;
  /** Settles when the loop has ended. */
  readonly done: Promise<void>;
}

export async function startRelay(env: RelayEnv, logger: Logger = createLogger({ service: "mongo-relay" })): Promise<RunningRelay> {
  const settings = readSettings(env);
  const log = logger.child({ environment: settings.environment });
  const key = parseServiceAccountKey(settings.serviceAccountKeyJson);
  const health = new Health(settings.healthStaleSec * 1000);
  const { server, port } = await serveHealth(health, settings.healthPort, RELAY_PATHS.healthPath);
  const client = new MongoClient(settings.mongoUri, { appName: "mongo-relay" });
  const controller = new AbortController();
  const relay = new ChangeRelay({
    client,
    database: settings.database,
    collections: settings.collections,
    publisher: restPublisher({ key, projectId: settings.projectId, topic: settings.topic, baseUrl: settings.pubsubBaseUrl, timeoutMs: RELAY_DEFAULTS.publishTimeoutMs }),
    state: new StateFile(settings.stateFile),
    health,
    logger: log,
    checkpointIntervalMs: RELAY_DEFAULTS.checkpointIntervalMs,
    checkpointEveryEvents: RELAY_DEFAULTS.checkpointEveryEvents,
    maxAwaitTimeMs: RELAY_DEFAULTS.maxAwaitTimeMs,
    backoff: { initialMs: settings.backoffInitialMs, maxMs: settings.backoffMaxMs },
    signal: controller.signal,
  });
  log.info("relay starting", { database: settings.database, collections: settings.collections, topic: settings.topic, healthPort: port, stateFile: settings.stateFile });
  const done = relay.run();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      controller.abort();
      await done.catch((error) => log.error("relay loop ended with an error", errorFields(error)));
      await client.close().catch(() => undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      log.info("relay stopped", { ...relay.stats });
    })());
  return { relay, healthPort: port, stop, done };
}
