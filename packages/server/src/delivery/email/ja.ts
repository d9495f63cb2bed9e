// TODO(translate): an English copy. Translate every string into Japanese, then delete this line.
/**
 * The email notices in Japanese.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { EmailCatalog } from './catalog';

export const ja: EmailCatalog = {
  lang: 'ja',
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
};
