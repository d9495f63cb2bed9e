/**
 * The PostgreSQL behind `DATABASE_URL` for one test file: a fresh schema, dropped after the
 * file's tests. Without `DATABASE_URL` the file has one failing test that says how to start it
 * (a figure claimed on PostgreSQL never falls back to PGlite).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, test } from 'vitest';

export function withPostgresSchema(prefix: string, run: (url: string, schema: string) => void): void {
  const url = process.env.DATABASE_URL;
  if (!url) {
    test('PostgreSQL is configured', () => {
      throw new Error(
        'DATABASE_URL is not set: sh packages/server/test/pg-setup.sh, then run with DATABASE_URL',
      );
    });
    return;
  }
  const schema = `${prefix}_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });
  run(url, schema);
}
