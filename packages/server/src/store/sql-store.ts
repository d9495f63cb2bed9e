import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { normalizeCaseNumber } from './case-number';
import type { Db, Queryable } from './db';
import {
  AttachmentLimitError,
  CaseNotFoundError,
  ConcurrencyError,
  DuplicateCaseError,
  IdempotencyConflictError,
  InvalidCursorError,
  InvalidDataError,
  sqlState,
} from './errors';
import { createReadCache } from './read-cache';
import type {
  AppendOptions,
  Attachment,
  AttachmentMeta,
  CaseEvent,
  CaseEventListener,
  CasePage,
  CaseProjection,
  CaseRecord,
  IdempotencyBegin,
  IdempotencyCompletion,
  ListCasesQuery,
  NewAttachment,
  NewCase,
  OutboxMessage,
  OutboxRecord,
  RateLimitResult,
  Store,
  StoreHealth,
} from './types';

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

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_MS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CURSOR_TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const DAY_MS = 86_400_000;
const DUMMY_HASH = Buffer.alloc(32);

const CASE_COLUMNS = 'id, number, created_at, updated_at, token_expires_at, account_key, projection, version';
const ATTACHMENT_COLUMNS =
  'id, case_id, storage_name, original_name, media_type, size, sha256, created_at, uploaded_by_role';
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
};

interface CaseRow {
  id: string;
  number: string;
  created_at: Date;
  updated_at: Date;
  token_expires_at: Date | null;
  account_key: string | null;
  projection: CaseProjection;
  version: number;
}

interface TokenRow extends CaseRow {
  token_hash: Uint8Array;
}

/** What the read cache holds of a case row. */
interface CaseHeadEntry {
  record: CaseRecord;
  tokenHash: Buffer;
}

interface EventRow {
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

interface AttachmentRow {
  id: string;
  case_id: string;
  storage_name: string;
  original_name: string;
  media_type: string;
  size: number;
  sha256: string;
  created_at: Date;
  uploaded_by_role: string;
  data?: Uint8Array;
}

/** True for a canonical UUID string (anything else is answered like a missing id). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

function toCase(row: CaseRow): CaseRecord {
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

function toEvent(row: EventRow): CaseEvent {
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

function toAttachmentMeta(row: AttachmentRow): AttachmentMeta {
  return {
    id: row.id,
    caseId: row.case_id,
    storageName: row.storage_name,
    originalName: row.original_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
    uploadedByRole: row.uploaded_by_role,
  };
}

function checkEvents(events: CaseEvent[], firstSeq: number): void {
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

function checkProjection(p: CaseProjection): void {
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

function eventsJson(events: CaseEvent[]): string {
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

function encodeCursor(ts: string, id: string): string {
  return Buffer.from(JSON.stringify([ts, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
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

const DATABASES = new WeakMap<Store, Db>();

/**
 * The {@link Db} under a store made by {@link createSqlStore} (so a module with its own tables,
 * e.g. the TOTP routes, runs its SQL on the same database and in its transactions); undefined
 * for any other object.
 */
export function storeDb(store: Store): Db | undefined {
  return DATABASES.get(store);
}

/**
 * The store over any {@link Db}: every statement of the storage layer is here, shared by the
 * PGlite and the PostgreSQL adapters. Call `migrate` before.
 */
export async function createSqlStore(db: Db, options: SqlStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const ttlDays = options.idempotencyTtlDays ?? 7;
  if (ttlDays < 7) throw new RangeError('idempotency records must be kept at least 7 days');
  const ttlMs = ttlDays * DAY_MS;
  const inFlightMs = (options.inFlightTimeoutSeconds ?? 30) * 1000;
  const channel = options.channel ?? 'recourse_events';

  const cacheMs = options.readCacheMs ?? (db.engine === 'pglite' ? Number.POSITIVE_INFINITY : 1000);
  const cache = createReadCache({ ttlMs: cacheMs });
  /** Reads through the cache (or straight from the database when it is off). */
  const cached = <T>(caseId: string, slot: 'head' | 'events' | 'attachments', load: () => Promise<T>) =>
    cacheMs > 0 ? cache.get(caseId, slot, load) : load();

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

  // ── statements used inside the domain transactions ─────────────────────

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

  /** Tells other instances the case changed without an event (they drop their cached copy). */
  async function notifyChanged(tx: Queryable, caseId: string): Promise<void> {
    await tx.query(`SELECT pg_notify($1, $2 || ':0')`, [channel, caseId]);
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

  async function insertOutbox(tx: Queryable, messages: OutboxMessage[], at: Date): Promise<void> {
    if (messages.length === 0) return;
    await tx.query(
      `INSERT INTO outbox (created_at, channel, recipient, template, data)
       SELECT $1::timestamptz, x->>'channel', x->>'recipient', x->>'template', x->'data'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n)
       ORDER BY n`,
      [at.toISOString(), JSON.stringify(messages)],
    );
  }

  async function completeIdempotency(tx: Queryable, c: IdempotencyCompletion, at: Date): Promise<void> {
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

  async function selectCase(q: Queryable, where: string, param: unknown): Promise<CaseRecord | null> {
    const rows = await q.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE ${where}`, [param]);
    return rows[0] ? toCase(rows[0]) : null;
  }

  /** The write of {@link Store.appendEvents}: version check, events, idempotency, outbox. */
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
      if (opts.idempotency) await completeIdempotency(tx, opts.idempotency, at);
      await insertOutbox(tx, opts.outbox ?? [], at);
      return toCase(rows[0]);
    });
  }

  /** The write of {@link Store.putAttachment}: counted under the case row's lock. */
  function insertAttachment(
    input: NewAttachment,
    id: string,
    storageName: string,
    sha256: string,
    size: number,
    at: Date,
  ): Promise<AttachmentMeta> {
    return db.transaction(async (tx) => {
      // Locks the case row so concurrent uploads are counted one after the other.
      const found = await tx.query('SELECT 1 AS ok FROM cases WHERE id = $1::uuid FOR UPDATE', [
        input.caseId,
      ]);
      if (found.length === 0) throw new CaseNotFoundError(input.caseId);
      if (input.limits) {
        const [t] = await tx.query<{ count: number; bytes: string | number }>(
          'SELECT count(*)::int AS count, COALESCE(sum(size), 0)::bigint AS bytes FROM attachments WHERE case_id = $1::uuid',
          [input.caseId],
        );
        if ((t?.count ?? 0) + 1 > input.limits.maxCount) {
          throw new AttachmentLimitError('count', input.limits.maxCount);
        }
        if (Number(t?.bytes ?? 0) + size > input.limits.maxBytes) {
          throw new AttachmentLimitError('bytes', input.limits.maxBytes);
        }
      }
      const rows = await tx.query<AttachmentRow>(
        `INSERT INTO attachments (id, case_id, storage_name, original_name, media_type, size, sha256, data,
                                  created_at, uploaded_by_role)
         VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::int, $7, $8::bytea, $9::timestamptz, $10)
         RETURNING ${ATTACHMENT_COLUMNS}`,
        [
          id,
          input.caseId,
          storageName,
          input.originalName,
          input.mediaType,
          size,
          sha256,
          input.data,
          at.toISOString(),
          input.uploadedByRole,
        ],
      );
      await notifyChanged(tx, input.caseId);
      return toAttachmentMeta(rows[0]!);
    });
  }

  const store: Store = {
    engine: db.engine,

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
          if (input.idempotency) await completeIdempotency(tx, input.idempotency, at);
          await insertOutbox(tx, input.outbox ?? [], at);
          await insertEvents(tx, input.id, input.events);
          return toCase(rows[0]!);
        });
      } catch (err) {
        cache.invalidate(input.id);
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
        cache.invalidate(caseId);
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
          await notifyChanged(tx, caseId);
        });
      } finally {
        cache.invalidate(caseId);
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
      await db.transaction((tx) => completeIdempotency(tx, completion, now()));
    },

    async releaseIdempotent(scope, key) {
      await db.query(`DELETE FROM idempotency WHERE scope = $1 AND key = $2 AND status = 'in_flight'`, [
        scope,
        key,
      ]);
    },

    async purgeExpired(at = now()) {
      const iso = at.toISOString();
      const [a] = await db.query<{ n: number }>(
        'WITH d AS (DELETE FROM idempotency WHERE expires_at <= $1::timestamptz RETURNING 1) SELECT count(*)::int AS n FROM d',
        [iso],
      );
      const [b] = await db.query<{ n: number }>(
        'WITH d AS (DELETE FROM rate_limits WHERE expires_at <= $1::timestamptz RETURNING 1) SELECT count(*)::int AS n FROM d',
        [iso],
      );
      return { idempotency: a?.n ?? 0, rateLimits: b?.n ?? 0 };
    },

    async enqueue(messages) {
      await db.transaction((tx) => insertOutbox(tx, messages, now()));
    },

    async listOutbox(opts = {}) {
      const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 50), 1), 500);
      const rows = await db.query<{
        id: string | number;
        created_at: Date;
        channel: 'email' | 'sms';
        recipient: string;
        template: string;
        data: Record<string, unknown>;
        sent_at: Date | null;
      }>(
        `SELECT id, created_at, channel, recipient, template, data, sent_at FROM outbox
          ${opts.pending ? 'WHERE sent_at IS NULL ORDER BY id ASC' : 'ORDER BY id DESC'}
          LIMIT $1::int`,
        [limit],
      );
      return rows.map(
        (r): OutboxRecord => ({
          id: Number(r.id),
          createdAt: r.created_at,
          channel: r.channel,
          recipient: r.recipient,
          template: r.template,
          data: r.data,
          sentAt: r.sent_at,
        }),
      );
    },

    async markSent(ids, at = now()) {
      if (ids.length === 0) return;
      await db.query(
        `UPDATE outbox SET sent_at = $2::timestamptz
          WHERE sent_at IS NULL AND id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)`,
        [JSON.stringify(ids), at.toISOString()],
      );
    },

    async putAttachment(input: NewAttachment): Promise<AttachmentMeta> {
      if (!isUuid(input.caseId)) throw new CaseNotFoundError(input.caseId);
      const id = input.id ?? randomUUID();
      if (!isUuid(id)) throw new InvalidDataError('attachment id must be a UUID');
      const storageName = `${id.toLowerCase()}.${EXTENSIONS[input.mediaType] ?? 'bin'}`;
      const sha256 = createHash('sha256').update(input.data).digest('hex');
      const size = input.data.byteLength;
      const at = now();
      try {
        return await insertAttachment(input, id, storageName, sha256, size, at);
      } finally {
        cache.invalidate(input.caseId);
      }
    },

    async getAttachment(caseId, id): Promise<Attachment | null> {
      if (!isUuid(caseId) || !isUuid(id)) return null;
      const rows = await db.query<AttachmentRow>(
        `SELECT ${ATTACHMENT_COLUMNS}, data FROM attachments WHERE id = $1::uuid AND case_id = $2::uuid`,
        [id, caseId],
      );
      const row = rows[0];
      return row ? { ...toAttachmentMeta(row), data: row.data! } : null;
    },

    async listAttachments(caseId) {
      if (!isUuid(caseId)) return [];
      const list = await cached(caseId, 'attachments', async () => {
        const rows = await db.query<AttachmentRow>(
          `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE case_id = $1::uuid ORDER BY created_at, id`,
          [caseId],
        );
        return rows.map(toAttachmentMeta);
      });
      return list;
    },

    async caseAttachmentTotals(caseId) {
      if (!isUuid(caseId)) return { count: 0, bytes: 0 };
      const [t] = await db.query<{ count: number; bytes: string | number }>(
        'SELECT count(*)::int AS count, COALESCE(sum(size), 0)::bigint AS bytes FROM attachments WHERE case_id = $1::uuid',
        [caseId],
      );
      return { count: t?.count ?? 0, bytes: Number(t?.bytes ?? 0) };
    },

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

    subscribe(onCaseEvent) {
      listeners.add(onCaseEvent);
      return () => {
        listeners.delete(onCaseEvent);
      };
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
