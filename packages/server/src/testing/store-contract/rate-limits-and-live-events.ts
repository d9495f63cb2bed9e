/**
 * The store contract: rate-limit counters, and live events (also across instances).
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { ContractSuite } from '../contract-suite';
import { chain, newCase, projection } from '../fixtures';
import type { ContractTestApi } from '../test-api';

/** Rate-limit counters, and live events (also across instances). */
export function rateLimitsAndLiveEvents(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  describe('rate limits', () => {
    test('50 parallel hits count exactly', async () => {
      const bucket = `ip:${randomUUID()}`;
      const at = new Date('2026-06-01T12:00:10.000Z');
      const results = await Promise.all(Array.from({ length: 50 }, () => s.store.hit(bucket, 60, 30, at)));
      expect(results.filter((r) => r.allowed)).toHaveLength(30);
      expect(results.filter((r) => !r.allowed)).toHaveLength(20);
      expect(results.map((r) => r.remaining).sort((x, y) => x - y)).toEqual([
        ...Array<number>(21).fill(0),
        ...Array.from({ length: 29 }, (_, i) => i + 1),
      ]);
      for (const r of results) expect(r.retryAfterSeconds).toBe(r.allowed ? 0 : 50);
      const next = await s.store.hit(bucket, 60, 30, new Date('2026-06-01T12:01:00.000Z'));
      expect(next).toEqual({ allowed: true, remaining: 29, retryAfterSeconds: 0 });
    });

    test('buckets are separate; purgeExpired drops old windows', async () => {
      const a = `acct:${randomUUID()}`;
      const b = `acct:${randomUUID()}`;
      const at = new Date('2020-01-01T00:00:00.000Z');
      await s.store.hit(a, 3600, 1, at);
      expect((await s.store.hit(a, 3600, 1, at)).allowed).toBe(false);
      expect((await s.store.hit(b, 3600, 1, at)).allowed).toBe(true);
      const purged = await s.store.purgeExpired(new Date('2020-01-01T01:00:00.000Z'));
      expect(purged.rateLimits).toBeGreaterThanOrEqual(2);
      expect((await s.store.hit(a, 3600, 1, at)).allowed).toBe(true);
    });
  });

  describe('live events', () => {
    const waitFor = async (check: () => boolean, ms = 5000) => {
      const until = Date.now() + ms;
      while (!check()) {
        if (Date.now() > until) throw new Error('timed out waiting for a live event');
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    test('subscribers get committed events only, until they unsubscribe', async () => {
      const got: string[] = [];
      const unsubscribe = s.store.subscribe((caseId, seq) => got.push(`${caseId}:${seq}`));
      const input = newCase({ events: chain(1, null, [{}, {}]) });
      await s.store.createCase(input);
      await waitFor(() => got.filter((g) => g.startsWith(input.id)).length === 2);
      await s.store.appendEvents(input.id, 2, chain(3, input.events[1]!.hash, [{}]), projection());
      await waitFor(() => got.includes(`${input.id}:3`));
      // A rolled-back write notifies nobody.
      await s.store
        .appendEvents(input.id, 2, chain(3, input.events[1]!.hash, [{}]), projection())
        .catch(() => {});
      await s.store.createCase(newCase({ events: chain(1, null, [{ visibility: 'nope' }]) })).catch(() => {});
      unsubscribe();
      await s.store.appendEvents(input.id, 3, chain(4, 'x', [{}]), projection());
      await new Promise((r) => setTimeout(r, 200));
      expect(got.filter((g) => g.startsWith(input.id))).toEqual([
        `${input.id}:1`,
        `${input.id}:2`,
        `${input.id}:3`,
      ]);
    });

    if (s.features.sharedDatabase) {
      test('another instance on the same database sees the event', async () => {
        const other = await s.makeStore({ now: s.now });
        try {
          const got: string[] = [];
          const unsubscribe = other.subscribe((caseId, seq) => got.push(`${caseId}:${seq}`));
          const input = newCase();
          const t0 = performance.now();
          await s.store.createCase(input);
          await waitFor(() => got.includes(`${input.id}:1`));
          const latency = performance.now() - t0;
          expect(latency).toBeLessThan(5000);
          // And the other instance reads what this one wrote.
          expect((await other.getCase(input.id))?.number).toBe(input.number);
          unsubscribe();
        } finally {
          await other.close();
        }
      });
    }
  });
}
