// Platform actions end to end on a real server and store: the desk's freeze runs lockAccount, and
// restore runs unlockAccount and the recovery hold, through the outbox's `action` channel. A hook
// that fails, then hangs, then succeeds is retried with the same action id; the chain shows each
// attempt's outcome, and nothing is recorded as done before the hook resolved.
import type { DeskContainment } from '@recourse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelivery } from '../src/delivery/worker';
import {
  ActionRefusedError,
  type PlatformActionRequest,
  type PlatformActions,
  type Store,
} from '../src/index';
import { AGENT_KEY, deskCommand, report, startServer } from './server.suite';

const MIN = 60_000;

type Step = 'fail' | 'hang' | 'refuse' | 'ok';

interface Entry {
  type: string;
  visibility: string;
  data: { actionId?: string; action?: string; attempt?: number; reason?: string; holdMs?: number };
}

/** The action tests on `openStore`'s engine. */
export function runActionSuite(name: string, openStore: () => Promise<Store>) {
  describe(`platform actions on ${name}`, () => {
    let store: Store;
    let s: Awaited<ReturnType<typeof startServer>>;
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    /** What the platform really did, by action id: the only truth the chain is checked against. */
    const done = new Map<string, string>();
    const calls: { hook: string; actionId: string; accountKey: string; until?: Date }[] = [];
    /** Scripted behaviour of lockAccount's attempts: fail, hang, then work. */
    const lockScript: Step[] = ['fail', 'hang', 'ok'];
    const hook = (name: string, script?: Step[]) => async (r: PlatformActionRequest & { until?: Date }) => {
      calls.push({
        hook: name,
        actionId: r.actionId,
        accountKey: r.accountKey,
        ...(r.until ? { until: r.until } : {}),
      });
      const step = script?.shift() ?? 'ok';
      if (step === 'fail') throw new Error('platform unreachable');
      if (step === 'hang') return new Promise<void>(() => {});
      if (step === 'refuse') throw new ActionRefusedError('account closed');
      done.set(r.actionId, name);
    };
    const actions: PlatformActions = {
      lockAccount: hook('lockAccount', lockScript),
      unlockAccount: hook('unlockAccount'),
      holdRiskyActions: hook('holdRiskyActions'),
    };

    beforeAll(async () => {
      store = await openStore();
      s = await startServer(store, { now: clock, actions, recoveryHoldMs: 48 * 60 * MIN });
    }, 60_000);
    afterAll(async () => {
      await s?.close();
      await store?.close();
    });

    const desk = (id: string, type: string, payload: unknown = {}) => deskCommand(s.url, id, type, payload);
    const actionEntries = async (id: string) => {
      const r = await fetch(`${s.url}/v1/desk/cases/${id}`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      const entries = ((await r.json()) as { entries: Entry[] }).entries;
      return entries
        .filter((e) => e.type.startsWith('action_'))
        .map((e) => [e.type, e.data.action, e.data.attempt ?? null, e.data.reason ?? null]);
    };
    /** The desk's containment: the lock and its action, as the desk shows them. */
    const lockSeen = async (id: string) => {
      const r = await fetch(`${s.url}/v1/desk/cases/${id}`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      const c = ((await r.json()) as { containment: DeskContainment }).containment;
      const action = c.actions.find((a) => a.action === 'lock_account')!;
      return {
        lock: c.lock?.state,
        origin: c.lock?.origin,
        state: action.state,
        attempts: action.attempts,
        reason: action.reason ?? null,
        tries: action.tries.map((t) => `${t.attempt}:${t.outcome}${t.reason ? `:${t.reason}` : ''}`),
      };
    };
    const pendingActions = async () =>
      (await store.listOutbox({ pending: true, limit: 500 })).filter((r) => r.channel === 'action').length;

    it('freeze locks through a failing, then hanging hook; restore unlocks and holds', async () => {
      const id = (await s.client.createCase(report('mei.lin@example.com'))).case.id;
      await desk(id, 'start_review');
      await desk(id, 'confirm_compromise');
      await desk(id, 'freeze');
      expect(await actionEntries(id)).toEqual([['action_requested', 'lock_account', null, null]]);
      expect(await pendingActions()).toBe(1);

      const actionChannel = s.server.actionChannel;
      expect(actionChannel).toBeDefined();
      const worker = createDelivery({
        store,
        channels: [actionChannel!],
        now: clock,
        random: () => 0,
        attemptTimeoutMs: 300,
        backoffBaseMs: MIN,
        batch: 50,
      });
      const round = async () => {
        offset += 10 * MIN; // past any backoff
        await worker.runOnce();
      };
      await round(); // attempt 1: the hook throws
      expect(done.size).toBe(0);
      expect(await actionEntries(id)).toEqual([
        ['action_requested', 'lock_account', null, null],
        ['action_failed', 'lock_account', 1, 'platform_error'],
      ]);
      // The desk sees the lock requested, retried, not in force: nothing shown done that was not.
      expect(await lockSeen(id)).toEqual({
        lock: 'requested',
        origin: 'desk',
        state: 'requested',
        attempts: 1,
        reason: 'platform_error',
        tries: ['1:failed:platform_error'],
      });
      const hangStarted = Date.now();
      await round(); // attempt 2: the hook never answers; the attempt's signal ends it
      expect(Date.now() - hangStarted).toBeLessThan(5000);
      expect(done.size).toBe(0);
      expect((await actionEntries(id)).at(-1)).toEqual(['action_failed', 'lock_account', 2, 'timeout']);
      expect(await lockSeen(id)).toMatchObject({ lock: 'requested', state: 'requested', reason: 'timeout' });
      expect(await pendingActions()).toBe(1);
      await round(); // attempt 3: works
      expect(await actionEntries(id)).toEqual([
        ['action_requested', 'lock_account', null, null],
        ['action_failed', 'lock_account', 1, 'platform_error'],
        ['action_failed', 'lock_account', 2, 'timeout'],
        ['action_succeeded', 'lock_account', 3, null],
      ]);
      expect(await pendingActions()).toBe(0);
      expect(await lockSeen(id)).toEqual({
        lock: 'in_force',
        origin: 'desk',
        state: 'done',
        attempts: 3,
        reason: null,
        tries: ['1:failed:platform_error', '2:failed:timeout', '3:succeeded'],
      });
      const lockCalls = calls.filter((c) => c.hook === 'lockAccount');
      expect(lockCalls).toHaveLength(3);
      expect(new Set(lockCalls.map((c) => c.actionId)).size).toBe(1); // one id on every attempt
      expect(lockCalls[0]!.accountKey).toBe('acct_0001');
      expect([...done.values()]).toEqual(['lockAccount']);

      await desk(id, 'start_investigation');
      await desk(id, 'request_verification');
      await desk(id, 'record_verification', { outcome: 'passed' });
      await desk(id, 'restore');
      await round();
      await round();
      const after = await actionEntries(id);
      expect(after.slice(4)).toEqual([
        ['action_requested', 'unlock_account', null, null],
        ['action_requested', 'hold_risky_actions', null, null],
        ['action_succeeded', 'unlock_account', 1, null],
        ['action_succeeded', 'hold_risky_actions', 1, null],
      ]);
      const hold = calls.find((c) => c.hook === 'holdRiskyActions');
      const r = await fetch(`${s.url}/v1/desk/cases/${id}`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      const requested = ((await r.json()) as { entries: (Entry & { at: string })[] }).entries.find(
        (e) => e.type === 'action_requested' && e.data.action === 'hold_risky_actions',
      );
      expect(requested?.data.holdMs).toBe(48 * 60 * MIN);
      expect(hold?.until?.getTime()).toBe(new Date(requested!.at).getTime() + 48 * 60 * MIN);
      // every action the chain calls done, the platform did; nothing else
      const entries = (
        (await (
          await fetch(`${s.url}/v1/desk/cases/${id}`, { headers: { Authorization: `Bearer ${AGENT_KEY}` } })
        ).json()) as { entries: Entry[] }
      ).entries;
      const succeeded = entries.filter((e) => e.type === 'action_succeeded').map((e) => e.data.actionId);
      expect(new Set(succeeded)).toEqual(new Set(done.keys()));
      // internal: the reporter's view shows none of it
      expect(
        entries.filter((e) => e.type.startsWith('action_')).every((e) => e.visibility === 'internal'),
      ).toBe(true);
      console.log(
        `actions[${name}]: lock after 3 attempts (error, ${Date.now() - hangStarted} ms incl. hang, ok), unlock + 48 h hold`,
      );
      await worker.stop();
    }, 60_000);

    it('a refusal, or an account no longer on record, is recorded once and not retried', async () => {
      const refused = (await s.client.createCase(report('mei.lin@example.com'))).case.id;
      const unknown = (await s.client.createCase(report('nobody.here@example.org'))).case.id;
      for (const id of [refused, unknown]) {
        await desk(id, 'start_review');
        await desk(id, 'freeze');
      }
      lockScript.push('refuse');
      const before = done.size;
      const worker = createDelivery({
        store,
        channels: [s.server.actionChannel!],
        now: clock,
        random: () => 0,
        backoffBaseMs: MIN,
        batch: 50,
      });
      for (let i = 0; i < 3; i++) {
        offset += 10 * MIN;
        await worker.runOnce();
      }
      for (const id of [refused, unknown])
        expect(await actionEntries(id)).toEqual([
          ['action_requested', 'lock_account', null, null],
          ['action_failed', 'lock_account', 1, 'refused'],
        ]);
      expect(done.size).toBe(before);
      expect(await pendingActions()).toBe(0);
      // The refused actions are dead messages, and the desk lists them (the contract knew no
      // 'action' channel: the list answered 500 once an action was dead).
      const dead = await s.client.listDeadMessages(AGENT_KEY);
      expect(dead.items.filter((m) => m.channel === 'action').length).toBeGreaterThanOrEqual(2);
      await worker.stop();
    }, 60_000);

    it('a hook that always fails: after maxAgeMs given_up is recorded once, the action is failed, no more attempts', async () => {
      const created = await s.client.createCase(report('mei.lin@example.com'));
      const id = created.case.id;
      await desk(id, 'start_review');
      await desk(id, 'freeze');
      const callsBefore = calls.filter((c) => c.hook === 'lockAccount').length;
      lockScript.push(...Array.from<Step>({ length: 20 }).fill('fail'));
      const worker = createDelivery({
        store,
        channels: [s.server.actionChannel!],
        now: clock,
        random: () => 0,
        backoffBaseMs: MIN,
        // the store stamps rows with its own clock (no offset): the age the worker sees is offset + elapsed
        maxAgeMs: offset + 25 * MIN,
        batch: 50,
      });
      for (let i = 0; i < 5; i++) {
        offset += 10 * MIN; // rounds at +10, +20 (retried) and +30 min (past maxAgeMs: dead), then idle
        await worker.runOnce();
      }
      expect(await actionEntries(id)).toEqual([
        ['action_requested', 'lock_account', null, null],
        ['action_failed', 'lock_account', 1, 'platform_error'],
        ['action_failed', 'lock_account', 2, 'platform_error'],
        ['action_failed', 'lock_account', 3, 'platform_error'],
        ['action_failed', 'lock_account', 3, 'given_up'],
      ]);
      expect(calls.filter((c) => c.hook === 'lockAccount').length - callsBefore).toBe(3);
      // given_up is the action's final reason, not a fourth attempt
      expect(await lockSeen(id)).toEqual({
        lock: 'failed',
        origin: 'desk',
        state: 'failed',
        attempts: 3,
        reason: 'given_up',
        tries: ['1:failed:platform_error', '2:failed:platform_error', '3:failed:platform_error'],
      });
      const view = await s.client.getCase(id, created.accessToken);
      expect(view.containment?.lock?.state).toBe('failed');
      expect(view.containment?.actions.find((a) => a.action === 'lock_account')).toMatchObject({
        state: 'failed',
        reason: 'given_up',
      });
      expect(await pendingActions()).toBe(0);
      const dead = await s.client.listDeadMessages(AGENT_KEY);
      expect(dead.items.some((m) => m.channel === 'action' && m.attempts === 3)).toBe(true);
      lockScript.length = 0;
      await worker.stop();
    }, 60_000);
  });
}
