import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_CONFIG } from '../../src/demo/platform';
import { seedDemo } from '../../src/demo/seed';
import { createRecourseServer } from '../../src/index';
import { type Store, StoreUnavailableError } from '../../src/store/index';
import { createTestPgliteStore } from '../pglite-template';
import { AGENT_KEY, report, startServer } from '../server.suite';

const key = () => randomBytes(16).toString('base64url');
const post = (url: string, body: unknown, k = key()) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': k },
    body: JSON.stringify(body),
  });

describe('server protections (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestPgliteStore();
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  test('demo seed: three genuine cases once, agent key shown once', async () => {
    const first = await seedDemo(store);
    expect(first.agentKey).toMatch(/^lwk_/);
    expect(first.cases).toHaveLength(3);
    const again = await seedDemo(store);
    expect(again.cases).toHaveLength(0);
    const s = await startServer(store, { hooks: first.hooks, agentKeys: [] });
    try {
      const page = await s.client.listDeskCases(first.agentKey!);
      expect(page.items.map((c) => c.state).sort()).toEqual(['frozen', 'in_review', 'submitted']);
      const mei = first.cases[0]!;
      const view = await s.client.getCase(mei.id, mei.accessToken);
      expect(view).toMatchObject({ status: 'action_needed', pendingRequest: { requestId: 'req-1' } });
    } finally {
      await s.close();
    }
  }, 30_000);

  test('an agent id that is not opaque (it would reach reporters) is refused: at start for keys, 500 for the hook', async () => {
    expect(() =>
      createRecourseServer({ store, config: DEMO_CONFIG, agentKeys: [{ id: 'Mei Lin', key: key() }] }),
    ).toThrow(/agent id must be opaque/);
    const email = 'jane.doe@platform.example';
    const s = await startServer(store, { hooks: { authenticateAgent: () => ({ id: email }) } });
    try {
      const created = await s.client.createCase(report('opaque@example.com'));
      const before = await s.client.listEvents(created.case.id, created.accessToken);
      const res = await fetch(`${s.url}/v1/desk/cases/${created.case.id}/commands`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key(), Authorization: 'Bearer x' },
        body: JSON.stringify({ type: 'start_review' }),
      });
      expect(res.status).toBe(500);
      expect((await res.json()).code).toBe('internal');
      const after = await s.client.listEvents(created.case.id, created.accessToken);
      expect(after.entries).toHaveLength(before.entries.length);
      expect(JSON.stringify(s.logs)).not.toContain(email);
      expect(s.logs.some((r) => r.msg === 'agent_id_not_opaque')).toBe(true);
    } finally {
      await s.close();
    }
  });

  test('429 with Retry-After per IP and per named account; replays are not counted', async () => {
    const s = await startServer(store, {
      rateLimits: {
        reportsPerIp: { limit: 2, windowSeconds: 3600 },
        reportsPerAccount: { limit: 1, windowSeconds: 3600 },
      },
    });
    try {
      const k = key();
      const body = report('limited@example.com');
      expect((await post(`${s.url}/v1/cases`, body, k)).status).toBe(201);
      expect((await post(`${s.url}/v1/cases`, body, k)).status).toBe(201); // replay
      const sameAccount = await post(`${s.url}/v1/cases`, report('LIMITED@example.com'));
      expect(sameAccount.status).toBe(429);
      expect(Number(sameAccount.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await sameAccount.json()).code).toBe('rate_limited');
      expect(sameAccount.headers.get('x-content-type-options')).toBe('nosniff');
      const ipLimited = await post(`${s.url}/v1/cases`, report('other@example.com'));
      expect(ipLimited.status).toBe(429);
    } finally {
      await s.close();
    }
  });

  test('token guesses per IP and case: 429 after the limit', async () => {
    const s = await startServer(store, { rateLimits: { tokenAttempts: { limit: 3, windowSeconds: 300 } } });
    try {
      const created = await s.client.createCase(report());
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${s.url}/v1/cases/${created.case.id}`, {
          headers: { Authorization: 'Bearer guess-guess-guess' },
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
    } finally {
      await s.close();
    }
  });

  test('token guesses: only failures count; past the limit the right token answers 429 too', async () => {
    const s = await startServer(store, { rateLimits: { tokenAttempts: { limit: 2, windowSeconds: 300 } } });
    try {
      const created = await s.client.createCase(report());
      const read = (token: string) =>
        fetch(`${s.url}/v1/cases/${created.case.id}`, { headers: { Authorization: `Bearer ${token}` } }).then(
          async (res) => {
            await res.arrayBuffer();
            return res.status;
          },
        );
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push(await read(created.accessToken));
      statuses.push(await read('guess-1'), await read(created.accessToken), await read('guess-2'));
      statuses.push(await read('guess-3'), await read(created.accessToken));
      expect(statuses).toEqual([...Array(10).fill(200), 404, 200, 404, 429, 429]);
    } finally {
      await s.close();
    }
  });

  test('same key while the first request still runs: 409 idempotency_in_flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const s = await startServer(store, {
      idempotencyWaitMs: 0,
      hooks: { lookupAccount: async () => gate.then(() => null) },
    });
    try {
      const k = key();
      const body = report('slow@example.com');
      const first = post(`${s.url}/v1/cases`, body, k);
      await new Promise((r) => setTimeout(r, 150));
      const second = await post(`${s.url}/v1/cases`, body, k);
      expect(second.status).toBe(409);
      expect((await second.json()).code).toBe('idempotency_in_flight');
      release();
      const a = await first;
      const b = await post(`${s.url}/v1/cases`, body, k);
      expect(b.status).toBe(201);
      expect(await b.text()).toBe(await a.text());
    } finally {
      release();
      await s.close();
    }
  });

  test('existing and unknown accounts take the same minimum time', async () => {
    const s = await startServer(store, { createCaseMinMs: 200 });
    try {
      for (const email of ['mei.lin@example.com', 'nobody.at.all@example.com']) {
        const t0 = performance.now();
        expect((await post(`${s.url}/v1/cases`, report(email))).status).toBe(201);
        expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
      }
    } finally {
      await s.close();
    }
  });

  test('database down: 503 with Retry-After, nothing half-written', async () => {
    const down = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'beginIdempotent' || prop === 'findCaseForToken' || prop === 'listCases')
          return async () => {
            throw new StoreUnavailableError('down', 7);
          };
        return Reflect.get(target, prop, receiver);
      },
    });
    const s = await startServer(down);
    try {
      const res = await post(`${s.url}/v1/cases`, report());
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(await res.json()).toMatchObject({ code: 'unavailable', retryAfter: 7 });
      const desk = await fetch(`${s.url}/v1/desk/cases`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      expect(desk.status).toBe(503);
    } finally {
      await s.close();
    }
  });
});
