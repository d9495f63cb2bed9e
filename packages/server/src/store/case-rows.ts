/**
 * Rows of the `cases` and `events` tables and what the case store checks before writing them:
 * conversions, the event and projection checks, the desk queue's keyset cursor.
 * @module
 */
import { InvalidCursorError, InvalidDataError } from './errors';
import { isUuid } from './sql-context';
import type { CaseEvent, CaseProjection, CaseRecord } from './types';

const ISO_MS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CURSOR_TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The columns of a case row (without its token hash). */
export const CASE_COLUMNS =
  'id, number, created_at, updated_at, token_expires_at, account_key, projection, version';

/** A row of `cases`. */
export interface CaseRow {
  id: string;
  number: string;
  created_at: Date;
  updated_at: Date;
  token_expires_at: Date | null;
  account_key: string | null;
  projection: CaseProjection;
  version: number;
}

/** A row of `cases` with its token hash. */
export interface TokenRow extends CaseRow {
  token_hash: Uint8Array;
}

/** What the read cache holds of a case row. */
export interface CaseHeadEntry {
  record: CaseRecord;
  tokenHash: Buffer;
}

/** A row of `events`. */
export interface EventRow {
  seq: number;
  type: string;
  at: Date;
  actor_role: string;
  actor_id: string | null;
  visibility: 'public' | 'internal';
  data: unknown;
  digest: string;
  prev: string | null;
  hash: string;
}

/** A case row as the contract's record. */
export function toCase(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    number: row.number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    tokenExpiresAt: row.token_expires_at,
    accountKey: row.account_key,
    projection: row.projection,
    version: row.version,
  };
}

/** An event row as the contract's event (`at` back in ISO form). */
export function toEvent(row: EventRow): CaseEvent {
  return {
    seq: row.seq,
    type: row.type,
    at: row.at.toISOString(),
    actorRole: row.actor_role,
    actorId: row.actor_id,
    visibility: row.visibility,
    data: row.data,
    digest: row.digest,
    prev: row.prev,
    hash: row.hash,
  };
}

/** Events must continue the seq from `firstSeq` and carry canonical timestamps. */
export function checkEvents(events: CaseEvent[], firstSeq: number): void {
  if (events.length === 0) throw new InvalidDataError('at least one event is required');
  events.forEach((e, i) => {
    if (e.seq !== firstSeq + i) {
      throw new InvalidDataError(`event seq must be ${firstSeq + i}, got ${e.seq}`);
    }
    if (typeof e.at !== 'string' || !ISO_MS_RE.test(e.at) || new Date(e.at).toISOString() !== e.at) {
      throw new InvalidDataError(`event ${e.seq}: at must be an ISO-8601 UTC instant with milliseconds`);
    }
  });
}

/** The projection's indexed fields must have their types. */
export function checkProjection(p: CaseProjection): void {
  const ok =
    p !== null &&
    typeof p === 'object' &&
    typeof p.state === 'string' &&
    p.state !== '' &&
    typeof p.priority === 'string' &&
    typeof p.waitingOnReporter === 'boolean' &&
    (p.nextDeadline === null ||
      (typeof p.nextDeadline === 'string' && !Number.isNaN(Date.parse(p.nextDeadline))));
  if (!ok) {
    throw new InvalidDataError(
      'projection needs state (string), priority (string), waitingOnReporter (boolean), nextDeadline (ISO or null)',
    );
  }
}

/** Events as the JSON the insert statement expands. */
export function eventsJson(events: CaseEvent[]): string {
  return JSON.stringify(
    events.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at,
      actor_role: e.actorRole,
      actor_id: e.actorId,
      visibility: e.visibility,
      data: e.data,
      digest: e.digest,
      prev: e.prev,
      hash: e.hash,
    })),
  );
}

/** The desk queue's keyset cursor (`updated_at` to the microsecond, id). */
export function encodeCursor(ts: string, id: string): string {
  return Buffer.from(JSON.stringify([ts, id])).toString('base64url');
}

/** The cursor's parts; `InvalidCursorError` for anything we did not make. */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      CURSOR_TS_RE.test(value[0]) &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}
