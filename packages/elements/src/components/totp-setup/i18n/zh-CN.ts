/**
 * The words of `<recourse-totp-setup>` in Simplified Chinese: typed by the English catalog, so a
 * missing or an extra key fails the typecheck. Chinese has one plural form
 * (`other`).
 * @module
 */
import type { TotpSetupCatalog } from './en';

export const zhCN: TotpSetupCatalog = {
  title: '两步验证',
  stepOf: '第 {n} 步，共 {total} 步',
  steps: {
    intro: '用两步验证保护您的账户',
    scan: '把账户添加到身份验证器应用',
    code: '输入应用中的验证码',
    backup: '保存备用验证码',
    done: '两步验证已开启',
  },
  ui: {
    start: '开始设置',
    next: '下一步',
    back: '上一步',
    retry: '重试',
    loading: '正在加载…',
    copy: '复制',
    copied: '已复制',
  },
  intro: {
    why: '即使有人知道了您的密码，也还需要一个只有您的手机才能生成的六位验证码。这是防止账户被盗最有效的一步。',
    apps: '您需要在手机上安装身份验证器应用，例如 Google 身份验证器、Microsoft Authenticator、1Password、Authy，或密码管理器自带的验证器。',
    time: '大约需要两分钟。',
  },
  scan: {
    instruction: '打开应用，选择添加账户，然后扫描此二维码。',
    qrLabel: '供身份验证器应用扫描的二维码',
    cantScan: '无法扫描？请改为在应用中输入以下密钥（选择“基于时间”）：',
    keyLabel: '设置密钥',
    keyHint: '空格不影响。请勿泄露此密钥：任何拿到它的人都能生成您的验证码。',
    copyKey: '复制密钥',
    expires: '本次设置将于 {time} 失效。',
  },
  code: {
    instruction: '应用中现在会显示此账户的六位验证码，每 30 秒更新一次。',
    label: '六位验证码',
    hint: '可输入或粘贴，含空格也可以。',
    submit: '开启',
  },
  backup: {
    intro:
      '如果手机丢失，每个备用验证码可让您登录一次。请把它们保存在安全、私密且不在手机上的地方——它们不会再次显示。',
    listLabel: '备用验证码',
    copyAll: '复制验证码',
    download: '下载（.txt）',
    print: '打印',
    saved: '我已保存备用验证码',
    finish: '完成',
    fileName: '备用验证码.txt',
    fileHeader: '两步验证的备用验证码。每个验证码只能使用一次。',
  },
  done: {
    body: '从现在起，登录需要密码和应用中的验证码。',
    recovery: '顺便确认一下，用于找回账户的邮箱和手机号是否仍然属于您。',
    neverAsks: '我们绝不会通过电话、聊天或邮件向您索要验证码、备用验证码或密码。任何索要的人都是骗子。',
  },
  already: {
    heading: '两步验证已经开启',
    body: '剩余备用验证码：{n} 个。',
    regenerateIntro: '备用验证码快用完了，或担心被人看到？可以生成一组新的，旧的将立即失效。',
    codeLabel: '应用中的验证码（或一个备用验证码）',
    codeHint: '用于确认是您本人。',
    regenerate: '生成新的备用验证码',
    lowHeading: '备用验证码快用完了',
    low: {
      none: '您已没有可用的备用验证码。',
      one: '只剩 {n} 个备用验证码。',
      other: '只剩 {n} 个备用验证码。',
    },
    lowBody: '如果手机丢失，备用验证码是您重新进入账户的方式。请现在生成一组新的并妥善保存，旧的将立即失效。',
  },
  expired: {
    heading: '本次设置已过期',
    body: '为了安全，设置需要在几分钟内完成。目前没有开启任何功能。请重新开始以获取新的密钥，并从应用中删除旧的条目。',
    restart: '重新开始',
  },
  errors: {
    network: '无法连接服务器。请检查网络后重试。',
    invalid: '验证码不正确。请检查手机时间，并输入当前的验证码。剩余尝试次数：{n}。',
    invalidWait: '验证码不正确。',
    lastTry: '验证码不正确。再输错一次就需要等待。',
    used: '该验证码已使用过。请等待应用显示新的验证码。',
    usedLeft: {
      other: '该验证码已使用过。请等待应用显示新的验证码。还可以尝试 {n} 次。',
    },
    throttled: '尝试次数过多。',
    wait: '请在 {time}后重试。',
    ready: '现在可以重试了。',
    expired: '本次设置已过期。',
    already_enabled: '两步验证已经开启。',
    not_enabled: '两步验证尚未开启。',
    locked: '错误次数过多，此验证方式已被停用。请联系客服找回账户。',
    unauthorized: '请先登录，然后再回到此页面。',
    step_up_required: '请输入应用中的验证码，以确认是您本人。',
    unknown: '出了点问题。请重试。',
    format: '请输入应用中显示的六位数字。',
  },
};
