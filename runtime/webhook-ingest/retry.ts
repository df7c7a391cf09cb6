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
 * Free: 24 h fixed, which cuts the schedule short).
 */
export const DEFAULT_RETRY_BASE_DELAY_SECONDS = 5;
/** Longest delay before a failed message is retried: a recovered Firestore is used within 30 min. */
export const DEFAULT_RETRY_MAX_DELAY_SECONDS = 30 * 60;
/** Queue `max_retries` the construct sets: with the delays above, ~31.2 h of retries. */
export const DEFAULT_MAX_RETRIES = 70;
/** Cloudflare Queues' limits on `max_retries` and on a retry's `delaySeconds` (conservative 12 h). */
export const QUEUE_MAX_RETRIES_LIMIT = 100;
export const QUEUE_MAX_DELAY_SECONDS_LIMIT = 43_200;

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
