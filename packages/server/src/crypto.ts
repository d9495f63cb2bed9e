/**
 * Secrets of the server: access tokens (shown once, stored as SHA-256), agent keys (compared as
 * hashes in constant time), and stored idempotent answers (encrypted with a key derived from the
 * client's idempotency key, which the database never holds: it keeps only its SHA-256).
 * @module
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a string or bytes. */
export function sha256(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** SHA-256 as lowercase hex. */
export function sha256hex(data: string | Uint8Array): string {
  return sha256(data).toString('hex');
}

/** A new access token: 256 bits from the CSPRNG, base64url (43 characters). */
export function newAccessToken(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(32)).toString('base64url');
}

/** Constant-time comparison of two SHA-256 digests. */
export function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === 32 && b.length === 32 && timingSafeEqual(a, b);
}

/** The bearer credential of a request, or null. Never logged. */
export function bearer(request: Request): string | null {
  const value = request.headers.get('authorization');
  if (!value) return null;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,512})[ ]*$/i.exec(value);
  return match ? match[1]! : null;
}

/** What the idempotency table stores for a key: its hash, never the key itself. */
export function idempotencyKeyId(key: string): string {
  return sha256hex(`recourse-idempotency-key\n${key}`);
}

function responseKey(key: string, scope: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, scope, 'recourse idempotent answer v1', 32));
}

/** Encrypts an answer's text for the idempotency table (AES-256-GCM, key from the idempotency key). */
export function sealAnswer(
  text: string,
  key: string,
  scope: string,
  random: (n: number) => Uint8Array,
): { v: 1; iv: string; ct: string; tag: string } {
  const iv = Buffer.from(random(12));
  const cipher = createCipheriv('aes-256-gcm', responseKey(key, scope), iv);
  const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return {
    v: 1,
    iv: iv.toString('base64'),
    ct: ct.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Decrypts a stored answer; null if it cannot be (a tampered row). */
export function openAnswer(sealed: unknown, key: string, scope: string): string | null {
  const s = sealed as { v?: unknown; iv?: unknown; ct?: unknown; tag?: unknown } | null;
  if (s?.v !== 1 || typeof s.iv !== 'string' || typeof s.ct !== 'string' || typeof s.tag !== 'string')
    return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', responseKey(key, scope), Buffer.from(s.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(s.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(s.ct, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
