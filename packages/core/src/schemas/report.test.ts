import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type Issue } from './issues';
import { LIMITS } from './limits';
import {
  createReportSchema,
  REPORT_PART_FIELDS,
  REPORT_PARTS,
  validateReport,
  validateReportPart,
} from './report';

const NOW = new Date('2025-06-01T12:00:00Z');
const now = () => NOW;
const SHA = 'a'.repeat(64);

function validReport(): Record<string, unknown> {
  return {
    account: { kind: 'username', value: 'alice' },
    contact: { email: 'alice@example.org', language: 'en' },
    discoveredAt: '2025-06-01T08:00:00+08:00',
    suspectedStartAt: '2025-05-31T22:00:00Z',
    access: { canSignIn: false, passwordReset: 'failed' },
    activities: [
      {
        kind: 'transfer',
        asset: 'USDT',
        amount: '500000.25',
        destination: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
        txId: 'abc123',
        at: '2025-05-31T23:00:00Z',
      },
      {
        kind: 'profile_change',
        field: 'email',
        from: 'alice@example.org',
        to: 'x@evil.test',
        at: '2025-05-31T22:10:00Z',
      },
      {
        kind: 'sign_in',
        at: '2025-05-31T22:00:00Z',
        ip: '203.0.113.7',
        place: 'Lagos',
        device: 'Chrome on Windows',
      },
      { kind: 'other', description: 'They also changed my nickname.\nAnd my avatar.' },
    ],
    narrative: 'I woke up and could not sign in.\n\tNothing worked.',
    attachments: [{ id: 'att_1', name: 'screenshot.png', mediaType: 'image/png', size: 1024, sha256: SHA }],
    channel: 'web_form',
    consent: true,
    notice: { id: 'n-42', kind: 'sign_in', at: '2025-05-31T22:00:00Z', ip: '2001:db8::1', device: 'iPhone' },
  };
}

/** Sets a dotted path in a deep copy of the valid report (`undefined` deletes). */
function withPath(path: string, value: unknown): Record<string, unknown> {
  const report = structuredClone(validReport());
  const keys = path.split('.');
  let target: Record<string, unknown> = report;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return report;
}

function issuesOf(input: unknown, at = now): Issue[] {
  const result = validateReport(input, { now: at });
  return result.ok ? [] : result.issues;
}

describe('validateReport: a full valid report', () => {
  it('accepts it and fills defaults', () => {
    const result = validateReport(validReport(), { now });
    expect(result.ok).toBe(true);
    const minimal = validReport();
    delete minimal.activities;
    delete minimal.attachments;
    delete minimal.narrative;
    delete minimal.suspectedStartAt;
    delete minimal.notice;
    const min = validateReport(minimal, { now });
    expect(min).toEqual({
      ok: true,
      value: expect.objectContaining({ activities: [], attachments: [], narrative: '' }),
    });
  });

  it('drops unknown keys such as mass-assigned status', () => {
    const result = validateReport({ ...validReport(), status: 'restored', assignee: 'me' }, { now });
    expect(result.ok && 'status' in result.value).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('normalizes phone numbers', () => {
    const result = validateReport(withPath('account', { kind: 'phone', value: '+86 138-0013-8000' }), {
      now,
    });
    expect(result.ok && result.value.account.value).toBe('+8613800138000');
    const contact = validateReport(withPath('contact', { phone: '+1 415 555 0100', language: 'zh-CN' }), {
      now,
    });
    expect(contact.ok && contact.value.contact.phone).toBe('+14155550100');
  });
});

type Case = [label: string, path: string, value: unknown, expected: Issue | null];

const long = (n: number) => 'x'.repeat(n);

const FIELD_CASES: Case[] = [
  // account
  ['username ok at max', 'account.value', long(LIMITS.accountIdMax), null],
  [
    'username too long',
    'account.value',
    long(LIMITS.accountIdMax + 1),
    { path: 'account.value', code: 'too_long', params: { max: 100 } },
  ],
  ['username empty', 'account.value', '', { path: 'account.value', code: 'required' }],
  [
    'username control char',
    'account.value',
    'al\u0007ice',
    { path: 'account.value', code: 'control_characters' },
  ],
  [
    'username bidi override',
    'account.value',
    'al\u202Eice',
    { path: 'account.value', code: 'control_characters' },
  ],
  ['account kind unknown', 'account.kind', 'nickname', { path: 'account.kind', code: 'invalid_choice' }],
  ['account kind missing', 'account.kind', undefined, { path: 'account.kind', code: 'required' }],
  ['account missing', 'account', undefined, { path: 'account', code: 'required' }],
  ['account email ok', 'account', { kind: 'email', value: 'a@b.co' }, null],
  [
    'account email bad',
    'account',
    { kind: 'email', value: 'not-an-email' },
    { path: 'account.value', code: 'invalid_email' },
  ],
  ['account phone ok min digits', 'account', { kind: 'phone', value: '+1234567' }, null],
  ['account phone ok max digits', 'account', { kind: 'phone', value: '+123 456-789-012-345' }, null],
  [
    'account phone too few digits',
    'account',
    { kind: 'phone', value: '+123456' },
    { path: 'account.value', code: 'invalid_phone' },
  ],
  [
    'account phone too many digits',
    'account',
    { kind: 'phone', value: '+1234567890123456' },
    { path: 'account.value', code: 'invalid_phone' },
  ],
  [
    'account phone no plus',
    'account',
    { kind: 'phone', value: '13800138000' },
    { path: 'account.value', code: 'invalid_phone' },
  ],
  [
    'account phone letters',
    'account',
    { kind: 'phone', value: '+1 415 CALL NOW' },
    { path: 'account.value', code: 'invalid_phone' },
  ],
  ['user id ok', 'account', { kind: 'user_id', value: '1234567' }, null],
  [
    'wallet ok',
    'account',
    { kind: 'wallet_address', value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' },
    null,
  ],
  [
    'wallet with colon ok',
    'account',
    { kind: 'wallet_address', value: 'ethereum:0x52908400098527886E0F7030069857D2E4169EE7' },
    null,
  ],
  [
    'wallet too short',
    'account',
    { kind: 'wallet_address', value: long(19) },
    { path: 'account.value', code: 'too_short', params: { min: 20 } },
  ],
  [
    'wallet too long',
    'account',
    { kind: 'wallet_address', value: long(129) },
    { path: 'account.value', code: 'too_long', params: { max: 128 } },
  ],
  [
    'wallet bad chars',
    'account',
    { kind: 'wallet_address', value: '0x5290840009852788-6E0F7030069857D2E4169EE7' },
    { path: 'account.value', code: 'invalid_wallet_address' },
  ],
  // contact
  ['contact phone only', 'contact', { phone: '+44 20 7946 0958', language: 'en' }, null],
  ['contact none', 'contact', { language: 'en' }, { path: 'contact', code: 'contact_required' }],
  ['contact bad email', 'contact.email', 'bob@', { path: 'contact.email', code: 'invalid_email' }],
  [
    'contact email too long',
    'contact.email',
    `${long(250)}@b.co`,
    { path: 'contact.email', code: 'too_long', params: { max: 254 } },
  ],
  [
    'contact bad phone',
    'contact',
    { phone: '+12', language: 'en' },
    { path: 'contact.phone', code: 'invalid_phone' },
  ],
  ['contact bad language', 'contact.language', 'fr', { path: 'contact.language', code: 'invalid_choice' }],
  ['contact missing language', 'contact.language', undefined, { path: 'contact.language', code: 'required' }],
  // times
  ['discovered not ISO', 'discoveredAt', 'yesterday', { path: 'discoveredAt', code: 'invalid_datetime' }],
  [
    'discovered without offset',
    'discoveredAt',
    '2025-06-01T08:00:00',
    { path: 'discoveredAt', code: 'invalid_datetime' },
  ],
  ['discovered number', 'discoveredAt', 1717200000, { path: 'discoveredAt', code: 'invalid_type' }],
  ['discovered 1 min in future ok', 'discoveredAt', '2025-06-01T12:01:00Z', null],
  ['discovered 5 min in future ok', 'discoveredAt', '2025-06-01T20:05:00+08:00', null],
  [
    'discovered 6 min in future',
    'discoveredAt',
    '2025-06-01T12:06:00Z',
    { path: 'discoveredAt', code: 'in_future' },
  ],
  [
    'discovered 1 h in future',
    'discoveredAt',
    '2025-06-01T13:00:00Z',
    { path: 'discoveredAt', code: 'in_future' },
  ],
  [
    'start after discovery',
    'suspectedStartAt',
    '2025-06-01T01:00:00Z',
    { path: 'suspectedStartAt', code: 'start_after_discovery' },
  ],
  ['start equal to discovery ok', 'suspectedStartAt', '2025-06-01T00:00:00Z', null],
  [
    'start in future',
    'suspectedStartAt',
    '2025-06-02T00:00:00Z',
    { path: 'suspectedStartAt', code: 'in_future' },
  ],
  // access
  ['access canSignIn string', 'access.canSignIn', 'yes', { path: 'access.canSignIn', code: 'invalid_type' }],
  [
    'access reset unknown',
    'access.passwordReset',
    'maybe',
    { path: 'access.passwordReset', code: 'invalid_choice' },
  ],
  // activities
  ['amount integer ok', 'activities.0.amount', '1', null],
  ['amount max digits ok', 'activities.0.amount', `${'9'.repeat(30)}.${'1'.repeat(18)}`, null],
  [
    'amount 31 int digits',
    'activities.0.amount',
    '1'.repeat(31),
    { path: 'activities.0.amount', code: 'invalid_amount' },
  ],
  [
    'amount 19 decimals',
    'activities.0.amount',
    `1.${'1'.repeat(19)}`,
    { path: 'activities.0.amount', code: 'invalid_amount' },
  ],
  ['amount exponent', 'activities.0.amount', '1e5', { path: 'activities.0.amount', code: 'invalid_amount' }],
  ['amount negative', 'activities.0.amount', '-5', { path: 'activities.0.amount', code: 'invalid_amount' }],
  ['amount comma', 'activities.0.amount', '1,000', { path: 'activities.0.amount', code: 'invalid_amount' }],
  [
    'amount trailing dot',
    'activities.0.amount',
    '5.',
    { path: 'activities.0.amount', code: 'invalid_amount' },
  ],
  ['amount number type', 'activities.0.amount', 5, { path: 'activities.0.amount', code: 'invalid_type' }],
  [
    'asset too long',
    'activities.0.asset',
    long(21),
    { path: 'activities.0.asset', code: 'too_long', params: { max: 20 } },
  ],
  ['asset empty', 'activities.0.asset', '', { path: 'activities.0.asset', code: 'required' }],
  [
    'destination too long',
    'activities.0.destination',
    long(129),
    { path: 'activities.0.destination', code: 'too_long', params: { max: 128 } },
  ],
  [
    'txId too long',
    'activities.0.txId',
    long(129),
    { path: 'activities.0.txId', code: 'too_long', params: { max: 128 } },
  ],
  ['transfer at missing', 'activities.0.at', undefined, { path: 'activities.0.at', code: 'required' }],
  ['transfer fromNotice true ok', 'activities.0.fromNotice', true, null],
  [
    'transfer fromNotice false',
    'activities.0.fromNotice',
    false,
    { path: 'activities.0.fromNotice', code: 'invalid_choice' },
  ],
  [
    'profile field unknown',
    'activities.1.field',
    'nickname',
    { path: 'activities.1.field', code: 'invalid_choice' },
  ],
  [
    'profile to too long',
    'activities.1.to',
    long(201),
    { path: 'activities.1.to', code: 'too_long', params: { max: 200 } },
  ],
  ['sign-in ipv6 ok', 'activities.2.ip', '2001:db8::ff00:42:8329', null],
  ['sign-in bad ip', 'activities.2.ip', '999.1.1.1', { path: 'activities.2.ip', code: 'invalid_ip' }],
  ['sign-in ip hostname', 'activities.2.ip', 'evil.example', { path: 'activities.2.ip', code: 'invalid_ip' }],
  [
    'sign-in place too long',
    'activities.2.place',
    long(121),
    { path: 'activities.2.place', code: 'too_long', params: { max: 120 } },
  ],
  [
    'sign-in device too long',
    'activities.2.device',
    long(201),
    { path: 'activities.2.device', code: 'too_long', params: { max: 200 } },
  ],
  [
    'other description empty',
    'activities.3.description',
    '',
    { path: 'activities.3.description', code: 'required' },
  ],
  [
    'other description too long',
    'activities.3.description',
    long(2001),
    { path: 'activities.3.description', code: 'too_long', params: { max: 2000 } },
  ],
  [
    'other description NUL',
    'activities.3.description',
    'a\u0000b',
    { path: 'activities.3.description', code: 'control_characters' },
  ],
  [
    'activity kind unknown',
    'activities.2.kind',
    'login',
    { path: 'activities.2.kind', code: 'invalid_choice' },
  ],
  [
    'too many activities',
    'activities',
    Array.from({ length: 51 }, () => ({ kind: 'other', description: 'x' })),
    { path: 'activities', code: 'too_many', params: { max: 50 } },
  ],
  [
    '50 activities ok',
    'activities',
    Array.from({ length: 50 }, () => ({ kind: 'other', description: 'x' })),
    null,
  ],
  // evidence
  ['narrative at max ok', 'narrative', long(LIMITS.narrativeMax), null],
  [
    'narrative too long',
    'narrative',
    long(LIMITS.narrativeMax + 1),
    { path: 'narrative', code: 'too_long', params: { max: 10000 } },
  ],
  ['narrative CRLF ok', 'narrative', 'line one\r\nline two', null],
  ['narrative escape char', 'narrative', 'hi \u001b[31m', { path: 'narrative', code: 'control_characters' }],
  [
    'attachment name slash',
    'attachments.0.name',
    '../etc/passwd',
    { path: 'attachments.0.name', code: 'invalid_file_name' },
  ],
  [
    'attachment name backslash',
    'attachments.0.name',
    'C:\\evil.png',
    { path: 'attachments.0.name', code: 'invalid_file_name' },
  ],
  [
    'attachment name dotdot',
    'attachments.0.name',
    '..',
    { path: 'attachments.0.name', code: 'invalid_file_name' },
  ],
  [
    'attachment name control',
    'attachments.0.name',
    'a\nb.png',
    { path: 'attachments.0.name', code: 'control_characters' },
  ],
  [
    'attachment name RLO',
    'attachments.0.name',
    'invoice\u202Egnp.exe',
    { path: 'attachments.0.name', code: 'control_characters' },
  ],
  [
    'attachment name too long',
    'attachments.0.name',
    long(256),
    { path: 'attachments.0.name', code: 'too_long', params: { max: 255 } },
  ],
  ['attachment name empty', 'attachments.0.name', '', { path: 'attachments.0.name', code: 'required' }],
  ['attachment name Chinese ok', 'attachments.0.name', '转账记录.pdf', null],
  [
    'attachment svg',
    'attachments.0.mediaType',
    'image/svg+xml',
    { path: 'attachments.0.mediaType', code: 'invalid_media_type' },
  ],
  [
    'attachment html',
    'attachments.0.mediaType',
    'text/html',
    { path: 'attachments.0.mediaType', code: 'invalid_media_type' },
  ],
  ['attachment pdf ok', 'attachments.0.mediaType', 'application/pdf', null],
  ['attachment size max ok', 'attachments.0.size', LIMITS.fileSizeMax, null],
  [
    'attachment size over',
    'attachments.0.size',
    LIMITS.fileSizeMax + 1,
    { path: 'attachments.0.size', code: 'file_too_large', params: { max: 10485760 } },
  ],
  [
    'attachment size zero',
    'attachments.0.size',
    0,
    { path: 'attachments.0.size', code: 'file_empty', params: { min: 1 } },
  ],
  [
    'attachment size fraction',
    'attachments.0.size',
    1.5,
    { path: 'attachments.0.size', code: 'invalid_type' },
  ],
  [
    'attachment sha upper',
    'attachments.0.sha256',
    'A'.repeat(64),
    { path: 'attachments.0.sha256', code: 'invalid_sha256' },
  ],
  [
    'attachment sha short',
    'attachments.0.sha256',
    'a'.repeat(63),
    { path: 'attachments.0.sha256', code: 'invalid_sha256' },
  ],
  [
    'attachment id too long',
    'attachments.0.id',
    long(101),
    { path: 'attachments.0.id', code: 'too_long', params: { max: 100 } },
  ],
  // consent, channel, notice
  ['consent false', 'consent', false, { path: 'consent', code: 'consent_required' }],
  ['consent missing', 'consent', undefined, { path: 'consent', code: 'consent_required' }],
  ['consent string', 'consent', 'true', { path: 'consent', code: 'consent_required' }],
  ['channel unknown', 'channel', 'fax', { path: 'channel', code: 'invalid_choice' }],
  ['channel missing', 'channel', undefined, { path: 'channel', code: 'required' }],
  ['channel hotline ok', 'channel', 'hotline', null],
  [
    'notice id too long',
    'notice.id',
    long(101),
    { path: 'notice.id', code: 'too_long', params: { max: 100 } },
  ],
  ['notice kind unknown', 'notice.kind', 'withdrawal', { path: 'notice.kind', code: 'invalid_choice' }],
  ['notice bad ip', 'notice.ip', '1.2.3', { path: 'notice.ip', code: 'invalid_ip' }],
  ['notice in future', 'notice.at', '2025-06-01T13:00:00Z', { path: 'notice.at', code: 'in_future' }],
];

describe('validateReport: field bounds and codes', () => {
  it.each(FIELD_CASES)('%s', (_label, path, value, expected) => {
    const issues = issuesOf(withPath(path, value));
    if (expected === null) expect(issues).toEqual([]);
    else expect(issues).toEqual([expected]);
  });
});

describe('validateReport: attachments totals', () => {
  const file = (size: number) => ({ name: 'a.png', mediaType: 'image/png', size, sha256: SHA });
  it.each([
    ['exactly 50 MiB', Array.from({ length: 5 }, () => file(LIMITS.fileSizeMax)), []],
    [
      'over 50 MiB',
      [...Array.from({ length: 5 }, () => file(LIMITS.fileSizeMax)), file(1)],
      [{ path: 'attachments', code: 'attachments_too_large', params: { max: 52428800 } }],
    ],
    [
      '11 files',
      Array.from({ length: 11 }, () => file(1)),
      [{ path: 'attachments', code: 'too_many', params: { max: 10 } }],
    ],
  ] as const)('%s', (_label, attachments, expected) => {
    expect(issuesOf(withPath('attachments', attachments))).toEqual(expected);
  });
});

describe('validateReport: the clock', () => {
  const clockCases: [string, string, boolean][] = [
    ['1 minute ahead is accepted (skew)', '2025-06-01T12:01:00Z', true],
    ['exactly 5 minutes ahead is accepted', '2025-06-01T12:05:00Z', true],
    ['1 hour ahead is refused', '2025-06-01T13:00:00Z', false],
    ['1 hour ahead written with an offset is refused', '2025-06-01T21:00:00+08:00', false],
    ['the past is accepted', '2020-01-01T00:00:00Z', true],
  ];
  it.each(clockCases)('%s', (_label, discoveredAt, ok) => {
    const report = { ...validReport(), discoveredAt, suspectedStartAt: undefined };
    expect(validateReport(report, { now }).ok).toBe(ok);
  });

  it('uses the injected clock, not the system clock', () => {
    const report = { ...validReport(), discoveredAt: '2099-01-01T00:00:00Z' };
    expect(validateReport(report, { now: () => new Date('2099-06-01T00:00:00Z') }).ok).toBe(true);
    expect(validateReport(report).ok).toBe(false);
    const schema = createReportSchema({ now: () => new Date('2099-06-01T00:00:00Z') });
    expect(schema.safeParse(report).success).toBe(true);
  });
});

describe('validateReport: never throws, only known codes', () => {
  const codes = new Set<string>(ISSUE_CODES);
  it('arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateReport(input, { now });
        if (!result.ok) for (const issue of result.issues) expect(codes.has(issue.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('valid reports with arbitrary JSON mixed into fields', () => {
    const keys = Object.keys(validReport());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const result = validateReport({ ...validReport(), [key]: value }, { now });
        if (!result.ok) {
          for (const issue of result.issues) {
            expect(codes.has(issue.code)).toBe(true);
            expect(
              issue.path === key || issue.path.startsWith(`${key}.`) || issue.path === 'suspectedStartAt',
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateReportPart', () => {
  it('covers every report field exactly once', () => {
    const fields = REPORT_PARTS.flatMap((part) => [...REPORT_PART_FIELDS[part]]).sort();
    expect(fields).toEqual(Object.keys(validReport()).sort());
  });

  it.each(REPORT_PARTS)('accepts the %s step of a valid report', (part) => {
    expect(validateReportPart(part, validReport(), { now }).ok).toBe(true);
  });

  it.each([
    [
      'account',
      { account: { kind: 'email', value: 'x' } },
      [{ path: 'account.value', code: 'invalid_email' }],
    ],
    ['contact', { contact: { language: 'en' } }, [{ path: 'contact', code: 'contact_required' }]],
    [
      'incident',
      {
        discoveredAt: '2025-06-01T00:00:00Z',
        suspectedStartAt: '2025-06-01T01:00:00Z',
        access: { canSignIn: true, passwordReset: 'worked' },
      },
      [{ path: 'suspectedStartAt', code: 'start_after_discovery' }],
    ],
    [
      'activities',
      { activities: [{ kind: 'sign_in', at: 'x' }] },
      [{ path: 'activities.0.at', code: 'invalid_datetime' }],
    ],
    ['evidence', { narrative: 'ok', attachments: [] }, []],
    ['consent', { channel: 'web_form' }, [{ path: 'consent', code: 'consent_required' }]],
  ] as const)('%s step reports only its own issues', (part, input, expected) => {
    const result = validateReportPart(part, input, { now });
    expect(result.ok ? [] : result.issues).toEqual(expected);
  });
});
