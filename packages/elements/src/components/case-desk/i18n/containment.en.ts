/**
 * The desk's words for its account-protection section (the lock, its origin, the owner's release,
 * the platform actions), in English (the source: its interface is the type of every language's file); part of the desk's catalog.
 * @module
 */
import type {
  ActionFailureReason,
  LockOrigin,
  LockState,
  PlatformAction,
  ReleaseState,
} from '@recourse/core';
import type { ActionState } from '../case-desk.containment.model';

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

export const en: DeskContainmentWords = {
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
      given_up: 'the platform kept failing: retries stopped, support must act',
    },
    until: 'until {date}',
  },
};
