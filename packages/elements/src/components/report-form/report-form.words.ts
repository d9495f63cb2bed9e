/**
 * The words of the report form's first step (the triage questions, what to do now, the
 * containment checks) and of its frame (step headings, buttons, status lines), in every
 * language. They ship in the initial bundle so that the first step renders without waiting for
 * another chunk; the other steps' words are in `report-form.i18n.ts`, loaded after. English is
 * the source; `zh-CN` is complete (the interface makes a missing key a compile error).
 * Placeholders are `{name}` (see `interpolate`).
 * @module
 */
import type { ContainmentCode, TriageStepCode, Urgency } from '@recourse/core';
import type { Lang } from '../../i18n/lang';

/** The steps of the form. */
export type StepId = 'first' | 'account' | 'incident' | 'evidence' | 'review' | 'done';

/** The words of the first step and of the form's frame, in one language. */
export interface FirstStepWords {
  /** Accessible name of the form region. */
  title: string;
  /** "Step {n} of {total}". */
  stepOf: string;
  /** Each step's heading. */
  steps: Record<StepId, string>;
  /** The first step's buttons and small words. */
  ui: {
    goToReport: string;
    discard: string;
    yes: string;
    no: string;
    loading: string;
  };
  first: {
    intro: string;
    canSignIn: string;
    passwordReset: string;
    reset: Record<'not_tried' | 'worked' | 'failed', string>;
    moneyMoved: string;
    profileChanged: string;
    urgency: Record<Urgency, string>;
    stepsTitle: string;
    containmentTitle: string;
    resetLink: string;
    neverAsks: string;
  };
  triage: Record<TriageStepCode, string>;
  containment: Record<ContainmentCode, string>;
  status: {
    restored: string;
    /** The rest of the form could not be loaded (offline right after the first step showed). */
    laterFailed: string;
  };
}

const en: FirstStepWords = {
  title: 'Report a stolen account',
  stepOf: 'Step {n} of {total}',
  steps: {
    first: 'First, protect what you can',
    account: 'Your account and how to reach you',
    incident: 'What happened',
    evidence: 'Evidence',
    review: 'Check and send your report',
    done: 'Your report was received',
  },
  ui: {
    goToReport: 'Go on to the report',
    discard: 'Start over',
    yes: 'Yes',
    no: 'No',
    loading: 'Loading…',
  },
  first: {
    intro:
      'Answer four questions. We show what to do now, in order. You can go on to the report at any time.',
    canSignIn: 'Can you still sign in to the account?',
    passwordReset: 'Did you try the password reset?',
    reset: { not_tried: 'Not yet', worked: 'Yes, it worked', failed: 'Yes, it failed' },
    moneyMoved: 'Has money or crypto left the account?',
    profileChanged: 'Were the email, phone or two-step settings changed?',
    urgency: {
      critical: 'Act now: money has moved. Report it right away.',
      high: 'Urgent: contact support now.',
      elevated: 'Secure the account, then tell support.',
    },
    stepsTitle: 'What to do now',
    containmentTitle: 'Once you are back in, check for what the attacker left behind',
    resetLink: 'Open the password reset',
    neverAsks: 'Support will never ask for your password, recovery phrase, two-step code or remote access.',
  },
  triage: {
    secure_email: 'Secure your email account first: whoever controls it can reset everything else.',
    report: 'Report the takeover to support (this form).',
    change_password: 'Change the password now. Make it long and unique; a password manager helps.',
    enable_2fa: 'Turn on two-step verification.',
    sign_out_other_sessions: 'Sign out of every other session and device.',
    use_password_reset: 'Use the password reset.',
    verify_identity: 'Verify your identity with support to get back in.',
  },
  containment: {
    sign_out_other_sessions: 'Sign out other sessions and devices',
    check_email_phone: 'Check the email address and phone number on the account',
    check_mail_forwarding: 'Check your mailbox for forwarding rules you did not set',
    check_2fa_devices: 'Check which two-step devices are registered',
    regenerate_backup_codes: 'Make new backup codes',
    revoke_api_keys: 'Delete API keys you did not create',
    revoke_connected_apps: 'Remove connected apps you do not recognise',
    check_withdrawal_allowlist: 'Check the withdrawal address list',
  },
  status: {
    restored: 'We restored the report you started earlier.',
    laterFailed: 'The rest of the form could not be loaded. Check your connection and try again.',
  },
};

const zhCN: FirstStepWords = {
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

/** The first step's and the frame's words by language (initial bundle). */
export const FIRST_STEP_WORDS: Record<Lang, FirstStepWords> = { en, 'zh-CN': zhCN };
