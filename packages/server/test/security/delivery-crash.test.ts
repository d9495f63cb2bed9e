// Delivery of the outbox on PostgreSQL, at least once, with leases.
// 1. The delivery CLI (`recourse-delivery`, bundled) killed with SIGKILL mid-batch 20 times while
//    it delivers to a real SMTP server on loopback (slowed to 15 ms a message), each kill at a
//    random point after the worker's first message went out (rows claimed, some sent, some not): after one more worker drains what is left, every message was received at
//    least once (lost 0) and every row is marked delivered; redeliveries after a kill are counted.
// 2. Two workers on one database, both healthy: no message is received twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore, type OutboxMessage, type Store } from '../../src/index';
import { storeDb } from '../../src/store/sql-store';
import { startSmtpSink } from '../node/smtp-sink';
import { dropSchema, figure } from './helpers';

const url = process.env.DATABASE_URL;
const KILLS = 20;
const here = fileURLToPath(new URL('.', import.meta.url));

async function sql<T>(store: Store, text: string, params: unknown[] = []): Promise<T[]> {
  return storeDb(store)!.query<T>(text, params);
}

const messages = (prefix: string, n: number): OutboxMessage[] =>
  Array.from({ length: n }, (_, i) => ({
    channel: 'email',
    recipient: `${prefix}${i}@example.org`,
    template: 'totp_enabled',
    data: { change: 'enabled', at: new Date().toISOString() },
  }));

describe('delivery at least once on PostgreSQL', () => {
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: start PostgreSQL (scripts/ensure-test-deps.sh) — delivery is claimed on PostgreSQL',
    );
  const schema = `sec_delivery_${randomBytes(5).toString('hex')}`;
  let cliJs: string;
  let store: Store;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;

  /** The CLI as a child process; resolves once it has started its loop. */
  async function worker(
    name: string,
    leaseMs: number,
  ): Promise<{ child: ChildProcess; exited: Promise<void> }> {
    const child = spawn(process.execPath, [cliJs], {
      cwd: join(here, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_SCHEMA: schema,
        SMTP_URL: sink.url,
        MAIL_FROM: `${name}@delivery.test`,
        DELIVERY_LEASE_MS: String(leaseMs),
        DELIVERY_BATCH: '4',
        DELIVERY_POLL_MS: '20',
        DELIVERY_BACKOFF_MS: '50',
        DELIVERY_BACKOFF_MAX_MS: '200',
      },
    });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += String(d);
    });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not start: ${stderr}`)), 20_000);
      child.stdout!.on('data', (d) => {
        if (String(d).includes('delivery_started')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited (${code}): ${stderr}`));
      });
    });
    return { child, exited };
  }

  const pendingCount = async () => (await store.outboxStats()).pending;
  async function drained(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while ((await pendingCount()) > 0) {
      if (Date.now() > until) {
        const rows = await sql(
          store,
          `SELECT id, attempts, lease_owner, lease_until, next_attempt_at, last_error, now() AS db_now
             FROM outbox WHERE sent_at IS NULL AND dead_at IS NULL LIMIT 5`,
        );
        throw new Error(
          `outbox not drained after ${ms} ms: ${await pendingCount()} pending: ${JSON.stringify(rows)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    sink = await startSmtpSink({ delayMs: 15 });
    cliJs = join(here, '../../node_modules/.cache', `delivery-cli-${process.pid}.mjs`);
    await build({
      entryPoints: [join(here, '../../src/bin/delivery.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: cliJs,
      conditions: ['@recourse/source'],
      external: ['pg', 'pg-*', '@electric-sql/pglite', '@electric-sql/*'],
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: 'error',
      nodePaths: [join(here, '../../node_modules')],
    });
    store = await createPostgresStore({ connectionString: url!, schema });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    if (url) await dropSchema(schema);
    if (cliJs) rmSync(cliJs, { force: true });
    await sink?.close();
  });

  it(`SIGKILL mid-batch ${KILLS} times: lost 0; two healthy workers: duplicates 0`, async () => {
    const t0 = Date.now();
    const N = 400;
    await store.enqueue(messages('k', N));
    const ids = (await sql<{ message_id: string }>(store, 'SELECT message_id FROM outbox')).map(
      (r) => r.message_id,
    );
    let midBatch = 0;
    for (let cycle = 0; cycle < KILLS; cycle++) {
      const w = await worker(`cycle${cycle}`, 1000);
      // A random point after its first message went out: rows claimed, some sent, some not.
      const from = `cycle${cycle}@delivery.test`;
      await sink.waitFor(() => sink.received.some((m) => m.from === from), 15_000, `a message from ${from}`);
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 60)));
      // Then the first moment it holds claimed rows it has not sent (the lease owner is
      // `<host>:<pid>:<random>`): the kill lands mid-batch, not between two batches.
      const heldSince = Date.now();
      for (;;) {
        const [held] = await sql<{ n: string }>(
          store,
          `SELECT count(*)::text AS n FROM outbox WHERE lease_owner LIKE $1 AND sent_at IS NULL AND lease_until > now()`,
          [`%:${w.child.pid}:%`],
        );
        if (Number(held!.n) > 0) {
          midBatch++;
          break;
        }
        if (Date.now() - heldSince > 10_000)
          throw new Error(
            `cycle ${cycle}: the worker held no unsent rows for 10 s (nothing left to deliver?)`,
          );
        await new Promise((r) => setTimeout(r, 2));
      }
      w.child.kill('SIGKILL');
      await w.exited;
    }
    const killMs = Date.now() - t0;
    const deliveredByKilled = new Set(sink.received.map((m) => m.parsed.messageId)).size;
    const drainer = await worker('drain', 1000);
    await drained(30_000);
    drainer.child.kill('SIGTERM');
    await drainer.exited;

    const seen = new Map<string, number>();
    for (const m of sink.received) {
      const id = /^<(msg_[0-9a-f]+)@/.exec(m.parsed.messageId ?? '')?.[1];
      if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    const lost = ids.filter((id) => !seen.has(id)).length;
    const redelivered = [...seen.values()].filter((n) => n > 1).length;
    const [unsent] = await sql<{ n: string }>(
      store,
      'SELECT count(*)::text AS n FROM outbox WHERE sent_at IS NULL',
    );

    // 2. Two healthy workers on one database.
    const t1 = Date.now();
    const M = 200;
    const before = sink.received.length;
    await store.enqueue(messages('two', M));
    const [a, b] = await Promise.all([worker('wa', 10_000), worker('wb', 10_000)]);
    await drained(30_000);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);
    const second = sink.received.slice(before);
    const counts = new Map<string, number>();
    for (const m of second)
      counts.set(m.parsed.messageId ?? '', (counts.get(m.parsed.messageId ?? '') ?? 0) + 1);
    const duplicates = [...counts.values()].filter((n) => n > 1).length;
    const byA = second.filter((m) => m.from === 'wa@delivery.test').length;
    const byB = second.filter((m) => m.from === 'wb@delivery.test').length;

    figure(
      `delivery: kills=${KILLS} mid-batch=${midBatch} messages=${N} delivered=${seen.size} lost=${lost} ` +
        `redelivered-after-kill=${redelivered} delivered-before-drain=${deliveredByKilled} unsent=${unsent!.n} (${killMs} ms); ` +
        `two workers: messages=${M} received=${second.length} distinct=${counts.size} duplicates(2 workers)=${duplicates} ` +
        `split=${byA}/${byB} (${Date.now() - t1} ms)`,
    );
    expect(lost).toBe(0);
    expect(Number(unsent!.n)).toBe(0);
    expect(midBatch).toBe(KILLS);
    expect(counts.size).toBe(M);
    expect(duplicates).toBe(0);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
  }, 120_000);
});
