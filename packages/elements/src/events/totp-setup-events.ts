/**
 * Events of `<recourse-totp-setup>`. They extend the shared {@link RecourseEvent} base and never
 * carry the key, a code or a backup code.
 * @module
 */
import type { TotpFailure } from '../components/totp-setup/totp-setup.backend';
import { RecourseEvent } from './recourse-event';

/** Detail of `recourse-totp-enabled`. */
export interface TotpEnabledDetail {
  /** How many backup codes were issued (the codes themselves are never in an event). */
  backupCodes: number;
}

/** Detail of `recourse-totp-error`. */
export interface TotpErrorDetail {
  /** What failed. */
  code: TotpFailure;
  /** Tries left before a delay, when known. */
  attemptsLeft?: number;
  /** Seconds to wait, when throttled. */
  retryAfter?: number;
}

/** Fired when the server confirmed the enrollment: two-step verification is on. */
export class RecourseTotpEnabledEvent extends RecourseEvent<TotpEnabledDetail> {
  static readonly type = 'recourse-totp-enabled';
  constructor(detail: TotpEnabledDetail) {
    super(RecourseTotpEnabledEvent.type, detail);
  }
}

/** Fired when a step fails (wrong code, throttled, expired, network…). */
export class RecourseTotpErrorEvent extends RecourseEvent<TotpErrorDetail> {
  static readonly type = 'recourse-totp-error';
  constructor(detail: TotpErrorDetail) {
    super(RecourseTotpErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recourse-totp-enabled': RecourseTotpEnabledEvent;
    'recourse-totp-error': RecourseTotpErrorEvent;
  }
}
