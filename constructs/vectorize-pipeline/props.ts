import { DEFAULT_EMBEDDING, EMBEDDING_PROVIDERS, type EmbeddingProvider, FIRESTORE_SOURCE_PATTERNS } from "../../runtime/vectorize/contract";
import { isNonEmptyString, isUnresolved, Problems } from "../lib/validate";

/**
 * The platform's one embedding setting: the vectorize function embeds documents with it and the
 * RAG bridge embeds questions with it, so both sides always use the same model and dimension.
 */
export interface EmbeddingSettings {
  readonly provider: EmbeddingProvider;
  /** e.g. `@cf/baai/bge-m3` (Workers AI) or `gemini-embedding-001` (Vertex AI). */
  readonly model: string;
  /** The model's vector size; the Qdrant collection is created with it. */
  readonly dimension: number;
  /** Workers AI: the Cloudflare account that runs the model. */
  readonly cloudflareAccountId?: string;
  /** Vertex AI: the model's region. @default - the function's region */
  readonly vertexLocation?: string;
}

/** Workers AI `@cf/baai/bge-m3`: multilingual, 1024 dimensions. */
export const DEFAULT_EMBEDDING_SETTINGS = { provider: DEFAULT_EMBEDDING.provider, model: DEFAULT_EMBEDDING.model, dimension: DEFAULT_EMBEDDING.dimension } as const;

export interface VectorizePipelineProps {
  /** `dev`, `staging` or `prod`: prefixes every name. */
  readonly environment: string;
  readonly gcpProjectId: string;
  /** Region of the function (and of Vertex AI unless set). */
  readonly gcpRegion: string;
  /** Firestore database id, e.g. `(default)`. */
  readonly firestoreDatabase: string;
  /** The database's location (`eur3`, `nam5` or a region): Firestore triggers must run there. */
  readonly firestoreLocation: string;
  /**
   * Location of the Firestore triggers. Eventarc wants the database's own location, multi-regions
   * included: a trigger in another region is refused with "Database '(default)' does not exist in
   * region 'us-central1'. Did you mean region 'nam5'?" (google provider issue #17057; firebase-tools
   * does the same, PR #5592). Google's Firestore page once described a region mapping instead; set
   * this if your project's first apply says otherwise.
   * @default - `firestoreLocation`
   */
  readonly firestoreTriggerLocation?: string;
  /** Bucket of the function's source zip (`EnvironmentFoundation.functionSourceBucketName`). */
  readonly functionSourceBucketName: string;
  /** Where Qdrant is: its REST URL and an API key (a sensitive variable or a created key; it goes to Secret Manager). */
  readonly qdrant: { readonly url: string; readonly apiKey: string };
  /**
   * The Qdrant alias searches use; the function writes to `<collection>_<model>_<dimension>` behind it.
   * @default "platform_knowledge"
   */
  readonly collection?: string;
  readonly embedding: EmbeddingSettings;
  /** Workers AI API token (a sensitive variable): required when the provider is `workers-ai`. */
  readonly embeddingApiToken?: string;
  /**
   * Firestore path patterns to embed, each with a mapper in `runtime/vectorize/mappers.ts`.
   * @default - every collection the ingest Workers write (`FIRESTORE_SOURCE_PATTERNS`)
   */
  readonly firestorePatterns?: readonly string[];
  /**
   * When the drift check runs (cron, UTC).
   * @default "17 *\/6 * * *" - every six hours
   */
  readonly driftCheckSchedule?: string;
  /** @default 512 */
  readonly memoryMiB?: number;
  /** Longest one event may take; also the relay subscription's ack deadline. @default 300 */
  readonly timeoutSec?: number;
  /** @default 10 */
  readonly maxInstances?: number;
  /**
   * Deliveries of one relay message before it goes to the dead-letter topic (Pub/Sub allows 5-100);
   * with 10-600 s backoff, 20 attempts span about 2.5 hours.
   * @default 20
   */
  readonly relayMaxDeliveryAttempts?: number;
}

/** Checks an embedding setting; `prefix` names where it came from (`vectorSearch.embedding.` in a config). */
export function checkEmbedding(embedding: EmbeddingSettings | undefined, problems: Problems, prefix = "embedding.", options: { accountFromElsewhere?: boolean } = {}): void {
  if (!embedding || typeof embedding !== "object") {
    problems.add(prefix.replace(/\.$/, ""), embedding, "give {provider, model, dimension}");
    return;
  }
  problems.check(EMBEDDING_PROVIDERS.includes(embedding.provider), `${prefix}provider`, embedding.provider, `use one of ${EMBEDDING_PROVIDERS.join(", ")}`);
  problems.check(isNonEmptyString(embedding.model), `${prefix}model`, embedding.model, 'give a model id such as "@cf/baai/bge-m3"');
  problems.check(Number.isInteger(embedding.dimension) && embedding.dimension > 0 && embedding.dimension <= 65_536, `${prefix}dimension`, embedding.dimension, "give the model's vector size (bge-m3: 1024)");
  if (embedding.provider === "workers-ai" && !options.accountFromElsewhere) {
    problems.check(isUnresolved(embedding.cloudflareAccountId) || /^[0-9a-f]{32}$/.test(embedding.cloudflareAccountId ?? ""), `${prefix}cloudflareAccountId`, embedding.cloudflareAccountId, "give the 32-hex-digit account that runs Workers AI");
  }
}

export function checkVectorizeProps(path: string, props: VectorizePipelineProps): void {
  const problems = new Problems(`vectorize-pipeline "${path}"`);
  problems.check(/^[a-z][a-z0-9-]*$/.test(props.environment ?? "") && `${props.environment}-vectorize-invoker`.length <= 30, "environment", props.environment, "give a short lowercase name such as \"prod\" (service account ids are at most 30 characters)");
  for (const key of ["gcpProjectId", "gcpRegion", "firestoreDatabase", "firestoreLocation", "functionSourceBucketName"] as const) {
    problems.check(isNonEmptyString(props[key]), key, props[key], "give a non-empty value");
  }
  if (!isUnresolved(props.qdrant?.url)) problems.check(/^https?:\/\/[^\s/]+/.test(props.qdrant?.url ?? ""), "qdrant.url", props.qdrant?.url, 'give the REST URL, e.g. "https://<cluster>.eu-central-1-0.aws.cloud.qdrant.io:6333"');
  problems.check(isNonEmptyString(props.qdrant?.apiKey), "qdrant.apiKey", props.qdrant?.apiKey ? "(set)" : props.qdrant?.apiKey, "give the key as a sensitive variable's value or a created key");
  if (props.qdrant?.apiKey && !isUnresolved(props.qdrant.apiKey)) {
    problems.add("qdrant.apiKey", "(a literal)", "pass a reference (a sensitive TerraformVariable or a created key), never the key's text: it would be in the synthesized JSON");
  }
  if (props.collection !== undefined) problems.check(/^[A-Za-z0-9_-]{1,200}$/.test(props.collection), "collection", props.collection, "use letters, digits, _ and -");
  checkEmbedding(props.embedding, problems);
  if (props.embedding?.provider === "workers-ai") {
    problems.check(isNonEmptyString(props.embeddingApiToken), "embeddingApiToken", props.embeddingApiToken ? "(set)" : props.embeddingApiToken, "Workers AI needs an API token: give a sensitive variable's value");
    if (props.embeddingApiToken && !isUnresolved(props.embeddingApiToken)) problems.add("embeddingApiToken", "(a literal)", "pass a sensitive TerraformVariable's value, never the token's text");
  }
  const known = FIRESTORE_SOURCE_PATTERNS as readonly string[];
  (props.firestorePatterns ?? []).forEach((pattern, i) => problems.check(known.includes(pattern), `firestorePatterns[${i}]`, pattern, `use a pattern the runtime has a mapper for: ${known.join(", ")}`));
  const range = (field: "memoryMiB" | "timeoutSec" | "maxInstances" | "relayMaxDeliveryAttempts", min: number, max: number) => {
    const value = props[field];
    if (value !== undefined) problems.check(Number.isInteger(value) && value >= min && value <= max, field, value, `use a whole number from ${min} to ${max}`);
  };
  range("memoryMiB", 128, 32_768);
  // Event-driven 2nd gen functions may run at most 540 s (google-events-identity contract §2).
  range("timeoutSec", 10, 540);
  range("maxInstances", 1, 1000);
  // Pub/Sub dead_letter_policy.max_delivery_attempts accepts 5-100.
  range("relayMaxDeliveryAttempts", 5, 100);
  problems.throwIfAny();
}
