// Idempotency and races: 100 parallel creates with one key make one case; 100 parallel claims
// (different keys) on one case: exactly one accepted; every illegal transition (state × command ×
// role the table refuses, generated from core's `decide` over TRANSITIONS) answers 409 and writes
// no event. The races on both engines: PostgreSQL (a pool: real concurrency; DATABASE_URL must be
// set) and PGlite (the embedded default, one connection); the transitions on PostgreSQL. Every
// figure line names its engine.
import {
  AGENT_COMMANDS,
  type CommandType,
  decide,
  MAIN_STATES,
  type MainState,
  REPORTER_COMMANDS,
  type Role,
  replay,
  type WorkflowSnapshot,
} from '@recourse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Core's internal fixtures: a valid sample payload per command and the happy path to each state.
import { PATH_TO, samplePayload } from '../../../core/src/workflow/fixtures';
import { toChained } from '../../src/domain';
import type { Store } from '../../src/index';
import {
  AGENT_KEY,
  allCaseIds,
  call,
  type Engine,
  figure,
  jsonHeaders,
  key,
  openStore,
  report,
  type Started,
  startServer,
} from './helpers';

const engines: Engine[] = ['postgres', 'pglite'];

for (const engine of engines) {
  describe(`idempotency and races on ${engine}`, () => {
    let store: Store;
    let drop: () => Promise<void>;
    let s: Started;
    beforeAll(async () => {
      ({ store, drop } = await openStore(engine));
      s = await startServer(store);
    }, 60_000);
    afterAll(async () => {
      await s?.close();
      await drop?.();
    });

    const snapshotOf = async (id: string): Promise<WorkflowSnapshot> =>
      replay((await store.loadEvents(id)).map(toChained));
    const eventCount = async (id: string) => (await store.loadEvents(id)).length;

    const send = (id: string, token: string, role: 'reporter' | 'agent', type: string, payload: unknown) =>
      call(
        role === 'reporter' ? `${s.url}/v1/cases/${id}/commands` : `${s.url}/v1/desk/cases/${id}/commands`,
        {
          method: 'POST',
          headers: jsonHeaders({ Authorization: `Bearer ${role === 'reporter' ? token : AGENT_KEY}` }),
          body: JSON.stringify({ type, payload }),
        },
      );

    it('100 parallel creates with one idempotency key → 1 case, 100 identical answers', async () => {
      const before = (await allCaseIds(store)).length;
      const body = JSON.stringify(report('race.same.key@example.com'));
      const k = key();
      const answers = await Promise.all(
        Array.from({ length: 100 }, () =>
          call(`${s.url}/v1/cases`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': k },
            body,
          }),
        ),
      );
      const statuses: Record<number, number> = {};
      for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      const created = (await allCaseIds(store)).length - before;
      const distinctBodies = new Set(answers.filter((a) => a.status === 201).map((a) => a.text)).size;
      figure(
        `idempotency[${engine}] 100 same-key creates → cases=${created} statuses=${JSON.stringify(statuses)} distinct 201 bodies=${distinctBodies}`,
      );
      expect(created).toBe(1);
      expect(statuses[201]).toBe(100);
      expect(distinctBodies).toBe(1);
    }, 60_000);

    it('100 parallel file_claim (different keys) on one case → exactly 1 accepted', async () => {
      const c = await s.client.createCase(report('race.claim@example.com'));
      const payload = samplePayload('file_claim', await snapshotOf(c.case.id));
      const answers = await Promise.all(
        Array.from({ length: 100 }, () => send(c.case.id, c.accessToken, 'reporter', 'file_claim', payload)),
      );
      const accepted = answers.filter((a) => a.status === 200).length;
      const others: Record<string, number> = {};
      for (const a of answers.filter((x) => x.status !== 200)) {
        const code = `${a.status}:${(a.json as { code?: string })?.code}`;
        others[code] = (others[code] ?? 0) + 1;
      }
      const claims = (await store.loadEvents(c.case.id)).filter((e) => e.type === 'claim_filed').length;
      figure(
        `races[${engine}] 100 parallel claims → accepted=${accepted} claim events=${claims} others=${JSON.stringify(others)}`,
      );
      expect(accepted).toBe(1);
      expect(claims).toBe(1);
      for (const code of Object.keys(others)) expect(code).toMatch(/^409:/);
    }, 60_000);

    // The refusals come from the workflow table, the same on both engines: checked once, on
    // PostgreSQL (on PGlite too it would double this file's time and measure nothing new).
    if (engine === 'postgres')
      it('every illegal transition (state × command × role) → 409, 0 events written', async () => {
        const ROLES: ('reporter' | 'agent')[] = ['reporter', 'agent'];
        const TYPES = [...new Set<CommandType>([...REPORTER_COMMANDS, ...AGENT_COMMANDS, 'submit'])];
        let tried = 0;
        let legalSkipped = 0;
        let wrong = 0;
        let eventsWritten = 0;
        const failures: string[] = [];

        /** A case walked to `state`, optionally with the side regions busy. */
        const caseAt = async (state: MainState, busy: boolean) => {
          const c = await s.client.createCase(report(`walk.${state}.${busy}@example.com`));
          const id = c.case.id;
          const walk = async (type: CommandType, role: Role) => {
            const r = role === 'reporter' ? 'reporter' : 'agent';
            const payload = samplePayload(type, await snapshotOf(id));
            const a = await send(id, c.accessToken, r, type, payload);
            if (a.status !== 200) throw new Error(`walk ${state}: ${type} → ${a.status} ${a.text}`);
          };
          for (const [type, role] of PATH_TO[state].slice(1)) await walk(type, role);
          if (busy && state !== 'closed' && state !== 'withdrawn') {
            await walk('request_info', 'agent');
            await walk('file_claim', 'reporter');
            await walk('review_claim', 'agent');
            await walk('file_complaint', 'reporter');
            await walk('answer_complaint', 'agent');
          }
          return c;
        };

        const variants = MAIN_STATES.flatMap((state): { state: MainState; busy: boolean }[] =>
          state === 'closed' || state === 'withdrawn'
            ? [{ state, busy: false }]
            : [false, true].map((busy) => ({ state, busy })),
        );
        // Cases run in parallel (each its own case); within a case, one command at a time.
        await Promise.all(
          variants.map(async ({ state, busy }) => {
            const c = await caseAt(state, busy);
            const id = c.case.id;
            const snap = await snapshotOf(id);
            const before = await eventCount(id);
            for (const role of ROLES) {
              for (const type of TYPES) {
                const payload = samplePayload(type, snap);
                const decision = decide(
                  snap,
                  { type, payload },
                  role === 'reporter' ? { role } : { role, id: 'agent-1' },
                  { now: new Date() },
                );
                // The reporter's endpoint also refuses agent commands, and the reverse, whatever the table says.
                const endpointAllows = (
                  (role === 'reporter' ? REPORTER_COMMANDS : AGENT_COMMANDS) as readonly string[]
                ).includes(type);
                if (decision.ok && endpointAllows) {
                  legalSkipped++;
                  continue;
                }
                tried++;
                const a = await send(id, c.accessToken, role, type, payload);
                if (a.status !== 409) {
                  wrong++;
                  failures.push(`${state}${busy ? '+busy' : ''} ${role} ${type} → ${a.status}`);
                }
              }
            }
            eventsWritten += (await eventCount(id)) - before;
          }),
        );
        figure(
          `illegal transitions[${engine}] tried=${tried} non-409=${wrong} events written=${eventsWritten} (legal, skipped=${legalSkipped}; ${variants.length} state variants × 2 roles × ${TYPES.length} commands)`,
        );
        expect(failures).toEqual([]);
        expect(eventsWritten).toBe(0);
      }, 180_000);
  });
}
