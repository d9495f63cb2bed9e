/// <reference types="node" />
// Server-only module (node:crypto); the core-only tsconfig has no Node types, so say so here.

import { Buffer } from 'node:buffer';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { generate } from 'otplib';
import { type Clock, readClock } from './clock';
import { decodeBase32, encodeBase32 } from './encoding';

/** Time step in seconds (RFC 6238 `X`); fixed at 30 for authenticator-app compatibility. */
export const TOTP_PERIOD_SECONDS = 30;

/** Number of digits of a TOTP code; fixed at 6 for authenticator-app compatibility. */
export const TOTP_DIGITS = 6;

/** Size of a generated TOTP secret in bytes (160 bits, RFC 4226 section 4 recommendation). */
export const TOTP_SECRET_BYTES = 20;

/** Smallest secret `verifyTotp` accepts, in bytes (RFC 4226 section 4: at least 128 bits). */
const MIN_SECRET_BYTES = 16;

/** HMAC algorithm for the RFC test-vector wrappers. */
export type OtpAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** A source of cryptographically secure random bytes; defaults to `node:crypto.randomBytes`. */
export type RandomBytes = (size: number) => Uint8Array;

const defaultRandom: RandomBytes = (size) => randomBytes(size);

/**
 * Generates a new TOTP secret: 20 bytes from a CSPRNG, encoded as RFC 4648 base32 without padding
 * (32 characters). Encrypt it at rest with {@link encryptSecret}.
 *
 * @param options.random - byte source (tests only; defaults to `node:crypto.randomBytes`)
 * @returns the base32 secret, e.g. `JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP`
 */
export function generateTotpSecret(options: { random?: RandomBytes } = {}): string {
  const bytes = (options.random ?? defaultRandom)(TOTP_SECRET_BYTES);
  if (bytes.length !== TOTP_SECRET_BYTES) throw new RangeError('random: wrong number of bytes');
  return encodeBase32(bytes);
}

/** Percent-encodes every character outside RFC 3986 `unreserved` (stricter than encodeURIComponent). */
function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Builds the `otpauth://` key URI for enrollment (QR code), following the Google Authenticator
 * key URI format: the issuer appears in the label and in the `issuer` parameter, both
 * percent-encoded; algorithm, digits and period are explicit (SHA1, 6, 30).
 *
 * @param options.secret - base32 secret from {@link generateTotpSecret}
 * @param options.issuer - service name shown in the app, e.g. `Recourse`; must not contain `:`
 * @param options.account - account name shown in the app, e.g. an email; must not contain `:`
 * @returns e.g. `otpauth://totp/Recourse:ada%40example.com?secret=…&issuer=Recourse&algorithm=SHA1&digits=6&period=30`
 * @throws TypeError on an empty issuer or account, a colon in either, or a secret that is not
 *   unpadded upper-case base32
 */
export function totpUri(options: { secret: string; issuer: string; account: string }): string {
  const { secret, issuer, account } = options;
  if (!/^[A-Z2-7]+$/.test(secret)) throw new TypeError('totpUri: secret must be unpadded base32');
  for (const [name, value] of [
    ['issuer', issuer],
    ['account', account],
  ] as const) {
    if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`totpUri: empty ${name}`);
    if (value.includes(':')) throw new TypeError(`totpUri: ${name} must not contain ':'`);
  }
  const label = `${percentEncode(issuer)}:${percentEncode(account)}`;
  return (
    `otpauth://totp/${label}?secret=${secret}&issuer=${percentEncode(issuer)}` +
    `&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_PERIOD_SECONDS}`
  );
}

/**
 * Formats a base32 secret for manual entry: upper case, groups of 4 separated by spaces.
 *
 * @example formatSecretForReading('jbswy3dpehpk3pxp') === 'JBSW Y3DP EHPK 3PXP'
 */
export function formatSecretForReading(secret: string): string {
  const clean = secret.replace(/[\s=]+/g, '').toUpperCase();
  return (clean.match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * HOTP (RFC 4226): a thin wrapper over otplib's `generate` with `strategy: 'hotp'`.
 *
 * @param secretBytes - raw key bytes (not base32)
 * @param counter - moving factor, a non-negative safe integer
 * @param options.digits - code length (default 6)
 * @param options.algorithm - HMAC hash (default `sha1`)
 * @returns the code, zero-padded to `digits`
 */
export async function hotp(
  secretBytes: Uint8Array,
  counter: number,
  options: { digits?: number; algorithm?: OtpAlgorithm } = {},
): Promise<string> {
  if (!Number.isSafeInteger(counter) || counter < 0) throw new RangeError('hotp: invalid counter');
  return generate({
    strategy: 'hotp',
    secret: secretBytes,
    counter,
    digits: options.digits ?? TOTP_DIGITS,
    algorithm: options.algorithm ?? 'sha1',
  });
}

/**
 * TOTP (RFC 6238) at a given time: a thin wrapper over otplib's `generate`.
 *
 * @param secretBytes - raw key bytes (not base32)
 * @param epochSeconds - Unix time in seconds
 * @param options.digits - code length (default 6)
 * @param options.algorithm - HMAC hash (default `sha1`)
 * @param options.period - time step in seconds (default 30)
 * @returns the code, zero-padded to `digits`
 */
export async function totpAt(
  secretBytes: Uint8Array,
  epochSeconds: number,
  options: { digits?: number; algorithm?: OtpAlgorithm; period?: number } = {},
): Promise<string> {
  return generate({
    strategy: 'totp',
    secret: secretBytes,
    epoch: epochSeconds,
    digits: options.digits ?? TOTP_DIGITS,
    algorithm: options.algorithm ?? 'sha1',
    period: options.period ?? TOTP_PERIOD_SECONDS,
  });
}

/**
 * The TOTP time step `T = floor(now / 30 s)` of a clock.
 *
 * @param now - clock (default: server clock)
 */
export function totpStep(now: Clock = Date.now): number {
  return Math.floor(readClock(now) / (TOTP_PERIOD_SECONDS * 1000));
}

/** Outcome of {@link verifyTotp}. */
export type TotpVerifyResult =
  | { ok: true; step: number }
  | { ok: false; reason: 'invalid' | 'replayed' | 'malformed' };

/**
 * Normalizes a typed TOTP code: drops white space and dashes; the rest must be exactly 6 ASCII
 * digits.
 *
 * @returns the 6 digits, or `null` if the input is not a well-formed code
 */
export function normalizeTotpCode(code: string): string | null {
  if (typeof code !== 'string' || code.length > 64) return null;
  const clean = code.replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  return /^[0-9]{6}$/.test(clean) ? clean : null;
}

/**
 * Verifies a TOTP code against steps T-1 and T only (T from the server clock), and refuses
 * replays.
 *
 * Replay rule: a code whose matched step is at or below `lastAcceptedStep` is `replayed`; this
 * includes the enrollment code. On `ok`, the caller must store `step` as the new
 * `lastAcceptedStep` with an atomic compare-and-set (e.g.
 * `UPDATE … SET last_step = $step WHERE id = $id AND (last_step IS NULL OR last_step < $step)`)
 * and treat "no row updated" as `replayed`: two concurrent requests must not both succeed.
 * Count `invalid` and `replayed` as failures for {@link throttleState}; `malformed` may be
 * answered without consuming an attempt.
 *
 * Both candidate codes are always computed and compared in constant time.
 *
 * @param options.secret - the account's base32 secret (decrypted)
 * @param options.code - what the user typed; spaces and dashes are ignored
 * @param options.now - clock (default: server clock)
 * @param options.lastAcceptedStep - the last step accepted for this factor, or null/undefined if none
 * @returns `{ ok: true, step }` or `{ ok: false, reason }`
 * @throws TypeError if the secret is not base32 of at least 16 bytes
 */
export async function verifyTotp(options: {
  secret: string;
  code: string;
  now?: Clock;
  lastAcceptedStep?: number | null;
}): Promise<TotpVerifyResult> {
  const secretBytes = decodeBase32(options.secret);
  if (secretBytes.length < MIN_SECRET_BYTES) throw new TypeError('verifyTotp: secret too short');
  const last = options.lastAcceptedStep ?? null;
  if (last !== null && !Number.isSafeInteger(last))
    throw new TypeError('verifyTotp: invalid lastAcceptedStep');
  const step = totpStep(options.now);
  const code = normalizeTotpCode(options.code);
  if (code === null) return { ok: false, reason: 'malformed' };

  const given = Buffer.from(code, 'ascii');
  const candidates = [step, step - 1].filter((candidate) => candidate >= 0);
  const matched: number[] = [];
  for (const candidate of candidates) {
    const expected = Buffer.from(await hotp(secretBytes, candidate), 'ascii');
    if (expected.length === given.length && timingSafeEqual(expected, given)) matched.push(candidate);
  }
  if (matched.length === 0) return { ok: false, reason: 'invalid' };
  // Highest matching step first: accepting the later step is the stricter choice for replay.
  const fresh = matched.find((candidate) => last === null || candidate > last);
  return fresh === undefined ? { ok: false, reason: 'replayed' } : { ok: true, step: fresh };
}
