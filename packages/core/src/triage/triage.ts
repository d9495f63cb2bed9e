import type { AccessState } from '../schemas/index';

/** First-response steps, in the order they may appear. The widgets translate each code. */
export const TRIAGE_STEP_CODES = [
  /** Secure the email account first: whoever holds it can reset everything else. */
  'secure_email',
  /** Contact support through the report form, a hotline or the official channels. */
  'report',
  /** Change the password now: long, unique, kept in a password manager. */
  'change_password',
  /** Turn on two-step verification. */
  'enable_2fa',
  /** Sign out every other session and device. */
  'sign_out_other_sessions',
  /** Use the platform's password reset. */
  'use_password_reset',
  /** Verify identity with the platform to regain access. */
  'verify_identity',
] as const;

/** One first-response step. */
export type TriageStepCode = (typeof TRIAGE_STEP_CODES)[number];

/** What attackers leave behind, to check once access is back; the default order. */
export const CONTAINMENT_CODES = [
  'sign_out_other_sessions',
  'check_email_phone',
  'check_mail_forwarding',
  'check_2fa_devices',
  'regenerate_backup_codes',
  'revoke_api_keys',
  'revoke_connected_apps',
  'check_withdrawal_allowlist',
] as const;

/** One containment check. */
export type ContainmentCode = (typeof CONTAINMENT_CODES)[number];

/** How urgent the situation is. */
export const URGENCY_LEVELS = ['critical', 'high', 'elevated'] as const;

/** How urgent the situation is: `critical` when money moved. */
export type Urgency = (typeof URGENCY_LEVELS)[number];

/** What the person tells the first screen. */
export interface TriageInput {
  /** Whether they can still sign in. */
  canSignIn: boolean;
  /** How the password reset went. */
  passwordReset: AccessState['passwordReset'];
  /** Whether money or assets left the account. */
  moneyMoved: boolean;
  /** Whether the profile (email, phone, 2FA...) was changed. */
  profileChanged: boolean;
}

/** The triage outcome: codes only, ordered. */
export interface TriageResult {
  /** How urgent: `critical` if money moved, `high` if the reset failed or the profile changed. */
  urgency: Urgency;
  /** Whether to contact support immediately (reset failed, money moved or profile changed). */
  reportNow: boolean;
  /** What to do, in order. `report` is always present: early when `reportNow`, else last. */
  steps: TriageStepCode[];
  /** What to check once access is back, money-related checks first when money moved. */
  containment: ContainmentCode[];
}

const MONEY_FIRST: readonly ContainmentCode[] = ['check_withdrawal_allowlist', 'revoke_api_keys'];
const PROFILE_FIRST: readonly ContainmentCode[] = [
  'check_email_phone',
  'check_mail_forwarding',
  'check_2fa_devices',
];

function containmentFor(input: TriageInput): ContainmentCode[] {
  const first: ContainmentCode[] = [];
  if (input.moneyMoved) first.push(...MONEY_FIRST);
  if (input.profileChanged) first.push(...PROFILE_FIRST);
  return [...first, ...CONTAINMENT_CODES.filter((code) => !first.includes(code))];
}

/**
 * First-response triage after an account takeover (pure; same input, same output).
 *
 * - Profile changed: secure the email account first.
 * - Reset failed, money moved or profile changed: report now, right after that.
 * - Can sign in, or the reset worked: change the password, turn on 2FA, sign out other sessions.
 * - Cannot sign in, reset not tried: use the password reset, then verify identity.
 * - Cannot sign in, reset failed: verify identity.
 * - Otherwise reporting is still offered, as the last step.
 */
export function triage(input: TriageInput): TriageResult {
  const { canSignIn, passwordReset, moneyMoved, profileChanged } = input;
  const reportNow = passwordReset === 'failed' || moneyMoved || profileChanged;
  const urgency: Urgency = moneyMoved
    ? 'critical'
    : passwordReset === 'failed' || profileChanged
      ? 'high'
      : 'elevated';

  const steps: TriageStepCode[] = [];
  if (profileChanged) steps.push('secure_email');
  if (reportNow) steps.push('report');
  if (canSignIn || passwordReset === 'worked') {
    steps.push('change_password', 'enable_2fa', 'sign_out_other_sessions');
  } else if (passwordReset === 'not_tried') {
    steps.push('use_password_reset', 'verify_identity');
  } else {
    steps.push('verify_identity');
  }
  if (!reportNow) steps.push('report');

  return { urgency, reportNow, steps, containment: containmentFor(input) };
}
