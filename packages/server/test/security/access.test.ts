// Access: every reporter endpoint × a foreign id or a foreign token answers exactly as a missing
// one (status and body), with 0 bytes of the other case; desk endpoints without an agent
// credential (none, a wrong key, a reporter's token) answer 401.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/index';
import {
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

describe(`access control on ${engine}`, () => {
  let store: Store;
  let drop: () => Promise<void>;
  let s: Started;
  beforeAll(async () => {
    ({ store, drop } = await openStore(engine));
    // With locks and actions, so the owner's containment routes are mounted too.
    s = await startServer(store, {
      actions: { lockAccount: () => {}, unlockAccount: () => {}, listCredentials: () => [] },
      locks: { lockUrl: 'https://wallet.example.com/lock' },
    });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await drop?.();
  });

  it('foreign id / foreign token / foreign attachment = missing; 0 bytes of foreign data; desk needs an agent', async () => {
    const SECRET_NARRATIVE = `foreign-narrative-${randomUUID()}`;
    const mine = await s.client.createCase(report('access.mine@example.com'));
    const theirs = await s.client.createCase(
      report('access.theirs@example.com', { narrative: SECRET_NARRATIVE }),
    );
    const file = { bytes: PNG, name: 'theirs.png', mediaType: 'image/png' as const, sha256: sha256hex(PNG) };
    const theirFile = await s.client.uploadAttachment(theirs.case.id, theirs.accessToken, file);
    const myFile = await s.client.uploadAttachment(mine.case.id, mine.accessToken, {
      ...file,
      name: 'mine.png',
    });
    const needles = [
      theirs.case.id,
      theirs.case.number,
      theirs.accessToken,
      SECRET_NARRATIVE,
      theirFile.id,
      'theirs.png',
      'access.theirs',
    ];
    const missingId = randomUUID();
    const missingAid = randomUUID();
    const wrongToken = key() + key();

    type Req = { method: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array };
    /** Each reporter endpoint for a case id, a token and an attachment id. */
    const endpoints = (id: string, token: string, aid: string): Record<string, Req> => {
      const auth = { Authorization: `Bearer ${token}` };
      return {
        getCase: { method: 'GET', path: `/v1/cases/${id}`, headers: auth },
        listEvents: { method: 'GET', path: `/v1/cases/${id}/events?after=0`, headers: auth },
        streamEvents: { method: 'GET', path: `/v1/cases/${id}/stream`, headers: auth },
        sendCommand: {
          method: 'POST',
          path: `/v1/cases/${id}/commands`,
          headers: jsonHeaders(auth),
          body: JSON.stringify({ type: 'send_message', payload: { text: 'hello' } }),
        },
        uploadAttachment: {
          method: 'POST',
          path: `/v1/cases/${id}/attachments`,
          headers: {
            ...auth,
            'Content-Type': 'image/png',
            'Idempotency-Key': key(),
            'X-Filename': 'x.png',
            'X-Content-SHA256': sha256hex(PNG),
          },
          body: PNG,
        },
        downloadAttachment: { method: 'GET', path: `/v1/cases/${id}/attachments/${aid}`, headers: auth },
        revokeToken: {
          method: 'POST',
          path: `/v1/cases/${id}/token/revoke`,
          headers: { ...auth, 'Idempotency-Key': key() },
        },
        requestLockRelease: {
          method: 'POST',
          path: `/v1/cases/${id}/lock-release`,
          headers: { ...auth, 'Idempotency-Key': key() },
        },
        listCredentials: { method: 'GET', path: `/v1/cases/${id}/credentials`, headers: auth },
        reviewCredentials: {
          method: 'POST',
          path: `/v1/cases/${id}/credentials/review`,
          headers: jsonHeaders(auth),
          body: JSON.stringify({ decisions: [{ id: 'k1', decision: 'remove' }] }),
        },
      };
    };
    const run = async (r: Req) => {
      const a = await call(`${s.url}${r.path}`, r);
      return { status: a.status, body: a.text };
    };

    const pairs: [string, Req, Req][] = [];
    for (const [name, missing] of Object.entries(endpoints(missingId, mine.accessToken, missingAid))) {
      // my token on their case (foreign id) vs my token on a missing case
      pairs.push([
        `${name} foreign id`,
        endpoints(theirs.case.id, mine.accessToken, theirFile.id)[name]!,
        missing,
      ]);
      // their token on my case (foreign token) vs a wrong token on my case
      pairs.push([
        `${name} foreign token`,
        endpoints(mine.case.id, theirs.accessToken, myFile.id)[name]!,
        endpoints(mine.case.id, wrongToken, myFile.id)[name]!,
      ]);
      // a malformed id answers like a missing one too
      pairs.push([`${name} malformed id`, endpoints('..%2F..%2Fetc', mine.accessToken, 'x')[name]!, missing]);
    }
    // my case with their attachment id vs my case with a missing attachment id
    pairs.push([
      'downloadAttachment foreign attachment',
      endpoints(mine.case.id, mine.accessToken, theirFile.id).downloadAttachment!,
      endpoints(mine.case.id, mine.accessToken, missingAid).downloadAttachment!,
    ]);
    // an attachment id of another case, referenced in my message
    pairs.push([
      'sendCommand foreign attachmentIds',
      {
        method: 'POST',
        path: `/v1/cases/${mine.case.id}/commands`,
        headers: jsonHeaders({ Authorization: `Bearer ${mine.accessToken}` }),
        body: JSON.stringify({
          type: 'send_message',
          payload: { text: 'see file', attachmentIds: [theirFile.id] },
        }),
      },
      {
        method: 'POST',
        path: `/v1/cases/${mine.case.id}/commands`,
        headers: jsonHeaders({ Authorization: `Bearer ${mine.accessToken}` }),
        body: JSON.stringify({
          type: 'send_message',
          payload: { text: 'see file', attachmentIds: [missingAid] },
        }),
      },
    ]);

    let different = 0;
    let leakedBytes = 0;
    const diffs: string[] = [];
    for (const [label, foreign, missing] of pairs) {
      const [f, m] = [await run(foreign), await run(missing)];
      if (f.status !== m.status || f.body !== m.body) {
        different++;
        diffs.push(`${label}: ${f.status} ${f.body.slice(0, 120)} ≠ ${m.status} ${m.body.slice(0, 120)}`);
      }
      if (f.status < 400) diffs.push(`${label}: answered ${f.status}`);
      for (const n of needles) if (f.body.includes(n)) leakedBytes += n.length;
    }

    // Desk endpoints without an agent credential.
    const desk = [
      ['GET', '/v1/desk/cases'],
      ['GET', `/v1/desk/cases/${theirs.case.id}`],
      ['POST', `/v1/desk/cases/${theirs.case.id}/commands`],
      ['GET', `/v1/desk/cases/${theirs.case.id}/attachments/${theirFile.id}`],
      ['GET', '/v1/desk/stream'],
    ] as const;
    const creds: [string, Record<string, string>][] = [
      ['none', {}],
      ['wrong key', { Authorization: `Bearer ${key()}` }],
      ['reporter token', { Authorization: `Bearer ${theirs.accessToken}` }],
      ['basic', { Authorization: 'Basic YWdlbnQ6YWdlbnQ=' }],
    ];
    let deskNot401 = 0;
    let deskCalls = 0;
    for (const [method, path] of desk) {
      for (const [label, h] of creds) {
        deskCalls++;
        const a = await call(`${s.url}${path}`, {
          method,
          headers: method === 'POST' ? jsonHeaders(h) : h,
          body: method === 'POST' ? JSON.stringify({ type: 'start_review', payload: {} }) : undefined,
        });
        for (const n of needles) if (a.text.includes(n)) leakedBytes += n.length;
        if (a.status !== 401) {
          deskNot401++;
          diffs.push(`desk ${method} ${path} (${label}) → ${a.status}`);
        }
      }
    }
    // The foreign case is untouched.
    const theirEvents = (await store.loadEvents(theirs.case.id)).length;
    figure(
      `access[${engine}]: foreign≠missing=${different} foreign bytes=${leakedBytes} (${pairs.length} endpoint × foreign id/token/attachment pairs); desk without agent ≠401=${deskNot401} (${deskCalls} calls); foreign case events=${theirEvents}`,
    );
    expect(diffs).toEqual([]);
    expect(different).toBe(0);
    expect(leakedBytes).toBe(0);
    expect(deskNot401).toBe(0);
    expect(theirEvents).toBe(1);
  }, 60_000);
});
