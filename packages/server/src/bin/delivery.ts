#!/usr/bin/env node
/**
 * `recourse-delivery`: the delivery worker as its own process, on the platform's PostgreSQL.
 * Run as many as you like on one database: rows are claimed with leases (see docs/deploy.md).
 *
 *   recourse-delivery            drain the outbox until SIGINT/SIGTERM
 *   recourse-delivery dead       list dead messages (one JSON line each)
 *   recourse-delivery retry ID   make dead message ID (row id or message id) pending again
 *
 * Environment: DATABASE_URL (required), DATABASE_SCHEMA, SMTP_URL (`smtp://user:pass@host:587`,
 * `smtps://host:465`; required to run), MAIL_FROM,
 * DISPUTE_URL (the "this wasn't me" page), PLATFORM_NAME, DELIVERY_LEASE_MS, DELIVERY_BATCH,
 * DELIVERY_POLL_MS, DELIVERY_MAX_AGE_MS, DELIVERY_BACKOFF_MS, DELIVERY_BACKOFF_MAX_MS.
 * @module
 */
import type { DeliveryChannel } from '../delivery/channel';
import { deadMessageOf } from '../delivery/dead-message';
import { createEmailChannel } from '../delivery/email/channel';
import { createDelivery } from '../delivery/worker';
import type { Logger } from '../options';
import { createPostgresStore } from '../store/postgres';

const env = process.env;
const num = (name: string): number | undefined => {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return n;
};

const logger: Logger = {
  info: (r) => process.stdout.write(`${JSON.stringify({ level: 'info', ...r })}\n`),
  warn: (r) => process.stderr.write(`${JSON.stringify({ level: 'warn', ...r })}\n`),
  error: (r) => process.stderr.write(`${JSON.stringify({ level: 'error', ...r })}\n`),
};

async function main(): Promise<number> {
  const [command = 'run', arg] = process.argv.slice(2);
  const url = env.DATABASE_URL;
  if (!url) {
    process.stderr.write('recourse-delivery: DATABASE_URL is required\n');
    return 2;
  }
  const store = await createPostgresStore({
    connectionString: url,
    ...(env.DATABASE_SCHEMA ? { schema: env.DATABASE_SCHEMA } : {}),
    applicationName: 'recourse-delivery',
    max: 4,
  });
  try {
    if (command === 'dead') {
      for (const r of await store.listDead({ limit: 500 })) {
        process.stdout.write(`${JSON.stringify(deadMessageOf(r))}\n`);
      }
      return 0;
    }
    if (command === 'retry') {
      if (!arg) {
        process.stderr.write('usage: recourse-delivery retry <id | message id>\n');
        return 2;
      }
      let id = /^\d+$/.test(arg) ? Number(arg) : undefined;
      if (id === undefined) id = (await store.listDead({ limit: 500 })).find((r) => r.messageId === arg)?.id;
      const ok = id !== undefined && (await store.retryDead(id));
      process.stdout.write(ok ? `retried ${id}\n` : `not dead: ${arg}\n`);
      return ok ? 0 : 1;
    }
    if (command !== 'run') {
      process.stderr.write(`recourse-delivery: unknown command ${command} (run, dead, retry)\n`);
      return 2;
    }
    const channels: DeliveryChannel[] = [];
    if (env.SMTP_URL) {
      channels.push(
        createEmailChannel({
          smtp: env.SMTP_URL,
          from: env.MAIL_FROM ?? 'Recourse <notices@localhost>',
          platformName: env.PLATFORM_NAME ?? 'Recourse',
          ...(env.DISPUTE_URL ? { disputeUrl: env.DISPUTE_URL } : {}),
        }),
      );
    } else {
      process.stderr.write('recourse-delivery: SMTP_URL is required to run the worker\n');
      return 2;
    }
    const delivery = createDelivery({
      store,
      channels,
      logger,
      leaseMs: num('DELIVERY_LEASE_MS'),
      batch: num('DELIVERY_BATCH'),
      pollMs: num('DELIVERY_POLL_MS'),
      maxAgeMs: num('DELIVERY_MAX_AGE_MS'),
      backoffBaseMs: num('DELIVERY_BACKOFF_MS'),
      backoffMaxMs: num('DELIVERY_BACKOFF_MAX_MS'),
    });
    delivery.start();
    logger.info({ msg: 'delivery_started' });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await delivery.stop();
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`recourse-delivery: ${(err as Error)?.message ?? 'failed'}\n`);
    process.exit(1);
  },
);
