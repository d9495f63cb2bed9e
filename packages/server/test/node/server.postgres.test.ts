import { randomUUID } from 'node:crypto';
import type { ChainEntry } from '@recourse/core';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { createPostgresStore } from '../../src/store/index';
import { AGENT_KEY, report, runServerSuite, startServer } from '../server.suite';

const url = process.env.DATABASE_URL;

if (!url) {
  test('PostgreSQL is configured', () => {
    throw new Error(
      'DATABASE_URL is not set: sh packages/server/test/pg-setup.sh, then run with DATABASE_URL',
    );
  });
} else {
  const schema = `srv_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });
  runServerSuite('PostgreSQL', () => createPostgresStore({ connectionString: url, schema }));

  test('two instances behind a load balancer: a stream on B sees a command sent to A', async () => {
    const [storeA, storeB] = await Promise.all([
      createPostgresStore({ connectionString: url, schema }),
      createPostgresStore({ connectionString: url, schema }),
    ]);
    const a = await startServer(storeA);
    const b = await startServer(storeB);
    try {
      const created = await a.client.createCase(report());
      const seen: ChainEntry[] = [];
      const stop = b.client.subscribe(created.case.id, created.accessToken, (e) => seen.push(e));
      try {
        await expect.poll(() => seen.length, { timeout: 3000 }).toBe(1);
        const t0 = Date.now();
        await a.client.sendDeskCommand(created.case.id, AGENT_KEY, { type: 'start_review', payload: {} });
        await expect.poll(() => seen.length, { timeout: 1000, interval: 20 }).toBe(2);
        expect(Date.now() - t0).toBeLessThan(1000);
      } finally {
        stop();
      }
    } finally {
      await a.close();
      await b.close();
      await storeA.close();
      await storeB.close();
    }
  }, 30_000);
}
