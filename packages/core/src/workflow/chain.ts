/**
 * A tamper-evident hash chain over workflow events. Each link's `hash` covers the previous
 * hash, the sequence number and the event's `digest` (not the event itself), so an internal
 * event can be shown to the reporter as a redacted stub and the chain still verifies.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { WorkflowEvent } from './events';
import { canonicalJson } from './json';

/** The `prev` of the first link: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain fields of a link. `seq` starts at 1. */
export interface ChainLink {
  /** Position in the case's history, 1-based, no gaps. */
  seq: number;
  /** `sha256hex(canonicalJson({ type, at, actor, visibility, data }))`. */
  digest: string;
  /** `hash` of the previous link, or {@link GENESIS_HASH}. */
  prev: string;
  /** `sha256hex(prev + '\n' + seq + '\n' + digest)`. */
  hash: string;
}

/** An event with its chain link. */
export type ChainedEvent = WorkflowEvent & ChainLink;

/** An internal event as the reporter sees it: only its link, so the chain still verifies. */
export interface RedactedEvent extends ChainLink {
  /** Marks the stub. */
  redacted: true;
}

/** An entry of a chain as stored (full events) or as shown to the reporter (some redacted). */
export type ChainEntry = ChainedEvent | RedactedEvent;

/** What {@link verifyChain} can find wrong. */
export const CHAIN_PROBLEMS = [
  'digest_mismatch',
  'hash_mismatch',
  'broken_link',
  'sequence_gap',
  'reordered',
  'head_mismatch',
] as const;
/** A chain problem code. */
export type ChainProblem = (typeof CHAIN_PROBLEMS)[number];

/** The result of {@link verifyChain}; `at` is the sequence number expected at the failing position. */
export type ChainVerification = { ok: true; head: string } | { ok: false; at: number; problem: ChainProblem };

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex.
 * @param text - input
 * @returns 64 hex characters
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The digest of an event: SHA-256 of the canonical JSON of `{ type, at, actor, visibility, data }`.
 * @param event - the event (extra fields such as chain fields are ignored)
 * @returns 64 hex characters
 * @throws TypeError `canonical_json_unsupported` if the event holds non-JSON data
 */
export function eventDigest(event: WorkflowEvent): string {
  const { type, at, actor, visibility, data } = event;
  return sha256Hex(canonicalJson({ type, at, actor, visibility, data }));
}

/**
 * The hash of a link.
 * @param prev - previous link's hash
 * @param seq - this link's sequence number
 * @param digest - this event's digest
 * @returns 64 hex characters
 */
export function linkHash(prev: string, seq: number, digest: string): string {
  return sha256Hex(`${prev}\n${seq}\n${digest}`);
}

/**
 * Appends events to a chain.
 * @param prev - the current head link, or `null` for a new chain
 * @param events - events to append, in order
 * @returns the chained events (sequence numbers continue from `prev`)
 */
export function chainEvents(prev: ChainLink | null, events: readonly WorkflowEvent[]): ChainedEvent[] {
  let head = prev ? prev.hash : GENESIS_HASH;
  let seq = prev ? prev.seq : 0;
  return events.map((event) => {
    seq += 1;
    const digest = eventDigest(event);
    const hash = linkHash(head, seq, digest);
    const link: ChainedEvent = {
      type: event.type,
      at: event.at,
      actor: event.actor,
      visibility: event.visibility,
      data: event.data,
      seq,
      digest,
      prev: head,
      hash,
    };
    head = hash;
    return link;
  });
}

/**
 * The reporter's view of a chain: internal events become `{ seq, redacted, digest, prev, hash }`.
 * @param events - the full chain
 * @returns the chain with internal events redacted
 */
export function redactForReporter(events: readonly ChainedEvent[]): ChainEntry[] {
  return events.map((e) =>
    e.visibility === 'internal'
      ? { seq: e.seq, redacted: true, digest: e.digest, prev: e.prev, hash: e.hash }
      : e,
  );
}

const isRedacted = (entry: ChainEntry): entry is RedactedEvent =>
  'redacted' in entry && entry.redacted === true;

function digestMatches(entry: ChainedEvent): boolean {
  try {
    return eventDigest(entry) === entry.digest;
  } catch {
    return false;
  }
}

/**
 * Verifies a chain (full or redacted). Detects changed content, type, time, actor or
 * visibility (`digest_mismatch`), forged links (`hash_mismatch`, `broken_link`), dropped
 * (`sequence_gap`) and moved or inserted events (`reordered`, `broken_link`). Dropping events
 * from the end is only detectable against a head kept elsewhere: pass `expectedHead`.
 * @param entries - the chain, oldest first
 * @param options - `anchor`: the link before the first entry (default: genesis);
 *   `expectedHead`: the head hash the chain must end on
 * @returns `{ ok: true, head }` or the first problem
 */
export function verifyChain(
  entries: readonly ChainEntry[],
  options: { anchor?: ChainLink | null; expectedHead?: string } = {},
): ChainVerification {
  let head = options.anchor ? options.anchor.hash : GENESIS_HASH;
  const firstSeq = (options.anchor ? options.anchor.seq : 0) + 1;
  for (const [index, entry] of entries.entries()) {
    const expected = firstSeq + index;
    if (entry.seq !== expected) {
      const later = entries.slice(index + 1).some((e) => e.seq === expected);
      const problem = later || !(entry.seq > expected) ? 'reordered' : 'sequence_gap';
      return { ok: false, at: expected, problem };
    }
    if (entry.prev !== head) return { ok: false, at: expected, problem: 'broken_link' };
    if (!isRedacted(entry) && !digestMatches(entry))
      return { ok: false, at: expected, problem: 'digest_mismatch' };
    if (typeof entry.digest !== 'string' || linkHash(head, expected, entry.digest) !== entry.hash) {
      return { ok: false, at: expected, problem: 'hash_mismatch' };
    }
    head = entry.hash;
  }
  if (options.expectedHead !== undefined && options.expectedHead !== head) {
    return { ok: false, at: firstSeq + entries.length - 1, problem: 'head_mismatch' };
  }
  return { ok: true, head };
}
