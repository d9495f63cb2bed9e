/**
 * Delivery of the outbox over a real SMTP server on loopback: notices to every contact on
 * record, in the contact's language, with the dispute link and nothing of the report; backoff,
 * death and retry under an injected clock; the desk's dead list and retry.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createDelivery,
  createEmailChannel,
  type DeliveryChannel,
  renderEmail,
  type Store,
} from '../../src/index';
import type { LogRecord } from '../../src/options';
import { createTestPgliteStore } from '../pglite-template';
import { AGENT_KEY, PNG, report, startServer } from '../server.suite';
import { startSmtpSink } from './smtp-sink';

const DISPUTE = 'https://wallet.example/this-was-not-me';
const NARRATIVE = `Narrative-${randomBytes(6).toString('hex')} was typed by the reporter`;
const FILE_NAME = `evidence-${randomBytes(4).toString('hex')}.png`;

describe('delivery over SMTP (PGlite)', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let store: Store;
  beforeAll(async () => {
    sink = await startSmtpSink();
    store = await createTestPgliteStore();
  }, 60_000);
  afterAll(async () => {
    await sink.close();
    await store.close();
  });

  test('a report naming an account: one notice per contact on record, in its language, with the dispute link and nothing of the report', async () => {
    const s = await startServer(store, {
      hooks: {
        lookupAccount: () => ({
          accountKey: 'acct-owner',
          contacts: [
            { email: 'owner@example.org', language: 'en' },
            { email: 'owner.old@example.org', language: 'zh-CN' },
            { phone: '+15550100999' },
          ],
        }),
      },
      notices: { disputeUrl: DISPUTE },
      delivery: { email: { smtp: sink.url, from: 'Lantern Wallet <notices@wallet.example>' }, pollMs: 20 },
    });
    try {
      const created = await s.client.createCase(
        report('owner@example.org', {
          narrative: NARRATIVE,
          contact: { email: 'reporter.own@example.net', language: 'en' },
        }),
      );
      await s.client.uploadAttachment(created.case.id, created.accessToken, {
        bytes: PNG,
        name: FILE_NAME,
        mediaType: 'image/png',
        sha256: createHash('sha256').update(PNG).digest('hex'),
      });
      await sink.waitFor(() => sink.received.length >= 2, 10_000, 'two notices');
      expect(sink.received.map((m) => m.to.join(',')).sort()).toEqual([
        'owner.old@example.org',
        'owner@example.org',
      ]);
      const rows = await store.listOutbox({ limit: 10 });
      for (const m of sink.received) {
        const raw = m.raw;
        expect(raw).not.toContain(created.accessToken);
        expect(raw).not.toContain(NARRATIVE.slice(0, 20));
        expect(raw).not.toContain(FILE_NAME);
        expect(raw).not.toContain('reporter.own@example.net');
        expect(m.parsed.text).toContain(DISPUTE);
        expect(m.parsed.html || '').toContain(`href="${DISPUTE}"`);
        expect(m.parsed.text).toContain(created.case.number);
        const row = rows.find((r) => r.recipient === m.to[0]);
        expect(m.parsed.messageId).toBe(`<${row!.messageId}@wallet.example>`);
      }
      // Delivered is recorded once the SMTP server has accepted the message.
      await expect
        .poll(
          async () =>
            (await store.listOutbox({ limit: 10 })).filter((r) => r.channel === 'email' && r.sentAt).length,
        )
        .toBe(2);
      const en = sink.received.find((m) => m.to[0] === 'owner@example.org')!;
      const zh = sink.received.find((m) => m.to[0] === 'owner.old@example.org')!;
      expect(en.parsed.subject).toBe('Lantern Wallet: someone reported your account as taken over');
      expect(en.parsed.headers.get('content-language')).toBe('en');
      expect(zh.parsed.subject).toBe('Lantern Wallet：有人报告您的账户被盗用');
      expect(zh.parsed.text).toContain('这不是我的操作'.slice(0, 2));
      expect(zh.parsed.headers.get('content-language')).toBe('zh-CN');

      // No sms channel: the sms row is dead at once, listed on the desk, and can be retried.
      await expect.poll(async () => (await store.listDead()).length, { timeout: 5000 }).toBe(1);
      const unauth = await fetch(`${s.url}/v1/desk/outbox/dead`);
      expect(unauth.status).toBe(401);
      // Through the core client (the endpoint table), as a desk would.
      const { items } = await s.client.listDeadMessages(AGENT_KEY);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        channel: 'sms',
        lastError: 'PermanentDeliveryError: no sms channel configured',
      });
      const keyless = await fetch(`${s.url}/v1/desk/outbox/dead/${items[0]!.id}/retry`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${AGENT_KEY}` },
      });
      expect(keyless.status).toBe(400);
      expect(await s.client.retryDeadMessage(items[0]!.id, AGENT_KEY)).toEqual({
        id: items[0]!.id,
        retried: true,
      });
      const again = await fetch(`${s.url}/v1/desk/outbox/dead/999999/retry`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${AGENT_KEY}`, 'Idempotency-Key': randomBytes(16).toString('hex') },
      });
      expect(again.status).toBe(404);
    } finally {
      await s.close();
    }
  }, 30_000);

  test("a lock link by SMTP: minted at send, in the contact's language, no case details; it locks once", async () => {
    const locked: string[] = [];
    const s = await startServer(store, {
      hooks: {
        lookupAccount: () => ({
          accountKey: 'acct-lock',
          contacts: [
            { email: 'lock.owner@example.org', language: 'en' },
            { email: 'lock.old@example.org', language: 'zh-CN' },
          ],
        }),
      },
      actions: { lockAccount: ({ accountKey }: { accountKey: string }) => void locked.push(accountKey) },
      locks: { lockUrl: 'https://wallet.example/lock' },
      delivery: { email: { smtp: sink.url, from: 'Lantern Wallet <notices@wallet.example>' }, pollMs: 20 },
    });
    try {
      const before = sink.received.length;
      const r = await fetch(`${s.url}/v1/locks`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomBytes(16).toString('hex') },
        body: JSON.stringify({ account: { kind: 'email', value: 'lock.owner@example.org' } }),
      });
      expect(r.status).toBe(202);
      await sink.waitFor(() => sink.received.length >= before + 2, 10_000, 'two lock links');
      const mails = sink.received.slice(before);
      const en = mails.find((m) => m.to[0] === 'lock.owner@example.org')!;
      const zh = mails.find((m) => m.to[0] === 'lock.old@example.org')!;
      expect(en.parsed.subject).toBe('Lantern Wallet: lock your account');
      expect(zh.parsed.subject).toBe('Lantern Wallet：锁定您的账户');
      expect(en.parsed.html || '').toContain('This wasn’t me — lock my account');
      expect(zh.parsed.html || '').toContain('这不是我——锁定我的账户');
      const link = /https:\/\/wallet\.example\/lock#lock=([A-Za-z0-9_-]{43})/.exec(en.parsed.text ?? '');
      expect(link).not.toBeNull();
      // Nothing of a case, and the row at rest never held the link.
      expect(en.parsed.text).not.toMatch(/RC-|Reference/);
      const rows = (await store.listOutbox({ limit: 50 })).filter((x) => x.template === 'lock_link');
      expect(JSON.stringify(rows)).not.toContain(link![1]);
      const lock = (body: unknown) =>
        fetch(`${s.url}/v1/locks`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomBytes(16).toString('hex') },
          body: JSON.stringify(body),
        });
      expect((await lock({ token: link![1] })).status).toBe(201);
      expect((await lock({ token: link![1] })).status).toBe(401);
      await expect.poll(() => locked, { timeout: 5000 }).toEqual(['acct-lock']);
    } finally {
      await s.close();
    }
  }, 30_000);

  test('every inserted value is escaped in the HTML and stripped of line breaks in the subject', () => {
    const mail = renderEmail(
      {
        id: 1,
        messageId: 'msg_x',
        channel: 'email',
        recipient: 'a@example.org',
        template: 'account_case_event',
        data: {
          event: 'account_frozen',
          platform: '<img src=x onerror=alert(1)>\r\nBcc: x@evil',
          at: '2026-01-02T03:04:05Z',
        },
        attempts: 1,
        createdAt: new Date(),
        orderKey: null,
      },
      { platformName: 'P', disputeUrl: 'javascript:alert(1)' },
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).toContain('January 2, 2026');
  });

  test('backoff with jitter, dead after the maximum age, retried from the dead list (injected clock)', async () => {
    let t = Date.parse('2026-03-01T00:00:00Z');
    const now = () => new Date(t);
    const own = await createTestPgliteStore({ now });
    await own.enqueue([
      {
        channel: 'email',
        recipient: 'late@example.org',
        template: 'totp_enabled',
        data: { change: 'enabled', at: new Date(t).toISOString() },
      },
    ]);
    const delivery = createDelivery({
      store: own,
      channels: [
        createEmailChannel({ smtp: sink.url, from: 'n@wallet.example', platformName: 'Lantern Wallet' }),
      ],
      now,
      random: () => 0,
      backoffBaseMs: 30_000,
    });
    try {
      // Only this test's recipient: the file's sink may still receive a late notice from the
      // servers of the tests before (closed, but a message already in SMTP lands afterwards).
      const toLate = () => sink.received.filter((m) => m.to.includes('late@example.org'));
      const before = toLate().length;
      sink.fail(1000);
      expect(await delivery.runOnce()).toBe(1);
      let [row] = await own.listOutbox({ pending: true });
      // attempt 1 failed: 30 s × 2^0 × (0.5 + 0.5 × random()) = 15 s
      expect(row!.nextAttemptAt!.getTime() - t).toBe(15_000);
      expect(row!.lastError).toContain('451');
      t += 14_999;
      expect(await delivery.runOnce()).toBe(0);
      t += 1;
      expect(await delivery.runOnce()).toBe(1);
      [row] = await own.listOutbox({ pending: true });
      expect(row!.nextAttemptAt!.getTime() - t).toBe(30_000); // attempt 2: 30 s × 2 × 0.5
      t = Date.parse('2026-03-04T00:00:00Z'); // three days after creation
      expect(await delivery.runOnce()).toBe(1);
      expect(await own.listOutbox({ pending: true })).toEqual([]);
      const [dead] = await own.listDead();
      expect(dead).toMatchObject({ recipient: 'late@example.org', attempts: 3 });
      expect(dead!.lastError).toContain('451');
      expect(await own.retryDead(dead!.id, now())).toBe(true);
      sink.fail(0);
      expect(await delivery.runOnce()).toBe(1);
      expect(toLate().length).toBe(before + 1);
      expect(toLate().at(-1)!.parsed.subject).toBe('Lantern Wallet: two-step verification was turned on');
      expect((await own.outboxStats()).pending).toBe(0);

      // order_key: a row waits while an earlier one with the same key is neither sent nor dead.
      await own.enqueue([
        { channel: 'webhook', recipient: 'ep1', template: 'case.submitted', data: {}, orderKey: 'ep1:c1' },
        { channel: 'webhook', recipient: 'ep1', template: 'case.updated', data: {}, orderKey: 'ep1:c1' },
        { channel: 'webhook', recipient: 'ep1', template: 'case.submitted', data: {}, orderKey: 'ep1:c2' },
      ]);
      const first = await own.claim('w1', { limit: 10, leaseMs: 60_000, now: now() });
      expect(first.map((r) => `${r.template}/${r.orderKey}`)).toEqual([
        'case.submitted/ep1:c1',
        'case.submitted/ep1:c2',
      ]);
      expect(await own.claim('w2', { limit: 10, leaseMs: 60_000, now: now() })).toEqual([]);
      expect(await own.markDelivered(first[0]!.id, 'w1', now())).toBe(true);
      const second = await own.claim('w2', { limit: 10, leaseMs: 60_000, now: now() });
      expect(second.map((r) => `${r.template}/${r.orderKey}`)).toEqual(['case.updated/ep1:c1']);
      // A lost lease: another owner cannot record a failure or a death.
      expect(await own.markFailed(second[0]!.id, 'w1', 'x', now())).toBe(false);
      expect(await own.markDead(second[0]!.id, 'w1', 'x', now())).toBe(false);
      expect((await own.outboxStats()).pending).toBe(2);
    } finally {
      await delivery.stop();
      await own.close();
    }
  }, 60_000);

  test('a channel whose onDead throws: the row stays failed and is retried later, not dead; the hook runs again (injected clock)', async () => {
    let t = Date.parse('2026-03-01T00:00:00Z');
    const now = () => new Date(t);
    const own = await createTestPgliteStore({ now });
    await own.enqueue([{ channel: 'webhook', recipient: 'ep-hook', template: 'case.updated', data: {} }]);
    /** Each onDead call: the attempt it saw and why. */
    const hookCalls: string[] = [];
    let hookThrows = true;
    const channel: DeliveryChannel = {
      channel: 'webhook',
      deliver: async () => {
        throw new Error('endpoint down');
      },
      onDead: async (message, why) => {
        hookCalls.push(`${message.attempts}:${why}`);
        if (hookThrows) throw new Error('chain unavailable');
      },
    };
    const logged: LogRecord[] = [];
    const record = (r: LogRecord) => void logged.push(r);
    const delivery = createDelivery({
      store: own,
      channels: [channel],
      now,
      random: () => 0,
      backoffBaseMs: 30_000,
      maxAgeMs: 60_000,
      logger: { info: record, warn: record, error: record },
    });
    try {
      expect(await delivery.runOnce()).toBe(1); // attempt 1: failed, not yet old enough to die
      expect(hookCalls).toEqual([]);
      t += 60_000; // past maxAgeMs
      expect(await delivery.runOnce()).toBe(1); // attempt 2 ages out, and the hook throws
      expect(hookCalls).toEqual(['2:aged_out']);
      expect(await own.listDead()).toEqual([]);
      const [row] = await own.listOutbox({ pending: true });
      expect(row).toMatchObject({ recipient: 'ep-hook', attempts: 2, lastError: 'Error: endpoint down' });
      // retried like a failed attempt: 30 s × 2 × 0.5
      expect(row!.nextAttemptAt!.getTime() - t).toBe(30_000);
      expect(logged.map((r) => r.msg)).toContain('delivery_dead_hook_failed');
      expect(logged.map((r) => r.msg)).not.toContain('delivery_dead');
      t += 29_999;
      expect(await delivery.runOnce()).toBe(0);
      t += 1;
      hookThrows = false;
      expect(await delivery.runOnce()).toBe(1); // attempt 3: the hook runs again, now the row dies
      expect(hookCalls).toEqual(['2:aged_out', '3:aged_out']);
      expect(await own.listOutbox({ pending: true })).toEqual([]);
      const [dead] = await own.listDead();
      expect(dead).toMatchObject({ recipient: 'ep-hook', attempts: 3, lastError: 'Error: endpoint down' });
    } finally {
      await delivery.stop();
      await own.close();
    }
  }, 60_000);
});
