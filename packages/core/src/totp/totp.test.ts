import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from './encoding';
import {
  formatSecretForReading,
  generateTotpSecret,
  hotp,
  normalizeTotpCode,
  type OtpAlgorithm,
  totpAt,
  totpStep,
  totpUri,
  verifyTotp,
} from './totp';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('RFC 4226 Appendix D (HOTP)', () => {
  const secret = ascii('12345678901234567890');
  const expected = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];
  it.each(expected.map((code, counter) => [counter, code] as const))(
    'counter %i → %s',
    async (counter, code) => {
      expect(await hotp(secret, counter)).toBe(code);
    },
  );
});

describe('RFC 6238 Appendix B (TOTP, 8 digits)', () => {
  const seeds: Record<OtpAlgorithm, Uint8Array> = {
    sha1: ascii('12345678901234567890'),
    sha256: ascii('12345678901234567890123456789012'),
    sha512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
  };
  const rows: [number, OtpAlgorithm, string][] = [
    [59, 'sha1', '94287082'],
    [59, 'sha256', '46119246'],
    [59, 'sha512', '90693936'],
    [1111111109, 'sha1', '07081804'],
    [1111111109, 'sha256', '68084774'],
    [1111111109, 'sha512', '25091201'],
    [1111111111, 'sha1', '14050471'],
    [1111111111, 'sha256', '67062674'],
    [1111111111, 'sha512', '99943326'],
    [1234567890, 'sha1', '89005924'],
    [1234567890, 'sha256', '91819424'],
    [1234567890, 'sha512', '93441116'],
    [2000000000, 'sha1', '69279037'],
    [2000000000, 'sha256', '90698825'],
    [2000000000, 'sha512', '38618901'],
    [20000000000, 'sha1', '65353130'],
    [20000000000, 'sha256', '77737706'],
    [20000000000, 'sha512', '47863826'],
  ];
  it('uses seeds of 20, 32 and 64 bytes', () => {
    expect([seeds.sha1.length, seeds.sha256.length, seeds.sha512.length]).toEqual([20, 32, 64]);
  });
  it.each(rows)('T=%i %s → %s', async (time, algorithm, code) => {
    expect(await totpAt(seeds[algorithm], time, { digits: 8, algorithm, period: 30 })).toBe(code);
  });
});

describe('generateTotpSecret', () => {
  it('is 20 CSPRNG bytes as unpadded RFC 4648 base32', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeBase32(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });
  it('encodes the injected bytes', () => {
    const sizes: number[] = [];
    const secret = generateTotpSecret({
      random: (size) => {
        sizes.push(size);
        return ascii('12345678901234567890');
      },
    });
    expect(sizes).toEqual([20]);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
  it('refuses a random source that returns the wrong size', () => {
    expect(() => generateTotpSecret({ random: () => new Uint8Array(10) })).toThrow(RangeError);
  });
});

describe('base32 (RFC 4648 section 10 vectors)', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];
  it.each(vectors)('%j ↔ %s', (plain, encoded) => {
    expect(encodeBase32(ascii(plain))).toBe(encoded);
    expect(new TextDecoder().decode(decodeBase32(encoded))).toBe(plain);
    expect(new TextDecoder().decode(decodeBase32(`${encoded.toLowerCase()}===`))).toBe(plain);
  });
  it('rejects characters outside the alphabet', () => {
    expect(() => decodeBase32('MZXW1YTB')).toThrow(TypeError);
  });
});

describe('totpUri', () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  it('puts the issuer in the label and the parameter, with SHA1/6/30', () => {
    expect(totpUri({ secret, issuer: 'Recourse', account: 'ada@example.com' })).toBe(
      `otpauth://totp/Recourse:ada%40example.com?secret=${secret}&issuer=Recourse&algorithm=SHA1&digits=6&period=30`,
    );
  });
  it('percent-encodes spaces and reserved characters (no "+")', () => {
    const uri = totpUri({ secret, issuer: "ACME & Co's (EU)", account: 'a b+c/d?e#f' });
    expect(uri).toBe(
      'otpauth://totp/ACME%20%26%20Co%27s%20%28EU%29:a%20b%2Bc%2Fd%3Fe%23f' +
        `?secret=${secret}&issuer=ACME%20%26%20Co%27s%20%28EU%29&algorithm=SHA1&digits=6&period=30`,
    );
    const url = new URL(uri);
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('issuer')).toBe("ACME & Co's (EU)");
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(decodeURIComponent(url.pathname.split(':')[1] ?? '')).toBe('a b+c/d?e#f');
  });
  it('encodes non-ASCII as UTF-8', () => {
    expect(totpUri({ secret, issuer: 'Récourse', account: '用户' })).toContain(
      '/R%C3%A9course:%E7%94%A8%E6%88%B7?',
    );
  });
  it('refuses colons, empty names and non-base32 secrets', () => {
    expect(() => totpUri({ secret, issuer: 'A:B', account: 'x' })).toThrow(TypeError);
    expect(() => totpUri({ secret, issuer: 'A', account: 'x:y' })).toThrow(TypeError);
    expect(() => totpUri({ secret, issuer: ' ', account: 'x' })).toThrow(TypeError);
    expect(() => totpUri({ secret: 'gezd', issuer: 'A', account: 'x' })).toThrow(TypeError);
    expect(() => totpUri({ secret: `${secret}====`, issuer: 'A', account: 'x' })).toThrow(TypeError);
  });
});

describe('formatSecretForReading', () => {
  it('groups by 4', () => {
    expect(formatSecretForReading('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')).toBe(
      'GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ',
    );
    expect(formatSecretForReading('mzxw6ytboi')).toBe('MZXW 6YTB OI');
  });
});

describe('normalizeTotpCode', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['12\u00a034\u201356', '123456'],
  ])('%j → %s', (input, output) => {
    expect(normalizeTotpCode(input)).toBe(output);
  });
  it.each(['', '12345', '1234567', 'abcdef', '12345a', '１２３４５６', '123.456', '٠١٢٣٤٥'])(
    '%j is malformed',
    (input) => {
      expect(normalizeTotpCode(input)).toBeNull();
    },
  );
});

describe('verifyTotp', () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
  const key = decodeBase32(secret);
  const STEP_MS = 30_000;
  const T = 55_555_555; // an arbitrary step
  const at = (ms: number) => () => ms;
  const codeFor = (step: number) => hotp(key, step);

  it('matches RFC 6238 at T=59 s (last 6 digits of 94287082)', async () => {
    expect(await verifyTotp({ secret, code: '287082', now: at(59_000) })).toEqual({ ok: true, step: 1 });
    expect(await verifyTotp({ secret, code: '287082', now: () => new Date(59_000) })).toEqual({
      ok: true,
      step: 1,
    });
  });

  it('has distinct codes around T (precondition of the window tests)', async () => {
    const codes = await Promise.all([T - 2, T - 1, T, T + 1, T + 2].map(codeFor));
    expect(new Set(codes).size).toBe(5);
  });

  describe.each([
    ['at exactly the boundary millisecond', T * STEP_MS],
    ['in the middle of the step', T * STEP_MS + 15_000],
    ['at the last millisecond of the step', T * STEP_MS + STEP_MS - 1],
  ])('window %s', (_label, nowMs) => {
    it('refuses T-2', async () => {
      expect(await verifyTotp({ secret, code: await codeFor(T - 2), now: at(nowMs) })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    });
    it('accepts T-1 and reports its step', async () => {
      expect(await verifyTotp({ secret, code: await codeFor(T - 1), now: at(nowMs) })).toEqual({
        ok: true,
        step: T - 1,
      });
    });
    it('accepts T and reports its step', async () => {
      expect(await verifyTotp({ secret, code: await codeFor(T), now: at(nowMs) })).toEqual({
        ok: true,
        step: T,
      });
    });
    it('refuses T+1', async () => {
      expect(await verifyTotp({ secret, code: await codeFor(T + 1), now: at(nowMs) })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    });
  });

  it('one millisecond before the boundary, the next step is still the future', async () => {
    const now = at(T * STEP_MS - 1); // step T-1
    expect(totpStep(now)).toBe(T - 1);
    expect(await verifyTotp({ secret, code: await codeFor(T), now })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await verifyTotp({ secret, code: await codeFor(T - 2), now })).toEqual({ ok: true, step: T - 2 });
  });

  it('does not look before step 0', async () => {
    expect(await verifyTotp({ secret, code: await codeFor(0), now: at(0) })).toEqual({ ok: true, step: 0 });
  });

  it('accepts codes typed with spaces or dashes', async () => {
    const code = await codeFor(T);
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    const dashed = `${code.slice(0, 3)}-${code.slice(3)}`;
    for (const typed of [spaced, dashed, ` ${code} `]) {
      expect(await verifyTotp({ secret, code: typed, now: at(T * STEP_MS) })).toEqual({ ok: true, step: T });
    }
  });

  it.each(['', '12345', '1234567', 'abcdef', '12345x'])('reports %j as malformed', async (code) => {
    expect(await verifyTotp({ secret, code, now: at(T * STEP_MS) })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('throws on a secret that is not base32 or too short', async () => {
    await expect(verifyTotp({ secret: 'not base32!', code: '123456' })).rejects.toThrow(TypeError);
    await expect(verifyTotp({ secret: 'GEZDGNBV', code: '123456' })).rejects.toThrow(TypeError);
  });

  describe('replay', () => {
    it('refuses the same code at once, and for its whole validity window', async () => {
      const code = await codeFor(T);
      const first = await verifyTotp({ secret, code, now: at(T * STEP_MS + 1000), lastAcceptedStep: null });
      expect(first).toEqual({ ok: true, step: T });
      const lastAcceptedStep = T;
      // The code for T is valid while now is in step T or T+1.
      for (const ms of [
        T * STEP_MS + 1000,
        T * STEP_MS + STEP_MS - 1,
        (T + 1) * STEP_MS,
        (T + 2) * STEP_MS - 1,
      ]) {
        expect(await verifyTotp({ secret, code, now: at(ms), lastAcceptedStep })).toEqual({
          ok: false,
          reason: 'replayed',
        });
      }
      // Afterwards it is simply out of the window.
      expect(await verifyTotp({ secret, code, now: at((T + 2) * STEP_MS), lastAcceptedStep })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    });

    it('accepts a later step', async () => {
      const result = await verifyTotp({
        secret,
        code: await codeFor(T + 1),
        now: at((T + 1) * STEP_MS + 5),
        lastAcceptedStep: T,
      });
      expect(result).toEqual({ ok: true, step: T + 1 });
    });

    it('refuses an older still-valid code once a newer step was accepted', async () => {
      const now = at(T * STEP_MS + 10);
      expect(await verifyTotp({ secret, code: await codeFor(T - 1), now, lastAcceptedStep: T })).toEqual({
        ok: false,
        reason: 'replayed',
      });
    });

    it('accepts T after T-1 was accepted in the same step', async () => {
      const now = at(T * STEP_MS + 10);
      const older = await verifyTotp({ secret, code: await codeFor(T - 1), now, lastAcceptedStep: T - 5 });
      expect(older).toEqual({ ok: true, step: T - 1 });
      expect(await verifyTotp({ secret, code: await codeFor(T), now, lastAcceptedStep: T - 1 })).toEqual({
        ok: true,
        step: T,
      });
    });

    it('treats the enrollment code like any other (its step becomes lastAcceptedStep)', async () => {
      const code = await codeFor(T);
      const enrollment = await verifyTotp({ secret, code, now: at(T * STEP_MS) });
      expect(enrollment).toEqual({ ok: true, step: T });
      const again = await verifyTotp({
        secret,
        code,
        now: at(T * STEP_MS + 2000),
        lastAcceptedStep: enrollment.ok ? enrollment.step : null,
      });
      expect(again).toEqual({ ok: false, reason: 'replayed' });
    });

    it('throws on a non-integer lastAcceptedStep', async () => {
      await expect(verifyTotp({ secret, code: '123456', lastAcceptedStep: 1.5 })).rejects.toThrow(TypeError);
    });
  });
});
