/// <reference types="node" />
// Server-only module (node:crypto); the core-only tsconfig has no Node types, so say so here.

/**
 * Internal byte/text encodings for the TOTP module: RFC 4648 base32 (authenticator secrets) and
 * Crockford base32 (backup codes). Not re-exported from `index.ts`.
 */

import { Buffer } from 'node:buffer';

/** RFC 4648 section 6 alphabet. */
export const RFC4648_BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Crockford base32 alphabet (no I, L, O, U). */
export const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Encodes bytes with a 32-symbol alphabet, most significant bit first, without padding.
 *
 * @param bytes - the bytes to encode
 * @param alphabet - a 32-character alphabet
 * @returns the encoded text; its length is `ceil(bytes.length * 8 / 5)`
 */
export function encodeBase32(bytes: Uint8Array, alphabet: string = RFC4648_BASE32): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes RFC 4648 base32 text. Case-insensitive; spaces and trailing `=` padding are ignored.
 *
 * @param text - base32 text
 * @returns the decoded bytes
 * @throws TypeError if the text contains a character outside the alphabet or has an impossible
 *   length, or if the unused trailing bits are not zero
 */
export function decodeBase32(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '').toUpperCase();
  if ([1, 3, 6].includes(clean.length % 8)) throw new TypeError('base32: invalid length');
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = RFC4648_BASE32.indexOf(char);
    if (value < 0) throw new TypeError('base32: invalid character');
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) throw new TypeError('base32: non-zero trailing bits');
  return out;
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * Strict base64url decoding (Node's decoder silently skips invalid characters; this one refuses).
 *
 * @throws TypeError on any character outside the base64url alphabet
 */
export function fromBase64Url(text: string): Buffer {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new TypeError('base64url: invalid');
  return Buffer.from(text, 'base64url');
}
