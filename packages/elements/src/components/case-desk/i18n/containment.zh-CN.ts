/**
 * The desk's account-protection words in Simplified Chinese (typed by the English source).
 * @module
 */
import type { DeskContainmentWords } from './containment.en';

export const zhCN: DeskContainmentWords = {
  containment: {
    title: '账号保护',
    action: '平台操作',
    state: '状态',
    attempts: '尝试次数',
    requested: '请求时间',
    details: '详情',
    origin: '锁定发起方：{origin}',
    origins: {
      desk: '客服（冻结）',
      session: '账号本人（已登录）',
      link: '账号本人（通过锁定链接）',
    },
    lock: {
      requested: '已请求锁定，尚未生效：平台尚未确认',
      in_force: '账号已锁定',
      failed: '锁定失败',
      released: '锁定已解除',
    },
    release: {
      cooling_off: '账号本人申请解除锁定：将于 {date} 解除，除非通过锁定链接取消',
      releasing: '账号本人申请的解除已到期（{date}）：平台正在解锁账号',
      done: '已应账号本人申请于 {date} 解除',
      cancelled: '账号本人的解除申请已因新的锁定而取消',
    },
    actions: {
      lock_account: '锁定账号',
      unlock_account: '解锁账号',
      sign_out_everywhere: '退出所有登录',
      revoke_credential: '移除凭据',
      hold_risky_actions: '暂停提现和安全设置变更',
    },
    states: {
      requested: '已请求',
      retrying: '失败，重试中',
      done: '已完成',
      failed: '失败',
    },
    reasons: {
      platform_error: '平台返回错误',
      timeout: '平台未及时响应',
      refused: '平台拒绝执行',
      not_configured: '平台未提供此操作',
      given_up: '平台持续失败：已停止重试，需要客服处理',
    },
    until: '至 {date}',
  },
};
