/**
 * The words of `<recourse-totp-setup>` in English, the source: its type is the catalog type, so
 * every other language must have exactly these keys. Placeholders are `{name}` (see
 * `interpolate`); `errors` has one message per failure code, `errors.usedLeft` one per plural
 * category `Intl.PluralRules` gives (`other` for the rest).
 * @module
 */
import type { PluralForms } from '../../../i18n/plural';

export const en = {
  title: 'Two-step verification',
  stepOf: 'Step {n} of {total}',
  steps: {
    intro: 'Protect your account with two-step verification',
    scan: 'Add your account to an authenticator app',
    code: 'Enter the code from the app',
    backup: 'Save your backup codes',
    done: 'Two-step verification is on',
  },
  ui: {
    start: 'Set it up',
    next: 'Next',
    back: 'Back',
    retry: 'Try again',
    loading: 'Loading…',
    copy: 'Copy',
    copied: 'Copied',
  },
  intro: {
    why: 'Even if someone learns your password, they will also need a six-digit code that only your phone can make. This is the most effective step against account theft.',
    apps: 'You need an authenticator app on your phone, for example Google Authenticator, Microsoft Authenticator, 1Password, Authy or the one built into your password manager.',
    time: 'It takes about two minutes.',
  },
  scan: {
    instruction: 'Open the app, choose to add an account, and scan this QR code.',
    qrLabel: 'QR code for your authenticator app',
    cantScan: 'Can’t scan it? Type this key into the app instead (choose “time-based”):',
    keyLabel: 'Setup key',
    keyHint: 'Spaces don’t matter. Keep this key private: anyone who has it can make your codes.',
    copyKey: 'Copy key',
    expires: 'This setup expires at {time}.',
  },
  code: {
    instruction: 'The app now shows a six-digit code for this account. It changes every 30 seconds.',
    label: 'Six-digit code',
    hint: 'Type or paste it; spaces are fine.',
    submit: 'Turn on',
  },
  backup: {
    intro:
      'If you lose your phone, each of these codes lets you in once. Keep them somewhere safe and private, away from your phone — they will not be shown again.',
    listLabel: 'Backup codes',
    copyAll: 'Copy codes',
    download: 'Download (.txt)',
    print: 'Print',
    saved: 'I have saved my backup codes',
    finish: 'Finish',
    fileName: 'backup-codes.txt',
    fileHeader: 'Backup codes for two-step verification. Each code works once.',
  },
  done: {
    body: 'From now on, signing in needs your password and a code from your app.',
    recovery:
      'While you are here, check that your email address and phone number for account recovery are still yours.',
    neverAsks:
      'We will never ask you for a code, a backup code or your password — not by phone, chat or email. Anyone who asks is a scammer.',
  },
  already: {
    heading: 'Two-step verification is already on',
    body: 'Backup codes left: {n}.',
    regenerateIntro:
      'Running out of backup codes, or think someone saw them? Get a new set; the old codes stop working.',
    codeLabel: 'Code from your app (or a backup code)',
    codeHint: 'Needed to confirm it is you.',
    regenerate: 'Get new backup codes',
    lowHeading: 'You are running out of backup codes',
    /** Few backup codes left: one message per plural category (`none` for zero). */
    low: {
      none: 'You have no backup codes left.',
      one: 'Only {n} backup code is left.',
      other: 'Only {n} backup codes are left.',
    },
    lowBody:
      'If you lose your phone, a backup code is how you get back into your account. Get a new set now and keep it somewhere safe; the old codes stop working.',
  },
  expired: {
    heading: 'This setup has expired',
    body: 'For your security, a setup must be finished within a few minutes. Nothing was turned on. Start again to get a new key; delete the old entry from your app.',
    restart: 'Start again',
  },
  errors: {
    network: 'We couldn’t reach the server. Check your connection and try again.',
    invalid: 'That code didn’t work. Check the time on your phone and try the current code. Tries left: {n}.',
    invalidWait: 'That code didn’t work.',
    lastTry: 'That code didn’t work. One more wrong code and you will have to wait.',
    used: 'That code was already used. Wait for the app to show a new one.',
    usedLeft: {
      one: 'That code was already used. Wait for the app to show a new one. You have {n} try left.',
      other: 'That code was already used. Wait for the app to show a new one. You have {n} tries left.',
    } as PluralForms,
    throttled: 'Too many tries.',
    wait: 'You can try again in {time}.',
    ready: 'You can try again now.',
    expired: 'This setup has expired.',
    already_enabled: 'Two-step verification is already on.',
    not_enabled: 'Two-step verification is not on.',
    locked: 'Too many wrong codes: this method is blocked. Please contact support to recover your account.',
    unauthorized: 'Please sign in first, then come back to this page.',
    step_up_required: 'Enter a code from your app to confirm it is you.',
    unknown: 'Something went wrong. Please try again.',
    format: 'Enter the six digits shown in the app.',
  },
};

/** The setup's words in one language. */
export type TotpSetupCatalog = typeof en;
