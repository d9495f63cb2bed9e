/// <reference types="node" />
// Server-only module (node:crypto); the core-only tsconfig has no Node types, so say so here.

import { Buffer } from 'node:buffer';
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { CROCKFORD_BASE32, encodeBase32, fromBase64Url, toBase64Url } from './encoding';
import type { RandomBytes } from './totp';

const scryptAsync = promisify(scrypt) as (
  password: string | Uint8Array,
  salt: Uint8Array,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;

/** Number of codes in a set. */
export const BACKUP_CODE_COUNT = 10;

/** Entropy of one code in bits (16 Crockford base32 characters of 5 bits). */
export const BACKUP_CODE_BITS = 80;

const CODE_BYTES = BACKUP_CODE_BITS / 8;
const CODE_CHARS = BACKUP_CODE_BITS / 5;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** scrypt cost parameters. */
export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/**
 * Default scrypt cost for backup-code hashes: N=2^15, r=8, p=1 (32 MiB, about 0.18 s a hash on
 * the reference 2-core machine). The codes carry 80 bits, so the hash cost is defence in depth
 * rather than the barrier.
 */
export const BACKUP_CODE_SCRYPT: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

const defaultRandom: RandomBytes = (size) => randomBytes(size);

function groupCode(code: string): string {
  return (code.match(/.{4}/g) ?? []).join('-');
}

/**
 * Generates a fresh set of 10 backup codes, each 80 bits from a CSPRNG, written as 16 Crockford
 * base32 characters in groups of 4: `XXXX-XXXX-XXXX-XXXX`. Show them once; store only
 * {@link hashBackupCode} results. Regenerating must replace (invalidate) the whole old set.
 *
 * @param options.random - byte source (tests only; defaults to `node:crypto.randomBytes`)
 * @returns 10 distinct display-formatted codes
 */
export function generateBackupCodes(options: { random?: RandomBytes } = {}): string[] {
  const random = options.random ?? defaultRandom;
  const codes = new Set<string>();
  let draws = 0;
  while (codes.size < BACKUP_CODE_COUNT) {
    if (++draws > BACKUP_CODE_COUNT * 4) throw new Error('generateBackupCodes: random source repeats');
    const bytes = random(CODE_BYTES);
    if (bytes.length !== CODE_BYTES) throw new RangeError('random: wrong number of bytes');
    codes.add(groupCode(encodeBase32(bytes, CROCKFORD_BASE32)));
  }
  return [...codes];
}

/**
 * Canonical form of a typed backup code: upper case; spaces and dashes dropped; `I`/`L` read as
 * `1` and `O` as `0` (Crockford decoding); `U` and any other character rejected; exactly 16
 * characters.
 *
 * @returns the 16-character canonical code (no dashes), or `null` if it cannot be a backup code
 */
export function normalizeBackupCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const clean = input
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (clean.length !== CODE_CHARS) return null;
  for (const char of clean) if (!CROCKFORD_BASE32.includes(char)) return null;
  return clean;
}

function checkCost({ N, r, p }: ScryptCost): void {
  const powerOfTwo = Number.isSafeInteger(N) && N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (
    !powerOfTwo ||
    !Number.isSafeInteger(r) ||
    r < 1 ||
    r > 32 ||
    !Number.isSafeInteger(p) ||
    p < 1 ||
    p > 16
  ) {
    throw new RangeError('scrypt: cost out of range');
  }
}

function derive(code: string, salt: Uint8Array, cost: ScryptCost, keylen: number): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; give it twice that so Node's maxmem check never trips.
  const maxmem = 256 * cost.N * cost.r + 1024 * 1024;
  return scryptAsync(Buffer.from(code, 'ascii'), salt, keylen, { ...cost, maxmem });
}

/**
 * Hashes a backup code (normalized first) with salted scrypt from `node:crypto`.
 *
 * @param code - a code as generated or typed
 * @param options.cost - scrypt cost (default {@link BACKUP_CODE_SCRYPT}; lower only in tests)
 * @param options.random - salt source (tests only)
 * @returns a self-describing string `scrypt$N$r$p$<salt>$<hash>` (salt 16 bytes, hash 32 bytes,
 *   base64url)
 * @throws TypeError if the code does not normalize to a backup code
 */
export async function hashBackupCode(
  code: string,
  options: { cost?: ScryptCost; random?: RandomBytes } = {},
): Promise<string> {
  const canonical = normalizeBackupCode(code);
  if (canonical === null) throw new TypeError('hashBackupCode: not a backup code');
  const cost = options.cost ?? BACKUP_CODE_SCRYPT;
  checkCost(cost);
  const salt = (options.random ?? defaultRandom)(SALT_BYTES);
  if (salt.length !== SALT_BYTES) throw new RangeError('random: wrong number of bytes');
  const hash = await derive(canonical, salt, cost, HASH_BYTES);
  return ['scrypt', cost.N, cost.r, cost.p, toBase64Url(salt), toBase64Url(hash)].join('$');
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

function parseHash(stored: string): ParsedHash {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') throw new TypeError('backup code hash: unknown format');
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^[0-9]{1,8}$/.test(part) ? Number(part) : Number.NaN));
  const cost = { N: N ?? Number.NaN, r: r ?? Number.NaN, p: p ?? Number.NaN };
  checkCost(cost);
  const salt = fromBase64Url(parts[4] ?? '');
  const hash = fromBase64Url(parts[5] ?? '');
  if (salt.length < SALT_BYTES || hash.length < 16 || hash.length > 64) {
    throw new TypeError('backup code hash: bad salt or hash length');
  }
  return { cost, salt, hash };
}

/**
 * Checks a typed backup code against the stored hashes of the account's unused codes.
 *
 * Each candidate is compared with `timingSafeEqual`. Returns at the first match (its index only
 * tells the holder of a valid code which one it was). The caller must then consume that code
 * atomically (delete the row or mark it used with a compare-and-set) and treat a lost race as a
 * failure. Used codes are either removed from `storedHashes` or passed as `null`.
 *
 * @param input - what the user typed
 * @param storedHashes - hashes from {@link hashBackupCode}; `null`/`undefined` entries are skipped
 * @returns index of the matching hash in `storedHashes`, or -1
 * @throws TypeError if a stored hash is corrupt
 */
export async function verifyBackupCode(
  input: string,
  storedHashes: ReadonlyArray<string | null | undefined>,
): Promise<number> {
  const canonical = normalizeBackupCode(input);
  if (canonical === null) return -1;
  for (const [index, stored] of storedHashes.entries()) {
    if (stored == null) continue;
    const { cost, salt, hash } = parseHash(stored);
    const candidate = await derive(canonical, salt, cost, hash.length);
    if (timingSafeEqual(candidate, hash)) return index;
  }
  return -1;
}
