import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandType } from './commands';
import { allowedCommands, decide, REFUSAL_CODES } from './decide';
import type { WorkflowEvent } from './events';
import { samplePayload } from './fixtures';
import { evolve, initialSnapshot, replay, type WorkflowSnapshot } from './snapshot';
import { REGION_STATES, REGIONS, type Region, ROLES, type Role } from './states';
import { TRANSITIONS, type Transition } from './table';

const ROWS = TRANSITIONS as readonly Transition[];

/** Region states reachable from `none` through the table's own moves. */
function reachable(region: Region): Set<string> {
  const seen = new Set<string>(['none']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of ROWS) {
      const targets = [row.region === region ? row.to : null, region === 'info' ? row.also?.info : undefined];
      if (row.region !== region && !(region === 'info' && row.also?.info)) continue;
      if (row.region === region && !(row.from as readonly string[]).some((f) => seen.has(f))) continue;
      for (const t of targets) {
        if (t && !seen.has(t)) {
          seen.add(t);
          grew = true;
        }
      }
    }
  }
  return seen;
}
/** Commands that move the main process on (withdrawing ends it, so it is left to the other modes). */
const FORWARD = new Set(
  ROWS.filter((r) => r.region === 'main' && r.to !== null && r.command !== 'withdraw').map((r) => r.command),
);
/**
 * Bookkeeping commands that change no region (the platform actions' outcomes): allowed in every
 * state, they would crowd the "any allowed pair" mode, so they come only from the random mode.
 */
const BOOKKEEPING = new Set<CommandType>([
  'request_action',
  'record_action_success',
  'record_action_failure',
  'request_lock_release',
  'cancel_lock_release',
  'complete_lock_release',
]);
const REACHABLE = Object.fromEntries(REGIONS.map((r) => [r, reachable(r)])) as Record<Region, Set<string>>;

const step = fc.record({
  command: fc.constantFrom(...COMMANDS),
  role: fc.constantFrom(...ROLES),
  variant: fc.nat({ max: 5 }),
  hours: fc.integer({ min: 0, max: 24 * 20 }),
  actorId: fc.option(fc.constantFrom('a-1', 'a-2', 'sys'), { nil: undefined }),
  /** Index into the (role, command) pairs allowed now, used when the step follows the table. */
  pick: fc.noBias(fc.nat()),
  /** 0..3: move the main process forward; 4..7: any allowed pair; 8..9: the random command as the random role. */
  mode: fc.integer({ min: 0, max: 9 }),
});

/** Biases toward commands that are allowed, so runs get deep into the workflow. */
const steps = fc.array(step, { minLength: 1, maxLength: 60 });

interface Trace {
  snapshots: WorkflowSnapshot[];
  events: WorkflowEvent[];
}

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function simulate(input: readonly Step[]): Trace {
  let snapshot = initialSnapshot();
  let now = new Date('2025-01-01T00:00:00Z');
  const snapshots = [snapshot];
  const events: WorkflowEvent[] = [];
  for (const s of input) {
    now = new Date(now.getTime() + s.hours * 3_600_000);
    const pairs = ROLES.flatMap((role) =>
      allowedCommands(snapshot, role, { now })
        .filter((command) => !BOOKKEEPING.has(command))
        .map((command) => ({ role, command })),
    );
    const forward = pairs.filter((p) => FORWARD.has(p.command));
    const pool = s.mode < 4 && forward.length > 0 ? forward : s.mode < 8 ? pairs : [];
    const chosen = pool.length > 0 ? pool[s.pick % pool.length]! : { role: s.role, command: s.command };
    const command: CommandType = chosen.command;
    const actor = s.actorId === undefined ? { role: chosen.role } : { role: chosen.role, id: s.actorId };
    const decision = decide(
      snapshot,
      { type: command, payload: samplePayload(command, snapshot, s.variant) },
      actor,
      { now },
    );
    if (!decision.ok) continue;
    for (const event of decision.events) {
      events.push(event);
      snapshot = evolve(snapshot, event);
      snapshots.push(snapshot);
    }
  }
  return { snapshots, events };
}

const histories = steps.map((input) => simulate(input));

describe('workflow properties', () => {
  it('never reaches a region state the table does not allow, and every move matches a row', () => {
    fc.assert(
      fc.property(histories, ({ snapshots, events }) => {
        for (const s of snapshots)
          for (const region of REGIONS) expect(REACHABLE[region].has(s[region])).toBe(true);
        events.forEach((event, i) => {
          const before = snapshots[i]!;
          const rows = ROWS.filter((r) => r.event === event.type && r.roles.includes(event.actor.role));
          const row = rows.find(
            (r) =>
              (r.from as readonly string[]).includes(before[r.region]) &&
              (r.main === undefined || (r.main as readonly string[]).includes(before.main)),
          );
          expect(row, `${event.type} by ${event.actor.role}`).toBeDefined();
          if (event.type === 'account_restored') expect(before.identityVerified).toBe(true);
          if (event.type === 'case_closed') expect(['filed', 'under_review']).not.toContain(before.claim);
          if (event.type === 'case_closed' && event.actor.role === 'system')
            expect(before.recoveryConfirmed).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('replays deterministically to the snapshot built step by step', () => {
    fc.assert(
      fc.property(histories, ({ snapshots, events }) => {
        expect(replay(events)).toEqual(snapshots.at(-1));
        expect(replay(structuredClone(events))).toEqual(replay(events));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('refuses, with a code and no events, every (state, command, role) the table does not allow', () => {
    fc.assert(
      fc.property(histories, fc.nat(), ({ snapshots }, pick) => {
        const snapshot = snapshots[pick % snapshots.length]!;
        const now = new Date('2025-06-01T00:00:00Z');
        for (const role of ROLES) {
          const allowed = allowedCommands(snapshot, role, { now });
          for (const command of COMMANDS) {
            const rowAllows = ROWS.some(
              (r) =>
                r.command === command &&
                r.roles.includes(role) &&
                (r.from as readonly string[]).includes(snapshot[r.region]) &&
                (r.main === undefined || (r.main as readonly string[]).includes(snapshot.main)),
            );
            for (const variant of command === 'decide_claim' || command === 'record_verification'
              ? [0, 1, 2]
              : [0]) {
              const decision = decide(
                snapshot,
                { type: command, payload: samplePayload(command, snapshot, variant) },
                { role },
                { now },
              );
              if (allowed.includes(command)) {
                expect(decision.ok, `${snapshot.main} ${command} ${role}`).toBe(true);
              } else {
                expect(decision.ok).toBe(false);
                if (!decision.ok) {
                  expect(REFUSAL_CODES).toContain(decision.refusal.code);
                  expect(decision).not.toHaveProperty('events');
                  if (!rowAllows)
                    expect(['role_not_allowed', 'invalid_state']).toContain(decision.refusal.code);
                  else
                    expect(decision.refusal).toMatchObject({
                      code: 'guard_failed',
                      guard: expect.any(String),
                    });
                }
              }
              if (decision.ok) expect(rowAllows).toBe(true);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('explores every region state of the table', () => {
    const seen = Object.fromEntries(REGIONS.map((r) => [r, new Set<string>()])) as Record<
      Region,
      Set<string>
    >;
    fc.assert(
      fc.property(histories, ({ snapshots }) => {
        for (const s of snapshots) for (const region of REGIONS) seen[region].add(s[region]);
      }),
      { numRuns: 500, seed: 7 },
    );
    for (const region of REGIONS) expect([...seen[region]].sort()).toEqual([...REGION_STATES[region]].sort());
    expect(REACHABLE.main.size).toBe(REGION_STATES.main.length);
  }, 30_000);

  it('never accepts a command for a role that no row lists', () => {
    for (const command of COMMANDS) {
      const roles = new Set(ROWS.filter((r) => r.command === command).flatMap((r) => r.roles));
      for (const role of ROLES.filter((r): r is Role => !roles.has(r))) {
        const decision = decide(
          initialSnapshot(),
          { type: command, payload: {} },
          { role },
          { now: new Date(0) },
        );
        expect(decision).toEqual({ ok: false, refusal: { code: 'role_not_allowed' } });
      }
    }
  });
});
