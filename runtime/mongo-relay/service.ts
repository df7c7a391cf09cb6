// Wires the relay from its environment (runtime/mongo-relay/contract.ts): secrets from files,
// the MongoDB client, the Pub/Sub publisher, the state file and the health endpoint.
import { MongoClient } from "mongodb";
import { parseServiceAccountKey } from "../lib/google-auth";
import { createLogger, errorFields, type Logger } from "../lib/json-log";
import { RELAY_DEFAULTS, RELAY_PATHS } from "./contract";
import { Health, serveHealth } from "./health";
import { restPublisher } from "./publisher";
import { ChangeRelay } from "./relay";
import { readSettings, type RelayEnv } from "./settings";
import { StateFile } from "./state";

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
    backfillConcurrency: RELAY_DEFAULTS.backfillConcurrency,
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
