/**
 * Lock links minted when a notice is sent, never before (ADR 0023): the outbox row carries only
 * what minting needs (`data.lockFor`: the case the notice is about, or the account a lock link
 * was asked for), so no usable token ever sits at rest. Each attempt mints a fresh token, stores
 * its SHA-256 against the row and ends the row's previous one: a retried notice's earlier link
 * stops working.
 * @module
 */
import type { AccountRef } from '@recourse/core';
import { newAccessToken, sha256hex } from '../crypto';
import type { Store } from '../store/types';
import type { OutboxDelivery } from './channel';

/** What an outbox row keeps to mint a lock link at send time. */
export interface LockFor {
  /** The account the link locks (a lock link asked for without proof). */
  accountRef?: AccountRef;
  /** The case the notice is about: the link locks its account and cancels its pending release. */
  caseId?: string;
}

/** Mints the lock link of one message (null when the row asks for none). */
export type LockLinkMinter = (message: OutboxDelivery) => Promise<string | null>;

/** Options of {@link createLockLinkMinter}. */
export interface LockLinkOptions {
  /** The store (its `lockTokens` capability, migrations 005 and 006). */
  store: Store;
  /** The page a lock link opens; the token follows as `#lock=<token>`. A function is read at each mint. */
  lockUrl: string | (() => string);
  /** How long a link works (default 24 h). */
  tokenTtlMs?: number;
  /** CSPRNG (default `crypto.randomBytes`). */
  random?: (size: number) => Uint8Array;
  /** Clock. */
  now?: () => Date;
}

/** The account a case was filed about (its first event's report). */
async function accountOfCase(store: Store, caseId: string): Promise<AccountRef | null> {
  const [first] = await store.loadEvents(caseId);
  const report = (first?.data as { report?: { account?: AccountRef } } | undefined)?.report;
  return report?.account ?? null;
}

/** Creates the minter the email and sms channels call at each attempt. */
export function createLockLinkMinter(options: LockLinkOptions): LockLinkMinter {
  const ttl = options.tokenTtlMs ?? 86_400_000;
  const now = options.now ?? (() => new Date());
  const random =
    options.random ?? ((n: number) => new Uint8Array(globalThis.crypto.getRandomValues(new Uint8Array(n))));
  return async (message) => {
    const lockFor = message.data.lockFor as LockFor | undefined;
    if (!lockFor || typeof lockFor !== 'object') return null;
    const tokens = options.store.lockTokens;
    if (!tokens) return null;
    const accountRef =
      lockFor.accountRef ?? (lockFor.caseId ? await accountOfCase(options.store, lockFor.caseId) : null);
    if (!accountRef) return null;
    const token = newAccessToken(random);
    const at = now();
    await tokens.mint(
      {
        sha256: sha256hex(token),
        accountRef,
        expiresAt: new Date(at.getTime() + ttl),
        messageId: message.messageId,
        caseId: lockFor.caseId ?? null,
      },
      at,
    );
    const base = typeof options.lockUrl === 'function' ? options.lockUrl() : options.lockUrl;
    return `${base.split('#')[0]}#lock=${token}`;
  };
}
