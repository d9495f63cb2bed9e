// Enumeration: 200 reports naming existing demo accounts and 200 naming accounts that do not
// exist → one status, one body shape (keys recursively), one set of header names; the median
// time difference is printed and bounded. Nothing goes to the contact typed into a report.
import { randomUUID } from 'node:crypto';
import type { ReportInput } from '@recourse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/demo/platform';
import type { Store } from '../../src/index';
import {
  call,
  type Engine,
  figure,
  jsonHeaders,
  median,
  openStore,
  report,
  type Started,
  shape,
  startServer,
} from './helpers';

const engine: Engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const N = 200;
const TYPED_CONTACT = 'typed.into.report@example.net';

/** An account reference of a demo account, from its `refs` (`kind:value`). */
function existingRef(i: number): ReportInput['account'] {
  const refs = DEMO_ACCOUNTS.flatMap((a) => a.refs);
  const ref = refs[i % refs.length]!;
  const at = ref.indexOf(':');
  return { kind: ref.slice(0, at), value: ref.slice(at + 1) } as ReportInput['account'];
}
function missingRef(i: number): ReportInput['account'] {
  const kinds: ReportInput['account'][] = [
    { kind: 'email', value: `nobody.${randomUUID().slice(0, 8)}@example.com` },
    { kind: 'username', value: `ghost${randomUUID().slice(0, 8)}` },
    { kind: 'phone', value: `+1555${String(1000000 + i).slice(-7)}` },
    { kind: 'user_id', value: String(90000000 + i) },
  ];
  return kinds[i % kinds.length]!;
}

describe(`account enumeration on ${engine}`, () => {
  let store: Store;
  let drop: () => Promise<void>;
  let s: Started;
  beforeAll(async () => {
    ({ store, drop } = await openStore(engine));
    // The real timing floor (150 ms by default); rate limits out of the way to see 400 answers.
    s = await startServer(store, { createCaseMinMs: undefined });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await drop?.();
  });

  it('existing vs unknown accounts: one status, one shape, median time difference', async () => {
    type Sample = { status: number; shape: string; headers: string; ms: number };
    const existing: Sample[] = [];
    const missing: Sample[] = [];
    const one = async (account: ReportInput['account'], into: Sample[]) => {
      const body = { ...report(), account, contact: { email: TYPED_CONTACT, language: 'en' as const } };
      const t0 = performance.now();
      const a = await call(`${s.url}/v1/cases`, {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify(body),
      });
      const ms = performance.now() - t0;
      const headerNames = [...a.headers.keys()].filter((h) => h !== 'date' && h !== 'content-length').sort();
      into.push({
        status: a.status,
        shape: JSON.stringify(shape(a.json)),
        headers: headerNames.join(','),
        ms,
      });
    };
    // Interleaved, 8 at a time, so load drifts hit both sides alike.
    const jobs: (() => Promise<void>)[] = [];
    for (let i = 0; i < N; i++) {
      jobs.push(() => one(existingRef(i), existing));
      jobs.push(() => one(missingRef(i), missing));
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < jobs.length) await jobs[next++]!();
      }),
    );
    const statuses = new Set([...existing, ...missing].map((x) => x.status));
    const shapes = new Set([...existing, ...missing].map((x) => x.shape));
    const headerSets = new Set([...existing, ...missing].map((x) => x.headers));
    const mE = median(existing.map((x) => x.ms));
    const mM = median(missing.map((x) => x.ms));
    const diff = Math.abs(mE - mM);
    const typed = (await store.listOutbox({ limit: 10_000 })).filter(
      (m) => m.recipient === TYPED_CONTACT,
    ).length;
    const onRecord = (await store.listOutbox({ limit: 10_000 })).length;
    // The floor (150 ms) hides the extra work of an existing account (its notices) only while a
    // create finishes within it; on an overloaded machine both sides exceed it and the difference
    // shows. The bound: 20 ms, or 10% of the median when the floor was exceeded.
    const floorExceeded = Math.min(mE, mM) > 150 + 50;
    const bound = floorExceeded ? Math.max(20, 0.1 * Math.min(mE, mM)) : 20;
    figure(
      `enumeration: statuses=${[...statuses].join(',')} shapes=${shapes.size} header sets=${headerSets.size} median existing=${mE.toFixed(1)} ms unknown=${mM.toFixed(1)} ms difference=${diff.toFixed(1)} ms (bound ${bound.toFixed(0)} ms${floorExceeded ? ', 150 ms floor exceeded: machine loaded' : ''}; ${N}+${N} reports); messages to typed contact=${typed} (to contacts on record=${onRecord})`,
    );
    expect([...statuses]).toEqual([201]);
    expect(shapes.size).toBe(1);
    expect(headerSets.size).toBe(1);
    expect(diff).toBeLessThan(bound);
    expect(typed).toBe(0);
  }, 120_000);
});
