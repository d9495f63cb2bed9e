import { randomBytes } from 'node:crypto';

/** Crockford base32: digits and upper-case letters without I, L, O, U. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Makes a human-friendly case number `RC-XXXX-XXXX` (40 random bits, Crockford base32). It is a
 * label, not a secret: access needs the token. The caller retries on `DuplicateCaseError`.
 */
export function generateCaseNumber(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = CROCKFORD_ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `RC-${out.slice(0, 4)}-${out.slice(4)}`;
}

/**
 * Normalizes what a person typed: trims, upper-cases, drops inner spaces, and reads the
 * look-alikes as Crockford does (O → 0, I and L → 1).
 */
export function normalizeCaseNumber(input: string): string {
  const s = input.trim().toUpperCase().replace(/\s+/g, '');
  if (!s.startsWith('RC')) return s;
  return 'RC' + s.slice(2).replace(/O/g, '0').replace(/[IL]/g, '1');
}
