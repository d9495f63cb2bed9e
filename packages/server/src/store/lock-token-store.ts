/**
 * Lock tokens (table of `migrations/005_lock_tokens.sql`, `006_lock_links_at_send.sql`): one
 * capability of the SQL store (`store.lockTokens`). A token is minted when the delivery worker
 * sends the notice that carries it (only its SHA-256 is stored); minting again for the same outbox
 * row ends the row's previous token. A token is used by ONE statement (`UPDATE … WHERE used_at IS
 * NULL AND expires_at > now RETURNING`), so two requests with the same token cannot both lock.
 * @module
 */
import type { AccountRef } from '@recourse/core';
import type { Db } from './db';

/** What a used token names. */
export interface LockTokenUse {
  /** The account the link was mailed for. */
  accountRef: AccountRef;
  /** The case the notice was about, if any (its pending lock release is cancelled). */
  caseId: string | null;
}

/** The lock tokens of a store. */
export interface LockTokenStore {
  /**
   * Stores a new token's hash for the outbox row `messageId`, and ends (expires now) every
   * unused token minted earlier for that row, in one transaction.
   */
  mint(
    token: {
      sha256: string;
      accountRef: AccountRef;
      expiresAt: Date;
      messageId: string;
      caseId?: string | null;
    },
    now: Date,
  ): Promise<void>;
  /** Uses a token: what it names, or null when unknown, used or expired. */
  use(sha256: string, now: Date): Promise<LockTokenUse | null>;
}

/** Creates the lock-token capability on `db`. */
export function createLockTokenStore(db: Db): LockTokenStore {
  return {
    async mint(token, now) {
      await db.transaction(async (tx) => {
        await tx.query(
          `UPDATE lock_tokens SET expires_at = $2
            WHERE message_id = $1 AND used_at IS NULL AND expires_at > $2`,
          [token.messageId, now],
        );
        await tx.query(
          `INSERT INTO lock_tokens (token_sha256, account_ref, created_at, expires_at, message_id, case_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            token.sha256,
            JSON.stringify(token.accountRef),
            now,
            token.expiresAt,
            token.messageId,
            token.caseId ?? null,
          ],
        );
      });
    },
    async use(sha256, now) {
      const [row] = await db.query<{ account_ref: unknown; case_id: string | null }>(
        `UPDATE lock_tokens SET used_at = $2
          WHERE token_sha256 = $1 AND used_at IS NULL AND expires_at > $2
          RETURNING account_ref, case_id`,
        [sha256, now],
      );
      if (!row) return null;
      const ref = typeof row.account_ref === 'string' ? JSON.parse(row.account_ref) : row.account_ref;
      return { accountRef: ref as AccountRef, caseId: row.case_id ?? null };
    },
  };
}
