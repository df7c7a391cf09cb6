/**
 * The retry schedule of a delivery that could not be written (Firestore down, credentials
 * missing): the consumer calls `message.retry({ delaySeconds: retryDelaySeconds(...) })`, and the
 * queue's `max_retries` bounds the number of retries before the dead-letter queue.
 *
 * Goal: a Firestore outage of up to 24 hours loses nothing and needs no operator. The defaults
 * (5 s doubling to a 30 min cap, 70 retries) keep retrying for ~31.2 h (`retrySchedule`), beyond
 * Svix's own 27.6 h retry window. Cloudflare limits (developers.cloudflare.com/queues/platform/
 * limits): at most 100 retries per message, `delaySeconds` at most 12 h (43,200 s; 24 h in the
 * current docs), and a queue keeps a message for its retention period (default 4 days, Workers
 * Free: 24 h fixed, which cuts the schedule short). The numbers live in `contract.ts`.
 *
 * @module
 */
import { DEFAULT_RETRY_MAX_DELAY_SECONDS, QUEUE_MAX_DELAY_SECONDS_LIMIT } from "./contract";

/**
 * Backoff for `message.retry({ delaySeconds })`: `base · 2^(attempts-1)` seconds, capped at
 * `maxSeconds`; `attempts` starts at 1 (first delivery). With the defaults: 5, 10, 20, ...,
 * 1280, then 1800 s. A base of 0 retries at once (tests).
 */
export function retryDelaySeconds(attempts: number, baseSeconds: number, maxSeconds = DEFAULT_RETRY_MAX_DELAY_SECONDS): number {
  if (baseSeconds <= 0) return 0;
  const exponent = Math.min(Math.max(attempts, 1) - 1, 20);
  return Math.min(maxSeconds, QUEUE_MAX_DELAY_SECONDS_LIMIT, baseSeconds * 2 ** exponent);
}

/**
 * When each delivery of a message that keeps failing happens, in seconds after the first one:
 * `maxRetries + 1` entries (the first is 0). The last entry is how long an outage may last
 * before the message goes to the dead-letter queue.
 */
export function retrySchedule(maxRetries: number, baseSeconds: number, maxSeconds = DEFAULT_RETRY_MAX_DELAY_SECONDS): number[] {
  const at = [0];
  for (let attempt = 1; attempt <= maxRetries; attempt++) at.push(at[attempt - 1] + retryDelaySeconds(attempt, baseSeconds, maxSeconds));
  return at;
}
