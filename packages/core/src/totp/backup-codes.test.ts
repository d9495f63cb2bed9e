import { describe, expect, it } from 'vitest';
import {
  BACKUP_CODE_SCRYPT,
  generateBackupCodes,
  hashBackupCode,
  normalizeBackupCode,
  verifyBackupCode,
} from './backup-codes';
import { CROCKFORD_BASE32 } from './encoding';

/** Cheap scrypt cost for bulk tests; the default cost is tested separately. */
const cost = { N: 2 ** 10, r: 8, p: 1 };
const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Crockford base32 → bits, to check the entropy carried by a code. */
function bitsOf(code: string): string {
  return [...code.replace(/-/g, '')]
    .map((char) => CROCKFORD_BASE32.indexOf(char).toString(2).padStart(5, '0'))
    .join('');
}

describe('generateBackupCodes', () => {
  it('makes 10 distinct codes shaped XXXX-XXXX-XXXX-XXXX', () => {
    const codes = generateBackupCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(FORMAT);
  });

  it('draws 80 bits (10 bytes) per code and encodes all of them', () => {
    const sizes: number[] = [];
    let counter = 0;
    const codes = generateBackupCodes({
      random: (size) => {
        sizes.push(size);
        const bytes = new Uint8Array(size).fill(0xff);
        bytes[size - 1] = counter++;
        return bytes;
      },
    });
    expect(sizes).toEqual(Array(10).fill(10));
    expect(codes[0]).toBe('ZZZZ-ZZZZ-ZZZZ-ZZR0'); // 72 one bits, then 0x00
    for (const code of codes) expect(bitsOf(code)).toHaveLength(80);
    expect(bitsOf(codes[3] ?? '').slice(0, 72)).toBe('1'.repeat(72));
    expect(Number.parseInt(bitsOf(codes[3] ?? '').slice(72), 2)).toBe(3);
  });

  it('every one of the 80 bit positions varies across generated codes', () => {
    const codes = Array.from({ length: 10 }, () => generateBackupCodes()).flat();
    for (let bit = 0; bit < 80; bit++) {
      expect(new Set(codes.map((code) => bitsOf(code)[bit])).size).toBe(2);
    }
  });

  it('refuses a random source that repeats', () => {
    expect(() => generateBackupCodes({ random: (size) => new Uint8Array(size) })).toThrow(/repeats/);
  });
});

describe('normalizeBackupCode', () => {
  it.each([
    ['ABCD-EFGH-JKMN-PQRS', 'ABCDEFGHJKMNPQRS'],
    ['abcd-efgh-jkmn-pqrs', 'ABCDEFGHJKMNPQRS'],
    ['  abcd efgh\tjkmn pqrs ', 'ABCDEFGHJKMNPQRS'],
    ['ABCDEFGHJKMNPQRS', 'ABCDEFGHJKMNPQRS'],
    ['OOOO-IIII-LLLL-oilX', '000011111111011X'],
    ['ab-cd—ef‐gh jk–mn pq rs', 'ABCDEFGHJKMNPQRS'],
  ])('%j → %s', (input, output) => {
    expect(normalizeBackupCode(input)).toBe(output);
  });

  it.each([
    ['a U', 'ABCD-EFGH-JKMN-PQRU'],
    ['too short', 'ABCD-EFGH-JKMN-PQR'],
    ['too long', 'ABCD-EFGH-JKMN-PQRST'],
    ['a symbol', 'ABCD-EFGH-JKMN-PQR*'],
    ['non-ASCII', 'ABCD-EFGH-JKMN-PQRÉ'],
    ['empty', ''],
    ['huge', 'A'.repeat(10_000)],
  ])('rejects %s', (_label, input) => {
    expect(normalizeBackupCode(input)).toBeNull();
  });
});

describe('hashBackupCode / verifyBackupCode', () => {
  it('uses salted scrypt N=2^15 r=8 p=1 by default, self-describing', async () => {
    const [code] = generateBackupCodes();
    const hash = await hashBackupCode(code ?? '');
    expect(BACKUP_CODE_SCRYPT).toEqual({ N: 32768, r: 8, p: 1 });
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyBackupCode(code ?? '', [hash])).toBe(0);
  }, 20_000);

  it('never contains the code, and salts every hash', async () => {
    const codes = generateBackupCodes();
    const code = codes[0] ?? '';
    const a = await hashBackupCode(code, { cost });
    const b = await hashBackupCode(code, { cost });
    expect(a).not.toBe(b);
    for (const hash of [a, b]) {
      for (const form of [code, code.replace(/-/g, ''), code.toLowerCase(), ...code.split('-')]) {
        expect(hash).not.toContain(form);
      }
    }
  });

  it('finds the matching code, typed loosely', async () => {
    const codes = generateBackupCodes();
    const hashes = await Promise.all(codes.map((code) => hashBackupCode(code, { cost })));
    expect(await verifyBackupCode(codes[7] ?? '', hashes)).toBe(7);
    expect(await verifyBackupCode((codes[2] ?? '').toLowerCase().replace(/-/g, ' '), hashes)).toBe(2);
  });

  it('reads I/L as 1 and O as 0 when verifying', async () => {
    const hash = await hashBackupCode('0000-1111-2222-3333', { cost });
    expect(await verifyBackupCode('oooo-iiii-2222-3333', [hash])).toBe(0);
    expect(await verifyBackupCode('OOOO LLLL 2222 3333', [hash])).toBe(0);
  });

  it('refuses a used code (removed from the stored list, or nulled)', async () => {
    const codes = generateBackupCodes();
    const hashes = await Promise.all(codes.map((code) => hashBackupCode(code, { cost })));
    const used = codes[4] ?? '';
    expect(await verifyBackupCode(used, hashes)).toBe(4);
    const remaining = hashes.filter((_hash, index) => index !== 4);
    expect(await verifyBackupCode(used, remaining)).toBe(-1);
    const nulled = hashes.map((hash, index) => (index === 4 ? null : hash));
    expect(await verifyBackupCode(used, nulled)).toBe(-1);
    expect(await verifyBackupCode(codes[5] ?? '', nulled)).toBe(5);
  });

  it('returns -1 for a wrong or malformed code', async () => {
    const codes = generateBackupCodes();
    const hashes = await Promise.all(codes.slice(0, 3).map((code) => hashBackupCode(code, { cost })));
    const [other] = generateBackupCodes();
    expect(await verifyBackupCode(other ?? '', hashes)).toBe(-1);
    expect(await verifyBackupCode('not a code', hashes)).toBe(-1);
    expect(await verifyBackupCode(codes[0] ?? '', [])).toBe(-1);
  });

  it('refuses to hash something that is not a backup code', async () => {
    await expect(hashBackupCode('ABCD-EFGH-JKMN-PQRU', { cost })).rejects.toThrow(TypeError);
  });

  it('throws on a corrupt or out-of-range stored hash', async () => {
    const hash = await hashBackupCode('0000-1111-2222-3333', { cost });
    await expect(verifyBackupCode('0000-1111-2222-3333', ['bcrypt$xyz'])).rejects.toThrow(TypeError);
    await expect(verifyBackupCode('0000-1111-2222-3333', [hash.replace('$1024$', '$1000$')])).rejects.toThrow(
      RangeError,
    );
    await expect(
      verifyBackupCode('0000-1111-2222-3333', [hash.replace('$1024$', `$${2 ** 24}$`)]),
    ).rejects.toThrow(RangeError);
  });
});
