/**
 * The vocabulary of the recovery workflow: regions, their states, roles and visibility.
 * Every list is a `const` array so UI catalogs (labels, icons) can be tested for completeness.
 * @module
 */

/**
 * States of the main region, in process order. Before the first event the main region is in
 * the pseudo state {@link NONE} (no case yet), which is not listed here.
 */
export const MAIN_STATES = [
  'submitted',
  'in_review',
  'compromise_confirmed',
  'ruled_out',
  'frozen',
  'investigating',
  'awaiting_verification',
  'restored',
  'awaiting_confirmation',
  'closed',
  'withdrawn',
] as const;
/** A state of the main region. */
export type MainState = (typeof MAIN_STATES)[number];

/** The pseudo state every region starts in: nothing has happened in that region yet. */
export const NONE = 'none' as const;

/** Main states from which nothing but side-track work (complaint, messages) continues. */
export const TERMINAL_MAIN_STATES = ['closed', 'withdrawn'] as const satisfies readonly MainState[];

/** Main states of a live case: submitted and neither closed nor withdrawn. */
export const OPEN_MAIN_STATES = [
  'submitted',
  'in_review',
  'compromise_confirmed',
  'ruled_out',
  'frozen',
  'investigating',
  'awaiting_verification',
  'restored',
  'awaiting_confirmation',
] as const satisfies readonly MainState[];
/** A main state of a live case. */
export type OpenMainState = (typeof OPEN_MAIN_STATES)[number];

/** States of the `info` region: `requested` means an agent is waiting on the reporter. */
export const INFO_STATES = ['none', 'requested'] as const;
/** A state of the `info` region. */
export type InfoState = (typeof INFO_STATES)[number];

/** States of the loss-claim region. `approved`, `partly_approved` and `denied` are final. */
export const CLAIM_STATES = [
  'none',
  'filed',
  'under_review',
  'approved',
  'partly_approved',
  'denied',
] as const;
/** A state of the `claim` region. */
export type ClaimState = (typeof CLAIM_STATES)[number];

/** States of the complaint ladder. `resolved` is final. */
export const COMPLAINT_STATES = ['none', 'filed', 'answered', 'escalated', 'resolved'] as const;
/** A state of the `complaint` region. */
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

/** The orthogonal regions of a case (like XState parallel states). */
export const REGIONS = ['main', 'info', 'claim', 'complaint'] as const;
/** A region of a case. */
export type Region = (typeof REGIONS)[number];

/** The states each region can be in (the main region includes its pre-submit pseudo state). */
export interface RegionStates {
  /** Main process state, or `none` before submission. */
  main: typeof NONE | MainState;
  /** Whether an agent is waiting on the reporter. */
  info: InfoState;
  /** Loss claim. */
  claim: ClaimState;
  /** Complaint ladder. */
  complaint: ComplaintState;
}

/** Every state list by region, `none` first where a region has it. */
export const REGION_STATES = {
  main: [NONE, ...MAIN_STATES],
  info: INFO_STATES,
  claim: CLAIM_STATES,
  complaint: COMPLAINT_STATES,
} as const satisfies { [R in Region]: readonly RegionStates[R][] };

/** Who acts on a case: the person who reported, a support agent, or automation. */
export const ROLES = ['reporter', 'agent', 'system'] as const;
/** A role acting on a case. */
export type Role = (typeof ROLES)[number];

/** Event visibility: `internal` events are never shown to the reporter (redacted in their view). */
export const VISIBILITIES = ['public', 'internal'] as const;
/** Event visibility. */
export type Visibility = (typeof VISIBILITIES)[number];

/** Causes an investigation can record. */
export const CAUSES = [
  'platform_flaw',
  'phishing',
  'credential_reuse',
  'malware',
  'sim_swap',
  'unknown',
] as const;
/** A recorded cause of the takeover. */
export type Cause = (typeof CAUSES)[number];

/** What the reporter checks before confirming recovery; all must be `true` to confirm. */
export const RECOVERY_CHECKLIST = [
  'notice_received',
  'profile_ok',
  'email_phone_ok',
  'transactions_ok',
  'login_history_ok',
] as const;
/** An item of the recovery checklist. */
export type RecoveryChecklistItem = (typeof RECOVERY_CHECKLIST)[number];

/** Reasons an agent can give for ruling a report out. */
export const RULE_OUT_REASONS = [
  'not_compromised',
  'duplicate',
  'insufficient_information',
  'not_account_holder',
  'other',
] as const;
/** A reason for ruling a report out. */
export type RuleOutReason = (typeof RULE_OUT_REASONS)[number];

/**
 * Actions the platform runs on the account through its `actions` hooks, each recorded in the
 * chain as `action_requested` and then `action_succeeded` or `action_failed` (one per attempt).
 */
export const PLATFORM_ACTIONS = [
  'lock_account',
  'unlock_account',
  'sign_out_everywhere',
  'revoke_credential',
  'hold_risky_actions',
] as const;
/** A platform action. */
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

/**
 * Why a platform action failed: an attempt's hook threw (`platform_error`), did not answer in
 * time (`timeout`), refused it for good (`refused`), or the platform implements no such hook
 * (`not_configured`); or the delivery worker gave up retrying (`given_up`: still failing
 * `maxAgeMs` after it was requested, recorded once after its last attempt, not an attempt itself).
 * The {@link FINAL_ACTION_FAILURE_REASONS} end the retries.
 */
export const ACTION_FAILURE_REASONS = [
  'platform_error',
  'timeout',
  'refused',
  'not_configured',
  'given_up',
] as const;
/** Why an attempt of a platform action failed. */
export type ActionFailureReason = (typeof ACTION_FAILURE_REASONS)[number];

/**
 * The failure reasons after which an action is `failed` for good (no more attempts): the others
 * (`platform_error`, `timeout`) are retried. One list for the server's fold and the desk's.
 */
export const FINAL_ACTION_FAILURE_REASONS: readonly ActionFailureReason[] = [
  'refused',
  'not_configured',
  'given_up',
];

/** Outcomes of a loss-claim decision; each one is also the claim state it leads to. */
export const CLAIM_DECISIONS = ['approved', 'partly_approved', 'denied'] as const;
/** A loss-claim decision. */
export type ClaimDecision = (typeof CLAIM_DECISIONS)[number];
