/**
 * Retry with exponential backoff for transient Proxmox errors: a config lock that timed out,
 * a guest locked by another task, a connection dropped before the command started.
 */
const TRANSIENT_PATTERNS: readonly RegExp[] = [
  /can't lock file '[^']*' - got timeout/i,
  /\b(?:CT|VM) is locked\b/i,
  /\bconnection (?:lost|dropped|reset) before the command started\b/i,
  /\btrying to acquire lock\b.*\btimeout\b/i,
];

export function isTransientError(message: string): boolean {
  return TRANSIENT_PATTERNS.some((p) => p.test(message));
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 };

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
