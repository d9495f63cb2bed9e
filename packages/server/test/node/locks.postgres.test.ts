import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, test } from 'vitest';
import { createPostgresStore } from '../../src/store/index';
import { runLockSuite } from '../locks.suite';

const url = process.env.DATABASE_URL;

if (!url) {
  test('PostgreSQL is configured', () => {
    throw new Error(
      'DATABASE_URL is not set: sh packages/server/test/pg-setup.sh, then run with DATABASE_URL',
    );
  });
} else {
  const schema = `lock_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });
  runLockSuite('PostgreSQL', () => createPostgresStore({ connectionString: url, schema }));
}
