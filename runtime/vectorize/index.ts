// The vectorize function (Cloud Functions 2nd gen, `nodejs22`, CloudEvent signature): one
// handler for Firestore `document.written` events and for the MongoDB change relay's Pub/Sub
// messages. Resolving acknowledges the event; throwing makes the platform retry it (the
// triggers have retries on), so:
// - transient trouble (Qdrant or the embedding API down or rate-limiting) throws;
// - an event that can never succeed (undecodable, no mapper, content the embedding API rejects)
//   is recorded in Firestore (`vectorize_errors`) with the reason and acknowledged: no poison
//   retries, nothing dropped silently. If even the record cannot be written, it throws.
import { createHash } from "node:crypto";
import { QdrantClient } from "@qdrant/js-client-rest";
import { GoogleAuth } from "google-auth-library";
import { FirestoreRestClient, getDocument, toFields } from "../lib/firestore-rest";
import { createLogger, errorFields } from "../lib/json-log";
import { readConfig, type VectorizeConfig } from "./config";
import { DEFAULT_EMBEDDING, VECTORIZE_COLLECTIONS } from "./contract";
import { type Embedder, EmbeddingRejectedError, vertexAiEmbedder, workersAiEmbedder } from "./embedder";
import { type CloudEventLike, decodeFirestoreEvent, decodePubsubEvent, FIRESTORE_WRITTEN, isPubsubPush, MalformedEventError, PUBSUB_PUBLISHED, type SourceChange } from "./events";
import { runDriftCheck } from "./drift";
import { mapDocument, UnmappableDocumentError } from "./mappers";
import { type TombstoneStore, VectorIndex } from "./vector-index";

const log = createLogger({ function: "vectorize" });

interface Services {
  readonly config: VectorizeConfig;
  readonly firestore: FirestoreRestClient;
  readonly qdrant: QdrantClient;
  readonly index: VectorIndex;
}

let services: Services | undefined;

function servicesFor(env: Record<string, string | undefined>): Services {
  if (services) return services;
  const config = readConfig(env);
  const auth = new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] });
  const accessToken = async () => {
    const token = await auth.getAccessToken();
    if (!token) throw new Error("no Google access token from the function's identity");
    return token;
  };
  const firestore = new FirestoreRestClient({ projectId: config.gcpProjectId, databaseId: config.firestoreDatabase, baseUrl: config.firestoreBaseUrl, accessToken });
  const e = config.embedding;
  const embedder: Embedder =
    e.provider === "workers-ai"
      ? workersAiEmbedder({ model: e.model, dimension: e.dimension, maxInputTokens: e.model === DEFAULT_EMBEDDING.model ? DEFAULT_EMBEDDING.maxInputTokens : undefined, accountId: e.cloudflareAccountId!, apiToken: e.apiToken!, baseUrl: e.baseUrl })
      : vertexAiEmbedder({ model: e.model, dimension: e.dimension, projectId: config.gcpProjectId, location: e.vertexLocation!, accessToken, baseUrl: e.baseUrl });
  // checkCompatibility would add a version request to every cold start.
  const qdrant = new QdrantClient({ url: config.qdrantUrl, apiKey: config.qdrantApiKey, checkCompatibility: false, timeout: 30_000 });
  services = { config, firestore, qdrant, index: new VectorIndex(qdrant, config.qdrantCollection, embedder, firestoreTombstones(firestore)) };
  return services;
}

/** For tests that start a fresh instance in the same process. */
export function resetInstance(): void {
  services = undefined;
}

export async function vectorize(event: CloudEventLike): Promise<void> {
  const { firestore, index } = servicesFor(process.env);
  const elog = log.child({ eventId: event.id, eventType: event.type });
  let change: SourceChange;
  try {
    if (event.type === FIRESTORE_WRITTEN || event.type?.startsWith("google.cloud.firestore.document.v1.")) change = decodeFirestoreEvent(event);
    else if (event.type === PUBSUB_PUBLISHED || isPubsubPush(event)) change = decodePubsubEvent(event);
    else throw new MalformedEventError(`event type "${event.type}" is not one this function handles`);
  } catch (error) {
    if (!(error instanceof MalformedEventError)) throw error;
    await recordError(firestore, event, undefined, error);
    elog.warn("undecodable event recorded and acknowledged", errorFields(error));
    return;
  }

  const dlog = elog.child({ documentPath: change.documentPath, version: change.version });
  try {
    const mapped = change.data ? mapDocument(change.documentPath, change.data) : undefined;
    const result = await index.sync(change, mapped);
    dlog.info("synced", { ...result });
  } catch (error) {
    if (error instanceof UnmappableDocumentError || error instanceof EmbeddingRejectedError) {
      await recordError(firestore, event, change, error);
      dlog.warn("unprocessable document recorded and acknowledged", errorFields(error));
      return;
    }
    dlog.error("sync failed; the platform retries the event", errorFields(error));
    throw error;
  }
}

interface HttpRequest {
  readonly method?: string;
  readonly headers: Record<string, string | string[] | undefined>;
}
interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
}

/**
 * The drift check (HTTP function, called by Cloud Scheduler with an OIDC token; Cloud Run IAM
 * admits only the invoker identity). Answers 200 with the run's report, 500 when it could not
 * finish (Scheduler retries; a run is idempotent).
 */
export async function driftCheck(req: HttpRequest, res: HttpResponse): Promise<void> {
  if (req.method !== "POST") {
    res.status(405).json({ error: "method_not_allowed", message: "POST starts a drift check" });
    return;
  }
  const { firestore, qdrant, index } = servicesFor(process.env);
  const scheduled = req.headers["x-cloudscheduler-scheduletime"];
  const runId = `drift-${(typeof scheduled === "string" ? scheduled : new Date().toISOString()).replace(/[^0-9A-Za-z]/g, "")}`;
  try {
    const report = await runDriftCheck({ firestore, qdrant, index, runId, log: log.child({ runId }) });
    res.status(200).json(report);
  } catch (error) {
    log.error("drift check failed", { runId, ...errorFields(error) });
    res.status(500).json({ error: "drift_check_failed", runId, message: error instanceof Error ? error.message : String(error) });
  }
}

async function recordError(firestore: FirestoreRestClient, event: CloudEventLike, change: SourceChange | undefined, error: Error): Promise<void> {
  const id = createHash("sha256").update(`${event.type}\n${event.id}`).digest("hex").slice(0, 40);
  await firestore.commit([
    {
      update: {
        name: firestore.documentName(`${VECTORIZE_COLLECTIONS.errors}/${id}`),
        fields: toFields({
          eventId: event.id ?? null,
          eventType: event.type ?? null,
          documentPath: change?.documentPath ?? event.document ?? null,
          version: change?.version ?? null,
          error: error.name,
          reason: error.message.slice(0, 1500),
          recordedAt: new Date(),
        }),
      },
    },
  ]);
}

function firestoreTombstones(firestore: FirestoreRestClient): TombstoneStore {
  const path = (source: string, documentPath: string) => `${VECTORIZE_COLLECTIONS.tombstones}/${createHash("sha256").update(`${source}/${documentPath}`).digest("hex").slice(0, 40)}`;
  return {
    async get(source, documentPath) {
      const doc = await getDocument(firestore, path(source, documentPath));
      const version = doc?.fields?.version;
      return version && "stringValue" in version ? version.stringValue : undefined;
    },
    async put(source, documentPath, version) {
      await firestore.commit([{ update: { name: firestore.documentName(path(source, documentPath)), fields: toFields({ source, documentPath, version, deletedAt: new Date() }) } }]);
    },
  };
}
