// Containment end to end on a real server and store: the containment in the case views, the
// owner's release of a lock (refused with only the platform's session; every contact told with a
// lock link that cancels it; the unlock after the cooling-off), support's restore refused without
// identity verification, and the credential sweep (closed before restore; removals run
// revokeCredential once each, outcomes in containment.actions).
import { randomBytes } from 'node:crypto';
import type { Containment, DeskContainment } from '@recourse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryChannel } from '../src/delivery/channel';
import { createDelivery } from '../src/delivery/worker';
import {
  type AccountCredential,
  normalizeAccountRef,
  type PlatformActionRequest,
  type PlatformActions,
  type Store,
} from '../src/index';
import { AGENT_KEY, deskCommand, report, startServer } from './server.suite';

const HOUR = 3_600_000;
const COOLING_OFF = 72 * HOUR;
const OWNER = {
  accountKey: 'acct_owner',
  contacts: [
    { email: 'owner@example.com', language: 'zh-CN' },
    // changed by the attacker 10 days ago: still told (30-day window)
    { email: 'owner.before@example.com', replacedAt: new Date(Date.now() - 10 * 24 * HOUR).toISOString() },
    // replaced 60 days ago: no longer told
    { email: 'owner.2025@example.com', replacedAt: new Date(Date.now() - 60 * 24 * HOUR).toISOString() },
    { phone: '+15555550100' },
  ],
};
const TOLD = ['+15555550100', 'owner.before@example.com', 'owner@example.com'];

/** The containment tests on `openStore`'s engine. */
export function runContainmentSuite(name: string, openStore: () => Promise<Store>) {
  describe(`containment on ${name}`, () => {
    let store: Store;
    let s: Awaited<ReturnType<typeof startServer>>;
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    const calls: string[] = [];
    let credentials: AccountCredential[] = [
      {
        id: 'sess_1',
        kind: 'session',
        label: 'Chrome on Windows · Lagos',
        addedAt: '2026-11-30T23:12:00.000Z',
      },
      { id: 'key_7', kind: 'api_key', label: 'API key “bot”' },
      { id: 'bad_1', kind: 'session', label: 'line\nbreak' }, // not safe to show: dropped
    ];
    const hook = (name: string) => (r: PlatformActionRequest & { credentialId?: string }) => {
      calls.push(`${name}:${r.accountKey}${r.credentialId ? `:${r.credentialId}` : ''}`);
      if (name === 'revokeCredential') credentials = credentials.filter((c) => c.id !== r.credentialId);
    };
    const actions: PlatformActions = {
      lockAccount: hook('lockAccount'),
      unlockAccount: hook('unlockAccount'),
      holdRiskyActions: hook('holdRiskyActions'),
      revokeCredential: hook('revokeCredential'),
      listCredentials: () => credentials,
    };

    beforeAll(async () => {
      store = await openStore();
      s = await startServer(store, {
        now: clock,
        actions,
        locks: { lockUrl: 'https://wallet.example.com/lock', coolingOffMs: COOLING_OFF },
        hooks: {
          lookupAccount: (ref: Parameters<typeof normalizeAccountRef>[0]) =>
            ['email:owner@example.com', 'user_id:acct_owner'].includes(normalizeAccountRef(ref))
              ? OWNER
              : null,
          authenticateUser: (r: Request) =>
            r.headers.get('x-session') === 'owner-session'
              ? { userId: 'acct_owner', contacts: OWNER.contacts }
              : null,
        },
      });
    }, 60_000);
    afterAll(async () => {
      await s?.close();
      await store?.close();
    });

    const sent: { recipient: string; event: unknown; lockUrl: string | null }[] = [];
    const capture = (channel: 'email' | 'sms'): DeliveryChannel => ({
      channel,
      async deliver(m) {
        sent.push({ recipient: m.recipient, event: m.data.event, lockUrl: await s.server.lockLinks!(m) });
      },
    });
    /** One round of the worker: actions, and the notices (captured with their minted lock links). */
    const runWorker = async () => {
      const worker = createDelivery({
        store,
        channels: [s.server.actionChannel!, capture('email'), capture('sms')],
        now: clock,
        batch: 200,
      });
      await worker.runOnce();
      await worker.stop();
    };
    const post = (path: string, headers: Record<string, string> = {}, body?: unknown) =>
      fetch(`${s.url}${path}`, {
        method: 'POST',
        headers: {
          'Idempotency-Key': randomBytes(16).toString('base64url'),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const deskContainment = async (id: string) =>
      (
        (await (
          await fetch(`${s.url}/v1/desk/cases/${id}`, { headers: { Authorization: `Bearer ${AGENT_KEY}` } })
        ).json()) as { containment: DeskContainment }
      ).containment;
    const publicTypes = async (id: string) =>
      (await store.loadEvents(id, { visibility: 'public' })).map((e) => e.type);

    it('the owner releases a lock after the cooling-off; a lock link from the notice cancels it', async () => {
      const created = await s.client.lock({}, { session: false }).catch(() => null);
      expect(created).toBeNull(); // no session, no token, no account: refused (validation)
      const r = await post('/v1/locks', { 'x-session': 'owner-session' }, {});
      expect(r.status).toBe(201);
      const { case: c, accessToken } = (await r.json()) as {
        case: { id: string; number: string };
        accessToken: string;
      };
      expect((await s.client.getCase(c.id, accessToken)).containment?.lock).toMatchObject({
        state: 'requested',
        origin: 'session',
      });
      await runWorker();
      expect((await s.client.getCase(c.id, accessToken)).containment?.lock?.state).toBe('in_force');

      // A platform session alone can never lift a lock.
      const sessionOnly = await post(`/v1/cases/${c.id}/lock-release`, { 'x-session': 'owner-session' });
      expect(sessionOnly.status).toBe(401);

      sent.length = 0;
      const asked = await s.client.requestLockRelease(c.id, accessToken);
      const release = asked.case.containment?.release;
      expect(release?.state).toBe('cooling_off');
      expect(Date.parse(release!.at) - Date.parse(release!.requestedAt)).toBe(COOLING_OFF);
      await expect(s.client.requestLockRelease(c.id, accessToken)).rejects.toMatchObject({
        code: 'lock_release_pending',
      });
      await runWorker(); // the notices go out now; the unlock is not due
      const told = sent.filter((x) => x.event === 'lock_release_requested');
      expect(told.map((x) => x.recipient).sort()).toEqual(TOLD);
      expect(told.every((x) => /#lock=[A-Za-z0-9_-]{43}$/.test(String(x.lockUrl)))).toBe(true);
      expect(calls.filter((x) => x.startsWith('unlockAccount'))).toEqual([]);

      // The owner (or anyone reading a contact on record) follows the link: the release is
      // cancelled, and the new lock is recorded in this case (open, same account), not a new one.
      const token = String(told[0]!.lockUrl).split('#lock=')[1]!;
      const relocked = await post('/v1/locks', {}, { token });
      expect(relocked.status).toBe(200);
      expect(await relocked.json()).toEqual({ status: 'lock_recorded', case: { number: c.number } });
      const cancelled = await s.client.getCase(c.id, accessToken);
      expect(cancelled.containment?.release?.state).toBe('cancelled');
      // The new lock has not run yet; the earlier one is still in force.
      expect(cancelled.containment?.lock?.state).toBe('in_force');
      expect(
        cancelled.containment?.actions.filter((a) => a.action === 'lock_account').map((a) => a.state),
      ).toEqual(['done', 'requested']);
      offset += COOLING_OFF + HOUR;
      await runWorker(); // the unlock row is due, and does nothing
      expect(calls.filter((x) => x.startsWith('unlockAccount'))).toEqual([]);

      // Asked again and not cancelled: after the cooling-off the lock lifts.
      await s.client.requestLockRelease(c.id, accessToken);
      offset += COOLING_OFF + 1000;
      expect((await s.client.getCase(c.id, accessToken)).containment?.release?.state).toBe('releasing');
      sent.length = 0;
      await runWorker();
      expect(calls.filter((x) => x.startsWith('unlockAccount'))).toEqual(['unlockAccount:acct_owner']);
      const done = (await s.client.getCase(c.id, accessToken)).containment as Containment;
      expect(done.release?.state).toBe('done');
      expect(done.lock?.state).toBe('released');
      const unlock = done.actions.find((a) => a.action === 'unlock_account');
      expect(unlock).toMatchObject({ state: 'done', attempts: 1 });
      expect(await publicTypes(c.id)).toEqual([
        'case_submitted',
        'lock_release_requested',
        'lock_release_cancelled',
        'lock_release_requested',
        'lock_released',
      ]);
      // the unlock's request is in the chain only from its first attempt, with its origin
      const desk = await deskContainment(c.id);
      expect(desk.actions.find((a) => a.action === 'unlock_account')?.tries).toHaveLength(1);
      await runWorker();
      expect(
        sent
          .filter((x) => x.event === 'lock_released')
          .map((x) => x.recipient)
          .sort(),
      ).toEqual(TOLD);
      await expect(s.client.requestLockRelease(c.id, accessToken)).rejects.toMatchObject({
        code: 'lock_not_in_force',
      });
    }, 60_000);

    it('support cannot restore without identity verification; the credential sweep opens only after it', async () => {
      const created = await s.client.createCase(report('owner@example.com'));
      const { id } = created.case;
      const token = created.accessToken;
      await expect(s.client.listCredentials(id, token)).rejects.toMatchObject({
        code: 'credential_review_closed',
      });
      for (const type of ['start_review', 'confirm_compromise', 'freeze', 'start_investigation'])
        await deskCommand(s.url, id, type);
      const refused = await fetch(`${s.url}/v1/desk/cases/${id}/commands`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${AGENT_KEY}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': randomBytes(16).toString('base64url'),
        },
        body: JSON.stringify({ type: 'restore', payload: {} }),
      });
      expect(refused.status).toBe(409);
      expect(await refused.json()).toMatchObject({
        code: 'workflow_refused',
        refusal: { code: 'guard_failed', guard: 'identity_verified' },
      });
      await runWorker();
      expect((await s.client.getCase(id, token)).containment?.lock).toMatchObject({
        state: 'in_force',
        origin: 'desk',
      });
      await deskCommand(s.url, id, 'request_verification');
      await deskCommand(s.url, id, 'record_verification', { outcome: 'passed' });
      await deskCommand(s.url, id, 'restore');
      await runWorker(); // the unlock
      expect((await s.client.getCase(id, token)).containment?.hold?.state).toBe('requested');
      await runWorker(); // then the hold (one order key per case: in order)
      const restored = (await s.client.getCase(id, token)).containment!;
      expect(restored.lock?.state).toBe('released');
      expect(restored.hold?.state).toBe('in_force');

      const list = await s.client.listCredentials(id, token);
      expect(list.credentials.map((c) => c.id)).toEqual(['sess_1', 'key_7']);
      await expect(
        s.client.reviewCredentials(id, token, [{ id: 'nope', decision: 'remove' }]),
      ).rejects.toMatchObject({ code: 'validation_failed' });
      const reviewed = await s.client.reviewCredentials(id, token, [
        { id: 'sess_1', decision: 'keep' },
        { id: 'key_7', decision: 'remove' },
      ]);
      expect(reviewed.case.containment?.actions.filter((a) => a.action === 'revoke_credential')).toEqual([
        expect.objectContaining({ credentialId: 'key_7', state: 'requested', attempts: 0 }),
      ]);
      // asked twice before it ran: one action
      await s.client.reviewCredentials(id, token, [{ id: 'key_7', decision: 'remove' }]);
      await runWorker();
      expect(calls.filter((x) => x.startsWith('revokeCredential'))).toEqual([
        'revokeCredential:acct_owner:key_7',
      ]);
      const after = (await s.client.getCase(id, token)).containment!;
      expect(after.actions.filter((a) => a.action === 'revoke_credential')).toEqual([
        expect.objectContaining({ credentialId: 'key_7', state: 'done', attempts: 1 }),
      ]);
      expect((await s.client.listCredentials(id, token)).credentials.map((c) => c.id)).toEqual(['sess_1']);
    }, 60_000);
  });
}
