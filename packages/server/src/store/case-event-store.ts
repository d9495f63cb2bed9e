/**
 * Cases and their event logs: the domain writes (a case with its first events, appends at a
 * version), the reads through the read cache, the reporter's token, the desk queue.
 * @module
 */
import { timingSafeEqual } from 'node:crypto';
import { normalizeCaseNumber } from './case-number';
import {
  CASE_COLUMNS,
  type CaseHeadEntry,
  type CaseRow,
  checkEvents,
  checkProjection,
  decodeCursor,
  type EventRow,
  encodeCursor,
  eventsJson,
  type TokenRow,
  toCase,
  toEvent,
} from './case-rows';
import type { Queryable } from './db';
import {
  CaseNotFoundError,
  ConcurrencyError,
  DuplicateCaseError,
  InvalidDataError,
  sqlState,
} from './errors';
import { completeIdempotency } from './idempotency-store';
import { insertOutbox } from './outbox-store';
import { isUuid, notifyCaseChanged, type SqlContext } from './sql-context';
import type {
  AppendOptions,
  CaseEvent,
  CaseEventStore,
  CasePage,
  CaseProjection,
  CaseRecord,
  ListCasesQuery,
  NewCase,
} from './types';

/** Compared against when a case is missing, so every token check takes the same path. */
const DUMMY_HASH = Buffer.alloc(32);

/** The cases-and-events capability of the SQL store. */
export function createCaseEventStore(context: SqlContext): CaseEventStore {
  const { db, now, channel, idempotencyTtlMs, cached, invalidate } = context;

  async function insertEvents(tx: Queryable, caseId: string, events: CaseEvent[]): Promise<void> {
    await tx.query(
      `INSERT INTO events (case_id, seq, type, at, actor_role, actor_id, visibility, data, digest, prev, hash)
       SELECT $1::uuid, (x->>'seq')::int, x->>'type', (x->>'at')::timestamptz, x->>'actor_role',
              x->>'actor_id', x->>'visibility', x->'data', x->>'digest', x->>'prev', x->>'hash'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n)
       ORDER BY n`,
      [caseId, eventsJson(events)],
    );
    // Queued by PostgreSQL and delivered only if the transaction commits.
    await tx.query(`SELECT pg_notify($1, $2 || ':' || s) FROM generate_series($3::int, $4::int) AS s`, [
      channel,
      caseId,
      events[0]!.seq,
      events[events.length - 1]!.seq,
    ]);
  }

  /**
   * The case with its token hash, through the cache; null when missing. While cached, every
   * read gets the same frozen record, so callers may key their own derived data on it.
   */
  function head(id: string): Promise<CaseHeadEntry | null> {
    return cached(id, 'head', async () => {
      const rows = await db.query<TokenRow>(
        `SELECT ${CASE_COLUMNS}, token_hash FROM cases WHERE id = $1::uuid`,
        [id],
      );
      const row = rows[0];
      return row ? { record: toCase(row), tokenHash: Buffer.from(row.token_hash) } : null;
    });
  }

  async function selectCase(q: Queryable, where: string, param: unknown): Promise<CaseRecord | null> {
    const rows = await q.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE ${where}`, [param]);
    return rows[0] ? toCase(rows[0]) : null;
  }

  /** The write of {@link CaseEventStore.appendEvents}: version check, events, idempotency, outbox. */
  function appendTx(
    caseId: string,
    expectedVersion: number,
    events: CaseEvent[],
    projection: CaseProjection,
    opts: AppendOptions,
    at: Date,
    setExpiry: boolean,
  ): Promise<CaseRecord> {
    return db.transaction(async (tx) => {
      const rows = await tx.query<CaseRow>(
        `UPDATE cases
            SET version = version + $3::int, projection = $4::jsonb, state = $5, priority = $6,
                waiting_on_reporter = $7::boolean, next_deadline = $8::timestamptz,
                updated_at = $9::timestamptz,
                token_expires_at = CASE WHEN $10::boolean THEN $11::timestamptz ELSE token_expires_at END
          WHERE id = $1::uuid AND version = $2::int
          RETURNING ${CASE_COLUMNS}`,
        [
          caseId,
          expectedVersion,
          events.length,
          JSON.stringify(projection),
          projection.state,
          projection.priority,
          projection.waitingOnReporter,
          projection.nextDeadline,
          at.toISOString(),
          setExpiry,
          setExpiry && opts.tokenExpiresAt ? opts.tokenExpiresAt.toISOString() : null,
        ],
      );
      if (!rows[0]) {
        const current = await tx.query<{ version: number }>('SELECT version FROM cases WHERE id = $1::uuid', [
          caseId,
        ]);
        if (!current[0]) throw new CaseNotFoundError(caseId);
        throw new ConcurrencyError(caseId, expectedVersion, current[0].version);
      }
      await insertEvents(tx, caseId, events);
      if (opts.idempotency) await completeIdempotency(tx, opts.idempotency, at, idempotencyTtlMs);
      await insertOutbox(tx, opts.outbox ?? [], at);
      return toCase(rows[0]);
    });
  }

  return {
    async createCase(input: NewCase): Promise<CaseRecord> {
      checkEvents(input.events, 1);
      checkProjection(input.projection);
      if (!isUuid(input.id)) throw new InvalidDataError('case id must be a UUID');
      if (input.tokenHash.length !== 32) throw new InvalidDataError('tokenHash must be a SHA-256 (32 bytes)');
      const at = now();
      const p = input.projection;
      try {
        return await db.transaction(async (tx) => {
          const rows = await tx.query<CaseRow>(
            `INSERT INTO cases (id, number, token_hash, created_at, updated_at, token_expires_at, account_key,
                                projection, state, priority, waiting_on_reporter, next_deadline, version)
             VALUES ($1::uuid, $2, $3::bytea, $4::timestamptz, $4::timestamptz, $5::timestamptz, $6,
                     $7::jsonb, $8, $9, $10::boolean, $11::timestamptz, $12::int)
             RETURNING ${CASE_COLUMNS}`,
            [
              input.id,
              input.number,
              input.tokenHash,
              at.toISOString(),
              input.tokenExpiresAt ? input.tokenExpiresAt.toISOString() : null,
              input.accountKey,
              JSON.stringify(p),
              p.state,
              p.priority,
              p.waitingOnReporter,
              p.nextDeadline,
              input.events.length,
            ],
          );
          if (input.idempotency) await completeIdempotency(tx, input.idempotency, at, idempotencyTtlMs);
          await insertOutbox(tx, input.outbox ?? [], at);
          await insertEvents(tx, input.id, input.events);
          return toCase(rows[0]!);
        });
      } catch (err) {
        invalidate(input.id);
        if (sqlState(err) === '23505') {
          const text = `${(err as { constraint?: string }).constraint ?? ''} ${(err as Error).message}`;
          if (text.includes('cases_pkey')) throw new DuplicateCaseError('id', { cause: err });
          if (text.includes('cases_number_key')) throw new DuplicateCaseError('number', { cause: err });
        }
        throw err;
      }
    },

    async appendEvents(caseId, expectedVersion, events, projection, opts: AppendOptions = {}) {
      if (!isUuid(caseId)) throw new CaseNotFoundError(caseId);
      checkEvents(events, expectedVersion + 1);
      checkProjection(projection);
      const at = now();
      const setExpiry = opts.tokenExpiresAt !== undefined;
      try {
        return await appendTx(caseId, expectedVersion, events, projection, opts, at, setExpiry);
      } finally {
        invalidate(caseId);
      }
    },

    async getCase(id) {
      if (!isUuid(id)) return null;
      return (await head(id))?.record ?? null;
    },

    async getCaseByNumber(number) {
      return selectCase(db, 'number = $1', normalizeCaseNumber(number));
    },

    async loadEvents(caseId, opts = {}) {
      if (!isUuid(caseId)) return [];
      const all = await cached(caseId, 'events', async () => {
        const rows = await db.query<EventRow>(
          'SELECT seq, type, at, actor_role, actor_id, visibility, data, digest, prev, hash FROM events ' +
            'WHERE case_id = $1::uuid ORDER BY seq',
          [caseId],
        );
        return rows.map(toEvent);
      });
      const after = opts.afterSeq ?? 0;
      // Seqs run 1, 2, 3…: the first one after `after` sits at index `after` (searched to be safe).
      let start = Math.min(Math.max(after, 0), all.length);
      while (start > 0 && all[start - 1]!.seq > after) start--;
      while (start < all.length && all[start]!.seq <= after) start++;
      if (opts.visibility) return all.slice(start).filter((e) => e.visibility === opts.visibility);
      // Frozen when cached: handed out as is (a caller cannot change what the next one reads).
      return start === 0 ? (all as CaseEvent[]) : all.slice(start);
    },

    async findCaseForToken(id, tokenHash) {
      const found = isUuid(id) ? await head(id) : null;
      const stored = found ? found.tokenHash : DUMMY_HASH;
      const given = tokenHash.length === 32 ? tokenHash : DUMMY_HASH;
      // Always compare, so a missing case and a wrong token take the same path.
      const match = timingSafeEqual(stored, given) && tokenHash.length === 32;
      if (!found || !match) return null;
      const expires = found.record.tokenExpiresAt;
      if (expires && expires.getTime() <= now().getTime()) return null;
      return found.record;
    },

    async updateToken(caseId, change) {
      if (!isUuid(caseId)) throw new CaseNotFoundError(caseId);
      if (change.tokenHash && change.tokenHash.length !== 32) {
        throw new InvalidDataError('tokenHash must be a SHA-256 (32 bytes)');
      }
      try {
        await db.transaction(async (tx) => {
          const rows = await tx.query(
            `UPDATE cases
                SET token_hash = COALESCE($2::bytea, token_hash),
                    token_expires_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE token_expires_at END
              WHERE id = $1::uuid
              RETURNING 1 AS ok`,
            [
              caseId,
              change.tokenHash ?? null,
              change.expiresAt !== undefined,
              change.expiresAt ? change.expiresAt.toISOString() : null,
            ],
          );
          if (rows.length === 0) throw new CaseNotFoundError(caseId);
          await notifyCaseChanged(tx, channel, caseId);
        });
      } finally {
        invalidate(caseId);
      }
    },

    async listCases(query: ListCasesQuery = {}): Promise<CasePage> {
      const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), 200);
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(clause(`$${params.length}`));
      };
      if (query.state !== undefined) add((n) => `state = ${n}`, query.state);
      if (query.priority !== undefined) add((n) => `priority = ${n}`, query.priority);
      if (query.waitingOnReporter !== undefined) {
        add((n) => `waiting_on_reporter = ${n}::boolean`, query.waitingOnReporter);
      }
      if (query.deadlineBefore !== undefined) {
        add((n) => `next_deadline < ${n}::timestamptz`, query.deadlineBefore.toISOString());
      }
      if (query.cursor) {
        const [ts, id] = decodeCursor(query.cursor);
        params.push(ts, id);
        where.push(`(updated_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
      }
      params.push(limit + 1);
      const rows = await db.query<CaseRow & { cursor_ts: string }>(
        `SELECT ${CASE_COLUMNS},
                to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_ts
           FROM cases
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY updated_at DESC, id DESC
          LIMIT $${params.length}::int`,
        params,
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map(toCase),
        nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_ts, last.id) : null,
      };
    },
  };
}
