// The function's configuration, read once per instance from the environment the construct sets
// (names in ./contract). A missing or malformed value names the variable and who sets it.
import { FIRESTORE_DEFAULT_DATABASE } from "../lib/firestore-contract";
import { DEFAULT_EMBEDDING, DEFAULT_QDRANT_COLLECTION, EMBEDDING_PROVIDERS, type EmbeddingProvider, VECTORIZE_ENV, VECTORIZE_SECRET_ENV } from "./contract";

export interface VectorizeConfig {
  readonly environment: string;
  readonly gcpProjectId: string;
  readonly firestoreDatabase: string;
  readonly firestoreBaseUrl?: string;
  readonly qdrantUrl: string;
  readonly qdrantApiKey: string;
  readonly qdrantCollection: string;
  readonly embedding: {
    readonly provider: EmbeddingProvider;
    readonly model: string;
    readonly dimension: number;
    readonly cloudflareAccountId?: string;
    readonly apiToken?: string;
    readonly vertexLocation?: string;
    readonly baseUrl?: string;
  };
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function readConfig(env: Record<string, string | undefined>): VectorizeConfig {
  const optional = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const required = (name: string, setBy = "the VectorizePipeline construct") => {
    const value = optional(name);
    if (!value) throw new ConfigError(`vectorize: ${name} is not set; ${setBy} sets it`);
    return value;
  };
  const provider = (optional(VECTORIZE_ENV.embeddingProvider) ?? DEFAULT_EMBEDDING.provider) as EmbeddingProvider;
  if (!EMBEDDING_PROVIDERS.includes(provider)) throw new ConfigError(`vectorize: ${VECTORIZE_ENV.embeddingProvider} is "${provider}"; use one of ${EMBEDDING_PROVIDERS.join(", ")}`);
  const dimensionText = optional(VECTORIZE_ENV.embeddingDimension) ?? String(DEFAULT_EMBEDDING.dimension);
  const dimension = Number(dimensionText);
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > 65_536) throw new ConfigError(`vectorize: ${VECTORIZE_ENV.embeddingDimension} is "${dimensionText}"; give the model's vector size`);
  const secretSetBy = "Secret Manager (through the construct's secret environment variables)";
  return {
    environment: optional(VECTORIZE_ENV.environment) ?? "unknown",
    gcpProjectId: required(VECTORIZE_ENV.gcpProjectId),
    firestoreDatabase: optional(VECTORIZE_ENV.firestoreDatabase) ?? FIRESTORE_DEFAULT_DATABASE,
    firestoreBaseUrl: optional(VECTORIZE_ENV.firestoreBaseUrl),
    qdrantUrl: required(VECTORIZE_ENV.qdrantUrl),
    qdrantApiKey: required(VECTORIZE_SECRET_ENV.qdrantApiKey, secretSetBy),
    qdrantCollection: optional(VECTORIZE_ENV.qdrantCollection) ?? DEFAULT_QDRANT_COLLECTION,
    embedding: {
      provider,
      model: optional(VECTORIZE_ENV.embeddingModel) ?? DEFAULT_EMBEDDING.model,
      dimension,
      ...(provider === "workers-ai"
        ? {
            cloudflareAccountId: required(VECTORIZE_ENV.cloudflareAccountId),
            apiToken: required(VECTORIZE_SECRET_ENV.embeddingApiToken, secretSetBy),
            baseUrl: optional(VECTORIZE_ENV.workersAiBaseUrl),
          }
        : { vertexLocation: required(VECTORIZE_ENV.vertexLocation), baseUrl: optional(VECTORIZE_ENV.vertexBaseUrl) }),
    },
  };
}
