import { describe, expect, it } from 'vitest';
import { nextAllowedAt, THROTTLE_POLICY, throttleState } from './throttle';

describe('throttleState schedule', () => {
  const table: [number, number, number | null, boolean][] = [
    // failures, attemptsLeftBeforeDelay, retryAfterSeconds, locked
    [0, 5, 0, false],
    [1, 4, 0, false],
    [2, 3, 0, false],
    [3, 2, 0, false],
    [4, 1, 0, false],
    [5, 0, 30, false],
    [6, 0, 60, false],
    [10, 0, 960, false],
    [11, 0, 1920, false],
    [12, 0, 3600, false],
    [99, 0, 3600, false],
    [100, 0, null, true],
    [250, 0, null, true],
  ];
  it.each(table)('%i failures → %i left, retry %s s, locked %s', (failures, left, retry, locked) => {
    expect(throttleState(failures)).toEqual({
      attemptsLeftBeforeDelay: left,
      retryAfterSeconds: retry,
      locked,
    });
  });

  it('doubles per failure and never exceeds one hour', () => {
    for (
      let failures = THROTTLE_POLICY.freeFailures + 1;
      failures < THROTTLE_POLICY.lockAtFailures;
      failures++
    ) {
      const previous = throttleState(failures - 1).retryAfterSeconds ?? 0;
      const current = throttleState(failures).retryAfterSeconds ?? 0;
      expect(current).toBe(Math.min(previous * 2, 3600));
    }
  });

  it('a success resets: state 0 is the fresh state', () => {
    expect(throttleState(0)).toEqual({ attemptsLeftBeforeDelay: 5, retryAfterSeconds: 0, locked: false });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (failures) => {
    expect(() => throttleState(failures)).toThrow(RangeError);
  });
});

describe('nextAllowedAt', () => {
  const last = Date.UTC(2026, 0, 1, 12, 0, 0);

  it('allows at once while failures are free', () => {
    expect(nextAllowedAt({ failures: 4, lastFailureAt: last, now: () => last })).toEqual({
      attemptsLeftBeforeDelay: 1,
      retryAfterSeconds: 0,
      locked: false,
      allowedAt: new Date(last),
      allowedNow: true,
    });
    expect(nextAllowedAt({ failures: 0, lastFailureAt: null, now: () => last }).allowedNow).toBe(true);
  });

  it('counts the delay from the last failure and reports what remains', () => {
    const decision = nextAllowedAt({ failures: 6, lastFailureAt: new Date(last), now: () => last + 20_500 });
    expect(decision.allowedAt).toEqual(new Date(last + 60_000));
    expect(decision.retryAfterSeconds).toBe(40); // 39.5 s rounded up
    expect(decision.allowedNow).toBe(false);
  });

  it('allows again exactly when the delay has passed', () => {
    const now = () => new Date(last + 30_000);
    expect(nextAllowedAt({ failures: 5, lastFailureAt: last, now })).toMatchObject({
      retryAfterSeconds: 0,
      allowedNow: true,
    });
    expect(nextAllowedAt({ failures: 5, lastFailureAt: last, now: () => last + 29_999 })).toMatchObject({
      retryAfterSeconds: 1,
      allowedNow: false,
    });
  });

  it('never allows a locked factor', () => {
    expect(nextAllowedAt({ failures: 100, lastFailureAt: last, now: () => last + 365 * 86_400_000 })).toEqual(
      {
        attemptsLeftBeforeDelay: 0,
        retryAfterSeconds: null,
        locked: true,
        allowedAt: null,
        allowedNow: false,
      },
    );
  });

  it('requires lastFailureAt once a delay applies', () => {
    expect(() => nextAllowedAt({ failures: 5, lastFailureAt: null, now: () => last })).toThrow(TypeError);
  });
});
