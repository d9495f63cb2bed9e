import { type ChainedEvent, chainEvents, type JsonObject, type WorkflowEvent } from '@recourse/core';
import { describe, expect, it } from 'vitest';
import { containmentOf, pendingReleaseOf, reporterContainmentAt } from './containment';

const T0 = Date.parse('2026-12-01T00:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const HOUR = 60;

function chain(events: [number, string, Record<string, unknown>][]): ChainedEvent[] {
  const list: WorkflowEvent[] = events.map(([minutes, type, data]) => ({
    type: type as WorkflowEvent['type'],
    at: at(minutes),
    actor: { role: 'system' },
    visibility: 'internal',
    data: data as JsonObject,
  }));
  return chainEvents(null, list);
}

describe('containment folded from the chain', () => {
  it('a lock is in force only after its success; a late timeout never undoes it', () => {
    const requested = chain([
      [0, 'action_requested', { actionId: 'a1', action: 'lock_account', origin: 'link' }],
    ]);
    expect(containmentOf(requested).lock).toEqual({ state: 'requested', origin: 'link', since: at(0) });
    const events = chain([
      [0, 'action_requested', { actionId: 'a1', action: 'lock_account', origin: 'link' }],
      [1, 'action_failed', { actionId: 'a1', action: 'lock_account', attempt: 1, reason: 'timeout' }],
      [2, 'action_succeeded', { actionId: 'a1', action: 'lock_account', attempt: 2 }],
      [3, 'action_failed', { actionId: 'a1', action: 'lock_account', attempt: 1, reason: 'timeout' }],
    ]);
    const c = containmentOf(events);
    expect(c.lock?.state).toBe('in_force');
    expect(c.actions[0]).toMatchObject({ state: 'done', attempts: 2 });
    expect(c.actions[0]!.reason).toBeUndefined();
    expect(c.actions[0]!.tries).toHaveLength(3);
  });

  it('refused is final; platform_error is retried', () => {
    const retried = containmentOf(
      chain([
        [0, 'action_requested', { actionId: 'a1', action: 'lock_account' }],
        [
          1,
          'action_failed',
          { actionId: 'a1', action: 'lock_account', attempt: 1, reason: 'platform_error' },
        ],
      ]),
    );
    expect(retried.lock).toMatchObject({ state: 'requested', origin: 'desk' });
    expect(retried.actions[0]).toMatchObject({ state: 'requested', reason: 'platform_error' });
    const refused = containmentOf(
      chain([
        [0, 'action_requested', { actionId: 'a1', action: 'lock_account' }],
        [1, 'action_failed', { actionId: 'a1', action: 'lock_account', attempt: 1, reason: 'refused' }],
      ]),
    );
    expect(refused.lock?.state).toBe('failed');
  });

  it('a second lock that has not taken leaves the earlier lock in force, unless it was lifted', () => {
    const twice: [number, string, Record<string, unknown>][] = [
      [0, 'action_requested', { actionId: 'a1', action: 'lock_account' }],
      [1, 'action_succeeded', { actionId: 'a1', action: 'lock_account', attempt: 1 }],
      [2, 'action_requested', { actionId: 'a2', action: 'lock_account', origin: 'link' }],
    ];
    expect(containmentOf(chain(twice)).lock).toEqual({ state: 'in_force', origin: 'desk', since: at(0) });
    const taken = chain([
      ...twice,
      [3, 'action_succeeded', { actionId: 'a2', action: 'lock_account', attempt: 1 }],
    ]);
    expect(containmentOf(taken).lock).toEqual({ state: 'in_force', origin: 'link', since: at(2) });
    const lifted = chain([
      ...twice.slice(0, 2),
      [2, 'action_requested', { actionId: 'u1', action: 'unlock_account' }],
      [3, 'action_succeeded', { actionId: 'u1', action: 'unlock_account', attempt: 1 }],
      [4, 'action_requested', { actionId: 'a2', action: 'lock_account', origin: 'link' }],
    ]);
    expect(containmentOf(lifted).lock).toEqual({ state: 'requested', origin: 'link', since: at(4) });
  });

  it('given_up is final and no attempt; an agent retrying the dead row retries the action again', () => {
    const failed = (n: number, reason: string) => ({
      actionId: 'a1',
      action: 'lock_account',
      attempt: n,
      reason,
    });
    const gaveUp: [number, string, Record<string, unknown>][] = [
      [0, 'action_requested', { actionId: 'a1', action: 'lock_account' }],
      [1, 'action_failed', failed(1, 'platform_error')],
      [2, 'action_failed', failed(2, 'timeout')],
      [3, 'action_failed', failed(2, 'given_up')],
    ];
    const c = containmentOf(chain(gaveUp));
    expect(c.lock?.state).toBe('failed');
    expect(c.actions[0]).toMatchObject({ state: 'failed', reason: 'given_up', attempts: 2 });
    expect(c.actions[0]!.tries.map((t) => t.reason)).toEqual(['platform_error', 'timeout']);
    const retried = containmentOf(chain([...gaveUp, [4, 'action_failed', failed(3, 'platform_error')]]));
    expect(retried.actions[0]).toMatchObject({ state: 'requested', reason: 'platform_error', attempts: 3 });
    expect(retried.lock?.state).toBe('requested');
  });

  it('a hold ends at its end; a release is cooling off, then releasing, then done', () => {
    const events = chain([
      [0, 'action_requested', { actionId: 'a1', action: 'lock_account', origin: 'session' }],
      [1, 'action_succeeded', { actionId: 'a1', action: 'lock_account', attempt: 1 }],
      [2, 'lock_release_requested', { releaseId: 'r1', actionId: 'a2', coolingOffMs: 72 * 3_600_000 }],
      [3, 'action_requested', { actionId: 'h1', action: 'hold_risky_actions', holdMs: 3_600_000 }],
      [4, 'action_succeeded', { actionId: 'h1', action: 'hold_risky_actions', attempt: 1 }],
    ]);
    const folded = containmentOf(events);
    expect(pendingReleaseOf(events)).toEqual({ id: 'r1', at: at(2 + 72 * HOUR) });
    const early = reporterContainmentAt(folded, new Date(T0 + 10 * 60_000));
    expect([early.hold?.state, early.release?.state]).toEqual(['in_force', 'cooling_off']);
    const later = reporterContainmentAt(folded, new Date(Date.parse(at(3 + 72 * HOUR))));
    expect([later.hold?.state, later.release?.state, later.lock?.state]).toEqual([
      'ended',
      'releasing',
      'in_force',
    ]);
    expect('tries' in later.actions[0]!).toBe(false);
    const done = chain([
      [0, 'action_requested', { actionId: 'a1', action: 'lock_account', origin: 'session' }],
      [1, 'action_succeeded', { actionId: 'a1', action: 'lock_account', attempt: 1 }],
      [2, 'lock_release_requested', { releaseId: 'r1', actionId: 'a2', coolingOffMs: 60_000 }],
      [5, 'action_requested', { actionId: 'a2', action: 'unlock_account', origin: 'release' }],
      [5, 'action_succeeded', { actionId: 'a2', action: 'unlock_account', attempt: 1 }],
      [5, 'lock_released', { releaseId: 'r1' }],
    ]);
    const lifted = containmentOf(done);
    expect([lifted.lock?.state, lifted.release?.state]).toEqual(['released', 'done']);
    expect(pendingReleaseOf(done)).toBeNull();
  });
});
