/** Longest delay before a failed message is retried. */
export const MAX_RETRY_DELAY_SECONDS = 15 * 60;

/**
 * Backoff for `message.retry({ delaySeconds })`: `base · 2^(attempts-1)` seconds, capped at
 * 15 minutes; `attempts` starts at 1 (first delivery). With the default base of 5 s:
 * 5, 10, 20, 40, 80, ... A base of 0 retries at once (tests).
 */
export function retryDelaySeconds(attempts: number, baseSeconds: number, maxSeconds = MAX_RETRY_DELAY_SECONDS): number {
  if (baseSeconds <= 0) return 0;
  const exponent = Math.min(Math.max(attempts, 1) - 1, 20);
  return Math.min(maxSeconds, baseSeconds * 2 ** exponent);
}
