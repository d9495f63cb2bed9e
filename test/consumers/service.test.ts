// Smoke 4: a Node service with @recourse/server from its tarball runs the migrations on
// PostgreSQL (a fresh schema, dropped after) and serves the API: config, a report filed with
// fetch, its case read back with the token.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consumerDir, type Service, startService, typecheck, within } from './harness';

const migrationsInWorkspace = readdirSync(
  new URL('../../packages/server/migrations/', import.meta.url),
).filter((f) => f.endsWith('.sql')).length;

const databaseUrl = process.env.DATABASE_URL;
const schema = `consumer_${randomBytes(6).toString('hex')}`;
let service: Service | undefined;
/** The part of node-postgres used here. */
interface PgClient {
  connect(): Promise<void>;
  query<R>(sql: string): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}
/** node-postgres as the service installed it (the workspace root does not depend on it). */
let pg: { Client: new (config: { connectionString: string | undefined }) => PgClient } | undefined;

beforeAll(async () => {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: the service smoke needs PostgreSQL');
  pg = createRequire(join(consumerDir('service'), 'package.json'))('pg');
  service = await startService(consumerDir('service'), { DATABASE_URL: databaseUrl, PG_SCHEMA: schema });
});
afterAll(async () => {
  await service?.stop();
  if (!databaseUrl || !pg) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

it('typechecks against the installed types (tsc --noEmit, nodenext resolution, checkJs)', async () => {
  await typecheck(consumerDir('service'));
});

it('migrates a fresh PostgreSQL schema and serves config, a report and its case', async () => {
  const client = new pg!.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)
    .finally(() => client.end());
  expect(rows.map((r) => r.version)).toEqual(Array.from({ length: migrationsInWorkspace }, (_, i) => i + 1));

  const api = service!.url;
  const get = (path: string, headers: Record<string, string> = {}) =>
    within(10_000, `GET ${path}`, fetch(`${api}${path}`, { headers }));
  const config = await get('/v1/config');
  expect(config.status).toBe(200);
  expect(((await config.json()) as { platform: { id: string } }).platform.id).toBe('consumer-bank');

  const now = Date.now();
  const created = await within(
    10_000,
    'POST /v1/cases',
    fetch(`${api}/v1/cases`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': randomBytes(16).toString('base64url'),
      },
      body: JSON.stringify({
        account: { kind: 'email', value: 'holder@example.com' },
        contact: { email: 'reporter@example.net', language: 'en' },
        discoveredAt: new Date(now - 3_600_000).toISOString(),
        access: { canSignIn: false, passwordReset: 'failed' },
        activities: [{ kind: 'sign_in', at: new Date(now - 7_200_000).toISOString() }],
        narrative: 'Someone signed in and changed my email.',
        attachments: [],
        channel: 'web_form',
        consent: true,
      }),
    }),
  );
  const body = (await created.json()) as { case: { id: string; number: string }; accessToken: string };
  expect(created.status, JSON.stringify(body)).toBe(201);
  expect(body.case.number).toMatch(/^RC-/);

  const read = await get(`/v1/cases/${body.case.id}`, { Authorization: `Bearer ${body.accessToken}` });
  expect(read.status).toBe(200);
  const view = (await read.json()) as { id: string; number: string };
  expect([view.id, view.number]).toEqual([body.case.id, body.case.number]);
  expect(service!.output()).not.toContain(body.accessToken);
});
