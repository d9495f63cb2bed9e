/**
 * The desk's containment words in Traditional Chinese (Taiwan), typed by the English ones.
 * @module
 */
import type { DeskContainmentWords } from './containment.en';

export const zhTW: DeskContainmentWords = {
  containment: {
    title: '帳戶保護',
    action: '平台操作',
    state: '狀態',
    attempts: '嘗試次數',
    requested: '申請時間',
    details: '詳細資訊',
    origin: '鎖定發起方：{origin}',
    origins: {
      desk: '客服（凍結）',
      session: '帳戶持有人（已登入）',
      link: '帳戶持有人（透過鎖定連結）',
    },
    lock: {
      requested: '已申請鎖定，尚未生效：平台尚未確認',
      in_force: '帳戶已鎖定',
      failed: '鎖定失敗',
      released: '鎖定已解除',
    },
    release: {
      cooling_off: '帳戶持有人申請解除鎖定：將於 {date} 解除，除非鎖定連結取消此申請',
      releasing: '帳戶持有人申請的解除已到期（{date}）：平台正在解除帳戶鎖定',
      done: '已依帳戶持有人的申請於 {date} 解除',
      cancelled: '新的鎖定已取消帳戶持有人的解除申請',
    },
    actions: {
      lock_account: '鎖定帳戶',
      unlock_account: '解除帳戶鎖定',
      sign_out_everywhere: '登出所有裝置',
      revoke_credential: '移除憑證',
      hold_risky_actions: '暫停提領和安全設定變更',
    },
    states: {
      requested: '已申請',
      retrying: '失敗，重試中',
      done: '已完成',
      failed: '失敗',
    },
    reasons: {
      platform_error: '平台回傳錯誤',
      timeout: '平台未及時回應',
      refused: '平台拒絕執行',
      not_configured: '平台未提供此操作',
      given_up: '平台持續失敗：已停止重試，需要客服處理',
    },
    until: '至 {date}',
  },
};
