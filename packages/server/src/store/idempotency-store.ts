/**
 * Idempotency records: claimed (`in_flight`) before the work, completed (`done`, with the
 * answer to replay) inside the domain write's transaction, released when the work failed.
 * @module
 */
import type { Queryable } from './db';
import { IdempotencyConflictError } from './errors';
import type { SqlContext } from './sql-context';
import type { IdempotencyBegin, IdempotencyCompletion, IdempotencyStore } from './types';

/**
 * Completes a record inside an open transaction. Throws `IdempotencyConflictError` (and the
 * transaction rolls back) when the key is done already or belongs to another request body.
 */
export async function completeIdempotency(
  tx: Queryable,
  c: IdempotencyCompletion,
  at: Date,
  ttlMs: number,
): Promise<void> {
  const rows = await tx.query(
    `INSERT INTO idempotency (scope, key, request_hash, status, response_status, response_body, created_at, expires_at)
     VALUES ($1, $2, $3, 'done', $4::int, $5::jsonb, $6::timestamptz, $7::timestamptz)
     ON CONFLICT (scope, key) DO UPDATE
       SET status = 'done', response_status = EXCLUDED.response_status,
           response_body = EXCLUDED.response_body, expires_at = EXCLUDED.expires_at
       WHERE idempotency.status = 'in_flight' AND idempotency.request_hash = EXCLUDED.request_hash
     RETURNING 1 AS ok`,
    [
      c.scope,
      c.key,
      c.requestHash,
      c.status,
      JSON.stringify(c.body ?? null),
      at.toISOString(),
      new Date(at.getTime() + ttlMs).toISOString(),
    ],
  );
  if (rows.length === 0) throw new IdempotencyConflictError(c.scope, c.key);
}

/** Deletes the records that expired at or before `at`; how many. */
export async function deleteExpiredIdempotency(db: Queryable, at: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'WITH d AS (DELETE FROM idempotency WHERE expires_at <= $1::timestamptz RETURNING 1) SELECT count(*)::int AS n FROM d',
    [at.toISOString()],
  );
  return row?.n ?? 0;
}

/**
 * The idempotency capability of the SQL store.
 * @param inFlightMs - after how long an `in_flight` record counts as abandoned
 */
export function createIdempotencyStore(context: SqlContext, inFlightMs: number): IdempotencyStore {
  const { db, now, idempotencyTtlMs: ttlMs } = context;
  return {
    async beginIdempotent(scope, key, requestHash): Promise<IdempotencyBegin> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const at = now();
        const expires = new Date(at.getTime() + ttlMs).toISOString();
        const inserted = await db.query(
          `INSERT INTO idempotency (scope, key, request_hash, status, created_at, expires_at)
           VALUES ($1, $2, $3, 'in_flight', $4::timestamptz, $5::timestamptz)
           ON CONFLICT (scope, key) DO NOTHING
           RETURNING 1 AS ok`,
          [scope, key, requestHash, at.toISOString(), expires],
        );
        if (inserted.length > 0) return { kind: 'new' };
        const rows = await db.query<{
          request_hash: string;
          status: 'in_flight' | 'done';
          response_status: number | null;
          response_body: unknown;
          created_at: Date;
          expires_at: Date;
        }>(
          `SELECT request_hash, status, response_status, response_body, created_at, expires_at
             FROM idempotency WHERE scope = $1 AND key = $2`,
          [scope, key],
        );
        const row = rows[0];
        if (!row) continue; // released meanwhile: try to claim again
        if (row.expires_at.getTime() <= at.getTime()) {
          await db.query(
            'DELETE FROM idempotency WHERE scope = $1 AND key = $2 AND expires_at <= $3::timestamptz',
            [scope, key, at.toISOString()],
          );
          continue;
        }
        if (row.request_hash !== requestHash) return { kind: 'mismatch' };
        if (row.status === 'done')
          return { kind: 'replay', status: row.response_status!, body: row.response_body };
        if (row.created_at.getTime() <= at.getTime() - inFlightMs) {
          // Abandoned (the first request died): take it over, at most one taker wins.
          const taken = await db.query(
            `UPDATE idempotency SET created_at = $3::timestamptz, expires_at = $4::timestamptz
              WHERE scope = $1 AND key = $2 AND status = 'in_flight' AND created_at <= $5::timestamptz
              RETURNING 1 AS ok`,
            [scope, key, at.toISOString(), expires, new Date(at.getTime() - inFlightMs).toISOString()],
          );
          if (taken.length > 0) return { kind: 'new' };
          continue;
        }
        return { kind: 'in_flight' };
      }
      return { kind: 'in_flight' };
    },

    async completeIdempotent(completion) {
      await db.transaction((tx) => completeIdempotency(tx, completion, now(), ttlMs));
    },

    async releaseIdempotent(scope, key) {
      await db.query(`DELETE FROM idempotency WHERE scope = $1 AND key = $2 AND status = 'in_flight'`, [
        scope,
        key,
      ]);
    },
  };
}
