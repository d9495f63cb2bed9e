/**
 * Idempotency keys: one per logical submission, persisted by the caller and reused on every retry.
 * @module
 */
import { platformRandom, type RandomBytes } from './platform';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes of randomness in a key (128 bits). */
export const IDEMPOTENCY_KEY_BYTES = 16;

/**
 * Makes a new idempotency key: 128 random bits as 22 base64url characters (no padding).
 * @param random - the CSPRNG (default `crypto.getRandomValues`)
 * @returns a key matching `IDEMPOTENCY_KEY_PATTERN`
 */
export function newIdempotencyKey(random: RandomBytes = platformRandom): string {
  const bytes = random(IDEMPOTENCY_KEY_BYTES);
  if (bytes.length < IDEMPOTENCY_KEY_BYTES) throw new Error('random_too_short');
  let bits = 0;
  let width = 0;
  let out = '';
  for (let i = 0; i < IDEMPOTENCY_KEY_BYTES; i++) {
    bits = (bits << 8) | (bytes[i] as number);
    width += 8;
    while (width >= 6) {
      width -= 6;
      out += ALPHABET[(bits >> width) & 63];
    }
    bits &= (1 << width) - 1;
  }
  if (width > 0) out += ALPHABET[(bits << (6 - width)) & 63];
  return out;
}
