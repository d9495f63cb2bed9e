/**
 * `<recourse-totp-setup>`'s words in Traditional Chinese.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { TotpSetupCatalog } from './en';

export const zhTW: TotpSetupCatalog = {
  title: '兩步驟驗證',
  stepOf: '第 {n} 步，共 {total} 步',
  steps: {
    intro: '用兩步驟驗證保護您的帳戶',
    scan: '將帳戶加入驗證器應用程式',
    code: '輸入應用程式中的驗證碼',
    backup: '儲存備用驗證碼',
    done: '兩步驟驗證已開啟',
  },
  ui: {
    start: '開始設定',
    next: '下一步',
    back: '上一步',
    retry: '再試一次',
    loading: '載入中…',
    copy: '複製',
    copied: '已複製',
  },
  intro: {
    why: '即使有人知道您的密碼，還需要一組只有您的手機才能產生的六位數驗證碼。這是防止帳戶遭盜用最有效的一步。',
    apps: '您需要在手機上安裝驗證器應用程式，例如 Google Authenticator、Microsoft Authenticator、1Password、Authy，或密碼管理工具內建的驗證器。',
    time: '大約需要兩分鐘。',
  },
  scan: {
    instruction: '開啟應用程式，選擇新增帳戶，然後掃描這個 QR 圖碼。',
    qrLabel: '供驗證器應用程式掃描的 QR 圖碼',
    cantScan: '無法掃描嗎？請改為在應用程式中輸入這組金鑰（選擇「以時間為準」）：',
    keyLabel: '設定金鑰',
    keyHint: '有沒有空格都可以。請勿讓他人知道這組金鑰：任何拿到它的人都能產生您的驗證碼。',
    copyKey: '複製金鑰',
    expires: '本次設定將於 {time} 失效。',
  },
  code: {
    instruction: '應用程式現在會顯示這個帳戶的六位數驗證碼，每 30 秒更新一次。',
    label: '六位數驗證碼',
    hint: '可以輸入或貼上，含空格也沒關係。',
    submit: '開啟',
  },
  backup: {
    intro:
      '如果手機遺失，每組備用驗證碼都可讓您登入一次。請將它們存放在安全、私密且不在手機上的地方——這些驗證碼不會再次顯示。',
    listLabel: '備用驗證碼',
    copyAll: '複製驗證碼',
    download: '下載（.txt）',
    print: '列印',
    saved: '我已儲存備用驗證碼',
    finish: '完成',
    fileName: '備用驗證碼.txt',
    fileHeader: '兩步驟驗證的備用驗證碼。每組驗證碼只能使用一次。',
  },
  done: {
    body: '從現在起，登入時需要密碼和應用程式中的驗證碼。',
    recovery: '也請順便確認，用於找回帳戶的電子郵件地址和手機號碼是否仍屬於您。',
    neverAsks:
      '我們絕不會透過電話、聊天或電子郵件向您索取驗證碼、備用驗證碼或密碼。任何向您索取的人都是詐騙者。',
  },
  already: {
    heading: '兩步驟驗證已經開啟',
    body: '剩餘備用驗證碼：{n} 組。',
    regenerateIntro: '備用驗證碼快用完了，或擔心被別人看到？您可以產生一組新的，舊的驗證碼將會失效。',
    codeLabel: '應用程式中的驗證碼（或一組備用驗證碼）',
    codeHint: '用來確認是您本人。',
    regenerate: '產生新的備用驗證碼',
    lowHeading: '備用碼快用完了',
    low: {
      none: '您已沒有可用的備用碼。',
      one: '只剩 {n} 個備用碼。',
      other: '只剩 {n} 個備用碼。',
    },
    lowBody:
      '如果手機遺失，備用碼就是您重新進入帳戶的方法。請立即產生一組新的，並存放在安全的地方；舊的備用碼會失效。',
  },
  expired: {
    heading: '本次設定已過期',
    body: '為了您的安全，設定必須在幾分鐘內完成。目前沒有開啟任何功能。請重新開始以取得新的金鑰，並從應用程式中刪除舊的項目。',
    restart: '重新開始',
  },
  errors: {
    network: '無法連線到伺服器。請檢查網路連線後再試一次。',
    invalid: '驗證碼不正確。請檢查手機的時間，並輸入目前顯示的驗證碼。剩餘嘗試次數：{n}。',
    invalidWait: '驗證碼不正確。',
    lastTry: '驗證碼不正確。再輸錯一次，就需要等待一段時間。',
    used: '這組驗證碼已經使用過。請等應用程式顯示新的驗證碼。',
    usedLeft: {
      other: '這組驗證碼已經使用過。請等應用程式顯示新的驗證碼。您還可以嘗試 {n} 次。',
    },
    throttled: '嘗試次數過多。',
    wait: '請在 {time}後再試一次。',
    ready: '現在可以再試一次了。',
    expired: '本次設定已過期。',
    already_enabled: '兩步驟驗證已經開啟。',
    not_enabled: '兩步驟驗證尚未開啟。',
    locked: '輸錯次數過多，這個驗證方式已遭封鎖。請聯絡客服以找回帳戶。',
    unauthorized: '請先登入，再回到這個頁面。',
    step_up_required: '請輸入應用程式中的驗證碼，以確認是您本人。',
    unknown: '發生錯誤，請再試一次。',
    format: '請輸入應用程式中顯示的六位數字。',
  },
};
