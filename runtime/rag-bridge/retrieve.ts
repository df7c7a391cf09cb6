/**
 * Step 1, "get context": embed the question with the platform's embedding setting (the one the
 * vectorize function indexes with) and query Qdrant's Query API with top-k, a score threshold and
 * the access filter.
 *
 * Access (runtime/vectorize/mappers.ts): `access: "room"` points (Rocket.Chat messages) are
 * retrievable only in the room they were said in; `access: "business"` points (calls,
 * reservations, ...) only in the channels listed as business channels. The filter is built here,
 * from the webhook's room, never from the question text.
 *
 * @module
 */
import { QdrantClient } from "@qdrant/js-client-rest";
import { fetchWithTimeout, withTimeout } from "../lib/fetch-timeout";
import { TIMEOUT_MS } from "./contract";
import type { AiBinding, BridgeConfig } from "./env";
import { inChannels } from "./question";

export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
  constructor(
    readonly upstream: "embedder" | "qdrant" | "groq" | "rocketchat",
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RetrievedPoint {
  readonly id: string;
  readonly score: number;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** The Qdrant filter for a question asked in `roomId` (named `roomName`). */
export function accessFilter(roomId: string, roomName: string | null, businessChannels: readonly string[]): Record<string, unknown> {
  const inRoom = { must: [{ key: "access", match: { value: "room" } }, { key: "room_id", match: { value: roomId } }] };
  const business = { must: [{ key: "access", match: { value: "business" } }] };
  return { should: inChannels(businessChannels, roomId, roomName) ? [inRoom, business] : [inRoom] };
}

export async function embedQuestion(
  text: string,
  config: BridgeConfig,
  deps: { readonly ai?: AiBinding; readonly googleToken?: () => Promise<string> },
): Promise<number[]> {
  let vector: number[] | undefined;
  if (config.embedding.provider === "workers-ai") {
    if (!deps.ai) throw new UpstreamError("embedder", "the AI binding is missing; the construct binds it when the embedding provider is workers-ai");
    let result: { data?: number[][] };
    try {
      result = await withTimeout(deps.ai.run(config.embedding.model, { text: [text] }), TIMEOUT_MS.embed, "Workers AI embedding");
    } catch (error) {
      throw new UpstreamError("embedder", `Workers AI embedding failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    vector = result.data?.[0];
  } else {
    if (!deps.googleToken) throw new UpstreamError("embedder", "no Google credentials for Vertex AI");
    const base = config.vertexBaseUrl || `https://${config.vertexLocation}-aiplatform.googleapis.com`;
    const url = `${base}/v1/projects/${config.vertexProjectId}/locations/${config.vertexLocation}/publishers/google/models/${config.embedding.model}:predict`;
    const response = await fetchWithTimeout(
      (input, init) => fetch(input, init),
      url,
      {
        method: "POST",
        headers: { authorization: `Bearer ${await deps.googleToken()}`, "content-type": "application/json" },
        // The query side of the asymmetric pair the vectorize function indexes with (RETRIEVAL_DOCUMENT).
        body: JSON.stringify({ instances: [{ task_type: "RETRIEVAL_QUERY", content: text }], parameters: { autoTruncate: true, outputDimensionality: config.embedding.dimension } }),
      },
      TIMEOUT_MS.embed,
      "Vertex AI embedding",
    ).catch((error) => {
      throw new UpstreamError("embedder", String(error instanceof Error ? error.message : error));
    });
    if (!response.ok) throw new UpstreamError("embedder", `Vertex AI answered ${response.status}`, response.status);
    const body = (await response.json()) as { predictions?: Array<{ embeddings?: { values?: number[] } }> };
    vector = body.predictions?.[0]?.embeddings?.values;
  }
  if (!Array.isArray(vector) || vector.length !== config.embedding.dimension) {
    throw new UpstreamError("embedder", `the embedder returned ${Array.isArray(vector) ? vector.length : "no"} dimensions; ${config.embedding.model} is configured with ${config.embedding.dimension}`);
  }
  return vector;
}

let clientCache: { key: string; client: QdrantClient } | undefined;

function qdrantClient(config: BridgeConfig, apiKey: string): QdrantClient {
  const key = `${config.qdrantUrl}\0${apiKey}`;
  if (clientCache?.key !== key) {
    // As the vectorize function builds it (a URL without a port means 6333, the client's default).
    // checkCompatibility would cost a request per isolate; the Query API exists from v1.10 (qdrant.md §5).
    clientCache = { key, client: new QdrantClient({ url: config.qdrantUrl, apiKey, checkCompatibility: false, timeout: TIMEOUT_MS.qdrant }) };
  }
  return clientCache.client;
}

export async function retrieve(vector: number[], roomId: string, roomName: string | null, config: BridgeConfig, apiKey: string): Promise<RetrievedPoint[]> {
  try {
    const { points } = await qdrantClient(config, apiKey).query(config.qdrantCollection, {
      query: vector,
      limit: config.topK,
      score_threshold: config.scoreThreshold,
      with_payload: true,
      filter: accessFilter(roomId, roomName, config.businessChannels),
    });
    return points.map((point) => ({ id: String(point.id), score: point.score, payload: (point.payload ?? {}) as Record<string, unknown> }));
  } catch (error) {
    const status = (error as { status?: number }).status;
    throw new UpstreamError("qdrant", `Qdrant query failed: ${error instanceof Error ? error.message : String(error)}`, status);
  }
}
