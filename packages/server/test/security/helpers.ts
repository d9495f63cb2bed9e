/**
 * Shared helpers of the security and reliability suite: a real server on loopback (PGlite or a
 * fresh PostgreSQL schema), raw HTTP calls, valid reports and the figures line every test prints.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStore, type Store } from '../../src/index';
import { createTestPgliteStore } from '../pglite-template';
import type { startServer } from '../server.suite';

export const key = () => randomBytes(16).toString('base64url');
export const sha256hex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Prints a figure line (`security: …`) so the run's output carries every measured number. */
export function figure(line: string): void {
  console.log(`security: ${line}`);
}

// The server (on loopback, generous limits unless overridden, a captured log), its agent key, the
// valid report and the 1×1 PNG are the server suite's.
export { AGENT_KEY, PNG, report, startServer } from '../server.suite';

export type Engine = 'pglite' | 'postgres';

/** A store on a fresh database: PGlite in memory, or a PostgreSQL schema dropped by `drop`. */
export async function openStore(engine: Engine): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const store = await createTestPgliteStore({});
    return { store, drop: () => store.close() };
  }
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: run `pnpm test:security` (it starts PostgreSQL) or sh packages/server/test/pg-setup.sh',
    );
  const schema = `sec_${randomBytes(6).toString('hex')}`;
  const store = await createPostgresStore({ connectionString: url, schema });
  return {
    store,
    drop: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
}

export type Started = Awaited<ReturnType<typeof startServer>>;

/** A raw call: status, headers and the body as text (and parsed, when JSON). */
export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
) {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: init.body as BodyInit | undefined,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export const jsonHeaders = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'Idempotency-Key': key(),
  ...extra,
});

/** The shape of a value: keys (sorted, recursively) and primitive types. */
export function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
  return typeof value;
}

/** The p-th percentile (nearest rank, 0 < p ≤ 100) of `xs`. */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

/** Every case id of the store. */
export async function allCaseIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listCases({ limit: 200, cursor });
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}
