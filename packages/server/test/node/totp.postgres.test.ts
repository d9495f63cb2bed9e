import { randomUUID } from 'node:crypto';
import { test } from 'vitest';
import { migrate } from '../../src/store/migrate';
import { postgresDb } from '../../src/store/postgres';
import { createSqlStore } from '../../src/store/sql-store';
import { runTotpSuite } from './totp.suite';

const url = process.env.DATABASE_URL;

if (!url) {
  test('PostgreSQL is configured', () => {
    throw new Error(
      'DATABASE_URL is not set: start PostgreSQL (sh packages/server/test/pg-setup.sh) and run with ' +
        'DATABASE_URL=postgres://recourse:recourse@127.0.0.1:5432/recourse_test',
    );
  });
} else {
  // A fresh schema for this run, dropped at the end. Pool of 20: the concurrency tests really race.
  const schema = `t_totp_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
  runTotpSuite('PostgreSQL', async () => {
    const db = postgresDb({ connectionString: url, max: 20, options: `-c search_path=${schema}` });
    await migrate(db, { schema });
    const store = await createSqlStore(db, { channel: `recourse_events_${schema}` });
    return {
      store,
      db,
      close: async () => {
        await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await store.close();
      },
    };
  });
}
