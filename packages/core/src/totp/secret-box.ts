/// <reference types="node" />
// Server-only module (node:crypto); the core-only tsconfig has no Node types, so say so here.

import { Buffer } from 'node:buffer';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { fromBase64Url, toBase64Url } from './encoding';
import type { RandomBytes } from './totp';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** An AES-256 key: 32 raw bytes, or their base64 / base64url text (as kept in configuration). */
export type SecretKey = Uint8Array | string;

/**
 * Parses a 32-byte key from bytes or base64/base64url text.
 *
 * @throws TypeError if it is not exactly 32 bytes or not valid base64
 */
export function parseSecretKey(key: SecretKey): Uint8Array {
  let bytes: Buffer;
  if (typeof key === 'string') {
    const text = key.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new TypeError('secret key: not base64');
    bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  } else {
    bytes = Buffer.from(key);
  }
  if (bytes.length !== KEY_BYTES) throw new TypeError('secret key: must be 32 bytes');
  return bytes;
}

function additionalData(context: string | undefined): Uint8Array {
  return Buffer.from(`recourse-totp-secret:${VERSION}:${context ?? ''}`, 'utf8');
}

/**
 * Encrypts a TOTP secret for storage with AES-256-GCM and a random 12-byte IV.
 *
 * @param secret - the plaintext (the base32 TOTP secret)
 * @param key - 32-byte key from configuration (bytes or base64)
 * @param options.context - optional associated data binding the blob to its owner (e.g. the
 *   factor id): decrypting with another context fails, so blobs cannot be swapped between rows
 * @param options.random - IV source (tests only)
 * @returns `v1.<iv>.<tag>.<ciphertext>`, each part base64url without padding
 */
export function encryptSecret(
  secret: string,
  key: SecretKey,
  options: { context?: string; random?: RandomBytes } = {},
): string {
  const keyBytes = parseSecretKey(key);
  const iv = (options.random ?? randomBytes)(IV_BYTES);
  if (iv.length !== IV_BYTES) throw new RangeError('random: wrong number of bytes');
  const cipher = createCipheriv('aes-256-gcm', keyBytes, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(options.context));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, toBase64Url(iv), toBase64Url(tag), toBase64Url(ciphertext)].join('.');
}

/**
 * Decrypts a blob from {@link encryptSecret}.
 *
 * @param blob - `v1.<iv>.<tag>.<ciphertext>`
 * @param key - the same key (bytes or base64)
 * @param options.context - the same associated data used to encrypt, if any
 * @returns the plaintext secret
 * @throws Error if the blob is malformed, was tampered with, or the key or context is wrong
 */
export function decryptSecret(blob: string, key: SecretKey, options: { context?: string } = {}): string {
  const keyBytes = parseSecretKey(key);
  const parts = typeof blob === 'string' ? blob.split('.') : [];
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error('decryptSecret: unknown format');
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => fromBase64Url(part)) as [Buffer, Buffer, Buffer];
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || ciphertext.length === 0) {
    throw new Error('decryptSecret: malformed blob');
  }
  const decipher = createDecipheriv('aes-256-gcm', keyBytes, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(options.context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('decryptSecret: authentication failed (tampered blob, wrong key or context)');
  }
}
