import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChainEntry,
  type ChainedEvent,
  chainEvents,
  eventDigest,
  GENESIS_HASH,
  linkHash,
  redactForReporter,
  sha256Hex,
  verifyChain,
} from './chain';
import type { WorkflowEvent } from './events';
import { run } from './fixtures';
import { canonicalJson } from './json';
import { EVENT_TYPES } from './table';

/** A history with public and internal events. */
const history: WorkflowEvent[] = run([
  ['submit', 'reporter'],
  ['start_review', 'system'],
  ['add_note', 'agent', { text: 'Looks like SIM swap.' }],
  ['confirm_compromise', 'agent'],
  ['freeze', 'agent'],
  ['request_info', 'agent'],
  ['answer_request', 'reporter'],
  ['add_note', 'agent', { text: 'Second note.' }],
  ['start_investigation', 'agent'],
  ['record_cause', 'agent'],
]).events;

describe('hash chain', () => {
  const chain = chainEvents(null, history);

  it('links from 64 zeros with 1-based sequence numbers', () => {
    expect(chain[0]).toMatchObject({ seq: 1, prev: GENESIS_HASH });
    expect(chain[1]?.prev).toBe(chain[0]?.hash);
    for (const link of chain) {
      expect(link.digest).toBe(
        sha256Hex(
          canonicalJson({
            type: link.type,
            at: link.at,
            actor: link.actor,
            visibility: link.visibility,
            data: link.data,
          }),
        ),
      );
      expect(link.hash).toBe(sha256Hex(`${link.prev}\n${link.seq}\n${link.digest}`));
    }
    expect(verifyChain(chain)).toEqual({ ok: true, head: chain.at(-1)?.hash });
    expect(verifyChain([])).toEqual({ ok: true, head: GENESIS_HASH });
  });

  it('uses the SHA-256 of the UTF-8 bytes', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('账户')).toHaveLength(64);
  });

  it('continues a chain from its head', () => {
    const first = chainEvents(null, history.slice(0, 4));
    const rest = chainEvents(first.at(-1)!, history.slice(4));
    expect([...first, ...rest]).toEqual(chain);
    expect(verifyChain(rest, { anchor: first.at(-1)! })).toEqual({ ok: true, head: chain.at(-1)?.hash });
  });

  it('redacts internal events for the reporter and still verifies', () => {
    const view = redactForReporter(chain);
    const redacted = view.filter((e) => 'redacted' in e);
    expect(redacted).toHaveLength(2);
    for (const e of redacted)
      expect(Object.keys(e).sort()).toEqual(['digest', 'hash', 'prev', 'redacted', 'seq']);
    expect(JSON.stringify(view)).not.toContain('SIM swap');
    expect(verifyChain(view, { expectedHead: chain.at(-1)!.hash })).toMatchObject({ ok: true });
  });

  it('names each kind of tampering', () => {
    const copy = () => structuredClone(chain) as ChainEntry[];
    const changed = copy();
    (changed[2] as ChainedEvent).data = { text: 'edited' };
    expect(verifyChain(changed)).toEqual({ ok: false, at: 3, problem: 'digest_mismatch' });

    const reDigested = copy() as ChainedEvent[];
    reDigested[2]!.data = { text: 'edited' };
    reDigested[2]!.digest = eventDigest(reDigested[2]!);
    expect(verifyChain(reDigested)).toEqual({ ok: false, at: 3, problem: 'hash_mismatch' });

    const dropped = copy();
    dropped.splice(3, 1);
    expect(verifyChain(dropped)).toEqual({ ok: false, at: 4, problem: 'sequence_gap' });

    const swapped = copy();
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(verifyChain(swapped)).toEqual({ ok: false, at: 4, problem: 'reordered' });

    const relinked = copy();
    relinked[5] = { ...relinked[5]!, prev: relinked[3]!.hash };
    expect(verifyChain(relinked)).toEqual({ ok: false, at: 6, problem: 'broken_link' });

    const truncated = copy().slice(0, -1);
    expect(verifyChain(truncated).ok).toBe(true);
    expect(verifyChain(truncated, { expectedHead: chain.at(-1)!.hash })).toEqual({
      ok: false,
      at: chain.length - 1,
      problem: 'head_mismatch',
    });

    const forgedRedaction = redactForReporter(chain);
    forgedRedaction[2] = { ...forgedRedaction[2]!, digest: 'f'.repeat(64) };
    expect(verifyChain(forgedRedaction)).toEqual({ ok: false, at: 3, problem: 'hash_mismatch' });
  });

  type Mutation =
    | {
        kind: 'data' | 'type' | 'at' | 'actor' | 'visibility' | 'drop' | 'duplicate' | 'forge_insert';
        index: number;
      }
    | { kind: 'swap'; index: number; other: number };

  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({
      kind: fc.constantFrom('data', 'type', 'at', 'actor', 'visibility', 'drop', 'duplicate', 'forge_insert'),
      index: fc.nat(),
    }),
    fc.record({ kind: fc.constant('swap'), index: fc.nat(), other: fc.nat() }),
  ) as fc.Arbitrary<Mutation>;

  function mutate(original: readonly ChainedEvent[], m: Mutation): ChainEntry[] {
    const c = structuredClone(original) as ChainedEvent[];
    const i = m.index % c.length;
    const e = c[i]!;
    switch (m.kind) {
      case 'data':
        e.data = { ...e.data, tampered: true };
        break;
      case 'type':
        e.type = EVENT_TYPES[(EVENT_TYPES.indexOf(e.type) + 1) % EVENT_TYPES.length]!;
        break;
      case 'at':
        e.at = new Date(new Date(e.at).getTime() - 60_000).toISOString();
        break;
      case 'actor':
        e.actor = { role: e.actor.role === 'agent' ? 'system' : 'agent' };
        break;
      case 'visibility':
        e.visibility = e.visibility === 'public' ? 'internal' : 'public';
        break;
      case 'drop':
        c.splice(i, 1);
        break;
      case 'duplicate':
        c.splice(i, 0, structuredClone(e));
        break;
      case 'forge_insert': {
        const before = i === 0 ? null : c[i - 1]!;
        const [forged] = chainEvents(before, [{ ...e, data: { forged: true } }]);
        c.splice(i, 0, forged!);
        break;
      }
      case 'swap': {
        let j = m.other % c.length;
        if (j === i) j = (i + 1) % c.length;
        [c[i], c[j]] = [c[j]!, c[i]!];
        break;
      }
    }
    return c;
  }

  it('detects any change to a chained event (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: history.length }),
        mutation,
        fc.boolean(),
        (length, m, reporterView) => {
          const original = chainEvents(null, history.slice(0, length));
          const head = original.at(-1)!.hash;
          const mutated = mutate(original, m);
          const view = reporterView
            ? redactForReporter(mutated.filter((e): e is ChainedEvent => !('redacted' in e)))
            : mutated;
          // a redacted stub hides its content: an edit to an event that ends up redacted (including
          // turning a public event internal) is invisible in the reporter's view, but not in the full chain
          const edited = mutated[m.index % original.length] as ChainedEvent;
          const tamperedInternal =
            reporterView &&
            ['data', 'type', 'at', 'actor', 'visibility'].includes(m.kind) &&
            edited.visibility === 'internal';
          const result = verifyChain(view, { expectedHead: head });
          if (!tamperedInternal) expect(result.ok).toBe(false);
          expect(verifyChain(mutated, { expectedHead: head }).ok).toBe(false);
          // without a known head, everything but dropping the last event is still caught in the full view
          const lastDropped = m.kind === 'drop' && m.index % original.length === original.length - 1;
          if (!reporterView && !lastDropped) expect(verifyChain(mutated).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('verifies every redacted view of an untouched chain (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: history.length }), (length) => {
        const full = chainEvents(null, history.slice(0, length));
        const head = full.at(-1)?.hash ?? GENESIS_HASH;
        expect(verifyChain(redactForReporter(full), { expectedHead: head })).toEqual({ ok: true, head });
      }),
    );
  });

  it('hashes the previous hash, the sequence number and the digest', () => {
    expect(linkHash(GENESIS_HASH, 1, 'd')).toBe(sha256Hex(`${GENESIS_HASH}\n1\nd`));
  });
});
