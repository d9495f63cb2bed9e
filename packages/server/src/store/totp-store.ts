/**
 * The second factor's rows (tables of `migrations/002_totp.sql`): one capability of the SQL store,
 * on the same {@link Db} as the others, unchanged on PGlite and PostgreSQL (`store.totp`).
 *
 * Every decision that a race could break is ONE statement the database serializes on the row:
 * - attempt admission: `UPDATE … SET failures = failures + 1 WHERE failures < lock AND (failures <
 *   free OR now - last_failure >= delay(failures)) RETURNING …` charges the attempt BEFORE the
 *   code is checked (a success refunds it by resetting the count), so N parallel guesses cannot
 *   all read "4 failures" and all go through;
 * - replay: `UPDATE … SET last_step = $step WHERE (last_step IS NULL OR last_step < $step)`;
 *   "no row" means another request took this step first;
 * - backup codes: `UPDATE totp_backup_codes SET used_at = $now WHERE id = $id AND used_at IS NULL`.
 * PostgreSQL re-checks the WHERE clause after waiting for a concurrent writer's row lock (READ
 * COMMITTED), PGlite runs one statement at a time: both give exactly one winner.
 * @module
 */
import { THROTTLE_POLICY } from '@recourse/core/totp';
import type { Db, Queryable } from './db';
import { insertOutbox } from './outbox-store';
import type { OutboxMessage } from './types';

/** Which throttle counter: TOTP codes, or backup codes (a separate factor). */
export type FactorKind = 'totp' | 'backup';

/** State of a user's row. */
export type FactorState = 'pending' | 'enabled';

/** Throttle counters of one factor. */
export interface ThrottleCounters {
  failures: number;
  lastFailureAt: Date | null;
  lockedAt: Date | null;
}

/** A user's second-factor row (the secret stays encrypted). */
export interface TotpRecord {
  userId: string;
  state: FactorState;
  /** `encryptSecret` blob. */
  secretBox: string;
  expiresAt: Date | null;
  lastStep: number | null;
  totp: ThrottleCounters;
  backup: ThrottleCounters;
  verifiedAt: Date | null;
  /** SHA-256 (hex) of the session of the last success, if the platform gave one. */
  verifiedSession: string | null;
  createdAt: Date;
  enabledAt: Date | null;
}

/** An admitted (and already counted) attempt. */
export interface AdmittedAttempt {
  /** Failures counted so far, this attempt included. */
  failures: number;
  secretBox: string;
  lastStep: number | null;
}

interface Row {
  user_id: string;
  state: FactorState;
  secret_box: string;
  expires_at: Date | null;
  last_step: string | number | null;
  totp_failures: number;
  totp_last_failure_at: Date | null;
  totp_locked_at: Date | null;
  backup_failures: number;
  backup_last_failure_at: Date | null;
  backup_locked_at: Date | null;
  verified_at: Date | null;
  verified_session: string | null;
  created_at: Date;
  enabled_at: Date | null;
}

/** Column names per counter: fixed strings, never input. */
const COLS = {
  totp: { failures: 'totp_failures', last: 'totp_last_failure_at', locked: 'totp_locked_at' },
  backup: { failures: 'backup_failures', last: 'backup_last_failure_at', locked: 'backup_locked_at' },
} as const;

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

function toRecord(r: Row): TotpRecord {
  return {
    userId: r.user_id,
    state: r.state,
    secretBox: r.secret_box,
    expiresAt: r.expires_at,
    lastStep: num(r.last_step),
    totp: { failures: r.totp_failures, lastFailureAt: r.totp_last_failure_at, lockedAt: r.totp_locked_at },
    backup: {
      failures: r.backup_failures,
      lastFailureAt: r.backup_last_failure_at,
      lockedAt: r.backup_locked_at,
    },
    verifiedAt: r.verified_at,
    verifiedSession: r.verified_session,
    createdAt: r.created_at,
    enabledAt: r.enabled_at,
  };
}

/** What a successful code does besides moving `last_step` / consuming the backup code. */
export interface SuccessEffects {
  /** SHA-256 (hex) of the session, for step-up; null when the platform gives none. */
  session: string | null;
}

/** The second factor's storage operations. */
export interface TotpStore {
  /** The user's row, or null. */
  get(userId: string): Promise<TotpRecord | null>;
  /** Unused backup codes left. */
  countBackupCodes(userId: string): Promise<number>;
  /**
   * Starts (or restarts) an enrollment. Refused (`false`) when the factor is already enabled:
   * replacing an enabled factor goes through disable (with step-up) first.
   */
  startEnrollment(userId: string, secretBox: string, expiresAt: Date, now: Date): Promise<boolean>;
  /**
   * Admits and counts one attempt of `kind` on a row in `state` (atomic; see the module doc).
   * `null`: not admitted (no such row, expired enrollment, throttled or locked): re-read with
   * {@link TotpStore.get} to say which.
   */
  chargeAttempt(
    userId: string,
    kind: FactorKind,
    state: FactorState,
    now: Date,
  ): Promise<AdmittedAttempt | null>;
  /**
   * Marks the factor locked after a failure that reached the lock count; true only for the
   * request that made the change (so the notice is queued once), with `outbox` in the same
   * transaction.
   */
  markLocked(userId: string, kind: FactorKind, now: Date, outbox: readonly OutboxMessage[]): Promise<boolean>;
  /**
   * Accepts a TOTP step on an enabled factor: compare-and-set of `last_step`, resets the TOTP
   * counter, records the step-up time. `false`: the step (or a later one) was taken already.
   */
  acceptStep(userId: string, step: number, now: Date, effects: SuccessEffects): Promise<boolean>;
  /**
   * Confirms a pending enrollment with a step: the same compare-and-set, plus the state change,
   * the new backup-code hashes and the notices, in ONE transaction. `false`: nothing changed
   * (expired, already confirmed, or the step was taken).
   */
  confirmEnrollment(
    userId: string,
    step: number,
    now: Date,
    effects: SuccessEffects,
    backupHashes: readonly string[],
    outbox: readonly OutboxMessage[],
  ): Promise<boolean>;
  /** Unused backup codes (`id`, `hash`). */
  unusedBackupCodes(userId: string): Promise<{ id: number; hash: string }[]>;
  /**
   * Every backup code of the current set, unused first (`used`: already consumed), so that a
   * reused code is told apart from a wrong one.
   */
  backupCodes(userId: string): Promise<{ id: number; hash: string; used: boolean }[]>;
  /**
   * Consumes one backup code: marks exactly that unused row used (compare-and-set) and resets
   * the backup counter. `false`: another request used it first.
   */
  consumeBackupCode(userId: string, id: number, now: Date, effects: SuccessEffects): Promise<boolean>;
  /** Replaces the whole backup-code set of an enabled factor (old ones stop working) + notices. */
  replaceBackupCodes(
    userId: string,
    hashes: readonly string[],
    now: Date,
    outbox: readonly OutboxMessage[],
  ): Promise<boolean>;
  /** Removes the enabled factor and its backup codes + notices. */
  disable(userId: string, now: Date, outbox: readonly OutboxMessage[]): Promise<boolean>;
}

/** The TOTP store over a {@link Db} on which `002_totp.sql` has been applied. */
export function createTotpStore(db: Db): TotpStore {
  const { freeFailures, baseDelaySeconds, maxDelaySeconds, lockAtFailures } = THROTTLE_POLICY;

  return {
    async get(userId) {
      const [row] = await db.query<Row>('SELECT * FROM totp_factors WHERE user_id = $1', [userId]);
      return row ? toRecord(row) : null;
    },

    async countBackupCodes(userId) {
      const [row] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM totp_backup_codes WHERE user_id = $1 AND used_at IS NULL',
        [userId],
      );
      return row?.n ?? 0;
    },

    async startEnrollment(userId, secretBox, expiresAt, now) {
      const rows = await db.query(
        `INSERT INTO totp_factors (user_id, state, secret_box, expires_at, created_at, updated_at)
         VALUES ($1, 'pending', $2, $3::timestamptz, $4::timestamptz, $4::timestamptz)
         ON CONFLICT (user_id) DO UPDATE
           SET secret_box = EXCLUDED.secret_box, expires_at = EXCLUDED.expires_at, last_step = NULL,
               totp_failures = 0, totp_last_failure_at = NULL, totp_locked_at = NULL,
               created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
           WHERE totp_factors.state = 'pending'
         RETURNING user_id`,
        [userId, secretBox, expiresAt.toISOString(), now.toISOString()],
      );
      return rows.length === 1;
    },

    async chargeAttempt(userId, kind, state, now) {
      const c = COLS[kind];
      const [row] = await db.query<{
        failures: number;
        secret_box: string;
        last_step: string | number | null;
      }>(
        `UPDATE totp_factors
            SET ${c.failures} = ${c.failures} + 1, ${c.last} = $3::timestamptz, updated_at = $3::timestamptz
          WHERE user_id = $1 AND state = $2
            AND (state = 'enabled' OR expires_at > $3::timestamptz)
            AND ${c.failures} < $4::int
            AND (${c.failures} < $5::int
                 OR extract(epoch FROM ($3::timestamptz - ${c.last}))
                    >= least($7::float8, $6::float8 * power(2::float8, ${c.failures} - $5::int)))
        RETURNING ${c.failures} AS failures, secret_box, last_step`,
        [userId, state, now.toISOString(), lockAtFailures, freeFailures, baseDelaySeconds, maxDelaySeconds],
      );
      return row ? { failures: row.failures, secretBox: row.secret_box, lastStep: num(row.last_step) } : null;
    },

    async markLocked(userId, kind, now, outbox) {
      const c = COLS[kind];
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE totp_factors SET ${c.locked} = $2::timestamptz, updated_at = $2::timestamptz
            WHERE user_id = $1 AND ${c.locked} IS NULL AND ${c.failures} >= $3::int
          RETURNING user_id`,
          [userId, now.toISOString(), lockAtFailures],
        );
        if (rows.length === 0) return false;
        await insertOutbox(tx, outbox, now);
        return true;
      });
    },

    async acceptStep(userId, step, now, effects) {
      const rows = await db.query(
        `UPDATE totp_factors
            SET last_step = $2::bigint, totp_failures = 0, totp_last_failure_at = NULL, totp_locked_at = NULL,
                verified_at = $3::timestamptz, verified_session = $4, updated_at = $3::timestamptz
          WHERE user_id = $1 AND state = 'enabled' AND (last_step IS NULL OR last_step < $2::bigint)
        RETURNING user_id`,
        [userId, step, now.toISOString(), effects.session],
      );
      return rows.length === 1;
    },

    async confirmEnrollment(userId, step, now, effects, backupHashes, outbox) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE totp_factors
              SET state = 'enabled', expires_at = NULL, enabled_at = $3::timestamptz,
                  last_step = $2::bigint, totp_failures = 0, totp_last_failure_at = NULL, totp_locked_at = NULL,
                  backup_failures = 0, backup_last_failure_at = NULL, backup_locked_at = NULL,
                  verified_at = $3::timestamptz, verified_session = $4, updated_at = $3::timestamptz
            WHERE user_id = $1 AND state = 'pending' AND expires_at > $3::timestamptz
              AND (last_step IS NULL OR last_step < $2::bigint)
          RETURNING user_id`,
          [userId, step, now.toISOString(), effects.session],
        );
        if (rows.length === 0) return false;
        await tx.query('DELETE FROM totp_backup_codes WHERE user_id = $1', [userId]);
        await insertHashes(tx, userId, backupHashes, now);
        await insertOutbox(tx, outbox, now);
        return true;
      });
    },

    async unusedBackupCodes(userId) {
      const rows = await db.query<{ id: string | number; code_hash: string }>(
        'SELECT id, code_hash FROM totp_backup_codes WHERE user_id = $1 AND used_at IS NULL ORDER BY id',
        [userId],
      );
      return rows.map((r) => ({ id: Number(r.id), hash: r.code_hash }));
    },

    async backupCodes(userId) {
      const rows = await db.query<{ id: string | number; code_hash: string; used: boolean }>(
        `SELECT id, code_hash, used_at IS NOT NULL AS used FROM totp_backup_codes
          WHERE user_id = $1 ORDER BY used_at IS NOT NULL, id`,
        [userId],
      );
      return rows.map((r) => ({ id: Number(r.id), hash: r.code_hash, used: r.used }));
    },

    async consumeBackupCode(userId, id, now, effects) {
      return db.transaction(async (tx) => {
        const used = await tx.query(
          `UPDATE totp_backup_codes SET used_at = $3::timestamptz
            WHERE id = $2::bigint AND user_id = $1 AND used_at IS NULL
          RETURNING id`,
          [userId, id, now.toISOString()],
        );
        if (used.length === 0) return false;
        await tx.query(
          `UPDATE totp_factors
              SET backup_failures = 0, backup_last_failure_at = NULL, backup_locked_at = NULL,
                  verified_at = $2::timestamptz, verified_session = $3, updated_at = $2::timestamptz
            WHERE user_id = $1`,
          [userId, now.toISOString(), effects.session],
        );
        return true;
      });
    },

    async replaceBackupCodes(userId, hashes, now, outbox) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE totp_factors
              SET backup_failures = 0, backup_last_failure_at = NULL, backup_locked_at = NULL,
                  updated_at = $2::timestamptz
            WHERE user_id = $1 AND state = 'enabled'
          RETURNING user_id`,
          [userId, now.toISOString()],
        );
        if (rows.length === 0) return false;
        await tx.query('DELETE FROM totp_backup_codes WHERE user_id = $1', [userId]);
        await insertHashes(tx, userId, hashes, now);
        await insertOutbox(tx, outbox, now);
        return true;
      });
    },

    async disable(userId, now, outbox) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `DELETE FROM totp_factors WHERE user_id = $1 AND state = 'enabled' RETURNING user_id`,
          [userId],
        );
        if (rows.length === 0) return false;
        await insertOutbox(tx, outbox, now);
        return true;
      });
    },
  };
}

async function insertHashes(
  tx: Queryable,
  userId: string,
  hashes: readonly string[],
  now: Date,
): Promise<void> {
  if (hashes.length === 0) return;
  await tx.query(
    `INSERT INTO totp_backup_codes (user_id, code_hash, created_at)
     SELECT $1, h, $3::timestamptz FROM jsonb_array_elements_text($2::jsonb) AS t(h)`,
    [userId, JSON.stringify(hashes), now.toISOString()],
  );
}
