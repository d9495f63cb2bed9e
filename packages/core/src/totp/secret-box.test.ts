import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, parseSecretKey } from './secret-box';

const key = randomBytes(32);
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** Flips one bit in one base64url part of a blob. */
function flip(blob: string, part: number): string {
  const parts = blob.split('.');
  const bytes = Buffer.from(parts[part] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('encryptSecret / decryptSecret', () => {
  it('round-trips', () => {
    const blob = encryptSecret(secret, key);
    expect(blob).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(blob).not.toContain(secret);
    expect(decryptSecret(blob, key)).toBe(secret);
  });

  it('uses a fresh 12-byte IV each time', () => {
    const a = encryptSecret(secret, key);
    const b = encryptSecret(secret, key);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.split('.')[1] ?? '', 'base64url')).toHaveLength(12);
    expect(decryptSecret(b, key)).toBe(secret);
  });

  it('accepts the key as base64 or base64url text from configuration', () => {
    const blob = encryptSecret(secret, key.toString('base64'));
    expect(decryptSecret(blob, key.toString('base64url'))).toBe(secret);
    expect(decryptSecret(blob, new Uint8Array(key))).toBe(secret);
  });

  it.each([
    ['iv', 1],
    ['tag', 2],
    ['ciphertext', 3],
  ])('detects tampering with the %s', (_name, part) => {
    const blob = encryptSecret(secret, key);
    expect(() => decryptSecret(flip(blob, part), key)).toThrow(/authentication failed/);
  });

  it('refuses malformed blobs', () => {
    const blob = encryptSecret(secret, key);
    const [, iv, tag, ciphertext] = blob.split('.');
    const shortTag = Buffer.from(tag ?? '', 'base64url')
      .subarray(0, 12)
      .toString('base64url');
    for (const bad of [
      `v2.${iv}.${tag}.${ciphertext}`,
      `v1.${iv}.${tag}`,
      `v1.${iv}.${shortTag}.${ciphertext}`,
      `v1.${iv}.${tag}.`,
      `v1.${iv}!.${tag}.${ciphertext}`,
      '',
    ]) {
      expect(() => decryptSecret(bad, key)).toThrow();
    }
  });

  it('fails with the wrong key', () => {
    const blob = encryptSecret(secret, key);
    expect(() => decryptSecret(blob, randomBytes(32))).toThrow(/authentication failed/);
  });

  it('binds the blob to its context when one is given', () => {
    const blob = encryptSecret(secret, key, { context: 'factor:1' });
    expect(decryptSecret(blob, key, { context: 'factor:1' })).toBe(secret);
    expect(() => decryptSecret(blob, key, { context: 'factor:2' })).toThrow(/authentication failed/);
    expect(() => decryptSecret(blob, key)).toThrow(/authentication failed/);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => parseSecretKey(randomBytes(16))).toThrow(TypeError);
    expect(() => parseSecretKey(randomBytes(31).toString('base64'))).toThrow(TypeError);
    expect(() => parseSecretKey('not base64 at all!')).toThrow(TypeError);
    expect(() => encryptSecret(secret, 'x'.repeat(10))).toThrow(TypeError);
  });
});
