/**
 * A clock: returns the current time as milliseconds since the Unix epoch or as a `Date`.
 * Every time-dependent function of `@recourse/core/totp` takes one, defaulting to the server
 * clock (`Date.now`). Never feed it a time supplied by a client.
 */
export type Clock = () => number | Date;

/** A point in time: milliseconds since the Unix epoch, or a `Date`. */
export type Instant = number | Date;

/**
 * Converts an instant to epoch milliseconds.
 *
 * @throws RangeError if it is not a finite time
 */
export function toMillis(instant: Instant): number {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError('clock: not a finite time');
  return ms;
}

/** Reads a clock (default `Date.now`) as epoch milliseconds. */
export function readClock(now: Clock = Date.now): number {
  return toMillis(now());
}
