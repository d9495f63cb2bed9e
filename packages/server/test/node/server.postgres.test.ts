import type { ChainEntry } from '@recourse/core';
import { expect, test } from 'vitest';
import { createPostgresStore } from '../../src/store/index';
import { withPostgresSchema } from '../postgres-schema';
import { AGENT_KEY, report, runServerSuite, startServer } from '../server.suite';

withPostgresSchema('srv', (url, schema) => {
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
});
