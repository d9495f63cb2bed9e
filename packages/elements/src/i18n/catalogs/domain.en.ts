/**
 * The domain vocabulary in English: the source catalog. Its interface is the catalog type; every
 * other language is typed by it, so a missing or extra key fails the typecheck.
 * @module
 */
import type { CustomerStatus, EventType, MainState, Role } from '@recourse/core';

/** The domain vocabulary in one language. */
export interface DomainCatalog {
  /** Customer-facing status labels (what the reporter sees). */
  status: Record<CustomerStatus, string>;
  /** Internal state labels (what an agent sees). */
  state: Record<MainState | 'none', string>;
  /** Timeline entries, in plain language. */
  event: Record<EventType, string>;
  /** Who did something. */
  role: Record<Role, string>;
}

export const en: DomainCatalog = {
  status: {
    submitted: 'Submitted',
    in_review: 'In review',
    action_needed: 'Action needed',
    in_progress: 'In progress',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  state: {
    none: 'Not submitted',
    submitted: 'Submitted',
    in_review: 'In review',
    compromise_confirmed: 'Compromise confirmed',
    ruled_out: 'Ruled out',
    frozen: 'Account frozen',
    investigating: 'Investigating',
    awaiting_verification: 'Awaiting identity verification',
    restored: 'Account restored',
    awaiting_confirmation: 'Awaiting reporter confirmation',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
  event: {
    case_submitted: 'Report submitted',
    review_started: 'Support started reviewing the report',
    compromise_confirmed: 'Support confirmed the account was taken over',
    case_ruled_out: 'Support found no takeover',
    case_reopened: 'The report was reopened',
    account_frozen: 'The account was frozen to stop further loss',
    investigation_started: 'Investigation started',
    cause_recorded: 'The cause was recorded',
    verification_requested: 'Identity verification requested',
    verification_recorded: 'Identity verification recorded',
    account_restored: 'The account was restored',
    confirmation_requested: 'Asked you to confirm the account is back to normal',
    recovery_confirmed: 'Recovery confirmed',
    recovery_disputed: 'Recovery disputed: the investigation was reopened',
    case_closed: 'Case closed',
    case_withdrawn: 'Report withdrawn',
    info_requested: 'Support asked for more information',
    info_provided: 'Information provided',
    message_sent: 'Message',
    note_added: 'Internal note',
    action_requested: 'Platform action requested',
    action_succeeded: 'Platform action done',
    action_failed: 'Platform action failed',
    lock_release_requested: 'Lock release requested',
    lock_release_cancelled: 'Lock release cancelled',
    lock_released: 'Lock lifted',
    claim_filed: 'Loss claim filed',
    claim_review_started: 'Loss claim under review',
    claim_approved: 'Loss claim approved',
    claim_partly_approved: 'Loss claim partly approved',
    claim_denied: 'Loss claim denied',
    complaint_filed: 'Complaint filed',
    complaint_answered: 'Complaint answered',
    complaint_escalated: 'Complaint taken to an outside body',
    complaint_resolved: 'Complaint resolved',
  },
  role: { reporter: 'You', agent: 'Support', system: 'Automatic' },
};
