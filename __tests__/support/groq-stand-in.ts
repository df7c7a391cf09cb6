/**
 * A Groq chat-completions stand-in on 127.0.0.1 (shared/contracts/groq.md), for the real
 * `groq-sdk` to talk to:
 *
 * - `POST /openai/v1/chat/completions` with `Authorization: Bearer <key>`; a wrong or missing key
 *   is 401 `invalid_api_key`; a model outside `models` is 404 `model_not_found` ("The model `x`
 *   does not exist or you do not have access to it", §5); a body without `model`/`messages` is
 *   400 `invalid_request_error`; `reasoning_effort` other than low|medium|high on gpt-oss is 400 (§2).
 * - The answer is the vendor example's shape (§3): `id`, `object`, `created`, `model`, `choices[0]
 *   .message.content`, `finish_reason`, `usage` with Groq's timing fields, `x_groq.id`.
 * - Injected failures: `failNext({ status, count, model, retryAfterSec })` answers in Groq's error
 *   envelope; 429 carries `retry-after` and the `x-ratelimit-*` headers (§5).
 *
 * `answer(request)` decides the content (default: cites passage [1]); `requests` records each call
 * with its arrival time.
 */
import { randomBytes } from "node:crypto";
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface GroqRequestRecord {
  readonly at: number;
  readonly model: string;
  readonly body: Record<string, any>;
  readonly status: number;
  readonly authorization: string | undefined;
}

export interface GroqFailure {
  readonly status: number;
  /** How many requests fail. @default 1 */
  readonly count?: number;
  /** Only requests for this model fail. */
  readonly model?: string;
  readonly retryAfterSec?: number;
}

export interface GroqStandIn {
  /** Base URL for `new Groq({ baseURL })` (the SDK adds `/openai/v1/...`). */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly requests: GroqRequestRecord[];
  failNext(failure: GroqFailure): void;
  /** Every request answers `status` until `up()`. */
  down(status?: number): void;
  up(): void;
  /** Decides the assistant's content; `null` gives an empty answer. */
  answer: (body: Record<string, any>) => string | null;
  /** Milliseconds every successful answer waits before it is sent (a slow model). */
  delayMs: number;
  close(): Promise<void>;
}

export const GROQ_PRODUCTION_MODELS = ["openai/gpt-oss-120b", "openai/gpt-oss-20b"];

function errorBody(status: number, model: string): Record<string, unknown> {
  if (status === 429)
    return { error: { message: `Rate limit reached for model \`${model}\` on tokens per minute (TPM): Limit 8000, Used 7972, Requested 4351. Please try again in 5.289s.`, type: "tokens", code: "rate_limit_exceeded" } };
  if (status === 404) return { error: { message: `The model \`${model}\` does not exist or you do not have access to it.`, type: "invalid_request_error", code: "model_not_found" } };
  if (status === 498) return { error: { message: "Flex tier capacity exceeded. This is a known issue, please try again later.", type: "internal_server_error", code: "capacity_exceeded" } };
  return { error: { message: status >= 500 ? "Internal Server Error" : "Bad request", type: status >= 500 ? "internal_server_error" : "invalid_request_error" } };
}

export async function startGroqStandIn(options: { apiKey?: string; models?: string[] } = {}): Promise<GroqStandIn> {
  const apiKey = options.apiKey ?? `gsk_test_${randomBytes(12).toString("hex")}`;
  const models = options.models ?? GROQ_PRODUCTION_MODELS;
  const failures: Array<GroqFailure & { left: number }> = [];
  let downStatus: number | null = null;
  const requests: GroqRequestRecord[] = [];

  const standIn: GroqStandIn = {
    baseUrl: "",
    apiKey,
    requests,
    failNext: (failure) => void failures.push({ ...failure, left: failure.count ?? 1 }),
    down: (status = 503) => void (downStatus = status),
    up: () => void (downStatus = null),
    answer: () => "From the context: see [1].",
    delayMs: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, any> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    } catch {
      body = {};
    }
    const model = typeof body.model === "string" ? body.model : "";
    const record = (status: number) => requests.push({ at: Date.now(), model, body, status, authorization: req.headers.authorization });
    if (req.method !== "POST" || req.url?.split("?")[0] !== "/openai/v1/chat/completions") {
      record(404);
      return send(res, 404, { error: { message: "Unknown request URL", type: "invalid_request_error", code: "unknown_url" } });
    }
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      record(401);
      return send(res, 401, { error: { message: "Invalid API Key", type: "invalid_request_error", code: "invalid_api_key" } });
    }
    if (!model || !Array.isArray(body.messages) || body.messages.length === 0) {
      record(400);
      return send(res, 400, { error: { message: "'model' and 'messages' are required", type: "invalid_request_error" } });
    }
    if (model.startsWith("openai/gpt-oss") && body.reasoning_effort !== undefined && !["low", "medium", "high"].includes(body.reasoning_effort)) {
      record(400);
      return send(res, 400, { error: { message: "reasoning_effort must be one of low, medium, high", type: "invalid_request_error" } });
    }
    if (downStatus !== null) {
      record(downStatus);
      return send(res, downStatus, errorBody(downStatus, model));
    }
    const failure = failures.find((f) => f.left > 0 && (!f.model || f.model === model));
    if (failure) {
      failure.left--;
      record(failure.status);
      const headers: Record<string, string> =
        failure.status === 429
          ? {
              ...(failure.retryAfterSec !== undefined ? { "retry-after": String(failure.retryAfterSec) } : {}),
              "x-ratelimit-limit-tokens": "8000",
              "x-ratelimit-remaining-tokens": "28",
              "x-ratelimit-reset-tokens": "5.289s",
            }
          : {};
      return send(res, failure.status, errorBody(failure.status, model), headers);
    }
    if (!models.includes(model)) {
      record(404);
      return send(res, 404, errorBody(404, model));
    }
    record(200);
    if (standIn.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, standIn.delayMs));
    const content = standIn.answer(body);
    return send(res, 200, {
      id: `chatcmpl-${randomBytes(8).toString("hex")}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: "assistant", content }, logprobs: null, finish_reason: "stop" }],
      usage: { queue_time: 0.01, prompt_tokens: 100, prompt_time: 0.001, completion_tokens: 20, completion_time: 0.02, total_tokens: 120, total_time: 0.021 },
      system_fingerprint: "fp_standin",
      x_groq: { id: `req_${randomBytes(8).toString("hex")}` },
    });
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  (standIn as { baseUrl: string }).baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
