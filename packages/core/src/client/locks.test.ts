import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ContainmentSchema, DeskContainmentSchema } from '../api/containment';
import { ENDPOINTS, LockRequestSchema, ReporterCaseViewSchema, toOpenApi } from '../api/index';
import { createRecourseClient } from './client';
import { RecourseApiError, RecourseProtocolError } from './errors';
import type { FetchLike } from './platform';

const TOKEN = 'tok_SECRET_abcdefghijklmnopqrstuvwxyz';
const BASE = 'https://api.acme.example';

interface Captured {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials;
  body: string;
}

/** A fetch answering from a script (the last reply repeats), recording every request. */
function scripted(replies: Response[]) {
  const calls: Captured[] = [];
  let index = 0;
  const fetch = (async (input: unknown) => {
    const request = input as Request;
    calls.push({
      url: request.url,
      method: request.method,
      headers: new Headers(request.headers),
      credentials: request.credentials,
      body: await request.clone().text(),
    });
    return replies[Math.min(index++, replies.length - 1)]!.clone();
  }) as unknown as FetchLike;
  let n = 0;
  const client = createRecourseClient({
    baseUrl: BASE,
    fetch,
    retry: { backoffMs: () => 1 },
    random: (size) => new Uint8Array(size).fill(++n),
  });
  return { client, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: `urn:recourse:problem:${code}`, title: code, status, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

const containment = {
  lock: { state: 'in_force', origin: 'link', since: '2025-01-01T00:00:00.000Z' },
  release: {
    state: 'cooling_off',
    requestedAt: '2025-01-01T01:00:00.000Z',
    at: '2025-01-04T01:00:00.000Z',
  },
  actions: [
    {
      id: 'act_1',
      action: 'lock_account',
      state: 'done',
      attempts: 2,
      reason: 'timeout',
      requestedAt: '2025-01-01T00:00:00.000Z',
    },
  ],
};
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
  head: { seq: 2, hash: 'a'.repeat(64) },
  attachments: [],
  containment,
};
const created = { case: view, accessToken: 'A'.repeat(43), trackingUrlFragment: '#case=case-1' };

describe('the lock contract', () => {
  it('accepts a token, an account reference, a case id or an empty body, and nothing else', () => {
    const ok = (body: unknown) => z.safeParse(LockRequestSchema, body).success;
    expect(ok({ token: 'A'.repeat(43) })).toBe(true);
    expect(ok({ caseId: '0b7c9e1e-5f4c-4a8e-9d55-3a1f2b6c7d8e' })).toBe(true);
    expect(ok({ caseId: '../cases' })).toBe(false);
    expect(ok({ caseId: 'c1', token: 'A'.repeat(43) })).toBe(false);
    expect(ok({ account: { kind: 'email', value: 'mei.lin@example.com' } })).toBe(true);
    expect(ok({})).toBe(true);
    expect(ok({ token: 'short' })).toBe(false);
    expect(ok({ account: { kind: 'email', value: 'not an email' } })).toBe(false);
    expect(ok({ token: 'A'.repeat(43), account: { kind: 'user_id', value: 'u1' } })).toBe(false);
  });

  it('the case view carries containment, and it holds codes and times only', () => {
    expect(z.safeParse(ReporterCaseViewSchema, view).success).toBe(true);
    // Left out by servers before issue 18.
    expect(z.safeParse(ReporterCaseViewSchema, { ...view, containment: undefined }).success).toBe(true);
    const bad = { ...containment, lock: { ...containment.lock, state: 'maybe' } };
    expect(z.safeParse(ContainmentSchema, bad).success).toBe(false);
    // The desk's actions carry each attempt.
    const desk = {
      ...containment,
      actions: [
        {
          ...containment.actions[0],
          tries: [
            { attempt: 1, at: '2025-01-01T00:00:01.000Z', outcome: 'failed', reason: 'timeout' },
            { attempt: 2, at: '2025-01-01T00:00:09.000Z', outcome: 'succeeded' },
          ],
        },
      ],
    };
    expect(z.safeParse(DeskContainmentSchema, desk).success).toBe(true);
    expect(z.safeParse(DeskContainmentSchema, containment).success).toBe(false);
  });

  it('documents the three answers of POST /v1/locks and the three containment routes', () => {
    const doc = toOpenApi({ endpoints: ENDPOINTS }) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const lock = doc.paths['/v1/locks']!.post!.responses;
    expect(Object.keys(lock)).toEqual(expect.arrayContaining(['200', '201', '202', '401', '404', '429']));
    expect(doc.paths['/v1/cases/{id}/lock-release']!.post!.responses['409']).toBeDefined();
    expect(doc.paths['/v1/cases/{id}/credentials']!.get).toBeDefined();
    expect(doc.paths['/v1/cases/{id}/credentials/review']!.post).toBeDefined();
  });
});

describe('client.lock', () => {
  it('locked: 201 with the new case; sends the session cookie and one Idempotency-Key', async () => {
    const { client, calls } = scripted([json(201, created)]);
    const outcome = await client.lock({});
    expect(outcome.kind).toBe('locked');
    if (outcome.kind === 'locked') expect(outcome.case.case.containment?.lock?.state).toBe('in_force');
    expect(calls[0]!.url).toBe(`${BASE}/v1/locks`);
    expect(calls[0]!.credentials).toBe('include');
    expect(calls[0]!.headers.get('idempotency-key')).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(calls[0]!.headers.get('authorization')).toBeNull();
  });

  it('link_requested: 202, the token travels in the body only, cookies omitted on request', async () => {
    const { client, calls } = scripted([json(202, { status: 'lock_link_requested' })]);
    const outcome = await client.lock({ token: TOKEN }, { session: false });
    expect(outcome).toEqual({ kind: 'link_requested' });
    expect(calls[0]!.credentials).toBe('omit');
    expect(calls[0]!.url).not.toContain(TOKEN);
    expect(JSON.parse(calls[0]!.body)).toEqual({ token: TOKEN });
  });

  it('recorded: 200 with the existing case number only', async () => {
    const { client } = scripted([json(200, { status: 'lock_recorded', case: { number: 'RC-7K3P-9M2X' } })]);
    expect(await client.lock({ caseId: 'case-1' })).toEqual({ kind: 'recorded', caseNumber: 'RC-7K3P-9M2X' });
  });

  it('a used token is unauthorized; a 202 with another body or a 200 with another body is a protocol error', async () => {
    await expect(scripted([problem(401, 'unauthorized')]).client.lock({ token: TOKEN })).rejects.toSatisfy(
      (e) => e instanceof RecourseApiError && e.code === 'unauthorized',
    );
    await expect(scripted([json(202, { status: 'locked' })]).client.lock({})).rejects.toBeInstanceOf(
      RecourseProtocolError,
    );
    await expect(scripted([json(200, created)]).client.lock({})).rejects.toBeInstanceOf(
      RecourseProtocolError,
    );
  });
});

describe('release and credentials', () => {
  it('requestLockRelease POSTs with the bearer and a key, never cookies', async () => {
    const { client, calls } = scripted([json(200, { case: view })]);
    const answer = await client.requestLockRelease('case-1', TOKEN);
    expect(answer.case.containment?.release?.state).toBe('cooling_off');
    expect(calls[0]!.url).toBe(`${BASE}/v1/cases/case-1/lock-release`);
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]!.credentials).toBe('omit');
    expect(calls[0]!.headers.get('idempotency-key')).not.toBeNull();
    await expect(
      scripted([problem(409, 'lock_release_pending')]).client.requestLockRelease('case-1', TOKEN),
    ).rejects.toSatisfy((e) => e instanceof RecourseApiError && e.code === 'lock_release_pending');
  });

  it('lists credentials and sends the review as { decisions }', async () => {
    const list = {
      credentials: [
        { id: 'sess_1', kind: 'session', label: 'Chrome on Windows, Lagos', addedAt: '2025-01-01T00:00:00Z' },
        { id: 'key_7', kind: 'api_key', label: 'trading-bot' },
      ],
    };
    const { client, calls } = scripted([json(200, list), json(200, { case: view })]);
    expect((await client.listCredentials('case-1', TOKEN)).credentials).toHaveLength(2);
    await client.reviewCredentials('case-1', TOKEN, [
      { id: 'sess_1', decision: 'keep' },
      { id: 'key_7', decision: 'remove' },
    ]);
    expect(calls[1]!.url).toBe(`${BASE}/v1/cases/case-1/credentials/review`);
    expect(JSON.parse(calls[1]!.body)).toEqual({
      decisions: [
        { id: 'sess_1', decision: 'keep' },
        { id: 'key_7', decision: 'remove' },
      ],
    });
    await expect(
      scripted([
        json(200, { credentials: [{ id: 'x', kind: 'password', label: 'p' }] }),
      ]).client.listCredentials('case-1', TOKEN),
    ).rejects.toBeInstanceOf(RecourseProtocolError);
  });
});
