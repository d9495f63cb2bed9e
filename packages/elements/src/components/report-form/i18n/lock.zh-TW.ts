/**
 * The lock offer's words in Traditional Chinese (Taiwan); typed by the English source, so a
 * missing or extra key fails the typecheck.
 * @module
 */
import type { LockOfferWords } from './lock.en';

export const zhTW: LockOfferWords = {
  title: '立即鎖定我的帳戶',
  intro:
    '鎖定後，所有登入、提領和安全設定變更都會立即停止，直到客服或您本人解除鎖定。您不會失去任何資產或資料。',
  fromLink:
    '您是從我們寄出的訊息中開啟鎖定連結的。如果有其他人進入了您的帳戶，請立即鎖定：在客服或您本人解除鎖定之前，所有登入、提領和安全設定變更都會停止。',
  lock: '立即鎖定我的帳戶',
  locking: '正在鎖定…',
  needAccount:
    '您沒有在這台裝置上登入。請告訴我們是哪個帳戶：我們會將鎖定連結寄到帳戶登記的電子郵件地址和手機號碼。開啟連結即可鎖定帳戶。',
  accountLabel: '您的帳戶',
  accountHint: '請依登入時的輸入方式填寫。',
  kindLabel: '類型',
  kinds: {
    username: '使用者名稱',
    email: '電子郵件',
    phone: '手機號碼',
    user_id: '使用者 ID',
    wallet_address: '錢包地址',
  },
  accountInvalid: '請依登入時的輸入方式填寫帳戶。',
  sendLink: '寄給我鎖定連結',
  sending: '正在寄送…',
  sendAgain: '重新寄送連結',
  linkSent:
    '我們已將鎖定連結寄到此帳戶登記的聯絡方式。在任何裝置上開啟連結即可鎖定帳戶。連結只能使用一次，且有使用期限。',
  lockedTitle: '您的帳戶已鎖定',
  locked:
    '現在任何人都無法登入、提領或變更安全設定。我們已通知帳戶登記的所有聯絡方式。鎖定會持續有效，直到客服驗證您的身分，或您在案件頁面申請解除且等待期已過。',
  caseNumber: '案件編號',
  trackingLink: '追蹤案件進度的專屬連結',
  keepPrivate: '請勿將此連結提供給他人：任何取得連結的人都能查看案件。',
  lockedInCase: '鎖定已加入這個現有案件。請用您已有的該案件私人連結查看進度。',
  copy: '複製連結',
  copied: '已複製連結',
  lockedAnnounce: '您的帳戶已鎖定。案件編號 {number}。',
  linkRefused: '此鎖定連結已失效：它已被使用或已過期。請在下方申請新的連結。',
  limited: '要求次數過多。請等候幾分鐘再試一次。',
  failed: '無法連線到伺服器。請檢查網路連線後再試一次。',
  unavailable: '此處無法使用鎖定功能。請繼續填寫回報，並立即聯絡客服。',
};
