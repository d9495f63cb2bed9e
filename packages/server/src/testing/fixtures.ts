/**
 * Fixtures of the store contract, for a platform's own store tests too: chained events, a valid
 * queue projection, a fresh case.
 * @module
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { generateCaseNumber } from '../store/case-number';
import type { CaseEvent, CaseProjection, NewCase } from '../store/types';

/** SHA-256 of a string or bytes. */
export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();
/** SHA-256 as lowercase hex. */
export const hex = (data: string | Uint8Array) => sha256(data).toString('hex');

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

/** One event for {@link chain}: defaults make a public `note` at a fixed instant. */
export interface EventSpec {
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
