/**
 * The snapshot of a case and the fold that builds it from events.
 * @module
 */
import type { Actor, WorkflowEvent } from './events';
import type { JsonObject } from './json';
import { type Cause, NONE, type RegionStates } from './states';
import { EVENT_EFFECTS, type EventType } from './table';

/** Moments the deadline clocks start and stop on. */
export const MILESTONES = [
  'submitted',
  'first_response',
  'investigation_started',
  'investigation_ended',
  'claim_filed',
  'claim_decided',
  'complaint_filed',
  'complaint_answered',
  'complaint_escalated',
  'complaint_resolved',
  'ended',
] as const;
/** A milestone of a case. */
export type Milestone = (typeof MILESTONES)[number];

/** A total per asset, as an exact decimal string. */
export interface AssetTotal {
  /** Asset code, e.g. `BTC` or `USD`. */
  asset: string;
  /** Decimal string. */
  amount: string;
}

/** Everything the workflow knows about a case, built only by folding its events. */
export interface WorkflowSnapshot extends RegionStates {
  /** The last identity verification passed. */
  identityVerified: boolean;
  /** The reporter confirmed the recovery checklist (cleared by a dispute). */
  recoveryConfirmed: boolean;
  /** The recorded cause, if any. */
  cause: Cause | null;
  /** Id of the open information request, if any. */
  openRequestId: string | null;
  /** Total claimed per asset, sorted by asset. */
  claimTotals: AssetTotal[];
  /** Id of the outside body a complaint was escalated to. */
  escalatedTo: string | null;
  /** When each milestone was last reached (ISO), or `null`. */
  times: Record<Milestone, string | null>;
  /** Number of events folded. */
  version: number;
}

/**
 * The snapshot before any event: every region in `none`.
 * @returns a fresh snapshot
 */
export function initialSnapshot(): WorkflowSnapshot {
  return {
    main: NONE,
    info: NONE,
    claim: NONE,
    complaint: NONE,
    identityVerified: false,
    recoveryConfirmed: false,
    cause: null,
    openRequestId: null,
    claimTotals: [],
    escalatedTo: null,
    times: Object.fromEntries(MILESTONES.map((m) => [m, null])) as Record<Milestone, null>,
    version: 0,
  };
}

type Facts = (s: WorkflowSnapshot, data: JsonObject, at: string) => Partial<WorkflowSnapshot>;

const mark = (s: WorkflowSnapshot, at: string, ...milestones: Milestone[]) => ({
  times: { ...s.times, ...Object.fromEntries(milestones.map((m) => [m, at])) },
});

/** Facts each event records beyond its region move (flags, ids, milestones). */
const FACTS: Partial<Record<EventType, Facts>> = {
  case_submitted: (s, _d, at) => mark(s, at, 'submitted'),
  investigation_started: (s, _d, at) => ({
    times: { ...s.times, investigation_started: at, investigation_ended: null },
  }),
  recovery_disputed: (s, _d, at) => ({
    recoveryConfirmed: false,
    times: { ...s.times, investigation_started: at, investigation_ended: null },
  }),
  cause_recorded: (_s, d) => ({ cause: d.cause as Cause }),
  verification_recorded: (_s, d) => ({ identityVerified: d.outcome === 'passed' }),
  account_restored: (s, _d, at) => mark(s, at, 'investigation_ended'),
  recovery_confirmed: () => ({ recoveryConfirmed: true }),
  case_closed: (s, _d, at) => ({ openRequestId: null, ...endInvestigation(s, at) }),
  case_withdrawn: (s, _d, at) => ({ openRequestId: null, ...endInvestigation(s, at) }),
  info_requested: (_s, d) => ({ openRequestId: d.requestId as string }),
  info_provided: () => ({ openRequestId: null }),
  claim_filed: (s, d, at) => ({
    claimTotals: d.totals as unknown as AssetTotal[],
    ...mark(s, at, 'claim_filed'),
  }),
  claim_approved: (s, _d, at) => mark(s, at, 'claim_decided'),
  claim_partly_approved: (s, _d, at) => mark(s, at, 'claim_decided'),
  claim_denied: (s, _d, at) => mark(s, at, 'claim_decided'),
  complaint_filed: (s, _d, at) => mark(s, at, 'complaint_filed'),
  complaint_answered: (s, _d, at) => mark(s, at, 'complaint_answered'),
  complaint_escalated: (s, d, at) => ({
    escalatedTo: d.bodyId as string,
    ...mark(s, at, 'complaint_escalated'),
  }),
  complaint_resolved: (s, _d, at) => mark(s, at, 'complaint_resolved'),
};

function endInvestigation(s: WorkflowSnapshot, at: string) {
  const running = s.times.investigation_started !== null && s.times.investigation_ended === null;
  return { times: { ...s.times, ended: at, ...(running ? { investigation_ended: at } : {}) } };
}

function isFirstResponse(s: WorkflowSnapshot, actor: Actor, visibility: string): boolean {
  return s.times.first_response === null && actor.role === 'agent' && visibility === 'public';
}

/**
 * Folds one event into a snapshot. Pure: returns a new snapshot. The region move comes from
 * the transition table; events are facts and are not re-checked here (use `decide` to check).
 * Unknown event types (from a newer producer) only bump `version`.
 * @param snapshot - the state before the event
 * @param event - the event to apply
 * @returns the state after the event
 */
export function evolve(snapshot: WorkflowSnapshot, event: WorkflowEvent): WorkflowSnapshot {
  const effect = Object.hasOwn(EVENT_EFFECTS, event.type) ? EVENT_EFFECTS[event.type] : undefined;
  if (!effect) return { ...snapshot, version: snapshot.version + 1 };
  let next: WorkflowSnapshot = { ...snapshot, version: snapshot.version + 1 };
  if (effect.to !== null) next = { ...next, [effect.region]: effect.to };
  if (effect.also.info) next = { ...next, info: effect.also.info };
  const facts = FACTS[event.type];
  if (facts) next = { ...next, ...facts(next, event.data, event.at) };
  if (isFirstResponse(next, event.actor, event.visibility))
    next = { ...next, ...mark(next, event.at, 'first_response') };
  return next;
}

/**
 * Builds a snapshot from an event history. Deterministic: the same events give a deep-equal snapshot.
 * @param events - events in order
 * @returns the resulting snapshot
 */
export function replay(events: readonly WorkflowEvent[]): WorkflowSnapshot {
  return events.reduce(evolve, initialSnapshot());
}
