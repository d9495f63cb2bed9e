/**
 * Server on loopback: case read and event read against a bare Hono route served the same way
 * (same process, same @hono/node-server), with autocannon from this process; create-case
 * throughput on PGlite and PostgreSQL with a fresh Idempotency-Key per request.
 * @module
 */
import { randomBytes } from 'node:crypto';
import autocannon, { type Request, type Result } from 'autocannon';
import { buildServer, fmtInt, fmtMs, fmtRatio, progress, type Row, startChild } from './lib';
import type { ServersReady, Target } from './server-child';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);

/** A report the demo platform accepts (its account is unknown: the same answer either way). */
export const REPORT = {
  account: { kind: 'email', value: 'bench.user@example.net' },
  contact: { email: 'bench.reply@example.net', language: 'en' },
  discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
  access: { canSignIn: true, passwordReset: 'worked' },
  activities: [
    { kind: 'sign_in', at: new Date(Date.now() - 3_600_000).toISOString(), place: 'Unknown city' },
  ],
  narrative: 'A sign-in I do not recognise.',
  attachments: [],
  channel: 'web_form',
  consent: true,
};

async function load(
  label: string,
  options: Parameters<typeof autocannon>[0],
): Promise<{ rps: number; p99: number; bad: number; codes: string }> {
  progress(`autocannon ${label}`);
  await autocannon({ ...options, connections: CONNECTIONS, duration: 1 }); // warm-up
  const r: Result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS });
  const codes = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count}× ${code}`)
    .concat(r.errors ? [`${r.errors} errors`] : [])
    .join(', ');
  return { rps: r.requests.average, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts, codes };
}

const readOptions = (t: Target, path: string) => ({
  url: `${t.url}${path}`,
  headers: { Authorization: `Bearer ${t.token}` },
});

const createOptions = (t: Target) => {
  const body = JSON.stringify(REPORT);
  return {
    url: `${t.url}/v1/cases`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    // autocannon calls `setupRequest` only per entry of `requests`.
    requests: [
      {
        method: 'POST',
        path: '/v1/cases',
        setupRequest: (req: Request) => ({
          ...req,
          headers: { ...req.headers, 'Idempotency-Key': randomBytes(16).toString('base64url') },
        }),
      },
    ],
  };
};

export async function httpRows(): Promise<Row[]> {
  const rows: Row[] = [];
  await buildServer();
  const child = await startChild<ServersReady>('./server-child.ts', { published: true });
  try {
    const { bare, pglite, postgres } = child.ready;
    const base = await load('bare Hono /ping', { url: `${bare}/ping` });
    rows.push({
      section: 'Server',
      name: `bare Hono route (${CONNECTIONS} connections, ${SECONDS} s)`,
      value: `${fmtInt(base.rps)} req/s, p99 ${fmtMs(base.p99)}`,
      goal: '',
      status: base.bad ? `info (${base.bad} failed)` : 'info',
    });
    // The same answers (bytes and headers) from a bare route: the baseline of the read ratios.
    const same = {
      case: await load('bare Hono, same answer as the case read', { url: `${bare}/same/case` }),
      events: await load('bare Hono, same answer as the event read', { url: `${bare}/same/events` }),
    };
    for (const [what, r] of [
      ['case read', same.case],
      ['event read', same.events],
    ] as const) {
      rows.push({
        section: 'Server',
        name: `bare Hono route serving the ${what}'s answer (same bytes and headers)`,
        value: `${fmtInt(r.rps)} req/s, p99 ${fmtMs(r.p99)}`,
        goal: '',
        status: r.bad ? `info (${r.bad} failed)` : 'info',
      });
    }
    const stores: [string, Target | { error: string }][] = [
      ['PGlite', pglite],
      ['PostgreSQL', postgres],
    ];
    for (const [store, target] of stores) {
      if ('error' in target) {
        rows.push({
          section: 'Server',
          name: `reads on ${store}`,
          value: '—',
          goal: '',
          status: target.error,
        });
        continue;
      }
      for (const [what, path, baseline] of [
        ['case read GET /v1/cases/{id}', `/v1/cases/${target.caseId}`, same.case],
        ['event read GET /v1/cases/{id}/events', `/v1/cases/${target.caseId}/events`, same.events],
      ] as const) {
        const r = await load(`${what} (${store})`, readOptions(target, path));
        const ratio = r.rps / baseline.rps;
        rows.push({
          section: 'Server',
          name: `${what}, ${store}`,
          value: `${fmtInt(r.rps)} req/s = ${fmtRatio(ratio)} bare (same answer), ${fmtRatio(r.rps / base.rps)} /ping; p99 ${fmtMs(r.p99)} (bare ${fmtMs(baseline.p99)})`,
          goal: '≥ 0.50× bare',
          status: r.bad > 0 ? `FAIL (${r.codes})` : ratio >= 0.5 ? 'ok' : 'FAIL',
        });
      }
    }
    for (const [store, target] of stores) {
      if ('error' in target) {
        rows.push({
          section: 'Server',
          name: `create case, ${store}`,
          value: '—',
          goal: '',
          status: target.error,
        });
        continue;
      }
      const r = await load(`create case (${store})`, createOptions(target));
      rows.push({
        section: 'Server',
        name: `create case POST /v1/cases, ${store}`,
        value: `${fmtInt(r.rps)} req/s, p99 ${fmtMs(r.p99)}`,
        goal: '',
        status: r.bad > 0 ? `FAIL (${r.codes})` : 'info',
      });
    }
  } finally {
    await child.stop();
  }
  return rows;
}
