/**
 * What the capability modules of the SQL store share: the database, the clock, the read cache
 * of cases and the NOTIFY channel that tells every instance a case changed.
 * @module
 */
import type { Db, Queryable } from './db';

/** The cached reads of one case. */
export type CaseSlot = 'head' | 'events' | 'attachments';

/** Handed by `createSqlStore` to each capability module. */
export interface SqlContext {
  db: Db;
  /** Clock for every time the store stamps. */
  now: () => Date;
  /** NOTIFY channel of case changes. */
  channel: string;
  /** How long idempotency records live, in ms. */
  idempotencyTtlMs: number;
  /** Reads a slot of a case through the read cache (or straight from the database when it is off). */
  cached<T>(caseId: string, slot: CaseSlot, load: () => Promise<T>): Promise<T>;
  /** Drops what is cached of the case (after this instance wrote it). */
  invalidate(caseId: string): void;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID string (anything else is answered like a missing id). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** Tells other instances the case changed without an event (they drop their cached copy). */
export async function notifyCaseChanged(tx: Queryable, channel: string, caseId: string): Promise<void> {
  await tx.query(`SELECT pg_notify($1, $2 || ':0')`, [channel, caseId]);
}
