import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals } from './decimal';
import { canonicalJson, toJson } from './json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: 'é' }, true] })).toBe(
      '{"a":[{"y":"é","z":null},true],"b":1}',
    );
  });

  it.each([
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    { a: undefined },
    [undefined],
    new Date(0),
    1n,
    () => 1,
  ])('rejects %s', (value) => {
    expect(() => canonicalJson(value)).toThrow('canonical_json_unsupported');
  });

  it('is the same for any key order and parses back to the same value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('toJson drops undefined properties only', () => {
    expect(toJson({ a: undefined, b: [1, { c: undefined }] })).toEqual({ b: [1, {}] });
  });
});

describe('addDecimals', () => {
  it('adds exactly', () => {
    expect(addDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(addDecimals(['150.50'])).toBe('150.5');
    expect(addDecimals(['0.000000000000000001', '999999999999999999999999999999'])).toBe(
      '999999999999999999999999999999.000000000000000001',
    );
    expect(addDecimals(['1.5', '2.5'])).toBe('4');
    expect(addDecimals([])).toBe('0');
  });

  it('agrees with integer arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 24n }), { maxLength: 20 }), (cents) => {
        const strings = cents.map((c) => {
          const s = c.toString().padStart(3, '0');
          return `${s.slice(0, -2)}.${s.slice(-2)}`;
        });
        const total = cents.reduce((a, b) => a + b, 0n);
        expect(Number(addDecimals(strings).replace('.', '')) >= 0).toBe(true);
        const [whole, fraction = ''] = addDecimals(strings).split('.');
        expect(BigInt(whole! + fraction.padEnd(2, '0'))).toBe(total);
      }),
    );
  });
});
