/**
 * Retry with exponential backoff: the policy type, apply's default policy, and the loop. Which
 * failures are worth another attempt is decided in one place, `failure.ts`.
 */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 };

/** One attempt, no retry (the setup steps and the lock queue). */
export const NO_RETRY: RetryPolicy = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` until it succeeds, its error is not transient, or attempts run out. */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  isTransient: (err: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= policy.attempts || !isTransient(err)) throw err;
      const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      onRetry?.(err, attempt, delay);
      await sleep(delay);
    }
  }
}
