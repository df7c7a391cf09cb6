/**
 * An embeddings API stand-in for runtime tests, on 127.0.0.1 with an ephemeral port, speaking
 * the two wire formats of shared/contracts/embeddings.md:
 *
 * - Cloudflare Workers AI REST: `POST {cloudflareApiBase}/accounts/{ACCOUNT_ID}/ai/run/{model}`
 *   (`cloudflareApiBase` = `${baseUrl}/client/v4`, like `https://api.cloudflare.com/client/v4`),
 *   `Authorization: Bearer <token>`, body `{"text": "..." | ["...", ...]}` →
 *   `{"result": {"shape": [n, dim], "data": [[...]]}, "success": true, "errors": [], "messages": []}`
 *   (bge-*-v1.5 models add `pooling`, default `"mean"`). Errors in Cloudflare's envelope
 *   `{"result": null, "success": false, "errors": [{"code", "message"}], "messages": []}`: bad or
 *   missing token 401 code 10000 "Authentication error"; unknown model 400 code 5007 "No such
 *   model ${model} or task"; bad input or more than `maxTextsPerRequest` texts 400 code 3010;
 *   injected 429 code 3040 "No more data centers to forward the request to" (Workers AI error
 *   table) with `retry-after` when given.
 * - Vertex AI `:predict`: `POST {baseUrl}/v1/projects/{p}/locations/{r}/publishers/google/models/{m}:predict`
 *   (`vertexBase` = `baseUrl`, like `https://{r}-aiplatform.googleapis.com`), `Authorization:
 *   Bearer <token>`, `{"instances": [{task_type, content, title?}], "parameters":
 *   {outputDimensionality?, autoTruncate?}}` → `{"predictions": [{"embeddings": {"values",
 *   "statistics": {"token_count", "truncated"}}}]}`. gemini-embedding-001 takes one instance per
 *   request; `outputDimensionality` above the model's maximum is 400 INVALID_ARGUMENT; its
 *   full-size output is unit length and a reduced one is the leading components, NOT re-normalised
 *   (as Google documents for MRL truncation). Errors as Google: `{"error": {code, message, status}}`.
 *
 * Vectors are deterministic functions of (text, dimension): a bag-of-words part (each content word,
 * lowercased, stop words dropped, a trailing plural "s" stripped, hashed into four signed
 * components) plus a small hash-seeded part from the whole text, normalised. Texts that share
 * content words therefore score higher under cosine than texts that share none, so a retrieval
 * test can expect "…the invoice…" to rank first for a question about an invoice. The Vertex
 * `task_type` does not change the vector (documents and queries share one space here).
 *
 * Test hooks: `requests` (provider, model, texts, status per request), `failNext(status, count,
 * retryAfterSec?)` for the next requests of either provider, `vectorFor(text, dim)` to compute an
 * expected vector.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Output dimension per model id (Cloudflare `@cf/...` ids and Vertex publisher model names). */
export const DEFAULT_MODEL_DIMENSIONS: Readonly<Record<string, number>> = Object.freeze({
  "@cf/baai/bge-m3": 1024,
  "@cf/baai/bge-small-en-v1.5": 384,
  "@cf/baai/bge-base-en-v1.5": 768,
  "@cf/baai/bge-large-en-v1.5": 1024,
  "gemini-embedding-001": 3072,
  "text-embedding-005": 768,
  "text-multilingual-embedding-002": 768,
});

/** Vertex models that accept only one instance per `:predict` request. */
const SINGLE_INSTANCE_MODELS = new Set(["gemini-embedding-001"]);
const VERTEX_MAX_TOKENS = 2048;

export interface EmbeddingsRequestRecord {
  readonly provider: "cloudflare" | "vertex" | "unknown";
  readonly method: string;
  readonly path: string;
  readonly model?: string;
  /** The texts to embed, in request order (empty when the body was unusable). */
  readonly texts: string[];
  /** Vertex `task_type` per instance. */
  readonly taskTypes?: (string | undefined)[];
  readonly body: unknown;
  status?: number;
  injected?: boolean;
}

export interface EmbeddingsStandInOptions {
  /** Bearer token both APIs accept. @default - random */
  readonly token?: string;
  /** Extra or overriding model → dimension entries. @default DEFAULT_MODEL_DIMENSIONS */
  readonly dimensions?: Readonly<Record<string, number>>;
  /** Cloudflare account id to accept; others get the authentication error. @default - any */
  readonly accountId?: string;
  /** Cloudflare texts per request (integrations cite 100). @default 100 */
  readonly maxTextsPerRequest?: number;
}

export interface EmbeddingsStandIn {
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  /** `${baseUrl}/client/v4` — stands for `https://api.cloudflare.com/client/v4`. */
  readonly cloudflareApiBase: string;
  /** `${baseUrl}` — stands for `https://{region}-aiplatform.googleapis.com`. */
  readonly vertexBase: string;
  readonly token: string;
  readonly requests: EmbeddingsRequestRecord[];
  /** The next `count` embedding requests answer `status` (with `retry-after` when given). */
  failNext(status: number, count?: number, retryAfterSec?: number): void;
  /** The vector the stand-in returns for `text` at `dimension` (full size, unit length). */
  vectorFor(text: string, dimension: number): number[];
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Deterministic vectors

const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its " +
    "me my no not of on or our she so than that the their them then there these they this to was we were what when where " +
    "which who why will with would you your about after again all am any because before being both down during each few " +
    "further here more most only other own same some such too under until up very off over out just should now"
  ).split(" "),
);

/** Lowercased content words: letters and digits of any script, stop words dropped, plural "s" stripped. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

function hashInts(seed: string, count: number): number[] {
  const out: number[] = [];
  for (let block = 0; out.length < count; block++) {
    const digest = createHash("sha256").update(`${block}\u0000${seed}`).digest();
    for (let i = 0; i + 4 <= digest.length && out.length < count; i += 4) out.push(digest.readUInt32BE(i));
  }
  return out;
}

/** Bag-of-words (weight 1 per occurrence, 4 signed slots per word) + 0.35 × hash noise, unit length. */
export function deterministicVector(text: string, dimension: number): number[] {
  const vector = new Array<number>(dimension).fill(0);
  const words = contentWords(text);
  for (const word of words) {
    const ints = hashInts(`word\u0000${word}`, 8);
    for (let k = 0; k < 4; k++) vector[ints[2 * k] % dimension] += ints[2 * k + 1] % 2 === 0 ? 1 : -1;
  }
  const bagNorm = Math.sqrt(vector.reduce((s, x) => s + x * x, 0));
  const noise = hashInts(`text\u0000${text}`, dimension).map((n) => n / 0xffffffff - 0.5);
  const noiseNorm = Math.sqrt(noise.reduce((s, x) => s + x * x, 0)) || 1;
  const noiseWeight = bagNorm === 0 ? 1 : 0.35 * bagNorm;
  for (let i = 0; i < dimension; i++) vector[i] += (noise[i] / noiseNorm) * noiseWeight;
  const norm = Math.sqrt(vector.reduce((s, x) => s + x * x, 0));
  return vector.map((x) => x / norm);
}

/** A rough token count: words and punctuation marks. */
const tokenCount = (text: string) => (text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Server

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: number | string,
  ) {
    super(message);
  }
}

const CLOUDFLARE_PATH = /^\/client\/v4\/accounts\/([^/]+)\/ai\/run\/(.+)$/;
const VERTEX_PATH = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):predict$/;

const GOOGLE_STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

export async function startEmbeddingsStandIn(options: EmbeddingsStandInOptions = {}): Promise<EmbeddingsStandIn> {
  const token = options.token ?? `embed-test-${randomBytes(8).toString("hex")}`;
  const dimensions: Record<string, number> = { ...DEFAULT_MODEL_DIMENSIONS, ...options.dimensions };
  const maxTexts = options.maxTextsPerRequest ?? 100;
  const requests: EmbeddingsRequestRecord[] = [];
  const failures: { status: number; remaining: number; retryAfterSec?: number }[] = [];

  const send = (res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(payload);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  function cloudflare(account: string, model: string, body: unknown, authorized: boolean) {
    if (!authorized || (options.accountId !== undefined && account !== options.accountId)) {
      throw new ApiError(401, "Authentication error", 10000);
    }
    const dim = dimensions[model];
    if (dim === undefined) throw new ApiError(400, `No such model ${model} or task`, 5007);
    const text = (body as { text?: unknown } | undefined)?.text;
    const texts = typeof text === "string" ? [text] : text;
    if (!Array.isArray(texts) || texts.length === 0 || texts.some((t) => typeof t !== "string")) {
      throw new ApiError(400, "Invalid or incomplete input for the model: `text` must be a string or a non-empty array of strings", 3010);
    }
    if (texts.length > maxTexts) {
      throw new ApiError(400, `Invalid or incomplete input for the model: at most ${maxTexts} texts per request, got ${texts.length}`, 3010);
    }
    const data = (texts as string[]).map((t) => deterministicVector(t, dim));
    const result: Record<string, unknown> = { shape: [data.length, dim], data };
    if (/^@cf\/baai\/bge-(small|base|large)-en-v1\.5$/.test(model)) {
      result.pooling = (body as { pooling?: string }).pooling ?? "mean";
    }
    return { result, success: true, errors: [], messages: [] };
  }

  function vertex(project: string, location: string, model: string, body: unknown, authorized: boolean) {
    if (!authorized) {
      throw new ApiError(
        401,
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        "UNAUTHENTICATED",
      );
    }
    const max = dimensions[model];
    if (max === undefined) {
      throw new ApiError(404, `Publisher Model \`projects/${project}/locations/${location}/publishers/google/models/${model}\` not found.`, "NOT_FOUND");
    }
    const { instances, parameters = {} } = (body ?? {}) as {
      instances?: { content?: unknown; task_type?: string; title?: string }[];
      parameters?: { outputDimensionality?: number; autoTruncate?: boolean };
    };
    if (!Array.isArray(instances) || instances.length === 0 || instances.some((i) => typeof i?.content !== "string")) {
      throw new ApiError(400, "instances must be a non-empty list of {content: string, task_type?, title?}", "INVALID_ARGUMENT");
    }
    if (SINGLE_INSTANCE_MODELS.has(model) && instances.length > 1) {
      throw new ApiError(400, `${model} accepts one instance per request; got ${instances.length}.`, "INVALID_ARGUMENT");
    }
    const dim = parameters.outputDimensionality ?? max;
    if (!Number.isInteger(dim) || dim < 1 || dim > max) {
      throw new ApiError(400, `Unsupported outputDimensionality ${dim} for ${model}; it must be between 1 and ${max}.`, "INVALID_ARGUMENT");
    }
    const predictions = instances.map((instance) => {
      const content = instance.content as string;
      const tokens = tokenCount(content);
      const truncated = tokens > VERTEX_MAX_TOKENS;
      if (truncated && parameters.autoTruncate === false) {
        throw new ApiError(400, `Input has ${tokens} tokens, more than the ${VERTEX_MAX_TOKENS} allowed, and autoTruncate is false.`, "INVALID_ARGUMENT");
      }
      const values = deterministicVector(content, max).slice(0, dim);
      return { embeddings: { values, statistics: { token_count: Math.min(tokens, VERTEX_MAX_TOKENS), truncated } } };
    });
    return { predictions, metadata: { billableCharacterCount: instances.reduce((s, i) => s + (i.content as string).length, 0) } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const path = new URL(req.url ?? "/", "http://stand-in").pathname;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const cf = CLOUDFLARE_PATH.exec(path);
    const vx = VERTEX_PATH.exec(path);
    const provider = cf ? "cloudflare" : vx ? "vertex" : "unknown";
    const model = cf ? decodeURIComponent(cf[2]) : vx ? vx[3] : undefined;
    const texts =
      provider === "cloudflare"
        ? [(body as { text?: unknown })?.text].flat().filter((t): t is string => typeof t === "string")
        : provider === "vertex"
          ? ((body as { instances?: { content?: unknown }[] })?.instances ?? []).map((i) => String(i?.content))
          : [];
    const entry: EmbeddingsRequestRecord = {
      provider,
      method,
      path,
      model,
      texts,
      taskTypes: provider === "vertex" ? ((body as { instances?: { task_type?: string }[] })?.instances ?? []).map((i) => i?.task_type) : undefined,
      body,
    };
    requests.push(entry);

    const answerError = (err: ApiError, headers: Record<string, string> = {}) => {
      entry.status = err.status;
      if (provider === "vertex") {
        const status = typeof err.code === "string" ? err.code : (GOOGLE_STATUS[err.status] ?? "UNKNOWN");
        return send(res, err.status, { error: { code: err.status, message: err.message, status } }, headers);
      }
      return send(res, err.status, { result: null, success: false, errors: [{ code: err.code, message: err.message }], messages: [] }, headers);
    };

    if (method !== "POST" || provider === "unknown") {
      return answerError(new ApiError(404, `the embeddings stand-in has no ${method} ${path}`, 7003));
    }
    const authorized = req.headers.authorization === `Bearer ${token}`;
    const failure = authorized ? failures[0] : undefined;
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining === 0) failures.shift();
      entry.injected = true;
      const headers: Record<string, string> = failure.retryAfterSec !== undefined ? { "retry-after": String(failure.retryAfterSec) } : {};
      const message =
        failure.status === 429
          ? provider === "vertex"
            ? `Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: ${model}. Please submit a quota increase request.`
            : "No more data centers to forward the request to"
          : `injected failure (${failure.status}) from the embeddings stand-in`;
      const code = provider === "vertex" ? (GOOGLE_STATUS[failure.status] ?? "UNKNOWN") : failure.status === 429 ? 3040 : failure.status;
      return answerError(new ApiError(failure.status, message, code), headers);
    }
    try {
      const answer = cf ? cloudflare(cf[1], model!, body, authorized) : vertex(vx![1], vx![2], model!, body, authorized);
      entry.status = 200;
      send(res, 200, answer);
    } catch (err) {
      if (err instanceof ApiError) return answerError(err);
      throw err;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, { error: { code: 500, message: String(err), status: "INTERNAL" } });
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    cloudflareApiBase: `${baseUrl}/client/v4`,
    vertexBase: baseUrl,
    token,
    requests,
    failNext(status, count = 1, retryAfterSec) {
      failures.push({ status, remaining: count, retryAfterSec });
    },
    vectorFor: deterministicVector,
    close: () =>
      new Promise<void>((ok, ko) => {
        server.closeAllConnections();
        server.close((err) => (err ? ko(err) : ok()));
      }),
  };
}
