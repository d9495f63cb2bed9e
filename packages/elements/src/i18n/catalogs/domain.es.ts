// TODO(translate): an English copy. Translate every string into Spanish, then delete this line.
/**
 * The domain vocabulary in Spanish.
 * Typed by the English catalog (`domain.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DomainCatalog } from './domain.en';

export const es: DomainCatalog = {
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
