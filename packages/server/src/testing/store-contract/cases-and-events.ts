/**
 * The store contract: cases and events: the domain writes, their atomicity, tokens.
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  CaseNotFoundError,
  ConcurrencyError,
  DuplicateCaseError,
  InvalidDataError,
} from '../../store/errors';
import type { ContractSuite } from '../contract-suite';
import { chain, newCase, projection, sha256 } from '../fixtures';
import type { ContractTestApi } from '../test-api';

/** Cases and events: the domain writes, their atomicity, tokens. */
export function casesAndEvents(api: ContractTestApi, s: ContractSuite): void {
  const { describe, it: test, expect } = api;
  describe('cases and events', () => {
    test('createCase stores the case and its events verbatim', async () => {
      const input = newCase({
        events: chain(1, null, [
          { type: 'reported', data: { zeta: 1, alpha: { y: [1, 'two', null], b: true } } },
          { type: 'triaged', visibility: 'internal', data: null },
        ]),
        projection: projection({ state: 'submitted', nextDeadline: '2026-02-01T00:00:00.000Z' }),
        tokenExpiresAt: null,
      });
      const created = await s.store.createCase(input);
      expect(created).toMatchObject({ id: input.id, number: input.number, version: 2 });
      expect(created.createdAt).toBeInstanceOf(Date);
      expect(created.projection).toEqual(input.projection);
      expect(created).not.toHaveProperty('tokenHash');

      expect(await s.store.getCase(input.id)).toEqual(created);
      expect(await s.store.getCaseByNumber(input.number)).toEqual(created);
      expect(await s.store.loadEvents(input.id)).toEqual(input.events);
    });

    test('getCaseByNumber normalizes what a person types', async () => {
      const input = newCase({ number: 'RC-0011-ABCD' });
      await s.store.createCase(input);
      expect((await s.store.getCaseByNumber(' rc-oOl1-abcd '))?.id).toBe(input.id);
      expect(await s.store.getCaseByNumber('RC-0011-ABCE')).toBeNull();
    });

    test('loadEvents filters by seq and visibility', async () => {
      const input = newCase({
        events: chain(1, null, [{}, { visibility: 'internal' }, {}, { visibility: 'internal' }]),
      });
      await s.store.createCase(input);
      expect((await s.store.loadEvents(input.id, { afterSeq: 2 })).map((e) => e.seq)).toEqual([3, 4]);
      expect((await s.store.loadEvents(input.id, { visibility: 'public' })).map((e) => e.seq)).toEqual([
        1, 3,
      ]);
      expect(
        (await s.store.loadEvents(input.id, { visibility: 'internal', afterSeq: 2 })).map((e) => e.seq),
      ).toEqual([4]);
      expect(await s.store.loadEvents(randomUUID())).toEqual([]);
      expect(await s.store.loadEvents('not-a-uuid')).toEqual([]);
    });

    test('appendEvents appends, bumps the version and replaces the projection', async () => {
      const input = newCase();
      const created = await s.store.createCase(input);
      s.offsetMs = 5_000;
      const more = chain(2, input.events[0]!.hash, [{ type: 'claimed' }, { type: 'message' }]);
      const p = projection({ state: 'in_review', priority: 'high', waitingOnReporter: true });
      const updated = await s.store.appendEvents(input.id, 1, more, p);
      expect(updated.version).toBe(3);
      expect(updated.projection).toEqual(p);
      expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
      expect(updated.createdAt).toEqual(created.createdAt);
      expect(await s.store.loadEvents(input.id)).toEqual([...input.events, ...more]);
    });

    test('a stale expectedVersion fails with ConcurrencyError and writes nothing', async () => {
      const input = newCase();
      await s.store.createCase(input);
      await s.store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
      const recipient = `stale-${randomUUID()}@example.test`;
      const err = await s.store
        .appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{ type: 'late' }]), projection(), {
          idempotency: { scope: 's', key: `k-${randomUUID()}`, requestHash: 'h', status: 200, body: {} },
          outbox: [{ channel: 'email', recipient, template: 't', data: {} }],
        })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConcurrencyError);
      expect(err).toMatchObject({ caseId: input.id, expectedVersion: 1, actualVersion: 2 });
      const events = await s.store.loadEvents(input.id);
      expect(events.map((e) => e.type)).toEqual(['reported', 'note']);
      expect((await s.store.getCase(input.id))?.version).toBe(2);
      expect((await s.store.listOutbox({ limit: 500 })).some((m) => m.recipient === recipient)).toBe(false);
    });

    test('parallel appends at one version: exactly one wins, no partial write', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const contenders = Array.from({ length: 10 }, (_, i) =>
        chain(2, input.events[0]!.hash, [
          { type: `c${i}`, data: { i } },
          { type: `c${i}`, data: { i, second: true } },
        ]),
      );
      const results = await Promise.allSettled(
        contenders.map((events, i) =>
          s.store.appendEvents(input.id, 1, events, projection({ state: `won_${i}` })),
        ),
      );
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      expect(won).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
      }
      const winner = won[0]!;
      const events = await s.store.loadEvents(input.id);
      expect(events).toEqual([...input.events, ...contenders[winner]!]);
      const current = await s.store.getCase(input.id);
      expect(current?.version).toBe(3);
      expect(current?.projection.state).toBe(`won_${winner}`);
    });

    test('appendEvents on a missing or malformed case: CaseNotFoundError', async () => {
      const events = chain(1, null, [{}]);
      await expect(s.store.appendEvents(randomUUID(), 0, events, projection())).rejects.toBeInstanceOf(
        CaseNotFoundError,
      );
      await expect(s.store.appendEvents('nope', 0, events, projection())).rejects.toBeInstanceOf(
        CaseNotFoundError,
      );
    });

    test('events must continue the seq and carry a canonical timestamp', async () => {
      const input = newCase();
      await s.store.createCase(input);
      await expect(
        s.store.appendEvents(input.id, 1, chain(3, input.events[0]!.hash, [{}]), projection()),
      ).rejects.toBeInstanceOf(InvalidDataError);
      await expect(
        s.store.appendEvents(
          input.id,
          1,
          chain(2, input.events[0]!.hash, [{ at: '2026-01-02T03:04:05+02:00' }]),
          projection(),
        ),
      ).rejects.toBeInstanceOf(InvalidDataError);
      await expect(s.store.createCase(newCase({ events: [] }))).rejects.toBeInstanceOf(InvalidDataError);
      expect((await s.store.getCase(input.id))?.version).toBe(1);
    });

    test('createCase is atomic: a failure mid-transaction leaves no case, events, key or outbox row', async () => {
      for (const variant of ['bad event', 'bad outbox row'] as const) {
        const recipient = `atomic-${randomUUID()}@example.test`;
        const key = `k-${randomUUID()}`;
        const input = newCase({
          events: chain(1, null, [
            { type: 'reported' },
            { type: 'oops', visibility: variant === 'bad event' ? 'secret' : 'public' },
          ]),
          idempotency: { scope: 'report', key, requestHash: 'req-1', status: 201, body: { ok: true } },
          outbox: [
            { channel: 'email', recipient, template: 'case_received', data: { n: 1 } },
            {
              channel: variant === 'bad outbox row' ? ('pigeon' as 'email') : 'sms',
              recipient,
              template: 'case_received',
              data: {},
            },
          ],
        });
        await expect(s.store.createCase(input), variant).rejects.toBeInstanceOf(InvalidDataError);
        expect(await s.store.getCase(input.id)).toBeNull();
        expect(await s.store.getCaseByNumber(input.number)).toBeNull();
        expect(await s.store.loadEvents(input.id)).toEqual([]);
        expect((await s.store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient)).toEqual(
          [],
        );
        // No idempotency record: the key is free (a record would replay, mismatch or be in flight).
        expect(await s.store.beginIdempotent('report', key, 'req-1')).toEqual({ kind: 'new' });
        // And the same input (fixed) now commits as a whole.
        const fixed = {
          ...input,
          events: chain(1, null, [{ type: 'reported' }]),
          outbox: input.outbox!.slice(0, 1),
        };
        await s.store.createCase(fixed);
        expect(await s.store.beginIdempotent('report', key, 'req-1')).toEqual({
          kind: 'replay',
          status: 201,
          body: { ok: true },
        });
        expect(
          (await s.store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient),
        ).toHaveLength(1);
      }
    });

    test('duplicate id or number: DuplicateCaseError and nothing written', async () => {
      const first = newCase();
      await s.store.createCase(first);
      const key = `k-${randomUUID()}`;
      const again = newCase({
        number: first.number,
        idempotency: { scope: 'report', key, requestHash: 'h', status: 201, body: {} },
      });
      const err = await s.store.createCase(again).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DuplicateCaseError);
      expect(err).toMatchObject({ field: 'number' });
      expect(await s.store.getCase(again.id)).toBeNull();
      expect(await s.store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
      const sameId = await s.store.createCase(newCase({ id: first.id })).catch((e: unknown) => e);
      expect(sameId).toMatchObject({ field: 'id' });
    });

    test('findCaseForToken: right token only; wrong token and missing case both null', async () => {
      const input = newCase();
      await s.store.createCase(input);
      const found = await s.store.findCaseForToken(input.id, sha256(input.token));
      expect(found?.id).toBe(input.id);
      expect(await s.store.findCaseForToken(input.id, sha256(randomBytes(32)))).toBeNull();
      expect(await s.store.findCaseForToken(randomUUID(), sha256(input.token))).toBeNull();
      expect(await s.store.findCaseForToken('../etc', sha256(input.token))).toBeNull();
      expect(await s.store.findCaseForToken(input.id, sha256(input.token).subarray(0, 16))).toBeNull();
      expect(await s.store.findCaseForToken(input.id, new Uint8Array(32))).toBeNull();
    });

    test('tokens expire, can be revoked and rotated', async () => {
      const input = newCase({ tokenExpiresAt: new Date(Date.now() + 60_000) });
      await s.store.createCase(input);
      expect(await s.store.findCaseForToken(input.id, input.tokenHash)).not.toBeNull();
      s.offsetMs = 61_000;
      expect(await s.store.findCaseForToken(input.id, input.tokenHash)).toBeNull();
      s.offsetMs = 0;
      await s.store.updateToken(input.id, { expiresAt: null });
      expect(await s.store.findCaseForToken(input.id, input.tokenHash)).not.toBeNull();
      const rotated = sha256(randomBytes(32));
      await s.store.updateToken(input.id, { tokenHash: rotated });
      expect(await s.store.findCaseForToken(input.id, input.tokenHash)).toBeNull();
      expect(await s.store.findCaseForToken(input.id, rotated)).not.toBeNull();
      // Closing sets the expiry in the append transaction.
      const closeAt = new Date(Date.now() - 1000);
      await s.store.appendEvents(
        input.id,
        1,
        chain(2, input.events[0]!.hash, [{ type: 'closed' }]),
        projection(),
        {
          tokenExpiresAt: closeAt,
        },
      );
      expect((await s.store.getCase(input.id))?.tokenExpiresAt).toEqual(closeAt);
      expect(await s.store.findCaseForToken(input.id, rotated)).toBeNull();
      await expect(s.store.updateToken(randomUUID(), { expiresAt: null })).rejects.toBeInstanceOf(
        CaseNotFoundError,
      );
    });
  });
}
