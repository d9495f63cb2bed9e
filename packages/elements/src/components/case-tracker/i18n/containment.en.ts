/**
 * The tracker's English words for containment (the lock, the owner's release, the recovery hold,
 * the platform's actions, the credential review): the source of `containment.zh-CN.ts`, part of
 * the tracker's catalog (`en.ts`).
 * @module
 */
import type {
  ActionFailureReason,
  ActionState,
  CredentialKind,
  HoldState,
  LockOrigin,
  LockState,
  PlatformAction,
  ReleaseState,
} from '@recourse/core';

/** The containment words in one language. */
export interface ContainmentWords {
  /** The account's protection: the lock, the owner's release, the recovery hold, the platform's actions. */
  containment: {
    title: string;
    lockTitle: string;
    lock: Record<LockState, string>;
    origins: Record<LockOrigin, string>;
    /** "Since {date}". */
    since: string;
    release: string;
    releaseTitle: string;
    releaseBody: string;
    releaseConfirm: string;
    releaseSent: string;
    /** The owner's release; each takes `{date}` and `{relative}`. */
    released: Record<ReleaseState, string>;
    holdTitle: string;
    /** Each takes `{date}` and `{relative}` (the hold's end). */
    hold: Record<HoldState, string>;
    holdWhy: string;
    actionsTitle: string;
    actions: Record<PlatformAction, string>;
    states: Record<ActionState, string>;
    /** An action not done yet whose last attempt failed (it is retried). */
    retrying: string;
    reasons: Record<ActionFailureReason, string>;
  };
  /** The credential review at the confirmation step. */
  credentials: {
    title: string;
    intro: string;
    loading: string;
    failed: string;
    empty: string;
    kinds: Record<CredentialKind, string>;
    /** "Added {date}". */
    added: string;
    keep: string;
    remove: string;
    choose: string;
    submit: string;
    sent: string;
    outcomes: { kept: string; requested: string; done: string; failed: string };
  };
}

export const en: ContainmentWords = {
  containment: {
    title: 'Your account’s protection',
    lockTitle: 'Account lock',
    lock: {
      requested: 'We asked the platform to lock your account. It is not locked yet: we keep trying.',
      in_force: 'Your account is locked: nobody can sign in, withdraw or change its security settings.',
      failed:
        'The platform could not lock your account. Support has been told; contact them at once if money is still moving.',
      released: 'The lock has been lifted.',
    },
    origins: {
      session: 'You locked it while signed in.',
      link: 'You locked it with the link from our message.',
      desk: 'Support locked it.',
    },
    since: 'Since {date}',
    release: 'Lift the lock…',
    releaseTitle: 'Lift the lock?',
    releaseBody:
      'We will tell every email address and phone number on record at once. The lock lifts after a waiting period, unless someone uses the link in that message to keep it. Being signed in somewhere is not enough to lift a lock, so whoever took your account cannot do this.',
    releaseConfirm: 'Yes, lift it after the waiting period',
    releaseSent: 'Requested. Every email address and phone number on record was told.',
    released: {
      cooling_off:
        'The lock lifts on {date} ({relative}). We told every email address and phone number on record; if this wasn’t you, the message has a link that keeps the account locked.',
      releasing: 'The waiting period is over: the platform is lifting the lock.',
      done: 'The lock was lifted at your request on {date}.',
      cancelled: 'Your request to lift the lock was cancelled by a new lock: the account stays locked.',
    },
    holdTitle: 'Recovery hold',
    hold: {
      requested: 'We asked the platform to hold withdrawals and security changes until {date}.',
      in_force: 'Withdrawals and security changes are on hold until {date} ({relative}).',
      failed: 'The platform could not set the hold. Check your security settings carefully and tell support.',
      ended: 'The recovery hold ended on {date}.',
    },
    holdWhy:
      'Why: if whoever took your account still has a way in, they cannot send your money away or change your password, email, phone or two-step verification while the hold lasts, and you have time to notice and tell us.',
    actionsTitle: 'What the platform did',
    actions: {
      lock_account: 'Lock the account',
      unlock_account: 'Unlock the account',
      sign_out_everywhere: 'Sign out everywhere',
      revoke_credential: 'Remove a sign-in, key or address',
      hold_risky_actions: 'Hold withdrawals and security changes',
    },
    states: { requested: 'requested', done: 'done', failed: 'could not be done' },
    retrying: 'not done yet: retrying',
    reasons: {
      platform_error: 'the platform had an error',
      timeout: 'the platform did not answer in time',
      refused: 'the platform refused it',
      not_configured: 'the platform does not offer this',
      given_up: 'the platform kept failing, so we stopped retrying; support will follow up',
    },
  },
  credentials: {
    title: 'Sign-ins, keys and addresses on your account',
    intro:
      'Whoever took over your account may have left a way back in. Check each item: keep what is yours, remove anything you do not recognise.',
    loading: 'Loading the list from the platform…',
    failed: 'The list could not be loaded. Try again later, or tell support.',
    empty: 'The platform reports nothing to check.',
    kinds: {
      session: 'Signed-in device',
      api_key: 'API key',
      withdrawal_address: 'Withdrawal address',
      second_factor: 'Two-step verification device',
      connected_app: 'Connected app',
      recovery_contact: 'Recovery email or phone',
    },
    added: 'Added {date}',
    keep: 'Keep',
    remove: 'Remove',
    choose: 'Choose keep or remove for each item.',
    submit: 'Confirm my choices',
    sent: 'Sent. Each removal shows here once the platform confirms it.',
    outcomes: {
      kept: 'Kept',
      requested: 'Removal requested',
      done: 'Removed',
      failed: 'Could not be removed',
    },
  },
};
