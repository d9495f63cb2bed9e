// Enumeration, on PostgreSQL: 200 reports naming existing demo accounts and 200 naming accounts
// that do not exist → one status, one body shape (keys recursively), one set of header names; the
// time difference at the median and at the 90th percentile stays under fixed bounds. The work
// the time floor hides is there: exactly one notice per report to each contact on record of the
// existing account; nothing goes to the contact typed into a report.
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
  openStore,
  percentile,
  report,
  type Started,
  shape,
  startServer,
} from './helpers';

// The timing claim is made for PostgreSQL: openStore fails without DATABASE_URL.
const engine: Engine = 'postgres';
const N = 200;
/** The server's default floor on a create (`createCaseMinMs`). */
const FLOOR_MS = 150;
/**
 * Fixed bounds on the difference between existing and unknown accounts, at the median and at
 * the 90th percentile (a leak on some requests only shows there first). Both sides stay near the
 * floor while it holds; on an overloaded machine the floor is exceeded and the tail of the
 * existing side (its notices) shows a little. Measured on 2 cores at load average 15–31 (other
 * suites running), 24 runs: p50 0.3–16.3 ms, p90 0.6–60.8 ms; the bounds sit above the worst.
 * Work beyond the floor on existing accounts shows in full: 300 ms on one existing report in
 * five gave p50 81 ms, p90 201 ms.
 */
const P50_BOUND_MS = 30;
const P90_BOUND_MS = 100;
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
    // The real timing floor (the server's default); rate limits out of the way to see 400 answers.
    s = await startServer(store, { createCaseMinMs: FLOOR_MS });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await drop?.();
  });

  it('existing vs unknown accounts: one status, one shape, p50 and p90 within fixed bounds, notices only on record', async () => {
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
    const at = (xs: Sample[], p: number) =>
      percentile(
        xs.map((x) => x.ms),
        p,
      );
    const p50 = { existing: at(existing, 50), missing: at(missing, 50) };
    const p90 = { existing: at(existing, 90), missing: at(missing, 90) };
    const diff50 = Math.abs(p50.existing - p50.missing);
    const diff90 = Math.abs(p90.existing - p90.missing);

    // The work the floor must hide: a notice to every contact on record (each email and each
    // phone) of every existing account named, one per report; nothing to anyone else.
    const expected = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const ref = existingRef(i);
      const account = DEMO_ACCOUNTS.find((a) => a.refs.includes(`${ref.kind}:${ref.value}`))!;
      for (const c of account.contacts)
        for (const to of [c.email, c.phone]) if (to) expected.set(to, (expected.get(to) ?? 0) + 1);
    }
    const sent = new Map<string, number>();
    for (const m of await store.listOutbox({ limit: 10_000 }))
      sent.set(m.recipient, (sent.get(m.recipient) ?? 0) + 1);
    const expectedTotal = [...expected.values()].reduce((a, b) => a + b, 0);
    const sentTotal = [...sent.values()].reduce((a, b) => a + b, 0);
    figure(
      `enumeration[${engine}]: statuses=${[...statuses].join(',')} shapes=${shapes.size} header sets=${headerSets.size}; existing p50=${p50.existing.toFixed(1)} p90=${p90.existing.toFixed(1)} ms, unknown p50=${p50.missing.toFixed(1)} p90=${p90.missing.toFixed(1)} ms; difference p50=${diff50.toFixed(1)} ms (bound ${P50_BOUND_MS}) p90=${diff90.toFixed(1)} ms (bound ${P90_BOUND_MS}); ${N}+${N} reports, floor ${FLOOR_MS} ms; notices to contacts on record=${sentTotal} (expected ${expectedTotal}), to the typed contact=${sent.get(TYPED_CONTACT) ?? 0}`,
    );
    expect([...statuses]).toEqual([201]);
    expect(shapes.size).toBe(1);
    expect(headerSets.size).toBe(1);
    expect(diff50).toBeLessThan(P50_BOUND_MS);
    expect(diff90).toBeLessThan(P90_BOUND_MS);
    // Exactly the notices on record (so the floor really hid that work), none to the typed contact.
    expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(expected));
  }, 120_000);

  it('POST /v1/locks without proof: existing vs unknown accounts, one status, one body, p50 and p90 within the same bounds', async () => {
    // Every existing request really mails a link (the per-account bound out of the way): the
    // worst case for the floor.
    const open = { limit: 1_000_000, windowSeconds: 60 };
    const locks = await startServer(store, {
      createCaseMinMs: FLOOR_MS,
      actions: { lockAccount: () => {} },
      locks: { lockUrl: 'https://wallet.example.com/lock' },
      rateLimits: {
        reportsPerIp: open,
        reportsPerAccount: open,
        tokenAttempts: open,
        commandsPerCase: open,
        agentAuthFailures: open,
        lockRequestsPerIp: open,
        lockLinksPerAccount: open,
      },
    });
    try {
      type Sample = { status: number; body: string; headers: string; ms: number };
      const existing: Sample[] = [];
      const missing: Sample[] = [];
      const one = async (account: ReportInput['account'], into: Sample[]) => {
        const t0 = performance.now();
        const a = await call(`${locks.url}/v1/locks`, {
          method: 'POST',
          headers: jsonHeaders(),
          body: JSON.stringify({ account }),
        });
        const ms = performance.now() - t0;
        const headerNames = [...a.headers.keys()]
          .filter((h) => h !== 'date' && h !== 'content-length')
          .sort();
        into.push({ status: a.status, body: JSON.stringify(a.json), headers: headerNames.join(','), ms });
      };
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
      const all = [...existing, ...missing];
      const at = (xs: Sample[], p: number) =>
        percentile(
          xs.map((x) => x.ms),
          p,
        );
      const diff50 = Math.abs(at(existing, 50) - at(missing, 50));
      const diff90 = Math.abs(at(existing, 90) - at(missing, 90));
      const links = (await store.listOutbox({ limit: 100_000 })).filter(
        (m) => m.template === 'lock_link',
      ).length;
      figure(
        `enumeration[${engine}] locks: statuses=${[...new Set(all.map((x) => x.status))].join(',')} bodies=${new Set(all.map((x) => x.body)).size}; existing p50=${at(existing, 50).toFixed(1)} p90=${at(existing, 90).toFixed(1)} ms, unknown p50=${at(missing, 50).toFixed(1)} p90=${at(missing, 90).toFixed(1)} ms; difference p50=${diff50.toFixed(1)} p90=${diff90.toFixed(1)} ms; link messages=${links}`,
      );
      expect([...new Set(all.map((x) => x.status))]).toEqual([202]);
      expect(new Set(all.map((x) => x.body)).size).toBe(1);
      expect(new Set(all.map((x) => x.headers)).size).toBe(1);
      expect(diff50).toBeLessThan(P50_BOUND_MS);
      expect(diff90).toBeLessThan(P90_BOUND_MS);
      expect(links).toBeGreaterThan(0); // the work the floor hides was done
    } finally {
      await locks.close();
    }
  }, 120_000);
});
