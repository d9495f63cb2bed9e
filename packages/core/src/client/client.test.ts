import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../api/index';
import { type ChainEntry, chainEvents, type JsonObject, type WorkflowEvent } from '../workflow/index';
import { createRecourseClient, type RecourseClientOptions } from './client';
import { RecourseApiError, RecourseNetworkError, RecourseProtocolError } from './errors';
import type { FetchLike } from './platform';
import type { SubscriptionStatus } from './subscribe';
import { createTransport } from './transport';

const TOKEN = 'tok_SECRET_abcdefghijklmnopqrstuvwxyz';
const AGENT_KEY = 'agent_SECRET_abcdefghijklmnopqrstuvwxyz';
const BASE = 'https://api.acme.example';

interface Captured {
  url: string;
  method: string;
  headers: Headers;
}

type Reply = Response | Error | ((request: Request) => Response | Promise<Response>);

/** A fake fetch answering from a script (the last reply repeats), recording every request. */
function fakeFetch(script: Reply[]) {
  const calls: Captured[] = [];
  let index = 0;
  const fetch = (async (input: unknown) => {
    const request = input as Request;
    calls.push({ url: request.url, method: request.method, headers: new Headers(request.headers) });
    const reply = script[Math.min(index++, script.length - 1)]!;
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(request);
    return reply.clone();
  }) as unknown as FetchLike;
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  new Response(
    JSON.stringify({ type: `urn:recourse:problem:${code}`, title: code, status, code, ...extra }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );

function client(fetch: FetchLike, extra: Partial<RecourseClientOptions> = {}) {
  let n = 0;
  return createRecourseClient({
    baseUrl: BASE,
    fetch,
    retry: { backoffMs: () => 1, ...extra.retry },
    random: (size) => new Uint8Array(size).fill(++n),
    sleep: () => new Promise((resolve) => setTimeout(resolve, 0)),
    ...extra,
  });
}

const publicEvents = (count: number): WorkflowEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    type: i === 0 ? ('case_submitted' as const) : ('message_sent' as const),
    at: `2025-01-01T00:0${i}:00.000Z`,
    actor: { role: i === 0 ? ('reporter' as const) : ('agent' as const) },
    visibility: 'public' as const,
    data: (i === 0 ? {} : { text: `m${i}` }) as JsonObject,
  }));
const ENTRIES: ChainEntry[] = chainEvents(null, publicEvents(5));

const view = {
  id: 'case-1',
  number: 'RC-7K3P-9M2X',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  status: 'submitted',
  state: 'submitted',
  info: 'none',
  claim: 'none',
  complaint: 'none',
  pendingRequest: null,
  allowedCommands: ['withdraw', 'send_message'],
  nextSteps: ['wait_for_review'],
  deadlines: [],
  head: { seq: 1, hash: ENTRIES[0]!.hash },
  attachments: [],
};
const created = { case: view, accessToken: 'A'.repeat(43) };
const REPORT = ENDPOINTS.createCase.request.example;

describe('idempotent submissions', () => {
  it('reuses one Idempotency-Key across retries after network errors', async () => {
    const { fetch, calls } = fakeFetch([
      new TypeError('fetch failed'),
      new TypeError('fetch failed'),
      json(201, created),
    ]);
    const result = await client(fetch).createCase(REPORT, { idempotencyKey: 'form-key-0001' });
    expect(result.accessToken).toBe(created.accessToken);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.headers.get('idempotency-key')))).toEqual(new Set(['form-key-0001']));
    expect(calls.every((c) => c.method === 'POST')).toBe(true);
  });

  it("makes one key per call when none is given, reused by that call's retries", async () => {
    const { fetch, calls } = fakeFetch([json(503, {}), json(201, created)]);
    await client(fetch).createCase(REPORT);
    const keys = calls.map((c) => c.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('newIdempotencyKey uses the injected randomness', () => {
    const c = client(fakeFetch([json(200, {})]).fetch);
    expect(c.newIdempotencyKey()).not.toBe(c.newIdempotencyKey());
    expect(c.newIdempotencyKey()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a malformed key before sending', async () => {
    const { fetch, calls } = fakeFetch([json(201, created)]);
    await expect(client(fetch).createCase(REPORT, { idempotencyKey: 'bad key' })).rejects.toThrow(
      'invalid_idempotency_key',
    );
    expect(calls).toHaveLength(0);
  });

  it('never retries a POST without a key', async () => {
    const { fetch, calls } = fakeFetch([json(503, {}), json(201, created)]);
    const transport = createTransport({ baseUrl: BASE, fetch, retry: { backoffMs: () => 1 } });
    await expect(transport.send({ endpoint: ENDPOINTS.createCase, json: REPORT })).rejects.toBeInstanceOf(
      RecourseApiError,
    );
    expect(calls).toHaveLength(1);
    const network = fakeFetch([new TypeError('fetch failed'), json(201, created)]);
    const t2 = createTransport({ baseUrl: BASE, fetch: network.fetch, retry: { backoffMs: () => 1 } });
    await expect(t2.send({ endpoint: ENDPOINTS.createCase, json: REPORT })).rejects.toBeInstanceOf(
      RecourseNetworkError,
    );
    expect(network.calls).toHaveLength(1);
  });

  it('retries a keyed POST while the first attempt is in flight (409 idempotency_in_flight)', async () => {
    const { fetch, calls } = fakeFetch([problem(409, 'idempotency_in_flight'), json(201, created)]);
    await client(fetch).createCase(REPORT, { idempotencyKey: 'form-key-0002' });
    expect(calls).toHaveLength(2);
  });

  it('does not retry a workflow refusal and exposes it', async () => {
    const refusal = { code: 'guard_failed', guard: 'request_id_matches' };
    const { fetch, calls } = fakeFetch([problem(409, 'workflow_refused', { refusal })]);
    const error = await client(fetch)
      .sendCommand('case-1', TOKEN, { type: 'answer_request', payload: { requestId: 'r1', text: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecourseApiError);
    expect((error as RecourseApiError).code).toBe('workflow_refused');
    expect((error as RecourseApiError).status).toBe(409);
    expect((error as RecourseApiError).refusal).toEqual(refusal);
    expect(calls).toHaveLength(1);
  });
});

describe('retries and errors', () => {
  it('retries GET on 502 and 504', async () => {
    const { fetch, calls } = fakeFetch([json(502, {}), json(504, {}), json(200, view)]);
    expect((await client(fetch).getCase('case-1', TOKEN)).id).toBe('case-1');
    expect(calls).toHaveLength(3);
  });

  it('honours Retry-After but caps it', async () => {
    const { fetch, calls } = fakeFetch([
      problem(503, 'unavailable', {}, { 'retry-after': '3600' }),
      json(200, view),
    ]);
    const started = Date.now();
    await client(fetch, { retry: { maxRetryAfterMs: 20, backoffMs: () => 1 } }).getCase('case-1', TOKEN);
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('raises the last problem with retryAfter once retries are exhausted', async () => {
    const { fetch, calls } = fakeFetch([problem(429, 'rate_limited', {}, { 'retry-after': '0' })]);
    const error = await client(fetch, { retry: { limit: 1, backoffMs: () => 1 } })
      .getCase('case-1', TOKEN)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecourseApiError);
    expect((error as RecourseApiError).code).toBe('rate_limited');
    expect((error as RecourseApiError).retryAfter).toBe(0);
    expect(calls).toHaveLength(2);
  });

  it('turns a validation problem into an error with issues', async () => {
    const issues = [{ path: 'contact', code: 'contact_required' }];
    const { fetch } = fakeFetch([problem(400, 'validation_failed', { issues })]);
    const error = (await client(fetch)
      .createCase(REPORT)
      .catch((e: unknown) => e)) as RecourseApiError;
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toEqual(issues);
  });

  it('maps a gateway page without a problem body to unavailable, other junk to a protocol error', async () => {
    const gateway = fakeFetch([new Response('<html>bad gateway</html>', { status: 502 })]);
    const e1 = (await client(gateway.fetch, { retry: { limit: 0 } })
      .getConfig()
      .catch((e: unknown) => e)) as RecourseApiError;
    expect(e1).toBeInstanceOf(RecourseApiError);
    expect(e1.code).toBe('unavailable');
    const teapot = fakeFetch([new Response('nope', { status: 418 })]);
    expect(
      await client(teapot.fetch)
        .getConfig()
        .catch((e: unknown) => e),
    ).toBeInstanceOf(RecourseProtocolError);
  });

  it('raises a protocol error for a malformed 200', async () => {
    const bad = fakeFetch([json(200, { ...view, status: 'hacked' })]);
    const error = (await client(bad.fetch)
      .getCase('case-1', TOKEN)
      .catch((e: unknown) => e)) as RecourseProtocolError;
    expect(error).toBeInstanceOf(RecourseProtocolError);
    expect(error.code).toBe('invalid_body');
    expect(error.paths).toEqual(['status']);
    const notJson = fakeFetch([new Response('{', { status: 200 })]);
    const e2 = (await client(notJson.fetch)
      .getCase('case-1', TOKEN)
      .catch((e: unknown) => e)) as RecourseProtocolError;
    expect(e2.code).toBe('invalid_json');
  });

  it('raises a network error after the retries, and a timeout as such', async () => {
    const offline = fakeFetch([new TypeError('fetch failed')]);
    const e1 = (await client(offline.fetch)
      .getConfig()
      .catch((e: unknown) => e)) as RecourseNetworkError;
    expect(e1).toBeInstanceOf(RecourseNetworkError);
    expect(e1.reason).toBe('network');
    expect(offline.calls).toHaveLength(3);
    const slow = fakeFetch([() => new Promise<Response>(() => undefined)]);
    const e2 = (await client(slow.fetch, { timeoutMs: 10, retry: { limit: 1, backoffMs: () => 1 } })
      .getConfig()
      .catch((e: unknown) => e)) as RecourseNetworkError;
    expect(e2.reason).toBe('timeout');
    expect(slow.calls).toHaveLength(2);
  });
});

describe('credentials', () => {
  it('never puts a token or agent key into a URL', async () => {
    const meta = {
      id: 'att-1',
      name: 'shot.png',
      mediaType: 'image/png',
      size: 3,
      sha256: 'b'.repeat(64),
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    const route = (request: Request): Response => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/events'))
        return json(200, { entries: ENTRIES.slice(0, 1), head: view.head });
      if (url.pathname.includes('/attachments/'))
        return new Response(new Uint8Array([1, 2, 3]), {
          headers: {
            'content-type': 'image/png',
            'content-disposition': "attachment; filename*=UTF-8''shot%201.png",
          },
        });
      if (url.pathname.endsWith('/attachments')) return json(201, meta);
      if (url.pathname.endsWith('/commands')) return json(200, { case: view, entries: [] });
      if (url.pathname === '/v1/desk/cases') return json(200, { items: [], nextCursor: null });
      return json(200, view);
    };
    const { fetch, calls } = fakeFetch([route]);
    const c = client(fetch);
    await c.getCase('case-1', TOKEN);
    await c.listEvents('case-1', TOKEN, 0);
    await c.sendCommand('case-1', TOKEN, { type: 'withdraw', payload: {} });
    const uploaded = await c.uploadAttachment('case-1', TOKEN, {
      bytes: new Uint8Array([1, 2, 3]),
      name: 'shot 1.png',
      mediaType: 'image/png',
      sha256: 'b'.repeat(64),
    });
    expect(uploaded.id).toBe('att-1');
    const file = await c.downloadAttachment('case-1', TOKEN, 'att-1');
    expect(file).toEqual({ bytes: new Uint8Array([1, 2, 3]), mediaType: 'image/png', name: 'shot 1.png' });
    await c.listDeskCases(AGENT_KEY, { waiting: true, limit: 20 });
    await c.downloadDeskAttachment('case-1', AGENT_KEY, 'att-1');
    expect(calls.length).toBe(7);
    for (const call of calls) {
      expect(call.url).not.toContain('SECRET');
      expect(call.url.startsWith(`${BASE}/v1/`)).toBe(true);
      expect(call.headers.get('authorization')).toMatch(/^Bearer (tok|agent)_SECRET_/);
    }
    const upload = calls[3]!;
    expect(upload.headers.get('x-filename')).toBe('shot%201.png');
    expect(upload.headers.get('x-content-sha256')).toBe('b'.repeat(64));
    expect(upload.headers.get('content-type')).toBe('image/png');
    expect(calls[5]!.url).toBe(`${BASE}/v1/desk/cases?waiting=true&limit=20`);
  });
});

describe('revokeToken', () => {
  it('POSTs with the token in Authorization and one Idempotency-Key, resolves on 204', async () => {
    const { fetch, calls } = fakeFetch([new Response(null, { status: 204 })]);
    await expect(client(fetch).revokeToken('case-1', TOKEN)).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.url).toBe(`${BASE}/v1/cases/case-1/token/revoke`);
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]!.headers.get('idempotency-key')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('reuses the key across retries and raises not_found for a dead token', async () => {
    const { fetch, calls } = fakeFetch([new TypeError('fetch failed'), new Response(null, { status: 204 })]);
    await client(fetch).revokeToken('case-1', TOKEN, { idempotencyKey: 'revoke-key-0001' });
    expect(calls.map((c) => c.headers.get('idempotency-key'))).toEqual([
      'revoke-key-0001',
      'revoke-key-0001',
    ]);
    const dead = fakeFetch([problem(404, 'not_found')]);
    const error = await client(dead.fetch)
      .revokeToken('case-1', TOKEN)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecourseApiError);
    expect((error as RecourseApiError).code).toBe('not_found');
  });
});

/** A streamed event-stream answer from text chunks. */
function sse(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}
const frame = (entry: ChainEntry) => `id: ${entry.seq}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`;

function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > ms) return reject(new Error('timeout'));
      setTimeout(tick, 1);
    };
    tick();
  });
}

describe('subscribe', () => {
  it('resumes with Last-Event-ID, dedupes by seq and falls back to polling', async () => {
    const [e1, e2, e3, e4] = ENTRIES as [ChainEntry, ChainEntry, ChainEntry, ChainEntry];
    let streams = 0;
    const route = (request: Request): Response => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/stream')) {
        streams += 1;
        if (streams === 1) return sse([': hi\n\n', frame(e1).slice(0, 20), frame(e1).slice(20) + frame(e2)]);
        if (streams === 2) return sse([frame(e2), frame(e3)]); // seq 2 again: delivered once
        return json(200, { not: 'a stream' });
      }
      const after = Number(url.searchParams.get('after') ?? 0);
      return json(200, {
        entries: [e1, e2, e3, e4].filter((e) => e.seq > after),
        head: { seq: 4, hash: e4.hash },
      });
    };
    const { fetch, calls } = fakeFetch([route]);
    const seen: number[] = [];
    const statuses: SubscriptionStatus[] = [];
    const stop = client(fetch, { subscribe: { pollIntervalMs: 5 } }).subscribe(
      'case-1',
      TOKEN,
      (e) => seen.push(e.seq),
      {
        onStatus: (s) => statuses.push(s),
      },
    );
    await waitFor(() => seen.length >= 4);
    stop();
    expect(seen).toEqual([1, 2, 3, 4]);
    const streamCalls = calls.filter((c) => c.url.endsWith('/stream'));
    expect(streamCalls[0]!.headers.get('last-event-id')).toBeNull();
    expect(streamCalls[1]!.headers.get('last-event-id')).toBe('2');
    expect(streamCalls[2]!.headers.get('last-event-id')).toBe('3');
    expect(streamCalls[0]!.headers.get('accept')).toBe('text/event-stream');
    const polls = calls.filter((c) => c.url.includes('/events'));
    expect(polls[0]!.url).toBe(`${BASE}/v1/cases/case-1/events?after=3`);
    expect(statuses).toEqual(['live', 'reconnecting', 'live', 'reconnecting', 'polling']);
    for (const call of calls) expect(call.url).not.toContain('SECRET');
  });

  it('falls back to polling after K stream failures and reports offline while polling fails', async () => {
    let polls = 0;
    const route = (request: Request): Response | Promise<Response> => {
      if (request.url.endsWith('/stream')) throw new TypeError('fetch failed');
      polls += 1;
      if (polls === 1) throw new TypeError('fetch failed');
      return json(200, { entries: ENTRIES.slice(0, 2), head: { seq: 2, hash: ENTRIES[1]!.hash } });
    };
    const { fetch, calls } = fakeFetch([route]);
    const seen: number[] = [];
    const statuses: SubscriptionStatus[] = [];
    const stop = client(fetch, {
      retry: { limit: 0 },
      subscribe: { maxStreamFailures: 2, pollIntervalMs: 5 },
    }).subscribe('case-1', TOKEN, (e) => seen.push(e.seq), { onStatus: (s) => statuses.push(s) });
    await waitFor(() => seen.length >= 2);
    stop();
    expect(calls.filter((c) => c.url.endsWith('/stream'))).toHaveLength(2);
    expect(statuses).toEqual(['reconnecting', 'offline', 'polling']);
    expect(seen).toEqual([1, 2]);
  });

  it('fills a gap in the stream from the events list', async () => {
    const [e1, e2, e3] = ENTRIES as [ChainEntry, ChainEntry, ChainEntry];
    const route = (request: Request): Response => {
      if (request.url.endsWith('/stream')) return sse([frame(e1), frame(e3)]);
      return json(200, { entries: [e2, e3], head: { seq: 3, hash: e3.hash } });
    };
    const { fetch } = fakeFetch([route]);
    const seen: number[] = [];
    const stop = client(fetch).subscribe('case-1', TOKEN, (e) => seen.push(e.seq));
    await waitFor(() => seen.length >= 3);
    stop();
    expect(seen).toEqual([1, 2, 3]);
  });

  it('stops on a final error such as 401', async () => {
    const { fetch, calls } = fakeFetch([problem(401, 'unauthorized')]);
    const errors: unknown[] = [];
    const statuses: SubscriptionStatus[] = [];
    client(fetch).subscribe('case-1', TOKEN, () => undefined, {
      onError: (e) => errors.push(e),
      onStatus: (s) => statuses.push(s),
    });
    await waitFor(() => errors.length === 1);
    expect((errors[0] as RecourseApiError).code).toBe('unauthorized');
    expect(statuses).toEqual(['offline']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
  });

  it('refuses an unredacted internal event in the stream', async () => {
    const internal = chainEvents(null, [
      {
        type: 'note_added',
        at: '2025-01-01T00:00:00.000Z',
        actor: { role: 'agent' },
        visibility: 'internal',
        data: { text: 'x' },
      },
    ])[0]!;
    const { fetch } = fakeFetch([sse([frame(internal)])]);
    const errors: unknown[] = [];
    const seen: number[] = [];
    client(fetch).subscribe('case-1', TOKEN, (e) => seen.push(e.seq), { onError: (e) => errors.push(e) });
    await waitFor(() => errors.length === 1);
    expect(errors[0]).toBeInstanceOf(RecourseProtocolError);
    expect(seen).toEqual([]);
  });
});

describe('subscribeDesk', () => {
  const ID = '0b7f6c1e-3c2a-4a57-9a7e-5b1f6a0d2c11';
  const changed = (caseId: string) => `event: changed\ndata: ${JSON.stringify({ caseId })}\n\n`;

  it('reports each changed case, tells the caller to reload after a reconnection, polls without a stream', async () => {
    let streams = 0;
    const route = (request: Request): Response => {
      streams += 1;
      expect(new URL(request.url).pathname).toBe('/v1/desk/stream');
      if (streams === 1) return sse([': connected\n\n', changed(ID).slice(0, 9), changed(ID).slice(9)]);
      if (streams === 2) return sse([changed(ID)]);
      return json(200, { not: 'a stream' });
    };
    const { fetch, calls } = fakeFetch([route]);
    const seen: (string | null)[] = [];
    const statuses: SubscriptionStatus[] = [];
    const stop = client(fetch, {
      subscribe: {
        reconnectBaseMs: 1,
        maxStreamFailures: 1,
        pollIntervalMs: 5,
        pollsBeforeStreamRetry: 1000,
      },
    }).subscribeDesk('agent-key-0123456789abcdef', (c) => seen.push(c?.caseId ?? null), {
      onStatus: (s) => statuses.push(s),
    });
    await waitFor(() => statuses.includes('polling'));
    stop();
    // First stream: one change. Second: a reload (null: what changed meanwhile is unknown), then one.
    expect(seen).toEqual([ID, null, ID]);
    expect(statuses).toEqual(['live', 'polling']);
    expect(calls[0]!.headers.get('authorization')).toBe('Bearer agent-key-0123456789abcdef');
    expect(calls[0]!.headers.get('accept')).toBe('text/event-stream');
    expect(calls[0]!.url).not.toContain('agent-key');
  });

  it('stops at a final error (401) and refuses a change that is not a case id', async () => {
    const denied = fakeFetch([problem(401, 'unauthorized')]);
    const errors: unknown[] = [];
    client(denied.fetch).subscribeDesk('agent-key-0123456789abcdef', () => undefined, {
      onError: (e) => errors.push(e),
    });
    await waitFor(() => errors.length === 1);
    expect((errors[0] as RecourseApiError).code).toBe('unauthorized');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(denied.calls).toHaveLength(1);

    const bad = fakeFetch([sse([`event: changed\ndata: {"caseId":"<img src=x>"}\n\n`])]);
    const seen: unknown[] = [];
    const broken: unknown[] = [];
    client(bad.fetch).subscribeDesk('agent-key-0123456789abcdef', (c) => seen.push(c), {
      onError: (e) => broken.push(e),
    });
    await waitFor(() => broken.length === 1);
    expect(broken[0]).toBeInstanceOf(RecourseProtocolError);
    expect(seen).toEqual([]);
  });
});
