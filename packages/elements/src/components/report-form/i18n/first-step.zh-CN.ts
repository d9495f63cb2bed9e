/**
 * The first step's and the frame's words in Simplified Chinese (initial bundle); typed by the
 * English source, so a missing or extra key fails the typecheck.
 * @module
 */
import type { FirstStepWords } from './first-step.en';

export const zhCN: FirstStepWords = {
  title: '举报账号被盗',
  stepOf: '第 {n} 步，共 {total} 步',
  steps: {
    first: '首先，保护能保护的',
    account: '您的账号和联系方式',
    incident: '发生了什么',
    evidence: '证据',
    review: '核对并提交举报',
    done: '您的举报已收到',
  },
  ui: {
    goToReport: '继续填写举报',
    discard: '重新开始',
    yes: '是',
    no: '否',
    loading: '加载中…',
  },
  first: {
    intro: '回答四个问题，我们按顺序告诉您现在该做什么。您随时可以继续填写举报。',
    canSignIn: '您还能登录这个账号吗？',
    passwordReset: '您试过重置密码吗？',
    reset: { not_tried: '还没有', worked: '试过，成功了', failed: '试过，失败了' },
    moneyMoved: '账号里的资金或加密资产被转走了吗？',
    profileChanged: '邮箱、手机号或两步验证设置被改了吗？',
    urgency: {
      critical: '请立即行动：资金已被转走，马上举报。',
      high: '紧急：请立即联系客服。',
      elevated: '先保护好账号，再告诉客服。',
    },
    stepsTitle: '现在要做的事',
    containmentTitle: '重新登录后，检查攻击者留下的东西',
    resetLink: '打开密码重置',
    neverAsks: '客服绝不会向您索要密码、助记词、两步验证码或远程控制权限。',
  },
  triage: {
    secure_email: '先保护好您的邮箱：谁控制了邮箱，谁就能重置其他一切。',
    report: '向客服举报账号被盗（就是本表单）。',
    change_password: '立即修改密码：要长、不要与其他账号重复；密码管理器会有帮助。',
    enable_2fa: '开启两步验证。',
    sign_out_other_sessions: '退出所有其他会话和设备。',
    use_password_reset: '使用密码重置。',
    verify_identity: '向客服验证身份以找回账号。',
  },
  containment: {
    sign_out_other_sessions: '退出其他会话和设备',
    check_email_phone: '检查账号绑定的邮箱和手机号',
    check_mail_forwarding: '检查邮箱里有没有您没设置过的转发规则',
    check_2fa_devices: '检查已登记的两步验证设备',
    regenerate_backup_codes: '重新生成备用码',
    revoke_api_keys: '删除不是您创建的 API 密钥',
    revoke_connected_apps: '移除您不认识的已连接应用',
    check_withdrawal_allowlist: '检查提币地址白名单',
  },
  status: {
    restored: '已恢复您之前填写的举报。',
    laterFailed: '表单的其余部分未能加载，请检查网络连接后重试。',
  },
};
