/**
 * The notification outbox: rows written in the same transaction as the change they announce
 * (cases, events, the second factor), delivered later by delivery workers that claim rows with a
 * lease (see `src/delivery/`).
 * @module
 */
import type { Queryable } from './db';
import type { SqlContext } from './sql-context';
import type { ClaimedOutboxRecord, OutboxMessage, OutboxRecord, OutboxStore } from './types';

/** Queues messages inside an open transaction (nothing for an empty list). */
export async function insertOutbox(
  tx: Queryable,
  messages: readonly OutboxMessage[],
  at: Date,
): Promise<void> {
  if (messages.length === 0) return;
  await tx.query(
    `INSERT INTO outbox (created_at, channel, recipient, template, data, message_id, order_key, next_attempt_at)
     SELECT greatest($1::timestamptz, (x->>'notBefore')::timestamptz), x->>'channel', x->>'recipient',
            x->>'template', x->'data',
            coalesce(x->>'messageId', 'msg_' || replace(gen_random_uuid()::text, '-', '')),
            x->>'orderKey', (x->>'notBefore')::timestamptz
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n)
     ORDER BY n`,
    [at.toISOString(), JSON.stringify(messages)],
  );
}

interface OutboxRow {
  id: string | number;
  message_id: string;
  order_key: string | null;
  created_at: Date;
  channel: OutboxMessage['channel'];
  recipient: string;
  template: string;
  data: Record<string, unknown>;
  sent_at: Date | null;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  dead_at: Date | null;
  retried_at: Date | null;
}

const COLUMNS = `id, message_id, order_key, created_at, channel, recipient, template, data, sent_at,
  attempts, next_attempt_at, last_error, dead_at, retried_at`;

function toRecord(r: OutboxRow): OutboxRecord {
  return {
    id: Number(r.id),
    messageId: r.message_id,
    orderKey: r.order_key,
    createdAt: r.created_at,
    channel: r.channel,
    recipient: r.recipient,
    template: r.template,
    data: r.data,
    sentAt: r.sent_at,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    deadAt: r.dead_at,
  };
}

const clampLimit = (limit: number | undefined, fallback: number) =>
  Math.min(Math.max(Math.trunc(limit ?? fallback), 1), 500);

/** Errors are stored for operators; keep them bounded. */
const clampError = (error: string) => (error.length > 2000 ? `${error.slice(0, 2000)}…` : error);

/** The outbox capability of the SQL store. */
export function createOutboxStore({ db, now }: SqlContext): OutboxStore {
  return {
    async enqueue(messages) {
      await db.transaction((tx) => insertOutbox(tx, messages, now()));
    },

    async listOutbox(opts = {}) {
      const rows = await db.query<OutboxRow>(
        `SELECT ${COLUMNS} FROM outbox
          ${opts.pending ? 'WHERE sent_at IS NULL AND dead_at IS NULL ORDER BY id ASC' : 'ORDER BY id DESC'}
          LIMIT $1::int`,
        [clampLimit(opts.limit, 50)],
      );
      return rows.map(toRecord);
    },

    async markSent(ids, at = now()) {
      if (ids.length === 0) return;
      await db.query(
        `UPDATE outbox SET sent_at = $2::timestamptz, lease_owner = NULL, lease_until = NULL
          WHERE sent_at IS NULL AND id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)`,
        [JSON.stringify(ids), at.toISOString()],
      );
    },

    async claim(owner, { limit, leaseMs, now: at }) {
      // SKIP LOCKED: a row another worker is claiming right now is skipped, not waited for; the
      // WHERE clause is re-checked on the row's newest version once locked (READ COMMITTED), so a
      // lease committed meanwhile excludes it. PGlite is single-connection: no contention.
      const rows = await db.query<OutboxRow>(
        `UPDATE outbox o
            SET lease_owner = $1, lease_until = $2::timestamptz + make_interval(secs => $3::float8 / 1000),
                attempts = o.attempts + 1
          WHERE o.id IN (
            SELECT c.id FROM outbox c
             WHERE c.sent_at IS NULL AND c.dead_at IS NULL
               AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= $2::timestamptz)
               AND (c.lease_until IS NULL OR c.lease_until <= $2::timestamptz)
               AND (c.order_key IS NULL OR NOT EXISTS (
                     SELECT 1 FROM outbox p
                      WHERE p.order_key = c.order_key AND p.id < c.id
                        AND p.sent_at IS NULL AND p.dead_at IS NULL))
             ORDER BY c.id
             LIMIT $4::int
             FOR UPDATE SKIP LOCKED)
          RETURNING ${COLUMNS.replace(/(\w+)/g, 'o.$1')}`,
        [owner, at.toISOString(), Math.max(leaseMs, 1), clampLimit(limit, 10)],
      );
      return rows
        .map(
          (r): ClaimedOutboxRecord => ({
            id: Number(r.id),
            messageId: r.message_id,
            channel: r.channel,
            recipient: r.recipient,
            template: r.template,
            data: r.data,
            attempts: Number(r.attempts),
            createdAt: r.created_at,
            orderKey: r.order_key,
            retriedAt: r.retried_at,
          }),
        )
        .sort((a, b) => a.id - b.id);
    },

    async markDelivered(id, _owner, at = now()) {
      const rows = await db.query(
        `UPDATE outbox SET sent_at = $2::timestamptz, lease_owner = NULL, lease_until = NULL,
                next_attempt_at = NULL, last_error = NULL
          WHERE id = $1::bigint AND sent_at IS NULL RETURNING id`,
        [id, at.toISOString()],
      );
      return rows.length === 1;
    },

    async markFailed(id, owner, error, nextAttemptAt) {
      const rows = await db.query(
        `UPDATE outbox SET lease_owner = NULL, lease_until = NULL, last_error = $3,
                next_attempt_at = $4::timestamptz
          WHERE id = $1::bigint AND lease_owner = $2 AND sent_at IS NULL AND dead_at IS NULL
          RETURNING id`,
        [id, owner, clampError(error), nextAttemptAt.toISOString()],
      );
      return rows.length === 1;
    },

    async markDead(id, owner, error, at = now()) {
      const rows = await db.query(
        `UPDATE outbox SET lease_owner = NULL, lease_until = NULL, last_error = $3,
                dead_at = $4::timestamptz
          WHERE id = $1::bigint AND lease_owner = $2 AND sent_at IS NULL AND dead_at IS NULL
          RETURNING id`,
        [id, owner, clampError(error), at.toISOString()],
      );
      return rows.length === 1;
    },

    async listDead(opts = {}) {
      const rows = await db.query<OutboxRow>(
        `SELECT ${COLUMNS} FROM outbox WHERE dead_at IS NOT NULL
          ORDER BY dead_at DESC, id DESC LIMIT $1::int`,
        [clampLimit(opts.limit, 100)],
      );
      return rows.map(toRecord);
    },

    async retryDead(id, at = now()) {
      const rows = await db.query(
        `UPDATE outbox SET dead_at = NULL, next_attempt_at = NULL, lease_owner = NULL,
                lease_until = NULL, retried_at = $2::timestamptz
          WHERE id = $1::bigint AND dead_at IS NOT NULL AND sent_at IS NULL RETURNING id`,
        [id, at.toISOString()],
      );
      return rows.length === 1;
    },

    async outboxStats() {
      const [row] = await db.query<{ pending: string | number; oldest: Date | null; dead: string | number }>(
        `SELECT count(*) FILTER (WHERE sent_at IS NULL AND dead_at IS NULL) AS pending,
                min(created_at) FILTER (WHERE sent_at IS NULL AND dead_at IS NULL) AS oldest,
                count(*) FILTER (WHERE dead_at IS NOT NULL) AS dead
           FROM outbox`,
      );
      return {
        pending: Number(row?.pending ?? 0),
        oldestPendingAt: row?.oldest ?? null,
        dead: Number(row?.dead ?? 0),
      };
    },
  };
}
