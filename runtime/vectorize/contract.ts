// The contract between the VectorizePipeline construct and the vectorize function: the names of
// its environment variables and secrets, its defaults, the Firestore collections it reads and
// writes, and the Qdrant payload it keeps. Dependency-free on purpose: the construct, the
// runtime, the tests and the bench all import it, so each name is written once.

/** Function entry points (`build_config.entry_point`): the event handler and the drift check. */
export const VECTORIZE_ENTRY_POINT = "vectorize";
export const VECTORIZE_DRIFT_ENTRY_POINT = "driftCheck";

/** Plain environment variables the construct sets on the function. */
export const VECTORIZE_ENV = {
  environment: "ENVIRONMENT",
  gcpProjectId: "GCP_PROJECT_ID",
  firestoreDatabase: "FIRESTORE_DATABASE",
  qdrantUrl: "QDRANT_URL",
  /** The alias searches use; the function writes to `<alias>_<model slug>_<dimension>` behind it. */
  qdrantCollection: "QDRANT_COLLECTION",
  embeddingProvider: "EMBEDDING_PROVIDER",
  embeddingModel: "EMBEDDING_MODEL",
  embeddingDimension: "EMBEDDING_DIMENSION",
  /** Workers AI only: the Cloudflare account that runs the model. */
  cloudflareAccountId: "CLOUDFLARE_ACCOUNT_ID",
  /** Vertex AI only: the region of the model endpoint. */
  vertexLocation: "VERTEX_LOCATION",
  /** Overrides for tests and private endpoints; unset in production. */
  firestoreBaseUrl: "FIRESTORE_BASE_URL",
  workersAiBaseUrl: "WORKERS_AI_BASE_URL",
  vertexBaseUrl: "VERTEX_BASE_URL",
} as const;

/** Environment variables filled from Secret Manager (`secret_environment_variables`). */
export const VECTORIZE_SECRET_ENV = {
  qdrantApiKey: "QDRANT_API_KEY",
  /** Workers AI only: a Cloudflare API token with Workers AI read/run. Vertex uses the function's identity. */
  embeddingApiToken: "EMBEDDING_API_TOKEN",
} as const;

export const EMBEDDING_PROVIDERS = ["workers-ai", "vertex-ai"] as const;
export type EmbeddingProvider = (typeof EMBEDDING_PROVIDERS)[number];

/** The platform's default embedding: multilingual (guests and staff write in several languages). */
export const DEFAULT_EMBEDDING = { provider: "workers-ai", model: "@cf/baai/bge-m3", dimension: 1024, maxInputTokens: 8192 } as const;

export const DEFAULT_QDRANT_COLLECTION = "platform_knowledge";

/** Firestore collections the function writes (never the ones it reads). */
export const VECTORIZE_COLLECTIONS = {
  /** One document per event that could not be mapped or decoded: the reason, for an operator. */
  errors: "vectorize_errors",
  /** One document per deleted source document, so a late, older write cannot bring it back. */
  tombstones: "vectorize_tombstones",
  /** One document per drift check run. */
  runs: "vectorize_runs",
} as const;

/**
 * Source collections with a mapper in `runtime/vectorize/mappers.ts`, as Firestore path patterns
 * (Eventarc `match-path-pattern`). The construct makes one trigger per pattern.
 */
export const FIRESTORE_SOURCE_PATTERNS = [
  "aircall_calls/{callId}",
  "aircall_contacts/{contactId}",
  "guesty_reservations/{reservationId}",
  "guesty_listings/{listingId}",
  "guesty_guests/{guestId}",
  "guesty_conversations/{conversationId}/messages/{messageId}",
] as const;

/**
 * What the MongoDB change relay publishes (JSON in the Pub/Sub message data, ordering key = the
 * document id) and the vectorize function reads: one change of one document, with BSON already
 * turned into plain JSON values.
 */
export interface RelayChange {
  readonly operationType: "insert" | "update" | "replace" | "delete";
  /** `rocketchat_message` */
  readonly collection: string;
  readonly documentId: string;
  /** The whole document after the change (`fullDocument: "updateLookup"`); absent on delete. */
  readonly fullDocument?: Record<string, unknown>;
  /** The change's cluster time: `{ t: seconds, i: increment }`. */
  readonly clusterTime: { readonly t: number; readonly i: number };
}

/** MongoDB collections the change relay watches (Rocket.Chat's messages). */
export const MONGO_SOURCE_COLLECTIONS = ["rocketchat_message"] as const;

/** Qdrant payload fields with an index: what retrieval filters on. */
export const PAYLOAD_INDEXES = {
  source: "keyword",
  doc_type: "keyword",
  source_id: "keyword",
  room_id: "keyword",
  source_version: "keyword",
} as const;

/**
 * Changes whenever chunking changes what text a point holds; part of every content hash, so a
 * new chunker re-embeds everything once and then costs nothing again.
 */
export const CHUNKER_VERSION = "tokens-v1";

/** Namespace of the UUIDv5 point ids (generated once for this platform; never change it). */
export const POINT_ID_NAMESPACE = "8d3c7e5a-4f0b-5c1e-9a7d-2b6f1e0c4d93";
