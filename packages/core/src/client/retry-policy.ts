/**
 * When to send a call again with the same idempotency key, and how long to wait first: one
 * policy for the client's transport and for the widgets' own retry loops (the report form's
 * countdown, its uploads). No HTTP library here: the widgets import it into their bundles.
 * @module
 */

/** Statuses worth retrying: request timeout, rate limit, gateway and availability errors. */
export const RETRY_STATUS_CODES = [408, 429, 502, 503, 504] as const;

/** Statuses whose `Retry-After` is honoured (capped at {@link RETRY_POLICY}`.maxWaitMs`). */
export const RETRY_AFTER_STATUS_CODES = [408, 429, 503] as const;

/** The problem code of a 409 that means "the first attempt is still running: ask again". */
export const IN_FLIGHT_CODE = 'idempotency_in_flight';

/** The retry policy's numbers. */
export const RETRY_POLICY = {
  /** Automatic retries after the first attempt. */
  limit: 2,
  /** First backoff, doubling with every attempt, in milliseconds. */
  baseMs: 300,
  /** Cap on any wait, a `Retry-After` included, in milliseconds. */
  maxWaitMs: 30_000,
} as const;

/**
 * Whether an error answer is worth another attempt with the same key: a status in
 * {@link RETRY_STATUS_CODES}, or a 409 whose problem code is {@link IN_FLIGHT_CODE}. Every other
 * answer is definite (500 included: a bug that answers 500 would answer it again).
 */
export function isRetryableAnswer(status: number, code?: string): boolean {
  return (
    (RETRY_STATUS_CODES as readonly number[]).includes(status) || (status === 409 && code === IN_FLIGHT_CODE)
  );
}

/**
 * How long to wait before retry `attempt` (1-based): the server's `Retry-After` when it sent one,
 * else `baseMs` doubling; never more than `maxWaitMs`.
 */
export function retryWaitMs(
  attempt: number,
  options: { retryAfterSeconds?: number | undefined; baseMs?: number; maxWaitMs?: number } = {},
): number {
  const cap = options.maxWaitMs ?? RETRY_POLICY.maxWaitMs;
  const wait =
    options.retryAfterSeconds !== undefined
      ? options.retryAfterSeconds * 1000
      : (options.baseMs ?? RETRY_POLICY.baseMs) * 2 ** (attempt - 1);
  return Math.min(cap, Math.max(0, wait));
}
