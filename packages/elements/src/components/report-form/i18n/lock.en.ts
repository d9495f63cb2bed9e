/**
 * The words of the report form's lock offer ("Lock my account now"), in English: the source
 * (its interface is the type every language follows). Loaded with the offer's chunk
 * (`report-form.lock.view.ts`), never with the first step. Placeholders are `{name}`.
 * @module
 */

/** The kinds of account reference a person can name when asking for a lock link. */
export type LockAccountKind = 'username' | 'email' | 'phone' | 'user_id' | 'wallet_address';

/** The lock offer's words in one language. */
export interface LockOfferWords {
  /** The offer's heading. */
  title: string;
  /** Why lock, shown under the heading (from the first step's answers). */
  intro: string;
  /** Why lock, when the page was opened from a lock link in a message. */
  fromLink: string;
  /** The main button. */
  lock: string;
  /** The main button while the request is out. */
  locking: string;
  /** Not signed in here: what happens next. */
  needAccount: string;
  /** The account field's label and hint, its kind's label and the kinds. */
  accountLabel: string;
  accountHint: string;
  kindLabel: string;
  kinds: Record<LockAccountKind, string>;
  /** The account field is empty or malformed. */
  accountInvalid: string;
  /** The button that asks for a lock link, and again after one was sent. */
  sendLink: string;
  sending: string;
  sendAgain: string;
  /** The answer to a lock-link request: the same words whether or not the account exists. */
  linkSent: string;
  /** The lock is in force. */
  lockedTitle: string;
  locked: string;
  caseNumber: string;
  trackingLink: string;
  keepPrivate: string;
  /** Locked in the existing case a lock link's notice was about: no new tracking link. */
  lockedInCase: string;
  copy: string;
  copied: string;
  /** The live region's line once locked: "{number}" is the case number. */
  lockedAnnounce: string;
  /** A used, expired or unknown lock link. */
  linkRefused: string;
  /** Too many requests (429). */
  limited: string;
  /** The server could not be reached or failed (retryable). */
  failed: string;
  /** The server has no self-service lock (404) or refused for another reason. */
  unavailable: string;
}

export const en: LockOfferWords = {
  title: 'Lock my account now',
  intro:
    'A lock stops every sign-in, withdrawal and security change at once, until support or you lift it. Nothing is lost.',
  fromLink:
    'You opened the lock link from one of our messages. If someone else is in your account, lock it now: every sign-in, withdrawal and security change stops until support or you lift the lock.',
  lock: 'Lock my account now',
  locking: 'Locking…',
  needAccount:
    'You are not signed in on this device. Tell us the account: we send a lock link to the email addresses and phone numbers on record. Open it to lock the account.',
  accountLabel: 'Your account',
  accountHint: 'As you would type it to sign in.',
  kindLabel: 'Kind',
  kinds: {
    username: 'Username',
    email: 'Email',
    phone: 'Phone number',
    user_id: 'User ID',
    wallet_address: 'Wallet address',
  },
  accountInvalid: 'Enter the account as you would type it to sign in.',
  sendLink: 'Send me a lock link',
  sending: 'Sending…',
  sendAgain: 'Send the link again',
  linkSent:
    'We sent a lock link to the addresses on record for this account. Open it on any device to lock the account. It works once and for a limited time.',
  lockedTitle: 'Your account is locked',
  locked:
    'Nobody can sign in, withdraw or change security settings now. Every contact on record was told. The lock stays until support has verified your identity, or until you ask to lift it on your case page and the waiting period has passed.',
  caseNumber: 'Case number',
  trackingLink: 'Your private link to follow the case',
  keepPrivate: 'Keep this link to yourself: anyone who has it can see the case.',
  lockedInCase:
    'The lock was added to this existing case. Follow it with the private link you already have for it.',
  copy: 'Copy link',
  copied: 'Link copied',
  lockedAnnounce: 'Your account is locked. Case number {number}.',
  linkRefused: 'This lock link no longer works: it was used already or it expired. Ask for a new one below.',
  limited: 'Too many requests. Wait a few minutes, then try again.',
  failed: 'We could not reach the server. Check your connection and try again.',
  unavailable: 'The lock is not available here. Go on to the report and contact support now.',
};
