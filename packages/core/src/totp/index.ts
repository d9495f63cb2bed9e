/**
 * @packageDocumentation
 * `@recourse/core/totp`: server-side second factor. TOTP (RFC 6238, SHA-1 / 6 digits / 30 s,
 * steps T-1 and T, replay refusal), the throttling schedule, backup codes (80-bit Crockford
 * base32, scrypt-hashed) and AES-256-GCM encryption of secrets at rest. Uses `node:crypto`:
 * never import it from browser code (it is deliberately not part of `@recourse/core`).
 * Time and randomness are injectable.
 */

export {
  BACKUP_CODE_BITS,
  BACKUP_CODE_COUNT,
  BACKUP_CODE_SCRYPT,
  generateBackupCodes,
  hashBackupCode,
  normalizeBackupCode,
  type ScryptCost,
  verifyBackupCode,
} from './backup-codes';
export type { Clock, Instant } from './clock';
export { decryptSecret, encryptSecret, parseSecretKey, type SecretKey } from './secret-box';
export {
  nextAllowedAt,
  THROTTLE_POLICY,
  type ThrottleDecision,
  type ThrottleState,
  throttleState,
} from './throttle';
export {
  formatSecretForReading,
  generateTotpSecret,
  hotp,
  normalizeTotpCode,
  type OtpAlgorithm,
  type RandomBytes,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_SECRET_BYTES,
  type TotpVerifyResult,
  totpAt,
  totpStep,
  totpUri,
  verifyTotp,
} from './totp';
