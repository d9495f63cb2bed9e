/**
 * `createSqlStore`: the {@link Store} over any {@link Db}, composed of one module per capability
 * (cases and events, idempotency, outbox, attachments, rate limits, the second factor), all on
 * the same database and shared by the PGlite and the PostgreSQL adapters. This module owns what
 * they share: the read cache, the NOTIFY listener that feeds subscribers and drops cached cases,
 * maintenance and the lifecycle.
 * @module
 */
import { createAttachmentStore } from './attachment-store';
import { createCaseEventStore } from './case-event-store';
import type { Db } from './db';
import { createIdempotencyStore, deleteExpiredIdempotency } from './idempotency-store';
import { createLockTokenStore } from './lock-token-store';
import { createOutboxStore } from './outbox-store';
import { createRateLimitStore, deleteExpiredWindows } from './rate-limit-store';
import { createReadCache } from './read-cache';
import type { SqlContext } from './sql-context';
import { createTotpStore } from './totp-store';
import type { CaseEventListener, Store, StoreHealth } from './types';

/** Options shared by both adapters. */
export interface SqlStoreOptions {
  /** Clock for every time the store stamps (created_at, windows, expiries). */
  now?: () => Date;
  /** How long idempotency records live; at least 7 (the default). */
  idempotencyTtlDays?: number;
  /** After how long an `in_flight` record counts as abandoned (default 30 s). */
  inFlightTimeoutSeconds?: number;
  /** NOTIFY channel for live events (default `recourse_events`). */
  channel?: string;
  /** Called when the store is closed, after the database (e.g. to release a lock). */
  onClose?: () => Promise<void> | void;
  /**
   * How long a case read from the database (row, token, events, attachments) may serve further
   * reads, in ms. Writes of this store drop the case at once; writes of other instances drop it
   * when their NOTIFY arrives, so this bounds staleness only when a notification is lost.
   * Default: `Infinity` on PGlite (no other writer), 1000 on PostgreSQL; 0 turns the cache off.
   */
  readCacheMs?: number;
}

const DAY_MS = 86_400_000;
const DATABASES = new WeakMap<Store, Db>();

/**
 * The {@link Db} under a store made by {@link createSqlStore}, for tests and operations scripts
 * that run their own SQL on the same database; undefined for any other object. The server
 * itself never uses it: every capability gets its database explicitly.
 */
export function storeDb(store: Store): Db | undefined {
  return DATABASES.get(store);
}

/**
 * The store over any {@link Db}: every statement of the storage layer runs unchanged on PGlite
 * and PostgreSQL. Call `migrate` before.
 */
export async function createSqlStore(db: Db, options: SqlStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const ttlDays = options.idempotencyTtlDays ?? 7;
  if (ttlDays < 7) throw new RangeError('idempotency records must be kept at least 7 days');
  const inFlightMs = (options.inFlightTimeoutSeconds ?? 30) * 1000;
  const channel = options.channel ?? 'recourse_events';

  const cacheMs = options.readCacheMs ?? (db.engine === 'pglite' ? Number.POSITIVE_INFINITY : 1000);
  const cache = createReadCache({ ttlMs: cacheMs });
  const context: SqlContext = {
    db,
    now,
    channel,
    idempotencyTtlMs: ttlDays * DAY_MS,
    cached: (caseId, slot, load) => (cacheMs > 0 ? cache.get(caseId, slot, load) : load()),
    invalidate: (caseId) => cache.invalidate(caseId),
  };

  const listeners = new Set<CaseEventListener>();
  // Payload `<case id>:<seq>`: an event was committed (by any instance); `<case id>:0`: the case
  // changed without an event (token, attachment). Either way the cached case is dropped first.
  const dispatch = (payload: string) => {
    const i = payload.lastIndexOf(':');
    const caseId = payload.slice(0, i);
    const seq = Number(payload.slice(i + 1));
    if (i <= 0 || !Number.isInteger(seq)) return;
    cache.invalidate(caseId);
    if (seq === 0) return;
    for (const listener of [...listeners]) {
      try {
        listener(caseId, seq);
      } catch {
        // A failing subscriber must not stop the others.
      }
    }
  };
  const unlisten = await db.listen(channel, dispatch);
  let closed = false;

  const store: Store = {
    engine: db.engine,
    ...createCaseEventStore(context),
    ...createIdempotencyStore(context, inFlightMs),
    ...createOutboxStore(context),
    ...createAttachmentStore(context),
    ...createRateLimitStore(context),
    totp: createTotpStore(db),
    lockTokens: createLockTokenStore(db),

    subscribe(onCaseEvent) {
      listeners.add(onCaseEvent);
      return () => {
        listeners.delete(onCaseEvent);
      };
    },

    async purgeExpired(at = now()) {
      const idempotency = await deleteExpiredIdempotency(db, at);
      const rateLimits = await deleteExpiredWindows(db, at);
      return { idempotency, rateLimits };
    },

    async health(): Promise<StoreHealth> {
      const t0 = performance.now();
      try {
        await db.query('SELECT 1 AS ok');
        return { ok: true, engine: db.engine, latencyMs: Math.round((performance.now() - t0) * 100) / 100 };
      } catch (err) {
        return { ok: false, engine: db.engine, error: err instanceof Error ? err.message : String(err) };
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      cache.clear();
      try {
        await unlisten();
      } catch {
        // the connection may already be gone
      }
      try {
        await db.close();
      } finally {
        await options.onClose?.();
      }
    },
  };
  DATABASES.set(store, db);
  return store;
}
