import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import * as vitest from 'vitest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresStore, StoreError, StoreUnavailableError } from '../../src/store/index';
import { migrate } from '../../src/store/migrate';
import { postgresDb } from '../../src/store/postgres';
import { chain, newCase, projection, runStoreContract } from '../../src/testing/index';

const url = process.env.DATABASE_URL;

if (!url) {
  test('PostgreSQL is configured', () => {
    throw new Error(
      'DATABASE_URL is not set: start PostgreSQL (sh packages/server/test/pg-setup.sh) and run with ' +
        'DATABASE_URL=postgres://recourse:recourse@127.0.0.1:5432/recourse_test',
    );
  });
} else {
  // A fresh schema for every run, dropped at the end.
  const schema = `t_${Date.now().toString(36)}_${randomUUID().slice(0, 8).replace(/-/g, '')}`;
  const schemas = [schema];
  const freshSchema = () => {
    const s = `${schema}_${schemas.length}`;
    schemas.push(s);
    return s;
  };
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await admin.end();
  });

  runStoreContract(
    vitest,
    'PostgreSQL',
    ({ now }) => createPostgresStore({ connectionString: url, schema, now }),
    {
      sharedDatabase: true,
    },
  );

  describe('PostgreSQL specifics', () => {
    test('instances starting at once migrate once (advisory lock)', async () => {
      const s = freshSchema();
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => createPostgresStore({ connectionString: url, schema: s })),
      );
      try {
        const { rows } = await admin.query(`SELECT version FROM "${s}".schema_migrations ORDER BY version`);
        // Every migration of the package, each applied exactly once.
        const shipped = readdirSync(new URL('../../migrations', import.meta.url))
          .filter((f) => /^\d+_.*\.sql$/.test(f))
          .map((f) => Number.parseInt(f, 10));
        expect(shipped.length).toBeGreaterThan(0);
        expect(rows.map((r) => r.version)).toEqual(shipped.sort((a, b) => a - b));
        const input = newCase();
        await stores[0]!.createCase(input);
        expect((await stores[3]!.getCase(input.id))?.id).toBe(input.id);
      } finally {
        await Promise.all(stores.map((x) => x.close()));
      }
    }, 60_000);

    test('an applied migration that was edited is refused', async () => {
      const s = freshSchema();
      const dir = mkdtempSync(join(tmpdir(), 'recourse-mig-'));
      try {
        writeFileSync(join(dir, '001_one.sql'), 'CREATE TABLE one (id int);');
        const db = postgresDb({ connectionString: url, options: `-c search_path=${s}` });
        try {
          expect(await migrate(db, { dir, schema: s })).toEqual([1]);
          writeFileSync(join(dir, '002_two.sql'), 'CREATE TABLE two (id int);');
          expect(await migrate(db, { dir, schema: s })).toEqual([2]);
          expect(await migrate(db, { dir, schema: s })).toEqual([]);
          writeFileSync(join(dir, '001_one.sql'), 'CREATE TABLE one (id bigint);');
          await expect(migrate(db, { dir, schema: s })).rejects.toThrow(/edited after it was applied/);
          // A failing migration leaves nothing behind (one transaction).
          writeFileSync(join(dir, '001_one.sql'), 'CREATE TABLE one (id int);');
          writeFileSync(join(dir, '003_bad.sql'), 'CREATE TABLE three (id int); SELECT 1/0;');
          await expect(migrate(db, { dir, schema: s })).rejects.toBeInstanceOf(StoreError);
          const { rows } = await admin.query(
            `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'three'`,
            [s],
          );
          expect(rows[0].n).toBe(0);
        } finally {
          await db.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('an unreachable server: StoreUnavailableError', async () => {
      const err = await createPostgresStore({
        connectionString: 'postgres://recourse:recourse@127.0.0.1:1/recourse_test',
        connectionTimeoutMillis: 2000,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as StoreUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
    });

    test('a terminated backend (57P01, as in a restart) maps to StoreUnavailableError; the pool recovers', async () => {
      const s = freshSchema();
      const appName = `recourse-kill-${randomUUID().slice(0, 8)}`;
      const store = await createPostgresStore({ connectionString: url, schema: s, applicationName: appName });
      const db = postgresDb({
        connectionString: url,
        application_name: appName,
        options: `-c search_path=${s}`,
      });
      try {
        const running = db.transaction((tx) => tx.query('SELECT pg_sleep(30)'));
        const caught = running.catch((e: unknown) => e);
        for (let i = 0; i < 100; i++) {
          const { rows } = await admin.query(
            `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
              WHERE application_name = $1 AND query LIKE 'SELECT pg_sleep%'`,
            [appName],
          );
          if (rows.length > 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        const err = await caught;
        expect(err).toBeInstanceOf(StoreUnavailableError);
        expect((err as Error).message).toMatch(/57P01|terminat/i);
        // Every connection of the store dies too (as in a restart); the next calls reconnect.
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [appName],
        );
        let ok = false;
        for (let i = 0; i < 5 && !ok; i++) {
          try {
            await store.getCase(randomUUID());
            ok = true;
          } catch (e) {
            expect(e).toBeInstanceOf(StoreUnavailableError);
          }
        }
        expect(ok).toBe(true);
        expect(await store.health()).toMatchObject({ ok: true });
      } finally {
        await db.close();
        await store.close();
      }
    }, 30_000);

    test('a lost notification leaves a cached read stale for at most readCacheMs; 0 turns the cache off', async () => {
      const s = freshSchema();
      const writer = await createPostgresStore({ connectionString: url, schema: s });
      // Listening on another channel: this instance never hears the writer (as if NOTIFY were lost).
      const deaf = await createPostgresStore({
        connectionString: url,
        schema: s,
        channel: 'nobody',
        readCacheMs: 300,
      });
      const uncached = await createPostgresStore({
        connectionString: url,
        schema: s,
        channel: 'nobody',
        readCacheMs: 0,
      });
      try {
        const input = newCase();
        await writer.createCase(input);
        expect(await deaf.loadEvents(input.id)).toHaveLength(1);
        expect(await uncached.loadEvents(input.id)).toHaveLength(1);
        const t0 = performance.now();
        await writer.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
        expect(await uncached.loadEvents(input.id)).toHaveLength(2);
        const staleAtOnce = (await deaf.loadEvents(input.id)).length;
        let fresh = staleAtOnce;
        while (fresh !== 2 && performance.now() - t0 < 3000) {
          await new Promise((r) => setTimeout(r, 20));
          fresh = (await deaf.loadEvents(input.id)).length;
        }
        const after = performance.now() - t0;
        expect(staleAtOnce).toBe(1);
        expect(fresh).toBe(2);
        expect(after).toBeLessThan(300 + 250);
      } finally {
        await writer.close();
        await deaf.close();
        await uncached.close();
      }
    });

    test('the LISTEN connection reconnects after it is killed', async () => {
      const s = freshSchema();
      const appName = `recourse-listen-${randomUUID().slice(0, 8)}`;
      const listening = await createPostgresStore({
        connectionString: url,
        schema: s,
        applicationName: appName,
      });
      const writer = await createPostgresStore({ connectionString: url, schema: s });
      try {
        const got: string[] = [];
        listening.subscribe((caseId, seq) => got.push(`${caseId}:${seq}`));
        const listenerPids = async () =>
          (
            await admin.query(
              `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'`,
              [appName],
            )
          ).rows.map((r) => r.pid as number);
        const before = await listenerPids();
        expect(before).toHaveLength(1);
        await admin.query('SELECT pg_terminate_backend($1)', [before[0]]);
        const until = Date.now() + 10_000;
        let after: number[] = [];
        while (Date.now() < until) {
          after = await listenerPids();
          if (after.length === 1 && after[0] !== before[0]) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(after).toHaveLength(1);
        expect(after[0]).not.toBe(before[0]);
        const input = newCase();
        await writer.createCase(input);
        const deadline = Date.now() + 5000;
        while (!got.includes(`${input.id}:1`) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 10));
        expect(got).toContain(`${input.id}:1`);
      } finally {
        await writer.close();
        await listening.close();
      }
    }, 30_000);
  });
}
