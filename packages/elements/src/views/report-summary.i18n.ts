/**
 * The words of the report summary (what the desk shows as the report as filed; the report
 * form's review step can reuse them). English is the source; `zh-CN` is complete (the interface
 * makes a missing key a compile error; the desk's test checks core's code lists).
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
import type { Lang } from '../i18n/lang';

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

const en: ReportSummaryCatalog = {
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
  languages: { en: 'English', 'zh-CN': 'Chinese (simplified)' },
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

const zhCN: ReportSummaryCatalog = {
  account: '账号',
  accountKinds: {
    username: '用户名',
    email: '邮箱',
    phone: '手机号',
    user_id: '用户 ID',
    wallet_address: '钱包地址',
  },
  contact: '账号以外的联系方式',
  email: '邮箱',
  phone: '手机号',
  language: '语言',
  languages: { en: '英语', 'zh-CN': '简体中文' },
  when: '发生经过',
  discoveredAt: '发现时间',
  suspectedStartAt: '疑似开始时间',
  canSignIn: '仍能登录',
  yes: '是',
  no: '否',
  passwordReset: '重置密码',
  resets: { not_tried: '未尝试', worked: '成功', failed: '失败' },
  channel: '报告渠道',
  channels: {
    web_form: '网页表单',
    hotline: '客服热线',
    social: '社交媒体',
    email: '邮件',
    in_app: '应用内',
  },
  notice: '安全通知',
  noticeKinds: { sign_in: '登录', transfer: '转账', profile_change: '资料变更', other: '其他' },
  at: '时间',
  transfers: '转账',
  amount: '金额',
  destination: '转入地址',
  txId: '交易 ID',
  profileChanges: '资料变更',
  field: '变更项目',
  fields: {
    email: '邮箱',
    phone: '手机号',
    password: '密码',
    two_factor: '双重验证',
    withdrawal_allowlist: '提现白名单',
    api_key: 'API 密钥',
    other: '其他',
  },
  from: '原值',
  to: '新值',
  signIns: '登录记录',
  ip: 'IP 地址',
  place: '地点',
  device: '设备',
  otherActivity: '其他异常',
  description: '描述',
  fromNotice: '来自安全通知',
  noActivities: '未列出异常活动。',
  narrative: '报告人自述',
  attachments: '报告所附文件',
  file: '文件',
  type: '类型',
  size: '大小',
  fingerprint: 'SHA-256 指纹',
};

/** The summary's catalogs by language. */
export const REPORT_SUMMARY_CATALOGS: Record<Lang, ReportSummaryCatalog> = { en, 'zh-CN': zhCN };
