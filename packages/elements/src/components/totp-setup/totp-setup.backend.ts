/**
 * The server side of `<recourse-totp-setup>` as an interface, and its default implementation over
 * the reference server's endpoints (`/v1/2fa/totp`, session cookie). A platform with its own
 * endpoints implements {@link TotpBackend} and sets `element.backend`.
 *
 * The secret, the key and the backup codes only pass through memory: never logged, stored or
 * put in a URL here.
 * @module
 */
import { TOTP_ANSWER_CHECKS, type TotpMethod, type TotpState } from '@recourse/core';

/** What the server returned when an enrollment started. Shown once; the element forgets it when done. */
export interface TotpEnrollment {
  /** `otpauth://totp/…` URI (drawn as a QR code in the browser). */
  uri: string;
  /** The same secret as text, grouped for reading (`ABCD EFGH …`). */
  key: string;
  /** When the enrollment stops working (ISO 8601). */
  expiresAt: string;
}

/** The second factor's state on the server. */
export interface TotpStatusSummary {
  state: TotpState;
  /** Unused backup codes (when enabled). */
  backupCodesLeft: number;
  /** Whether that is few (at or under the platform's threshold), when the server says. */
  backupCodesLow?: boolean;
}

/** What a verification answered (`POST /verify`): the method used and the backup codes left. */
export interface TotpVerification {
  method: TotpMethod;
  backupCodesLeft: number;
  /** Whether few backup codes remain (at or under the platform's threshold), when the server says. */
  backupCodesLow?: boolean;
}

/** Why a backend call failed. Every backend reports failures with these codes. */
export type TotpFailure =
  /** No answer (offline, DNS, CORS, 5xx): worth retrying. */
  | 'network'
  /** The code is wrong (`attemptsLeft` says how many tries remain before a delay). */
  | 'invalid'
  /** The code was right but already used (wait for the next one). */
  | 'used'
  /** Too many tries: wait `retryAfter` seconds. */
  | 'throttled'
  /** The enrollment expired (or is gone): start again. */
  | 'expired'
  /** Two-step verification is already on. */
  | 'already_enabled'
  /** Two-step verification is off (for regenerating backup codes). */
  | 'not_enabled'
  /** Too many failures: this factor is stopped; account recovery is needed. */
  | 'locked'
  /** Not signed in. */
  | 'unauthorized'
  /** A fresh code is needed for this change. */
  | 'step_up_required'
  /** Anything else. */
  | 'unknown';

/** A failed backend call. */
export class TotpBackendError extends Error {
  constructor(
    /** What failed. */
    readonly code: TotpFailure,
    /** Tries left before a delay applies, when the server said. */
    readonly attemptsLeft?: number,
    /** Seconds to wait, for `throttled` (and a failure that started a delay). */
    readonly retryAfter?: number,
  ) {
    super(code);
    this.name = 'TotpBackendError';
  }
}

/** The server operations the element needs. Throw {@link TotpBackendError} on failure. */
export interface TotpBackend {
  /** The current state (the element shows "already on" when enabled). */
  status(): Promise<TotpStatusSummary>;
  /** Starts an enrollment: a new secret made on the server. */
  start(): Promise<TotpEnrollment>;
  /** Confirms it with a code from the app; the answer's backup codes are shown once. */
  confirm(code: string): Promise<{ backupCodes: string[] }>;
  /** Checks a code (TOTP or backup code). */
  verify(code: string): Promise<TotpVerification>;
  /** New backup codes (the old set stops working); `code` is the fresh second factor. */
  regenerateBackupCodes(code: string): Promise<{ backupCodes: string[] }>;
}

/** Options of {@link createTotpFetchBackend}. */
export interface TotpFetchBackendOptions {
  /** API origin, e.g. `https://api.example.com` (default: this page's origin). */
  apiBase?: string;
  /** Path of the endpoints (default `/v1/2fa/totp`). */
  path?: string;
  /** A `fetch` (tests, proxies). */
  fetch?: typeof globalThis.fetch;
}

const FAILURES: Record<string, TotpFailure> = {
  totp_code_invalid: 'invalid',
  validation_failed: 'invalid',
  totp_code_used: 'used',
  totp_throttled: 'throttled',
  rate_limited: 'throttled',
  totp_enrollment_expired: 'expired',
  totp_enrollment_missing: 'expired',
  totp_already_enabled: 'already_enabled',
  totp_not_enabled: 'not_enabled',
  totp_locked: 'locked',
  unauthorized: 'unauthorized',
  step_up_required: 'step_up_required',
};

type Answer = Record<string, unknown>;

/**
 * The shape of each answer the element shows, checked with core's plain checks (this widget
 * carries no schema library; they are built from the same constants as core's `Totp*Schema`):
 * an answer without it is refused as `unknown`, so nothing unchecked reaches the screen.
 */
const ANSWERS = {
  status: TOTP_ANSWER_CHECKS.status,
  start: TOTP_ANSWER_CHECKS.enrollment,
  codes: TOTP_ANSWER_CHECKS.backupCodes,
  verify: TOTP_ANSWER_CHECKS.verified,
};

/** The reference server's endpoints over `fetch`, with the session cookie (`credentials: 'include'`). */
export function createTotpFetchBackend(options: TotpFetchBackendOptions = {}): TotpBackend {
  const base = `${(options.apiBase ?? '').replace(/\/+$/, '')}${options.path ?? '/v1/2fa/totp'}`;
  const call = async <T>(
    check: (answer: Answer) => boolean,
    method: string,
    path: string,
    body?: object,
  ): Promise<T> => {
    let res: Response;
    try {
      res = await (options.fetch ?? globalThis.fetch)(base + path, {
        method,
        credentials: 'include',
        cache: 'no-store',
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : null,
      });
    } catch {
      throw new TotpBackendError('network');
    }
    const parsed: unknown = await res.json().catch(() => ({}));
    const data = (parsed !== null && typeof parsed === 'object' ? parsed : {}) as Answer;
    if (res.ok) {
      if (!check(data)) throw new TotpBackendError('unknown');
      return data as T;
    }
    if (res.status >= 500 || res.status === 408) throw new TotpBackendError('network');
    const retry = Number(data.retryAfter ?? res.headers.get('retry-after') ?? Number.NaN);
    throw new TotpBackendError(
      FAILURES[String(data.code)] ?? 'unknown',
      typeof data.attemptsLeft === 'number' ? data.attemptsLeft : undefined,
      retry >= 0 ? retry : undefined,
    );
  };
  return {
    status: () => call(ANSWERS.status, 'GET', '/status'),
    start: () => call(ANSWERS.start, 'POST', '/start'),
    confirm: (code) => call(ANSWERS.codes, 'POST', '/confirm', { code }),
    verify: (code) => call(ANSWERS.verify, 'POST', '/verify', { code }),
    regenerateBackupCodes: (code) => call(ANSWERS.codes, 'POST', '/backup-codes', { code }),
  };
}
