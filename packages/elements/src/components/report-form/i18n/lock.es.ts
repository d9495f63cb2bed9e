// TODO(translate): an English copy. Translate every string into Spanish, then delete this line.
/**
 * The lock offer's words in Spanish; typed by the English source, so a missing or extra key
 * fails the typecheck.
 * @module
 */
import type { LockOfferWords } from './lock.en';

export const es: LockOfferWords = {
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
  copy: 'Copy link',
  copied: 'Link copied',
  lockedAnnounce: 'Your account is locked. Case number {number}.',
  linkRefused: 'This lock link no longer works: it was used already or it expired. Ask for a new one below.',
  limited: 'Too many requests. Wait a few minutes, then try again.',
  failed: 'We could not reach the server. Check your connection and try again.',
  unavailable: 'The lock is not available here. Go on to the report and contact support now.',
};
