/**
 * The state of `<recourse-totp-setup>`: one typed value with named phases, and the one function
 * that changes it (`reduce`). Pure: no DOM, no network, no clock (seconds arrive in the events).
 * The key lives only in the `scan` and `code` phases and the backup codes only in `backup`, so
 * leaving those phases forgets them.
 * @module
 */
import type { TotpEnrollment, TotpFailure } from './totp-setup.backend';

/** A failure shown to the person (`format`: the code typed has the wrong shape, nothing was sent). */
export interface ShownFailure {
  code: TotpFailure | 'format';
  attemptsLeft?: number;
}

/** What "Try again" repeats: the status read, a start, or sending the code again. */
export type TotpRetry = 'status' | 'start' | 'submit';

/** What every phase carries. */
interface Shared {
  /** A backend call is under way. */
  busy: boolean;
  failure?: ShownFailure;
  /** Set when "Try again" is offered (after a network failure, or a failed status read). */
  retry?: TotpRetry;
  /** Seconds until the next try is allowed (0: none). */
  remaining: number;
  /**
   * The polite announcement (`ready`: "you can try again now"; `low`: a verification just said
   * few backup codes remain).
   */
  announce?: 'ready' | 'low';
}

/**
 * The setup's phases:
 * - `loading`: the status is being read (or the read failed: then `failure` and `retry` are set);
 * - `intro`: why and which apps; "Set it up";
 * - `scan`: the QR code and the key of a new enrollment;
 * - `code`: the code from the app;
 * - `backup`: the backup codes, shown once;
 * - `done`: two-step verification is on;
 * - `already`: it was on already (new backup codes with a fresh code);
 * - `expired`: the enrollment expired before it was confirmed.
 */
export type TotpPhase = TotpState['phase'];

/** The setup's whole state. */
export type TotpState = Shared &
  (
    | { phase: 'loading' | 'intro' | 'done' | 'expired' }
    | { phase: 'scan'; enrollment: TotpEnrollment; copied?: boolean }
    | { phase: 'code'; enrollment: TotpEnrollment; code: string }
    | { phase: 'backup'; backupCodes: string[]; saved: boolean; copied?: boolean }
    | {
        phase: 'already';
        codesLeft: number;
        /** Few backup codes remain (at or under the platform's threshold): new ones are offered first. */
        low: boolean;
        code: string;
      }
  );

/** What happens to the setup. */
export type TotpEvent =
  /** A backend call starts (clears the last failure and announcement). */
  | { type: 'sending' }
  | { type: 'loaded'; enabled: boolean; codesLeft: number; low: boolean }
  /** A verification (the platform's sign-in) answered: how many backup codes remain and whether that is few. */
  | { type: 'verified'; codesLeft: number; low: boolean }
  /** Read the status again (the server said it is already on). */
  | { type: 'reload' }
  | { type: 'started'; enrollment: TotpEnrollment }
  | { type: 'go'; to: 'intro' | 'scan' | 'code' }
  | { type: 'typed'; code: string }
  | { type: 'codes'; backupCodes: string[] }
  | { type: 'saved'; saved: boolean }
  | { type: 'copied'; copied: boolean }
  | { type: 'finished' }
  | { type: 'expired' }
  | { type: 'failed'; failure: ShownFailure; retry?: TotpRetry }
  /** The countdown's shown number changed. */
  | { type: 'tick'; remaining: number };

/** The setup before anything happened. */
export const INITIAL_STATE: TotpState = { phase: 'loading', busy: false, remaining: 0 };

/** Keeps only what a code can contain: six digits for the enrollment, up to 40 characters when already on. */
export function cleanCode(value: string, already: boolean): string {
  return already ? value.slice(0, 40) : value.replace(/\D/g, '').slice(0, 6);
}

/** The next state. Events that do not apply to the current phase leave it as it is. */
export function reduce(state: TotpState, event: TotpEvent): TotpState {
  const { busy, failure, retry, remaining, announce } = state;
  const shared: Shared = { busy: false, failure, retry, remaining, announce };
  switch (event.type) {
    case 'sending':
      return busy
        ? state
        : { ...state, busy: true, failure: undefined, retry: undefined, announce: undefined };
    case 'loaded':
      return state.phase === 'loading'
        ? event.enabled
          ? { ...shared, phase: 'already', codesLeft: event.codesLeft, low: event.low, code: '' }
          : { ...shared, phase: 'intro' }
        : state;
    case 'verified':
      // Only once two-step verification shows as on: a setup in progress, or codes on screen, stay
      // (the controller holds an answer that arrives while the status is read).
      if ((state.phase !== 'already' && state.phase !== 'done') || busy) return state;
      return {
        ...shared,
        phase: 'already',
        codesLeft: event.codesLeft,
        low: event.low,
        code: state.phase === 'already' ? state.code : '',
        announce: event.low ? 'low' : announce,
      };
    case 'reload':
      return { ...shared, phase: 'loading' };
    case 'started':
      return { ...shared, phase: 'scan', enrollment: event.enrollment };
    case 'go': {
      const next = { ...shared, failure: undefined };
      if (event.to === 'intro') return { ...next, phase: 'intro' };
      if (state.phase !== 'scan' && state.phase !== 'code') return state;
      const { enrollment } = state;
      return event.to === 'scan'
        ? { ...next, phase: 'scan', enrollment }
        : { ...next, phase: 'code', enrollment, code: '' };
    }
    case 'typed':
      if (state.phase !== 'code' && state.phase !== 'already') return state;
      return {
        ...state,
        code: cleanCode(event.code, state.phase === 'already'),
        failure: failure?.code === 'format' ? undefined : failure,
      };
    case 'codes':
      return { ...shared, phase: 'backup', backupCodes: event.backupCodes, saved: false };
    case 'saved':
      return state.phase === 'backup' ? { ...state, saved: event.saved } : state;
    case 'copied':
      return state.phase === 'scan' || state.phase === 'backup' ? { ...state, copied: event.copied } : state;
    case 'finished':
      return state.phase === 'backup' && state.saved ? { ...shared, phase: 'done' } : state;
    case 'expired':
      return { ...shared, phase: 'expired' };
    case 'failed':
      return { ...state, busy: false, failure: event.failure, retry: event.retry };
    case 'tick': {
      // The end of a delay clears the failure that started it and says so.
      const over =
        event.remaining === 0 &&
        remaining > 0 &&
        (failure?.code === 'throttled' || failure?.attemptsLeft === 0);
      if (over) return { ...state, remaining: 0, failure: undefined, announce: 'ready' };
      return event.remaining === remaining ? state : { ...state, remaining: event.remaining };
    }
  }
}
