/**
 * Scale: the desk queue's first page (`GET /v1/desk/cases?limit=25`) at 10k, 100k and 1M cases
 * on PostgreSQL (schema `bench_scale`, made by the store's migrations, rows cloned from one real
 * case with `generate_series`, dropped after); replay + verifyChain of a 10,000-event case.
 * @module
 */
import { randomBytes } from 'node:crypto';
import {
  type ChainedEvent,
  chainEvents,
  decide,
  evolve,
  initialSnapshot,
  replay,
  verifyChain,
  type WorkflowEvent,
} from '@recourse/core';
import { createPostgresStore, createRecourseServer } from '@recourse/server';
import { DEMO_CONFIG, seedDemo } from '@recourse/server/demo';
import pg from 'pg';
import { DATABASE_URL, fmtMs, fmtRatio, median, progress, type Row, silent } from './lib';

const SCHEMA = 'bench_scale';
const SIZES = [10_000, 100_000, 1_000_000];
const REQUESTS = 51;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Clones the template case into `from..to` (numbers RC-ZZZZ-xxxx, one second apart). */
const CLONE_SQL = `
INSERT INTO cases (id, number, token_hash, created_at, updated_at, token_expires_at, account_key,
                   projection, state, priority, waiting_on_reporter, next_deadline, version)
SELECT gen_random_uuid(),
       'RC-ZZ' || substr(a, ((i >> 20) & 31) + 1, 1) || substr(a, ((i >> 15) & 31) + 1, 1) || '-' ||
         substr(a, ((i >> 10) & 31) + 1, 1) || substr(a, ((i >> 5) & 31) + 1, 1) ||
         substr(a, (i & 31) + 1, 1) || 'Z',
       t.token_hash, t.created_at - make_interval(secs => i), t.updated_at - make_interval(secs => i),
       t.token_expires_at, t.account_key, t.projection, t.state, t.priority, t.waiting_on_reporter,
       t.next_deadline, t.version
  FROM generate_series($1::int, $2::int) AS i, cases AS t, (SELECT $4::text AS a) AS alphabet
 WHERE t.id = $3::uuid
ON CONFLICT DO NOTHING`;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${SCHEMA}` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function deskRows(): Promise<Row[]> {
  await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`));
  const store = await createPostgresStore({ connectionString: DATABASE_URL, schema: SCHEMA, max: 4 });
  const rows: Row[] = [];
  try {
    const seed = await seedDemo(store);
    const server = createRecourseServer({ store, config: DEMO_CONFIG, hooks: seed.hooks, logger: silent });
    const running = await server.serve({ port: 0 });
    const template = seed.cases[0]!.id;
    const url = `${running.url}/v1/desk/cases?limit=25`;
    const headers = { Authorization: `Bearer ${seed.agentKey}` };
    let have = 0;
    const medians: number[] = [];
    try {
      for (const size of SIZES) {
        progress(`scale: inserting up to ${size.toLocaleString('en-US')} cases`);
        const t0 = performance.now();
        // In slices, so one statement never holds a huge transaction.
        for (let from = have + 1; from <= size; from += 100_000) {
          const to = Math.min(size, from + 99_999);
          await admin((c) => c.query(CLONE_SQL, [from, to, template, CROCKFORD]));
        }
        await admin((c) => c.query('ANALYZE cases'));
        const count = await admin(async (c) =>
          Number((await c.query('SELECT count(*) AS n FROM cases')).rows[0].n),
        );
        progress(`scale: ${count.toLocaleString('en-US')} cases in ${Math.round(performance.now() - t0)} ms`);
        have = size;
        const times: number[] = [];
        for (let i = 0; i < REQUESTS + 5; i++) {
          const s = performance.now();
          const res = await fetch(url, { headers });
          const body = (await res.json()) as { items: unknown[] };
          if (!res.ok || body.items.length !== 25) throw new Error(`desk queue answered ${res.status}`);
          if (i >= 5) times.push(performance.now() - s);
        }
        const m = median(times);
        medians.push(m);
        rows.push({
          section: 'Scale',
          name: `desk queue first page (limit 25), ${count.toLocaleString('en-US')} cases, PostgreSQL`,
          value: `median ${fmtMs(m)} of ${REQUESTS}`,
          goal: 'flat',
          status: 'info',
        });
      }
      const ratio = medians[medians.length - 1]! / medians[0]!;
      rows.push({
        section: 'Scale',
        name: 'desk queue first page: 1M ÷ 10k',
        value: fmtRatio(ratio),
        goal: 'flat (≤ 2×)',
        status: ratio <= 2 ? 'ok' : 'FAIL',
      });
      const plan = await admin(async (c) =>
        (await c.query(`EXPLAIN SELECT id FROM cases ORDER BY updated_at DESC, id DESC LIMIT 26`)).rows
          .map((r: Record<string, string>) => Object.values(r)[0])
          .join(' / '),
      );
      progress(`scale: plan ${plan}`);
    } finally {
      await running.close();
      server.close();
    }
  } finally {
    await store.close();
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`));
  }
  return rows;
}

/** A case of `n` events made by the workflow itself: submit, then agent messages and notes. */
function tenThousandEvents(n: number): ChainedEvent[] {
  let snapshot = initialSnapshot();
  let now = new Date('2025-01-03T10:00:00Z');
  const events: WorkflowEvent[] = [];
  const step = (type: string, role: 'reporter' | 'agent', payload: Record<string, unknown>) => {
    now = new Date(now.getTime() + 60_000);
    const actor = role === 'agent' ? { role, id: 'agent-1' } : { role };
    const d = decide(snapshot, { type, payload } as never, actor as never, { now });
    if (!d.ok) throw new Error(`${type} refused: ${JSON.stringify(d.refusal)}`);
    for (const e of d.events) {
      events.push(e);
      snapshot = evolve(snapshot, e);
    }
  };
  step('submit', 'reporter', {
    reportDigest: 'a'.repeat(64),
    report: { account: 'user-1', noticedAt: '2025-01-01T00:00:00Z' },
  });
  for (let i = 1; events.length < n; i++) {
    if (i % 2) step('send_message', 'agent', { text: `Message ${i}: ${randomBytes(12).toString('hex')}` });
    else step('add_note', 'agent', { text: `Note ${i}` });
  }
  return chainEvents(null, events);
}

function replayRows(): Row[] {
  progress('scale: replay + verifyChain of 10,000 events');
  const chain = tenThousandEvents(10_000);
  const replays: number[] = [];
  const verifies: number[] = [];
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    replay(chain);
    replays.push(performance.now() - t);
    t = performance.now();
    const v = verifyChain(chain, { expectedHead: chain[chain.length - 1]!.hash });
    verifies.push(performance.now() - t);
    if (!v.ok) throw new Error(`chain did not verify: ${v.problem}`);
  }
  const r = median(replays);
  const v = median(verifies);
  return [
    {
      section: 'Scale',
      name: 'replay + verifyChain, 10,000 events (in process, median of 7)',
      value: `${fmtMs(r + v)} (replay ${fmtMs(r)}, verify ${fmtMs(v)})`,
      goal: '',
      status: 'info',
    },
  ];
}

export async function scaleRows(): Promise<Row[]> {
  const rows: Row[] = [];
  try {
    rows.push(...(await deskRows()));
  } catch (err) {
    rows.push({
      section: 'Scale',
      name: 'desk queue first page, PostgreSQL',
      value: '—',
      goal: 'flat',
      status: `not measured: ${(err as Error).message}`,
    });
  }
  rows.push(...replayRows());
  return rows;
}
