/**
 * The report form's first step's and frame's words in Traditional Chinese.
 * Typed by the English catalog (`first-step.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { FirstStepWords } from './first-step.en';

export const zhTW: FirstStepWords = {
  title: '回報帳戶遭盜用',
  stepOf: '第 {n} 步，共 {total} 步',
  steps: {
    first: '首先，保護還能保護的',
    account: '您的帳戶與聯絡方式',
    incident: '發生了什麼事',
    evidence: '證據',
    review: '檢查並送出回報',
    done: '我們已收到您的回報',
  },
  ui: {
    goToReport: '繼續填寫回報',
    discard: '重新開始',
    yes: '是',
    no: '否',
    loading: '載入中…',
  },
  first: {
    intro: '請回答四個問題，我們會依序告訴您現在該做什麼。您隨時可以繼續填寫回報。',
    canSignIn: '您還能登入這個帳戶嗎？',
    passwordReset: '您試過重設密碼嗎？',
    reset: { not_tried: '還沒有', worked: '試過，成功了', failed: '試過，但失敗了' },
    moneyMoved: '帳戶裡的資金或加密資產被轉走了嗎？',
    profileChanged: '電子郵件、手機號碼或兩步驟驗證設定被更改了嗎？',
    urgency: {
      critical: '請立即行動：資金已被轉走，請馬上回報。',
      high: '緊急：請立即聯絡客服。',
      elevated: '請先保護好帳戶，再通知客服。',
    },
    stepsTitle: '現在要做的事',
    containmentTitle: '重新登入後，請檢查攻擊者留下的設定',
    resetLink: '開啟重設密碼',
    neverAsks: '客服絕不會向您索取密碼、助記詞、兩步驟驗證碼或遠端存取權限。',
  },
  triage: {
    secure_email: '請先保護好您的電子郵件帳戶：誰控制了電子郵件，誰就能重設其他所有帳戶。',
    report: '向客服回報帳戶遭盜用（就是這份表單）。',
    change_password: '請立即變更密碼：密碼要夠長，且不要與其他帳戶重複；密碼管理工具會有幫助。',
    enable_2fa: '開啟兩步驟驗證。',
    sign_out_other_sessions: '登出所有其他工作階段和裝置。',
    use_password_reset: '使用重設密碼功能。',
    verify_identity: '向客服驗證身分，以取回帳戶。',
  },
  containment: {
    sign_out_other_sessions: '登出其他工作階段和裝置',
    check_email_phone: '檢查帳戶綁定的電子郵件和手機號碼',
    check_mail_forwarding: '檢查信箱中是否有您沒設定過的轉寄規則',
    check_2fa_devices: '檢查已登記的兩步驟驗證裝置',
    regenerate_backup_codes: '重新產生備用碼',
    revoke_api_keys: '刪除不是您建立的 API 金鑰',
    revoke_connected_apps: '移除您不認得的已連結應用程式',
    check_withdrawal_allowlist: '檢查提領地址白名單',
  },
  status: {
    restored: '已還原您先前填寫的回報。',
    laterFailed: '無法載入表單的其餘部分，請檢查網路連線後再試一次。',
  },
};
