// The self-service lock on a real server and store: a lock with a platform session and with a
// lock link's token (each: a new case, the lock action queued and run, every contact on record
// notified); without proof, an existing and a missing account get the same status, body and
// minimum duration, and nothing is locked; 1,000 unproven requests queue a bounded number of
// links; a used or expired token is refused.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryChannel } from '../src/delivery/channel';
import { createDelivery } from '../src/delivery/worker';
import { normalizeAccountRef, type PlatformActions, type Store } from '../src/index';
import { AGENT_KEY, deskCommand, report, startServer } from './server.suite';

const OWNER = {
  accountKey: 'acct_owner',
  contacts: [
    { email: 'owner@example.com', language: 'en' },
    { email: 'old.owner@example.com' }, // replaced last week: still on record
    { phone: '+15555550100' },
  ],
};
/** Another account on record: its cases are foreign to the owner's session. */
const OTHER = { accountKey: 'acct_other', contacts: [{ email: 'other@example.com', language: 'en' }] };
const FLOOR_MS = 120;
const TTL_MS = 3_600_000;

/** The lock tests on `openStore`'s engine. */
export function runLockSuite(name: string, openStore: () => Promise<Store>) {
  describe(`self-service lock on ${name}`, () => {
    let store: Store;
    let s: Awaited<ReturnType<typeof startServer>>;
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    const locked: string[] = [];
    const actions: PlatformActions = {
      lockAccount: ({ actionId, accountKey }) => {
        locked.push(`${accountKey}:${actionId}`);
      },
    };

    beforeAll(async () => {
      store = await openStore();
      s = await startServer(store, {
        now: clock,
        actions,
        locks: { lockUrl: 'https://wallet.example.com/lock', tokenTtlMs: TTL_MS },
        createCaseMinMs: FLOOR_MS,
        clientIp: (r: Request) => r.headers.get('x-test-ip') ?? '127.0.0.1',
        hooks: {
          lookupAccount: (ref: Parameters<typeof normalizeAccountRef>[0]) =>
            ['email:owner@example.com', 'user_id:acct_owner'].includes(normalizeAccountRef(ref))
              ? OWNER
              : normalizeAccountRef(ref) === 'email:other@example.com'
                ? OTHER
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

    const lock = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${s.url}/v1/locks`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': randomBytes(16).toString('base64url'),
          ...headers,
        },
        body: JSON.stringify(body),
      });
    const rows = async () => store.listOutbox({ limit: 10_000 });
    const linkRows = async () => (await rows()).filter((r) => r.template === 'lock_link');
    const actionRowsNow = async () => (await rows()).filter((r) => r.channel === 'action');
    const entries = async (id: string) => {
      const r = await fetch(`${s.url}/v1/desk/cases/${id}`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      return ((await r.json()) as { entries: { type: string; data: Record<string, unknown> }[] }).entries;
    };
    /** What the capture channels "sent", with the lock link minted for each send. */
    const sent: { recipient: string; template: string; lockUrl: string | null; messageId: string }[] = [];
    const capture = (channel: 'email' | 'sms'): DeliveryChannel => ({
      channel,
      async deliver(m) {
        const lockUrl = await s.server.lockLinks!(m);
        sent.push({ recipient: m.recipient, template: m.template, lockUrl, messageId: m.messageId });
      },
    });
    const runActions = async () => {
      const worker = createDelivery({
        store,
        channels: [s.server.actionChannel!, capture('email'), capture('sms')],
        now: clock,
        batch: 200,
      });
      await worker.runOnce();
      await worker.stop();
    };
    const tokenOf = (url: string | null) => String(url).split('#lock=')[1]!;

    it('a platform session locks at once: a case, the lock run, every contact on record notified', async () => {
      const before = await rows();
      const key = randomBytes(16).toString('base64url');
      const r = await lock({}, { 'x-session': 'owner-session', 'Idempotency-Key': key });
      expect(r.status).toBe(201);
      const text = await r.text();
      // a retry with the same key replays the answer: one case, one lock
      const again = await lock({}, { 'x-session': 'owner-session', 'Idempotency-Key': key });
      expect([again.status, await again.text()]).toEqual([201, text]);
      const { case: c, accessToken } = JSON.parse(text) as { case: { id: string }; accessToken: string };
      expect(accessToken.length).toBeGreaterThanOrEqual(43);
      const chain = await entries(c.id);
      expect(chain.map((e) => e.type)).toEqual(['case_submitted', 'action_requested']);
      expect(chain[1]!.data).toMatchObject({ action: 'lock_account', origin: 'session' });
      const added = (await rows()).filter((x) => !before.some((b) => b.id === x.id));
      expect(
        added
          .filter((x) => x.template === 'account_case_event')
          .map((x) => x.recipient)
          .sort(),
      ).toEqual(['+15555550100', 'old.owner@example.com', 'owner@example.com']);
      await runActions();
      expect(locked).toEqual([`acct_owner:${chain[1]!.data.actionId}`]);
      expect((await entries(c.id)).at(-1)).toMatchObject({ type: 'action_succeeded' });
    });

    it('without proof: same status, body and floor for an existing and a missing account; nothing locked', async () => {
      const lockedBefore = locked.length;
      const actionsBefore = (await actionRowsNow()).length;
      const answers = [];
      for (const value of ['owner@example.com', 'nobody.at.all@example.org']) {
        const t0 = performance.now();
        const r = await lock({ account: { kind: 'email', value } }, { 'x-test-ip': '10.0.0.1' });
        answers.push({ status: r.status, body: await r.text(), ms: performance.now() - t0 });
      }
      expect(answers[0]!.status).toBe(202);
      expect(answers[1]!.status).toBe(answers[0]!.status);
      expect(answers[1]!.body).toBe(answers[0]!.body);
      for (const a of answers) expect(a.ms).toBeGreaterThanOrEqual(FLOOR_MS - 5);
      const links = await linkRows();
      expect(links.map((x) => x.recipient).sort()).toEqual([
        '+15555550100',
        'old.owner@example.com',
        'owner@example.com',
      ]);
      expect(locked.length).toBe(lockedBefore);
      expect((await actionRowsNow()).length).toBe(actionsBefore);
      console.log(
        `locks[${name}]: no-proof existing ${answers[0]!.ms.toFixed(0)} ms, missing ${answers[1]!.ms.toFixed(0)} ms (floor ${FLOOR_MS})`,
      );
    });

    it("a lock link's token is minted at send, locks once; used, superseded or expired tokens are refused", async () => {
      // At rest the rows hold no link and no token: only what minting needs.
      const atRest = JSON.stringify(await linkRows());
      expect(atRest).not.toMatch(/#lock=|lockUrl/);
      expect((await linkRows())[0]!.data.lockFor).toMatchObject({ accountRef: { kind: 'email' } });
      await runActions();
      const links = sent.filter((x) => x.template === 'lock_link');
      expect(links.map((x) => x.recipient).sort()).toEqual([
        '+15555550100',
        'old.owner@example.com',
        'owner@example.com',
      ]);
      const token = tokenOf(links[0]!.lockUrl);
      expect(links[0]!.lockUrl).toMatch(/^https:\/\/wallet\.example\.com\/lock#lock=/);
      expect(token.length).toBeGreaterThanOrEqual(43); // 32 bytes, base64url
      // A retry of a row mints a fresh token and ends the one sent before.
      const row = (await linkRows()).find((x) => x.messageId === links[1]!.messageId)!;
      const again = await s.server.lockLinks!({ ...row, attempts: 2 });
      expect(tokenOf(again)).not.toBe(tokenOf(links[1]!.lockUrl));
      expect((await lock({ token: tokenOf(links[1]!.lockUrl) })).status).toBe(401); // superseded
      const retried = await lock({ token: tokenOf(again) });
      expect(retried.status).toBe(201);
      // Every notice of a lock case carries a lock link too (minted at send).
      const notices = sent.filter((x) => x.template === 'account_case_event');
      expect(notices.length).toBeGreaterThan(0);
      expect(notices.every((x) => /#lock=[A-Za-z0-9_-]{43}$/.test(String(x.lockUrl)))).toBe(true);
      const r = await lock({ token });
      expect(r.status).toBe(201);
      const { case: c } = (await r.json()) as { case: { id: string } };
      expect((await entries(c.id))[1]!.data).toMatchObject({ action: 'lock_account', origin: 'link' });
      expect((await lock({ token })).status).toBe(401); // used
      // a fresh link, then past its lifetime
      offset += 86_400_000 + 1; // next day: the account's bound is fresh
      await lock({ account: { kind: 'email', value: 'owner@example.com' } }, { 'x-test-ip': '10.0.0.2' });
      await runActions();
      const fresh = tokenOf(sent.filter((x) => x.template === 'lock_link').at(-1)!.lockUrl);
      offset += TTL_MS + 1;
      expect((await lock({ token: fresh })).status).toBe(401); // expired
      expect((await lock({ token: randomBytes(32).toString('base64url') })).status).toBe(401); // unknown
    });

    it("a link from a case's notice locks in that case (open) or in a new one (closed); a session names only its own cases", async () => {
      const caseCount = async () => (await store.listCases({ limit: 200 })).items.length;
      /** The lock link sent to `recipient` in the notice of `event` about case `caseId`. */
      const noticeToken = async (caseId: string, event: string, recipient = 'owner@example.com') => {
        await runActions();
        const row = (await rows()).find(
          (r) =>
            r.template === 'account_case_event' &&
            r.recipient === recipient &&
            r.data.event === event &&
            (r.data.lockFor as { caseId?: string } | undefined)?.caseId === caseId,
        )!;
        return tokenOf(sent.find((x) => x.messageId === row.messageId)!.lockUrl);
      };
      const filed = await s.client.createCase(report('owner@example.com'));
      const id = filed.case.id;
      const token = await noticeToken(id, 'case_submitted');
      const casesBefore = await caseCount();
      const rowsBefore = await rows();
      const r = await lock({ token });
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ status: 'lock_recorded', case: { number: filed.case.number } });
      expect(await caseCount()).toBe(casesBefore); // no new case on the desk
      const chain = await entries(id);
      expect(chain.at(-1)).toMatchObject({
        type: 'action_requested',
        data: { action: 'lock_account', origin: 'link' },
      });
      const added = (await rows()).filter((x) => !rowsBefore.some((b) => b.id === x.id));
      expect(added.filter((x) => x.channel === 'action').map((x) => x.messageId)).toEqual([
        chain.at(-1)!.data.actionId,
      ]);
      expect(
        added
          .filter((x) => x.data.event === 'account_locked')
          .map((x) => x.recipient)
          .sort(),
      ).toEqual(['+15555550100', 'old.owner@example.com', 'owner@example.com']);
      await runActions();
      expect(locked.at(-1)).toBe(`acct_owner:${chain.at(-1)!.data.actionId}`);
      const desk = await fetch(`${s.url}/v1/desk/cases/${id}`, {
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      const { containment } = (await desk.json()) as {
        containment: { lock?: { state: string; origin: string } };
      };
      expect(containment.lock).toMatchObject({ state: 'in_force', origin: 'link' });

      // The session names its own open case: recorded there too.
      const own = await lock({ caseId: id }, { 'x-session': 'owner-session' });
      expect([own.status, ((await own.json()) as { case: { number: string } }).case.number]).toEqual([
        200,
        filed.case.number,
      ]);
      expect((await entries(id)).at(-1)!.data).toMatchObject({ action: 'lock_account', origin: 'session' });

      // A case of another account, and no case at all: the same refusal, nothing recorded.
      const foreign = (await s.client.createCase(report('other@example.com'))).case.id;
      const foreignBefore = (await entries(foreign)).length;
      const casesNow = await caseCount();
      const refusals = [];
      for (const caseId of [foreign, randomUUID()]) {
        const x = await lock({ caseId }, { 'x-session': 'owner-session' });
        const body = (await x.json()) as { code: string; title: string; type: string };
        refusals.push([x.status, body.code, body.title, body.type]);
      }
      expect(refusals[0]).toEqual([404, 'not_found', 'not_found', 'urn:recourse:problem:not_found']);
      expect(refusals[1]).toEqual(refusals[0]);
      expect((await entries(foreign)).length).toBe(foreignBefore);
      expect(await caseCount()).toBe(casesNow);

      // A closed case: the link's lock goes in a new case.
      const closed = (await s.client.createCase(report('owner@example.com'))).case.id;
      await deskCommand(s.url, closed, 'start_review');
      await deskCommand(s.url, closed, 'rule_out', { reason: 'not_compromised' });
      await deskCommand(s.url, closed, 'close');
      const late = await lock({ token: await noticeToken(closed, 'case_closed') });
      expect(late.status).toBe(201);
      const fresh = (await late.json()) as { case: { id: string } };
      expect(fresh.case.id).not.toBe(closed);
      expect((await entries(fresh.case.id)).map((e) => e.type)).toEqual([
        'case_submitted',
        'action_requested',
      ]);
      expect((await entries(closed)).some((e) => e.type === 'action_requested')).toBe(false);
    });

    it('1,000 unproven requests for one account lock nothing and queue at most the bound of links', async () => {
      offset += 86_400_000 + 1; // a new day for the account's bound
      const linksBefore = (await linkRows()).length;
      const lockedBefore = locked.length;
      const actionsBefore = (await actionRowsNow()).length;
      const statuses = new Map<number, number>();
      const t0 = performance.now();
      for (let batch = 0; batch < 10; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            lock(
              { account: { kind: 'email', value: 'owner@example.com' } },
              { 'x-test-ip': `10.1.${batch}.${i % 10}` },
            ).then((r) => r.status),
          ),
        );
        for (const st of answers) statuses.set(st, (statuses.get(st) ?? 0) + 1);
      }
      const queued = (await linkRows()).length - linksBefore;
      // 3 links a day (lockLinksPerAccount) x 3 contacts on record
      expect(queued).toBe(3 * OWNER.contacts.length);
      expect(locked.length).toBe(lockedBefore);
      expect((await actionRowsNow()).length).toBe(actionsBefore);
      expect([...statuses.keys()]).toEqual([202]);
      console.log(
        `locks[${name}]: 1000 unproven requests in ${(performance.now() - t0).toFixed(0)} ms: ${queued} link messages queued, 0 locks`,
      );
    }, 60_000);
  });
}
