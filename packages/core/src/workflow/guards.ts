/**
 * The guard map: each guard code named in the table resolves to a pure function of
 * snapshot, payload and context.
 * @module
 */
import { complaintAnswerOverdue, type DeadlinePolicy } from './deadlines';
import type { WorkflowSnapshot } from './snapshot';
import type { GuardCode } from './table';

/** What guards (and `decide`) may read besides the snapshot and payload. */
export interface GuardContext {
  /** The current instant. */
  now: Date;
  /** The deadline policy in force. */
  policy: DeadlinePolicy;
}

/** A guard: `payload: true` marks guards whose outcome depends on the payload (so some payload may pass). */
export interface GuardDefinition {
  /** Whether the guard reads the payload. */
  payload: boolean;
  /** The check; `payload` is already validated against the command's schema. */
  test: (snapshot: WorkflowSnapshot, payload: Record<string, unknown>, ctx: GuardContext) => boolean;
}

/** Resolves every guard code to its check. */
export const GUARDS: Readonly<Record<GuardCode, GuardDefinition>> = {
  identity_verified: { payload: false, test: (s) => s.identityVerified },
  no_undecided_claim: { payload: false, test: (s) => s.claim !== 'filed' && s.claim !== 'under_review' },
  recovery_confirmed: { payload: false, test: (s) => s.recoveryConfirmed },
  recovery_not_confirmed: { payload: false, test: (s) => !s.recoveryConfirmed },
  request_id_matches: {
    payload: true,
    test: (s, p) => s.openRequestId !== null && p.requestId === s.openRequestId,
  },
  decision_is_approved: { payload: true, test: (_s, p) => p.decision === 'approved' },
  decision_is_partly_approved: { payload: true, test: (_s, p) => p.decision === 'partly_approved' },
  decision_is_denied: { payload: true, test: (_s, p) => p.decision === 'denied' },
  complaint_answer_overdue: {
    payload: false,
    test: (s, _p, ctx) => complaintAnswerOverdue(s, ctx.policy, ctx.now),
  },
};
