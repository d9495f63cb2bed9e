/**
 * The shapes of the two-step verification answers as plain data and plain checks: the contract's
 * zod schemas (`Totp*Schema`) are built from these constants, the server answers with them, and
 * a widget that carries no schema library checks the fields it reads with {@link TOTP_ANSWER_CHECKS}.
 * @module
 */

/** States of a user's second factor. */
export const TOTP_STATES = ['disabled', 'pending', 'enabled'] as const;
/** A state in {@link TOTP_STATES}. */
export type TotpState = (typeof TOTP_STATES)[number];

/** What a code was checked as. */
export const TOTP_METHODS = ['totp', 'backup_code'] as const;
/** A method in {@link TOTP_METHODS}. */
export type TotpMethod = (typeof TOTP_METHODS)[number];

/** Bounds of the TOTP requests and answers. */
export const TOTP_LIMITS = {
  /** Longest code a request may carry (a TOTP code or a backup code, as typed). */
  codeMax: 64,
  /** Most backup codes in one set. */
  backupCodesMax: 10,
  /** Longest `otpauth://` URI. */
  uriMax: 2048,
} as const;

/** How an enrollment URI starts. */
export const TOTP_URI_PATTERN = /^otpauth:\/\/totp\//;

/** The secret grouped for reading: base32 in groups of up to four, one space apart. */
export const TOTP_KEY_PATTERN = /^[A-Z2-7]{1,4}(?: [A-Z2-7]{1,4})*$/;

/** A backup code as shown once: 16 Crockford base32 characters, `XXXX-XXXX-XXXX-XXXX`. */
export const BACKUP_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

type Answer = Readonly<Record<string, unknown>>;

const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isInstant = (v: unknown) => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isBackupCodes = (v: unknown) =>
  Array.isArray(v) &&
  v.length >= 1 &&
  v.length <= TOTP_LIMITS.backupCodesMax &&
  v.every((c) => typeof c === 'string' && BACKUP_CODE_PATTERN.test(c));

/**
 * Plain checks of the answer fields a widget reads (the contract's schemas check every field):
 * `status` (`GET /status`), `enrollment` (`POST /start`), `backupCodes` (`POST /confirm`,
 * `POST /backup-codes`), `verified` (`POST /verify`). Anything the schema accepts passes.
 */
export const TOTP_ANSWER_CHECKS = {
  status: (d: Answer): boolean =>
    (TOTP_STATES as readonly unknown[]).includes(d.state) && isCount(d.backupCodesLeft),
  enrollment: (d: Answer): boolean =>
    typeof d.uri === 'string' &&
    d.uri.length <= TOTP_LIMITS.uriMax &&
    TOTP_URI_PATTERN.test(d.uri) &&
    typeof d.key === 'string' &&
    TOTP_KEY_PATTERN.test(d.key) &&
    isInstant(d.expiresAt),
  backupCodes: (d: Answer): boolean => isBackupCodes(d.backupCodes),
  verified: (d: Answer): boolean =>
    (TOTP_METHODS as readonly unknown[]).includes(d.method) && isCount(d.backupCodesLeft),
} as const;
