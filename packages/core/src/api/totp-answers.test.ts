import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { TotpConfirmedSchema, TotpEnrollmentSchema, TotpStatusSchema, TotpVerifiedSchema } from './totp';
import { TOTP_ANSWER_CHECKS } from './totp-answers';

const at = '2026-12-02T12:00:00.000Z';
const codes = Array.from({ length: 10 }, (_, i) => `AB${i}C-DEFG-HJKM-NPQ${i}`);
const throttle = { attemptsLeft: 5, retryAfter: 0, locked: false };
const status = {
  state: 'enabled',
  enabledAt: at,
  expiresAt: null,
  backupCodesLeft: 10,
  stepUpUntil: null,
  totp: throttle,
  backupCodes: throttle,
};
const enrollment = {
  uri: 'otpauth://totp/Lantern:mei?secret=JBSWY3DPEHPK3PXP',
  key: 'JBSW Y3DP EHPK 3PXP',
  expiresAt: at,
};
const verified = { verified: true, method: 'backup_code', backupCodesLeft: 9 };

/** Each case: the plain check, the contract's schema, an answer, and whether both must accept it. */
const CASES: [keyof typeof TOTP_ANSWER_CHECKS, z.ZodMiniType, Record<string, unknown>, boolean][] = [
  ['status', TotpStatusSchema, status, true],
  ['status', TotpStatusSchema, { ...status, state: 'on' }, false],
  ['status', TotpStatusSchema, { ...status, backupCodesLeft: -1 }, false],
  ['status', TotpStatusSchema, { ...status, backupCodesLeft: 1.5 }, false],
  ['enrollment', TotpEnrollmentSchema, enrollment, true],
  ['enrollment', TotpEnrollmentSchema, { ...enrollment, uri: 'https://evil.example/otpauth://totp/' }, false],
  ['enrollment', TotpEnrollmentSchema, { ...enrollment, uri: `otpauth://totp/${'a'.repeat(2048)}` }, false],
  ['enrollment', TotpEnrollmentSchema, { ...enrollment, key: 'jbsw y3dp' }, false],
  ['enrollment', TotpEnrollmentSchema, { ...enrollment, key: 'JBSWY' }, false],
  ['enrollment', TotpEnrollmentSchema, { ...enrollment, expiresAt: 'soon' }, false],
  ['backupCodes', TotpConfirmedSchema, { backupCodes: codes, enabledAt: at }, true],
  ['backupCodes', TotpConfirmedSchema, { backupCodes: [], enabledAt: at }, false],
  ['backupCodes', TotpConfirmedSchema, { backupCodes: [...codes, codes[0]], enabledAt: at }, false],
  ['backupCodes', TotpConfirmedSchema, { backupCodes: ['<img src=x>'], enabledAt: at }, false],
  ['backupCodes', TotpConfirmedSchema, { backupCodes: ['ABCD-EFGH-IJKL-MNOP'], enabledAt: at }, false],
  ['verified', TotpVerifiedSchema, verified, true],
  ['verified', TotpVerifiedSchema, { ...verified, method: 'sms' }, false],
  ['verified', TotpVerifiedSchema, { ...verified, backupCodesLeft: '9' }, false],
];

describe("the widgets' plain TOTP answer checks and the contract's schemas", () => {
  test.each(CASES.map((c, i) => [i, ...c] as const))('case %i: %s', (_i, check, schema, answer, valid) => {
    expect([TOTP_ANSWER_CHECKS[check](answer), z.safeParse(schema, answer).success]).toEqual([valid, valid]);
  });
});
