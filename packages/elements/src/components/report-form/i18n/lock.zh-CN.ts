/**
 * The lock offer's words in Simplified Chinese; typed by the English source, so a missing or
 * extra key fails the typecheck.
 * @module
 */
import type { LockOfferWords } from './lock.en';

export const zhCN: LockOfferWords = {
  title: '立即锁定我的账号',
  intro: '锁定后，所有登录、提币和安全设置更改会立即停止，直到客服或您本人解除锁定。不会丢失任何资产或数据。',
  fromLink:
    '您是从我们发送的消息中打开锁定链接的。如果有其他人进入了您的账号，请立即锁定：在客服或您本人解除锁定之前，所有登录、提币和安全设置更改都会停止。',
  lock: '立即锁定我的账号',
  locking: '正在锁定…',
  needAccount:
    '您在这台设备上没有登录。请告诉我们是哪个账号：我们会向账号登记的邮箱和手机号发送锁定链接，打开链接即可锁定账号。',
  accountLabel: '您的账号',
  accountHint: '按登录时的输入方式填写。',
  kindLabel: '类型',
  kinds: {
    username: '用户名',
    email: '邮箱',
    phone: '手机号',
    user_id: '用户 ID',
    wallet_address: '钱包地址',
  },
  accountInvalid: '请按登录时的输入方式填写账号。',
  sendLink: '给我发送锁定链接',
  sending: '正在发送…',
  sendAgain: '重新发送链接',
  linkSent:
    '我们已向该账号登记的地址发送了锁定链接。在任何设备上打开它即可锁定账号。链接只能使用一次，并且有时效。',
  lockedTitle: '您的账号已锁定',
  locked:
    '现在任何人都无法登录、提币或更改安全设置。我们已通知账号登记的所有联系方式。锁定会一直有效，直到客服核实您的身份，或您在案件页面申请解除且等待期已过。',
  caseNumber: '案件编号',
  trackingLink: '查看案件进度的专属链接',
  keepPrivate: '请勿将此链接告诉他人：任何拿到链接的人都能查看案件。',
  lockedInCase: '锁定已加入这个现有案件。请用您已有的该案件私人链接查看进展。',
  copy: '复制链接',
  copied: '链接已复制',
  lockedAnnounce: '您的账号已锁定。案件编号 {number}。',
  linkRefused: '此锁定链接已失效：它已被使用或已过期。请在下方申请新的链接。',
  limited: '请求过于频繁，请过几分钟再试。',
  failed: '无法连接服务器，请检查网络后重试。',
  unavailable: '此处无法锁定账号。请继续填写举报并立即联系客服。',
};
