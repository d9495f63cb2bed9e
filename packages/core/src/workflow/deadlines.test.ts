import { describe, expect, it } from 'vitest';
import {
  addDuration,
  DEADLINE_CODES,
  DEADLINE_PRESETS,
  DEADLINE_RULES,
  type DeadlinePolicy,
  deadlinesFor,
  liabilityTierFor,
  reportWindowEnds,
} from './deadlines';
import { type Run, run } from './fixtures';

const iso = (s: string) => new Date(s);
const at = (r: Run, iso: string): Run => ({ ...r, now: new Date(new Date(iso).getTime() - 3_600_000) });
const due = (r: Run | Run['events'], policy: DeadlinePolicy, now: string, code: string) =>
  deadlinesFor(Array.isArray(r) ? r : r.events, policy, iso(now)).find((d) => d.code === code);

// 2025-01-03 is a Friday.
const FRIDAY_10 = '2025-01-03T10:00:00.000Z';

describe('addDuration', () => {
  it('counts business days over a weekend, keeping the time of day', () => {
    expect(addDuration(iso(FRIDAY_10), { businessDays: 1 }).toISOString()).toBe('2025-01-06T10:00:00.000Z');
    expect(addDuration(iso('2025-01-04T10:00:00Z'), { businessDays: 1 }).toISOString()).toBe(
      '2025-01-06T10:00:00.000Z',
    );
    expect(addDuration(iso(FRIDAY_10), { businessDays: 10 }).toISOString()).toBe('2025-01-17T10:00:00.000Z');
    expect(addDuration(iso(FRIDAY_10), { businessDays: 0 }).toISOString()).toBe(FRIDAY_10);
  });

  it('skips the policy holidays', () => {
    expect(addDuration(iso(FRIDAY_10), { businessDays: 1 }, ['2025-01-06']).toISOString()).toBe(
      '2025-01-07T10:00:00.000Z',
    );
    expect(
      addDuration(iso(FRIDAY_10), { businessDays: 10 }, ['2025-01-06', '2025-01-10']).toISOString(),
    ).toBe('2025-01-21T10:00:00.000Z');
  });

  it('adds hours, calendar days, months (clamped) and rounds to the end of the day', () => {
    expect(addDuration(iso(FRIDAY_10), { hours: 24 }).toISOString()).toBe('2025-01-04T10:00:00.000Z');
    expect(addDuration(iso(FRIDAY_10), { days: 45 }).toISOString()).toBe('2025-02-17T10:00:00.000Z');
    expect(addDuration(iso('2024-08-31T12:00:00Z'), { months: 6 }).toISOString()).toBe(
      '2025-02-28T12:00:00.000Z',
    );
    expect(addDuration(iso('2024-01-31T12:00:00Z'), { months: 13 }).toISOString()).toBe(
      '2025-02-28T12:00:00.000Z',
    );
    expect(addDuration(iso('2024-01-31T12:00:00Z'), { months: 1 }).toISOString()).toBe(
      '2024-02-29T12:00:00.000Z',
    );
    expect(addDuration(iso(FRIDAY_10), { businessDays: 1, endOfDay: true }).toISOString()).toBe(
      '2025-01-06T23:59:59.999Z',
    );
  });
});

describe('deadlinesFor', () => {
  const submitted = run([['submit', 'reporter']], iso('2025-01-03T09:00:00Z'));

  it('has a rule for every deadline code', () => {
    expect(DEADLINE_RULES.map((r) => r.code)).toEqual([...DEADLINE_CODES]);
  });

  it('platform_sla: first response within 24 h, met by the first public agent event only', () => {
    const sla = DEADLINE_PRESETS.platform_sla;
    expect(due(submitted, sla, '2025-01-04T10:00:00Z', 'first_response')).toEqual({
      code: 'first_response',
      due: '2025-01-04T10:00:00.000Z',
      metAt: null,
      overdue: false,
      party: 'platform',
    });
    expect(due(submitted, sla, '2025-01-04T10:00:00.001Z', 'first_response')?.overdue).toBe(true);
    const automated = run(
      [
        ['start_review', 'system'],
        ['add_note', 'agent'],
      ],
      undefined,
      submitted,
    );
    expect(due(automated, sla, '2025-01-03T13:00:00Z', 'first_response')?.metAt).toBeNull();
    const answered = run([['send_message', 'agent']], undefined, at(automated, '2025-01-03T15:00:00Z'));
    expect(due(answered, sla, '2025-01-09T00:00:00Z', 'first_response')).toMatchObject({
      metAt: '2025-01-03T15:00:00.000Z',
      overdue: false,
    });
    const late = run([['send_message', 'agent']], undefined, at(automated, '2025-01-05T15:00:00Z'));
    expect(due(late, sla, '2025-01-09T00:00:00Z', 'first_response')).toMatchObject({
      metAt: '2025-01-05T15:00:00.000Z',
      overdue: true,
    });
  });

  const investigating = run(
    [
      ['start_review', 'agent'],
      ['confirm_compromise', 'agent'],
      ['freeze', 'agent'],
      ['start_investigation', 'agent'],
    ],
    undefined,
    submitted,
  );

  it('platform_sla: investigation within 10 business days of its start, with holidays', () => {
    expect(investigating.events.at(-1)?.at).toBe('2025-01-03T14:00:00.000Z');
    const sla = DEADLINE_PRESETS.platform_sla;
    expect(due(investigating, sla, '2025-01-17T14:00:00Z', 'investigation')).toMatchObject({
      due: '2025-01-17T14:00:00.000Z',
      overdue: false,
    });
    expect(due(investigating, sla, '2025-01-17T14:00:01Z', 'investigation')?.overdue).toBe(true);
    const withHoliday = { ...sla, holidays: ['2025-01-06'] };
    expect(due(investigating, withHoliday, '2025-01-18T00:00:00Z', 'investigation')).toMatchObject({
      due: '2025-01-20T14:00:00.000Z',
      overdue: false,
    });
  });

  it('stops the investigation clock at restoration and restarts it on a dispute', () => {
    const restored = run(
      [
        ['request_verification', 'agent'],
        ['record_verification', 'agent'],
        ['restore', 'agent'],
      ],
      undefined,
      at(investigating, '2025-01-08T10:00:00Z'),
    );
    expect(
      due(restored, DEADLINE_PRESETS.platform_sla, '2025-03-01T00:00:00Z', 'investigation'),
    ).toMatchObject({ metAt: '2025-01-08T12:00:00.000Z', overdue: false });
    const disputed = run(
      [
        ['request_confirmation', 'system'],
        ['dispute_recovery', 'reporter'],
      ],
      undefined,
      at(restored, '2025-01-09T10:00:00Z'),
    );
    expect(
      due(disputed, DEADLINE_PRESETS.platform_sla, '2025-01-10T00:00:00Z', 'investigation'),
    ).toMatchObject({ due: '2025-01-23T11:00:00.000Z', metAt: null });
  });

  it('us_reg_e: 10 business days, 45 days outer limit', () => {
    const regE = DEADLINE_PRESETS.us_reg_e;
    const d = deadlinesFor(investigating.events, regE, iso('2025-02-01T00:00:00Z'));
    expect(d.map((x) => [x.code, x.due, x.overdue])).toEqual([
      ['investigation', '2025-01-17T14:00:00.000Z', true],
      ['investigation_extended', '2025-02-17T14:00:00.000Z', false],
    ]);
  });

  it('us_reg_e: report window and liability tiers (2 business days / 60 days)', () => {
    const regE = DEADLINE_PRESETS.us_reg_e;
    expect(reportWindowEnds(iso(FRIDAY_10), regE)).toBe('2025-03-04T10:00:00.000Z');
    expect(liabilityTierFor(iso(FRIDAY_10), iso('2025-01-07T10:00:00Z'), regE)?.maxLiability).toBe('50');
    expect(liabilityTierFor(iso(FRIDAY_10), iso('2025-01-07T10:00:01Z'), regE)?.maxLiability).toBe('500');
    expect(liabilityTierFor(iso(FRIDAY_10), iso('2025-03-04T10:00:01Z'), regE)).toBeNull();
    expect(liabilityTierFor(iso(FRIDAY_10), iso(FRIDAY_10), DEADLINE_PRESETS.platform_sla)).toBeNull();
  });

  it('eu_psd2: claim decided by the end of the next business day; 13-month report window', () => {
    const psd2 = DEADLINE_PRESETS.eu_psd2;
    const claim = run([['file_claim', 'reporter']], undefined, at(submitted, '2025-01-03T15:00:00Z'));
    expect(due(claim, psd2, '2025-01-06T23:59:59.999Z', 'claim_decision')).toMatchObject({
      due: '2025-01-06T23:59:59.999Z',
      overdue: false,
    });
    expect(due(claim, psd2, '2025-01-07T00:00:00Z', 'claim_decision')?.overdue).toBe(true);
    expect(reportWindowEnds(iso(FRIDAY_10), psd2)).toBe('2026-02-03T10:00:00.000Z');
    expect(deadlinesFor(claim.events, psd2, iso(FRIDAY_10)).map((d) => d.code)).toEqual(['claim_decision']);
  });

  const complaint = run([['file_complaint', 'reporter']], undefined, at(submitted, '2025-01-03T12:00:00Z'));

  it('uk_fca: final response in 8 weeks, then 6 months to escalate', () => {
    const fca = DEADLINE_PRESETS.uk_fca;
    expect(due(complaint, fca, '2025-02-28T12:00:00Z', 'complaint_answer')).toMatchObject({
      due: '2025-02-28T12:00:00.000Z',
      overdue: false,
    });
    const answered = run([['answer_complaint', 'agent']], undefined, at(complaint, '2025-02-20T09:00:00Z'));
    expect(due(answered, fca, '2025-08-20T09:00:00Z', 'escalation_window')).toMatchObject({
      due: '2025-08-20T09:00:00.000Z',
      overdue: false,
      party: 'reporter',
    });
    expect(due(answered, fca, '2025-08-20T09:00:01Z', 'escalation_window')?.overdue).toBe(true);
    const escalated = run(
      [['escalate_complaint', 'reporter', { bodyId: 'financial_ombudsman' }]],
      undefined,
      at(answered, '2025-03-01T00:00:00Z'),
    );
    expect(due(escalated, fca, '2026-01-01T00:00:00Z', 'escalation_window')).toMatchObject({
      metAt: '2025-03-01T00:00:00.000Z',
      overdue: false,
    });
  });

  it('us_cfpb: response in 15 days, closure in 60; a late answer stays overdue', () => {
    const cfpb = DEADLINE_PRESETS.us_cfpb;
    const late = run([['answer_complaint', 'agent']], undefined, at(complaint, '2025-01-19T12:00:00Z'));
    const d = deadlinesFor(late.events, cfpb, iso('2025-01-20T00:00:00Z'));
    expect(d).toEqual([
      {
        code: 'complaint_answer',
        due: '2025-01-18T12:00:00.000Z',
        metAt: '2025-01-19T12:00:00.000Z',
        overdue: true,
        party: 'platform',
      },
      {
        code: 'complaint_close',
        due: '2025-03-04T12:00:00.000Z',
        metAt: null,
        overdue: false,
        party: 'platform',
      },
    ]);
  });

  it('accepts a snapshot as well as events, and every number is configurable', () => {
    const custom: DeadlinePolicy = { id: 'custom', firstResponse: { hours: 2 }, holidays: [] };
    expect(due(submitted.events, custom, FRIDAY_10, 'first_response')?.due).toBe('2025-01-03T12:00:00.000Z');
    expect(deadlinesFor(submitted.snapshot, custom, iso(FRIDAY_10))).toEqual(
      deadlinesFor(submitted.events, custom, iso(FRIDAY_10)),
    );
  });
});
