import { PGlite } from '@electric-sql/pglite';
import { describe, expect, test } from 'vitest';
import { createRecourseServer } from '../../src/app';
import { DEMO_CONFIG } from '../../src/demo/platform';
import { migrate } from '../../src/store/migrate';
import { pgliteDb } from '../../src/store/pglite';
import { createSqlStore } from '../../src/store/sql-store';
import { runTotpSuite } from './totp.suite';

// In memory: a fresh database for this file on every run.
runTotpSuite('PGlite', async () => {
  const db = pgliteDb(await PGlite.create());
  await migrate(db);
  const store = await createSqlStore(db);
  return { store, db, close: () => store.close() };
});

describe('mounted in createRecourseServer', () => {
  test('hooks.authenticateUser + totp option mount /v1/2fa/totp', async () => {
    const db = pgliteDb(await PGlite.create());
    await migrate(db);
    const store = await createSqlStore(db);
    try {
      const silent = { info() {}, warn() {}, error() {} };
      const server = createRecourseServer({
        store,
        config: DEMO_CONFIG,
        agentKeys: [{ id: 'a', key: 'k'.repeat(32) }],
        logger: silent,
        hooks: {
          authenticateUser: (request) =>
            request.headers.get('x-user')
              ? { userId: 'mounted-user', contacts: [{ email: 'm@example.com' }] }
              : null,
        },
        totp: { secretKey: Buffer.alloc(32, 1).toString('base64'), issuer: 'Lantern Wallet' },
      });
      const anonymous = await server.fetch(new Request('http://api.test/v1/2fa/totp/status'));
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('x-content-type-options')).toBe('nosniff');
      const started = await server.fetch(
        new Request('http://api.test/v1/2fa/totp/start', { method: 'POST', headers: { 'x-user': '1' } }),
      );
      expect(started.status).toBe(200);
      expect(started.headers.get('cache-control')).toBe('no-store');
      const disable = await server.fetch(
        new Request('http://api.test/v1/2fa/totp', { method: 'DELETE', headers: { 'x-user': '1' } }),
      );
      expect(((await disable.json()) as { code: string }).code).toBe('totp_not_enabled');
    } finally {
      await store.close();
    }
  }, 60_000);
});
