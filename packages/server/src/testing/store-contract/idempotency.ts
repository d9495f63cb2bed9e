/**
 * The store contract: idempotency keys: one winner, replays, mismatches, release, expiry.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { IdempotencyConflictError, InvalidDataError } from '../../store/errors';
import type { ContractSuite } from '../contract-suite';
import { chain, newCase, projection } from '../fixtures';
import type { ContractTestApi } from '../test-api';

/** Idempotency keys: one winner, replays, mismatches, release, expiry. */
export function idempotency(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  describe('idempotency', () => {
    test('100 parallel beginIdempotent with one key: exactly one new', async () => {
      const key = `k-${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 100 }, () => s.store.beginIdempotent('report', key, 'body-1')),
      );
      expect(results.filter((r) => r.kind === 'new')).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'in_flight')).toHaveLength(99);
    });

    test('100 parallel identical posts make exactly one case; later ones replay the answer', async () => {
      const key = `k-${randomUUID()}`;
      const state = `idem_${randomUUID().slice(0, 8)}`;
      const post = async () => {
        const begin = await s.store.beginIdempotent('report', key, 'body-1');
        if (begin.kind !== 'new') return begin.kind;
        const input = newCase({ projection: projection({ state }) });
        await s.store.createCase({
          ...input,
          idempotency: {
            scope: 'report',
            key,
            requestHash: 'body-1',
            status: 201,
            body: { id: input.id, number: input.number },
          },
        });
        return 'created';
      };
      const outcomes = await Promise.all(Array.from({ length: 100 }, post));
      expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
      const cases = (await s.store.listCases({ state, limit: 200 })).items;
      expect(cases).toHaveLength(1);
      const replay = await s.store.beginIdempotent('report', key, 'body-1');
      expect(replay).toEqual({
        kind: 'replay',
        status: 201,
        body: { id: cases[0]!.id, number: cases[0]!.number },
      });
    });

    test('same key with another body: mismatch (in flight and done)', async () => {
      const key = `k-${randomUUID()}`;
      expect(await s.store.beginIdempotent('report', key, 'body-1')).toEqual({ kind: 'new' });
      expect(await s.store.beginIdempotent('report', key, 'body-2')).toEqual({ kind: 'mismatch' });
      await s.store.completeIdempotent({
        scope: 'report',
        key,
        requestHash: 'body-1',
        status: 200,
        body: [1],
      });
      expect(await s.store.beginIdempotent('report', key, 'body-2')).toEqual({ kind: 'mismatch' });
      expect(await s.store.beginIdempotent('report', key, 'body-1')).toEqual({
        kind: 'replay',
        status: 200,
        body: [1],
      });
      // Scopes are separate.
      expect(await s.store.beginIdempotent('other', key, 'body-2')).toEqual({ kind: 'new' });
    });

    test('appendEvents completes the key in its transaction', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const key = `k-${randomUUID()}`;
      expect(await s.store.beginIdempotent('message', key, 'm1')).toEqual({ kind: 'new' });
      await s.store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection(), {
        idempotency: { scope: 'message', key, requestHash: 'm1', status: 202, body: { seq: 2 } },
      });
      expect(await s.store.beginIdempotent('message', key, 'm1')).toEqual({
        kind: 'replay',
        status: 202,
        body: { seq: 2 },
      });
    });

    test('a completed key cannot be completed again: the domain write rolls back', async () => {
      const key = `k-${randomUUID()}`;
      const completion = { scope: 'report', key, requestHash: 'h', status: 201, body: { first: true } };
      await s.store.createCase({ ...newCase(), idempotency: completion });
      const second = newCase();
      await expect(
        s.store.createCase({ ...second, idempotency: { ...completion, body: { first: false } } }),
      ).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await s.store.getCase(second.id)).toBeNull();
      expect(await s.store.beginIdempotent('report', key, 'h')).toMatchObject({ body: { first: true } });
      await expect(
        s.store.completeIdempotent({ ...completion, requestHash: 'other' }),
      ).rejects.toBeInstanceOf(IdempotencyConflictError);
    });

    test('after a failed write the key is not blocked forever', async () => {
      const key = `k-${randomUUID()}`;
      expect(await s.store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
      // The domain write fails (nothing committed); the marker stays in flight…
      await expect(
        s.store.createCase({
          ...newCase({ events: chain(1, null, [{ visibility: 'bogus' }]) }),
          idempotency: { scope: 'report', key, requestHash: 'h', status: 201, body: {} },
        }),
      ).rejects.toBeInstanceOf(InvalidDataError);
      expect(await s.store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'in_flight' });
      s.offsetMs = 29_000;
      expect(await s.store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'in_flight' });
      // …until it is 30 s old: then exactly one retry takes it over.
      s.offsetMs = 31_000;
      const takeovers = await Promise.all(
        Array.from({ length: 10 }, () => s.store.beginIdempotent('report', key, 'h')),
      );
      expect(takeovers.filter((r) => r.kind === 'new')).toHaveLength(1);
      // Releasing frees it at once.
      await s.store.releaseIdempotent('report', key);
      expect(await s.store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
    });

    test('records live at least 7 days, then purgeExpired removes them', async () => {
      const key = `k-${randomUUID()}`;
      await s.store.beginIdempotent('report', key, 'h');
      await s.store.completeIdempotent({ scope: 'report', key, requestHash: 'h', status: 201, body: {} });
      s.offsetMs = 7 * 86_400_000 - 60_000;
      expect((await s.store.beginIdempotent('report', key, 'h')).kind).toBe('replay');
      await s.store.purgeExpired(s.now());
      expect((await s.store.beginIdempotent('report', key, 'h')).kind).toBe('replay');
      s.offsetMs = 7 * 86_400_000 + 60_000;
      const purged = await s.store.purgeExpired(s.now());
      expect(purged.idempotency).toBeGreaterThanOrEqual(1);
      expect(await s.store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
    });
  });
}
