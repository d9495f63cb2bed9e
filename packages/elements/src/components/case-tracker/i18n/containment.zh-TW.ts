/**
 * The tracker's containment words in Traditional Chinese (Taiwan), typed by the English ones.
 * @module
 */
import type { ContainmentWords } from './containment.en';

export const zhTW: ContainmentWords = {
  containment: {
    title: '帳戶保護',
    lockTitle: '帳戶鎖定',
    lock: {
      requested: '我們已請平台鎖定您的帳戶。帳戶尚未鎖定：我們會持續重試。',
      in_force: '您的帳戶已鎖定：任何人都無法登入、提領或變更安全設定。',
      failed: '平台無法鎖定您的帳戶。已通知客服；如果資金仍在轉出，請立即聯絡客服。',
      released: '鎖定已解除。',
    },
    origins: {
      session: '您在登入狀態下鎖定了帳戶。',
      link: '您透過我們訊息中的連結鎖定了帳戶。',
      desk: '客服鎖定了帳戶。',
    },
    since: '自 {date} 起',
    release: '解除鎖定…',
    releaseTitle: '要解除鎖定嗎？',
    releaseBody:
      '我們會立即通知記錄中的每個電子郵件地址和手機號碼。等待期結束後才會解除鎖定，除非有人用該訊息中的連結維持鎖定。只是在某處保持登入並不足以解除鎖定，因此盜用您帳戶的人無法這麼做。',
    releaseConfirm: '是，在等待期結束後解除',
    releaseSent: '已申請。已通知記錄中的每個電子郵件地址和手機號碼。',
    released: {
      cooling_off:
        '鎖定將於 {date}（{relative}）解除。我們已通知記錄中的每個電子郵件地址和手機號碼；如果這不是您本人申請的，該訊息中的連結可以讓帳戶維持鎖定。',
      releasing: '等待期已結束：平台正在解除鎖定。',
      done: '已依您的申請於 {date} 解除鎖定。',
      cancelled: '新的鎖定已取消您解除鎖定的申請：帳戶仍維持鎖定。',
    },
    holdTitle: '復原期保護',
    hold: {
      requested: '我們已請平台在 {date} 前暫停提領和安全設定變更。',
      in_force: '提領和安全設定變更已暫停，直到 {date}（{relative}）。',
      failed: '平台無法設定暫停。請仔細檢查您的安全設定，並告知客服。',
      ended: '復原期保護已於 {date} 結束。',
    },
    holdWhy:
      '原因：如果盜用您帳戶的人仍有辦法進入，在暫停期間也無法轉走您的資金，或變更您的密碼、電子郵件、手機號碼或兩步驟驗證；您也有時間發現問題並告訴我們。',
    actionsTitle: '平台已執行的操作',
    actions: {
      lock_account: '鎖定帳戶',
      unlock_account: '解除帳戶鎖定',
      sign_out_everywhere: '登出所有裝置',
      revoke_credential: '移除登入裝置、金鑰或地址',
      hold_risky_actions: '暫停提領和安全設定變更',
    },
    states: { requested: '已申請', done: '已完成', failed: '無法完成' },
    retrying: '尚未完成：正在重試',
    reasons: {
      platform_error: '平台發生錯誤',
      timeout: '平台未及時回應',
      refused: '平台拒絕執行',
      not_configured: '平台未提供此功能',
      given_up: '平台持續失敗，我們已停止重試；客服會跟進',
    },
  },
  credentials: {
    title: '您帳戶上的登入裝置、金鑰和地址',
    intro: '盜用您帳戶的人可能留下了再次進入的途徑。請逐項檢查：保留屬於您的項目，移除任何您不認得的項目。',
    loading: '正在從平台載入清單…',
    failed: '無法載入清單。請稍後再試，或告知客服。',
    empty: '平台沒有回報需要檢查的項目。',
    kinds: {
      session: '已登入的裝置',
      api_key: 'API 金鑰',
      withdrawal_address: '提領地址',
      second_factor: '兩步驟驗證裝置',
      connected_app: '已連結的應用程式',
      recovery_contact: '復原用電子郵件或手機號碼',
    },
    added: '新增於 {date}',
    keep: '保留',
    remove: '移除',
    choose: '請為每個項目選擇保留或移除。',
    submit: '確認我的選擇',
    sent: '已送出。平台確認後，每項移除都會顯示在這裡。',
    outcomes: {
      kept: '已保留',
      requested: '已申請移除',
      done: '已移除',
      failed: '無法移除',
    },
  },
};
