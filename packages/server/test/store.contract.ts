import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  AttachmentLimitError,
  type CaseEvent,
  CaseNotFoundError,
  type CaseProjection,
  ConcurrencyError,
  DuplicateCaseError,
  generateCaseNumber,
  IdempotencyConflictError,
  InvalidCursorError,
  InvalidDataError,
  type NewCase,
  type Store,
} from '../src/store/index';

/** Options the contract passes to the store factory under test. */
export interface ContractStoreOptions {
  /** The clock the store must use for everything it stamps. */
  now: () => Date;
}

/** What the engine under test supports beyond the common contract. */
export interface ContractFeatures {
  /** Calling `makeStore` again opens another instance on the SAME database (PostgreSQL). */
  sharedDatabase?: boolean;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();
const hex = (data: string | Uint8Array) => sha256(data).toString('hex');

/** Canonical JSON (sorted keys), as a caller hashes event data. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

interface EventSpec {
  type?: string;
  visibility?: string;
  data?: unknown;
  at?: string;
}

/** Builds already-chained events, like the domain layer does. */
export function chain(firstSeq: number, prev: string | null, specs: EventSpec[]): CaseEvent[] {
  let last = prev;
  return specs.map((s, i) => {
    const data = 'data' in s ? s.data : { i };
    const type = s.type ?? 'note';
    const at = s.at ?? new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678 + i)).toISOString();
    const digest = hex(canonical({ type, at, data }));
    const hash = hex(`${last ?? ''}|${digest}`);
    const event = {
      seq: firstSeq + i,
      type,
      at,
      actorRole: 'reporter',
      actorId: i % 2 ? 'agent-7' : null,
      visibility: (s.visibility ?? 'public') as CaseEvent['visibility'],
      data,
      digest,
      prev: last,
      hash,
    };
    last = hash;
    return event;
  });
}

/** A valid queue projection. */
export function projection(over: Partial<CaseProjection> = {}): CaseProjection {
  return {
    state: 'submitted',
    priority: 'normal',
    waitingOnReporter: false,
    nextDeadline: null,
    claim: null,
    complaint: null,
    info: { requested: [] },
    ...over,
  };
}

/** A fresh case input with a random id, number and token. */
export function newCase(over: Partial<NewCase> = {}): NewCase & { token: Uint8Array } {
  const token = randomBytes(32);
  return {
    id: randomUUID(),
    number: generateCaseNumber(),
    tokenHash: sha256(token),
    accountKey: `acct:${randomUUID()}`,
    events: chain(1, null, [{ type: 'reported', data: { text: 'my account was stolen', z: 1, a: [1, 2] } }]),
    projection: projection(),
    ...over,
    token,
  };
}

/**
 * The storage contract: every `Store` adapter must pass it. `makeStore` is called once for the
 * suite (and once more when `features.sharedDatabase`); each call must give a working store on
 * a database the suite may fill freely.
 */
export function runStoreContract(
  name: string,
  makeStore: (options: ContractStoreOptions) => Promise<Store>,
  features: ContractFeatures = {},
): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let offsetMs = 0;
    let frozen: Date | null = null;
    const now = () => frozen ?? new Date(Date.now() + offsetMs);

    beforeAll(async () => {
      store = await makeStore({ now });
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(() => {
      offsetMs = 0;
      frozen = null;
    });

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
        const created = await store.createCase(input);
        expect(created).toMatchObject({ id: input.id, number: input.number, version: 2 });
        expect(created.createdAt).toBeInstanceOf(Date);
        expect(created.projection).toEqual(input.projection);
        expect(created).not.toHaveProperty('tokenHash');

        expect(await store.getCase(input.id)).toEqual(created);
        expect(await store.getCaseByNumber(input.number)).toEqual(created);
        expect(await store.loadEvents(input.id)).toEqual(input.events);
      });

      test('getCaseByNumber normalizes what a person types', async () => {
        const input = newCase({ number: 'RC-0011-ABCD' });
        await store.createCase(input);
        expect((await store.getCaseByNumber(' rc-oOl1-abcd '))?.id).toBe(input.id);
        expect(await store.getCaseByNumber('RC-0011-ABCE')).toBeNull();
      });

      test('loadEvents filters by seq and visibility', async () => {
        const input = newCase({
          events: chain(1, null, [{}, { visibility: 'internal' }, {}, { visibility: 'internal' }]),
        });
        await store.createCase(input);
        expect((await store.loadEvents(input.id, { afterSeq: 2 })).map((e) => e.seq)).toEqual([3, 4]);
        expect((await store.loadEvents(input.id, { visibility: 'public' })).map((e) => e.seq)).toEqual([
          1, 3,
        ]);
        expect(
          (await store.loadEvents(input.id, { visibility: 'internal', afterSeq: 2 })).map((e) => e.seq),
        ).toEqual([4]);
        expect(await store.loadEvents(randomUUID())).toEqual([]);
        expect(await store.loadEvents('not-a-uuid')).toEqual([]);
      });

      test('appendEvents appends, bumps the version and replaces the projection', async () => {
        const input = newCase();
        const created = await store.createCase(input);
        offsetMs = 5_000;
        const more = chain(2, input.events[0]!.hash, [{ type: 'claimed' }, { type: 'message' }]);
        const p = projection({ state: 'in_review', priority: 'high', waitingOnReporter: true });
        const updated = await store.appendEvents(input.id, 1, more, p);
        expect(updated.version).toBe(3);
        expect(updated.projection).toEqual(p);
        expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
        expect(updated.createdAt).toEqual(created.createdAt);
        expect(await store.loadEvents(input.id)).toEqual([...input.events, ...more]);
      });

      test('a stale expectedVersion fails with ConcurrencyError and writes nothing', async () => {
        const input = newCase();
        await store.createCase(input);
        await store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
        const recipient = `stale-${randomUUID()}@example.test`;
        const err = await store
          .appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{ type: 'late' }]), projection(), {
            idempotency: { scope: 's', key: `k-${randomUUID()}`, requestHash: 'h', status: 200, body: {} },
            outbox: [{ channel: 'email', recipient, template: 't', data: {} }],
          })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConcurrencyError);
        expect(err).toMatchObject({ caseId: input.id, expectedVersion: 1, actualVersion: 2 });
        const events = await store.loadEvents(input.id);
        expect(events.map((e) => e.type)).toEqual(['reported', 'note']);
        expect((await store.getCase(input.id))?.version).toBe(2);
        expect((await store.listOutbox({ limit: 500 })).some((m) => m.recipient === recipient)).toBe(false);
      });

      test('parallel appends at one version: exactly one wins, no partial write', async () => {
        const input = newCase();
        await store.createCase(input);
        const contenders = Array.from({ length: 10 }, (_, i) =>
          chain(2, input.events[0]!.hash, [
            { type: `c${i}`, data: { i } },
            { type: `c${i}`, data: { i, second: true } },
          ]),
        );
        const results = await Promise.allSettled(
          contenders.map((events, i) =>
            store.appendEvents(input.id, 1, events, projection({ state: `won_${i}` })),
          ),
        );
        const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
        expect(won).toHaveLength(1);
        for (const r of results) {
          if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
        }
        const winner = won[0]!;
        const events = await store.loadEvents(input.id);
        expect(events).toEqual([...input.events, ...contenders[winner]!]);
        const current = await store.getCase(input.id);
        expect(current?.version).toBe(3);
        expect(current?.projection.state).toBe(`won_${winner}`);
      });

      test('appendEvents on a missing or malformed case: CaseNotFoundError', async () => {
        const events = chain(1, null, [{}]);
        await expect(store.appendEvents(randomUUID(), 0, events, projection())).rejects.toBeInstanceOf(
          CaseNotFoundError,
        );
        await expect(store.appendEvents('nope', 0, events, projection())).rejects.toBeInstanceOf(
          CaseNotFoundError,
        );
      });

      test('events must continue the seq and carry a canonical timestamp', async () => {
        const input = newCase();
        await store.createCase(input);
        await expect(
          store.appendEvents(input.id, 1, chain(3, input.events[0]!.hash, [{}]), projection()),
        ).rejects.toBeInstanceOf(InvalidDataError);
        await expect(
          store.appendEvents(
            input.id,
            1,
            chain(2, input.events[0]!.hash, [{ at: '2026-01-02T03:04:05+02:00' }]),
            projection(),
          ),
        ).rejects.toBeInstanceOf(InvalidDataError);
        await expect(store.createCase(newCase({ events: [] }))).rejects.toBeInstanceOf(InvalidDataError);
        expect((await store.getCase(input.id))?.version).toBe(1);
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
          await expect(store.createCase(input), variant).rejects.toBeInstanceOf(InvalidDataError);
          expect(await store.getCase(input.id)).toBeNull();
          expect(await store.getCaseByNumber(input.number)).toBeNull();
          expect(await store.loadEvents(input.id)).toEqual([]);
          expect((await store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient)).toEqual(
            [],
          );
          // No idempotency record: the key is free (a record would replay, mismatch or be in flight).
          expect(await store.beginIdempotent('report', key, 'req-1')).toEqual({ kind: 'new' });
          // And the same input (fixed) now commits as a whole.
          const fixed = {
            ...input,
            events: chain(1, null, [{ type: 'reported' }]),
            outbox: input.outbox!.slice(0, 1),
          };
          await store.createCase(fixed);
          expect(await store.beginIdempotent('report', key, 'req-1')).toEqual({
            kind: 'replay',
            status: 201,
            body: { ok: true },
          });
          expect(
            (await store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient),
          ).toHaveLength(1);
        }
      });

      test('duplicate id or number: DuplicateCaseError and nothing written', async () => {
        const first = newCase();
        await store.createCase(first);
        const key = `k-${randomUUID()}`;
        const again = newCase({
          number: first.number,
          idempotency: { scope: 'report', key, requestHash: 'h', status: 201, body: {} },
        });
        const err = await store.createCase(again).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DuplicateCaseError);
        expect(err).toMatchObject({ field: 'number' });
        expect(await store.getCase(again.id)).toBeNull();
        expect(await store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
        const sameId = await store.createCase(newCase({ id: first.id })).catch((e: unknown) => e);
        expect(sameId).toMatchObject({ field: 'id' });
      });

      test('findCaseForToken: right token only; wrong token and missing case both null', async () => {
        const input = newCase();
        await store.createCase(input);
        const found = await store.findCaseForToken(input.id, sha256(input.token));
        expect(found?.id).toBe(input.id);
        expect(await store.findCaseForToken(input.id, sha256(randomBytes(32)))).toBeNull();
        expect(await store.findCaseForToken(randomUUID(), sha256(input.token))).toBeNull();
        expect(await store.findCaseForToken('../etc', sha256(input.token))).toBeNull();
        expect(await store.findCaseForToken(input.id, sha256(input.token).subarray(0, 16))).toBeNull();
        expect(await store.findCaseForToken(input.id, new Uint8Array(32))).toBeNull();
      });

      test('tokens expire, can be revoked and rotated', async () => {
        const input = newCase({ tokenExpiresAt: new Date(Date.now() + 60_000) });
        await store.createCase(input);
        expect(await store.findCaseForToken(input.id, input.tokenHash)).not.toBeNull();
        offsetMs = 61_000;
        expect(await store.findCaseForToken(input.id, input.tokenHash)).toBeNull();
        offsetMs = 0;
        await store.updateToken(input.id, { expiresAt: null });
        expect(await store.findCaseForToken(input.id, input.tokenHash)).not.toBeNull();
        const rotated = sha256(randomBytes(32));
        await store.updateToken(input.id, { tokenHash: rotated });
        expect(await store.findCaseForToken(input.id, input.tokenHash)).toBeNull();
        expect(await store.findCaseForToken(input.id, rotated)).not.toBeNull();
        // Closing sets the expiry in the append transaction.
        const closeAt = new Date(Date.now() - 1000);
        await store.appendEvents(
          input.id,
          1,
          chain(2, input.events[0]!.hash, [{ type: 'closed' }]),
          projection(),
          {
            tokenExpiresAt: closeAt,
          },
        );
        expect((await store.getCase(input.id))?.tokenExpiresAt).toEqual(closeAt);
        expect(await store.findCaseForToken(input.id, rotated)).toBeNull();
        await expect(store.updateToken(randomUUID(), { expiresAt: null })).rejects.toBeInstanceOf(
          CaseNotFoundError,
        );
      });
    });

    describe('desk queue', () => {
      test('keyset pagination covers every case exactly once, newest activity first', async () => {
        const state = `page_${randomUUID().slice(0, 8)}`;
        const ids: string[] = [];
        // Groups of cases share one updated_at, so ties are broken by id.
        for (let i = 0; i < 23; i++) {
          frozen = new Date(Date.UTC(2030, 0, 1, 0, 0, Math.floor(i / 4)));
          const input = newCase({ projection: projection({ state }) });
          await store.createCase(input);
          ids.push(input.id);
        }
        frozen = null;
        const seen: string[] = [];
        const pages: number[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.listCases({ state, limit: 5, cursor });
          pages.push(page.items.length);
          seen.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
          expect(cursor === null || /^[A-Za-z0-9_-]+$/.test(cursor)).toBe(true);
        } while (cursor);
        expect(pages).toEqual([5, 5, 5, 5, 3]);
        expect(new Set(seen).size).toBe(23);
        expect([...seen].sort()).toEqual([...ids].sort());
        const all = (await store.listCases({ state, limit: 200 })).items;
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
          frozen = new Date(Date.UTC(2031, 0, 1, 0, 0, i));
          const input = newCase({ projection: projection({ state }) });
          await store.createCase(input);
          inputs.push(input);
        }
        const first = await store.listCases({ state, limit: 3 });
        // The oldest case gets activity: it jumps above the cursor.
        frozen = new Date(Date.UTC(2031, 0, 1, 0, 1, 0));
        const oldest = inputs[0]!;
        await store.appendEvents(oldest.id, 1, chain(2, oldest.events[0]!.hash, [{}]), projection({ state }));
        const second = await store.listCases({ state, limit: 3, cursor: first.nextCursor });
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
        for (const x of [a, b, c]) await store.createCase(x);
        const ids = async (q: Parameters<Store['listCases']>[0]) =>
          (await store.listCases({ state, limit: 50, ...q })).items.map((x) => x.id).sort();
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
          await expect(store.listCases({ cursor })).rejects.toBeInstanceOf(InvalidCursorError);
        }
      });
    });

    describe('idempotency', () => {
      test('100 parallel beginIdempotent with one key: exactly one new', async () => {
        const key = `k-${randomUUID()}`;
        const results = await Promise.all(
          Array.from({ length: 100 }, () => store.beginIdempotent('report', key, 'body-1')),
        );
        expect(results.filter((r) => r.kind === 'new')).toHaveLength(1);
        expect(results.filter((r) => r.kind === 'in_flight')).toHaveLength(99);
      });

      test('100 parallel identical posts make exactly one case; later ones replay the answer', async () => {
        const key = `k-${randomUUID()}`;
        const state = `idem_${randomUUID().slice(0, 8)}`;
        const post = async () => {
          const begin = await store.beginIdempotent('report', key, 'body-1');
          if (begin.kind !== 'new') return begin.kind;
          const input = newCase({ projection: projection({ state }) });
          await store.createCase({
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
        const cases = (await store.listCases({ state, limit: 200 })).items;
        expect(cases).toHaveLength(1);
        const replay = await store.beginIdempotent('report', key, 'body-1');
        expect(replay).toEqual({
          kind: 'replay',
          status: 201,
          body: { id: cases[0]!.id, number: cases[0]!.number },
        });
      });

      test('same key with another body: mismatch (in flight and done)', async () => {
        const key = `k-${randomUUID()}`;
        expect(await store.beginIdempotent('report', key, 'body-1')).toEqual({ kind: 'new' });
        expect(await store.beginIdempotent('report', key, 'body-2')).toEqual({ kind: 'mismatch' });
        await store.completeIdempotent({
          scope: 'report',
          key,
          requestHash: 'body-1',
          status: 200,
          body: [1],
        });
        expect(await store.beginIdempotent('report', key, 'body-2')).toEqual({ kind: 'mismatch' });
        expect(await store.beginIdempotent('report', key, 'body-1')).toEqual({
          kind: 'replay',
          status: 200,
          body: [1],
        });
        // Scopes are separate.
        expect(await store.beginIdempotent('other', key, 'body-2')).toEqual({ kind: 'new' });
      });

      test('appendEvents completes the key in its transaction', async () => {
        const input = newCase();
        await store.createCase(input);
        const key = `k-${randomUUID()}`;
        expect(await store.beginIdempotent('message', key, 'm1')).toEqual({ kind: 'new' });
        await store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection(), {
          idempotency: { scope: 'message', key, requestHash: 'm1', status: 202, body: { seq: 2 } },
        });
        expect(await store.beginIdempotent('message', key, 'm1')).toEqual({
          kind: 'replay',
          status: 202,
          body: { seq: 2 },
        });
      });

      test('a completed key cannot be completed again: the domain write rolls back', async () => {
        const key = `k-${randomUUID()}`;
        const completion = { scope: 'report', key, requestHash: 'h', status: 201, body: { first: true } };
        await store.createCase({ ...newCase(), idempotency: completion });
        const second = newCase();
        await expect(
          store.createCase({ ...second, idempotency: { ...completion, body: { first: false } } }),
        ).rejects.toBeInstanceOf(IdempotencyConflictError);
        expect(await store.getCase(second.id)).toBeNull();
        expect(await store.beginIdempotent('report', key, 'h')).toMatchObject({ body: { first: true } });
        await expect(
          store.completeIdempotent({ ...completion, requestHash: 'other' }),
        ).rejects.toBeInstanceOf(IdempotencyConflictError);
      });

      test('after a failed write the key is not blocked forever', async () => {
        const key = `k-${randomUUID()}`;
        expect(await store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
        // The domain write fails (nothing committed); the marker stays in flight…
        await expect(
          store.createCase({
            ...newCase({ events: chain(1, null, [{ visibility: 'bogus' }]) }),
            idempotency: { scope: 'report', key, requestHash: 'h', status: 201, body: {} },
          }),
        ).rejects.toBeInstanceOf(InvalidDataError);
        expect(await store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'in_flight' });
        offsetMs = 29_000;
        expect(await store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'in_flight' });
        // …until it is 30 s old: then exactly one retry takes it over.
        offsetMs = 31_000;
        const takeovers = await Promise.all(
          Array.from({ length: 10 }, () => store.beginIdempotent('report', key, 'h')),
        );
        expect(takeovers.filter((r) => r.kind === 'new')).toHaveLength(1);
        // Releasing frees it at once.
        await store.releaseIdempotent('report', key);
        expect(await store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
      });

      test('records live at least 7 days, then purgeExpired removes them', async () => {
        const key = `k-${randomUUID()}`;
        await store.beginIdempotent('report', key, 'h');
        await store.completeIdempotent({ scope: 'report', key, requestHash: 'h', status: 201, body: {} });
        offsetMs = 7 * 86_400_000 - 60_000;
        expect((await store.beginIdempotent('report', key, 'h')).kind).toBe('replay');
        await store.purgeExpired(now());
        expect((await store.beginIdempotent('report', key, 'h')).kind).toBe('replay');
        offsetMs = 7 * 86_400_000 + 60_000;
        const purged = await store.purgeExpired(now());
        expect(purged.idempotency).toBeGreaterThanOrEqual(1);
        expect(await store.beginIdempotent('report', key, 'h')).toEqual({ kind: 'new' });
      });
    });

    describe('outbox', () => {
      test('rows written with the case; pending until marked sent', async () => {
        const recipient = `owner-${randomUUID()}@example.test`;
        const input = newCase({
          outbox: [
            { channel: 'email', recipient, template: 'case_received', data: { number: 'RC-1' } },
            { channel: 'sms', recipient, template: 'case_received_sms', data: {} },
          ],
        });
        await store.createCase(input);
        await store.enqueue([{ channel: 'email', recipient, template: 'extra', data: { x: 1 } }]);
        const mine = (await store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient);
        expect(mine.map((m) => m.template)).toEqual(['extra', 'case_received_sms', 'case_received']);
        expect(mine[2]).toMatchObject({ channel: 'email', data: { number: 'RC-1' }, sentAt: null });
        expect(typeof mine[0]!.id).toBe('number');
        const pending = (await store.listOutbox({ limit: 500, pending: true })).filter(
          (m) => m.recipient === recipient,
        );
        expect(pending.map((m) => m.template)).toEqual(['case_received', 'case_received_sms', 'extra']);
        const sentAt = new Date('2026-01-01T00:00:00.000Z');
        await store.markSent([pending[0]!.id, pending[1]!.id], sentAt);
        const after = (await store.listOutbox({ limit: 500 })).filter((m) => m.recipient === recipient);
        expect(after.find((m) => m.id === pending[0]!.id)?.sentAt).toEqual(sentAt);
        expect(
          (await store.listOutbox({ limit: 500, pending: true })).filter((m) => m.recipient === recipient),
        ).toHaveLength(1);
      });
    });

    describe('attachments', () => {
      const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

      test('put, get, list, totals; storage name made by the server', async () => {
        const input = newCase();
        await store.createCase(input);
        const data = new TextEncoder().encode('%PDF-1.7 evidence');
        const meta = await store.putAttachment({
          caseId: input.id,
          originalName: '../../etc/passwd<script>.pdf',
          mediaType: 'application/pdf',
          data,
          uploadedByRole: 'reporter',
        });
        expect(meta).toMatchObject({
          caseId: input.id,
          originalName: '../../etc/passwd<script>.pdf',
          size: data.length,
          sha256: hex(data),
          storageName: `${meta.id}.pdf`,
        });
        const got = await store.getAttachment(input.id, meta.id);
        expect(got && Buffer.from(got.data).equals(Buffer.from(data))).toBe(true);
        expect(got).toMatchObject(meta);
        await store.putAttachment({
          caseId: input.id,
          originalName: 'shot.png',
          mediaType: 'image/png',
          data: bytes(100),
          uploadedByRole: 'reporter',
        });
        const list = await store.listAttachments(input.id);
        expect(list.map((a) => a.originalName)).toEqual(['../../etc/passwd<script>.pdf', 'shot.png']);
        expect(list[0]).not.toHaveProperty('data');
        expect(await store.caseAttachmentTotals(input.id)).toEqual({ count: 2, bytes: data.length + 100 });
        expect(await store.caseAttachmentTotals(randomUUID())).toEqual({ count: 0, bytes: 0 });
      });

      test('a foreign case answers exactly like a missing attachment', async () => {
        const mine = newCase();
        const theirs = newCase();
        await store.createCase(mine);
        await store.createCase(theirs);
        const meta = await store.putAttachment({
          caseId: theirs.id,
          originalName: 'a.txt',
          mediaType: 'text/plain',
          data: bytes(3),
          uploadedByRole: 'reporter',
        });
        expect(await store.getAttachment(mine.id, meta.id)).toBeNull();
        expect(await store.getAttachment(mine.id, randomUUID())).toBeNull();
        expect(await store.getAttachment(mine.id, 'x')).toBeNull();
        expect(await store.listAttachments(mine.id)).toEqual([]);
        await expect(
          store.putAttachment({
            caseId: randomUUID(),
            originalName: 'a.txt',
            mediaType: 'text/plain',
            data: bytes(3),
            uploadedByRole: 'reporter',
          }),
        ).rejects.toBeInstanceOf(CaseNotFoundError);
      });

      test('limits hold under parallel uploads', async () => {
        const input = newCase();
        await store.createCase(input);
        const put = (n: number) =>
          store.putAttachment({
            caseId: input.id,
            originalName: 'x.txt',
            mediaType: 'text/plain',
            data: bytes(n),
            uploadedByRole: 'reporter',
            limits: { maxCount: 3, maxBytes: 1000 },
          });
        const results = await Promise.allSettled(Array.from({ length: 8 }, () => put(10)));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
        for (const r of results) {
          if (r.status === 'rejected') expect(r.reason).toMatchObject({ limit: 'count' });
        }
        const other = newCase();
        await store.createCase(other);
        await store.putAttachment({
          caseId: other.id,
          originalName: 'a',
          mediaType: 'text/plain',
          data: bytes(900),
          uploadedByRole: 'reporter',
          limits: { maxCount: 10, maxBytes: 1000 },
        });
        const err = await store
          .putAttachment({
            caseId: other.id,
            originalName: 'b',
            mediaType: 'text/plain',
            data: bytes(101),
            uploadedByRole: 'reporter',
            limits: { maxCount: 10, maxBytes: 1000 },
          })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(AttachmentLimitError);
        expect(err).toMatchObject({ limit: 'bytes' });
        expect(await store.caseAttachmentTotals(other.id)).toEqual({ count: 1, bytes: 900 });
      });
    });

    describe('rate limits', () => {
      test('50 parallel hits count exactly', async () => {
        const bucket = `ip:${randomUUID()}`;
        const at = new Date('2026-06-01T12:00:10.000Z');
        const results = await Promise.all(Array.from({ length: 50 }, () => store.hit(bucket, 60, 30, at)));
        expect(results.filter((r) => r.allowed)).toHaveLength(30);
        expect(results.filter((r) => !r.allowed)).toHaveLength(20);
        expect(results.map((r) => r.remaining).sort((x, y) => x - y)).toEqual([
          ...Array<number>(21).fill(0),
          ...Array.from({ length: 29 }, (_, i) => i + 1),
        ]);
        for (const r of results) expect(r.retryAfterSeconds).toBe(r.allowed ? 0 : 50);
        const next = await store.hit(bucket, 60, 30, new Date('2026-06-01T12:01:00.000Z'));
        expect(next).toEqual({ allowed: true, remaining: 29, retryAfterSeconds: 0 });
      });

      test('buckets are separate; purgeExpired drops old windows', async () => {
        const a = `acct:${randomUUID()}`;
        const b = `acct:${randomUUID()}`;
        const at = new Date('2020-01-01T00:00:00.000Z');
        await store.hit(a, 3600, 1, at);
        expect((await store.hit(a, 3600, 1, at)).allowed).toBe(false);
        expect((await store.hit(b, 3600, 1, at)).allowed).toBe(true);
        const purged = await store.purgeExpired(new Date('2020-01-01T01:00:00.000Z'));
        expect(purged.rateLimits).toBeGreaterThanOrEqual(2);
        expect((await store.hit(a, 3600, 1, at)).allowed).toBe(true);
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
        const unsubscribe = store.subscribe((caseId, seq) => got.push(`${caseId}:${seq}`));
        const input = newCase({ events: chain(1, null, [{}, {}]) });
        await store.createCase(input);
        await waitFor(() => got.filter((g) => g.startsWith(input.id)).length === 2);
        await store.appendEvents(input.id, 2, chain(3, input.events[1]!.hash, [{}]), projection());
        await waitFor(() => got.includes(`${input.id}:3`));
        // A rolled-back write notifies nobody.
        await store
          .appendEvents(input.id, 2, chain(3, input.events[1]!.hash, [{}]), projection())
          .catch(() => {});
        await store.createCase(newCase({ events: chain(1, null, [{ visibility: 'nope' }]) })).catch(() => {});
        unsubscribe();
        await store.appendEvents(input.id, 3, chain(4, 'x', [{}]), projection());
        await new Promise((r) => setTimeout(r, 200));
        expect(got.filter((g) => g.startsWith(input.id))).toEqual([
          `${input.id}:1`,
          `${input.id}:2`,
          `${input.id}:3`,
        ]);
      });

      if (features.sharedDatabase) {
        test('another instance on the same database sees the event', async () => {
          const other = await makeStore({ now });
          try {
            const got: string[] = [];
            const unsubscribe = other.subscribe((caseId, seq) => got.push(`${caseId}:${seq}`));
            const input = newCase();
            const t0 = performance.now();
            await store.createCase(input);
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

    describe('reads after writes (the read cache)', () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

      test('every read that starts after a write returns sees it: token, events, attachments', async () => {
        const input = newCase();
        await store.createCase(input);
        // Prime every cached read of the case.
        expect(await store.findCaseForToken(input.id, input.tokenHash)).not.toBeNull();
        expect(await store.loadEvents(input.id)).toHaveLength(1);
        expect(await store.listAttachments(input.id)).toEqual([]);
        const next = sha256(randomBytes(32));
        await store.updateToken(input.id, { tokenHash: next });
        expect(await store.findCaseForToken(input.id, input.tokenHash)).toBeNull();
        expect((await store.findCaseForToken(input.id, next))?.id).toBe(input.id);
        await store.appendEvents(
          input.id,
          1,
          chain(2, input.events[0]!.hash, [{}, {}]),
          projection({ state: 'triage' }),
        );
        expect((await store.loadEvents(input.id)).map((e) => e.seq)).toEqual([1, 2, 3]);
        expect((await store.loadEvents(input.id, { afterSeq: 2 })).map((e) => e.seq)).toEqual([3]);
        expect((await store.getCase(input.id))?.projection.state).toBe('triage');
        expect((await store.findCaseForToken(input.id, next))?.version).toBe(3);
        await store.putAttachment({
          caseId: input.id,
          originalName: 'a.png',
          mediaType: 'image/png',
          data: png,
          uploadedByRole: 'reporter',
        });
        expect((await store.listAttachments(input.id)).map((a) => a.originalName)).toEqual(['a.png']);
        await store.updateToken(input.id, { expiresAt: new Date(now().getTime() - 1000) });
        expect(await store.findCaseForToken(input.id, next)).toBeNull();
      });

      test('concurrent reads during a write end up at the written state', async () => {
        const input = newCase();
        await store.createCase(input);
        const reads = Array.from({ length: 20 }, () => store.loadEvents(input.id));
        const write = store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
        await Promise.all([...reads, write]);
        expect((await store.loadEvents(input.id)).map((e) => e.seq)).toEqual([1, 2]);
        expect((await store.getCase(input.id))?.version).toBe(2);
      });

      test('what a read returns cannot change what the next read returns', async () => {
        const input = newCase();
        await store.createCase(input);
        const events = await store.loadEvents(input.id);
        const record = (await store.getCase(input.id))!;
        const attachments = await store.listAttachments(input.id);
        const attempts = [
          () => events.push({ ...events[0]!, seq: 99 }),
          () => {
            (record.projection as { state: string }).state = 'closed';
          },
          () => {
            (events[0]!.data as Record<string, unknown>).text = 'changed';
          },
          () => attachments.push({ ...attachments[0]!, originalName: 'forged.png' }),
        ];
        for (const attempt of attempts) {
          try {
            attempt();
          } catch {
            // frozen: the change is refused outright
          }
        }
        expect((await store.loadEvents(input.id)).map((e) => e.seq)).toEqual([1]);
        expect(await store.listAttachments(input.id)).toEqual([]);
        expect((await store.getCase(input.id))?.projection.state).toBe('submitted');
        expect(((await store.loadEvents(input.id))[0]!.data as { text: string }).text).toBe(
          'my account was stolen',
        );
      });

      if (features.sharedDatabase) {
        test("another instance's reads see this instance's writes (token, event, attachment)", async () => {
          const other = await makeStore({ now });
          try {
            const input = newCase();
            await store.createCase(input);
            const seen = async () => ({
              token: (await other.findCaseForToken(input.id, input.tokenHash)) !== null,
              seqs: (await other.loadEvents(input.id)).length,
              files: (await other.listAttachments(input.id)).length,
            });
            expect(await seen()).toEqual({ token: true, seqs: 1, files: 0 });
            const t0 = performance.now();
            await store.appendEvents(input.id, 1, chain(2, input.events[0]!.hash, [{}]), projection());
            await store.putAttachment({
              caseId: input.id,
              originalName: 'a.png',
              mediaType: 'image/png',
              data: png,
              uploadedByRole: 'reporter',
            });
            await store.updateToken(input.id, { tokenHash: sha256(randomBytes(32)) });
            let last = await seen();
            while (JSON.stringify(last) !== JSON.stringify({ token: false, seqs: 2, files: 1 })) {
              if (performance.now() - t0 > 2000) break;
              await new Promise((r) => setTimeout(r, 5));
              last = await seen();
            }
            expect(last).toEqual({ token: false, seqs: 2, files: 1 });
            expect(performance.now() - t0).toBeLessThan(2000);
          } finally {
            await other.close();
          }
        });
      }
    });

    describe('lifecycle', () => {
      test('health reports the engine', async () => {
        const health = await store.health();
        expect(health).toMatchObject({ ok: true, engine: store.engine });
      });
    });
  });
}
