/**
 * The desk's English words: the source catalog. Its interface is the catalog type; every other
 * language is typed by it, so a missing or extra key fails the typecheck.
 * @module
 */
import type {
  AgentCommandType,
  Cause,
  ChainProblem,
  ClaimDecision,
  DeskPriority,
  RuleOutReason,
} from '@recourse/core';
import type { DeskErrorCode, DeskField } from '../case-desk.i18n';

import { en as containment, type DeskContainmentWords } from './containment.en';
/** The desk's words in one language. */
export interface CaseDeskCatalog extends DeskContainmentWords {
  title: string;
  needKey: string;
  loading: string;
  refresh: string;
  lastUpdated: string;
  errors: Record<DeskErrorCode, string>;
  queue: {
    title: string;
    filters: string;
    state: string;
    priority: string;
    any: string;
    waiting: string;
    deadlineNear: string;
    apply: string;
    empty: string;
    number: string;
    status: string;
    nextDeadline: string;
    updated: string;
    open: string;
    waitingYes: string;
    first: string;
    previous: string;
    next: string;
    priorities: Record<DeskPriority, string>;
  };
  case: {
    back: string;
    report: string;
    chainOk: string;
    chainBroken: string;
    problems: Record<ChainProblem, string>;
    timeline: string;
    internal: string;
    evidence: string;
    noEvidence: string;
    file: string;
    type: string;
    size: string;
    /** A download button; takes `{name}`. */
    download: string;
    /** Header of the column of download buttons (read by screen readers). */
    downloads: string;
    hashOk: string;
    hashBad: string;
    messages: string;
    noMessages: string;
    pending: string;
    deadlines: string;
    overdue: string;
    actions: string;
    noActions: string;
    sent: string;
    /** Badge: the named account was found at the platform when the case was filed. */
    accountFound: string;
    /** Badge: it was not (a typo, another platform, or a made-up report). */
    accountMissing: string;
  };
  roles: { reporter: string; agent: string; system: string };
  commands: Record<AgentCommandType, string>;
  fields: Record<DeskField, string>;
  optional: string;
  idHint: string;
  causes: Record<Cause, string>;
  reasons: Record<RuleOutReason, string>;
  outcomes: { passed: string; failed: string };
  decisions: Record<ClaimDecision, string>;
  internalWarning: string;
}

export const en: CaseDeskCatalog = {
  title: 'Support desk',
  needKey: 'Sign in with an agent credential to see the queue.',
  loading: 'Loading…',
  refresh: 'Refresh',
  lastUpdated: 'Updated {when}',
  errors: {
    unauthorized: 'The agent credential was refused.',
    not_found: 'This case does not exist.',
    network: 'The service cannot be reached. Retrying automatically.',
    rejected: 'The workflow refused this action: the case changed. It has been reloaded.',
    invalid: 'Some fields are not valid.',
    failed: 'Something went wrong. Try again.',
  },
  queue: {
    title: 'Queue',
    filters: 'Filters',
    state: 'State',
    priority: 'Priority',
    any: 'Any',
    waiting: 'Waiting on the reporter',
    deadlineNear: 'Deadline within 48 hours',
    apply: 'Apply filters',
    empty: 'No case matches these filters.',
    number: 'Case',
    status: 'State',
    nextDeadline: 'Next deadline',
    updated: 'Last change',
    open: 'Open case {number}',
    waitingYes: 'waiting on reporter',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    priorities: { critical: 'Critical', high: 'High', elevated: 'Elevated' },
  },
  case: {
    back: 'Back to the queue',
    report: 'Report as filed',
    chainOk: 'Timeline verified: {count} entries, each linked to the one before. Head {head}.',
    chainBroken: 'Timeline does NOT verify at entry {seq}: {problem}.',
    problems: {
      digest_mismatch: 'its content was changed',
      hash_mismatch: 'its link hash is wrong',
      broken_link: 'it does not link to the entry before',
      sequence_gap: 'an entry is missing',
      reordered: 'entries were reordered',
      head_mismatch: 'the last entry does not match the recorded head',
    },
    timeline: 'Internal timeline',
    internal: 'Internal note: never shown to the reporter',
    evidence: 'Evidence',
    noEvidence: 'No files.',
    file: 'File',
    type: 'Type',
    size: 'Size',
    download: 'Download {name}',
    downloads: 'Downloads',
    hashOk: '{name}: SHA-256 matches.',
    hashBad: '{name}: SHA-256 does NOT match the recorded hash.',
    messages: 'Messages with the reporter',
    noMessages: 'No messages.',
    pending: 'Waiting on the reporter: {prompt}',
    deadlines: 'Deadlines',
    overdue: 'overdue',
    actions: 'Actions',
    noActions: 'No action is possible in this state.',
    sent: '{command}: done.',
    accountFound: 'Account found on record',
    accountMissing: 'Account not found on record',
  },
  roles: { reporter: 'Reporter', agent: 'Agent', system: 'Automatic' },
  commands: {
    start_review: 'Start review',
    confirm_compromise: 'Confirm the takeover',
    rule_out: 'Rule out',
    reopen: 'Reopen',
    freeze: 'Freeze the account',
    start_investigation: 'Start investigation',
    record_cause: 'Record the cause',
    request_verification: 'Request identity verification',
    record_verification: 'Record identity verification',
    restore: 'Restore the account',
    request_confirmation: 'Ask the reporter to confirm recovery',
    close: 'Close the case',
    request_info: 'Request information',
    send_message: 'Message the reporter',
    add_note: 'Add an internal note',
    review_claim: 'Start reviewing the loss claim',
    decide_claim: 'Decide the loss claim',
    answer_complaint: 'Answer the complaint',
    resolve_complaint: 'Resolve the complaint',
  },
  fields: {
    reason: 'Reason',
    cause: 'Cause',
    method: 'Method',
    outcome: 'Outcome',
    resolution: 'Resolution code',
    prompt: 'What the reporter should provide',
    text: 'Text',
    decision: 'Decision',
    approved: 'Approved amount in {asset}',
  },
  optional: 'optional',
  idHint: 'A code: letters, digits, dots, colons, dashes.',
  causes: {
    platform_flaw: 'Platform flaw',
    phishing: 'Phishing',
    credential_reuse: 'Credential reuse',
    malware: 'Malware',
    sim_swap: 'SIM swap',
    unknown: 'Unknown',
  },
  reasons: {
    not_compromised: 'Not compromised',
    duplicate: 'Duplicate report',
    insufficient_information: 'Insufficient information',
    not_account_holder: 'Not the account holder',
    other: 'Other',
  },
  outcomes: { passed: 'Passed', failed: 'Failed' },
  decisions: { approved: 'Approve', partly_approved: 'Approve in part', denied: 'Deny' },
  internalWarning: 'Internal: never shown to the reporter.',
  ...containment,
};
