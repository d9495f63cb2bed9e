/**
 * The store contract: the outbox as the delivery worker uses it. Claims with a lease (no row
 * handed out twice while its lease holds, also to concurrent claims), order keys, failed
 * attempts that wait until their next time, dead rows and their retry, the counts, and the
 * real delivery worker over the store with an injected clock.
 *
 * `claim` takes any due row of the database, so every case first drains the outbox (claims and
 * delivers what earlier cases left pending) and then works on rows it wrote itself.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { OUTBOX_CHANNELS } from '@recourse/core';
import type { DeliveryChannel } from '../../delivery/channel';
import { createDelivery } from '../../delivery/worker';
import type { OutboxMessage, OutboxRecord } from '../../store/types';
import type { ContractSuite } from '../contract-suite';
import type { ContractTestApi } from '../test-api';

const DAY_MS = 86_400_000;
const LEASE_MS = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** Claims and delivers every pending row, ten years ahead (so no lease or due time holds it). */
async function drain(s: ContractSuite): Promise<void> {
  const later = at(s.now(), 3650 * DAY_MS);
  for (let round = 0; round < 100; round++) {
    const rows = await s.store.claim('contract-drain', { limit: 500, leaseMs: 1000, now: later });
    if (rows.length === 0) return;
    for (const row of rows) await s.store.markDelivered(row.id, 'contract-drain', later);
  }
  throw new Error('the outbox still had due rows after 100 claims of 500');
}

/** Messages of one case, told apart from every other row by a fresh tag in the recipient. */
function messages(tag: string, specs: Partial<OutboxMessage>[]): OutboxMessage[] {
  return specs.map((spec, i) => ({
    channel: 'webhook',
    recipient: `${spec.channel ?? 'webhook'}-${tag}`,
    template: `t${i}`,
    data: { i, tag },
    ...spec,
  }));
}

/** The outbox as the delivery worker uses it. */
export function outboxDelivery(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  const mine = async (tag: string, options: { pending?: boolean } = {}): Promise<OutboxRecord[]> =>
    (await s.store.listOutbox({ limit: 500, ...options })).filter((m) => m.recipient.endsWith(tag));

  describe('outbox delivery', () => {
    test('claim: due rows oldest first, one attempt each, every channel; a leased row waits for its lease to end', async () => {
      await drain(s);
      const before = await s.store.outboxStats();
      expect(before).toMatchObject({ pending: 0, oldestPendingAt: null });
      const t0 = new Date('2026-05-01T10:00:00.000Z');
      s.frozen = t0;
      const tag = randomUUID();
      const messageId = `msg_${tag.replace(/-/g, '')}`;
      await s.store.enqueue(
        messages(
          tag,
          OUTBOX_CHANNELS.map((channel, i) => ({ channel, ...(i === 0 ? { messageId } : {}) })),
        ),
      );
      expect(await s.store.outboxStats()).toEqual({ pending: 4, oldestPendingAt: t0, dead: before.dead });

      const first = await s.store.claim('w1', { limit: 2, leaseMs: LEASE_MS, now: t0 });
      expect(first.map((r) => r.channel)).toEqual(OUTBOX_CHANNELS.slice(0, 2));
      expect(first[0]).toMatchObject({
        messageId,
        recipient: `${OUTBOX_CHANNELS[0]}-${tag}`,
        template: 't0',
        data: { i: 0, tag },
        attempts: 1,
        orderKey: null,
        retriedAt: null,
      });
      expect(first[0]!.createdAt).toEqual(t0);
      const made = first[1]!.messageId;
      expect(/^msg_[0-9a-f]{32}$/.test(made), `a default message id is msg_ + 32 hex digits: ${made}`).toBe(
        true,
      );
      const second = await s.store.claim('w2', { limit: 10, leaseMs: LEASE_MS, now: t0 });
      // The 'action' channel (platform hooks) is claimed like the others.
      expect(second.map((r) => r.channel)).toEqual(OUTBOX_CHANNELS.slice(2));
      expect(second.map((r) => r.attempts)).toEqual([1, 1]);

      expect(await s.store.claim('w3', { limit: 10, leaseMs: LEASE_MS, now: at(t0, LEASE_MS - 1) })).toEqual(
        [],
      );
      const again = await s.store.claim('w3', { limit: 10, leaseMs: LEASE_MS, now: at(t0, LEASE_MS) });
      expect(again.map((r) => [r.id, r.attempts])).toEqual([...first, ...second].map((r) => [r.id, 2]));

      // The lease passed to w3: w1 can no longer record a failure or a death, but its delivery counts.
      const [row] = first;
      expect(await s.store.markFailed(row!.id, 'w1', 'late', at(t0, 2 * LEASE_MS))).toBe(false);
      expect(await s.store.markDead(row!.id, 'w1', 'late', at(t0, LEASE_MS))).toBe(false);
      const sentAt = at(t0, LEASE_MS + 5);
      expect(await s.store.markDelivered(row!.id, 'w1', sentAt)).toBe(true);
      expect(await s.store.markDelivered(row!.id, 'w3', sentAt)).toBe(false);
      expect(await s.store.markFailed(row!.id, 'w3', 'after delivery', at(t0, 2 * LEASE_MS))).toBe(false);
      for (const r of again.slice(1)) expect(await s.store.markDelivered(r.id, 'w3', sentAt)).toBe(true);
      const done = await mine(tag);
      expect(done.map((m) => m.sentAt)).toEqual(done.map(() => sentAt));
      expect(done.map((m) => m.attempts)).toEqual([2, 2, 2, 2]);
      expect(await s.store.outboxStats()).toEqual({ pending: 0, oldestPendingAt: null, dead: before.dead });
    });

    test('concurrent claims hand out every row exactly once', async () => {
      await drain(s);
      const tag = randomUUID();
      await s.store.enqueue(
        messages(
          tag,
          Array.from({ length: 24 }, () => ({})),
        ),
      );
      const other = s.features.sharedDatabase ? await s.makeStore({ now: s.now }) : null;
      try {
        const stores = other ? [s.store, other] : [s.store];
        const now = s.now();
        const batches = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            stores[i % stores.length]!.claim(`w${i}`, { limit: 4, leaseMs: LEASE_MS, now }),
          ),
        );
        const ids = batches.flat().map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        // A claim may skip rows another claim holds at that moment: the rest come in later claims.
        for (let i = 0; i < 24; i++) {
          const rows = await s.store.claim(`late${i}`, { limit: 4, leaseMs: LEASE_MS, now });
          if (rows.length === 0) break;
          ids.push(...rows.map((r) => r.id));
        }
        expect(ids.length).toBe(24);
        expect(new Set(ids).size).toBe(24);
        expect((await mine(tag)).map((m) => m.attempts)).toEqual(Array<number>(24).fill(1));
      } finally {
        await other?.close();
      }
    });

    test('order key: a row waits while an earlier row of its key is neither delivered nor dead', async () => {
      await drain(s);
      const t0 = new Date('2026-05-02T10:00:00.000Z');
      s.frozen = t0;
      const tag = randomUUID();
      const [a, b] = [`a:${tag}`, `b:${tag}`];
      await s.store.enqueue(
        messages(tag, [
          { template: 'a1', orderKey: a },
          { template: 'a2', orderKey: a },
          { template: 'b1', orderKey: b },
          { template: 'n1' },
          { template: 'a3', orderKey: a },
        ]),
      );
      const claim = (owner: string, now: Date) =>
        s.store
          .claim(owner, { limit: 10, leaseMs: LEASE_MS, now })
          .then((rows) => rows.map((r) => r.template));
      const ids = new Map((await mine(tag)).map((m) => [m.template, m.id]));
      const id = (template: string) => ids.get(template)!;

      expect(await claim('w1', t0)).toEqual(['a1', 'b1', 'n1']);
      expect(await claim('w2', t0)).toEqual([]);
      expect(await s.store.markFailed(id('a1'), 'w1', 'timeout', at(t0, 30_000))).toBe(true);
      // a1 is pending again but not due: a2 still waits behind it.
      expect(await claim('w2', at(t0, 29_999))).toEqual([]);
      expect(await claim('w2', at(t0, 30_000))).toEqual(['a1']);
      expect(await s.store.markDead(id('a1'), 'w2', 'gone', at(t0, 30_000))).toBe(true);
      // A dead row no longer holds its key.
      expect(await claim('w3', at(t0, 30_000))).toEqual(['a2']);
      expect(await claim('w3', at(t0, 30_000))).toEqual([]);
      expect(await s.store.markDelivered(id('a2'), 'w3', at(t0, 30_001))).toBe(true);
      // Nor does a delivered one.
      expect(await claim('w3', at(t0, 30_001))).toEqual(['a3']);
    });

    test('a failed attempt keeps its error and waits; a dead row keeps it, is listed, and retried is due at once', async () => {
      await drain(s);
      const before = await s.store.outboxStats();
      const t0 = new Date('2026-05-03T10:00:00.000Z');
      s.frozen = t0;
      const tag = randomUUID();
      await s.store.enqueue(messages(tag, [{ channel: 'email' }, { channel: 'sms' }]));
      const [x, y] = await s.store.claim('w1', { limit: 10, leaseMs: LEASE_MS, now: t0 });
      expect([x?.channel, y?.channel]).toEqual(['email', 'sms']);

      expect(await s.store.markFailed(x!.id, 'w1', 'SMTP 451 try later', at(t0, 15_000))).toBe(true);
      // The lease is released: the same owner cannot record that attempt twice.
      expect(await s.store.markFailed(x!.id, 'w1', 'twice', at(t0, 15_000))).toBe(false);
      expect((await mine(tag, { pending: true })).find((m) => m.id === x!.id)).toMatchObject({
        attempts: 1,
        lastError: 'SMTP 451 try later',
        nextAttemptAt: at(t0, 15_000),
        sentAt: null,
        deadAt: null,
      });
      expect(await s.store.claim('w2', { limit: 10, leaseMs: LEASE_MS, now: at(t0, 14_999) })).toEqual([]);
      const retried = await s.store.claim('w2', { limit: 10, leaseMs: LEASE_MS, now: at(t0, 15_000) });
      expect(retried.map((r) => [r.id, r.attempts])).toEqual([[x!.id, 2]]);

      expect(await s.store.markDead(y!.id, 'w1', 'no sms channel configured', at(t0, 20_000))).toBe(true);
      expect(await s.store.markDead(y!.id, 'w1', 'twice', at(t0, 20_000))).toBe(false);
      expect(await s.store.markDead(x!.id, 'w2', 'still failing', at(t0, 21_000))).toBe(true);
      expect(await s.store.outboxStats()).toEqual({
        pending: before.pending,
        oldestPendingAt: before.oldestPendingAt,
        dead: before.dead + 2,
      });
      const dead = (await s.store.listDead({ limit: 500 })).filter((m) => m.recipient.endsWith(tag));
      expect(dead.map((m) => [m.id, m.lastError, m.deadAt])).toEqual([
        [x!.id, 'still failing', at(t0, 21_000)],
        [y!.id, 'no sms channel configured', at(t0, 20_000)],
      ]);
      // Dead rows are never claimed.
      expect(await s.store.claim('w3', { limit: 10, leaseMs: LEASE_MS, now: at(t0, DAY_MS) })).toEqual([]);

      const t1 = at(t0, 60_000);
      expect(await s.store.retryDead(y!.id, t1)).toBe(true);
      expect(await s.store.retryDead(y!.id, t1)).toBe(false);
      expect(await s.store.outboxStats()).toMatchObject({ pending: 1, dead: before.dead + 1 });
      const [back] = await s.store.claim('w3', { limit: 10, leaseMs: LEASE_MS, now: t1 });
      expect(back).toMatchObject({ id: y!.id, attempts: 2, retriedAt: t1, createdAt: t0 });
      expect(await s.store.markDelivered(y!.id, 'w3', t1)).toBe(true);
      // Only a dead row can be retried: not a delivered one, not a missing one.
      expect(await s.store.retryDead(y!.id, t1)).toBe(false);
      expect(await s.store.retryDead(2 ** 31 - 1, t1)).toBe(false);
    });

    test('the delivery worker over this store: backoff, dead after the maximum age, retried from the dead list', async () => {
      await drain(s);
      const t0 = new Date('2026-03-01T00:00:00.000Z');
      s.frozen = t0;
      const tag = randomUUID();
      await s.store.enqueue(messages(tag, [{ channel: 'action', template: 'lock_account', data: { tag } }]));
      let failing = true;
      const tries: number[] = [];
      const channel: DeliveryChannel = {
        channel: 'action',
        async deliver(message) {
          tries.push(message.attempts);
          if (failing) throw new Error('platform down');
        },
      };
      const delivery = createDelivery({
        store: s.store,
        channels: [channel],
        now: s.now,
        random: () => 0,
        leaseMs: LEASE_MS,
        backoffBaseMs: 30_000,
        maxAgeMs: 3 * DAY_MS,
        owner: `worker-${tag}`,
      });
      const pending = async () => (await mine(tag, { pending: true }))[0];
      try {
        expect(await delivery.runOnce()).toBe(1);
        // Attempt 1 failed: 30 s × 2^0 × (0.5 + 0.5 × random()) = 15 s.
        expect(await pending()).toMatchObject({
          attempts: 1,
          nextAttemptAt: at(t0, 15_000),
          lastError: 'Error: platform down',
        });
        s.frozen = at(t0, 14_999);
        expect(await delivery.runOnce()).toBe(0);
        s.frozen = at(t0, 15_000);
        expect(await delivery.runOnce()).toBe(1);
        expect((await pending())?.nextAttemptAt).toEqual(at(t0, 45_000)); // 15 s + 30 s × 2^1 × 0.5
        s.frozen = at(t0, 3 * DAY_MS); // the maximum age, counted from creation
        expect(await delivery.runOnce()).toBe(1);
        expect(await pending()).toBe(undefined);
        const [dead] = (await s.store.listDead({ limit: 500 })).filter((m) => m.recipient.endsWith(tag));
        expect(dead).toMatchObject({ attempts: 3, lastError: 'Error: platform down', deadAt: s.now() });

        // Retried: its age counts from the retry, so the next failure waits instead of dying.
        const t1 = at(t0, 3 * DAY_MS + 1000);
        s.frozen = t1;
        expect(await s.store.retryDead(dead!.id, t1)).toBe(true);
        expect(await delivery.runOnce()).toBe(1);
        expect(await pending()).toMatchObject({ attempts: 4, nextAttemptAt: at(t1, 120_000) });
        failing = false;
        s.frozen = at(t1, 120_000);
        expect(await delivery.runOnce()).toBe(1);
        expect((await mine(tag))[0]).toMatchObject({ sentAt: at(t1, 120_000), deadAt: null, attempts: 5 });
        expect(tries).toEqual([1, 2, 3, 4, 5]);
      } finally {
        await delivery.stop();
      }
    });
  });
}
