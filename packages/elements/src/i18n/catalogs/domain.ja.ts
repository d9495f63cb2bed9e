/**
 * The domain vocabulary in Japanese.
 * Typed by the English catalog (`domain.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { DomainCatalog } from './domain.en';

export const ja: DomainCatalog = {
  status: {
    submitted: '提出済み',
    in_review: '確認中',
    action_needed: '対応が必要です',
    in_progress: '対応中',
    resolved: '解決済み',
    closed: '終了',
  },
  state: {
    none: '未提出',
    submitted: '提出済み',
    in_review: '確認中',
    compromise_confirmed: '乗っ取りを確認済み',
    ruled_out: '乗っ取りなし',
    frozen: 'アカウント凍結中',
    investigating: '調査中',
    awaiting_verification: '本人確認待ち',
    restored: 'アカウント復旧済み',
    awaiting_confirmation: '報告者の確認待ち',
    closed: '終了',
    withdrawn: '取り下げ済み',
  },
  event: {
    case_submitted: '報告が提出されました',
    review_started: 'サポートが報告の確認を始めました',
    compromise_confirmed: 'サポートがアカウントの乗っ取りを確認しました',
    case_ruled_out: 'サポートは乗っ取りはなかったと判断しました',
    case_reopened: '報告が再開されました',
    account_frozen: '被害の拡大を防ぐため、アカウントが凍結されました',
    investigation_started: '調査が始まりました',
    cause_recorded: '原因が記録されました',
    verification_requested: '本人確認が依頼されました',
    verification_recorded: '本人確認の結果が記録されました',
    account_restored: 'アカウントが復旧しました',
    confirmation_requested: 'アカウントが元に戻ったかどうか、確認をお願いしました',
    recovery_confirmed: '復旧が確認されました',
    recovery_disputed: '復旧に異議があり、調査が再開されました',
    case_closed: 'ケースが終了しました',
    case_withdrawn: '報告が取り下げられました',
    info_requested: 'サポートが追加の情報を求めました',
    info_provided: '情報が提供されました',
    message_sent: 'メッセージ',
    note_added: '内部メモ',
    action_requested: 'プラットフォームでの対応を依頼しました',
    action_succeeded: 'プラットフォームでの対応が完了しました',
    action_failed: 'プラットフォームでの対応に失敗しました',
    claim_filed: '損失の補償請求が提出されました',
    claim_review_started: '損失の補償請求を審査中です',
    claim_approved: '損失の補償請求が承認されました',
    claim_partly_approved: '損失の補償請求が一部承認されました',
    claim_denied: '損失の補償請求が却下されました',
    complaint_filed: '苦情が申し立てられました',
    complaint_answered: '苦情に回答しました',
    complaint_escalated: '苦情が外部機関に申し立てられました',
    complaint_resolved: '苦情が解決しました',
  },
  role: { reporter: 'あなた', agent: 'サポート', system: '自動' },
};
