// The `Embedder` seam: the one place that knows how text becomes a vector. Two implementations,
// both plain REST through fetch (their APIs are two small JSON calls; no SDK adds anything):
// Cloudflare Workers AI (the platform default, the same model the RAG Worker runs through its AI
// binding) and Vertex AI. Rate limits and server errors throw `TransientError`, so the platform
// retries the event; a request the API rejects for its content throws `EmbeddingRejectedError`.

export interface Embedder {
  readonly model: string;
  readonly dimension: number;
  readonly maxInputTokens: number;
  /** One vector per text, in order. */
  embedDocuments(texts: readonly string[]): Promise<number[][]>;
}

export class TransientError extends Error {
  override readonly name = "TransientError";
  constructor(
    message: string,
    readonly retryAfterSec?: number,
  ) {
    super(message);
  }
}

export class EmbeddingRejectedError extends Error {
  override readonly name = "EmbeddingRejectedError";
}

export interface EmbedderOptions {
  readonly model: string;
  readonly dimension: number;
  readonly maxInputTokens?: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

export interface WorkersAiOptions extends EmbedderOptions {
  readonly accountId: string;
  readonly apiToken: string;
  /** @default "https://api.cloudflare.com/client/v4" */
  readonly baseUrl?: string;
}

/** Workers AI accepts at most 100 texts per embedding request. */
export const WORKERS_AI_BATCH = 100;

export function workersAiEmbedder(options: WorkersAiOptions): Embedder {
  const base = (options.baseUrl ?? "https://api.cloudflare.com/client/v4").replace(/\/+$/, "");
  return {
    model: options.model,
    dimension: options.dimension,
    maxInputTokens: options.maxInputTokens ?? 512,
    async embedDocuments(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += WORKERS_AI_BATCH) {
        const batch = texts.slice(start, start + WORKERS_AI_BATCH);
        const body = (await postJson(options, `${base}/accounts/${options.accountId}/ai/run/${options.model}`, options.apiToken, { text: batch }, "Workers AI")) as {
          result?: { data?: number[][] };
        };
        const data = body.result?.data;
        if (!Array.isArray(data) || data.length !== batch.length) throw new TransientError(`Workers AI returned ${Array.isArray(data) ? data.length : "no"} vectors for ${batch.length} texts`);
        vectors.push(...data.map((vector) => checkDimension(vector, options)));
      }
      return vectors;
    },
  };
}

export interface VertexAiOptions extends EmbedderOptions {
  readonly projectId: string;
  readonly location: string;
  /** A Google access token with the cloud-platform scope (the function's own identity). */
  readonly accessToken: () => Promise<string>;
  /** @default "https://<location>-aiplatform.googleapis.com" */
  readonly baseUrl?: string;
}

export function vertexAiEmbedder(options: VertexAiOptions): Embedder {
  const base = (options.baseUrl ?? `https://${options.location}-aiplatform.googleapis.com`).replace(/\/+$/, "");
  // gemini-embedding-001 takes one instance per :predict request; the text-embedding models take more.
  const batchSize = options.model.startsWith("gemini-embedding") ? 1 : 5;
  const url = `${base}/v1/projects/${options.projectId}/locations/${options.location}/publishers/google/models/${options.model}:predict`;
  return {
    model: options.model,
    dimension: options.dimension,
    maxInputTokens: options.maxInputTokens ?? 2048,
    async embedDocuments(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = texts.slice(start, start + batchSize);
        const body = (await postJson(
          options,
          url,
          await options.accessToken(),
          { instances: batch.map((content) => ({ task_type: "RETRIEVAL_DOCUMENT", content })), parameters: { autoTruncate: true, outputDimensionality: options.dimension } },
          "Vertex AI",
        )) as { predictions?: Array<{ embeddings?: { values?: number[] } }> };
        const predictions = body.predictions ?? [];
        if (predictions.length !== batch.length) throw new TransientError(`Vertex AI returned ${predictions.length} embeddings for ${batch.length} texts`);
        vectors.push(...predictions.map((p) => checkDimension(p.embeddings?.values ?? [], options)));
      }
      return vectors;
    },
  };
}

function checkDimension(vector: number[], options: EmbedderOptions): number[] {
  if (!Array.isArray(vector) || vector.length !== options.dimension) {
    // The configured dimension is wrong for this model: every event would fail the same way.
    throw new Error(`${options.model} returned a ${Array.isArray(vector) ? vector.length : "non"}-dimensional vector; the environment config says ${options.dimension}. Fix the embedding dimension (the collection is sized by it).`);
  }
  return vector;
}

async function postJson(options: EmbedderOptions, url: string, token: string, body: unknown, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new TransientError(`${what} request failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = await response.text();
  if (response.ok) return JSON.parse(text);
  const detail = text.slice(0, 300);
  if (response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new TransientError(`${what} answered ${response.status}: ${detail}`, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  // 401/403: credentials or permissions; retrying lets an operator fix them without losing events.
  if (response.status === 401 || response.status === 403) throw new TransientError(`${what} refused the credentials (${response.status}): ${detail}`);
  throw new EmbeddingRejectedError(`${what} rejected the request (${response.status}): ${detail}`);
}
