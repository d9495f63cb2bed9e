/**
 * Integration suite of the HTTP server: the core client (and plain fetch where the test needs
 * raw answers) against the real server on loopback. Runs on PGlite and on PostgreSQL.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type ChainEntry,
  createRecourseClient,
  RecourseApiError,
  type RecourseClient,
  type ReportInput,
} from '@recourse/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDemoHooks } from '../src/demo/hooks';
import { DEMO_CONFIG } from '../src/demo/platform';
import { createRecourseServer, type LogRecord, type RunningServer } from '../src/index';
import type { Store } from '../src/store/types';

export const AGENT_KEY = `test_agent_${randomBytes(24).toString('base64url')}`;
export const ORIGIN = 'https://help.example.com';

const generous = { limit: 100_000, windowSeconds: 60 };
const hex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** A valid report; `email` names the account. */
export function report(email = 'mei.lin@example.com', extra: Partial<ReportInput> = {}): ReportInput {
  return {
    account: { kind: 'email', value: email },
    contact: { email: 'reporter.own@example.net', language: 'en' },
    discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    access: { canSignIn: false, passwordReset: 'failed' },
    activities: [{ kind: 'sign_in', at: new Date(Date.now() - 7_200_000).toISOString() }],
    narrative: 'Someone signed in and changed my email.',
    attachments: [],
    channel: 'web_form',
    consent: true,
    ...extra,
  };
}

export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);

/** Starts a server on the store, on a free loopback port. */
export async function startServer(store: Store, overrides: Record<string, unknown> = {}) {
  const logs: LogRecord[] = [];
  const logger = {
    info: (r: LogRecord) => logs.push(r),
    warn: (r: LogRecord) => logs.push(r),
    error: (r: LogRecord) => logs.push(r),
  };
  const demoHooks = createDemoHooks({ agents: [] });
  const server = createRecourseServer({
    store,
    config: DEMO_CONFIG,
    hooks: { lookupAccount: demoHooks.lookupAccount },
    agentKeys: [{ id: 'agent-1', key: AGENT_KEY }],
    cors: { origins: [ORIGIN] },
    logger,
    createCaseMinMs: 0,
    heartbeatMs: 500,
    rateLimits: {
      reportsPerIp: generous,
      reportsPerAccount: generous,
      tokenAttempts: generous,
      commandsPerCase: generous,
      agentAuthFailures: generous,
    },
    ...overrides,
  });
  const running: RunningServer = await server.serve({ port: 0 });
  const client: RecourseClient = createRecourseClient({ baseUrl: running.url, retry: { limit: 0 } });
  return {
    server,
    running,
    client,
    logs,
    url: running.url,
    close: async () => {
      server.close();
      await running.close();
    },
  };
}

type Started = Awaited<ReturnType<typeof startServer>>;

const key = () => randomBytes(16).toString('base64url');

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
  return typeof value;
}

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

async function caseCount(store: Store): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const page = await store.listCases({ limit: 200, cursor });
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
}

/** The suite. `makeStore` opens a store on a fresh database. */
/**
 * Sends one agent command to a running server as the desk does (a fresh idempotency key) and
 * expects 200; the failure message carries the answer.
 */
export async function deskCommand(url: string, id: string, type: string, payload: unknown = {}) {
  const r = await fetch(`${url}/v1/desk/cases/${id}/commands`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${AGENT_KEY}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomBytes(16).toString('base64url'),
    },
    body: JSON.stringify({ type, payload }),
  });
  expect(r.status, `${type}: ${await r.clone().text()}`).toBe(200);
}

export function runServerSuite(label: string, makeStore: () => Promise<Store>) {
  describe(`HTTP server on ${label}`, () => {
    let store: Store;
    let s: Started;
    beforeAll(async () => {
      store = await makeStore();
      s = await startServer(store);
    }, 60_000);
    afterAll(async () => {
      await s?.close();
      await store?.close();
    });

    test('create, read, events; the token is shown once and stored only as a hash', async () => {
      const created = await s.client.createCase(report());
      expect(created.case.state).toBe('submitted');
      expect(created.case.number).toMatch(/^RC-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(created.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.trackingUrlFragment).toBe(`#case=${created.case.id}&token=${created.accessToken}`);
      const view = await s.client.getCase(created.case.id, created.accessToken);
      expect(view).toEqual(created.case);
      const page = await s.client.listEvents(created.case.id, created.accessToken);
      expect(page.entries.map((e) => ('type' in e ? e.type : 'redacted'))).toEqual(['case_submitted']);
      expect(page.head.seq).toBe(1);
      // The token is nowhere in the database in clear (hash in cases, sealed in idempotency).
      const record = await store.getCase(created.case.id);
      expect(JSON.stringify(record)).not.toContain(created.accessToken);
    });

    test('include=events: the case and its chain in one answer, equal to the two reads; other includes refused', async () => {
      const created = await s.client.createCase(report());
      const { id } = created.case;
      await s.client.sendDeskCommand(id, AGENT_KEY, { type: 'add_note', payload: { text: 'internal' } });
      const both = await s.client.getCaseWithEvents(id, created.accessToken);
      const { events, ...view } = both;
      expect(view).toEqual(await s.client.getCase(id, created.accessToken));
      expect(events).toEqual(await s.client.listEvents(id, created.accessToken, 0));
      expect(events.entries.map((e) => ('redacted' in e ? 'redacted' : e.type))).toEqual([
        'case_submitted',
        'redacted',
      ]);
      const odd = await fetch(`${s.url}/v1/cases/${id}?include=everything`, {
        headers: { Authorization: `Bearer ${created.accessToken}` },
      });
      expect(odd.status).toBe(400);
      expect(((await odd.json()) as { code: string }).code).toBe('validation_failed');
      const stranger = await fetch(`${s.url}/v1/cases/${id}?include=events`, {
        headers: { Authorization: `Bearer ${'x'.repeat(43)}` },
      });
      expect(stranger.status).toBe(404);
    });

    test('config: an ETag and a long Cache-Control; If-None-Match answers 304 without a body', async () => {
      const first = await fetch(`${s.url}/v1/config`);
      expect(first.status).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=600, stale-while-revalidate=86400');
      const body = await first.text();
      for (const match of [tag!, `W/${tag}`, `"other", ${tag}`, '*']) {
        const again = await fetch(`${s.url}/v1/config`, { headers: { 'If-None-Match': match } });
        expect(again.status, match).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(tag);
        expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
      }
      const changed = await fetch(`${s.url}/v1/config`, { headers: { 'If-None-Match': '"other"' } });
      expect(changed.status).toBe(200);
      expect(await changed.text()).toBe(body);
    });

    test('stream: an agent command reaches the reporter within 1 s; resumable with Last-Event-ID', async () => {
      const created = await s.client.createCase(report());
      const { id } = created.case;
      const seen: ChainEntry[] = [];
      let resolveTwo!: () => void;
      const two = new Promise<void>((r) => {
        resolveTwo = r;
      });
      const stop = s.client.subscribe(id, created.accessToken, (entry) => {
        seen.push(entry);
        if (seen.length === 2) resolveTwo();
      });
      try {
        await expect.poll(() => seen.length, { timeout: 3000 }).toBe(1);
        const t0 = Date.now();
        await s.client.sendDeskCommand(id, AGENT_KEY, { type: 'start_review', payload: {} });
        await two;
        expect(Date.now() - t0).toBeLessThan(1000);
        expect(seen.map((e) => e.seq)).toEqual([1, 2]);
      } finally {
        stop();
      }
      // Raw stream with Last-Event-ID: 1 starts at seq 2.
      const ac = new AbortController();
      const res = await fetch(`${s.url}/v1/cases/${id}/stream`, {
        headers: { Authorization: `Bearer ${created.accessToken}`, 'Last-Event-ID': '1' },
        signal: ac.signal,
      });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expectSecurityHeaders(res);
      const reader = res.body!.getReader();
      let text = '';
      while (!/\nid: 2\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
      ac.abort();
      // A frame per entry: `event: entry`, `id: <seq>`, `data: <entry>` (SSE fields in any order).
      const frames = text.split('\n\n').map((frame) => frame.split('\n'));
      const second = frames.find((lines) => lines.includes('id: 2'));
      expect(second).toContain('event: entry');
      expect(JSON.parse(second!.find((l) => l.startsWith('data: '))!.slice(6)).seq).toBe(2);
      expect(text).not.toContain('id: 1\n');
    });

    test('desk stream: every changed case id reaches an open desk within 1 s (new reports included)', async () => {
      const changes: (string | null)[] = [];
      const statuses: string[] = [];
      const stop = s.client.subscribeDesk(AGENT_KEY, (change) => changes.push(change?.caseId ?? null), {
        onStatus: (status) => statuses.push(status),
      });
      try {
        await expect.poll(() => statuses.at(-1), { timeout: 3000 }).toBe('live');
        let t0 = Date.now();
        const created = await s.client.createCase(report());
        const { id } = created.case;
        await expect.poll(() => changes.includes(id), { timeout: 1000, interval: 10 }).toBe(true);
        expect(Date.now() - t0).toBeLessThan(1000);
        const before = changes.length;
        t0 = Date.now();
        await s.client.sendCommand(id, created.accessToken, {
          type: 'send_message',
          payload: { text: 'Any news?' },
        });
        await expect
          .poll(() => changes.slice(before).includes(id), { timeout: 1000, interval: 10 })
          .toBe(true);
        expect(Date.now() - t0).toBeLessThan(1000);
        // Only ids travel: no case data, no reporter token.
        expect(changes.every((c) => c === null || /^[0-9a-f-]{36}$/.test(c))).toBe(true);
      } finally {
        stop();
      }
      // The raw stream: an event stream with the API's headers, `changed` events without ids.
      const ac = new AbortController();
      const res = await fetch(`${s.url}/v1/desk/stream`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
        signal: ac.signal,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expectSecurityHeaders(res);
      const reader = res.body!.getReader();
      let text = new TextDecoder().decode((await reader.read()).value);
      const created = await s.client.createCase(report());
      while (!text.includes(created.case.id)) text += new TextDecoder().decode((await reader.read()).value);
      ac.abort();
      expect(text).toContain(`event: changed\ndata: {"caseId":"${created.case.id}"}\n\n`);
      expect(text).not.toMatch(/^id:/m);
    });

    test('commands: accepted, refused with 409 and nothing written, agent-only refused', async () => {
      const created = await s.client.createCase(report());
      const { id } = created.case;
      const t = created.accessToken;
      const result = await s.client.sendCommand(id, t, {
        type: 'send_message',
        payload: { text: 'Any news?' },
      });
      expect(result.entries).toHaveLength(1);
      expect(result.case.head.seq).toBe(2);

      const before = (await store.loadEvents(id)).length;
      const illegal = await post(
        `${s.url}/v1/cases/${id}/commands`,
        { type: 'confirm_recovery', payload: { checklist: {} } },
        { Authorization: `Bearer ${t}` },
      );
      expect(illegal.status).toBe(409);
      expect(illegal.headers.get('content-type')).toBe('application/problem+json');
      const problem = await illegal.json();
      expect(problem).toMatchObject({ code: 'workflow_refused', refusal: { code: 'invalid_state' } });
      expect((await store.loadEvents(id)).length).toBe(before);

      const agentOnly = await post(
        `${s.url}/v1/cases/${id}/commands`,
        { type: 'restore' },
        { Authorization: `Bearer ${t}` },
      );
      expect(agentOnly.status).toBe(409);
      expect((await agentOnly.json()).refusal.code).toBe('role_not_allowed');

      // Mass assignment: unknown payload keys are refused by the workflow's strict schemas.
      const err = await s.client
        .sendCommand(id, t, { type: 'send_message', payload: { text: 'hi', status: 'closed' } as never })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RecourseApiError);
      expect((err as RecourseApiError).refusal?.code).toBe('invalid_payload');
      expect((await store.loadEvents(id)).length).toBe(before);

      const missingKey = await fetch(`${s.url}/v1/cases/${id}/commands`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t}` },
        body: JSON.stringify({ type: 'send_message', payload: { text: 'x' } }),
      });
      expect(missingKey.status).toBe(400);
      expect((await missingKey.json()).code).toBe('idempotency_key_required');
    });

    test('100 parallel creates with one key: exactly 1 case, identical answers', async () => {
      const before = await caseCount(store);
      const k = key();
      const body = JSON.stringify(report('race@example.com'));
      const answers = await Promise.all(
        Array.from({ length: 100 }, () =>
          fetch(`${s.url}/v1/cases`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': k },
            body,
          }).then(async (r) => ({ status: r.status, text: await r.text() })),
        ),
      );
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
      expect(await caseCount(store)).toBe(before + 1);
      // Same key, other body: 422.
      const other = await fetch(`${s.url}/v1/cases`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': k },
        body: JSON.stringify(report('someone.else@example.com')),
      });
      expect(other.status).toBe(422);
      expect((await other.json()).code).toBe('idempotency_key_reused');
      expect(await caseCount(store)).toBe(before + 1);
    }, 60_000);

    test('a wrong or foreign token answers exactly like a missing case', async () => {
      const a = await s.client.createCase(report());
      const b = await s.client.createCase(report());
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const suffix of ['', '/events', '/stream', '/attachments/00000000-0000-4000-8000-000000000001']) {
        const answers = await Promise.all(
          [
            [a.case.id, b.accessToken], // foreign token
            [a.case.id, `${a.accessToken.slice(0, -2)}xx`], // wrong token
            [missing, a.accessToken], // missing case
            ['not-a-uuid', a.accessToken],
          ].map(([id, token]) =>
            fetch(`${s.url}/v1/cases/${id}${suffix}`, { headers: { Authorization: `Bearer ${token}` } }).then(
              async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() }),
            ),
          ),
        );
        for (const x of answers) expect(x).toEqual(answers[0]);
        expect(answers[0]!.status).toBe(404);
      }
    });

    test('existing and unknown accounts: same status and shape; only contacts on record are notified', async () => {
      const outboxBefore = (await store.listOutbox({ limit: 500 })).length;
      const known = await post(`${s.url}/v1/cases`, report('sam.carter@example.org'));
      const unknown = await post(`${s.url}/v1/cases`, report('no.such.person@example.org'));
      expect(known.status).toBe(201);
      expect(unknown.status).toBe(201);
      const [kb, ub] = [await known.json(), await unknown.json()];
      expect(shape(kb)).toEqual(shape(ub));
      expect([...known.headers.keys()].sort()).toEqual([...unknown.headers.keys()].sort());
      const outbox = (await store.listOutbox({ limit: 500 })).slice(0, -outboxBefore || undefined);
      const recipients = outbox.map((m) => m.recipient).sort();
      // Every address on record of Sam Carter (the replaced email included), nothing else.
      expect(recipients).toEqual(['+15550100102', 'sam.c.old@example.org', 'sam.carter@example.org']);
      expect(JSON.stringify(outbox)).not.toContain('reporter.own@example.net');
      expect(JSON.stringify(outbox)).not.toContain(kb.accessToken);
    });

    test('recovery steps notify the contacts on record', async () => {
      const created = await s.client.createCase(report('mei.lin@example.com'));
      const before = (await store.listOutbox({ limit: 500 }))[0]?.id ?? 0;
      await s.client.sendDeskCommand(created.case.id, AGENT_KEY, { type: 'start_review', payload: {} });
      await s.client.sendDeskCommand(created.case.id, AGENT_KEY, { type: 'freeze', payload: {} });
      const fresh = (await store.listOutbox({ limit: 500 })).filter((m) => m.id > before);
      expect(fresh.map((m) => m.data.event)).toEqual(['account_frozen', 'account_frozen']);
      expect(fresh.map((m) => m.recipient).sort()).toEqual(['+15550100101', 'mei.lin@example.com']);
    });

    test('desk: 401 without credential; internal notes only on the desk', async () => {
      const created = await s.client.createCase(report());
      const { id } = created.case;
      for (const path of ['/v1/desk/cases', `/v1/desk/cases/${id}`, '/v1/desk/stream']) {
        const res = await fetch(`${s.url}${path}`);
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        expectSecurityHeaders(res);
        const wrong = await fetch(`${s.url}${path}`, { headers: { Authorization: 'Bearer nope-nope-nope' } });
        expect(wrong.status).toBe(401);
        // A reporter token is not an agent credential.
        const reporter = await fetch(`${s.url}${path}`, {
          headers: { Authorization: `Bearer ${created.accessToken}` },
        });
        expect(reporter.status).toBe(401);
      }
      const noSecret = await post(`${s.url}/v1/desk/cases/${id}/commands`, {
        type: 'add_note',
        payload: { text: 'x' },
      });
      expect(noSecret.status).toBe(401);

      await s.client.sendDeskCommand(id, AGENT_KEY, {
        type: 'add_note',
        payload: { text: 'Internal: IP from a VPN' },
      });
      const desk = await s.client.getDeskCase(id, AGENT_KEY);
      expect(desk.entries.map((e) => e.type)).toEqual(['case_submitted', 'note_added']);
      expect(desk.entries[1]!.actor).toEqual({ role: 'agent', id: 'agent-1' });
      expect(desk.report.account.value).toBe('mei.lin@example.com');
      const page = await s.client.listEvents(id, created.accessToken);
      expect(page.entries[1]).toEqual({
        seq: 2,
        redacted: true,
        digest: desk.entries[1]!.digest,
        prev: desk.entries[1]!.prev,
        hash: desk.entries[1]!.hash,
      });
      expect(JSON.stringify(page)).not.toContain('VPN');
      const list = await s.client.listDeskCases(AGENT_KEY, { state: 'submitted', limit: 2 });
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((c) => c.state === 'submitted')).toBe(true);
      if (list.nextCursor) {
        const next = await s.client.listDeskCases(AGENT_KEY, {
          state: 'submitted',
          limit: 2,
          cursor: list.nextCursor,
        });
        expect(next.items.map((c) => c.id)).not.toContain(list.items[0]!.id);
      }
      const refused = await s.client
        .sendDeskCommand(id, AGENT_KEY, { type: 'restore', payload: {} })
        .catch((e: unknown) => e);
      expect((refused as RecourseApiError).code).toBe('workflow_refused');
    });

    test('attachments: PNG accepted and downloaded as attachment; disguised SVG, HTML and bad hashes refused', async () => {
      const created = await s.client.createCase(report());
      const { id } = created.case;
      const t = created.accessToken;
      const meta = await s.client.uploadAttachment(id, t, {
        bytes: PNG,
        name: 'screenshot 1.png',
        mediaType: 'image/png',
        sha256: hex(PNG),
      });
      expect(meta).toMatchObject({
        name: 'screenshot 1.png',
        mediaType: 'image/png',
        size: PNG.length,
        sha256: hex(PNG),
      });
      const dl = await fetch(`${s.url}/v1/cases/${id}/attachments/${meta.id}`, {
        headers: { Authorization: `Bearer ${t}` },
      });
      expect(dl.status).toBe(200);
      expect(dl.headers.get('content-type')).toBe('image/png');
      expect(dl.headers.get('content-disposition')).toMatch(/^attachment; filename="screenshot 1.png"/);
      expect(dl.headers.get('cache-control')).toBe('no-store');
      expect(dl.headers.get('content-security-policy')).toContain('sandbox');
      expectSecurityHeaders(dl);
      expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PNG);
      const viaClient = await s.client.downloadDeskAttachment(id, AGENT_KEY, meta.id);
      expect(viaClient.name).toBe('screenshot 1.png');

      // The reporter can point a message at their own attachment, not at a made-up one. The event
      // records the stored hash of each file it names (so the chain covers the bytes), whatever
      // hash the client put there.
      const sent = await s.client.sendCommand(id, t, {
        type: 'send_message',
        payload: {
          text: 'See file',
          attachmentIds: [meta.id],
          attachments: [{ id: meta.id, sha256: 'f'.repeat(64) }],
        },
      });
      const message = sent.entries.find((e) => !('redacted' in e) && e.type === 'message_sent');
      expect(message && !('redacted' in message) ? message.data.attachments : null).toEqual([
        { id: meta.id, sha256: hex(PNG) },
      ]);
      const plain = await s.client.sendCommand(id, t, {
        type: 'send_message',
        payload: { text: 'No file', attachments: [{ id: meta.id, sha256: 'f'.repeat(64) }] },
      });
      const plainEntry = plain.entries.find((e) => !('redacted' in e) && e.type === 'message_sent');
      expect(plainEntry && !('redacted' in plainEntry) ? 'attachments' in plainEntry.data : null).toBe(false);
      const bogus = await s.client
        .sendCommand(id, t, {
          type: 'send_message',
          payload: { text: 'x', attachmentIds: ['00000000-0000-4000-8000-00000000dead'] },
        })
        .catch((e: unknown) => e);
      expect((bogus as RecourseApiError).code).toBe('validation_failed');

      const upload = (bytes: Uint8Array, type: string, sha = hex(bytes), name = 'x.png') =>
        fetch(`${s.url}/v1/cases/${id}/attachments`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${t}`,
            'Content-Type': type,
            'Idempotency-Key': key(),
            'X-Filename': encodeURIComponent(name),
            'X-Content-SHA256': sha,
          },
          body: bytes as unknown as BodyInit,
        });
      const svg = new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      );
      for (const [bytes, type] of [
        [svg, 'image/png'],
        [svg, 'text/plain'],
        [new TextEncoder().encode('<!doctype html><p>hi'), 'text/plain'],
        [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'application/pdf'],
        [PNG, 'image/jpeg'],
      ] as const) {
        const res = await upload(bytes, type);
        expect(res.status).toBe(422);
        expect((await res.json()).code).toBe('attachment_rejected');
      }
      const svgType = await upload(svg, 'image/svg+xml');
      expect(svgType.status).toBe(415);
      const mismatch = await upload(PNG, 'image/png', hex('something else'));
      expect(mismatch.status).toBe(422);
      expect((await mismatch.json()).code).toBe('hash_mismatch');
      const text = new TextEncoder().encode('Chat log: support asked for my seed phrase.\n');
      expect((await upload(text, 'text/plain', hex(text), 'chat.txt')).status).toBe(201);
      expect((await store.listAttachments(id)).length).toBe(2);
    });

    test('protections: 413 before parsing, 415, problem answers, CORS allowlist, openapi and docs', async () => {
      const big = await fetch(`${s.url}/v1/cases`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key() },
        body: `{"narrative":"${'a'.repeat(300 * 1024)}"}`,
      });
      expect(big.status).toBe(413);
      expect((await big.json()).code).toBe('payload_too_large');
      expectSecurityHeaders(big);
      const form = await fetch(`${s.url}/v1/cases`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': key() },
        body: JSON.stringify(report()),
      });
      expect(form.status).toBe(415);
      const invalid = await post(`${s.url}/v1/cases`, { ...report(), consent: false });
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).issues).toContainEqual({ path: 'consent', code: 'consent_required' });
      const notFound = await fetch(`${s.url}/nope`);
      expect(notFound.status).toBe(404);
      expect(notFound.headers.get('content-type')).toBe('application/problem+json');
      expectSecurityHeaders(notFound);

      const allowed = await fetch(`${s.url}/v1/config`, { headers: { Origin: ORIGIN } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      const other = await fetch(`${s.url}/v1/config`, { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${s.url}/v1/cases`, {
        method: 'OPTIONS',
        headers: {
          Origin: ORIGIN,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
      const evilPreflight = await fetch(`${s.url}/v1/cases`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(evilPreflight.headers.get('access-control-allow-origin')).toBeNull();

      expect(await s.client.getConfig()).toEqual(DEMO_CONFIG);
      const openapi = await (await fetch(`${s.url}/v1/openapi.json`)).json();
      expect(openapi.openapi).toBe('3.1.0');
      expect(Object.keys(openapi.paths)).toContain('/v1/cases/{id}/stream');
      expect(Object.keys(openapi.paths)).toContain('/v1/cases/{id}/token/revoke');
      // Two-step verification is not served here, so not documented either.
      expect(Object.keys(openapi.paths).some((p) => p.startsWith('/v1/2fa/'))).toBe(false);
      const docs = await fetch(`${s.url}/v1/docs`);
      expect(docs.headers.get('content-type')).toMatch(/^text\/html/);
      expect(docs.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
      expect(await docs.text()).toContain('openapi.json');
    });

    test("the reporter's view lists the case's attachments (for the case file)", async () => {
      const created = await s.client.createCase(report());
      expect(created.case.attachments).toEqual([]);
      const { id } = created.case;
      const t = created.accessToken;
      const meta = await s.client.uploadAttachment(id, t, {
        bytes: PNG,
        name: 'proof.png',
        mediaType: 'image/png',
        sha256: hex(PNG),
      });
      const text = new TextEncoder().encode('chat log\n');
      const second = await s.client.uploadAttachment(id, t, {
        bytes: text,
        name: 'chat.txt',
        mediaType: 'text/plain',
        sha256: hex(text),
      });
      const view = await s.client.getCase(id, t);
      expect(view.attachments).toEqual([meta, second]);
      const result = await s.client.sendCommand(id, t, {
        type: 'send_message',
        payload: { text: 'See the files', attachmentIds: [meta.id] },
      });
      expect(result.case.attachments).toEqual([meta, second]);
      // Another case lists none of them.
      const other = await s.client.createCase(report());
      expect((await s.client.getCase(other.case.id, other.accessToken)).attachments).toEqual([]);
    });

    test('desk: accountOnRecord says whether the account was found; the reporter never sees it', async () => {
      const known = await s.client.createCase(report('mei.lin@example.com'));
      const unknown = await s.client.createCase(report('no.such.person@example.org'));
      expect((await s.client.getDeskCase(known.case.id, AGENT_KEY)).accountOnRecord).toBe(true);
      expect((await s.client.getDeskCase(unknown.case.id, AGENT_KEY)).accountOnRecord).toBe(false);
      const raw = await fetch(`${s.url}/v1/cases/${known.case.id}`, {
        headers: { Authorization: `Bearer ${known.accessToken}` },
      });
      expect(await raw.text()).not.toContain('accountOnRecord');
    });

    test('a JSON body with a lone surrogate or a __proto__ key answers 400 and writes nothing (both reached the store and answered 500)', async () => {
      const created = await s.client.createCase(report());
      const before = (await s.client.getDeskCase(created.case.id, AGENT_KEY)).entries.length;
      for (const body of [
        '{"type":"request_info","payload":{"requestId":"req-1","prompt":"abc \\ud83c"}}',
        '{"type":"add_note","payload":{"text":"note"},"__proto__":{}}',
      ]) {
        const res = await fetch(`${s.url}/v1/desk/cases/${created.case.id}/commands`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${AGENT_KEY}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': `k-${randomUUID()}`,
          },
          body,
        });
        expect(res.status, body).toBe(400);
        expect((await res.json()).code).toBe('validation_failed');
      }
      expect((await s.client.getDeskCase(created.case.id, AGENT_KEY)).entries).toHaveLength(before);
    });

    test('desk and events queries: errors carry real issue codes', async () => {
      const res = await fetch(`${s.url}/v1/desk/cases?state=bogus&limit=0&waiting=maybe`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.code).toBe('validation_failed');
      expect(body.issues).toEqual(
        expect.arrayContaining([
          { path: 'state', code: 'invalid_choice' },
          { path: 'limit', code: 'invalid_number', params: { min: 1 } },
          { path: 'waiting', code: 'invalid_choice' },
        ]),
      );
      expect(body.issues).toHaveLength(3);
      const created = await s.client.createCase(report());
      const events = await fetch(`${s.url}/v1/cases/${created.case.id}/events?after=-1`, {
        headers: { Authorization: `Bearer ${created.accessToken}` },
      });
      expect(events.status).toBe(400);
      expect((await events.json()).issues).toEqual([{ path: 'after', code: 'invalid' }]);
    });

    test('token revocation: Idempotency-Key required, 204, the token stops at once (streams end too)', async () => {
      const created = await s.client.createCase(report());
      const other = await s.client.createCase(report());
      const { id } = created.case;
      const t = created.accessToken;
      const auth = { Authorization: `Bearer ${t}` };
      const revoke = (headers: Record<string, string>, caseId = id) =>
        fetch(`${s.url}/v1/cases/${caseId}/token/revoke`, { method: 'POST', headers });

      const noKey = await revoke(auth);
      expect(noKey.status).toBe(400);
      expect((await noKey.json()).code).toBe('idempotency_key_required');
      // A foreign token cannot revoke this case's token: same 404 as a missing case.
      const foreign = await revoke({
        Authorization: `Bearer ${other.accessToken}`,
        'Idempotency-Key': key(),
      });
      expect(foreign.status).toBe(404);
      expect((await s.client.getCase(id, t)).id).toBe(id);

      // An open stream of the case.
      const ac = new AbortController();
      const stream = await fetch(`${s.url}/v1/cases/${id}/stream`, { headers: auth, signal: ac.signal });
      const reader = stream.body!.getReader();
      let text = '';
      while (!text.includes('id: 1\n')) text += new TextDecoder().decode((await reader.read()).value);

      await s.client.revokeToken(id, t);
      // The stream ends without waiting for a heartbeat.
      const ended = (async () => {
        for (;;) if ((await reader.read()).done) return true;
      })();
      expect(await Promise.race([ended, new Promise((r) => setTimeout(() => r(false), 400))])).toBe(true);
      ac.abort();

      for (const suffix of ['', '/events', '/stream']) {
        const res = await fetch(`${s.url}/v1/cases/${id}${suffix}`, { headers: auth });
        expect(res.status, suffix).toBe(404);
      }
      const command = await s.client
        .sendCommand(id, t, { type: 'send_message', payload: { text: 'still here?' } })
        .catch((e: unknown) => e);
      expect((command as RecourseApiError).code).toBe('not_found');
      const again = await s.client.revokeToken(id, t).catch((e: unknown) => e);
      expect((again as RecourseApiError).code).toBe('not_found');
      // The case itself is untouched, and other cases' tokens still work.
      expect((await s.client.getDeskCase(id, AGENT_KEY)).entries).toHaveLength(1);
      expect((await s.client.getCase(other.case.id, other.accessToken)).id).toBe(other.case.id);
      // Clearing the expiry (as a later close or reopen may set it) does not revive the token:
      // its hash was replaced.
      await store.updateToken(id, { expiresAt: null });
      expect((await fetch(`${s.url}/v1/cases/${id}`, { headers: auth })).status).toBe(404);
    });

    test('logs carry method, route template, status and duration only', async () => {
      const created = await s.client.createCase(report());
      await s.client.getCase(created.case.id, created.accessToken);
      const text = JSON.stringify(s.logs);
      expect(text).not.toContain(created.accessToken);
      expect(text).not.toContain(created.case.id);
      expect(text).not.toContain(AGENT_KEY);
      expect(text).not.toContain('Bearer');
      expect(text).not.toContain('mei.lin');
      expect(s.logs).toContainEqual(
        expect.objectContaining({ msg: 'request', method: 'GET', route: '/v1/cases/:id', status: 200 }),
      );
      for (const r of s.logs.filter((l) => l.msg === 'request'))
        expect(Object.keys(r).sort()).toEqual(['durationMs', 'method', 'msg', 'route', 'status']);
    });
  });
}
