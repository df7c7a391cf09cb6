/**
 * Runs the bundled vectorize function the way Cloud Functions does: the zip the construct
 * uploads, unpacked, served by the real `functions-framework` CLI with the CloudEvent signature,
 * against local stand-ins (Qdrant, the embedding APIs, Firestore) and a metadata-server stand-in
 * that hands the function an access token for its identity. Events are built with Google's own
 * .proto files (protobufjs `loadSync`, independent of the runtime's decoder).
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import * as protobuf from "protobufjs";
import { toFields } from "../../runtime/lib/firestore-rest";
import { VECTORIZE_ENTRY_POINT, VECTORIZE_ENV, VECTORIZE_SECRET_ENV } from "../../runtime/vectorize/contract";
import { startEmbeddingsStandIn, type EmbeddingsStandIn } from "./embeddings-stand-in";
import { FirestoreStandIn } from "./firestore-stand-in";
import { grantToken, startFunctionsFramework } from "./functions-framework";
import { startQdrantStandIn, type QdrantStandIn } from "./qdrant-stand-in";

const repoRoot = path.resolve(__dirname, "../..");
const PROTO_DIR = path.join(repoRoot, "runtime/vectorize/protos");

// ------------------------------------------------------------------ metadata server

export interface MetadataStandIn {
  /** `127.0.0.1:PORT`, the value of `GCE_METADATA_HOST`. */
  readonly host: string;
  readonly tokenRequests: number;
  close(): Promise<void>;
}

/**
 * The GCE metadata server's token endpoint: like the real one, it answers for the identity
 * attached to the function (here a service account of the Firestore stand-in, whose token
 * endpoint it uses) and only with `Metadata-Flavor: Google`.
 */
export async function startMetadataStandIn(firestore: FirestoreStandIn, projectId: string): Promise<MetadataStandIn> {
  const account = firestore.createServiceAccount({ projectId, clientEmail: `vectorize@${projectId}.iam.gserviceaccount.com` });
  let tokenRequests = 0;
  const server: Server = createServer(async (req, res) => {
    if (req.headers["metadata-flavor"] !== "Google") {
      res.writeHead(403, { "content-type": "text/plain" }).end("Missing Metadata-Flavor: Google header");
      return;
    }
    const url = new URL(req.url ?? "/", "http://metadata");
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/token") {
      tokenRequests++;
      try {
        const grant = await grantToken(account);
        res.writeHead(200, { "content-type": "application/json", "metadata-flavor": "Google" }).end(JSON.stringify(grant));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
      return;
    }
    if (url.pathname === "/computeMetadata/v1/project/project-id") {
      res.writeHead(200, { "content-type": "text/plain", "metadata-flavor": "Google" }).end(projectId);
      return;
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    get tokenRequests() {
      return tokenRequests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Writes documents into the Firestore stand-in the way a client would (REST commit with a granted token). */
export async function seedFirestore(firestore: FirestoreStandIn, projectId: string, documents: Record<string, Record<string, unknown>>, deletes: readonly string[] = []): Promise<void> {
  const account = firestore.createServiceAccount({ projectId });
  const { access_token: token } = await grantToken(account);
  const database = `projects/${projectId}/databases/(default)`;
  const writes = [
    ...Object.entries(documents).map(([path, data]) => ({ update: { name: `${database}/documents/${path}`, fields: toFields(data) } })),
    ...deletes.map((path) => ({ delete: `${database}/documents/${path}` })),
  ];
  const response = await fetch(`${firestore.baseUrl}/${database}/documents:commit`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ writes }),
  });
  if (!response.ok) throw new Error(`seeding Firestore failed: ${response.status} ${await response.text()}`);
}


// ------------------------------------------------------------------ everything the function talks to

export interface VectorizeWorld {
  readonly qdrant: QdrantStandIn;
  readonly embeddings: EmbeddingsStandIn;
  readonly firestore: FirestoreStandIn;
  readonly metadata: MetadataStandIn;
  /** The function's environment pointing at these stand-ins. */
  readonly environment: FunctionEnvironment;
  close(): Promise<void>;
}

/** Qdrant, the embedding APIs, Firestore and the metadata server, started together on loopback. */
export async function startVectorizeWorld(options: { projectId: string; cloudflareAccountId: string; qdrantCollection: string }): Promise<VectorizeWorld> {
  const [qdrant, embeddings, firestore] = await Promise.all([startQdrantStandIn(), startEmbeddingsStandIn({ accountId: options.cloudflareAccountId }), FirestoreStandIn.start()]);
  const metadata = await startMetadataStandIn(firestore, options.projectId);
  return {
    qdrant,
    embeddings,
    firestore,
    metadata,
    environment: {
      projectId: options.projectId,
      firestoreBaseUrl: firestore.baseUrl,
      metadataHost: metadata.host,
      qdrantUrl: qdrant.url,
      qdrantApiKey: qdrant.apiKey!,
      qdrantCollection: options.qdrantCollection,
      workersAiBaseUrl: embeddings.cloudflareApiBase,
      cloudflareAccountId: options.cloudflareAccountId,
      embeddingApiToken: embeddings.token,
    },
    close: async () => {
      await Promise.all([qdrant.close(), embeddings.close(), firestore.close(), metadata.close()]);
    },
  };
}

// ------------------------------------------------------------------ the function

export interface RunningFunction {
  readonly url: string;
  /** What the function printed (JSON log lines among them). */
  readonly output: string[];
  /** POSTs one binary-mode CloudEvent; the HTTP status the framework answered. */
  deliver(event: DeliverableEvent): Promise<number>;
  stop(): Promise<void>;
}

export interface DeliverableEvent {
  readonly headers: Record<string, string>;
  readonly body: Buffer | string;
}

export interface FunctionEnvironment {
  readonly projectId: string;
  readonly firestoreBaseUrl: string;
  readonly metadataHost: string;
  readonly qdrantUrl: string;
  readonly qdrantApiKey: string;
  readonly qdrantCollection: string;
  readonly workersAiBaseUrl: string;
  readonly cloudflareAccountId: string;
  readonly embeddingApiToken: string;
  readonly embeddingModel?: string;
  readonly embeddingDimension?: number;
}

export async function startVectorizeFunction(env: FunctionEnvironment, entry: { target: string; signatureType: "cloudevent" | "http" } = { target: VECTORIZE_ENTRY_POINT, signatureType: "cloudevent" }): Promise<RunningFunction> {
  const framework = await startFunctionsFramework({
    runtime: "vectorize",
    ...entry,
    metadataHost: env.metadataHost,
    env: {
      [VECTORIZE_ENV.environment]: "test",
      [VECTORIZE_ENV.gcpProjectId]: env.projectId,
      [VECTORIZE_ENV.firestoreBaseUrl]: env.firestoreBaseUrl,
      [VECTORIZE_ENV.qdrantUrl]: env.qdrantUrl,
      [VECTORIZE_ENV.qdrantCollection]: env.qdrantCollection,
      [VECTORIZE_ENV.embeddingProvider]: "workers-ai",
      [VECTORIZE_ENV.embeddingModel]: env.embeddingModel ?? "@cf/baai/bge-m3",
      [VECTORIZE_ENV.embeddingDimension]: String(env.embeddingDimension ?? 1024),
      [VECTORIZE_ENV.cloudflareAccountId]: env.cloudflareAccountId,
      [VECTORIZE_ENV.workersAiBaseUrl]: env.workersAiBaseUrl,
      [VECTORIZE_SECRET_ENV.qdrantApiKey]: env.qdrantApiKey,
      [VECTORIZE_SECRET_ENV.embeddingApiToken]: env.embeddingApiToken,
    },
  });
  return {
    ...framework,
    async deliver(event) {
      const response = await fetch(framework.url, { method: "POST", headers: event.headers, body: typeof event.body === "string" ? event.body : new Uint8Array(event.body) });
      await response.arrayBuffer();
      return response.status;
    },
  };
}

// ------------------------------------------------------------------ events

let eventDataType: protobuf.Type | undefined;

/** `DocumentEventData` from Google's .proto (loaded by protobufjs with its own import resolution). */
export function documentEventDataType(): protobuf.Type {
  if (!eventDataType) {
    const root = new protobuf.Root();
    const base = root.resolvePath;
    root.resolvePath = (origin, target) => (target === "google/type/latlng.proto" ? path.join(PROTO_DIR, "latlng.proto") : base(origin, target));
    root.loadSync(path.join(PROTO_DIR, "firestore-data.proto"));
    eventDataType = root.lookupType("google.events.cloud.firestore.v1.DocumentEventData");
  }
  return eventDataType;
}

export interface FirestoreSnapshot {
  readonly data: Record<string, unknown>;
  /** RFC 3339 with microseconds. */
  readonly updateTime: string;
  readonly createTime?: string;
}

export interface FirestoreEventInput {
  readonly projectId: string;
  /** `aircall_calls/123` */
  readonly documentPath: string;
  readonly value?: FirestoreSnapshot;
  readonly oldValue?: FirestoreSnapshot;
  readonly updateMask?: readonly string[];
  readonly id?: string;
  /** Event time; for a delete, when it happened. */
  readonly time?: string;
  readonly contentType?: "application/protobuf" | "application/json";
}

/** RFC 3339 → google.protobuf.Timestamp. */
function protoTimestamp(rfc3339: string): { seconds: number; nanos: number } {
  const [whole, fraction = ""] = rfc3339.replace(/Z$/, "").split(".");
  return { seconds: Math.floor(Date.parse(`${whole}Z`) / 1000), nanos: Number(fraction.padEnd(9, "0").slice(0, 9)) };
}

/** REST-shaped Firestore values (as `toFields` makes them) → the protobuf object form. */
function protoValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(protoValues);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === "timestampValue" || key === "createTime" || key === "updateTime") out[key] = protoTimestamp(String(item));
    else if (key === "nullValue") out[key] = 0;
    else out[key] = protoValues(item);
  }
  return out;
}

/** A binary-mode `google.cloud.firestore.document.v1.written` CloudEvent as Eventarc sends it. */
export function firestoreWrittenEvent(input: FirestoreEventInput): DeliverableEvent {
  const database = `projects/${input.projectId}/databases/(default)`;
  const name = `${database}/documents/${input.documentPath}`;
  const document = (snapshot: FirestoreSnapshot) => ({ name, fields: toFields(snapshot.data), createTime: snapshot.createTime ?? snapshot.updateTime, updateTime: snapshot.updateTime });
  const json: Record<string, unknown> = {};
  if (input.value) json.value = document(input.value);
  if (input.oldValue) json.oldValue = document(input.oldValue);
  if (input.updateMask) json.updateMask = { fieldPaths: input.updateMask };
  const contentType = input.contentType ?? "application/protobuf";
  let body: Buffer | string;
  if (contentType === "application/protobuf") {
    const type = documentEventDataType();
    const message = type.fromObject(protoValues(json) as Record<string, unknown>);
    body = Buffer.from(type.encode(message).finish());
  } else {
    body = JSON.stringify(json);
  }
  return {
    headers: {
      "content-type": contentType,
      "ce-id": input.id ?? randomUUID(),
      "ce-source": `//firestore.googleapis.com/${database}`,
      "ce-specversion": "1.0",
      "ce-type": "google.cloud.firestore.document.v1.written",
      "ce-time": input.time ?? new Date().toISOString(),
      "ce-subject": `documents/${input.documentPath}`,
      "ce-dataschema": "https://github.com/googleapis/google-cloudevents/blob/main/proto/google/events/cloud/firestore/v1/data.proto",
      "ce-database": "(default)",
      "ce-namespace": "(default)",
      "ce-document": input.documentPath,
      "ce-location": "europe-west4",
      "ce-project": input.projectId,
    },
    body,
  };
}

/** A binary-mode Pub/Sub `messagePublished` CloudEvent carrying one relay change. */
export function relayEvent(input: { projectId: string; topic: string; change: Record<string, unknown>; messageId?: string }): DeliverableEvent {
  const messageId = input.messageId ?? String(Date.now()) + String(Math.floor(Math.random() * 1000));
  const data = {
    message: { data: Buffer.from(JSON.stringify(input.change)).toString("base64"), attributes: {}, messageId, publishTime: new Date().toISOString(), orderingKey: String(input.change.documentId ?? "") },
    subscription: `projects/${input.projectId}/subscriptions/eventarc-europe-west3-vectorize-sub-000`,
  };
  return {
    headers: {
      "content-type": "application/json",
      "ce-id": messageId,
      "ce-source": `//pubsub.googleapis.com/projects/${input.projectId}/topics/${input.topic}`,
      "ce-specversion": "1.0",
      "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
      "ce-time": new Date().toISOString(),
    },
    body: JSON.stringify(data),
  };
}

/** The plain push request a Pub/Sub push subscription sends (no CloudEvent headers), carrying one relay change. */
export function relayPush(input: { projectId: string; subscription: string; change: Record<string, unknown>; messageId?: string }): DeliverableEvent {
  const messageId = input.messageId ?? `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      message: { data: Buffer.from(JSON.stringify(input.change)).toString("base64"), attributes: {}, messageId, message_id: messageId, publishTime: new Date().toISOString(), orderingKey: String(input.change.documentId ?? "") },
      subscription: `projects/${input.projectId}/subscriptions/${input.subscription}`,
    }),
  };
}
