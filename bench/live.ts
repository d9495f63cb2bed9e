/**
 * Live: 1,000 event streams (`GET /v1/cases/{id}/stream`, raw HTTP) on one case, then one agent
 * command; the time from sending it until every stream has the new entry.
 * @module
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { buildServer, fmtMs, percentile, progress, type Row, sleep, startChild } from './lib';
import type { ServersReady, Target } from './server-child';

const SUBSCRIBERS = 1000;

interface Subscriber {
  lastSeq: number;
  connected: boolean;
  gotAt?: number;
  request: http.ClientRequest;
}

function subscribe(target: Target, agent: http.Agent, onEntry: (s: Subscriber) => void): Subscriber {
  const url = new URL(`${target.url}/v1/cases/${target.caseId}/stream`);
  const sub: Subscriber = { lastSeq: 0, connected: false } as Subscriber;
  sub.request = http.get(
    url,
    { agent, headers: { Authorization: `Bearer ${target.token}`, Accept: 'text/event-stream' } },
    (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes(': connected')) sub.connected = true;
          const id = /^id: (\d+)$/m.exec(block);
          if (id && /^event: entry$/m.test(block)) {
            sub.lastSeq = Math.max(sub.lastSeq, Number(id[1]));
            onEntry(sub);
          }
          end = buffer.indexOf('\n\n');
        }
      });
      res.on('error', () => {});
    },
  );
  sub.request.on('error', () => {});
  return sub;
}

async function waitFor(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) return false;
    await sleep(5);
  }
  return true;
}

async function run(store: string, target: Target): Promise<Row> {
  progress(`live: ${SUBSCRIBERS} streams on ${store}`);
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  let head = 0;
  let target_seq = Number.POSITIVE_INFINITY;
  const subs: Subscriber[] = [];
  const onEntry = (s: Subscriber) => {
    if (s.gotAt === undefined && s.lastSeq >= target_seq) s.gotAt = performance.now();
  };
  try {
    const events = await fetch(`${target.url}/v1/cases/${target.caseId}/events`, {
      headers: { Authorization: `Bearer ${target.token}` },
    });
    head = ((await events.json()) as { head: { seq: number } }).head.seq;
    for (let i = 0; i < SUBSCRIBERS; i++) subs.push(subscribe(target, agent, onEntry));
    const allIn = await waitFor(() => subs.every((s) => s.connected && s.lastSeq >= head), 120_000);
    if (!allIn) {
      const n = subs.filter((s) => s.connected && s.lastSeq >= head).length;
      return {
        section: 'Live',
        name: `${SUBSCRIBERS} SSE subscribers → new event, ${store}`,
        value: '—',
        goal: '< 1 s',
        status: `FAIL: only ${n} streams caught up within 120 s`,
      };
    }
    await sleep(500);
    target_seq = head + 1;
    const t0 = performance.now();
    const answer = await fetch(`${target.url}/v1/desk/cases/${target.caseId}/commands`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${target.agentKey}`,
        'Idempotency-Key': randomBytes(16).toString('base64url'),
      },
      body: JSON.stringify({ type: 'send_message', payload: { text: 'A message from the bench.' } }),
    });
    const answered = performance.now() - t0;
    await answer.text();
    if (!answer.ok) throw new Error(`agent command answered ${answer.status}`);
    await waitFor(() => subs.every((s) => s.gotAt !== undefined), 30_000);
    const times = subs.filter((s) => s.gotAt !== undefined).map((s) => s.gotAt! - t0);
    const all = times.length === SUBSCRIBERS ? Math.max(...times) : Number.NaN;
    return {
      section: 'Live',
      name: `${SUBSCRIBERS} SSE subscribers → new event, ${store}`,
      value:
        times.length === SUBSCRIBERS
          ? `all in ${fmtMs(all)} (p50 ${fmtMs(percentile(times, 50))}; command answered in ${fmtMs(answered)})`
          : `${times.length}/${SUBSCRIBERS} within 30 s`,
      goal: '< 1 s',
      status: all < 1000 ? 'ok' : 'FAIL',
    };
  } finally {
    for (const s of subs) s.request.destroy();
    agent.destroy();
    await sleep(200);
  }
}

export async function liveRows(): Promise<Row[]> {
  await buildServer();
  const child = await startChild<ServersReady>('./server-child.ts', { published: true });
  const rows: Row[] = [];
  try {
    const { pglite, postgres } = child.ready;
    rows.push(await run('PGlite', pglite));
    if ('error' in postgres)
      rows.push({
        section: 'Live',
        name: 'SSE subscribers, PostgreSQL',
        value: '—',
        goal: '',
        status: postgres.error,
      });
    else rows.push(await run('PostgreSQL', postgres));
  } finally {
    await child.stop();
  }
  return rows;
}
