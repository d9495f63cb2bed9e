/**
 * The email notices in Traditional Chinese.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { EmailCatalog } from './catalog';

export const zhTW: EmailCatalog = {
  lang: 'zh-TW',
  caseEvents: {
    case_submitted: {
      subject: '{platform}：有人回報您的帳戶遭到盜用',
      happened: '有人提交了一份回報，指出您的 {platform} 帳戶遭到他人盜用。',
    },
    compromise_confirmed: {
      subject: '{platform}：我們已確認您的帳戶遭到盜用',
      happened: '我們的客服團隊已確認您的 {platform} 帳戶遭到他人盜用。',
    },
    case_ruled_out: {
      subject: '{platform}：關於您帳戶的盜用回報已結案',
      happened: '我們的客服團隊在一份關於您 {platform} 帳戶的回報中，未發現帳戶遭到盜用。',
    },
    case_reopened: {
      subject: '{platform}：關於您帳戶的回報已重新開啟',
      happened: '一份關於您 {platform} 帳戶的盜用回報已重新開啟。',
    },
    account_frozen: {
      subject: '{platform}：您的帳戶已被凍結',
      happened: '在調查盜用回報期間，您的 {platform} 帳戶已被凍結。',
    },
    verification_requested: {
      subject: '{platform}：已要求進行身分驗證',
      happened: '我們的客服團隊要求針對您的 {platform} 帳戶進行身分驗證。',
    },
    verification_recorded: {
      subject: '{platform}：已記錄身分驗證',
      happened: '您的 {platform} 帳戶已記錄一次身分驗證。',
    },
    account_restored: {
      subject: '{platform}：您帳戶的存取權限已恢復',
      happened: '您 {platform} 帳戶的存取權限，已交還給回報盜用的人。',
    },
    confirmation_requested: {
      subject: '{platform}：請確認您的帳戶已恢復',
      happened: '您 {platform} 帳戶的恢復正在等待確認。',
    },
    recovery_confirmed: {
      subject: '{platform}：已確認您的帳戶恢復',
      happened: '您 {platform} 帳戶的恢復已獲得確認。',
    },
    recovery_disputed: {
      subject: '{platform}：有人對您帳戶的恢復提出異議',
      happened: '有人對您 {platform} 帳戶的恢復提出了異議。',
    },
    case_closed: {
      subject: '{platform}：關於您帳戶的回報已結案',
      happened: '一份關於您 {platform} 帳戶的盜用回報已結案。',
    },
    lock_release_requested: {
      subject: '{platform}：有人申請解除您帳戶的鎖定',
      happened: '有人申請解除您 {platform} 帳戶的鎖定。除非您用下方連結阻止，鎖定將在等待期結束後解除。',
    },
    lock_release_cancelled: {
      subject: '{platform}：您帳戶的鎖定仍然有效',
      happened: '解除您 {platform} 帳戶鎖定的申請已取消；鎖定仍然有效。',
    },
    lock_released: {
      subject: '{platform}：您帳戶的鎖定已解除',
      happened: '您 {platform} 帳戶的鎖定已在等待期結束後解除。',
    },
    account_locked: {
      subject: '{platform}：您的帳戶已被鎖定',
      happened:
        '根據已登入工作階段或鎖定連結發出的請求，您的 {platform} 帳戶已被鎖定，鎖定已記入關於該帳戶的盜用報告。客服在核實您的身分後解除鎖定。',
    },
  },
  totp: {
    totp_enabled: {
      subject: '{platform}：已開啟兩步驟驗證',
      happened: '您的 {platform} 帳戶已開啟兩步驟驗證（驗證器應用程式）。',
    },
    totp_backup_codes_regenerated: {
      subject: '{platform}：已產生新的備用碼',
      happened: '您的 {platform} 帳戶已產生新的備用碼，舊的備用碼已失效。',
    },
    totp_disabled: {
      subject: '{platform}：已關閉兩步驟驗證',
      happened: '您的 {platform} 帳戶已關閉兩步驟驗證。',
    },
    totp_locked: {
      subject: '{platform}：兩步驟驗證已鎖定',
      happened: '您的 {platform} 帳戶輸入了太多次錯誤的驗證器驗證碼，驗證碼已被鎖定。',
    },
    totp_backup_codes_low: {
      subject: '{platform}：您的備用碼快用完了',
      happened: '有人使用備用碼登入了您的 {platform} 帳戶；剩下 {count} 個。請在安全設定中產生新的備用碼。',
    },
    totp_backup_codes_locked: {
      subject: '{platform}：備用碼已鎖定',
      happened: '您的 {platform} 帳戶輸入了太多次錯誤的備用碼，備用碼已被鎖定。',
    },
  },
  greeting: '您好：',
  whenLabel: '時間',
  referenceLabel: '編號',
  notMe: '如果這不是您本人的操作，或您並未提出這項要求，請立即告訴我們：',
  notMeLink: '這不是我',
  notMeNoLink: '如果這不是您本人的操作，或您並未提出這項要求，請立即聯絡 {platform} 客服。',
  footer:
    '您會收到這封郵件，是因為這個地址登記在某個 {platform} 帳戶上。我們絕不會透過電子郵件向您索取密碼或驗證碼。',
  lockLink: {
    subject: '{platform}：鎖定您的帳戶',
    happened:
      '有人申請了鎖定您 {platform} 帳戶的連結。如果您認為有人正在使用您的帳戶，請立即鎖定。如果不是您申請的，可以忽略這封郵件：一切都沒有改變。',
  },
  lockNow: '如果有人正在使用您的帳戶，請立即鎖定：',
  lockNowLink: '這不是我——鎖定我的帳戶',
  lockNowAfter:
    '鎖定後，登入、提領和安全設定變更都會被拒絕，直到客服解除鎖定。此連結只能使用一次，且有時間限制。',
};
