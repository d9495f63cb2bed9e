/**
 * The store contract: the desk queue: keyset pagination and filters.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { InvalidCursorError } from '../../store/errors';
import type { Store } from '../../store/types';
import type { ContractSuite } from '../contract-suite';
import { chain, newCase, projection } from '../fixtures';
import type { ContractTestApi } from '../test-api';

/** The desk queue: keyset pagination and filters. */
export function deskQueue(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  describe('desk queue', () => {
    test('keyset pagination covers every case exactly once, newest activity first', async () => {
      const state = `page_${randomUUID().slice(0, 8)}`;
      const ids: string[] = [];
      // Groups of cases share one updated_at, so ties are broken by id.
      for (let i = 0; i < 23; i++) {
        s.frozen = new Date(Date.UTC(2030, 0, 1, 0, 0, Math.floor(i / 4)));
        const input = newCase({ projection: projection({ state }) });
        await s.store.createCase(input);
        ids.push(input.id);
      }
      s.frozen = null;
      const seen: string[] = [];
      const pages: number[] = [];
      let cursor: string | null = null;
      do {
        const page = await s.store.listCases({ state, limit: 5, cursor });
        pages.push(page.items.length);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
        expect(cursor === null || /^[A-Za-z0-9_-]+$/.test(cursor)).toBe(true);
      } while (cursor);
      expect(pages).toEqual([5, 5, 5, 5, 3]);
      expect(new Set(seen).size).toBe(23);
      expect([...seen].sort()).toEqual([...ids].sort());
      const all = (await s.store.listCases({ state, limit: 200 })).items;
      expect(all.map((c) => c.id)).toEqual(seen);
      for (let i = 1; i < all.length; i++) {
        const a = all[i - 1]!;
        const b = all[i]!;
        const order = b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id > b.id ? -1 : 1);
        expect(order).toBeLessThan(0);
      }
    });

    test('a case that moves to the top between pages is not served twice', async () => {
      const state = `move_${randomUUID().slice(0, 8)}`;
      const inputs = [];
      for (let i = 0; i < 6; i++) {
        s.frozen = new Date(Date.UTC(2031, 0, 1, 0, 0, i));
        const input = newCase({ projection: projection({ state }) });
        await s.store.createCase(input);
        inputs.push(input);
      }
      const first = await s.store.listCases({ state, limit: 3 });
      // The oldest case gets activity: it jumps above the cursor.
      s.frozen = new Date(Date.UTC(2031, 0, 1, 0, 1, 0));
      const oldest = inputs[0]!;
      await s.store.appendEvents(oldest.id, 1, chain(2, oldest.events[0]!.hash, [{}]), projection({ state }));
      const second = await s.store.listCases({ state, limit: 3, cursor: first.nextCursor });
      const served = [...first.items, ...second.items].map((c) => c.id);
      expect(new Set(served).size).toBe(served.length);
      expect(served).not.toContain(oldest.id);
    });

    test('filters: state, waiting on reporter, priority, deadline', async () => {
      const state = `filter_${randomUUID().slice(0, 8)}`;
      const a = newCase({ projection: projection({ state, priority: 'high', waitingOnReporter: true }) });
      const b = newCase({
        projection: projection({ state, priority: 'low', nextDeadline: '2026-03-01T00:00:00.000Z' }),
      });
      const c = newCase({
        projection: projection({ state, priority: 'high', nextDeadline: '2026-05-01T00:00:00.000Z' }),
      });
      for (const x of [a, b, c]) await s.store.createCase(x);
      const ids = async (q: Parameters<Store['listCases']>[0]) =>
        (await s.store.listCases({ state, limit: 50, ...q })).items.map((x) => x.id).sort();
      expect(await ids({})).toEqual([a.id, b.id, c.id].sort());
      expect(await ids({ waitingOnReporter: true })).toEqual([a.id]);
      expect(await ids({ waitingOnReporter: false })).toEqual([b.id, c.id].sort());
      expect(await ids({ priority: 'high' })).toEqual([a.id, c.id].sort());
      expect(await ids({ deadlineBefore: new Date('2026-04-01T00:00:00Z') })).toEqual([b.id]);
      expect(await ids({ priority: 'high', deadlineBefore: new Date('2027-01-01T00:00:00Z') })).toEqual([
        c.id,
      ]);
    });

    test('a forged cursor is refused with InvalidCursorError', async () => {
      for (const cursor of ['garbage', Buffer.from('["x","y"]').toString('base64url'), 'W10']) {
        await expect(s.store.listCases({ cursor })).rejects.toBeInstanceOf(InvalidCursorError);
      }
    });
  });
}
