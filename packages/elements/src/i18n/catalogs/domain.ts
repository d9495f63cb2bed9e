/**
 * Words for the workflow's codes: customer statuses, internal states, timeline events, roles.
 * Shared by the tracker, the desk and the dossier. English is the source; the compiler checks
 * that every language has every key, and a test checks them against core's code lists.
 * @module
 */
import type { CustomerStatus, EventType, MainState, Role } from '@recourse/core';
import type { Lang } from '../lang';

/** The domain vocabulary in one language. */
export interface DomainCatalog {
  /** Customer-facing status labels (what the reporter sees). */
  status: Record<CustomerStatus, string>;
  /** Internal state labels (what an agent sees). */
  state: Record<MainState | 'none', string>;
  /** Timeline entries, in plain language. */
  event: Record<EventType, string>;
  /** Who did something. */
  role: Record<Role, string>;
}

const en: DomainCatalog = {
  status: {
    submitted: 'Submitted',
    in_review: 'In review',
    action_needed: 'Action needed',
    in_progress: 'In progress',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  state: {
    none: 'Not submitted',
    submitted: 'Submitted',
    in_review: 'In review',
    compromise_confirmed: 'Compromise confirmed',
    ruled_out: 'Ruled out',
    frozen: 'Account frozen',
    investigating: 'Investigating',
    awaiting_verification: 'Awaiting identity verification',
    restored: 'Account restored',
    awaiting_confirmation: 'Awaiting reporter confirmation',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
  event: {
    case_submitted: 'Report submitted',
    review_started: 'Support started reviewing the report',
    compromise_confirmed: 'Support confirmed the account was taken over',
    case_ruled_out: 'Support found no takeover',
    case_reopened: 'The report was reopened',
    account_frozen: 'The account was frozen to stop further loss',
    investigation_started: 'Investigation started',
    cause_recorded: 'The cause was recorded',
    verification_requested: 'Identity verification requested',
    verification_recorded: 'Identity verification recorded',
    account_restored: 'The account was restored',
    confirmation_requested: 'Asked you to confirm the account is back to normal',
    recovery_confirmed: 'Recovery confirmed',
    recovery_disputed: 'Recovery disputed: the investigation was reopened',
    case_closed: 'Case closed',
    case_withdrawn: 'Report withdrawn',
    info_requested: 'Support asked for more information',
    info_provided: 'Information provided',
    message_sent: 'Message',
    note_added: 'Internal note',
    action_requested: 'Platform action requested',
    action_succeeded: 'Platform action done',
    action_failed: 'Platform action failed',
    lock_release_requested: 'Lock release requested',
    lock_release_cancelled: 'Lock release cancelled',
    lock_released: 'Lock lifted',
    claim_filed: 'Loss claim filed',
    claim_review_started: 'Loss claim under review',
    claim_approved: 'Loss claim approved',
    claim_partly_approved: 'Loss claim partly approved',
    claim_denied: 'Loss claim denied',
    complaint_filed: 'Complaint filed',
    complaint_answered: 'Complaint answered',
    complaint_escalated: 'Complaint taken to an outside body',
    complaint_resolved: 'Complaint resolved',
  },
  role: { reporter: 'You', agent: 'Support', system: 'Automatic' },
};

const zhCN: DomainCatalog = {
  status: {
    submitted: '已提交',
    in_review: '审核中',
    action_needed: '需要您处理',
    in_progress: '处理中',
    resolved: '已解决',
    closed: '已关闭',
  },
  state: {
    none: '未提交',
    submitted: '已提交',
    in_review: '审核中',
    compromise_confirmed: '已确认被盗',
    ruled_out: '已排除',
    frozen: '账号已冻结',
    investigating: '调查中',
    awaiting_verification: '等待身份验证',
    restored: '账号已恢复',
    awaiting_confirmation: '等待报告人确认',
    closed: '已关闭',
    withdrawn: '已撤回',
  },
  event: {
    case_submitted: '报告已提交',
    review_started: '客服开始审核报告',
    compromise_confirmed: '客服确认账号已被盗',
    case_ruled_out: '客服认定账号未被盗',
    case_reopened: '报告已重新打开',
    account_frozen: '账号已冻结，防止进一步损失',
    investigation_started: '调查已开始',
    cause_recorded: '已记录被盗原因',
    verification_requested: '需要验证身份',
    verification_recorded: '身份验证结果已记录',
    account_restored: '账号已恢复',
    confirmation_requested: '请您确认账号已恢复正常',
    recovery_confirmed: '已确认恢复',
    recovery_disputed: '对恢复结果有异议：调查已重新开始',
    case_closed: '案件已关闭',
    case_withdrawn: '报告已撤回',
    info_requested: '客服需要更多信息',
    info_provided: '已提供信息',
    message_sent: '消息',
    note_added: '内部备注',
    action_requested: '已请求平台操作',
    action_succeeded: '平台操作已完成',
    action_failed: '平台操作失败',
    lock_release_requested: '已申请解除锁定',
    lock_release_cancelled: '解除锁定已取消',
    lock_released: '锁定已解除',
    claim_filed: '已提交损失索赔',
    claim_review_started: '损失索赔审核中',
    claim_approved: '损失索赔已批准',
    claim_partly_approved: '损失索赔部分批准',
    claim_denied: '损失索赔被拒绝',
    complaint_filed: '已提交投诉',
    complaint_answered: '投诉已答复',
    complaint_escalated: '投诉已提交至外部机构',
    complaint_resolved: '投诉已解决',
  },
  role: { reporter: '您', agent: '客服', system: '系统' },
};

/** The domain vocabulary in every language. */
export const DOMAIN_CATALOGS: Record<Lang, DomainCatalog> = { en, 'zh-CN': zhCN };
