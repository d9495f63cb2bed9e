import { describe, expect, test } from 'vitest';
import { isRetryableAnswer, RETRY_POLICY, retryWaitMs } from './retry-policy';

describe('retry policy', () => {
  test('which answers are worth another attempt with the same key', () => {
    const retried = [400, 401, 404, 408, 409, 413, 422, 425, 429, 500, 502, 503, 504].filter((s) =>
      isRetryableAnswer(s),
    );
    expect(retried).toEqual([408, 429, 502, 503, 504]);
    expect(isRetryableAnswer(409, 'idempotency_in_flight')).toBe(true);
    expect(isRetryableAnswer(409, 'workflow_refused')).toBe(false);
  });

  test('waits: Retry-After when sent, else doubling from the base; never past the cap', () => {
    expect([1, 2, 3].map((a) => retryWaitMs(a))).toEqual([300, 600, 1200]);
    expect([1, 2, 3].map((a) => retryWaitMs(a, { baseMs: 2000 }))).toEqual([2000, 4000, 8000]);
    expect(retryWaitMs(1, { retryAfterSeconds: 7, baseMs: 2000 })).toBe(7000);
    expect(retryWaitMs(1, { retryAfterSeconds: 3600 })).toBe(RETRY_POLICY.maxWaitMs);
    expect(retryWaitMs(20, { baseMs: 2000 })).toBe(RETRY_POLICY.maxWaitMs);
  });
});
