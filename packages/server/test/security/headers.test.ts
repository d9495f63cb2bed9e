// Headers: every endpoint of the API (the two-step endpoints included), successes and errors
// (400/401/404/405/409/413/415/422/429) carry nosniff, no-referrer and frame-ancestors; every
// answer with case data is no-store; attachments always download.
import { ENDPOINTS } from '@recourse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/index';
import {
  AGENT_KEY,
  call,
  type Engine,
  figure,
  jsonHeaders,
  key,
  openStore,
  PNG,
  report,
  type Started,
  sha256hex,
  startServer,
} from './helpers';

// Claimed on PostgreSQL: openStore fails without DATABASE_URL (no silent PGlite).
const engine: Engine = 'postgres';
const PUBLIC_PATHS = new Set(['/v1/config', '/v1/openapi.json', '/v1/docs']);
const METRICS_TOKEN = 'headers-metrics-token-0123456789abcdef';

describe(`security headers on ${engine}`, () => {
  let store: Store;
  let drop: () => Promise<void>;
  let s: Started;
  let tight: Started;
  beforeAll(async () => {
    ({ store, drop } = await openStore(engine));
    const totp = { secretKey: Buffer.alloc(32, 7).toString('base64'), issuer: 'Lantern Wallet' };
    const authenticateUser = (r: Request) =>
      r.headers.get('x-test-user') ? { userId: r.headers.get('x-test-user')!, contacts: [] } : null;
    s = await startServer(store, {
      totp,
      hooks: { authenticateUser },
      metrics: { token: METRICS_TOKEN },
      actions: {
        lockAccount: () => {},
        unlockAccount: () => {},
        listCredentials: () => [],
        revokeCredential: () => {},
      },
      locks: { lockUrl: 'https://wallet.example.com/lock' },
    });
    // Same store, tight limits: for 429s.
    tight = await startServer(store, {
      totp,
      hooks: { authenticateUser },
      rateLimits: {
        reportsPerIp: { limit: 1, windowSeconds: 600 },
        reportsPerAccount: { limit: 1, windowSeconds: 600 },
        tokenAttempts: { limit: 2, windowSeconds: 600 },
        commandsPerCase: { limit: 1, windowSeconds: 600 },
        agentAuthFailures: { limit: 1, windowSeconds: 600 },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await tight?.close();
    await drop?.();
  });

  it('nosniff, no-store, no-referrer, frame-ancestors on 100% of answers; attachments as downloads', async () => {
    const c = await s.client.createCase(report('headers@example.com'));
    const id = c.case.id;
    const token = c.accessToken;
    const file = await s.client.uploadAttachment(id, token, {
      bytes: PNG,
      name: 'evidence.png',
      mediaType: 'image/png',
      sha256: sha256hex(PNG),
    });
    const R = { Authorization: `Bearer ${token}` };
    const A = { Authorization: `Bearer ${AGENT_KEY}` };
    const U = { 'x-test-user': 'user-headers' };
    const big = JSON.stringify({ narrative: 'x'.repeat(300 * 1024) });
    const cmd = (type: string, payload: unknown = {}) => JSON.stringify({ type, payload });
    type Req = [string, string, { headers?: Record<string, string>; body?: string | Uint8Array }?, Started?];
    const upload = (h: Record<string, string> = {}, body: Uint8Array = PNG): Req => [
      'POST',
      `/v1/cases/${id}/attachments`,
      {
        headers: {
          ...R,
          'Content-Type': 'image/png',
          'Idempotency-Key': key(),
          'X-Filename': 'a.png',
          'X-Content-SHA256': sha256hex(body),
          ...h,
        },
        body,
      },
    ];
    const sameKey = key();
    const requests: Req[] = [
      ['GET', '/v1/config'],
      ['GET', '/healthz'],
      ['GET', '/readyz'],
      ['GET', '/metrics'], // 401
      ['GET', '/metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } }],
      ['GET', '/v1/openapi.json'],
      ['GET', '/v1/docs'],
      ['POST', '/v1/cases', { headers: jsonHeaders(), body: JSON.stringify(report('h2@example.com')) }],
      ['POST', '/v1/cases', { headers: jsonHeaders(), body: '{"not":"a report"}' }], // 400/422
      ['POST', '/v1/cases', { headers: jsonHeaders(), body: '{' }], // 400
      ['POST', '/v1/cases', { headers: { 'Content-Type': 'application/json' }, body: '{}' }], // no key
      ['POST', '/v1/cases', { headers: jsonHeaders({ 'Content-Type': 'text/plain' }), body: '{}' }], // 415
      ['POST', '/v1/cases', { headers: jsonHeaders(), body: big }], // 413
      [
        'POST',
        '/v1/cases',
        {
          headers: jsonHeaders({ 'Idempotency-Key': sameKey }),
          body: JSON.stringify(report('k1@example.com')),
        },
      ],
      [
        'POST',
        '/v1/cases',
        {
          headers: jsonHeaders({ 'Idempotency-Key': sameKey }),
          body: JSON.stringify(report('k2@example.com')),
        },
      ], // 422 reused
      ['PUT', '/v1/cases'], // 405
      ['DELETE', `/v1/cases/${id}`], // 405
      ['GET', '/v1/nothing-here'], // 404
      ['GET', `/v1/cases/${id}`, { headers: R }],
      ['GET', `/v1/cases/${id}`], // 401
      ['GET', `/v1/cases/${id}`, { headers: { Authorization: `Bearer ${key()}` } }], // 404
      ['GET', `/v1/cases/${id}/events?after=0`, { headers: R }],
      ['GET', `/v1/cases/${id}/events?after=-1`, { headers: R }], // 400
      [
        'POST',
        `/v1/cases/${id}/commands`,
        { headers: jsonHeaders(R), body: cmd('send_message', { text: 'hi' }) },
      ],
      ['POST', `/v1/cases/${id}/commands`, { headers: jsonHeaders(R), body: cmd('confirm_recovery') }], // 409
      ['POST', `/v1/cases/${id}/commands`, { headers: jsonHeaders(R), body: '[]' }], // 400
      upload(),
      upload({ 'Content-Type': 'image/svg+xml' }), // 415
      upload({ 'X-Content-SHA256': '0'.repeat(64) }), // hash mismatch
      upload({}, new TextEncoder().encode('<html><script>alert(1)</script>')), // rejected by magic bytes
      ['GET', `/v1/cases/${id}/attachments/${file.id}`, { headers: R }],
      ['GET', `/v1/cases/${id}/attachments/${key()}`, { headers: R }], // 404
      ['GET', '/v1/desk/cases', { headers: A }],
      ['GET', '/v1/desk/cases?limit=9999', { headers: A }], // 400
      ['GET', '/v1/desk/cases'], // 401
      ['GET', '/v1/desk/stream'], // 401
      ['GET', `/v1/desk/cases/${id}`, { headers: A }],
      ['GET', `/v1/desk/cases/${key()}`, { headers: A }], // 404
      [
        'POST',
        `/v1/desk/cases/${id}/commands`,
        { headers: jsonHeaders(A), body: cmd('add_note', { text: 'n' }) },
      ],
      ['POST', `/v1/desk/cases/${id}/commands`, { headers: jsonHeaders(A), body: cmd('restore') }], // 409
      ['GET', `/v1/desk/cases/${id}/attachments/${file.id}`, { headers: A }],
      ['GET', '/v1/2fa/totp/status', { headers: U }],
      ['GET', '/v1/2fa/totp/status'], // 401
      ['POST', '/v1/2fa/totp/start', { headers: { ...U, 'Content-Type': 'application/json' }, body: '{}' }],
      [
        'POST',
        '/v1/2fa/totp/confirm',
        { headers: { ...U, 'Content-Type': 'application/json' }, body: '{"code":"000000"}' },
      ],
      [
        'POST',
        '/v1/2fa/totp/confirm',
        { headers: { ...U, 'Content-Type': 'text/plain' }, body: '{"code":"000000"}' },
      ], // 415
      [
        'POST',
        '/v1/2fa/totp/verify',
        { headers: { ...U, 'Content-Type': 'application/json' }, body: '{"code":"x"}' },
      ],
      [
        'POST',
        '/v1/2fa/totp/verify',
        { headers: { ...U, 'Content-Type': 'application/json' }, body: 'x'.repeat(5000) },
      ], // 413
      ['POST', '/v1/2fa/totp/backup-codes', { headers: U }],
      ['DELETE', '/v1/2fa/totp', { headers: U }],
      [
        'POST',
        '/v1/locks',
        {
          headers: jsonHeaders(),
          body: JSON.stringify({ account: { kind: 'email', value: 'h3@example.com' } }),
        },
      ], // 202
      ['POST', '/v1/locks', { headers: jsonHeaders(), body: JSON.stringify({ token: key() }) }], // 401
      ['POST', '/v1/locks', { headers: jsonHeaders(), body: '{}' }], // 400
      ['POST', '/v1/locks', { headers: jsonHeaders(U), body: '{}' }], // 400: no contact on record
      // the owner's side of containment (issue 18)
      ['POST', `/v1/cases/${id}/lock-release`, { headers: { ...R, 'Idempotency-Key': key() } }], // 409
      ['POST', `/v1/cases/${id}/lock-release`, { headers: { ...U, 'Idempotency-Key': key() } }], // 401
      ['GET', `/v1/cases/${id}/credentials`, { headers: R }], // 409: before restore
      [
        'POST',
        `/v1/cases/${id}/credentials/review`,
        { headers: jsonHeaders(R), body: JSON.stringify({ decisions: [{ id: 'k1', decision: 'remove' }] }) },
      ], // 409
      ['POST', `/v1/cases/${id}/credentials/review`, { headers: jsonHeaders(R), body: '{}' }], // 400
      // 429s from the tight server
      [
        'POST',
        '/v1/cases',
        { headers: jsonHeaders(), body: JSON.stringify(report('t1@example.com')) },
        tight,
      ],
      [
        'POST',
        '/v1/cases',
        { headers: jsonHeaders(), body: JSON.stringify(report('t2@example.com')) },
        tight,
      ],
      [
        'POST',
        '/v1/cases',
        { headers: jsonHeaders(), body: JSON.stringify(report('t3@example.com')) },
        tight,
      ],
      ['GET', '/v1/desk/cases', { headers: { Authorization: 'Bearer nope' } }, tight],
      ['GET', '/v1/desk/cases', { headers: { Authorization: 'Bearer nope' } }, tight],
      ['GET', `/v1/cases/${id}`, { headers: R }, tight],
      ['GET', `/v1/cases/${id}`, { headers: R }, tight],
      ['GET', `/v1/cases/${id}`, { headers: R }, tight],
      [
        'OPTIONS',
        '/v1/cases',
        { headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } },
      ],
    ];
    // The streams: only their headers.
    const streamRes = await fetch(`${s.url}/v1/cases/${id}/stream`, { headers: R });
    const streamHeaders = streamRes.headers;
    await streamRes.body?.cancel();
    const deskStreamRes = await fetch(`${s.url}/v1/desk/stream`, { headers: A });
    await deskStreamRes.body?.cancel();

    const answers: { label: string; status: number; h: Headers }[] = [
      { label: `GET /v1/cases/${id}/stream`, status: streamRes.status, h: streamHeaders },
      { label: 'GET /v1/desk/stream', status: deskStreamRes.status, h: deskStreamRes.headers },
    ];
    for (const [method, path, init, server] of requests) {
      const a = await call(`${(server ?? s).url}${path}`, { method, ...init });
      answers.push({ label: `${method} ${path}`, status: a.status, h: a.headers });
    }
    const statuses = new Set(answers.map((a) => a.status));
    const missing: string[] = [];
    let ok = 0;
    for (const a of answers) {
      const bad: string[] = [];
      if (a.h.get('x-content-type-options') !== 'nosniff') bad.push('nosniff');
      if (a.h.get('referrer-policy') !== 'no-referrer') bad.push('no-referrer');
      if (!/frame-ancestors 'none'/.test(a.h.get('content-security-policy') ?? ''))
        bad.push('frame-ancestors');
      const isPublic = PUBLIC_PATHS.has(a.label.split(' ')[1]!.split('?')[0]!) && a.status === 200;
      if (!isPublic && !/no-store/.test(a.h.get('cache-control') ?? '')) bad.push('no-store');
      if (a.h.get('access-control-allow-origin')) bad.push('cors');
      if (bad.length) missing.push(`${a.label} ${a.status}: ${bad.join(',')}`);
      else ok++;
    }
    // Attachments: always a download, sandboxed.
    let downloads = 0;
    let notDownload = 0;
    for (const url of [
      `${s.url}/v1/cases/${id}/attachments/${file.id}`,
      `${s.url}/v1/desk/cases/${id}/attachments/${file.id}`,
    ]) {
      const res = await fetch(url, { headers: url.includes('/desk/') ? A : R });
      await res.arrayBuffer();
      downloads++;
      const disposition = res.headers.get('content-disposition') ?? '';
      if (
        !/^attachment;/.test(disposition) ||
        !/sandbox/.test(res.headers.get('content-security-policy') ?? '')
      )
        notDownload++;
    }
    const wanted = [200, 201, 202, 204, 400, 401, 404, 405, 409, 413, 415, 422, 429];
    const covered = wanted.filter((x) => statuses.has(x));
    const endpointIds = Object.keys(ENDPOINTS).length;
    figure(
      `headers[${engine}]: ${ok}/${answers.length} answers complete (${((100 * ok) / answers.length).toFixed(0)}%), statuses covered ${covered.join('/')}, ${endpointIds} contract endpoints + 2fa; attachments not as download=${notDownload}/${downloads}`,
    );
    expect(missing).toEqual([]);
    expect(covered).toEqual(wanted);
    expect(notDownload).toBe(0);
  }, 60_000);
});
