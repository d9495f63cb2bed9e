/**
 * Fixed-window rate-limit counters: one atomic upsert per hit.
 * @module
 */
import type { Queryable } from './db';
import type { SqlContext } from './sql-context';
import type { RateLimitResult, RateLimitStore } from './types';

/** The rate-limit capability of the SQL store. */
export function createRateLimitStore({ db, now }: SqlContext): RateLimitStore {
  return {
    async hit(bucket, windowSeconds, limit, at = now()): Promise<RateLimitResult> {
      if (!(windowSeconds > 0) || !Number.isInteger(windowSeconds)) {
        throw new RangeError('windowSeconds must be a positive integer');
      }
      const windowMs = windowSeconds * 1000;
      const start = Math.floor(at.getTime() / windowMs) * windowMs;
      const end = start + windowMs;
      const [row] = await db.query<{ count: number }>(
        `INSERT INTO rate_limits (bucket, window_start, count, expires_at)
         VALUES ($1, $2::timestamptz, 1, $3::timestamptz)
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1
         RETURNING count`,
        [bucket, new Date(start).toISOString(), new Date(end).toISOString()],
      );
      const count = row!.count;
      const allowed = count <= limit;
      return {
        allowed,
        remaining: Math.max(0, limit - count),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((end - at.getTime()) / 1000)),
      };
    },
  };
}

/** Deletes the windows that ended at or before `at`; how many. */
export async function deleteExpiredWindows(db: Queryable, at: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'WITH d AS (DELETE FROM rate_limits WHERE expires_at <= $1::timestamptz RETURNING 1) SELECT count(*)::int AS n FROM d',
    [at.toISOString()],
  );
  return row?.n ?? 0;
}
