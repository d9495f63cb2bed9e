// TODO(translate): an English copy. Translate every string into Spanish, then delete this line.
/**
 * The desk's containment words in Spanish, typed by the English ones.
 * @module
 */
import type { DeskContainmentWords } from './containment.en';

export const es: DeskContainmentWords = {
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
