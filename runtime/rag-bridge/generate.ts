/**
 * Step 2, "generate": Groq chat completions through `groq-sdk` with the primary model and its
 * fallback (groq.md).
 *
 * - At most `GROQ_MAX_ATTEMPTS` requests per question; the SDK's own retries are off so this
 *   loop is the only one, and each request has a timeout.
 * - 429: that model is not asked again before its `retry-after` (groq.md §5: present only on
 *   429); the other model is tried meanwhile. A `retry-after` above `GROQ_MAX_RETRY_AFTER_SECONDS`
 *   takes the model out for this question.
 * - 498 (flex capacity), 5xx, timeouts, connection errors, an empty answer: the other model next,
 *   the failed one after a doubling backoff.
 * - 404 `model_not_found` (a decommissioned id, groq.md §6): that model is out for this question.
 * - Other 4xx (400, 401, 413, 422): a request or key problem no retry fixes; fail at once.
 *
 * @module
 */
import Groq, { APIError } from "groq-sdk";
import { GROQ_MAX_ATTEMPTS, GROQ_MAX_RETRY_AFTER_SECONDS, TIMEOUT_MS } from "./contract";
import { UpstreamError } from "./retrieve";

export interface GenerateOptions {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly models: readonly [primary: string, fallback: string];
  readonly system: string;
  readonly user: string;
  readonly maxAnswerTokens: number;
  readonly retryBaseDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

export interface AttemptRecord {
  readonly model: string;
  readonly status: number | "timeout" | "connection" | "empty" | "ok";
  readonly ms: number;
}

export interface Generated {
  readonly answer: string;
  readonly model: string;
  readonly attempts: readonly AttemptRecord[];
  readonly groqRequestId?: string;
}

let clientCache: { key: string; client: Groq } | undefined;

function groqClient(apiKey: string, baseUrl: string): Groq {
  const key = `${baseUrl}\0${apiKey}`;
  if (clientCache?.key !== key) clientCache = { key, client: new Groq({ apiKey, baseURL: baseUrl, maxRetries: 0, timeout: TIMEOUT_MS.groq }) };
  return clientCache.client;
}

interface ModelState {
  readonly id: string;
  notBefore: number;
  out: boolean;
  failures: number;
}

export async function generate(options: GenerateOptions): Promise<Generated> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const client = groqClient(options.apiKey, options.baseUrl);
  const models: ModelState[] = [...new Set(options.models)].map((id) => ({ id, notBefore: 0, out: false, failures: 0 }));
  const attempts: AttemptRecord[] = [];
  let last: ModelState | undefined;
  let lastError = "no attempt";

  while (attempts.length < GROQ_MAX_ATTEMPTS) {
    // The other model first on a tie, so a failure switches models at once.
    const candidates = models.filter((m) => !m.out).sort((a, b) => a.notBefore - b.notBefore || (a === last ? 1 : b === last ? -1 : 0));
    const model = candidates[0];
    if (!model) break;
    const wait = model.notBefore - now();
    if (wait > GROQ_MAX_RETRY_AFTER_SECONDS * 1000) break;
    if (wait > 0) await sleep(wait);
    last = model;
    const started = now();
    try {
      const completion = await client.chat.completions.create({
        model: model.id,
        messages: [
          { role: "system", content: options.system },
          { role: "user", content: options.user },
        ],
        temperature: 0.2,
        max_completion_tokens: options.maxAnswerTokens,
        // gpt-oss accepts only low | medium | high (groq.md §2); the answer, not the reasoning, is posted.
        reasoning_effort: "low",
        include_reasoning: false,
        stream: false,
      });
      const answer = completion.choices[0]?.message?.content?.trim() ?? "";
      if (!answer) {
        attempts.push({ model: model.id, status: "empty", ms: now() - started });
        lastError = `${model.id} returned an empty answer (finish_reason ${completion.choices[0]?.finish_reason ?? "none"})`;
        backoff(model, now(), options.retryBaseDelayMs);
        continue;
      }
      attempts.push({ model: model.id, status: "ok", ms: now() - started });
      const requestId = (completion as { x_groq?: { id?: string } }).x_groq?.id;
      return { answer, model: model.id, attempts, ...(requestId ? { groqRequestId: requestId } : {}) };
    } catch (error) {
      const ms = now() - started;
      if (!(error instanceof APIError) || error.status === undefined) {
        const timedOut = error instanceof Error && /timed? ?out/i.test(`${error.name} ${error.message}`);
        attempts.push({ model: model.id, status: timedOut ? "timeout" : "connection", ms });
        lastError = `${model.id}: ${error instanceof Error ? error.message : String(error)}`;
        backoff(model, now(), options.retryBaseDelayMs);
        continue;
      }
      const status = error.status;
      attempts.push({ model: model.id, status, ms });
      lastError = `${model.id}: ${status} ${error.message.slice(0, 200)}`;
      if (status === 429) {
        const retryAfter = Number(error.headers?.get("retry-after"));
        if (Number.isFinite(retryAfter) && retryAfter > GROQ_MAX_RETRY_AFTER_SECONDS) model.out = true;
        else if (Number.isFinite(retryAfter) && retryAfter >= 0) model.notBefore = now() + retryAfter * 1000;
        else backoff(model, now(), options.retryBaseDelayMs);
      } else if (status === 404) {
        model.out = true;
      } else if (status === 498 || status >= 500) {
        backoff(model, now(), options.retryBaseDelayMs);
      } else {
        throw new UpstreamError("groq", `Groq refused the request: ${lastError}`, status);
      }
    }
  }
  throw new UpstreamError("groq", `no answer from Groq after ${attempts.length} attempts; last: ${lastError}`);
}

function backoff(model: ModelState, now: number, baseMs: number): void {
  model.notBefore = now + baseMs * 2 ** model.failures;
  model.failures++;
}
