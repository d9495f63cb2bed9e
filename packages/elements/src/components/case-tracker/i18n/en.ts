/**
 * The tracker's English words: the source catalog. Its interface is the catalog type; every other
 * language is typed by it, so a missing or extra key fails the typecheck.
 * @module
 */
import type {
  ClaimState,
  ComplaintState,
  ContainmentCode,
  DeadlineCode,
  OutsideBodyKind,
  RecoveryChecklistItem,
  SubscriptionStatus,
} from '@recourse/core';
import { type SecretWords, en as secrets } from '../../../i18n/catalogs/secrets.en';
import type { FileRefusal } from '../../../internal/files';
import type { ReporterStep, ThreadKind, TrackerErrorCode } from '../case-tracker.i18n';
import { type ContainmentWords, en as containment } from './containment.en';

/** The tracker's words in one language. */
export interface CaseTrackerCatalog extends ContainmentWords {
  /** Accessible name of the tracker region. */
  title: string;
  /** "Case {number}". */
  caseNumber: string;
  /** "Reported {when}". */
  reported: string;
  loading: string;
  retry: string;
  /** Said once the private link was removed from the address bar. */
  linkRemoved: string;
  errors: Record<TrackerErrorCode, string>;
  /** The live connection. */
  connection: Record<SubscriptionStatus, string>;
  stepper: {
    label: string;
    done: string;
    current: string;
    upcoming: string;
    actionNeeded: string;
  };
  next: {
    title: string;
    steps: Record<ReporterStep, string>;
    deadlinesTitle: string;
    deadline: Record<DeadlineCode, string>;
    /** "{date} · {relative}". */
    due: string;
    met: string;
    overdue: string;
    yourClock: string;
  };
  action: {
    title: string;
    asks: string;
    answer: string;
    files: string;
    filesHint: string;
    send: string;
    sending: string;
    sent: string;
    remove: string;
    hashing: string;
    refused: string;
    reasons: Record<FileRefusal, string>;
    verifyTitle: string;
    verifyBody: string;
    neverAsks: string;
  };
  thread: {
    title: string;
    empty: string;
    kinds: Record<ThreadKind, string>;
    message: string;
    send: string;
    sent: string;
  };
  timeline: {
    title: string;
    internal: string;
    /** Announced when a live entry arrives: "New: {what}". */
    announce: string;
  };
  checklist: {
    title: string;
    intro: string;
    items: Record<RecoveryChecklistItem, string>;
    confirm: string;
    confirmHint: string;
    confirmed: string;
    dispute: string;
    disputeIntro: string;
    disputeItems: string;
    details: string;
    sendDispute: string;
    disputed: string;
  };
  hardening: {
    title: string;
    password: string;
    passwordLink: string;
    twoFactor: string;
    twoFactorLink: string;
    containmentTitle: string;
    containment: Record<ContainmentCode, string>;
  };
  claim: {
    title: string;
    intro: string;
    open: string;
    states: Record<ClaimState, string>;
    transaction: string;
    asset: string;
    assetHint: string;
    amount: string;
    at: string;
    txId: string;
    add: string;
    remove: string;
    submit: string;
    sent: string;
    claimed: string;
    approved: string;
    reason: string;
  };
  complaint: {
    title: string;
    intro: string;
    open: string;
    text: string;
    submit: string;
    sent: string;
    states: Record<ComplaintState, string>;
    answer: string;
    resolve: string;
    bodiesTitle: string;
    bodiesIntro: string;
    whatToSend: string;
    sendItems: string[];
    kinds: Record<OutsideBodyKind, string>;
    body: string;
    reference: string;
    referenceHint: string;
    escalate: string;
    escalated: string;
  };
  dossier: {
    title: string;
    intro: string;
    json: string;
    print: string;
    preparing: string;
  };
  ui: { cancel: string; optional: string };
  /** What the secret guard says when it stops a text (shared with the report form). */
  guard: SecretWords;
}

export const en: CaseTrackerCatalog = {
  title: 'Your case',
  caseNumber: 'Case {number}',
  reported: 'Reported {when}',
  loading: 'Opening your case…',
  retry: 'Try again',
  linkRemoved:
    'For your safety, the private part of your link was removed from the address bar. To come back later, open the link you received again; do not share it.',
  errors: {
    missing_link:
      'This page needs the private link you received when you reported. Open that link to follow your case.',
    not_found: 'This link does not open a case. It may have expired or been copied incompletely.',
    network: 'We cannot reach the service right now. Check your connection; we keep trying.',
    rejected:
      'That could not be done at this stage: the case changed in the meantime. It has been refreshed.',
    upload: 'A file could not be uploaded. Nothing was sent; please try again.',
    failed: 'Something went wrong on our side. Nothing was lost; please try again.',
  },
  connection: {
    live: 'Live: new updates appear here automatically.',
    reconnecting: 'Connection interrupted. Reconnecting…',
    polling: 'Checking for updates every few seconds.',
    offline: 'Offline: what you see may be out of date. We keep trying to reconnect.',
  },
  stepper: {
    label: 'Progress of your case',
    done: 'done',
    current: 'current step',
    upcoming: 'not reached yet',
    actionNeeded: 'Your action is needed',
  },
  next: {
    title: 'What happens next',
    steps: {
      submit_report: 'Send your report.',
      answer_request: 'Support asked you for something. Answer below so they can continue.',
      verify_identity:
        'Support needs to confirm you are the account holder. They will contact you through the contact details already on the account.',
      confirm_recovery:
        'Your account was restored. Check it and confirm below, or tell us what is still wrong.',
      escalate_complaint: 'You can take your complaint to an outside body (see below).',
      wait_for_review:
        'Support reviews your report: is the account really taken over? You do not need to do anything.',
      wait_for_investigation:
        'Support investigates how the account was taken over and works on restoring it. This takes time; we show every step here.',
      wait_for_claim_decision: 'Your loss claim is being reviewed.',
      wait_for_complaint_answer: 'The platform must answer your complaint.',
      wait_for_closure: 'Support will close the case shortly.',
    },
    deadlinesTitle: 'Time limits',
    deadline: {
      first_response: 'First answer from support',
      investigation: 'End of the investigation',
      investigation_extended: 'Latest end of an extended investigation',
      claim_decision: 'Decision on your loss claim',
      complaint_answer: 'Answer to your complaint',
      complaint_close: 'Complaint settled',
      escalation_window: 'Your time to go to an outside body',
    },
    due: '{date} · {relative}',
    met: 'done on {date}',
    overdue: 'late',
    yourClock: 'your time limit',
  },
  action: {
    title: 'Action needed',
    asks: 'Support asks:',
    answer: 'Your answer',
    files: 'Add files (optional)',
    filesHint:
      'Screenshots, PDFs or text files. Each file gets a fingerprint (SHA-256) so it can be checked later.',
    send: 'Send answer',
    sending: 'Sending…',
    sent: 'Your answer was sent.',
    remove: 'Remove {name}',
    hashing: 'Preparing {name}…',
    refused: '{name} was not added: {reason}',
    reasons: {
      type: 'only PNG, JPEG, WebP, PDF and plain text files are accepted.',
      size: 'the file is too large.',
      empty: 'the file is empty.',
      count: 'too many files.',
      total: 'all files together are too large.',
      duplicate: 'this file is already added.',
      secret: 'it looks like it contains a secret.',
      unreadable: 'the file could not be read.',
    },
    verifyTitle: 'Identity check',
    verifyBody:
      'Support will contact you through the email or phone number already on the account, never through a new one. Answer only through those channels or this page.',
    neverAsks:
      'Support never asks for your password, a 2FA code, your recovery phrase or remote access to your device. Anyone who does is not support.',
  },
  thread: {
    title: 'Messages',
    empty: 'No messages yet.',
    kinds: {
      message: 'Message',
      request: 'Request',
      answer: 'Answer',
      complaint: 'Complaint',
      complaint_answer: 'Answer to your complaint',
    },
    message: 'Write to support',
    send: 'Send message',
    sent: 'Your message was sent.',
  },
  timeline: {
    title: 'Everything that happened',
    internal: 'Internal step of the support team',
    announce: 'New: {what}',
  },
  checklist: {
    title: 'Is your account back to normal?',
    intro: 'Sign in and check each point. Confirm only when all of them are true.',
    items: {
      notice_received: 'I received the platform’s notice that my account was restored.',
      profile_ok: 'My profile details are correct.',
      email_phone_ok: 'The email address and phone number are mine.',
      transactions_ok: 'I see no transactions I do not know.',
      login_history_ok: 'The sign-in history shows no unknown devices or places.',
    },
    confirm: 'Confirm my account is back to normal',
    confirmHint: 'Tick every point to confirm.',
    confirmed: 'Thank you. You confirmed your account is back to normal.',
    dispute: 'Something is still wrong',
    disputeIntro: 'Tell us what is wrong. The investigation will be reopened.',
    disputeItems: 'What is not right?',
    details: 'What did you notice?',
    sendDispute: 'Reopen the investigation',
    disputed: 'The investigation was reopened. Support will look at what you reported.',
  },
  hardening: {
    title: 'Keep your account safe',
    password:
      'Change your password now: the old one is known to the attacker. Make it long, for example several unrelated words, and use it for this account only. A password manager remembers it for you. You do not need special characters, and you do not need to change it regularly unless it leaks again.',
    passwordLink: 'Change your password',
    twoFactor: 'Turn on two-step verification with an authenticator app, so a password alone is not enough.',
    twoFactorLink: 'Set up two-step verification',
    containmentTitle: 'Remove what the attacker may have left behind',
    containment: {
      sign_out_other_sessions: 'Sign out every other session and device.',
      check_email_phone: 'Check the email address and phone number on the account.',
      check_mail_forwarding: 'Check your mailbox for forwarding rules you did not set.',
      check_2fa_devices: 'Remove two-step devices you do not know.',
      regenerate_backup_codes: 'Make new backup codes; the old ones may be known.',
      revoke_api_keys: 'Delete API keys you did not create.',
      revoke_connected_apps: 'Remove connected apps you do not recognise.',
      check_withdrawal_allowlist: 'Check the withdrawal address list for addresses that are not yours.',
    },
  },
  claim: {
    title: 'Loss claim',
    intro:
      'If money or assets left your account, list the transactions so the platform can decide on a refund.',
    open: 'File a loss claim',
    states: {
      none: 'No claim filed.',
      filed: 'Your claim was filed and waits for review.',
      under_review: 'Your claim is under review.',
      approved: 'Your claim was approved.',
      partly_approved: 'Your claim was partly approved.',
      denied: 'Your claim was denied.',
    },
    transaction: 'Transaction {n}',
    asset: 'Asset or currency',
    assetHint: 'For example BTC, USDT or USD.',
    amount: 'Amount',
    at: 'When',
    txId: 'Transaction id',
    add: 'Add a transaction',
    remove: 'Remove transaction {n}',
    submit: 'File the claim',
    sent: 'Your loss claim was filed.',
    claimed: 'Claimed',
    approved: 'Approved',
    reason: 'Reason given: {reason}',
  },
  complaint: {
    title: 'Not happy with how this is handled?',
    intro:
      'You can file a formal complaint with the platform. It must answer within its time limit. If it does not, or you disagree with the answer, you can go to an outside body.',
    open: 'File a complaint',
    text: 'Your complaint',
    submit: 'Send complaint',
    sent: 'Your complaint was filed.',
    states: {
      none: 'No complaint filed.',
      filed: 'Your complaint was filed and waits for an answer.',
      answered: 'The platform answered your complaint.',
      escalated: 'You took your complaint to an outside body.',
      resolved: 'Your complaint is resolved.',
    },
    answer: 'The platform’s answer',
    resolve: 'Mark my complaint as resolved',
    bodiesTitle: 'Outside bodies you can turn to',
    bodiesIntro: 'These organisations handle complaints the platform did not settle.',
    whatToSend: 'What to send them',
    sendItems: [
      'your case number',
      'the case file below (it proves the timeline was not changed)',
      'your complaint and the platform’s answer, if any',
      'records of the transactions and chats you have',
    ],
    kinds: {
      consumer_protection: 'Consumer protection',
      regulator: 'Regulator',
      police: 'Police',
      ombudsman: 'Ombudsman',
      other: 'Other',
    },
    body: 'Which body did you contact?',
    reference: 'Their reference number',
    referenceHint: 'Letters, digits, dots, colons and dashes.',
    escalate: 'Record that I went to this body',
    escalated: 'Recorded.',
  },
  dossier: {
    title: 'Your case file',
    intro:
      'Everything in one document: the timeline with its fingerprints, your evidence and the messages. Keep it, and send it when you complain.',
    json: 'Download case file (JSON)',
    print: 'Print or save as PDF',
    preparing: 'Preparing the case file…',
  },
  ...containment,
  ui: { cancel: 'Cancel', optional: 'optional' },
  guard: secrets,
};
