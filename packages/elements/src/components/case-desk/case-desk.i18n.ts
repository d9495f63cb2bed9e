/**
 * The words of `<recourse-case-desk>` (support agents). English is the source; `zh-CN` is
 * complete (the interface makes a missing key a compile error; the test checks core's code
 * lists). State and event labels come from the shared domain catalog.
 * @module
 */
import type {
  AgentCommandType,
  Cause,
  ChainProblem,
  ClaimDecision,
  DeskPriority,
  RuleOutReason,
} from '@recourse/core';
import type { Lang } from '../../i18n/lang';
import {
  type DeskContainmentWords,
  deskContainmentEn,
  deskContainmentZhCN,
} from './case-desk.containment.i18n';

/** Field names of agent command forms. */
export type DeskField =
  | 'reason'
  | 'cause'
  | 'method'
  | 'outcome'
  | 'resolution'
  | 'prompt'
  | 'text'
  | 'decision'
  | 'approved';

/** Codes of `recourse-desk-error`. */
export const DESK_ERROR_CODES = [
  'unauthorized',
  'not_found',
  'network',
  'rejected',
  'invalid',
  'failed',
] as const;
/** A desk error code. */
export type DeskErrorCode = (typeof DESK_ERROR_CODES)[number];

/** The desk's words in one language. */
export interface CaseDeskCatalog extends DeskContainmentWords {
  title: string;
  needKey: string;
  loading: string;
  refresh: string;
  lastUpdated: string;
  errors: Record<DeskErrorCode, string>;
  queue: {
    title: string;
    filters: string;
    state: string;
    priority: string;
    any: string;
    waiting: string;
    deadlineNear: string;
    apply: string;
    empty: string;
    number: string;
    status: string;
    nextDeadline: string;
    updated: string;
    open: string;
    waitingYes: string;
    first: string;
    previous: string;
    next: string;
    priorities: Record<DeskPriority, string>;
  };
  case: {
    back: string;
    report: string;
    chainOk: string;
    chainBroken: string;
    problems: Record<ChainProblem, string>;
    timeline: string;
    internal: string;
    evidence: string;
    noEvidence: string;
    file: string;
    type: string;
    size: string;
    /** A download button; takes `{name}`. */
    download: string;
    /** Header of the column of download buttons (read by screen readers). */
    downloads: string;
    hashOk: string;
    hashBad: string;
    messages: string;
    noMessages: string;
    pending: string;
    deadlines: string;
    overdue: string;
    actions: string;
    noActions: string;
    sent: string;
    /** Badge: the named account was found at the platform when the case was filed. */
    accountFound: string;
    /** Badge: it was not (a typo, another platform, or a made-up report). */
    accountMissing: string;
  };
  roles: { reporter: string; agent: string; system: string };
  commands: Record<AgentCommandType, string>;
  fields: Record<DeskField, string>;
  optional: string;
  idHint: string;
  causes: Record<Cause, string>;
  reasons: Record<RuleOutReason, string>;
  outcomes: { passed: string; failed: string };
  decisions: Record<ClaimDecision, string>;
  internalWarning: string;
}

const en: CaseDeskCatalog = {
  title: 'Support desk',
  needKey: 'Sign in with an agent credential to see the queue.',
  loading: 'Loading…',
  refresh: 'Refresh',
  lastUpdated: 'Updated {when}',
  errors: {
    unauthorized: 'The agent credential was refused.',
    not_found: 'This case does not exist.',
    network: 'The service cannot be reached. Retrying automatically.',
    rejected: 'The workflow refused this action: the case changed. It has been reloaded.',
    invalid: 'Some fields are not valid.',
    failed: 'Something went wrong. Try again.',
  },
  queue: {
    title: 'Queue',
    filters: 'Filters',
    state: 'State',
    priority: 'Priority',
    any: 'Any',
    waiting: 'Waiting on the reporter',
    deadlineNear: 'Deadline within 48 hours',
    apply: 'Apply filters',
    empty: 'No case matches these filters.',
    number: 'Case',
    status: 'State',
    nextDeadline: 'Next deadline',
    updated: 'Last change',
    open: 'Open case {number}',
    waitingYes: 'waiting on reporter',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    priorities: { critical: 'Critical', high: 'High', elevated: 'Elevated' },
  },
  case: {
    back: 'Back to the queue',
    report: 'Report as filed',
    chainOk: 'Timeline verified: {count} entries, each linked to the one before. Head {head}.',
    chainBroken: 'Timeline does NOT verify at entry {seq}: {problem}.',
    problems: {
      digest_mismatch: 'its content was changed',
      hash_mismatch: 'its link hash is wrong',
      broken_link: 'it does not link to the entry before',
      sequence_gap: 'an entry is missing',
      reordered: 'entries were reordered',
      head_mismatch: 'the last entry does not match the recorded head',
    },
    timeline: 'Internal timeline',
    internal: 'Internal note: never shown to the reporter',
    evidence: 'Evidence',
    noEvidence: 'No files.',
    file: 'File',
    type: 'Type',
    size: 'Size',
    download: 'Download {name}',
    downloads: 'Downloads',
    hashOk: '{name}: SHA-256 matches.',
    hashBad: '{name}: SHA-256 does NOT match the recorded hash.',
    messages: 'Messages with the reporter',
    noMessages: 'No messages.',
    pending: 'Waiting on the reporter: {prompt}',
    deadlines: 'Deadlines',
    overdue: 'overdue',
    actions: 'Actions',
    noActions: 'No action is possible in this state.',
    sent: '{command}: done.',
    accountFound: 'Account found on record',
    accountMissing: 'Account not found on record',
  },
  roles: { reporter: 'Reporter', agent: 'Agent', system: 'Automatic' },
  commands: {
    start_review: 'Start review',
    confirm_compromise: 'Confirm the takeover',
    rule_out: 'Rule out',
    reopen: 'Reopen',
    freeze: 'Freeze the account',
    start_investigation: 'Start investigation',
    record_cause: 'Record the cause',
    request_verification: 'Request identity verification',
    record_verification: 'Record identity verification',
    restore: 'Restore the account',
    request_confirmation: 'Ask the reporter to confirm recovery',
    close: 'Close the case',
    request_info: 'Request information',
    send_message: 'Message the reporter',
    add_note: 'Add an internal note',
    review_claim: 'Start reviewing the loss claim',
    decide_claim: 'Decide the loss claim',
    answer_complaint: 'Answer the complaint',
    resolve_complaint: 'Resolve the complaint',
  },
  fields: {
    reason: 'Reason',
    cause: 'Cause',
    method: 'Method',
    outcome: 'Outcome',
    resolution: 'Resolution code',
    prompt: 'What the reporter should provide',
    text: 'Text',
    decision: 'Decision',
    approved: 'Approved amount in {asset}',
  },
  optional: 'optional',
  idHint: 'A code: letters, digits, dots, colons, dashes.',
  causes: {
    platform_flaw: 'Platform flaw',
    phishing: 'Phishing',
    credential_reuse: 'Credential reuse',
    malware: 'Malware',
    sim_swap: 'SIM swap',
    unknown: 'Unknown',
  },
  reasons: {
    not_compromised: 'Not compromised',
    duplicate: 'Duplicate report',
    insufficient_information: 'Insufficient information',
    not_account_holder: 'Not the account holder',
    other: 'Other',
  },
  outcomes: { passed: 'Passed', failed: 'Failed' },
  decisions: { approved: 'Approve', partly_approved: 'Approve in part', denied: 'Deny' },
  internalWarning: 'Internal: never shown to the reporter.',
  ...deskContainmentEn,
};

const zhCN: CaseDeskCatalog = {
  title: '客服工作台',
  needKey: '请使用客服凭证登录以查看队列。',
  loading: '加载中…',
  refresh: '刷新',
  lastUpdated: '更新于{when}',
  errors: {
    unauthorized: '客服凭证被拒绝。',
    not_found: '该案件不存在。',
    network: '无法连接服务，正在自动重试。',
    rejected: '工作流拒绝了该操作：案件状态已变化，已重新加载。',
    invalid: '部分字段无效。',
    failed: '出了点问题，请重试。',
  },
  queue: {
    title: '队列',
    filters: '筛选',
    state: '状态',
    priority: '优先级',
    any: '全部',
    waiting: '等待报告人',
    deadlineNear: '48 小时内到期',
    apply: '应用筛选',
    empty: '没有符合条件的案件。',
    number: '案件',
    status: '状态',
    nextDeadline: '最近期限',
    updated: '最近变更',
    open: '打开案件 {number}',
    waitingYes: '等待报告人',
    first: '第一页',
    previous: '上一页',
    next: '下一页',
    priorities: { critical: '紧急', high: '高', elevated: '较高' },
  },
  case: {
    back: '返回队列',
    report: '报告原文',
    chainOk: '时间线已验证：共 {count} 条记录，逐条相连。末条哈希 {head}。',
    chainBroken: '时间线在第 {seq} 条验证失败：{problem}。',
    problems: {
      digest_mismatch: '内容被修改',
      hash_mismatch: '链接哈希错误',
      broken_link: '未与上一条相连',
      sequence_gap: '缺少记录',
      reordered: '记录顺序被调换',
      head_mismatch: '末条记录与登记的末条哈希不符',
    },
    timeline: '内部时间线',
    internal: '内部备注：绝不向报告人显示',
    evidence: '证据',
    noEvidence: '没有文件。',
    file: '文件',
    type: '类型',
    size: '大小',
    download: '下载 {name}',
    downloads: '下载',
    hashOk: '{name}：SHA-256 一致。',
    hashBad: '{name}：SHA-256 与记录不一致！',
    messages: '与报告人的消息',
    noMessages: '没有消息。',
    pending: '等待报告人：{prompt}',
    deadlines: '期限',
    overdue: '已逾期',
    actions: '操作',
    noActions: '当前状态下没有可执行的操作。',
    sent: '{command}：已完成。',
    accountFound: '已在记录中找到该账号',
    accountMissing: '记录中未找到该账号',
  },
  roles: { reporter: '报告人', agent: '客服', system: '系统' },
  commands: {
    start_review: '开始审核',
    confirm_compromise: '确认账号被盗',
    rule_out: '排除',
    reopen: '重新打开',
    freeze: '冻结账号',
    start_investigation: '开始调查',
    record_cause: '记录原因',
    request_verification: '要求身份验证',
    record_verification: '记录身份验证结果',
    restore: '恢复账号',
    request_confirmation: '请报告人确认恢复',
    close: '关闭案件',
    request_info: '索要信息',
    send_message: '给报告人发消息',
    add_note: '添加内部备注',
    review_claim: '开始审核损失索赔',
    decide_claim: '决定损失索赔',
    answer_complaint: '答复投诉',
    resolve_complaint: '解决投诉',
  },
  fields: {
    reason: '理由',
    cause: '原因',
    method: '方式',
    outcome: '结果',
    resolution: '处理结果代码',
    prompt: '需要报告人提供什么',
    text: '内容',
    decision: '决定',
    approved: '批准金额（{asset}）',
  },
  optional: '可选',
  idHint: '代码：字母、数字、点、冒号、连字符。',
  causes: {
    platform_flaw: '平台漏洞',
    phishing: '钓鱼',
    credential_reuse: '密码重复使用',
    malware: '恶意软件',
    sim_swap: 'SIM 卡劫持',
    unknown: '未知',
  },
  reasons: {
    not_compromised: '未被盗',
    duplicate: '重复报告',
    insufficient_information: '信息不足',
    not_account_holder: '非账号本人',
    other: '其他',
  },
  outcomes: { passed: '通过', failed: '未通过' },
  decisions: { approved: '批准', partly_approved: '部分批准', denied: '拒绝' },
  internalWarning: '内部内容：绝不向报告人显示。',
  ...deskContainmentZhCN,
};

/** The desk's catalogs by language. */
export const CASE_DESK_CATALOGS: Record<Lang, CaseDeskCatalog> = { en, 'zh-CN': zhCN };
