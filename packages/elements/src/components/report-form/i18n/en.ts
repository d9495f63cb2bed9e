/**
 * The words of `<recourse-report-form>`'s later steps (account, what happened, evidence,
 * review, done, errors) in English: the source (its interface is the type every language
 * follows). Loaded with the later steps (`report-form.lazy.ts`); merged with the first step's
 * words (`first-step.en.ts`, initial bundle) in `index.ts`. `report-form.test.ts` checks every
 * code list of core (issue codes, triage steps, containment checks...) against the catalogs.
 * Placeholders are `{name}` (see `interpolate`).
 * @module
 */
import type { AccountRef, ActivityKind, IssueCode, PROFILE_FIELDS, SecretKind } from '@recourse/core';
import { en as secrets } from '../../../i18n/catalogs/secrets.en';
import type { Lang } from '../../../i18n/lang';
import type { FileRefusal } from '../../../internal/files';

export type { FileRefusal } from '../../../internal/files';

/** Labels of the activity fields (`activities.N.<field>`). */
type ActivityField =
  | 'asset'
  | 'amount'
  | 'destination'
  | 'txId'
  | 'at'
  | 'field'
  | 'from'
  | 'to'
  | 'ip'
  | 'place'
  | 'device'
  | 'description';

/** The words of the steps after the first, in one language. */
export interface LaterStepWords {
  /** Buttons and small words of the later steps. */
  ui: {
    next: string;
    back: string;
    edit: string;
    backToReview: string;
    submit: string;
    retry: string;
    copy: string;
    copied: string;
    remove: string;
    add: string;
    optional: string;
  };
  status: {
    submitting: string;
    uploading: string;
    offline: string;
    retrying: string;
    rejected: string;
    canceled: string;
    discarded: string;
    configFailed: string;
    pending: string;
  };
  account: {
    kind: string;
    kinds: Record<AccountRef['kind'], string>;
    value: string;
    contactTitle: string;
    contactWhy: string;
    email: string;
    phone: string;
    phoneHint: string;
    language: string;
    languages: Record<Lang, string>;
  };
  incident: {
    discoveredAt: string;
    suspectedStartAt: string;
    activitiesTitle: string;
    activitiesHint: string;
    addKind: string;
    none: string;
    activity: string;
    fromNotice: string;
    kinds: Record<ActivityKind, string>;
    fields: Record<ActivityField, string>;
    profileFields: Record<(typeof PROFILE_FIELDS)[number], string>;
    narrative: string;
    narrativeHint: string;
  };
  evidence: {
    intro: string;
    drop: string;
    choose: string;
    limits: string;
    hashing: string;
    ready: string;
    uploaded: string;
    missing: string;
    refused: string;
    /** Accessible name of the list of refused files (it takes focus from the error summary). */
    refusedTitle: string;
    reasons: Record<FileRefusal, string>;
  };
  review: {
    intro: string;
    consent: string;
    empty: string;
    attachments: string;
    access: string;
  };
  done: {
    caseNumber: string;
    trackingLink: string;
    keepPrivate: string;
    nextTitle: string;
    next: [string, string, string, string];
    channelsTitle: string;
    hotline: string;
    webForm: string;
    notUploaded: string;
  };
  errors: {
    summary: string;
    issues: Record<IssueCode, string>;
    secret: Record<SecretKind, string>;
    neverAsks: string;
  };
}

export const en: LaterStepWords = {
  ui: {
    next: 'Continue',
    back: 'Back',
    edit: 'Change',
    backToReview: 'Back to the summary',
    submit: 'Send report',
    retry: 'Try again now',
    copy: 'Copy link',
    copied: 'Link copied',
    remove: 'Remove',
    add: 'Add',
    optional: '(optional)',
  },
  status: {
    submitting: 'Sending your report…',
    uploading: 'Sending files: {done} of {total}',
    offline: 'No connection. Your report is kept here and will be sent when the connection is back.',
    retrying: 'Trying again in {seconds} s…',
    rejected: 'The report could not be accepted. Check the marked answers.',
    canceled: 'Sending was stopped by this page.',
    discarded: 'The earlier report was discarded.',
    configFailed: 'Some platform details could not be loaded. You can still report.',
    pending: 'Your report is being sent. Changes are locked until support confirms it.',
  },
  account: {
    kind: 'How do you identify the account?',
    kinds: {
      username: 'Username',
      email: 'Email address',
      phone: 'Phone number',
      user_id: 'User ID',
      wallet_address: 'Wallet address',
    },
    value: 'The account',
    contactTitle: 'How we reach you',
    contactWhy:
      'Give an email or phone the attacker cannot read: replies sent to the account’s own details may go to them.',
    email: 'Email',
    phone: 'Phone',
    phoneHint: 'With the country code, e.g. +44 20 7946 0000',
    language: 'Language for replies',
    languages: {
      en: 'English',
      'zh-CN': 'Chinese (Simplified)',
      'zh-TW': 'Chinese (Traditional)',
      ja: 'Japanese',
      es: 'Spanish',
      ar: 'Arabic',
    },
  },
  incident: {
    discoveredAt: 'When did you notice?',
    suspectedStartAt: 'When might it have started?',
    activitiesTitle: 'Suspicious activity',
    activitiesHint: 'Add each thing you saw, one at a time.',
    addKind: 'Kind of activity',
    none: 'Nothing added yet.',
    activity: 'Activity {n}: {kind}',
    fromNotice: 'From the security notice you opened',
    kinds: {
      transfer: 'Money or crypto sent',
      profile_change: 'Account details changed',
      sign_in: 'Unknown sign-in',
      other: 'Something else',
    },
    fields: {
      asset: 'Currency or asset',
      amount: 'Amount',
      destination: 'Sent to (address or account)',
      txId: 'Transaction ID',
      at: 'When',
      field: 'What changed',
      from: 'Old value',
      to: 'New value',
      ip: 'IP address',
      place: 'Place',
      device: 'Device',
      description: 'What you saw',
    },
    profileFields: {
      email: 'Email',
      phone: 'Phone',
      password: 'Password',
      two_factor: 'Two-step verification',
      withdrawal_allowlist: 'Withdrawal addresses',
      api_key: 'API keys',
      other: 'Other',
    },
    narrative: 'In your own words',
    narrativeHint: 'Anything else support should know. Never include passwords, codes or recovery phrases.',
  },
  evidence: {
    intro: 'Screenshots, chat records and transaction records help support act faster.',
    drop: 'Drop files here',
    choose: 'Choose files',
    limits: 'PNG, JPEG, WebP, PDF or plain text; up to {size} a file, {count} files.',
    hashing: 'Checking {name}: {percent}%',
    ready: 'Ready to send',
    uploaded: 'Uploaded',
    missing: 'Choose this file again to send it',
    refused: '{name} was not added: {reason}',
    refusedTitle: 'Files not added',
    reasons: {
      type: 'this kind of file is not accepted (only PNG, JPEG, WebP, PDF or plain text).',
      size: 'it is larger than {size}.',
      empty: 'the file is empty.',
      count: 'you can add {count} files at most.',
      total: 'all files together may not exceed {size}.',
      duplicate: 'this file is already added.',
      secret: 'it seems to contain a recovery phrase, private key or code.',
      unreadable: 'the file could not be read.',
    },
  },
  review: {
    intro: 'Check your answers. You can change any of them before sending.',
    consent: 'I confirm this report is true and agree that support may use it to investigate.',
    empty: 'Not given',
    attachments: 'Files',
    access: 'Access',
  },
  done: {
    caseNumber: 'Case number',
    trackingLink: 'Your private tracking link',
    keepPrivate:
      'Keep this link private and save it somewhere safe: anyone with it can read your case. It is not shown again.',
    nextTitle: 'What happens next',
    next: [
      'Support checks whether the account was really taken over.',
      'If so, the account may be frozen to stop further loss.',
      'Support investigates what happened.',
      'To restore the account, support may ask you to prove your identity. This takes time; watch the link above.',
    ],
    channelsTitle: 'Other ways to reach the platform',
    hotline: 'Hotline {number} ({hours})',
    webForm: 'Help center',
    notUploaded: 'Some files could not be sent. You can add them from the tracking page.',
  },
  errors: {
    summary: 'Please check these answers',
    issues: {
      required: 'This is required.',
      invalid_type: 'This answer is not valid.',
      invalid: 'This answer is not valid.',
      too_short: 'Too short: at least {min}.',
      too_long: 'Too long: at most {max} characters.',
      too_many: 'Too many: at most {max}.',
      invalid_choice: 'Choose one of the options.',
      invalid_email: 'Enter an email address like name@example.com.',
      invalid_phone: 'Enter a phone number with the country code, e.g. +44 20 7946 0000.',
      invalid_wallet_address: 'Enter the wallet address using letters and digits only.',
      invalid_datetime: 'Enter a date and time.',
      in_future: 'This time is in the future.',
      invalid_amount: 'Enter an amount like 120 or 0.5.',
      invalid_ip: 'Enter an IP address like 203.0.113.7.',
      invalid_media_type: 'This kind of file is not accepted.',
      invalid_file_name: 'The file name is not accepted.',
      file_empty: 'The file is empty.',
      file_too_large: 'The file is too large.',
      invalid_sha256: 'The file check failed; add the file again.',
      invalid_number: 'Enter a number.',
      control_characters: 'Remove the hidden control characters.',
      contact_required: 'Give an email or a phone number we can reach you at.',
      consent_required: 'Confirm the report to send it.',
      start_after_discovery: 'This must be before you noticed it.',
      attachments_too_large: 'All files together are too large.',
    },
    ...secrets,
  },
};
