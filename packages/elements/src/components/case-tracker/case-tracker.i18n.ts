/**
 * The words of `<recourse-case-tracker>`. English is the source; `zh-CN` is complete. The
 * interface makes a missing key a compile error; `case-tracker.test.ts` checks the code lists of
 * core (next steps, deadlines, checklist, containment, claim and complaint states) against it at
 * run time. Status, state, event and role labels come from the shared domain catalog.
 * Placeholders are `{name}` (see `interpolate`).
 * @module
 */
import type {
  ClaimState,
  ComplaintState,
  ContainmentCode,
  DeadlineCode,
  OutsideBodyKind,
  RecoveryChecklistItem,
  SubscriptionStatus,
} from '@recourse/core';
import { SECRET_WORDS, type SecretWords } from '../../i18n/catalogs/secrets';
import type { Lang } from '../../i18n/lang';
import type { FileRefusal } from '../../internal/files';

/** The reporter's next-step codes (core's `NEXT_STEP_CODES` for the `reporter` role). */
export const REPORTER_STEPS = [
  'submit_report',
  'answer_request',
  'verify_identity',
  'confirm_recovery',
  'escalate_complaint',
  'wait_for_review',
  'wait_for_investigation',
  'wait_for_claim_decision',
  'wait_for_complaint_answer',
  'wait_for_closure',
] as const;
/** A reporter next-step code. */
export type ReporterStep = (typeof REPORTER_STEPS)[number];

/** Codes of `recourse-case-error`. */
export const TRACKER_ERROR_CODES = [
  'missing_link',
  'not_found',
  'network',
  'rejected',
  'upload',
  'failed',
] as const;
/** A tracker error code. */
export type TrackerErrorCode = (typeof TRACKER_ERROR_CODES)[number];

/** Kinds of message in the thread. */
export type ThreadKind = 'message' | 'request' | 'answer' | 'complaint' | 'complaint_answer';

/** The tracker's words in one language. */
export interface CaseTrackerCatalog {
  /** Accessible name of the tracker region. */
  title: string;
  /** "Case {number}". */
  caseNumber: string;
  /** "Reported {when}". */
  reported: string;
  loading: string;
  retry: string;
  /** Said once the private link was removed from the address bar. */
  linkRemoved: string;
  errors: Record<TrackerErrorCode, string>;
  /** The live connection. */
  connection: Record<SubscriptionStatus, string>;
  stepper: {
    label: string;
    done: string;
    current: string;
    upcoming: string;
    actionNeeded: string;
  };
  next: {
    title: string;
    steps: Record<ReporterStep, string>;
    deadlinesTitle: string;
    deadline: Record<DeadlineCode, string>;
    /** "{date} · {relative}". */
    due: string;
    met: string;
    overdue: string;
    yourClock: string;
  };
  action: {
    title: string;
    asks: string;
    answer: string;
    files: string;
    filesHint: string;
    send: string;
    sending: string;
    sent: string;
    remove: string;
    hashing: string;
    refused: string;
    reasons: Record<FileRefusal, string>;
    verifyTitle: string;
    verifyBody: string;
    neverAsks: string;
  };
  thread: {
    title: string;
    empty: string;
    kinds: Record<ThreadKind, string>;
    message: string;
    send: string;
    sent: string;
  };
  timeline: {
    title: string;
    internal: string;
    /** Announced when a live entry arrives: "New: {what}". */
    announce: string;
  };
  checklist: {
    title: string;
    intro: string;
    items: Record<RecoveryChecklistItem, string>;
    confirm: string;
    confirmHint: string;
    confirmed: string;
    dispute: string;
    disputeIntro: string;
    disputeItems: string;
    details: string;
    sendDispute: string;
    disputed: string;
  };
  hardening: {
    title: string;
    password: string;
    passwordLink: string;
    twoFactor: string;
    twoFactorLink: string;
    containmentTitle: string;
    containment: Record<ContainmentCode, string>;
  };
  claim: {
    title: string;
    intro: string;
    open: string;
    states: Record<ClaimState, string>;
    transaction: string;
    asset: string;
    assetHint: string;
    amount: string;
    at: string;
    txId: string;
    add: string;
    remove: string;
    submit: string;
    sent: string;
    claimed: string;
    approved: string;
    reason: string;
  };
  complaint: {
    title: string;
    intro: string;
    open: string;
    text: string;
    submit: string;
    sent: string;
    states: Record<ComplaintState, string>;
    answer: string;
    resolve: string;
    bodiesTitle: string;
    bodiesIntro: string;
    whatToSend: string;
    sendItems: string[];
    kinds: Record<OutsideBodyKind, string>;
    body: string;
    reference: string;
    referenceHint: string;
    escalate: string;
    escalated: string;
  };
  dossier: {
    title: string;
    intro: string;
    json: string;
    print: string;
    preparing: string;
  };
  ui: { cancel: string; optional: string };
  /** What the secret guard says when it stops a text (shared with the report form). */
  guard: SecretWords;
}

const en: CaseTrackerCatalog = {
  title: 'Your case',
  caseNumber: 'Case {number}',
  reported: 'Reported {when}',
  loading: 'Opening your case…',
  retry: 'Try again',
  linkRemoved:
    'For your safety, the private part of your link was removed from the address bar. To come back later, open the link you received again; do not share it.',
  errors: {
    missing_link:
      'This page needs the private link you received when you reported. Open that link to follow your case.',
    not_found: 'This link does not open a case. It may have expired or been copied incompletely.',
    network: 'We cannot reach the service right now. Check your connection; we keep trying.',
    rejected:
      'That could not be done at this stage: the case changed in the meantime. It has been refreshed.',
    upload: 'A file could not be uploaded. Nothing was sent; please try again.',
    failed: 'Something went wrong on our side. Nothing was lost; please try again.',
  },
  connection: {
    live: 'Live: new updates appear here automatically.',
    reconnecting: 'Connection interrupted. Reconnecting…',
    polling: 'Checking for updates every few seconds.',
    offline: 'Offline: what you see may be out of date. We keep trying to reconnect.',
  },
  stepper: {
    label: 'Progress of your case',
    done: 'done',
    current: 'current step',
    upcoming: 'not reached yet',
    actionNeeded: 'Your action is needed',
  },
  next: {
    title: 'What happens next',
    steps: {
      submit_report: 'Send your report.',
      answer_request: 'Support asked you for something. Answer below so they can continue.',
      verify_identity:
        'Support needs to confirm you are the account holder. They will contact you through the contact details already on the account.',
      confirm_recovery:
        'Your account was restored. Check it and confirm below, or tell us what is still wrong.',
      escalate_complaint: 'You can take your complaint to an outside body (see below).',
      wait_for_review:
        'Support reviews your report: is the account really taken over? You do not need to do anything.',
      wait_for_investigation:
        'Support investigates how the account was taken over and works on restoring it. This takes time; we show every step here.',
      wait_for_claim_decision: 'Your loss claim is being reviewed.',
      wait_for_complaint_answer: 'The platform must answer your complaint.',
      wait_for_closure: 'Support will close the case shortly.',
    },
    deadlinesTitle: 'Time limits',
    deadline: {
      first_response: 'First answer from support',
      investigation: 'End of the investigation',
      investigation_extended: 'Latest end of an extended investigation',
      claim_decision: 'Decision on your loss claim',
      complaint_answer: 'Answer to your complaint',
      complaint_close: 'Complaint settled',
      escalation_window: 'Your time to go to an outside body',
    },
    due: '{date} · {relative}',
    met: 'done on {date}',
    overdue: 'late',
    yourClock: 'your time limit',
  },
  action: {
    title: 'Action needed',
    asks: 'Support asks:',
    answer: 'Your answer',
    files: 'Add files (optional)',
    filesHint:
      'Screenshots, PDFs or text files. Each file gets a fingerprint (SHA-256) so it can be checked later.',
    send: 'Send answer',
    sending: 'Sending…',
    sent: 'Your answer was sent.',
    remove: 'Remove {name}',
    hashing: 'Preparing {name}…',
    refused: '{name} was not added: {reason}',
    reasons: {
      type: 'only PNG, JPEG, WebP, PDF and plain text files are accepted.',
      size: 'the file is too large.',
      empty: 'the file is empty.',
      count: 'too many files.',
      total: 'all files together are too large.',
      duplicate: 'this file is already added.',
      secret: 'it looks like it contains a secret.',
      unreadable: 'the file could not be read.',
    },
    verifyTitle: 'Identity check',
    verifyBody:
      'Support will contact you through the email or phone number already on the account, never through a new one. Answer only through those channels or this page.',
    neverAsks:
      'Support never asks for your password, a 2FA code, your recovery phrase or remote access to your device. Anyone who does is not support.',
  },
  thread: {
    title: 'Messages',
    empty: 'No messages yet.',
    kinds: {
      message: 'Message',
      request: 'Request',
      answer: 'Answer',
      complaint: 'Complaint',
      complaint_answer: 'Answer to your complaint',
    },
    message: 'Write to support',
    send: 'Send message',
    sent: 'Your message was sent.',
  },
  timeline: {
    title: 'Everything that happened',
    internal: 'Internal step of the support team',
    announce: 'New: {what}',
  },
  checklist: {
    title: 'Is your account back to normal?',
    intro: 'Sign in and check each point. Confirm only when all of them are true.',
    items: {
      notice_received: 'I received the platform’s notice that my account was restored.',
      profile_ok: 'My profile details are correct.',
      email_phone_ok: 'The email address and phone number are mine.',
      transactions_ok: 'I see no transactions I do not know.',
      login_history_ok: 'The sign-in history shows no unknown devices or places.',
    },
    confirm: 'Confirm my account is back to normal',
    confirmHint: 'Tick every point to confirm.',
    confirmed: 'Thank you. You confirmed your account is back to normal.',
    dispute: 'Something is still wrong',
    disputeIntro: 'Tell us what is wrong. The investigation will be reopened.',
    disputeItems: 'What is not right?',
    details: 'What did you notice?',
    sendDispute: 'Reopen the investigation',
    disputed: 'The investigation was reopened. Support will look at what you reported.',
  },
  hardening: {
    title: 'Keep your account safe',
    password:
      'Change your password now: the old one is known to the attacker. Make it long, for example several unrelated words, and use it for this account only. A password manager remembers it for you. You do not need special characters, and you do not need to change it regularly unless it leaks again.',
    passwordLink: 'Change your password',
    twoFactor: 'Turn on two-step verification with an authenticator app, so a password alone is not enough.',
    twoFactorLink: 'Set up two-step verification',
    containmentTitle: 'Remove what the attacker may have left behind',
    containment: {
      sign_out_other_sessions: 'Sign out every other session and device.',
      check_email_phone: 'Check the email address and phone number on the account.',
      check_mail_forwarding: 'Check your mailbox for forwarding rules you did not set.',
      check_2fa_devices: 'Remove two-step devices you do not know.',
      regenerate_backup_codes: 'Make new backup codes; the old ones may be known.',
      revoke_api_keys: 'Delete API keys you did not create.',
      revoke_connected_apps: 'Remove connected apps you do not recognise.',
      check_withdrawal_allowlist: 'Check the withdrawal address list for addresses that are not yours.',
    },
  },
  claim: {
    title: 'Loss claim',
    intro:
      'If money or assets left your account, list the transactions so the platform can decide on a refund.',
    open: 'File a loss claim',
    states: {
      none: 'No claim filed.',
      filed: 'Your claim was filed and waits for review.',
      under_review: 'Your claim is under review.',
      approved: 'Your claim was approved.',
      partly_approved: 'Your claim was partly approved.',
      denied: 'Your claim was denied.',
    },
    transaction: 'Transaction {n}',
    asset: 'Asset or currency',
    assetHint: 'For example BTC, USDT or USD.',
    amount: 'Amount',
    at: 'When',
    txId: 'Transaction id',
    add: 'Add a transaction',
    remove: 'Remove transaction {n}',
    submit: 'File the claim',
    sent: 'Your loss claim was filed.',
    claimed: 'Claimed',
    approved: 'Approved',
    reason: 'Reason given: {reason}',
  },
  complaint: {
    title: 'Not happy with how this is handled?',
    intro:
      'You can file a formal complaint with the platform. It must answer within its time limit. If it does not, or you disagree with the answer, you can go to an outside body.',
    open: 'File a complaint',
    text: 'Your complaint',
    submit: 'Send complaint',
    sent: 'Your complaint was filed.',
    states: {
      none: 'No complaint filed.',
      filed: 'Your complaint was filed and waits for an answer.',
      answered: 'The platform answered your complaint.',
      escalated: 'You took your complaint to an outside body.',
      resolved: 'Your complaint is resolved.',
    },
    answer: 'The platform’s answer',
    resolve: 'Mark my complaint as resolved',
    bodiesTitle: 'Outside bodies you can turn to',
    bodiesIntro: 'These organisations handle complaints the platform did not settle.',
    whatToSend: 'What to send them',
    sendItems: [
      'your case number',
      'the case file below (it proves the timeline was not changed)',
      'your complaint and the platform’s answer, if any',
      'records of the transactions and chats you have',
    ],
    kinds: {
      consumer_protection: 'Consumer protection',
      regulator: 'Regulator',
      police: 'Police',
      ombudsman: 'Ombudsman',
      other: 'Other',
    },
    body: 'Which body did you contact?',
    reference: 'Their reference number',
    referenceHint: 'Letters, digits, dots, colons and dashes.',
    escalate: 'Record that I went to this body',
    escalated: 'Recorded.',
  },
  dossier: {
    title: 'Your case file',
    intro:
      'Everything in one document: the timeline with its fingerprints, your evidence and the messages. Keep it, and send it when you complain.',
    json: 'Download case file (JSON)',
    print: 'Print or save as PDF',
    preparing: 'Preparing the case file…',
  },
  ui: { cancel: 'Cancel', optional: 'optional' },
  guard: SECRET_WORDS.en,
};

const zhCN: CaseTrackerCatalog = {
  title: '您的案件',
  caseNumber: '案件 {number}',
  reported: '报告于{when}',
  loading: '正在打开您的案件…',
  retry: '重试',
  linkRemoved:
    '为了您的安全，地址栏中链接的私密部分已被移除。以后要查看，请再次打开您收到的链接；请勿分享该链接。',
  errors: {
    missing_link: '此页面需要您报告时收到的私密链接。请打开该链接查看案件进度。',
    not_found: '此链接无法打开案件。链接可能已过期，或复制不完整。',
    network: '暂时无法连接服务。请检查网络；我们会继续尝试。',
    rejected: '当前阶段无法执行该操作：案件状态已发生变化，页面已刷新。',
    upload: '有文件上传失败，未发送任何内容，请重试。',
    failed: '我们这边出了问题。没有丢失任何内容，请重试。',
  },
  connection: {
    live: '实时：新的进展会自动显示在这里。',
    reconnecting: '连接中断，正在重新连接…',
    polling: '每隔几秒检查一次新进展。',
    offline: '已离线：您看到的内容可能不是最新的。我们会继续尝试重新连接。',
  },
  stepper: {
    label: '案件进度',
    done: '已完成',
    current: '当前步骤',
    upcoming: '尚未开始',
    actionNeeded: '需要您处理',
  },
  next: {
    title: '接下来会发生什么',
    steps: {
      submit_report: '提交您的报告。',
      answer_request: '客服需要您提供信息。请在下方回复，以便继续处理。',
      verify_identity: '客服需要确认您是账号本人。他们会通过账号上原有的联系方式联系您。',
      confirm_recovery: '您的账号已恢复。请检查后在下方确认，或告诉我们仍有什么问题。',
      escalate_complaint: '您可以把投诉提交给外部机构（见下方）。',
      wait_for_review: '客服正在审核您的报告，确认账号是否确实被盗。您无需做任何事。',
      wait_for_investigation:
        '客服正在调查账号被盗的原因并努力恢复账号。这需要一些时间；每一步都会显示在这里。',
      wait_for_claim_decision: '您的损失索赔正在审核中。',
      wait_for_complaint_answer: '平台需要答复您的投诉。',
      wait_for_closure: '客服将很快关闭案件。',
    },
    deadlinesTitle: '处理时限',
    deadline: {
      first_response: '客服首次答复',
      investigation: '调查结束',
      investigation_extended: '延长调查的最晚结束时间',
      claim_decision: '损失索赔的决定',
      complaint_answer: '投诉答复',
      complaint_close: '投诉处理完毕',
      escalation_window: '您向外部机构投诉的期限',
    },
    due: '{date} · {relative}',
    met: '已于{date}完成',
    overdue: '已逾期',
    yourClock: '您的期限',
  },
  action: {
    title: '需要您处理',
    asks: '客服的请求：',
    answer: '您的回复',
    files: '添加文件（可选）',
    filesHint: '截图、PDF 或文本文件。每个文件都会生成指纹（SHA-256），以便日后核对。',
    send: '发送回复',
    sending: '正在发送…',
    sent: '您的回复已发送。',
    remove: '移除 {name}',
    hashing: '正在处理 {name}…',
    refused: '未添加 {name}：{reason}',
    reasons: {
      type: '只接受 PNG、JPEG、WebP、PDF 和纯文本文件。',
      size: '文件太大。',
      empty: '文件是空的。',
      count: '文件太多。',
      total: '所有文件合计太大。',
      duplicate: '这个文件已经添加过了。',
      secret: '文件看起来包含机密信息。',
      unreadable: '无法读取该文件。',
    },
    verifyTitle: '身份核验',
    verifyBody:
      '客服只会通过账号上原有的邮箱或手机号联系您，绝不会使用新的联系方式。请只通过这些渠道或本页面回复。',
    neverAsks:
      '客服绝不会索要您的密码、两步验证码、助记词，也不会要求远程控制您的设备。这样做的人都不是客服。',
  },
  thread: {
    title: '消息',
    empty: '还没有消息。',
    kinds: {
      message: '消息',
      request: '请求',
      answer: '回复',
      complaint: '投诉',
      complaint_answer: '投诉答复',
    },
    message: '给客服留言',
    send: '发送消息',
    sent: '您的消息已发送。',
  },
  timeline: {
    title: '全部进展',
    internal: '客服团队的内部步骤',
    announce: '新进展：{what}',
  },
  checklist: {
    title: '您的账号恢复正常了吗？',
    intro: '请登录并逐项检查。只有全部属实时才确认。',
    items: {
      notice_received: '我已收到平台发出的账号恢复通知。',
      profile_ok: '我的个人资料正确。',
      email_phone_ok: '账号上的邮箱和手机号是我自己的。',
      transactions_ok: '没有我不知道的交易。',
      login_history_ok: '登录记录中没有陌生的设备或地点。',
    },
    confirm: '确认我的账号已恢复正常',
    confirmHint: '勾选所有项目后才能确认。',
    confirmed: '谢谢。您已确认账号恢复正常。',
    dispute: '仍有问题',
    disputeIntro: '请告诉我们哪里不对，调查将重新开始。',
    disputeItems: '哪些项目不对？',
    details: '您发现了什么？',
    sendDispute: '重新开始调查',
    disputed: '调查已重新开始。客服会查看您反馈的问题。',
  },
  hardening: {
    title: '保护好您的账号',
    password:
      '请立即修改密码：旧密码已被攻击者掌握。新密码要长，例如由几个不相关的词组成，并且只用于这个账号。密码管理器可以替您记住它。不必加入特殊字符，也不必定期更换，除非它再次泄露。',
    passwordLink: '修改密码',
    twoFactor: '用身份验证器应用开启两步验证，这样仅凭密码无法登录。',
    twoFactorLink: '设置两步验证',
    containmentTitle: '清除攻击者可能留下的东西',
    containment: {
      sign_out_other_sessions: '退出所有其他会话和设备。',
      check_email_phone: '检查账号上的邮箱和手机号。',
      check_mail_forwarding: '检查邮箱里有没有不是您设置的转发规则。',
      check_2fa_devices: '移除您不认识的两步验证设备。',
      regenerate_backup_codes: '重新生成备用码，旧的可能已泄露。',
      revoke_api_keys: '删除不是您创建的 API 密钥。',
      revoke_connected_apps: '移除您不认识的已连接应用。',
      check_withdrawal_allowlist: '检查提币地址白名单中有没有不属于您的地址。',
    },
  },
  claim: {
    title: '损失索赔',
    intro: '如果有资金或资产转出了您的账号，请列出相关交易，以便平台决定是否赔付。',
    open: '提交损失索赔',
    states: {
      none: '尚未提交索赔。',
      filed: '您的索赔已提交，等待审核。',
      under_review: '您的索赔正在审核中。',
      approved: '您的索赔已获批准。',
      partly_approved: '您的索赔部分获批。',
      denied: '您的索赔被拒绝。',
    },
    transaction: '第 {n} 笔交易',
    asset: '资产或币种',
    assetHint: '例如 BTC、USDT 或 CNY。',
    amount: '金额',
    at: '时间',
    txId: '交易编号',
    add: '添加一笔交易',
    remove: '移除第 {n} 笔交易',
    submit: '提交索赔',
    sent: '您的损失索赔已提交。',
    claimed: '索赔金额',
    approved: '批准金额',
    reason: '理由：{reason}',
  },
  complaint: {
    title: '对处理结果不满意？',
    intro:
      '您可以向平台提交正式投诉，平台须在时限内答复。如果平台未答复，或您不同意答复，可以向外部机构投诉。',
    open: '提交投诉',
    text: '投诉内容',
    submit: '发送投诉',
    sent: '您的投诉已提交。',
    states: {
      none: '尚未提交投诉。',
      filed: '您的投诉已提交，等待答复。',
      answered: '平台已答复您的投诉。',
      escalated: '您已将投诉提交给外部机构。',
      resolved: '您的投诉已解决。',
    },
    answer: '平台的答复',
    resolve: '将我的投诉标记为已解决',
    bodiesTitle: '您可以求助的外部机构',
    bodiesIntro: '这些机构受理平台未能解决的投诉。',
    whatToSend: '需要提供的材料',
    sendItems: [
      '您的案件编号',
      '下方的案件档案（可证明时间线未被改动）',
      '您的投诉及平台的答复（如有）',
      '您掌握的交易记录和聊天记录',
    ],
    kinds: {
      consumer_protection: '消费者权益保护',
      regulator: '监管机构',
      police: '公安机关',
      ombudsman: '申诉专员',
      other: '其他',
    },
    body: '您联系了哪个机构？',
    reference: '对方的受理编号',
    referenceHint: '字母、数字、点、冒号和连字符。',
    escalate: '记录我已向该机构投诉',
    escalated: '已记录。',
  },
  dossier: {
    title: '您的案件档案',
    intro: '所有内容汇总在一份文件中：带指纹的时间线、您的证据和往来消息。请妥善保存，投诉时一并提交。',
    json: '下载案件档案（JSON）',
    print: '打印或另存为 PDF',
    preparing: '正在生成案件档案…',
  },
  ui: { cancel: '取消', optional: '可选' },
  guard: SECRET_WORDS['zh-CN'],
};

/** The tracker's catalogs by language. */
export const CASE_TRACKER_CATALOGS: Record<Lang, CaseTrackerCatalog> = { en, 'zh-CN': zhCN };
