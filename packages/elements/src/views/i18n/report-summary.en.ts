/**
 * The report summary's English words: the source catalog. Its interface is the catalog type;
 * every other language is typed by it, so a missing or extra key fails the typecheck.
 * @module
 */
import type {
  ACCOUNT_REF_KINDS,
  CONTACT_LANGUAGES,
  NOTICE_KINDS,
  PASSWORD_RESET_STATES,
  PROFILE_FIELDS,
  REPORT_CHANNELS,
} from '@recourse/core';

type Code<T extends readonly string[]> = T[number];

/** The summary's words in one language. */
export interface ReportSummaryCatalog {
  account: string;
  accountKinds: Record<Code<typeof ACCOUNT_REF_KINDS>, string>;
  contact: string;
  email: string;
  phone: string;
  language: string;
  languages: Record<Code<typeof CONTACT_LANGUAGES>, string>;
  when: string;
  discoveredAt: string;
  suspectedStartAt: string;
  canSignIn: string;
  yes: string;
  no: string;
  passwordReset: string;
  resets: Record<Code<typeof PASSWORD_RESET_STATES>, string>;
  channel: string;
  channels: Record<Code<typeof REPORT_CHANNELS>, string>;
  notice: string;
  noticeKinds: Record<Code<typeof NOTICE_KINDS>, string>;
  at: string;
  transfers: string;
  amount: string;
  destination: string;
  txId: string;
  profileChanges: string;
  field: string;
  fields: Record<Code<typeof PROFILE_FIELDS>, string>;
  from: string;
  to: string;
  signIns: string;
  ip: string;
  place: string;
  device: string;
  otherActivity: string;
  description: string;
  fromNotice: string;
  noActivities: string;
  narrative: string;
  attachments: string;
  file: string;
  type: string;
  size: string;
  fingerprint: string;
}

export const en: ReportSummaryCatalog = {
  account: 'Account',
  accountKinds: {
    username: 'Username',
    email: 'Email',
    phone: 'Phone',
    user_id: 'User ID',
    wallet_address: 'Wallet address',
  },
  contact: 'Contact, outside the account',
  email: 'Email',
  phone: 'Phone',
  language: 'Language',
  languages: {
    en: 'English',
    'zh-CN': 'Chinese (simplified)',
    'zh-TW': 'Chinese (traditional)',
    ja: 'Japanese',
    es: 'Spanish',
    ar: 'Arabic',
  },
  when: 'What happened when',
  discoveredAt: 'Noticed',
  suspectedStartAt: 'Suspected start',
  canSignIn: 'Can still sign in',
  yes: 'Yes',
  no: 'No',
  passwordReset: 'Password reset',
  resets: { not_tried: 'Not tried', worked: 'Worked', failed: 'Failed' },
  channel: 'Reported through',
  channels: {
    web_form: 'Web form',
    hotline: 'Hotline',
    social: 'Social media',
    email: 'Email',
    in_app: 'In the app',
  },
  notice: 'Security notice',
  noticeKinds: { sign_in: 'Sign-in', transfer: 'Transfer', profile_change: 'Profile change', other: 'Other' },
  at: 'When',
  transfers: 'Transfers',
  amount: 'Amount',
  destination: 'Destination',
  txId: 'Transaction ID',
  profileChanges: 'Profile changes',
  field: 'What changed',
  fields: {
    email: 'Email',
    phone: 'Phone',
    password: 'Password',
    two_factor: 'Two-factor authentication',
    withdrawal_allowlist: 'Withdrawal allowlist',
    api_key: 'API key',
    other: 'Other',
  },
  from: 'From',
  to: 'To',
  signIns: 'Sign-ins',
  ip: 'IP address',
  place: 'Place',
  device: 'Device',
  otherActivity: 'Other activity',
  description: 'Description',
  fromNotice: 'from a security notice',
  noActivities: 'No activity listed.',
  narrative: 'In their own words',
  attachments: 'Files attached to the report',
  file: 'File',
  type: 'Type',
  size: 'Size',
  fingerprint: 'SHA-256 fingerprint',
};
