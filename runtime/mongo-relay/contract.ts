// The contract between the MongoRelay construct (constructs/swarm-services/mongo-relay.ts) and
// the MongoDB change relay: its environment variables, secret files, defaults and paths.
// Dependency-free on purpose: the construct, the runtime and the tests import it, so each name
// is written once.

/** Plain (non-secret) environment variables the construct sets on the service. */
export const RELAY_ENV = {
  environment: "ENVIRONMENT",
  /** Database whose collections are watched (Rocket.Chat's). */
  mongoDatabase: "MONGO_DATABASE",
  /** Comma-separated collection names. */
  mongoCollections: "MONGO_COLLECTIONS",
  gcpProjectId: "GCP_PROJECT_ID",
  /** Short topic name (not `projects/.../topics/...`). */
  pubsubTopic: "PUBSUB_TOPIC",
  /** Pub/Sub REST base URL; a locational endpoint keeps one key's messages in one region (ordering). */
  pubsubBaseUrl: "PUBSUB_BASE_URL",
  /** File holding the last published position (a docker volume). */
  stateFile: "STATE_FILE",
  healthPort: "HEALTH_PORT",
  /** Seconds without a successful getMore or publish after which `/healthz` answers 503. */
  healthStaleSec: "HEALTH_STALE_SEC",
  /** First wait after a failure; the waits double (full jitter) up to BACKOFF_MAX_MS. */
  backoffInitialMs: "BACKOFF_INITIAL_MS",
  backoffMaxMs: "BACKOFF_MAX_MS",
} as const;

/** Secrets, each read from the file the variable names (docker secrets under /run/secrets). */
export const RELAY_SECRET_FILE_ENV = {
  /** `mongodb://user:password@host:27017,.../rocketchat?replicaSet=rs0&authSource=rocketchat` */
  mongoUri: "MONGO_URI_FILE",
  /** The service-account key JSON, as Google returns it. */
  serviceAccountKey: "GOOGLE_SERVICE_ACCOUNT_KEY_FILE",
} as const;

export const RELAY_DEFAULTS = {
  mongoDatabase: "rocketchat",
  /** The collections the vectorize function maps (MONGO_SOURCE_COLLECTIONS there; a test ties the two). */
  mongoCollections: ["rocketchat_message"] as readonly string[],
  pubsubBaseUrl: "https://pubsub.googleapis.com",
  /** Inside the relay's docker volume (mounted at RELAY_PATHS.stateDir). */
  stateFile: "/home/node/mongo-relay-state.json",
  healthPort: 8080,
  healthStaleSec: 120,
  /** The position is saved after every acknowledged publish, and while idle at least this often. */
  checkpointIntervalMs: 5_000,
  /** ... and at least every this many events, even if a save after a publish was skipped. */
  checkpointEveryEvents: 1_000,
  /** `getMore.maxTimeMS`: how long the server holds an empty getMore (also the idle heartbeat). */
  maxAwaitTimeMs: 1_000,
  /** Publishes in flight during a backfill (the stream itself publishes one change at a time, in order). */
  backfillConcurrency: 32,
  backoffInitialMs: 500,
  backoffMaxMs: 60_000,
  publishTimeoutMs: 30_000,
} as const;

/** The scope of a Pub/Sub publish (contract google-events-identity.md §1). */
export const PUBSUB_SCOPE = "https://www.googleapis.com/auth/pubsub";

/** Where the bundle and the state live in the container (the construct mounts them there). */
export const RELAY_PATHS = {
  /** The gzipped bundle, as a docker config. */
  bundle: "/opt/mongo-relay/mongo-relay.js.gz",
  /** Where the entry command unpacks it before `node` runs it. */
  unpacked: "/tmp/mongo-relay.js",
  /**
   * The volume's mount point: the Node image's home of its `node` user (uid 1000). Docker fills a
   * new named volume from the image's directory at the mount point, ownership included, so the
   * relay can write there without running as root.
   */
  stateDir: "/home/node",
  /** The image's unprivileged user. */
  user: "1000:1000",
  healthPath: "/healthz",
} as const;
