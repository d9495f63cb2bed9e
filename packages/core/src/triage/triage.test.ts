import { describe, expect, it } from 'vitest';
import {
  CONTAINMENT_CODES,
  TRIAGE_STEP_CODES,
  type TriageInput,
  type TriageStepCode,
  triage,
} from './triage';

const SIGN_IN: TriageStepCode[] = ['change_password', 'enable_2fa', 'sign_out_other_sessions'];
const RESET: TriageStepCode[] = ['use_password_reset', 'verify_identity'];
const VERIFY: TriageStepCode[] = ['verify_identity'];

// [canSignIn, passwordReset, moneyMoved, profileChanged] → urgency, reportNow, steps
type Row = [boolean, TriageInput['passwordReset'], boolean, boolean, string, boolean, TriageStepCode[]];
const ROWS: Row[] = [
  [true, 'not_tried', false, false, 'elevated', false, [...SIGN_IN, 'report']],
  [true, 'not_tried', false, true, 'high', true, ['secure_email', 'report', ...SIGN_IN]],
  [true, 'not_tried', true, false, 'critical', true, ['report', ...SIGN_IN]],
  [true, 'not_tried', true, true, 'critical', true, ['secure_email', 'report', ...SIGN_IN]],
  [true, 'worked', false, false, 'elevated', false, [...SIGN_IN, 'report']],
  [true, 'worked', false, true, 'high', true, ['secure_email', 'report', ...SIGN_IN]],
  [true, 'worked', true, false, 'critical', true, ['report', ...SIGN_IN]],
  [true, 'worked', true, true, 'critical', true, ['secure_email', 'report', ...SIGN_IN]],
  [true, 'failed', false, false, 'high', true, ['report', ...SIGN_IN]],
  [true, 'failed', false, true, 'high', true, ['secure_email', 'report', ...SIGN_IN]],
  [true, 'failed', true, false, 'critical', true, ['report', ...SIGN_IN]],
  [true, 'failed', true, true, 'critical', true, ['secure_email', 'report', ...SIGN_IN]],
  [false, 'not_tried', false, false, 'elevated', false, [...RESET, 'report']],
  [false, 'not_tried', false, true, 'high', true, ['secure_email', 'report', ...RESET]],
  [false, 'not_tried', true, false, 'critical', true, ['report', ...RESET]],
  [false, 'not_tried', true, true, 'critical', true, ['secure_email', 'report', ...RESET]],
  [false, 'worked', false, false, 'elevated', false, [...SIGN_IN, 'report']],
  [false, 'worked', false, true, 'high', true, ['secure_email', 'report', ...SIGN_IN]],
  [false, 'worked', true, false, 'critical', true, ['report', ...SIGN_IN]],
  [false, 'worked', true, true, 'critical', true, ['secure_email', 'report', ...SIGN_IN]],
  [false, 'failed', false, false, 'high', true, ['report', ...VERIFY]],
  [false, 'failed', false, true, 'high', true, ['secure_email', 'report', ...VERIFY]],
  [false, 'failed', true, false, 'critical', true, ['report', ...VERIFY]],
  [false, 'failed', true, true, 'critical', true, ['secure_email', 'report', ...VERIFY]],
];

describe('triage', () => {
  it('the table covers all 24 input combinations', () => {
    expect(new Set(ROWS.map((row) => row.slice(0, 4).join())).size).toBe(24);
  });

  it.each(ROWS)(
    'canSignIn=%s reset=%s money=%s profile=%s → %s',
    (canSignIn, passwordReset, moneyMoved, profileChanged, urgency, reportNow, steps) => {
      const result = triage({ canSignIn, passwordReset, moneyMoved, profileChanged });
      expect(result.urgency).toBe(urgency);
      expect(result.reportNow).toBe(reportNow);
      expect(result.steps).toEqual(steps);
      // every containment code exactly once
      expect([...result.containment].sort()).toEqual([...CONTAINMENT_CODES].sort());
      for (const step of result.steps) expect(TRIAGE_STEP_CODES).toContain(step);
      expect(result.steps.filter((step) => step === 'report')).toHaveLength(1);
    },
  );

  it.each([
    [false, false, ['sign_out_other_sessions', 'check_email_phone']],
    [true, false, ['check_withdrawal_allowlist', 'revoke_api_keys', 'sign_out_other_sessions']],
    [
      false,
      true,
      ['check_email_phone', 'check_mail_forwarding', 'check_2fa_devices', 'sign_out_other_sessions'],
    ],
    [
      true,
      true,
      ['check_withdrawal_allowlist', 'revoke_api_keys', 'check_email_phone', 'check_mail_forwarding'],
    ],
  ] as const)('containment with money=%s profile=%s starts with %o', (moneyMoved, profileChanged, head) => {
    const { containment } = triage({
      canSignIn: true,
      passwordReset: 'not_tried',
      moneyMoved,
      profileChanged,
    });
    expect(containment.slice(0, head.length)).toEqual(head);
  });

  it('is pure: the default containment order is not mutated', () => {
    triage({ canSignIn: false, passwordReset: 'failed', moneyMoved: true, profileChanged: true });
    expect(CONTAINMENT_CODES[0]).toBe('sign_out_other_sessions');
  });
});
