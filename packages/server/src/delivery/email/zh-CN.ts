/** Simplified Chinese email notices. @module */
import type { EmailCatalog } from './catalog';

/** The zh-CN catalog. */
export const zhCN: EmailCatalog = {
  lang: 'zh-CN',
  caseEvents: {
    case_submitted: {
      subject: '{platform}：有人报告您的账户被盗用',
      happened: '有人提交了一份报告，称您的 {platform} 账户被他人盗用。',
    },
    compromise_confirmed: {
      subject: '{platform}：我们已确认您的账户被盗用',
      happened: '我们的支持团队已确认您的 {platform} 账户被他人盗用。',
    },
    case_ruled_out: {
      subject: '{platform}：关于您账户的盗用报告已结案',
      happened: '我们的支持团队在一份关于您 {platform} 账户的报告中未发现盗用。',
    },
    case_reopened: {
      subject: '{platform}：关于您账户的报告已重新打开',
      happened: '一份关于您 {platform} 账户的盗用报告已重新打开。',
    },
    account_frozen: {
      subject: '{platform}：您的账户已被冻结',
      happened: '在处理盗用报告期间，您的 {platform} 账户已被冻结。',
    },
    verification_requested: {
      subject: '{platform}：已要求进行身份验证',
      happened: '我们的支持团队要求对您的 {platform} 账户进行身份验证。',
    },
    verification_recorded: {
      subject: '{platform}：身份验证已记录',
      happened: '您的 {platform} 账户已记录一次身份验证。',
    },
    account_restored: {
      subject: '{platform}：您账户的访问权限已恢复',
      happened: '您 {platform} 账户的访问权限已恢复给报告盗用的人。',
    },
    confirmation_requested: {
      subject: '{platform}：请确认您账户的恢复',
      happened: '您 {platform} 账户的恢复正在等待确认。',
    },
    recovery_confirmed: {
      subject: '{platform}：您账户的恢复已确认',
      happened: '您 {platform} 账户的恢复已被确认。',
    },
    recovery_disputed: {
      subject: '{platform}：您账户的恢复受到异议',
      happened: '有人对您 {platform} 账户的恢复提出了异议。',
    },
    case_closed: {
      subject: '{platform}：关于您账户的报告已结案',
      happened: '一份关于您 {platform} 账户的盗用报告已结案。',
    },
    lock_release_requested: {
      subject: '{platform}：有人申请解除您账户的锁定',
      happened: '有人申请解除您 {platform} 账户的锁定。等待期结束后锁定将解除，除非您通过下方链接阻止。',
    },
    lock_release_cancelled: {
      subject: '{platform}：您账户的锁定继续有效',
      happened: '解除您 {platform} 账户锁定的申请已取消，锁定继续有效。',
    },
    lock_released: {
      subject: '{platform}：您账户的锁定已解除',
      happened: '等待期结束，您 {platform} 账户的锁定已解除。',
    },
    account_locked: {
      subject: '{platform}：您的账户已被锁定',
      happened:
        '根据已登录会话或锁定链接发出的请求，您的 {platform} 账户已被锁定，锁定已记入关于该账户的盗号报告。客服在核实您的身份后解除锁定。',
    },
  },
  totp: {
    totp_enabled: {
      subject: '{platform}：已开启两步验证',
      happened: '您的 {platform} 账户已开启两步验证（身份验证器应用）。',
    },
    totp_backup_codes_regenerated: {
      subject: '{platform}：已生成新的备用码',
      happened: '您的 {platform} 账户已生成新的备用码，旧的备用码已失效。',
    },
    totp_disabled: {
      subject: '{platform}：已关闭两步验证',
      happened: '您的 {platform} 账户已关闭两步验证。',
    },
    totp_locked: {
      subject: '{platform}：两步验证已锁定',
      happened: '您的 {platform} 账户输入了过多错误的验证码，验证码已被锁定。',
    },
    totp_backup_codes_low: {
      subject: '{platform}：您的备用码即将用完',
      happened: '有人使用备用码登录了您的 {platform} 账户，剩余 {count} 个。请在安全设置中生成新的备用码。',
    },
    totp_backup_codes_locked: {
      subject: '{platform}：备用码已锁定',
      happened: '您的 {platform} 账户输入了过多错误的备用码，备用码已被锁定。',
    },
  },
  greeting: '您好：',
  whenLabel: '时间',
  referenceLabel: '编号',
  notMe: '如果这不是您本人的操作，或者您并未提出此请求，请立即告诉我们：',
  notMeLink: '这不是我',
  notMeNoLink: '如果这不是您本人的操作，或者您并未提出此请求，请立即联系 {platform} 客服。',
  footer: '您收到此邮件，是因为此地址登记在某个 {platform} 账户上。我们绝不会通过邮件索要您的密码或验证码。',
  lockLink: {
    subject: '{platform}：锁定您的账户',
    happened:
      '有人申请了锁定您 {platform} 账户的链接。如果您认为有人在使用您的账户，请立即锁定。如果不是您申请的，可以忽略此邮件：什么都没有改变。',
  },
  lockNow: '如果有人在使用您的账户，请立即锁定：',
  lockNowLink: '这不是我——锁定我的账户',
  lockNowAfter:
    '锁定后，登录、提现和安全设置更改都会被拒绝，直到客服解除锁定。此链接只能使用一次，且有时间限制。',
};
