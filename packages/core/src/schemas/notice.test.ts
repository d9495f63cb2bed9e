import { describe, expect, it } from 'vitest';
import { noticeToActivity, parseNoticeParams, type SecurityNotice, validateNotice } from './notice';
import { validateReport } from './report';

const now = () => new Date('2025-06-01T12:00:00Z');
const AT = '2025-05-31T22:00:00Z';

describe('noticeToActivity', () => {
  it.each([
    [
      { id: 'n1', kind: 'sign_in', at: AT, ip: '203.0.113.7', device: 'Chrome' },
      { kind: 'sign_in', at: AT, ip: '203.0.113.7', device: 'Chrome', fromNotice: true },
    ],
    [
      { id: 'n2', kind: 'sign_in', at: AT },
      { kind: 'sign_in', at: AT, fromNotice: true },
    ],
    [
      { id: 'n3', kind: 'transfer', at: AT, ip: '203.0.113.7' },
      { kind: 'transfer', at: AT, fromNotice: true },
    ],
    [
      { id: 'n4', kind: 'profile_change', at: AT },
      { kind: 'profile_change', at: AT, fromNotice: true },
    ],
    [
      { id: 'n5', kind: 'other', at: AT },
      { kind: 'other', at: AT, fromNotice: true },
    ],
  ] as [SecurityNotice, unknown][])('%o', (notice, expected) => {
    expect(noticeToActivity(notice)).toEqual(expected);
  });

  it('a sign-in draft is a valid activity as is', () => {
    const activity = noticeToActivity({ id: 'n1', kind: 'sign_in', at: AT, ip: '2001:db8::1' });
    const report = {
      account: { kind: 'username', value: 'alice' },
      contact: { email: 'a@example.org', language: 'en' },
      discoveredAt: AT,
      access: { canSignIn: true, passwordReset: 'not_tried' },
      activities: [activity],
      channel: 'email',
      consent: true,
    };
    expect(validateReport(report, { now }).ok).toBe(true);
  });
});

describe('parseNoticeParams', () => {
  it.each([
    [
      'full',
      {
        notice: 'abc',
        notice_kind: 'sign_in',
        notice_at: AT,
        notice_ip: '203.0.113.7',
        notice_device: 'Safari',
      },
      { id: 'abc', kind: 'sign_in', at: AT, ip: '203.0.113.7', device: 'Safari' },
    ],
    [
      'empty optional params ignored',
      { notice: 'abc', notice_kind: 'transfer', notice_at: AT, notice_ip: '', notice_device: '' },
      { id: 'abc', kind: 'transfer', at: AT },
    ],
    ['no notice', { notice_kind: 'sign_in', notice_at: AT }, null],
    ['empty notice', { notice: '', notice_kind: 'sign_in', notice_at: AT }, null],
    ['bad kind', { notice: 'abc', notice_kind: 'admin', notice_at: AT }, null],
    ['missing time', { notice: 'abc', notice_kind: 'sign_in' }, null],
    ['bad ip', { notice: 'abc', notice_kind: 'sign_in', notice_at: AT, notice_ip: '<script>' }, null],
    ['future time', { notice: 'abc', notice_kind: 'sign_in', notice_at: '2025-06-02T00:00:00Z' }, null],
    ['id too long', { notice: 'x'.repeat(101), notice_kind: 'sign_in', notice_at: AT }, null],
    [
      'control characters in device',
      { notice: 'abc', notice_kind: 'sign_in', notice_at: AT, notice_device: 'a\u0000' },
      null,
    ],
  ] as [string, Record<string, string | undefined>, SecurityNotice | null][])(
    '%s',
    (_label, params, expected) => {
      expect(parseNoticeParams(params, { now })).toEqual(expected);
    },
  );

  it('ignores inherited properties', () => {
    const params = Object.create({ notice: 'abc', notice_kind: 'sign_in', notice_at: AT });
    expect(parseNoticeParams(params, { now })).toBeNull();
  });
});

describe('validateNotice', () => {
  it('reports codes', () => {
    const result = validateNotice({ id: 'n', kind: 'sign_in', at: 'soon' }, { now });
    expect(result).toEqual({ ok: false, issues: [{ path: 'at', code: 'invalid_datetime' }] });
  });
});
