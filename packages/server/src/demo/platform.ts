/**
 * The fictional platform of the demo: Lantern Wallet (灯笼钱包). Every name, number, URL and
 * address here is made up (example.com / example.org, reserved 555 numbers).
 * @module
 */
import { LIMITS, type PlatformConfig } from '@recourse/core';
import type { AccountOnRecord } from '../options';

/** The demo platform's configuration, served at `GET /v1/config`. */
export const DEMO_CONFIG: PlatformConfig = {
  platform: { id: 'lantern-wallet', name: 'Lantern Wallet' },
  languages: ['en', 'zh-CN'],
  contacts: {
    webForm: { url: 'https://help.lantern-wallet.example.com/report' },
    hotline: {
      number: '+1 555 0100 200',
      hours: {
        en: 'Every day, 08:00–22:00 (UTC+8); account security is option 2',
        'zh-CN': '每天 08:00–22:00（北京时间）；账户安全请按 2',
      },
      option: '2',
    },
    social: [
      { network: 'x', handle: '@LanternWalletHelp', url: 'https://x.example.com/LanternWalletHelp' },
      { network: 'weibo', handle: '灯笼钱包客服', url: 'https://weibo.example.com/lanternwallet' },
      {
        network: 'telegram',
        handle: '@lantern_wallet_support',
        url: 'https://t.example.org/lantern_wallet_support',
      },
    ],
  },
  passwordResetUrl: 'https://lantern-wallet.example.com/account/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: LIMITS.fileSizeMax,
    maxFiles: LIMITS.attachmentsMax,
    maxCaseBytes: LIMITS.attachmentsTotalMax,
    mediaTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'],
  },
  outsideBodies: [
    {
      id: 'cn-12315',
      kind: 'consumer_protection',
      name: { en: '12315 National Consumer Complaint Platform', 'zh-CN': '全国12315平台' },
      url: 'https://www.12315.cn/',
      region: 'CN',
    },
    {
      id: 'us-cfpb',
      kind: 'regulator',
      name: { en: 'Consumer Financial Protection Bureau (CFPB)' },
      url: 'https://www.consumerfinance.gov/complaint/',
      region: 'US',
    },
    {
      id: 'uk-fos',
      kind: 'ombudsman',
      name: { en: 'Financial Ombudsman Service (UK)' },
      url: 'https://www.financial-ombudsman.org.uk/',
      region: 'GB',
    },
    {
      id: 'uk-fca',
      kind: 'regulator',
      name: { en: 'Financial Conduct Authority (UK)' },
      url: 'https://www.fca.org.uk/',
      region: 'GB',
    },
  ],
};

/** A demo account: the reference a reporter would type, and the contacts on record. */
export interface DemoAccount extends AccountOnRecord {
  /** References that name this account (normalized as `normalizeAccountRef` does). */
  refs: string[];
  /** Display name, for the console. */
  label: string;
}

/** The demo's accounts. Reports naming anything else are accepted the same way. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    accountKey: 'acct_0001',
    label: 'Mei Lin (email mei.lin@example.com, username meilin)',
    refs: ['email:mei.lin@example.com', 'username:meilin'],
    contacts: [{ email: 'mei.lin@example.com' }, { phone: '+15550100101' }],
  },
  {
    accountKey: 'acct_0002',
    label: 'Sam Carter (email sam.carter@example.org, phone +1 555 0100 102)',
    refs: ['email:sam.carter@example.org', 'phone:+15550100102'],
    // The attacker changed the email last night: the previous address stays on record.
    contacts: [
      { email: 'sam.carter@example.org' },
      { email: 'sam.c.old@example.org' },
      { phone: '+15550100102' },
    ],
  },
  {
    accountKey: 'acct_0003',
    label: '王芳 Wang Fang (username wangfang88)',
    refs: ['username:wangfang88', 'user_id:10000088'],
    contacts: [{ phone: '+8613800000088' }],
  },
];
