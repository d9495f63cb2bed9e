/**
 * The types of the second factor's endpoints (`/v1/2fa/totp`): the signed-in user, change
 * notices, options, problem codes and the status answer.
 * @module
 */
import type { ProblemCode } from '@recourse/core';
import type { RandomBytes, ScryptCost, SecretKey } from '@recourse/core/totp';
import type { ContactOnRecord, Logger } from '../options';
import type { TotpStore } from '../store/totp-store';
import type { OutboxMessage } from '../store/types';

/** The signed-in user, as the platform's `authenticateUser` hook reports it. */
export interface TotpUser {
  /** The platform's stable user id (at most 200 characters). */
  userId: string;
  /** Contact details ON RECORD: every change of the second factor is notified there. */
  contacts: ContactOnRecord[];
  /** Name shown in the authenticator app (default: `userId`). */
  accountName?: string;
  /**
   * Opaque id of the session. When given, step-up freshness is bound to it: a verification
   * in another session (the owner's phone) does not let this one disable the factor.
   */
  sessionId?: string;
}

/** What a change notice is about. */
export type TotpChange =
  | 'enabled'
  | 'backup_codes_regenerated'
  | 'disabled'
  | 'locked'
  | 'backup_codes_locked'
  | 'backup_codes_low';

/** A change notice, for a custom `notify`. Never carries a secret or a code. */
export interface TotpNotification {
  userId: string;
  change: TotpChange;
  at: string;
  /** One message per contact on record (template `totp_<change>`). */
  messages: OutboxMessage[];
}

/** Options of {@link createTotpRoutes}. */
export interface TotpRoutesOptions {
  /** The second factor's rows: `store.totp` of a store made by `createPgliteStore`/`createPostgresStore`. */
  factors: TotpStore;
  /** The signed-in user of a request, or null (401). */
  authenticateUser: (request: Request) => Promise<TotpUser | null> | TotpUser | null;
  /** AES-256 key (32 bytes, or base64) encrypting secrets at rest; from configuration. */
  secretKey: SecretKey;
  /** Issuer shown in authenticator apps, e.g. `Lantern Wallet` (no `:`). */
  issuer: string;
  /** Server clock (tests inject one). Never a client's time. */
  now?: () => Date;
  /**
   * Sends a change notice. Default: the notices go to the store's outbox in the SAME transaction
   * as the change. When given, it is called after the commit instead.
   */
  notify?: (notice: TotpNotification) => Promise<void> | void;
  /**
   * When a backup code is used and this many or fewer remain (default 3), the verify answer says
   * `backupCodesLow: true` and the owner's contacts on record are told to make new ones.
   */
  backupCodesLowAt?: number;
  /**
   * Queues notices outside a factor change (the low-backup-codes notice); `createRecourseServer`
   * passes the store's outbox. Without it (and without `notify`), that notice is not sent.
   */
  enqueue?: (messages: OutboxMessage[]) => Promise<void>;
  /**
   * Whether notices carry a lock link (minted at send; `createRecourseServer` sets it when locks
   * are served): the row asks for one on `{ kind: 'user_id', value: userId }`.
   */
  lockLinks?: boolean;
  /** How long an enrollment may be confirmed (default 600 s). */
  enrollmentTtlSeconds?: number;
  /** How recent a verification counts as a fresh second factor (default 300 s). */
  stepUpSeconds?: number;
  /** scrypt cost of backup-code hashes (default core's; lower only in tests). */
  backupCodeCost?: ScryptCost;
  /** CSPRNG (tests only). */
  random?: RandomBytes;
  /** Logger for failures (never a code, a secret or a body). */
  logger?: Logger;
}

/** Problem codes of the TOTP endpoints (all in the contract's `PROBLEM_CODES`). */
export type TotpProblemCode = Extract<
  ProblemCode,
  | 'unauthorized'
  | 'validation_failed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'totp_already_enabled'
  | 'totp_not_enabled'
  | 'totp_enrollment_missing'
  | 'totp_enrollment_expired'
  | 'totp_code_invalid'
  | 'totp_code_used'
  | 'totp_throttled'
  | 'totp_locked'
  | 'step_up_required'
  | 'unavailable'
  | 'internal'
>;

/** Which factor a code was checked as. */
export type CodeFactor = 'totp' | 'backup_code';

/** Extra members of a TOTP problem. */
export interface TotpProblemExtras {
  /** Failures still allowed before a delay applies. */
  attemptsLeft?: number;
  /** Seconds until the next attempt (mirrors `Retry-After`). */
  retryAfter?: number;
  /** The factor the code was checked as. */
  factor?: CodeFactor;
}

/** `GET /status`. */
export interface TotpStatus {
  state: 'disabled' | 'pending' | 'enabled';
  enabledAt: string | null;
  /** End of a pending enrollment. */
  expiresAt: string | null;
  backupCodesLeft: number;
  /** A verification in this session is recent enough for step-up until then (or null). */
  stepUpUntil: string | null;
  totp: FactorThrottle;
  backupCodes: FactorThrottle;
}

/** Throttle state of one factor in `GET /status`. */
export interface FactorThrottle {
  attemptsLeft: number;
  retryAfter: number;
  locked: boolean;
}
