/**
 * The desk's words for its account-protection section (the lock, its origin, the owner's release,
 * the platform actions), in English and Simplified Chinese; part of the desk's catalog.
 * @module
 */
import type {
  ActionFailureReason,
  LockOrigin,
  LockState,
  PlatformAction,
  ReleaseState,
} from '@recourse/core';
import type { ActionState } from './case-desk.containment.model';

/** The account-protection words in one language. */
export interface DeskContainmentWords {
  /** The account-protection section: the lock, its origin and the platform actions. */
  containment: {
    title: string;
    action: string;
    state: string;
    attempts: string;
    requested: string;
    details: string;
    /** The lock line; takes `{origin}`. */
    origin: string;
    origins: Record<LockOrigin, string>;
    lock: Record<LockState, string>;
    /** The owner's release of the lock; each takes `{date}` (the end of the cooling-off). */
    release: Record<ReleaseState, string>;
    actions: Record<PlatformAction, string>;
    states: Record<ActionState, string>;
    reasons: Record<ActionFailureReason, string>;
    /** A hold's end; takes `{date}`. */
    until: string;
  };
}

export const deskContainmentEn: DeskContainmentWords = {
  containment: {
    title: 'Account protection',
    action: 'Platform action',
    state: 'State',
    attempts: 'Attempts',
    requested: 'Requested',
    details: 'Details',
    origin: 'Lock started by {origin}',
    origins: {
      desk: 'support (freeze)',
      session: 'the owner, signed in',
      link: 'the owner, through a lock link',
    },
    lock: {
      requested: 'Lock requested, NOT in force yet: the platform has not confirmed it',
      in_force: 'Account locked',
      failed: 'Lock FAILED',
      released: 'Lock lifted',
    },
    release: {
      cooling_off: 'The owner asked to lift the lock: it lifts on {date} unless a lock link cancels it',
      releasing: 'The owner’s release is due ({date}): the platform is unlocking the account',
      done: 'Lifted at the owner’s request on {date}',
      cancelled: 'The owner’s release was cancelled by a new lock',
    },
    actions: {
      lock_account: 'Lock the account',
      unlock_account: 'Unlock the account',
      sign_out_everywhere: 'Sign out everywhere',
      revoke_credential: 'Remove a credential',
      hold_risky_actions: 'Hold withdrawals and security changes',
    },
    states: {
      requested: 'Requested',
      retrying: 'Failed, retrying',
      done: 'Done',
      failed: 'Failed',
    },
    reasons: {
      platform_error: 'the platform answered with an error',
      timeout: 'the platform did not answer in time',
      refused: 'the platform refused it',
      not_configured: 'the platform does not offer this action',
    },
    until: 'until {date}',
  },
};

export const deskContainmentZhCN: DeskContainmentWords = {
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
    },
    until: '至 {date}',
  },
};
