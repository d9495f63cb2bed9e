/**
 * The notification outbox: rows written in the same transaction as the change they announce
 * (cases, events, the second factor), sent later by a sender process.
 * @module
 */
import type { Queryable } from './db';
import type { SqlContext } from './sql-context';
import type { OutboxMessage, OutboxRecord, OutboxStore } from './types';

/** Queues messages inside an open transaction (nothing for an empty list). */
export async function insertOutbox(
  tx: Queryable,
  messages: readonly OutboxMessage[],
  at: Date,
): Promise<void> {
  if (messages.length === 0) return;
  await tx.query(
    `INSERT INTO outbox (created_at, channel, recipient, template, data)
     SELECT $1::timestamptz, x->>'channel', x->>'recipient', x->>'template', x->'data'
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n)
     ORDER BY n`,
    [at.toISOString(), JSON.stringify(messages)],
  );
}

/** The outbox capability of the SQL store. */
export function createOutboxStore({ db, now }: SqlContext): OutboxStore {
  return {
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
  };
}
