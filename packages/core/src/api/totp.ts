/**
 * The two-step verification endpoints (`/v1/2fa/totp`, served when the platform configures
 * TOTP): request and answer schemas and their endpoint table. The caller is the platform's own
 * signed-in user (its `authenticateUser` hook), not a case's reporter. Schemas only: the TOTP
 * code itself lives in `@recourse/core/totp` (server side) and is never imported here.
 * @module
 */
import * as z from 'zod/mini';
import type { EndpointDefinition } from './endpoints';
import { InstantSchema } from './primitives';
import type { ProblemCode } from './problem';
import {
  BACKUP_CODE_PATTERN,
  TOTP_KEY_PATTERN,
  TOTP_LIMITS,
  TOTP_METHODS,
  TOTP_STATES,
  TOTP_URI_PATTERN,
} from './totp-answers';

/** A backup code as shown once: 16 Crockford base32 characters, `XXXX-XXXX-XXXX-XXXX`. */
const BackupCodeSchema = z.string().check(z.regex(BACKUP_CODE_PATTERN));
/** Ten backup codes, shown once. */
const BackupCodesSchema = z
  .array(BackupCodeSchema)
  .check(z.minLength(1), z.maxLength(TOTP_LIMITS.backupCodesMax));
const count = z.int().check(z.minimum(0));

/** Body of `POST /confirm` and `POST /verify`: a 6-digit code (or, for verify, a backup code). */
export const TotpCodeRequestSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(TOTP_LIMITS.codeMax)),
});
/** Optional body of `POST /backup-codes` and `DELETE /`: a code for step-up, when none is fresh. */
export const TotpStepUpRequestSchema = z.strictObject({
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(TOTP_LIMITS.codeMax))),
});

/** Answer of `POST /start`: the only time the secret leaves the server. */
export const TotpEnrollmentSchema = z.object({
  /** `otpauth://totp/…`, drawn as a QR code in the browser. */
  uri: z.string().check(z.regex(TOTP_URI_PATTERN), z.maxLength(TOTP_LIMITS.uriMax)),
  /** The same secret grouped for reading (`ABCD EFGH …`). */
  key: z.string().check(z.regex(TOTP_KEY_PATTERN)),
  /** End of the enrollment. */
  expiresAt: InstantSchema,
});

/** Answer of `POST /confirm`: two-step verification is on; the backup codes, shown once. */
export const TotpConfirmedSchema = z.object({ backupCodes: BackupCodesSchema, enabledAt: InstantSchema });

/** Answer of `POST /verify`. */
export const TotpVerifiedSchema = z.object({
  verified: z.literal(true),
  method: z.enum(TOTP_METHODS),
  backupCodesLeft: count,
  /**
   * `true` when a backup code was used and `backupCodesLeft` is at or below the server's
   * `totp.backupCodesLowAt` (default 3): offer new ones (the owner was also sent a notice).
   */
  backupCodesLow: z.optional(z.boolean()),
});

/** Answer of `POST /backup-codes`: the new set (the old one stops working). */
export const TotpBackupCodesSchema = z.object({ backupCodes: BackupCodesSchema });

/** Answer of `DELETE /`. */
export const TotpDisabledSchema = z.object({ state: z.literal('disabled') });

const FactorThrottleSchema = z.object({ attemptsLeft: count, retryAfter: count, locked: z.boolean() });

/** Answer of `GET /status`. */
export const TotpStatusSchema = z.object({
  state: z.enum(TOTP_STATES),
  enabledAt: z.nullable(InstantSchema),
  /** End of a pending enrollment. */
  expiresAt: z.nullable(InstantSchema),
  backupCodesLeft: count,
  /** Until when a verification in this session counts as a fresh second factor. */
  stepUpUntil: z.nullable(InstantSchema),
  totp: FactorThrottleSchema,
  backupCodes: FactorThrottleSchema,
});
/** Answer of `GET /status`. */
export type TotpStatusView = z.output<typeof TotpStatusSchema>;
/** Throttle state of one factor in {@link TotpStatusView}. */
export type TotpFactorThrottle = z.output<typeof FactorThrottleSchema>;
/** Answer of `POST /start`. */
export type TotpEnrollmentView = z.output<typeof TotpEnrollmentSchema>;
/** Answer of `POST /confirm`. */
export type TotpConfirmedView = z.output<typeof TotpConfirmedSchema>;
/** Answer of `POST /verify`. */
export type TotpVerifiedView = z.output<typeof TotpVerifiedSchema>;
/** Answer of `POST /backup-codes`. */
export type TotpBackupCodesView = z.output<typeof TotpBackupCodesSchema>;

const BASE: readonly ProblemCode[] = ['unauthorized', 'payload_too_large', 'unavailable', 'internal'];
const BODY: readonly ProblemCode[] = ['validation_failed', 'unsupported_media_type'];
const CODE_FAILURES: readonly ProblemCode[] = [
  'totp_code_invalid',
  'totp_code_used',
  'totp_throttled',
  'totp_locked',
];
const EXAMPLE_CODE = { code: '492039' };

/** The TOTP endpoint table (served under `/v1/2fa/totp` when configured). */
export const TOTP_ENDPOINTS = {
  totpStatus: {
    method: 'GET',
    path: '/v1/2fa/totp/status',
    auth: 'user',
    idempotent: false,
    query: null,
    request: null,
    response: { kind: 'json', status: 200, schema: TotpStatusSchema },
    problems: BASE,
    summary: 'Two-step verification state, step-up freshness and throttle of the signed-in user.',
  },
  totpStart: {
    method: 'POST',
    path: '/v1/2fa/totp/start',
    auth: 'user',
    idempotent: false,
    query: null,
    request: null,
    response: { kind: 'json', status: 200, schema: TotpEnrollmentSchema },
    problems: ['totp_already_enabled', ...BODY, ...BASE],
    summary: 'Starts an enrollment: a new secret made on the server (the only time it leaves it).',
  },
  totpConfirm: {
    method: 'POST',
    path: '/v1/2fa/totp/confirm',
    auth: 'user',
    idempotent: false,
    query: null,
    request: { kind: 'json', schema: TotpCodeRequestSchema, example: EXAMPLE_CODE },
    response: { kind: 'json', status: 200, schema: TotpConfirmedSchema },
    problems: [
      'totp_already_enabled',
      'totp_enrollment_missing',
      'totp_enrollment_expired',
      ...CODE_FAILURES,
      ...BODY,
      ...BASE,
    ],
    summary: 'Confirms the enrollment with a first code; answers the backup codes (shown once).',
  },
  totpVerify: {
    method: 'POST',
    path: '/v1/2fa/totp/verify',
    auth: 'user',
    idempotent: false,
    query: null,
    request: { kind: 'json', schema: TotpCodeRequestSchema, example: EXAMPLE_CODE },
    response: { kind: 'json', status: 200, schema: TotpVerifiedSchema },
    problems: ['totp_not_enabled', ...CODE_FAILURES, ...BODY, ...BASE],
    summary: 'Checks a code or a backup code (single use; a replayed step is refused).',
  },
  totpBackupCodes: {
    method: 'POST',
    path: '/v1/2fa/totp/backup-codes',
    auth: 'user',
    idempotent: false,
    query: null,
    request: { kind: 'json', schema: TotpStepUpRequestSchema, example: EXAMPLE_CODE, optional: true },
    response: { kind: 'json', status: 200, schema: TotpBackupCodesSchema },
    problems: ['totp_not_enabled', 'step_up_required', ...CODE_FAILURES, ...BODY, ...BASE],
    summary: 'Replaces the backup codes; needs a fresh second factor (step-up).',
  },
  totpDisable: {
    method: 'DELETE',
    path: '/v1/2fa/totp',
    auth: 'user',
    idempotent: false,
    query: null,
    request: { kind: 'json', schema: TotpStepUpRequestSchema, example: EXAMPLE_CODE, optional: true },
    response: { kind: 'json', status: 200, schema: TotpDisabledSchema },
    problems: ['totp_not_enabled', 'step_up_required', ...CODE_FAILURES, ...BODY, ...BASE],
    summary: 'Turns two-step verification off; needs a fresh second factor (step-up).',
  },
} as const satisfies Record<string, EndpointDefinition>;

/** An operation id of the TOTP table. */
export type TotpEndpointId = keyof typeof TOTP_ENDPOINTS;
