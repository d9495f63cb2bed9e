/**
 * The tracker's containment rules, pure: when the credential review is offered, what the review
 * sends, each credential's outcome (from the case's `containment.actions`), and when the owner
 * may ask to lift the lock.
 * @module
 */
import type {
  ActionFailureReason,
  ActionState,
  Containment,
  Credential,
  CredentialDecision,
  ReporterCaseView,
} from '@recourse/core';
import type { Drafts } from './case-tracker.state';

/**
 * Whether the credential review belongs on screen: the account was restored (support verified the
 * owner's identity) and the reporter is at the confirmation step (confirm or dispute allowed).
 */
export function reviewOffered(view: ReporterCaseView, restored: boolean): boolean {
  return (
    restored &&
    (view.allowedCommands.includes('confirm_recovery') || view.allowedCommands.includes('dispute_recovery'))
  );
}

/** The review's decisions, or `null` until every credential is marked. */
export function reviewDecisions(
  list: readonly Credential[],
  marks: Drafts['credentialMarks'],
): { id: string; decision: CredentialDecision }[] | null {
  if (list.length === 0) return null;
  const out = [];
  for (const c of list) {
    const decision = marks[c.id];
    if (!decision) return null;
    out.push({ id: c.id, decision });
  }
  return out;
}

/** What became of a credential after the review. */
export type CredentialOutcome =
  | { kind: 'kept' }
  | { kind: 'requested' | 'done' | 'failed'; reason?: ActionFailureReason };

/**
 * A credential's outcome: the latest `revoke_credential` for it in the case's containment, else
 * "kept" when the review kept it, else nothing (not reviewed yet).
 */
export function credentialOutcome(
  containment: Containment | undefined,
  id: string,
  reviewed: Readonly<Record<string, CredentialDecision>>,
): CredentialOutcome | undefined {
  const action = containment?.actions
    .filter((a) => a.action === 'revoke_credential' && a.credentialId === id)
    .at(-1);
  if (action) {
    const kind: ActionState = action.state;
    return action.reason && kind !== 'done' ? { kind, reason: action.reason } : { kind };
  }
  return reviewed[id] === 'keep' ? { kind: 'kept' } : undefined;
}

/** Whether the owner may ask to lift the lock: it is in force and no release is under way. */
export function releaseOffered(containment: Containment | undefined): boolean {
  const lock = containment?.lock;
  const release = containment?.release;
  return (
    lock?.state === 'in_force' && (!release || release.state === 'cancelled' || release.state === 'done')
  );
}

/** Whether the case has anything of containment to show. */
export function hasContainment(containment: Containment | undefined): containment is Containment {
  return !!containment && !!(containment.lock || containment.hold || containment.release);
}
