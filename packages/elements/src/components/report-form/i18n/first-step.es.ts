// TODO(translate): an English copy. Translate every string into Spanish, then delete this line.
/**
 * The report form's first step's and frame's words in Spanish.
 * Typed by the English catalog (`first-step.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { FirstStepWords } from './first-step.en';

export const es: FirstStepWords = {
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
