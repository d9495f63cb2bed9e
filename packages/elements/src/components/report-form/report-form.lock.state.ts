/**
 * The lock offer's state: one typed value with named phases ({@link LockOfferState}), the ids
 * its view renders and the actions the view may call ({@link LockOfferActions}). Only the
 * offer's controller (`report-form.lock.controller.ts`) changes the state; its view
 * (`report-form.lock.view.ts`) is a pure function of `(state, actions, words)`.
 * @internal
 * @module
 */
import type { CaseCreated } from '@recourse/core';
import type { LockAccountKind, LockOfferWords } from './i18n/lock';

/**
 * Where the offer is: `offer` (the button), `locking` (asked, on the session or the link's
 * token), `account` (not signed in here: which account?), `sending` (asking for a lock link),
 * `link_sent` (a lock link went to the addresses on record, if the account exists), `locked` (in a
 * new case, or recorded in the existing case a lock link's notice was about).
 */
export type LockPhase = 'offer' | 'locking' | 'account' | 'sending' | 'link_sent' | 'locked';

/** Why the last request did not succeed. */
export type LockProblem = 'link_refused' | 'limited' | 'failed' | 'unavailable' | 'account_invalid';

/** The words of each problem. */
export const PROBLEM_WORDS = {
  link_refused: 'linkRefused',
  limited: 'limited',
  failed: 'failed',
  unavailable: 'unavailable',
  account_invalid: 'accountInvalid',
} as const satisfies Record<LockProblem, keyof LockOfferWords>;

/** The offer's one state value (replaced, never mutated, by its controller). */
export interface LockOfferState {
  readonly phase: LockPhase;
  /** The lock link's token while unused (memory only). */
  readonly token: string | undefined;
  /** The account the person names when not signed in here (never in the report's draft). */
  readonly kind: LockAccountKind;
  readonly value: string;
  readonly problem: LockProblem | undefined;
  /** The lock's new case, once locked in one (not when recorded in an existing case). */
  readonly created: CaseCreated | undefined;
  /** The number of the case the lock is in (`''` before). */
  readonly caseNumber: string;
  /**
   * The private tracking link of the lock's new case (`''` before, and when the lock went in an
   * existing case: its reporter already has that case's link).
   */
  readonly trackingLink: string;
  /** The live region's line, in whatever language is current when shown. */
  readonly announce: ((w: LockOfferWords) => string) | undefined;
  readonly copied: boolean;
}

/** What the offer's view may ask for. */
export interface LockOfferActions {
  /** "Lock my account now": with the lock link's token, else on the platform session. */
  lock(): void;
  /** "Send me a lock link" for the account typed. */
  requestLink(): void;
  setKind(kind: LockAccountKind): void;
  setValue(value: string): void;
  /** Copies the tracking link (`input` is selected where the clipboard is refused). */
  copy(input: HTMLInputElement | null): void;
}

/** Whether a request is out (the buttons say so and ignore presses). */
export const isBusy = (s: Readonly<LockOfferState>): boolean =>
  s.phase === 'locking' || s.phase === 'sending';

/** Element ids the offer renders (focus targets). */
export const LOCK_IDS = {
  heading: 'lock-heading',
  kind: 'lock-kind',
  value: 'lock-account',
  tracking: 'lock-tracking',
} as const;
