/** English email notices. @module */
import type { EmailCatalog } from './catalog';

/** The English catalog (source language). */
export const en: EmailCatalog = {
  lang: 'en',
  caseEvents: {
    case_submitted: {
      subject: '{platform}: someone reported your account as taken over',
      happened: 'A report was filed saying that your {platform} account was taken over.',
    },
    compromise_confirmed: {
      subject: '{platform}: we confirmed a takeover of your account',
      happened: 'Our support team confirmed that your {platform} account was taken over.',
    },
    case_ruled_out: {
      subject: '{platform}: a takeover report about your account was closed',
      happened: 'Our support team found no takeover of your {platform} account in a report about it.',
    },
    case_reopened: {
      subject: '{platform}: a report about your account was reopened',
      happened: 'A takeover report about your {platform} account was reopened.',
    },
    account_frozen: {
      subject: '{platform}: your account was frozen',
      happened: 'Your {platform} account was frozen while a takeover report is looked into.',
    },
    verification_requested: {
      subject: '{platform}: identity verification was requested',
      happened: 'Our support team asked for identity verification about your {platform} account.',
    },
    verification_recorded: {
      subject: '{platform}: identity verification was recorded',
      happened: 'An identity verification was recorded for your {platform} account.',
    },
    account_restored: {
      subject: '{platform}: access to your account was restored',
      happened: 'Access to your {platform} account was restored to the person who reported the takeover.',
    },
    confirmation_requested: {
      subject: '{platform}: please confirm the recovery of your account',
      happened: 'The recovery of your {platform} account is waiting for confirmation.',
    },
    recovery_confirmed: {
      subject: '{platform}: the recovery of your account was confirmed',
      happened: 'The recovery of your {platform} account was confirmed.',
    },
    recovery_disputed: {
      subject: '{platform}: the recovery of your account was disputed',
      happened: 'Someone disputed the recovery of your {platform} account.',
    },
    case_closed: {
      subject: '{platform}: a report about your account was closed',
      happened: 'A takeover report about your {platform} account was closed.',
    },
    lock_release_requested: {
      subject: '{platform}: someone asked to lift the lock on your account',
      happened:
        'Someone asked to lift the lock on your {platform} account. The lock lifts after a waiting period unless you stop it with the link below.',
    },
    lock_release_cancelled: {
      subject: '{platform}: the lock on your account stays in force',
      happened:
        'A request to lift the lock on your {platform} account was cancelled; the lock stays in force.',
    },
    lock_released: {
      subject: '{platform}: the lock on your account was lifted',
      happened: 'The lock on your {platform} account was lifted after the waiting period.',
    },
    account_locked: {
      subject: '{platform}: your account was locked',
      happened:
        'Your {platform} account was locked by a request from a signed-in session or a lock link, and the lock was added to a takeover report about it. Support lifts it after verifying your identity.',
    },
  },
  totp: {
    totp_enabled: {
      subject: '{platform}: two-step verification was turned on',
      happened: 'Two-step verification (authenticator app) was turned on for your {platform} account.',
    },
    totp_backup_codes_regenerated: {
      subject: '{platform}: new backup codes were made',
      happened: 'New backup codes were made for your {platform} account; the old ones no longer work.',
    },
    totp_disabled: {
      subject: '{platform}: two-step verification was turned off',
      happened: 'Two-step verification was turned off for your {platform} account.',
    },
    totp_locked: {
      subject: '{platform}: two-step verification was locked',
      happened:
        'Too many wrong authenticator codes were entered for your {platform} account; codes are locked.',
    },
    totp_backup_codes_low: {
      subject: '{platform}: you are running out of backup codes',
      happened:
        'A backup code was used to sign in to your {platform} account; {count} are left. Make new ones in your security settings.',
    },
    totp_backup_codes_locked: {
      subject: '{platform}: backup codes were locked',
      happened:
        'Too many wrong backup codes were entered for your {platform} account; backup codes are locked.',
    },
  },
  greeting: 'Hello,',
  whenLabel: 'When',
  referenceLabel: 'Reference',
  notMe: 'If this wasn’t you, or you did not ask for it, tell us now:',
  notMeLink: 'This wasn’t me',
  notMeNoLink: 'If this wasn’t you, or you did not ask for it, contact {platform} support now.',
  footer:
    'You receive this because this address is on record for a {platform} account. We never ask for your password or codes by email.',
  lockLink: {
    subject: '{platform}: lock your account',
    happened:
      'Someone asked for a link to lock your {platform} account. If you think someone else is using your account, lock it now. If it was not you who asked, you can ignore this message: nothing has changed.',
  },
  lockNow: 'If someone else is using your account, lock it now:',
  lockNowLink: 'This wasn’t me — lock my account',
  lockNowAfter:
    'A lock stops sign-ins, withdrawals and security changes until support lifts it. The link works once, for a limited time.',
};
