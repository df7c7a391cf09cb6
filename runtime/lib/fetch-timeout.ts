/** Raised when an outbound call does not answer within its time budget. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
  ) {
    super(`${what} did not answer within ${timeoutMs} ms`);
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** `fetch` with a deadline: every external call has a timeout and a typed error. */
export async function fetchWithTimeout(fetcher: FetchLike, url: string, init: RequestInit, timeoutMs: number, what: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetcher(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) throw new TimeoutError(what, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `promise` with a deadline (for bindings such as Queues and R2 that take no signal). */
export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
