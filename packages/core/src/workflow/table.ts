/**
 * The recovery workflow as one declarative table. Every state change of every region is a
 * row here; `decide`, `evolve`, `allowedCommands` and the generated docs all read this table.
 * @module
 */
import type { CommandType } from './commands';
import {
  MAIN_STATES,
  type MainState,
  NONE,
  OPEN_MAIN_STATES,
  type Region,
  type RegionStates,
  type Role,
  type Visibility,
} from './states';

/** Every event type, one per outcome (past tense). */
export const EVENT_TYPES = [
  'case_submitted',
  'review_started',
  'compromise_confirmed',
  'case_ruled_out',
  'case_reopened',
  'account_frozen',
  'investigation_started',
  'cause_recorded',
  'verification_requested',
  'verification_recorded',
  'account_restored',
  'confirmation_requested',
  'recovery_confirmed',
  'recovery_disputed',
  'case_closed',
  'case_withdrawn',
  'info_requested',
  'info_provided',
  'message_sent',
  'note_added',
  'claim_filed',
  'claim_review_started',
  'claim_approved',
  'claim_partly_approved',
  'claim_denied',
  'complaint_filed',
  'complaint_answered',
  'complaint_escalated',
  'complaint_resolved',
  'action_requested',
  'action_succeeded',
  'action_failed',
  'lock_release_requested',
  'lock_release_cancelled',
  'lock_released',
] as const;
/** An event type. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Named guards. A row's guards must all pass (in order; a refusal names the first that failed).
 * - `identity_verified`: the last identity verification passed.
 * - `no_undecided_claim`: the claim is not `filed` or `under_review`.
 * - `recovery_confirmed`: the reporter confirmed recovery.
 * - `recovery_not_confirmed`: the reporter has not confirmed it yet (since the last dispute), so a
 *   confirmation is recorded once.
 * - `request_id_matches`: the payload answers the open information request.
 * - `decision_is_approved` / `decision_is_partly_approved` / `decision_is_denied`: the payload's
 *   decision picks the claim row.
 * - `complaint_answer_overdue`: the complaint's answer deadline under `ctx.policy` has passed at `ctx.now`.
 */
export const GUARD_CODES = [
  'identity_verified',
  'no_undecided_claim',
  'recovery_confirmed',
  'recovery_not_confirmed',
  'request_id_matches',
  'decision_is_approved',
  'decision_is_partly_approved',
  'decision_is_denied',
  'complaint_answer_overdue',
] as const;
/** A guard code. */
export type GuardCode = (typeof GUARD_CODES)[number];

/** A row of the table for one region. */
export interface TransitionOf<R extends Region> {
  /** The command this row answers. */
  command: CommandType;
  /** The region whose state the row reads and changes. */
  region: R;
  /** States of `region` in which the row applies. */
  from: readonly RegionStates[R][];
  /** The state `region` moves to; `null` keeps it where it is. */
  to: RegionStates[R] | null;
  /** Roles allowed to send the command. */
  roles: readonly Role[];
  /** Guards that must all pass, in order. */
  guards?: readonly GuardCode[];
  /** The event the row emits. */
  event: EventType;
  /** Visibility of the emitted event; `internal` events are redacted for the reporter. */
  visibility: Visibility;
  /** For side regions: main states in which the row applies. */
  main?: readonly MainState[];
  /** Other regions reset by the same event (closing a case drops an open information request). */
  also?: { info?: typeof NONE };
}

/** A row of the transition table (any region). */
export type Transition = { [R in Region]: TransitionOf<R> }[Region];

/** Main states after submission except `withdrawn`: where messages can still be exchanged. */
const MESSAGING_STATES = MAIN_STATES.filter((s) => s !== 'withdrawn');

/**
 * The transition table. Read it as: in `region`, from any of `from`, a `command` sent by one of
 * `roles`, when every guard passes (and, for side regions, the main state is in `main`), emits
 * `event` and moves `region` to `to`.
 */
// biome-ignore format: one row per line keeps the table readable as a table
export const TRANSITIONS = [
  // main process
  { command: 'submit', region: 'main', from: [NONE], to: 'submitted', roles: ['reporter'], event: 'case_submitted', visibility: 'public' },
  { command: 'start_review', region: 'main', from: ['submitted'], to: 'in_review', roles: ['agent', 'system'], event: 'review_started', visibility: 'public' },
  { command: 'confirm_compromise', region: 'main', from: ['in_review'], to: 'compromise_confirmed', roles: ['agent'], event: 'compromise_confirmed', visibility: 'public' },
  { command: 'rule_out', region: 'main', from: ['in_review'], to: 'ruled_out', roles: ['agent'], event: 'case_ruled_out', visibility: 'public' },
  { command: 'reopen', region: 'main', from: ['ruled_out'], to: 'in_review', roles: ['agent'], event: 'case_reopened', visibility: 'public' },
  { command: 'freeze', region: 'main', from: ['in_review', 'compromise_confirmed'], to: 'frozen', roles: ['agent'], event: 'account_frozen', visibility: 'public' },
  { command: 'start_investigation', region: 'main', from: ['frozen'], to: 'investigating', roles: ['agent'], event: 'investigation_started', visibility: 'public' },
  { command: 'record_cause', region: 'main', from: ['investigating', 'awaiting_verification'], to: null, roles: ['agent'], event: 'cause_recorded', visibility: 'public' },
  { command: 'request_verification', region: 'main', from: ['investigating'], to: 'awaiting_verification', roles: ['agent'], event: 'verification_requested', visibility: 'public' },
  { command: 'record_verification', region: 'main', from: ['awaiting_verification'], to: null, roles: ['agent'], event: 'verification_recorded', visibility: 'public' },
  { command: 'restore', region: 'main', from: ['investigating', 'awaiting_verification'], to: 'restored', roles: ['agent'], guards: ['identity_verified'], event: 'account_restored', visibility: 'public' },
  { command: 'request_confirmation', region: 'main', from: ['restored'], to: 'awaiting_confirmation', roles: ['agent', 'system'], event: 'confirmation_requested', visibility: 'public' },
  { command: 'confirm_recovery', region: 'main', from: ['awaiting_confirmation'], to: null, roles: ['reporter'], guards: ['recovery_not_confirmed'], event: 'recovery_confirmed', visibility: 'public' },
  { command: 'dispute_recovery', region: 'main', from: ['restored', 'awaiting_confirmation'], to: 'investigating', roles: ['reporter'], event: 'recovery_disputed', visibility: 'public' },
  { command: 'close', region: 'main', from: ['ruled_out', 'awaiting_confirmation'], to: 'closed', roles: ['agent'], guards: ['no_undecided_claim'], event: 'case_closed', visibility: 'public', also: { info: NONE } },
  { command: 'close', region: 'main', from: ['ruled_out', 'awaiting_confirmation'], to: 'closed', roles: ['system'], guards: ['no_undecided_claim', 'recovery_confirmed'], event: 'case_closed', visibility: 'public', also: { info: NONE } },
  { command: 'withdraw', region: 'main', from: OPEN_MAIN_STATES, to: 'withdrawn', roles: ['reporter'], event: 'case_withdrawn', visibility: 'public', also: { info: NONE } },
  { command: 'send_message', region: 'main', from: MESSAGING_STATES, to: null, roles: ['reporter', 'agent'], event: 'message_sent', visibility: 'public' },
  { command: 'add_note', region: 'main', from: MAIN_STATES, to: null, roles: ['agent'], event: 'note_added', visibility: 'internal' },
  // waiting on the reporter: the main state is untouched, so an answer returns the case to where it was
  { command: 'request_info', region: 'info', from: [NONE], to: 'requested', roles: ['agent'], event: 'info_requested', visibility: 'public', main: OPEN_MAIN_STATES },
  { command: 'answer_request', region: 'info', from: ['requested'], to: NONE, roles: ['reporter'], guards: ['request_id_matches'], event: 'info_provided', visibility: 'public', main: OPEN_MAIN_STATES },
  // loss claim
  { command: 'file_claim', region: 'claim', from: [NONE], to: 'filed', roles: ['reporter'], event: 'claim_filed', visibility: 'public', main: OPEN_MAIN_STATES },
  { command: 'review_claim', region: 'claim', from: ['filed'], to: 'under_review', roles: ['agent'], event: 'claim_review_started', visibility: 'public', main: MAIN_STATES },
  { command: 'decide_claim', region: 'claim', from: ['under_review'], to: 'approved', roles: ['agent'], guards: ['decision_is_approved'], event: 'claim_approved', visibility: 'public', main: MAIN_STATES },
  { command: 'decide_claim', region: 'claim', from: ['under_review'], to: 'partly_approved', roles: ['agent'], guards: ['decision_is_partly_approved'], event: 'claim_partly_approved', visibility: 'public', main: MAIN_STATES },
  { command: 'decide_claim', region: 'claim', from: ['under_review'], to: 'denied', roles: ['agent'], guards: ['decision_is_denied'], event: 'claim_denied', visibility: 'public', main: MAIN_STATES },
  // complaint ladder: open in every main state after submission, closed and withdrawn included
  { command: 'file_complaint', region: 'complaint', from: [NONE], to: 'filed', roles: ['reporter'], event: 'complaint_filed', visibility: 'public', main: MAIN_STATES },
  { command: 'answer_complaint', region: 'complaint', from: ['filed'], to: 'answered', roles: ['agent'], event: 'complaint_answered', visibility: 'public', main: MAIN_STATES },
  { command: 'escalate_complaint', region: 'complaint', from: ['answered'], to: 'escalated', roles: ['reporter'], event: 'complaint_escalated', visibility: 'public', main: MAIN_STATES },
  { command: 'escalate_complaint', region: 'complaint', from: ['filed'], to: 'escalated', roles: ['reporter'], guards: ['complaint_answer_overdue'], event: 'complaint_escalated', visibility: 'public', main: MAIN_STATES },
  { command: 'resolve_complaint', region: 'complaint', from: ['answered', 'escalated'], to: 'resolved', roles: ['reporter', 'agent'], event: 'complaint_resolved', visibility: 'public', main: MAIN_STATES },
  // platform actions (lock, unlock, hold...): recorded by the server, one event per attempt's outcome
  { command: 'request_action', region: 'main', from: MAIN_STATES, to: null, roles: ['system'], event: 'action_requested', visibility: 'internal' },
  { command: 'record_action_success', region: 'main', from: MAIN_STATES, to: null, roles: ['system'], event: 'action_succeeded', visibility: 'internal' },
  { command: 'record_action_failure', region: 'main', from: MAIN_STATES, to: null, roles: ['system'], event: 'action_failed', visibility: 'internal' },
  // the owner's release of a self-service lock: requested by the reporter (through the server), lifted after a cooling-off unless a new proven lock cancels it
  { command: 'request_lock_release', region: 'main', from: MAIN_STATES, to: null, roles: ['system'], event: 'lock_release_requested', visibility: 'public' },
  { command: 'cancel_lock_release', region: 'main', from: MAIN_STATES, to: null, roles: ['system'], event: 'lock_release_cancelled', visibility: 'public' },
  { command: 'complete_lock_release', region: 'main', from: MAIN_STATES, to: null, roles: ['system'], event: 'lock_released', visibility: 'public' },
] as const satisfies readonly Transition[];

/** What an event does to the regions: derived from {@link TRANSITIONS} (one effect per event type). */
export interface EventEffect {
  /** Region the event moves. */
  region: Region;
  /** Target state, or `null` to stay. */
  to: string | null;
  /** Other regions reset by the event. */
  also: { info?: typeof NONE };
  /** Visibility of the event. */
  visibility: Visibility;
}

/**
 * The effect of each event type, derived from the table.
 * @throws Error `inconsistent_event_effect` at module load if two rows give one event type different effects.
 */
export const EVENT_EFFECTS: Readonly<Record<EventType, EventEffect>> = (() => {
  const effects: Partial<Record<EventType, EventEffect>> = {};
  for (const row of TRANSITIONS as readonly Transition[]) {
    const effect: EventEffect = {
      region: row.region,
      to: row.to,
      also: row.also ?? {},
      visibility: row.visibility,
    };
    const known = effects[row.event];
    if (known && JSON.stringify(known) !== JSON.stringify(effect))
      throw new Error('inconsistent_event_effect');
    effects[row.event] = effect;
  }
  return effects as Record<EventType, EventEffect>;
})();
