/**
 * The words of `<recourse-report-form>`'s later steps (account, what happened, evidence,
 * review, done, errors), merged with the first step's (`report-form.words.ts`, initial bundle)
 * into one catalog per language. English is the source; `zh-CN` is complete. The
 * interface makes a missing key a compile error, and `report-form.test.ts` checks every code list
 * of core (issue codes, triage steps, containment checks...) against it at run time.
 * Placeholders are `{name}` (see `interpolate`).
 * @module
 */
import type { AccountRef, ActivityKind, IssueCode, PROFILE_FIELDS, SecretKind } from '@recourse/core';
import { SECRET_WORDS } from '../../i18n/catalogs/secrets';
import type { Lang } from '../../i18n/lang';
import type { FileRefusal } from '../../internal/files';
import { FIRST_STEP_WORDS, type FirstStepWords } from './report-form.words';

export type { FileRefusal } from '../../internal/files';

export type { StepId } from './report-form.words';

/** Labels of the activity fields (`activities.N.<field>`). */
type ActivityField =
  | 'asset'
  | 'amount'
  | 'destination'
  | 'txId'
  | 'at'
  | 'field'
  | 'from'
  | 'to'
  | 'ip'
  | 'place'
  | 'device'
  | 'description';

/** The form's words in one language. */
/** The words of the steps after the first, in one language. */
export interface LaterStepWords {
  /** Buttons and small words of the later steps. */
  ui: {
    next: string;
    back: string;
    edit: string;
    backToReview: string;
    submit: string;
    retry: string;
    copy: string;
    copied: string;
    remove: string;
    add: string;
    optional: string;
  };
  status: {
    submitting: string;
    uploading: string;
    offline: string;
    retrying: string;
    rejected: string;
    canceled: string;
    discarded: string;
    configFailed: string;
    pending: string;
  };
  account: {
    kind: string;
    kinds: Record<AccountRef['kind'], string>;
    value: string;
    contactTitle: string;
    contactWhy: string;
    email: string;
    phone: string;
    phoneHint: string;
    language: string;
    languages: Record<Lang, string>;
  };
  incident: {
    discoveredAt: string;
    suspectedStartAt: string;
    activitiesTitle: string;
    activitiesHint: string;
    addKind: string;
    none: string;
    activity: string;
    fromNotice: string;
    kinds: Record<ActivityKind, string>;
    fields: Record<ActivityField, string>;
    profileFields: Record<(typeof PROFILE_FIELDS)[number], string>;
    narrative: string;
    narrativeHint: string;
  };
  evidence: {
    intro: string;
    drop: string;
    choose: string;
    limits: string;
    hashing: string;
    ready: string;
    uploaded: string;
    missing: string;
    refused: string;
    /** Accessible name of the list of refused files (it takes focus from the error summary). */
    refusedTitle: string;
    reasons: Record<FileRefusal, string>;
  };
  review: {
    intro: string;
    consent: string;
    empty: string;
    attachments: string;
    access: string;
  };
  done: {
    caseNumber: string;
    trackingLink: string;
    keepPrivate: string;
    nextTitle: string;
    next: [string, string, string, string];
    channelsTitle: string;
    hotline: string;
    webForm: string;
    notUploaded: string;
  };
  errors: {
    summary: string;
    issues: Record<IssueCode, string>;
    secret: Record<SecretKind, string>;
    neverAsks: string;
  };
}

/** The form's words in one language: the first step's and the frame's, then the later steps'. */
export type ReportFormCatalog = Omit<FirstStepWords, 'ui' | 'status'> &
  Omit<LaterStepWords, 'ui' | 'status'> & {
    ui: FirstStepWords['ui'] & LaterStepWords['ui'];
    status: FirstStepWords['status'] & LaterStepWords['status'];
  };

/** One language's catalog: the first step's words with the later steps' (`ui` and `status` merged). */
function merge(first: FirstStepWords, later: LaterStepWords): ReportFormCatalog {
  return {
    ...first,
    ...later,
    ui: { ...first.ui, ...later.ui },
    status: { ...first.status, ...later.status },
  };
}

const en: LaterStepWords = {
  ui: {
    next: 'Continue',
    back: 'Back',
    edit: 'Change',
    backToReview: 'Back to the summary',
    submit: 'Send report',
    retry: 'Try again now',
    copy: 'Copy link',
    copied: 'Link copied',
    remove: 'Remove',
    add: 'Add',
    optional: '(optional)',
  },
  status: {
    submitting: 'Sending your report…',
    uploading: 'Sending files: {done} of {total}',
    offline: 'No connection. Your report is kept here and will be sent when the connection is back.',
    retrying: 'Trying again in {seconds} s…',
    rejected: 'The report could not be accepted. Check the marked answers.',
    canceled: 'Sending was stopped by this page.',
    discarded: 'The earlier report was discarded.',
    configFailed: 'Some platform details could not be loaded. You can still report.',
    pending: 'Your report is being sent. Changes are locked until support confirms it.',
  },
  account: {
    kind: 'How do you identify the account?',
    kinds: {
      username: 'Username',
      email: 'Email address',
      phone: 'Phone number',
      user_id: 'User ID',
      wallet_address: 'Wallet address',
    },
    value: 'The account',
    contactTitle: 'How we reach you',
    contactWhy:
      'Give an email or phone the attacker cannot read: replies sent to the account’s own details may go to them.',
    email: 'Email',
    phone: 'Phone',
    phoneHint: 'With the country code, e.g. +44 20 7946 0000',
    language: 'Language for replies',
    languages: { en: 'English', 'zh-CN': 'Chinese (Simplified)' },
  },
  incident: {
    discoveredAt: 'When did you notice?',
    suspectedStartAt: 'When might it have started?',
    activitiesTitle: 'Suspicious activity',
    activitiesHint: 'Add each thing you saw, one at a time.',
    addKind: 'Kind of activity',
    none: 'Nothing added yet.',
    activity: 'Activity {n}: {kind}',
    fromNotice: 'From the security notice you opened',
    kinds: {
      transfer: 'Money or crypto sent',
      profile_change: 'Account details changed',
      sign_in: 'Unknown sign-in',
      other: 'Something else',
    },
    fields: {
      asset: 'Currency or asset',
      amount: 'Amount',
      destination: 'Sent to (address or account)',
      txId: 'Transaction ID',
      at: 'When',
      field: 'What changed',
      from: 'Old value',
      to: 'New value',
      ip: 'IP address',
      place: 'Place',
      device: 'Device',
      description: 'What you saw',
    },
    profileFields: {
      email: 'Email',
      phone: 'Phone',
      password: 'Password',
      two_factor: 'Two-step verification',
      withdrawal_allowlist: 'Withdrawal addresses',
      api_key: 'API keys',
      other: 'Other',
    },
    narrative: 'In your own words',
    narrativeHint: 'Anything else support should know. Never include passwords, codes or recovery phrases.',
  },
  evidence: {
    intro: 'Screenshots, chat records and transaction records help support act faster.',
    drop: 'Drop files here',
    choose: 'Choose files',
    limits: 'PNG, JPEG, WebP, PDF or plain text; up to {size} a file, {count} files.',
    hashing: 'Checking {name}: {percent}%',
    ready: 'Ready to send',
    uploaded: 'Uploaded',
    missing: 'Choose this file again to send it',
    refused: '{name} was not added: {reason}',
    refusedTitle: 'Files not added',
    reasons: {
      type: 'this kind of file is not accepted (only PNG, JPEG, WebP, PDF or plain text).',
      size: 'it is larger than {size}.',
      empty: 'the file is empty.',
      count: 'you can add {count} files at most.',
      total: 'all files together may not exceed {size}.',
      duplicate: 'this file is already added.',
      secret: 'it seems to contain a recovery phrase, private key or code.',
      unreadable: 'the file could not be read.',
    },
  },
  review: {
    intro: 'Check your answers. You can change any of them before sending.',
    consent: 'I confirm this report is true and agree that support may use it to investigate.',
    empty: 'Not given',
    attachments: 'Files',
    access: 'Access',
  },
  done: {
    caseNumber: 'Case number',
    trackingLink: 'Your private tracking link',
    keepPrivate:
      'Keep this link private and save it somewhere safe: anyone with it can read your case. It is not shown again.',
    nextTitle: 'What happens next',
    next: [
      'Support checks whether the account was really taken over.',
      'If so, the account may be frozen to stop further loss.',
      'Support investigates what happened.',
      'To restore the account, support may ask you to prove your identity. This takes time; watch the link above.',
    ],
    channelsTitle: 'Other ways to reach the platform',
    hotline: 'Hotline {number} ({hours})',
    webForm: 'Help center',
    notUploaded: 'Some files could not be sent. You can add them from the tracking page.',
  },
  errors: {
    summary: 'Please check these answers',
    issues: {
      required: 'This is required.',
      invalid_type: 'This answer is not valid.',
      invalid: 'This answer is not valid.',
      too_short: 'Too short: at least {min}.',
      too_long: 'Too long: at most {max} characters.',
      too_many: 'Too many: at most {max}.',
      invalid_choice: 'Choose one of the options.',
      invalid_email: 'Enter an email address like name@example.com.',
      invalid_phone: 'Enter a phone number with the country code, e.g. +44 20 7946 0000.',
      invalid_wallet_address: 'Enter the wallet address using letters and digits only.',
      invalid_datetime: 'Enter a date and time.',
      in_future: 'This time is in the future.',
      invalid_amount: 'Enter an amount like 120 or 0.5.',
      invalid_ip: 'Enter an IP address like 203.0.113.7.',
      invalid_media_type: 'This kind of file is not accepted.',
      invalid_file_name: 'The file name is not accepted.',
      file_empty: 'The file is empty.',
      file_too_large: 'The file is too large.',
      invalid_sha256: 'The file check failed; add the file again.',
      invalid_number: 'Enter a number.',
      control_characters: 'Remove the hidden control characters.',
      contact_required: 'Give an email or a phone number we can reach you at.',
      consent_required: 'Confirm the report to send it.',
      start_after_discovery: 'This must be before you noticed it.',
      attachments_too_large: 'All files together are too large.',
    },
    ...SECRET_WORDS.en,
  },
};

const zhCN: LaterStepWords = {
  ui: {
    next: '继续',
    back: '上一步',
    edit: '修改',
    backToReview: '返回汇总',
    submit: '提交举报',
    retry: '立即重试',
    copy: '复制链接',
    copied: '链接已复制',
    remove: '删除',
    add: '添加',
    optional: '（选填）',
  },
  status: {
    submitting: '正在提交您的举报…',
    uploading: '正在发送文件：第 {done} 个，共 {total} 个',
    offline: '网络未连接。您的举报保存在本页，恢复连接后会自动提交。',
    retrying: '{seconds} 秒后重试…',
    rejected: '举报未被接受，请检查标出的回答。',
    canceled: '本页面停止了提交。',
    discarded: '之前的举报已丢弃。',
    configFailed: '部分平台信息未能加载，您仍然可以举报。',
    pending: '您的举报正在提交，在确认收到前不能修改。',
  },
  account: {
    kind: '您用什么来标识这个账号？',
    kinds: {
      username: '用户名',
      email: '邮箱地址',
      phone: '手机号',
      user_id: '用户 ID',
      wallet_address: '钱包地址',
    },
    value: '账号',
    contactTitle: '我们如何联系您',
    contactWhy: '请留一个攻击者看不到的邮箱或手机号：发到账号原有联系方式的回复可能落到攻击者手里。',
    email: '邮箱',
    phone: '手机号',
    phoneHint: '请带国家区号，例如 +86 138 0013 8000',
    language: '回复语言',
    languages: { en: '英文', 'zh-CN': '简体中文' },
  },
  incident: {
    discoveredAt: '您是什么时候发现的？',
    suspectedStartAt: '可能是从什么时候开始的？',
    activitiesTitle: '可疑活动',
    activitiesHint: '把您看到的每件事逐条添加。',
    addKind: '活动类型',
    none: '还没有添加。',
    activity: '活动 {n}：{kind}',
    fromNotice: '来自您打开的安全通知',
    kinds: {
      transfer: '资金或加密资产被转出',
      profile_change: '账号资料被修改',
      sign_in: '陌生登录',
      other: '其他情况',
    },
    fields: {
      asset: '币种或资产',
      amount: '金额',
      destination: '转入地址或账户',
      txId: '交易 ID',
      at: '时间',
      field: '修改了什么',
      from: '原来的值',
      to: '新的值',
      ip: 'IP 地址',
      place: '地点',
      device: '设备',
      description: '您看到了什么',
    },
    profileFields: {
      email: '邮箱',
      phone: '手机号',
      password: '密码',
      two_factor: '两步验证',
      withdrawal_allowlist: '提币地址',
      api_key: 'API 密钥',
      other: '其他',
    },
    narrative: '用您自己的话描述',
    narrativeHint: '客服还需要知道的其他情况。切勿填写密码、验证码或助记词。',
  },
  evidence: {
    intro: '截图、聊天记录和交易记录能帮助客服更快处理。',
    drop: '把文件拖到这里',
    choose: '选择文件',
    limits: '支持 PNG、JPEG、WebP、PDF 或纯文本；每个文件不超过 {size}，最多 {count} 个文件。',
    hashing: '正在检查 {name}：{percent}%',
    ready: '待发送',
    uploaded: '已上传',
    missing: '请重新选择此文件以便发送',
    refused: '未添加 {name}：{reason}',
    refusedTitle: '未添加的文件',
    reasons: {
      type: '不接受这种文件（仅限 PNG、JPEG、WebP、PDF 或纯文本）。',
      size: '文件超过 {size}。',
      empty: '文件是空的。',
      count: '最多只能添加 {count} 个文件。',
      total: '所有文件合计不能超过 {size}。',
      duplicate: '这个文件已经添加过了。',
      secret: '文件里似乎有助记词、私钥或验证码。',
      unreadable: '无法读取这个文件。',
    },
  },
  review: {
    intro: '请核对您的回答。提交前可以修改任何一项。',
    consent: '我确认举报内容属实，并同意客服用它进行调查。',
    empty: '未填写',
    attachments: '文件',
    access: '访问情况',
  },
  done: {
    caseNumber: '案件编号',
    trackingLink: '您的私密跟踪链接',
    keepPrivate: '请保密并妥善保存此链接：任何拿到它的人都能查看您的案件。它不会再次显示。',
    nextTitle: '接下来会怎样',
    next: [
      '客服核实账号是否确实被盗。',
      '如果属实，账号可能会被冻结，以防进一步损失。',
      '客服调查事情的经过。',
      '恢复账号时，客服可能需要您证明身份。这需要一些时间，请留意上面的链接。',
    ],
    channelsTitle: '联系平台的其他方式',
    hotline: '客服热线 {number}（{hours}）',
    webForm: '帮助中心',
    notUploaded: '部分文件未能发送，您可以在跟踪页面补充。',
  },
  errors: {
    summary: '请检查以下回答',
    issues: {
      required: '此项必填。',
      invalid_type: '此回答无效。',
      invalid: '此回答无效。',
      too_short: '太短：至少 {min}。',
      too_long: '太长：最多 {max} 个字符。',
      too_many: '太多：最多 {max} 项。',
      invalid_choice: '请选择一个选项。',
      invalid_email: '请输入邮箱地址，例如 name@example.com。',
      invalid_phone: '请输入带国家区号的手机号，例如 +86 138 0013 8000。',
      invalid_wallet_address: '钱包地址只能包含字母和数字。',
      invalid_datetime: '请输入日期和时间。',
      in_future: '这个时间在将来。',
      invalid_amount: '请输入金额，例如 120 或 0.5。',
      invalid_ip: '请输入 IP 地址，例如 203.0.113.7。',
      invalid_media_type: '不接受这种文件。',
      invalid_file_name: '文件名不被接受。',
      file_empty: '文件是空的。',
      file_too_large: '文件太大。',
      invalid_sha256: '文件校验失败，请重新添加。',
      invalid_number: '请输入数字。',
      control_characters: '请删除隐藏的控制字符。',
      contact_required: '请留一个能联系到您的邮箱或手机号。',
      consent_required: '请确认举报后再提交。',
      start_after_discovery: '这个时间必须早于您发现的时间。',
      attachments_too_large: '所有文件合计太大。',
    },
    ...SECRET_WORDS['zh-CN'],
  },
};

/** The form's catalogs by language: the first step's words (initial bundle) and the later steps'. */
export const REPORT_FORM_CATALOGS: Record<Lang, ReportFormCatalog> = {
  en: merge(FIRST_STEP_WORDS.en, en),
  'zh-CN': merge(FIRST_STEP_WORDS['zh-CN'], zhCN),
};
