// Webhooks end to end on a real server and a real receiver (node:http on loopback) that verifies
// with the standardwebhooks package: the receiver is down for ten minutes (the worker's and the
// channel's clocks moved), then gets every event, in chain order per case and endpoint, each
// verified; internal notes reach only the endpoint marked internal; two secrets during a
// rotation; a wrong secret and a stale timestamp are refused by the receiver.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelivery } from '../src/delivery/worker';
import type { Store } from '../src/index';
import { createWebhookChannel, type WebhookEndpoint } from '../src/webhooks/index';
import { AGENT_KEY, deskCommand, report, startServer } from './server.suite';

const MIN = 60_000;
const secret = () => `whsec_${randomBytes(32).toString('base64')}`;

interface Arrival {
  endpoint: string;
  id: string;
  verified: boolean;
  error?: string;
  signatures: number;
  body?: { type: string; data: { caseId: string; seq: number; hash: string; visibility: string } };
}

/** A receiver: one verifier per path, a log of every POST, and a real down time (port closed). */
function receiver(verifiers: Record<string, Webhook>) {
  const arrivals: Arrival[] = [];
  let server: Server | null = null;
  let port = 0;
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const endpoint = (req.url ?? '').slice(1);
      const h = (n: string) => String(req.headers[n] ?? '');
      const a: Arrival = {
        endpoint,
        id: h('webhook-id'),
        verified: false,
        signatures: h('webhook-signature')
          .split(' ')
          .filter((s) => s.startsWith('v1,')).length,
      };
      try {
        a.body = verifiers[endpoint]!.verify(Buffer.concat(chunks).toString('utf8'), {
          'webhook-id': h('webhook-id'),
          'webhook-timestamp': h('webhook-timestamp'),
          'webhook-signature': h('webhook-signature'),
        }) as Arrival['body'];
        a.verified = true;
      } catch (err) {
        a.error = (err as Error).message;
      }
      arrivals.push(a);
      res.writeHead(a.verified ? 204 : 401).end();
    });
  };
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer(handler);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
      server = null;
    });
  return { arrivals, up, down, url: (path: string) => `http://127.0.0.1:${port}/${path}` };
}

/** The webhook tests on `openStore`'s engine. */
export function runWebhookSuite(name: string, openStore: () => Promise<Store>) {
  describe(`webhooks on ${name}`, () => {
    let store: Store;
    let s: Awaited<ReturnType<typeof startServer>>;
    let offset = -10 * MIN;
    const clock = () => new Date(Date.now() + offset);
    const OLD = secret();
    const NEW = secret();
    const AUDIT = secret();
    const rx = receiver({ platform: new Webhook(NEW), audit: new Webhook(AUDIT) });
    let endpoints: WebhookEndpoint[];

    beforeAll(async () => {
      store = await openStore();
      await rx.up();
      endpoints = [
        // Mid-rotation: the platform already holds only the new secret; both sign.
        { id: 'platform', url: rx.url('platform'), secrets: [OLD, NEW] },
        { id: 'audit', url: rx.url('audit'), secrets: [AUDIT], internal: true },
      ];
      s = await startServer(store, { now: clock, webhooks: { endpoints } });
    }, 60_000);
    afterAll(async () => {
      await s?.close();
      await rx.down();
      await store?.close();
    });

    const desk = (id: string, type: string, payload: unknown = {}) => deskCommand(s.url, id, type, payload);

    it('a receiver down for ten minutes gets every event afterwards, verified, in order per case', async () => {
      await rx.down();
      const a = (await s.client.createCase(report('hooks.a@example.org'))).case.id;
      const b = (await s.client.createCase(report('hooks.b@example.org'))).case.id;
      await desk(a, 'start_review');
      await desk(a, 'add_note', { text: 'internal: looks like SIM swap' });
      await desk(a, 'confirm_compromise');
      await desk(a, 'freeze');
      await desk(b, 'start_review');
      await desk(b, 'send_message', { text: 'We are on it.' });

      const worker = createDelivery({
        store,
        channels: [createWebhookChannel({ endpoints, now: clock })],
        now: clock,
        random: () => 0,
        batch: 50,
      });
      // Down: only the first row of each (endpoint, case) is tried; the rest wait behind it.
      expect(await worker.runOnce()).toBe(4);
      expect(await worker.runOnce()).toBe(0); // backing off
      offset = -9 * MIN;
      expect(await worker.runOnce()).toBe(4);
      expect(rx.arrivals).toHaveLength(0);

      // Ten minutes after the events: the receiver is back.
      offset = 0;
      await rx.up();
      let rounds = 0;
      while ((await store.outboxStats()).pending > 0 && rounds < 20) {
        await worker.runOnce();
        rounds++;
      }
      expect((await store.outboxStats()).pending).toBe(0);
      expect((await store.outboxStats()).dead).toBe(0);

      const chains = new Map<string, { seq: number; hash: string; visibility: string }[]>();
      for (const id of [a, b]) {
        const r = await fetch(`${s.url}/v1/desk/cases/${id}`, {
          headers: { Authorization: `Bearer ${AGENT_KEY}` },
        });
        chains.set(
          id,
          ((await r.json()) as { entries: { seq: number; hash: string; visibility: string }[] }).entries,
        );
      }
      expect(rx.arrivals.every((x) => x.verified)).toBe(true);
      expect(new Set(rx.arrivals.map((x) => x.id)).size).toBe(rx.arrivals.length);
      for (const endpoint of ['platform', 'audit']) {
        for (const id of [a, b]) {
          const got = rx.arrivals.filter((x) => x.endpoint === endpoint && x.body!.data.caseId === id);
          const want = chains.get(id)!.filter((e) => endpoint === 'audit' || e.visibility === 'public');
          expect(
            got.map((x) => x.body!.data.seq),
            `${endpoint} ${id}`,
          ).toEqual(want.map((e) => e.seq));
          expect(got.map((x) => x.body!.data.hash)).toEqual(want.map((e) => e.hash));
        }
      }
      const types = rx.arrivals.filter((x) => x.endpoint === 'platform').map((x) => x.body!.type);
      expect(types).toContain('case.submitted');
      expect(types).toContain('case.account_frozen');
      expect(types).not.toContain('case.note_added');
      expect(rx.arrivals.filter((x) => x.endpoint === 'audit').map((x) => x.body!.type)).toContain(
        'case.note_added',
      );
      // Two signatures during the rotation, one otherwise.
      expect(rx.arrivals.filter((x) => x.endpoint === 'platform').every((x) => x.signatures === 2)).toBe(
        true,
      );
      expect(rx.arrivals.filter((x) => x.endpoint === 'audit').every((x) => x.signatures === 1)).toBe(true);
      console.log(
        `webhooks[${name}]: ${rx.arrivals.length} events verified after 10 min down, ${rounds} rounds, 0 dead`,
      );
    }, 60_000);

    it('the receiver refuses a wrong secret and a stale timestamp', async () => {
      const [row] = await store.listOutbox({ limit: 1 });
      expect(row?.channel).toBe('webhook');
      const message = {
        id: row!.id,
        messageId: row!.messageId,
        channel: 'webhook' as const,
        recipient: 'platform',
        template: row!.template,
        data: row!.data,
        attempts: 1,
        createdAt: row!.createdAt,
        orderKey: row!.orderKey,
      };
      const signal = new AbortController().signal;
      const seen = rx.arrivals.length;
      const wrong = createWebhookChannel({ endpoints: [{ ...endpoints[0]!, secrets: [secret()] }] });
      await expect(wrong.deliver(message, signal)).rejects.toThrow('webhook_http_401');
      const stale = createWebhookChannel({ endpoints, now: () => new Date(Date.now() - 6 * MIN) });
      await expect(stale.deliver(message, signal)).rejects.toThrow('webhook_http_401');
      const fresh = createWebhookChannel({ endpoints });
      await expect(fresh.deliver(message, signal)).resolves.toBeUndefined();
      expect(rx.arrivals.slice(seen).map((x) => [x.verified, x.error ?? 'ok'])).toEqual([
        [false, 'No matching signature found'],
        [false, 'Message timestamp too old'],
        [true, 'ok'],
      ]);
    });
  });
}
