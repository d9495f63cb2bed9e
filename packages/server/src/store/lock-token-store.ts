/**
 * Lock tokens (table of `migrations/005_lock_tokens.sql`): one capability of the SQL store
 * (`store.lockTokens`). A token is used by ONE statement (`UPDATE … WHERE used_at IS NULL AND
 * expires_at > now RETURNING`), so two requests with the same token cannot both lock.
 * @module
 */
import type { AccountRef } from '@recourse/core';
import type { Db } from './db';
import { insertOutbox } from './outbox-store';
import type { OutboxMessage } from './types';

/** The lock tokens of a store. */
export interface LockTokenStore {
  /** Stores a token's hash with the links' messages, in one transaction. */
  issue(
    token: { sha256: string; accountRef: AccountRef; expiresAt: Date },
    outbox: readonly OutboxMessage[],
    now: Date,
  ): Promise<void>;
  /** Uses a token: its account reference, or null when unknown, used or expired. */
  use(sha256: string, now: Date): Promise<AccountRef | null>;
}

/** Creates the lock-token capability on `db`. */
export function createLockTokenStore(db: Db): LockTokenStore {
  return {
    async issue(token, outbox, now) {
      await db.transaction(async (tx) => {
        await tx.query(
          'INSERT INTO lock_tokens (token_sha256, account_ref, created_at, expires_at) VALUES ($1, $2, $3, $4)',
          [token.sha256, JSON.stringify(token.accountRef), now, token.expiresAt],
        );
        await insertOutbox(tx, outbox, now);
      });
    },
    async use(sha256, now) {
      const [row] = await db.query<{ account_ref: unknown }>(
        `UPDATE lock_tokens SET used_at = $2
          WHERE token_sha256 = $1 AND used_at IS NULL AND expires_at > $2
          RETURNING account_ref`,
        [sha256, now],
      );
      if (!row) return null;
      const ref = typeof row.account_ref === 'string' ? JSON.parse(row.account_ref) : row.account_ref;
      return ref as AccountRef;
    },
  };
}
