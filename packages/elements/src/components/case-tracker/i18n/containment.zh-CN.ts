/**
 * The tracker's containment words in Simplified Chinese, typed by the English ones.
 * @module
 */
import type { ContainmentWords } from './containment.en';

export const zhCN: ContainmentWords = {
  containment: {
    title: '账户保护',
    lockTitle: '账户锁定',
    lock: {
      requested: '我们已请求平台锁定您的账户。账户尚未锁定：我们会持续重试。',
      in_force: '您的账户已锁定：任何人都无法登录、提现或更改安全设置。',
      failed: '平台未能锁定您的账户。已通知客服；如果资金仍在转出，请立即联系客服。',
      released: '锁定已解除。',
    },
    origins: {
      session: '您在登录状态下锁定了账户。',
      link: '您通过我们消息中的链接锁定了账户。',
      desk: '客服锁定了账户。',
    },
    since: '自 {date} 起',
    release: '解除锁定…',
    releaseTitle: '要解除锁定吗？',
    releaseBody:
      '我们会立即通知记录中的每个邮箱和手机号。等待期结束后锁定才会解除，除非有人用该消息中的链接保持锁定。仅凭某处的登录状态无法解除锁定，因此盗号者做不到这一点。',
    releaseConfirm: '是的，等待期后解除',
    releaseSent: '已申请。已通知记录中的每个邮箱和手机号。',
    released: {
      cooling_off:
        '锁定将于 {date}（{relative}）解除。我们已通知记录中的每个邮箱和手机号；如果这不是您本人操作，该消息中的链接可以保持账户锁定。',
      releasing: '等待期已结束：平台正在解除锁定。',
      done: '已应您的申请于 {date} 解除锁定。',
      cancelled: '您的解除申请已因新的锁定而取消：账户保持锁定。',
    },
    holdTitle: '恢复期保护',
    hold: {
      requested: '我们已请求平台在 {date} 之前暂停提现和安全设置变更。',
      in_force: '提现和安全设置变更已暂停，直到 {date}（{relative}）。',
      failed: '平台未能设置暂停。请仔细检查您的安全设置并告知客服。',
      ended: '恢复期保护已于 {date} 结束。',
    },
    holdWhy:
      '原因：如果盗号者仍有办法进入，在暂停期间也无法转走您的资金，或更改您的密码、邮箱、手机号和两步验证；您也有时间发现问题并告诉我们。',
    actionsTitle: '平台已执行的操作',
    actions: {
      lock_account: '锁定账户',
      unlock_account: '解锁账户',
      sign_out_everywhere: '退出所有登录',
      revoke_credential: '移除登录设备、密钥或地址',
      hold_risky_actions: '暂停提现和安全设置变更',
    },
    states: { requested: '已请求', done: '已完成', failed: '无法完成' },
    retrying: '尚未完成：正在重试',
    reasons: {
      platform_error: '平台出错',
      timeout: '平台未及时响应',
      refused: '平台拒绝执行',
      not_configured: '平台未提供此功能',
      given_up: '平台持续失败，我们已停止重试；客服会跟进',
    },
  },
  credentials: {
    title: '您账户上的登录设备、密钥和地址',
    intro: '盗号者可能留下了再次进入的途径。请逐项检查：保留属于您的，移除任何您不认识的。',
    loading: '正在从平台加载列表…',
    failed: '无法加载列表。请稍后重试，或告知客服。',
    empty: '平台没有需要检查的项目。',
    kinds: {
      session: '已登录的设备',
      api_key: 'API 密钥',
      withdrawal_address: '提现地址',
      second_factor: '两步验证设备',
      connected_app: '已连接的应用',
      recovery_contact: '找回用邮箱或手机号',
    },
    added: '添加于 {date}',
    keep: '保留',
    remove: '移除',
    choose: '请为每一项选择保留或移除。',
    submit: '确认我的选择',
    sent: '已发送。每项移除在平台确认后会显示在这里。',
    outcomes: {
      kept: '已保留',
      requested: '已请求移除',
      done: '已移除',
      failed: '无法移除',
    },
  },
};
