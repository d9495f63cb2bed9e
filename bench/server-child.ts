/**
 * The servers of the Server and Live figures, in their own process (started by `http.ts` and
 * `live.ts`): a bare Hono route, and Recourse on PGlite and on PostgreSQL (schema
 * `bench_http`, dropped on stop), each seeded with the demo cases.
 * @module
 */
import { serve } from '@hono/node-server';
import {
  createPgliteStore,
  createPostgresStore,
  createRecourseServer,
  type RunningServer,
  type Store,
} from '@recourse/server';
import { DEMO_CONFIG, seedDemo } from '@recourse/server/demo';
import { Hono } from 'hono';
import pg from 'pg';
import { BENCH_LIMITS, DATABASE_URL, serveParent, silent } from './lib';

/** One Recourse server ready to be loaded. */
export interface Target {
  url: string;
  caseId: string;
  token: string;
  agentKey: string;
}

/** What the child sends once listening. */
export interface ServersReady {
  bare: string;
  pglite: Target;
  postgres: Target | { error: string };
}

const HTTP_SCHEMA = 'bench_http';

async function recourse(store: Store): Promise<{ target: Target; close: () => Promise<void> }> {
  const seed = await seedDemo(store);
  const server = createRecourseServer({
    store,
    config: DEMO_CONFIG,
    hooks: seed.hooks,
    logger: silent,
    rateLimits: BENCH_LIMITS,
    // The 150 ms floor hides whether an account exists; off, so the figure is the store's work.
    createCaseMinMs: 0,
  });
  const running: RunningServer = await server.serve({ port: 0 });
  const first = seed.cases[0]!;
  return {
    target: { url: running.url, caseId: first.id, token: first.accessToken, agentKey: seed.agentKey! },
    async close() {
      await running.close();
      server.close();
      await store.close();
    },
  };
}

async function dropSchema(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${HTTP_SCHEMA} CASCADE`);
  } finally {
    await client.end();
  }
}

const closers: (() => Promise<void>)[] = [];

const bare = new Hono();
bare.get('/ping', (c) => c.json({ ok: true }));
const bareUrl = await new Promise<string>((resolve) => {
  const server = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    resolve(`http://127.0.0.1:${info.port}`),
  );
  closers.push(() => new Promise<void>((done) => server.close(() => done())));
});

const pglite = await recourse(await createPgliteStore({}));
closers.push(pglite.close);

let postgres: Target | { error: string };
try {
  await dropSchema();
  const pgServer = await recourse(
    await createPostgresStore({ connectionString: DATABASE_URL, schema: HTTP_SCHEMA, max: 10 }),
  );
  closers.push(pgServer.close);
  closers.push(dropSchema);
  postgres = pgServer.target;
} catch (err) {
  postgres = { error: `PostgreSQL unavailable (${(err as Error).message})` };
}

// The same answers from a bare route: Recourse's bytes and headers, served by Hono alone, so the
// read figures can be compared at equal transport and client cost.
const SKIP = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
for (const [name, path] of [
  ['case', `/v1/cases/${pglite.target.caseId}`],
  ['events', `/v1/cases/${pglite.target.caseId}/events`],
] as const) {
  const res = await fetch(`${pglite.target.url}${path}`, {
    headers: { Authorization: `Bearer ${pglite.target.token}` },
  });
  const body = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    if (!SKIP.has(key)) headers[key] = value;
  });
  bare.get(`/same/${name}`, (c) => c.body(body, 200, headers));
}

const ready: ServersReady = { bare: bareUrl, pglite: pglite.target, postgres };
serveParent(
  ready,
  async () => null,
  async () => {
    for (const close of closers) await close().catch(() => {});
  },
);
