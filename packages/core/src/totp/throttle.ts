import { type Clock, type Instant, readClock, toMillis } from './clock';

/**
 * The throttling schedule for a second factor (per account and factor), from SECURITY.md:
 * 5 free failures, then a delay of 30 s doubling with each further failure up to 1 h; at 100
 * consecutive failures the factor locks and recovery is required. A success resets the count.
 */
export const THROTTLE_POLICY = Object.freeze({
  /** Consecutive failures allowed without any delay. */
  freeFailures: 5,
  /** Delay after the last free failure, in seconds. */
  baseDelaySeconds: 30,
  /** Upper bound of the delay, in seconds. */
  maxDelaySeconds: 3600,
  /** Consecutive failures at which the factor is locked. */
  lockAtFailures: 100,
});

/** Throttle state derived from the count of consecutive failures. */
export interface ThrottleState {
  /** Attempts that can still fail before any delay applies (0 once delays have started). */
  attemptsLeftBeforeDelay: number;
  /**
   * Seconds to wait after the last failure before the next attempt (0: none). `null` when
   * `locked`: waiting does not help.
   */
  retryAfterSeconds: number | null;
  /** The factor is stopped; only account recovery re-enables it. */
  locked: boolean;
}

function checkFailures(failures: number): void {
  if (!Number.isSafeInteger(failures) || failures < 0) {
    throw new RangeError('throttle: failures must be a non-negative integer');
  }
}

/**
 * Throttle state after `consecutiveFailures` failed attempts (reset to 0 on a success).
 *
 * Schedule: 0-4 failures no delay (attempts left 5-f); 5 failures 30 s, 6: 60 s, 7: 120 s …
 * doubling per failure, capped at 3600 s (from 12 failures on); 100 or more: locked.
 *
 * @param consecutiveFailures - failures since the last success, a non-negative integer
 * @throws RangeError on a negative or non-integer count
 */
export function throttleState(consecutiveFailures: number): ThrottleState {
  checkFailures(consecutiveFailures);
  const { freeFailures, baseDelaySeconds, maxDelaySeconds, lockAtFailures } = THROTTLE_POLICY;
  if (consecutiveFailures >= lockAtFailures) {
    return { attemptsLeftBeforeDelay: 0, retryAfterSeconds: null, locked: true };
  }
  const attemptsLeftBeforeDelay = Math.max(0, freeFailures - consecutiveFailures);
  const retryAfterSeconds =
    consecutiveFailures < freeFailures
      ? 0
      : Math.min(maxDelaySeconds, baseDelaySeconds * 2 ** (consecutiveFailures - freeFailures));
  return { attemptsLeftBeforeDelay, retryAfterSeconds, locked: false };
}

/** {@link ThrottleState} at a given moment, with the absolute time the next attempt is allowed. */
export interface ThrottleDecision extends ThrottleState {
  /** Earliest time of the next attempt; `null` when locked. */
  allowedAt: Date | null;
  /** Whether an attempt is allowed now (false when locked). */
  allowedNow: boolean;
}

/**
 * When the next attempt is allowed, given the failure count and the time of the last failure.
 * Here `retryAfterSeconds` is what remains from `now` (rounded up): the value for a
 * `Retry-After` header.
 *
 * @param options.failures - consecutive failures since the last success
 * @param options.lastFailureAt - time of the last failure (server clock); may be `null` only
 *   while no delay applies (fewer than 5 failures)
 * @param options.now - clock (default: server clock)
 * @throws TypeError if a delay applies but `lastFailureAt` is missing
 */
export function nextAllowedAt(options: {
  failures: number;
  lastFailureAt?: Instant | null;
  now?: Clock;
}): ThrottleDecision {
  const state = throttleState(options.failures);
  const now = readClock(options.now);
  if (state.locked || state.retryAfterSeconds === null) {
    return { ...state, allowedAt: null, allowedNow: false };
  }
  if (options.lastFailureAt == null) {
    if (state.retryAfterSeconds > 0) throw new TypeError('nextAllowedAt: lastFailureAt is required');
    return { ...state, allowedAt: new Date(now), allowedNow: true };
  }
  const allowedAtMs = toMillis(options.lastFailureAt) + state.retryAfterSeconds * 1000;
  const remainingMs = Math.max(0, allowedAtMs - now);
  return {
    ...state,
    retryAfterSeconds: Math.ceil(remainingMs / 1000),
    allowedAt: new Date(allowedAtMs),
    allowedNow: remainingMs === 0,
  };
}
