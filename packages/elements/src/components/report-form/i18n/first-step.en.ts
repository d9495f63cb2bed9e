/**
 * The words of the report form's first step (the triage questions, what to do now, the
 * containment checks) and of its frame (step headings, buttons, status lines), in English: the
 * source (its interface is the type every language follows). They ship in the initial bundle so
 * that the first step renders without waiting for another chunk; the other steps' words are in
 * `en.ts`, loaded after. Placeholders are `{name}` (see `interpolate`).
 * @module
 */
import type { ContainmentCode, TriageStepCode, Urgency } from '@recourse/core';

/** The steps of the form. */
export type StepId = 'first' | 'account' | 'incident' | 'evidence' | 'review' | 'done';

/** The words of the first step and of the form's frame, in one language. */
export interface FirstStepWords {
  /** Accessible name of the form region. */
  title: string;
  /** "Step {n} of {total}". */
  stepOf: string;
  /** Each step's heading. */
  steps: Record<StepId, string>;
  /** The first step's buttons and small words. */
  ui: {
    goToReport: string;
    discard: string;
    yes: string;
    no: string;
    loading: string;
  };
  first: {
    intro: string;
    canSignIn: string;
    passwordReset: string;
    reset: Record<'not_tried' | 'worked' | 'failed', string>;
    moneyMoved: string;
    profileChanged: string;
    urgency: Record<Urgency, string>;
    stepsTitle: string;
    containmentTitle: string;
    resetLink: string;
    neverAsks: string;
  };
  triage: Record<TriageStepCode, string>;
  containment: Record<ContainmentCode, string>;
  status: {
    restored: string;
    /** The rest of the form could not be loaded (offline right after the first step showed). */
    laterFailed: string;
  };
}

export const en: FirstStepWords = {
  title: 'Report a stolen account',
  stepOf: 'Step {n} of {total}',
  steps: {
    first: 'First, protect what you can',
    account: 'Your account and how to reach you',
    incident: 'What happened',
    evidence: 'Evidence',
    review: 'Check and send your report',
    done: 'Your report was received',
  },
  ui: {
    goToReport: 'Go on to the report',
    discard: 'Start over',
    yes: 'Yes',
    no: 'No',
    loading: 'Loading…',
  },
  first: {
    intro:
      'Answer four questions. We show what to do now, in order. You can go on to the report at any time.',
    canSignIn: 'Can you still sign in to the account?',
    passwordReset: 'Did you try the password reset?',
    reset: { not_tried: 'Not yet', worked: 'Yes, it worked', failed: 'Yes, it failed' },
    moneyMoved: 'Has money or crypto left the account?',
    profileChanged: 'Were the email, phone or two-step settings changed?',
    urgency: {
      critical: 'Act now: money has moved. Report it right away.',
      high: 'Urgent: contact support now.',
      elevated: 'Secure the account, then tell support.',
    },
    stepsTitle: 'What to do now',
    containmentTitle: 'Once you are back in, check for what the attacker left behind',
    resetLink: 'Open the password reset',
    neverAsks: 'Support will never ask for your password, recovery phrase, two-step code or remote access.',
  },
  triage: {
    secure_email: 'Secure your email account first: whoever controls it can reset everything else.',
    report: 'Report the takeover to support (this form).',
    change_password: 'Change the password now. Make it long and unique; a password manager helps.',
    enable_2fa: 'Turn on two-step verification.',
    sign_out_other_sessions: 'Sign out of every other session and device.',
    use_password_reset: 'Use the password reset.',
    verify_identity: 'Verify your identity with support to get back in.',
  },
  containment: {
    sign_out_other_sessions: 'Sign out other sessions and devices',
    check_email_phone: 'Check the email address and phone number on the account',
    check_mail_forwarding: 'Check your mailbox for forwarding rules you did not set',
    check_2fa_devices: 'Check which two-step devices are registered',
    regenerate_backup_codes: 'Make new backup codes',
    revoke_api_keys: 'Delete API keys you did not create',
    revoke_connected_apps: 'Remove connected apps you do not recognise',
    check_withdrawal_allowlist: 'Check the withdrawal address list',
  },
  status: {
    restored: 'We restored the report you started earlier.',
    laterFailed: 'The rest of the form could not be loaded. Check your connection and try again.',
  },
};
