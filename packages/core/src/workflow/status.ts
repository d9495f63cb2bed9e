/**
 * What each side sees: the reporter-facing status label and the next steps per role.
 * Both are codes; the UI translates them.
 * @module
 */
import { complaintAnswerOverdue, DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadlines';
import type { WorkflowSnapshot } from './snapshot';
import { type MainState, OPEN_MAIN_STATES, type Role } from './states';

/** Reporter-facing statuses (Intercom style: separate from the internal state). */
export const CUSTOMER_STATUSES = [
  'submitted',
  'in_review',
  'action_needed',
  'in_progress',
  'resolved',
  'closed',
] as const;
/** A reporter-facing status. */
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/**
 * The base customer status of each main state, before the two overrides applied by
 * {@link customerStatus}: an open information request makes any open state `action_needed`,
 * and `awaiting_confirmation` becomes `resolved` once the reporter confirmed.
 */
export const CUSTOMER_STATUS_BY_STATE = {
  submitted: 'submitted',
  in_review: 'in_review',
  compromise_confirmed: 'in_review',
  ruled_out: 'resolved',
  frozen: 'in_progress',
  investigating: 'in_progress',
  awaiting_verification: 'action_needed',
  restored: 'in_progress',
  awaiting_confirmation: 'action_needed',
  closed: 'closed',
  withdrawn: 'closed',
} as const satisfies Record<MainState, CustomerStatus>;

const isOpen = (main: WorkflowSnapshot['main']) => (OPEN_MAIN_STATES as readonly string[]).includes(main);

/**
 * The status the reporter sees.
 * - `closed` for `closed` and `withdrawn`, whatever else is pending;
 * - `action_needed` while an information request is open, and in `awaiting_verification` and
 *   (not yet confirmed) `awaiting_confirmation`: the case waits on the reporter;
 * - `resolved` for `ruled_out` and for `awaiting_confirmation` after the reporter confirmed;
 * - otherwise {@link CUSTOMER_STATUS_BY_STATE}: `restored` stays `in_progress` until the
 *   platform asks the reporter to confirm.
 * @param snapshot - the case
 * @returns the status, or `null` before submission (no case yet)
 */
export function customerStatus(snapshot: WorkflowSnapshot): CustomerStatus | null {
  if (snapshot.main === 'none') return null;
  if (isOpen(snapshot.main) && snapshot.info === 'requested') return 'action_needed';
  if (snapshot.main === 'awaiting_confirmation' && snapshot.recoveryConfirmed) return 'resolved';
  return CUSTOMER_STATUS_BY_STATE[snapshot.main];
}

/** Next-step codes, reporter's first, then the agent's (the system uses the agent's codes it can act on). */
export const NEXT_STEP_CODES = [
  'submit_report',
  'answer_request',
  'verify_identity',
  'confirm_recovery',
  'escalate_complaint',
  'wait_for_review',
  'wait_for_investigation',
  'wait_for_claim_decision',
  'wait_for_complaint_answer',
  'wait_for_closure',
  'start_review',
  'assess_compromise',
  'freeze_account',
  'start_investigation',
  'record_cause',
  'request_verification',
  'record_verification',
  'restore_account',
  'request_confirmation',
  'close_case',
  'review_claim',
  'decide_claim',
  'answer_complaint',
  'wait_for_reporter',
] as const;
/** A next-step code. */
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

type Pred = (s: WorkflowSnapshot, ctx: { now?: Date; policy: DeadlinePolicy }) => boolean;
const mainIn =
  (...states: readonly (MainState | 'none')[]): Pred =>
  (s) =>
    states.includes(s.main);
const claimUndecided = (s: WorkflowSnapshot) => s.claim === 'filed' || s.claim === 'under_review';
const waitingOnReporter: Pred = (s) =>
  isOpen(s.main) &&
  (s.info === 'requested' ||
    s.main === 'awaiting_verification' ||
    (s.main === 'awaiting_confirmation' && !s.recoveryConfirmed));
const complaintOverdue: Pred = (s, c) => c.now !== undefined && complaintAnswerOverdue(s, c.policy, c.now);

/** When each next step applies, in display order. */
export const NEXT_STEP_RULES: readonly { code: NextStepCode; roles: readonly Role[]; when: Pred }[] = [
  { code: 'submit_report', roles: ['reporter'], when: mainIn('none') },
  { code: 'answer_request', roles: ['reporter'], when: (s) => isOpen(s.main) && s.info === 'requested' },
  {
    code: 'verify_identity',
    roles: ['reporter'],
    when: (s) => s.main === 'awaiting_verification' && !s.identityVerified,
  },
  {
    code: 'confirm_recovery',
    roles: ['reporter'],
    when: (s) => s.main === 'awaiting_confirmation' && !s.recoveryConfirmed,
  },
  {
    code: 'escalate_complaint',
    roles: ['reporter'],
    when: (s, c) => s.complaint === 'answered' || (s.complaint === 'filed' && complaintOverdue(s, c)),
  },
  {
    code: 'wait_for_review',
    roles: ['reporter'],
    when: mainIn('submitted', 'in_review', 'compromise_confirmed'),
  },
  {
    code: 'wait_for_investigation',
    roles: ['reporter'],
    when: (s, c) =>
      mainIn('frozen', 'investigating')(s, c) || (s.main === 'awaiting_verification' && s.identityVerified),
  },
  { code: 'wait_for_claim_decision', roles: ['reporter'], when: claimUndecided },
  {
    code: 'wait_for_complaint_answer',
    roles: ['reporter'],
    when: (s, c) => s.complaint === 'filed' && !complaintOverdue(s, c),
  },
  {
    code: 'wait_for_closure',
    roles: ['reporter'],
    when: (s) =>
      s.main === 'ruled_out' ||
      s.main === 'restored' ||
      (s.main === 'awaiting_confirmation' && s.recoveryConfirmed),
  },
  { code: 'start_review', roles: ['agent', 'system'], when: mainIn('submitted') },
  { code: 'assess_compromise', roles: ['agent'], when: mainIn('in_review') },
  { code: 'freeze_account', roles: ['agent'], when: mainIn('compromise_confirmed') },
  { code: 'start_investigation', roles: ['agent'], when: mainIn('frozen') },
  { code: 'record_cause', roles: ['agent'], when: (s) => s.main === 'investigating' && s.cause === null },
  {
    code: 'request_verification',
    roles: ['agent'],
    when: (s) => s.main === 'investigating' && !s.identityVerified,
  },
  {
    code: 'record_verification',
    roles: ['agent'],
    when: (s) => s.main === 'awaiting_verification' && !s.identityVerified,
  },
  {
    code: 'restore_account',
    roles: ['agent'],
    when: (s, c) => mainIn('investigating', 'awaiting_verification')(s, c) && s.identityVerified,
  },
  { code: 'request_confirmation', roles: ['agent', 'system'], when: mainIn('restored') },
  {
    code: 'close_case',
    roles: ['agent'],
    when: (s) =>
      !claimUndecided(s) &&
      (s.main === 'ruled_out' || (s.main === 'awaiting_confirmation' && s.recoveryConfirmed)),
  },
  {
    code: 'close_case',
    roles: ['system'],
    when: (s) => !claimUndecided(s) && s.main === 'awaiting_confirmation' && s.recoveryConfirmed,
  },
  { code: 'review_claim', roles: ['agent'], when: (s) => s.claim === 'filed' },
  { code: 'decide_claim', roles: ['agent'], when: (s) => s.claim === 'under_review' },
  { code: 'answer_complaint', roles: ['agent'], when: (s) => s.complaint === 'filed' },
  { code: 'wait_for_reporter', roles: ['agent'], when: waitingOnReporter },
];

/**
 * What a role should do next on a case, as codes in {@link NEXT_STEP_RULES} order. Without
 * `ctx.now`, an unanswered complaint is never reported as escalatable early.
 * @param snapshot - the case
 * @param role - whose steps
 * @param ctx - optional clock and policy (for the complaint escalation window)
 * @returns distinct next-step codes
 */
export function nextSteps(
  snapshot: WorkflowSnapshot,
  role: Role,
  ctx: { now?: Date; policy?: DeadlinePolicy } = {},
): NextStepCode[] {
  const c = { now: ctx.now, policy: ctx.policy ?? DEFAULT_DEADLINE_POLICY };
  const codes = NEXT_STEP_RULES.filter((r) => r.roles.includes(role) && r.when(snapshot, c)).map(
    (r) => r.code,
  );
  return [...new Set(codes)];
}
