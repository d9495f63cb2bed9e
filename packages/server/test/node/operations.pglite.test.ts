// Operations endpoints on a real server over PGlite: /healthz and /readyz (503 once the store is
// closed, last), and the Prometheus metrics scraped after real requests, a live stream, 429s and
// delivery outcomes (series named, values from what the test did).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/index';
import { createTestPgliteStore } from '../pglite-template';
import { AGENT_KEY, report, startServer } from '../server.suite';

const SECRET = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const TOKEN = 'metrics-token-0123456789abcdef0123456789';

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const ok = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (ok) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('metrics', () => {
  let store: Store;
  let s: Awaited<ReturnType<typeof startServer>>;
  let receiver: Server;
  beforeAll(async () => {
    store = await createTestPgliteStore();
    // A receiver that takes everything; the "down" endpoint's port refuses connections.
    receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const port = (receiver.address() as AddressInfo).port;
    s = await startServer(store, {
      metrics: { token: TOKEN },
      // The server's own worker delivers (and reports outcomes to the metrics).
      delivery: { pollMs: 20, random: () => 0 },
      webhooks: {
        endpoints: [
          { id: 'up', url: `http://127.0.0.1:${port}/hook`, secrets: [SECRET] },
          { id: 'down', url: 'http://127.0.0.1:9/hook', secrets: [SECRET] },
        ],
      },
      rateLimits: {
        reportsPerIp: { limit: 1, windowSeconds: 600 },
        reportsPerAccount: { limit: 100, windowSeconds: 600 },
        tokenAttempts: { limit: 100, windowSeconds: 600 },
        commandsPerCase: { limit: 100, windowSeconds: 600 },
        agentAuthFailures: { limit: 100, windowSeconds: 600 },
      },
    });
  }, 30_000);
  afterAll(async () => {
    await s?.server.close();
    await s?.close();
    receiver?.close();
    await store?.close();
  });

  it('/healthz and /readyz answer ok while the database answers', async () => {
    const health = await fetch(`${s.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${s.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }]);
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });

  it('is off by default and refuses a scrape on the API port without the token', async () => {
    const plain = await startServer(store);
    try {
      expect(plain.server.metrics).toBeUndefined();
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.close();
    }
    expect((await fetch(`${s.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${s.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
  });

  it('counts requests by route template and status, 429s, open streams, the outbox and deliveries', async () => {
    const created = await s.client.createCase(report('metrics@example.com'));
    const refused = await fetch(`${s.url}/v1/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'metrics-key-0000000001' },
      body: JSON.stringify(report('metrics2@example.com')),
    });
    expect(refused.status).toBe(429);
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${s.url}/v1/cases/${created.case.id}`, {
        headers: { Authorization: `Bearer ${created.accessToken}` },
      });
      expect(r.status).toBe(200);
    }
    const stream = await fetch(`${s.url}/v1/desk/stream`, {
      headers: { Authorization: `Bearer ${AGENT_KEY}` },
    });
    expect(stream.status).toBe(200);
    // The server's worker: the "up" endpoint's case.submitted is delivered, the "down" one's
    // failed once and waits (backoff); bounded wait, then the assertions below decide.
    for (let i = 0; i < 100 && (await store.outboxStats()).pending > 1; i++)
      await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 100 && (await store.listOutbox({ pending: true })).every((m) => !m.lastError); i++)
      await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 20)); // the listener runs right after markFailed

    const res = await fetch(`${s.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    await stream.body?.cancel();

    const byRoute = (route: string, status: string) =>
      sample(text, 'recourse_http_requests_total', { method: 'GET', route, status });
    expect(byRoute('/v1/cases/:id', '200')).toBe(3);
    expect(
      sample(text, 'recourse_http_requests_total', { method: 'POST', route: '/v1/cases', status: '201' }),
    ).toBe(1);
    expect(
      sample(text, 'recourse_http_requests_total', { method: 'POST', route: '/v1/cases', status: '429' }),
    ).toBe(1);
    expect(sample(text, 'recourse_rate_limit_refusals_total', { route: '/v1/cases' })).toBe(1);
    expect(
      sample(text, 'recourse_http_request_duration_seconds_count', { route: '/v1/cases/:id', status: '200' }),
    ).toBe(3);
    const sum = sample(text, 'recourse_http_request_duration_seconds_sum', {
      route: '/v1/cases/:id',
      status: '200',
    });
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
    // No concrete id in any label.
    expect(text).not.toContain(created.case.id);
    expect(sample(text, 'recourse_sse_subscribers')).toBe(1);
    // The "down" endpoint's webhook is pending in the outbox.
    const pending = (await store.outboxStats()).pending;
    expect(pending).toBe(1);
    expect(sample(text, 'recourse_outbox_pending')).toBe(pending);
    const age = sample(text, 'recourse_outbox_oldest_pending_age_seconds')!;
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(60);
    expect(sample(text, 'recourse_outbox_dead')).toBe(0);
    expect(sample(text, 'recourse_deliveries_total', { channel: 'webhook', outcome: 'failed' })).toBe(1);
    expect(sample(text, 'recourse_deliveries_total', { channel: 'webhook', outcome: 'delivered' })).toBe(1);
    expect(sample(text, 'recourse_deliveries_total', { outcome: 'dead' })).toBeUndefined();
    expect(
      sample(text, 'recourse_delivery_duration_seconds_count', { channel: 'webhook', outcome: 'delivered' }),
    ).toBe(1);
  });

  it('serves on a port of its own, and two servers in one process keep their own series', async () => {
    const other = await startServer(store, { metrics: {} });
    const listener = await other.server.metrics!.serve({ port: 0 });
    try {
      await fetch(`${other.url}/v1/config`);
      const text = await (await fetch(listener.url)).text();
      expect(sample(text, 'recourse_http_requests_total', { route: '/v1/config', status: '200' })).toBe(1);
      // The first server's requests are not here.
      expect(sample(text, 'recourse_http_requests_total', { route: '/v1/cases/:id' })).toBeUndefined();
      // No token: not on the API port.
      expect((await fetch(`${other.url}/metrics`)).status).toBe(404);
    } finally {
      await listener.close();
      await other.close();
    }
  });

  // Last: closes the store.
  it('/readyz answers 503 unavailable once the database does not; /healthz still 200', async () => {
    await s.server.close();
    await store.close();
    const down = await fetch(`${s.url}/readyz`);
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable' }]);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});
