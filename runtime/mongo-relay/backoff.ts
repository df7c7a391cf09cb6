// Exponential backoff with full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog,
// 2015): the n-th wait is uniform in [0, min(cap, base·2ⁿ)], so many relays (or retries) that
// failed together do not retry together.

export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
  /** Uniform in [0, 1). @default Math.random */
  readonly random?: () => number;
}

export class Backoff {
  private attempt = 0;

  constructor(private readonly options: BackoffOptions) {}

  /** The wait before the next attempt; each call doubles the ceiling up to `maxMs`. */
  next(): number {
    const ceiling = Math.min(this.options.maxMs, this.options.initialMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    return Math.floor((this.options.random ?? Math.random)() * ceiling);
  }

  /** After a success the next failure starts from `initialMs` again. */
  reset(): void {
    this.attempt = 0;
  }

  get failures(): number {
    return this.attempt;
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
