/**
 * The domain vocabulary in Traditional Chinese.
 * Typed by the English catalog (`domain.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DomainCatalog } from './domain.en';

export const zhTW: DomainCatalog = {
  status: {
    submitted: '已提交',
    in_review: '審核中',
    action_needed: '需要您處理',
    in_progress: '處理中',
    resolved: '已解決',
    closed: '已結案',
  },
  state: {
    none: '未提交',
    submitted: '已提交',
    in_review: '審核中',
    compromise_confirmed: '已確認遭盜用',
    ruled_out: '已排除盜用',
    frozen: '帳戶已凍結',
    investigating: '調查中',
    awaiting_verification: '等待身分驗證',
    restored: '帳戶已恢復',
    awaiting_confirmation: '等待回報人確認',
    closed: '已結案',
    withdrawn: '已撤回',
  },
  event: {
    case_submitted: '已提交回報',
    review_started: '客服開始審核回報',
    compromise_confirmed: '客服確認帳戶已遭盜用',
    case_ruled_out: '客服判定帳戶未遭盜用',
    case_reopened: '回報已重新開啟',
    account_frozen: '帳戶已凍結，以防損失擴大',
    investigation_started: '已開始調查',
    cause_recorded: '已記錄原因',
    verification_requested: '需要驗證身分',
    verification_recorded: '已記錄身分驗證結果',
    account_restored: '帳戶已恢復',
    confirmation_requested: '請您確認帳戶已恢復正常',
    recovery_confirmed: '已確認恢復',
    recovery_disputed: '對恢復結果有異議：已重新開始調查',
    case_closed: '案件已結案',
    case_withdrawn: '回報已撤回',
    info_requested: '客服需要更多資訊',
    info_provided: '已提供資訊',
    message_sent: '訊息',
    note_added: '內部備註',
    action_requested: '已要求平台處理',
    action_succeeded: '平台已完成處理',
    action_failed: '平台處理失敗',
    claim_filed: '已提出損失賠償申請',
    claim_review_started: '損失賠償申請審核中',
    claim_approved: '損失賠償申請已核准',
    claim_partly_approved: '損失賠償申請部分核准',
    claim_denied: '損失賠償申請遭駁回',
    complaint_filed: '已提出申訴',
    complaint_answered: '申訴已回覆',
    complaint_escalated: '申訴已提交至外部機構',
    complaint_resolved: '申訴已解決',
  },
  role: { reporter: '您', agent: '客服', system: '系統' },
};
