/**
 * Deadline policies as data, presets for common regimes, and the clocks of a case.
 * All arithmetic is in UTC; business days skip Saturday, Sunday and the policy's holidays.
 * @module
 */
import type { WorkflowEvent } from './events';
import { type Milestone, replay, type WorkflowSnapshot } from './snapshot';

/**
 * A length of time. `businessDays` counts whole UTC days that are not Saturday, Sunday or a
 * holiday, keeping the time of day; `months` are calendar months (clamped to the month's end).
 * `endOfDay` moves the result to 23:59:59.999 UTC of the day it falls on.
 */
export type Duration = (
  | { hours: number }
  | { days: number }
  | { businessDays: number }
  | { months: number }
) & {
  endOfDay?: boolean;
};

/** A consumer-liability tier: reporting within `within` of learning of the loss caps liability at `maxLiability`. */
export interface LiabilityTier {
  /** Time from learning of the loss to the report. */
  within: Duration;
  /** Decimal string cap. */
  maxLiability: string;
  /** ISO 4217 currency of the cap. */
  currency: string;
}

/**
 * A deadline policy: every clock is optional data, so a platform can configure each number.
 * Regulatory presets carry only their own clocks; combine them with the platform's SLA by
 * spreading: `{ ...DEADLINE_PRESETS.platform_sla, ...DEADLINE_PRESETS.us_reg_e }`.
 */
export interface DeadlinePolicy {
  /** Policy id (a code, e.g. `platform_sla`). */
  id: string;
  /** From submission to the first public agent event. */
  firstResponse?: Duration;
  /** From the start of an investigation (or a dispute reopening it) to restoration or the end of the case. */
  investigation?: Duration;
  /** Outer investigation limit (e.g. with provisional credit). */
  investigationExtended?: Duration;
  /** From filing a loss claim to its decision. */
  claimDecision?: Duration;
  /** From filing a complaint to its answer. After it passes, the reporter may escalate an unanswered complaint. */
  complaintAnswer?: Duration;
  /** From filing a complaint to its resolution. */
  complaintClose?: Duration;
  /** The reporter's window, from the complaint's answer, to escalate to an outside body. */
  escalationWindow?: Duration;
  /** The reporter's window, from the transaction or statement, to report a loss (see {@link reportWindowEnds}). */
  reportWindow?: Duration;
  /** Liability tiers, shortest window first (see {@link liabilityTierFor}). */
  liabilityTiers?: readonly LiabilityTier[];
  /** Extra non-business days, `YYYY-MM-DD` in UTC. */
  holidays?: readonly string[];
}

/** Deadline presets. Each number is a default to override, not legal advice. */
export const DEADLINE_PRESETS = {
  /** A platform's own SLA (the default: many crypto platforms fall outside Reg E and PSD2). */
  platform_sla: {
    id: 'platform_sla',
    firstResponse: { hours: 24 },
    investigation: { businessDays: 10 },
    complaintAnswer: { days: 15 },
  },
  /** EU PSD2: refund by the end of the next business day after the report (Art. 73); report within 13 months (Art. 71). */
  eu_psd2: {
    id: 'eu_psd2',
    claimDecision: { businessDays: 1, endOfDay: true },
    reportWindow: { months: 13 },
  },
  /** US Regulation E: investigate in 10 business days, up to 45 days with provisional credit; report within 60 days. */
  us_reg_e: {
    id: 'us_reg_e',
    investigation: { businessDays: 10 },
    investigationExtended: { days: 45 },
    reportWindow: { days: 60 },
    liabilityTiers: [
      { within: { businessDays: 2 }, maxLiability: '50', currency: 'USD' },
      { within: { days: 60 }, maxLiability: '500', currency: 'USD' },
    ],
  },
  /** UK FCA DISP 1.6: final response within 8 weeks; then 6 months to take it to the ombudsman. */
  uk_fca: {
    id: 'uk_fca',
    complaintAnswer: { days: 56 },
    escalationWindow: { months: 6 },
  },
  /** US CFPB complaint portal: the company responds within 15 days and closes within 60. */
  us_cfpb: {
    id: 'us_cfpb',
    complaintAnswer: { days: 15 },
    complaintClose: { days: 60 },
  },
} as const satisfies Record<string, DeadlinePolicy>;

/** The id of a deadline preset. */
export type DeadlinePresetId = keyof typeof DEADLINE_PRESETS;

/** The policy used when `ctx.policy` is not given. */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = DEADLINE_PRESETS.platform_sla;

/** Codes of the clocks a case can run. */
export const DEADLINE_CODES = [
  'first_response',
  'investigation',
  'investigation_extended',
  'claim_decision',
  'complaint_answer',
  'complaint_close',
  'escalation_window',
] as const;
/** A deadline code. */
export type DeadlineCode = (typeof DEADLINE_CODES)[number];

type PolicyClock = Exclude<keyof DeadlinePolicy, 'id' | 'holidays' | 'liabilityTiers' | 'reportWindow'>;

/** How each clock runs: which policy field, which milestone starts it, which ones stop it, who must act. */
// biome-ignore format: one rule per line
export const DEADLINE_RULES: readonly {
  /** The clock. */
  code: DeadlineCode;
  /** Policy field holding its length. */
  policy: PolicyClock;
  /** Milestone that starts it. */
  start: Milestone;
  /** Milestones that stop it (the earliest reached after the start counts). */
  end: readonly Milestone[];
  /** Who must act before it runs out. */
  party: 'platform' | 'reporter';
}[] = [
  { code: 'first_response', policy: 'firstResponse', start: 'submitted', end: ['first_response', 'ended'], party: 'platform' },
  { code: 'investigation', policy: 'investigation', start: 'investigation_started', end: ['investigation_ended'], party: 'platform' },
  { code: 'investigation_extended', policy: 'investigationExtended', start: 'investigation_started', end: ['investigation_ended'], party: 'platform' },
  { code: 'claim_decision', policy: 'claimDecision', start: 'claim_filed', end: ['claim_decided'], party: 'platform' },
  { code: 'complaint_answer', policy: 'complaintAnswer', start: 'complaint_filed', end: ['complaint_answered', 'complaint_resolved'], party: 'platform' },
  { code: 'complaint_close', policy: 'complaintClose', start: 'complaint_filed', end: ['complaint_resolved'], party: 'platform' },
  { code: 'escalation_window', policy: 'escalationWindow', start: 'complaint_answered', end: ['complaint_escalated', 'complaint_resolved'], party: 'reporter' },
];

/** A running or finished clock of a case. */
export interface Deadline {
  /** Which clock. */
  code: DeadlineCode;
  /** When it runs out (ISO). */
  due: string;
  /** When it was met (ISO), or `null` while running. */
  metAt: string | null;
  /** `true` if it ran out before being met (a met deadline that was met late stays `true`). */
  overdue: boolean;
  /** Who must act: the platform, or the reporter (escalation window). */
  party: 'platform' | 'reporter';
}

const DAY = 86_400_000;

function isBusinessDay(date: Date, holidays: readonly string[]): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(date.toISOString().slice(0, 10));
}

/**
 * Adds a duration to an instant.
 * @param start - the instant the clock starts
 * @param duration - the length
 * @param holidays - extra non-business days (`YYYY-MM-DD`, UTC)
 * @returns the instant the clock runs out
 */
export function addDuration(start: Date, duration: Duration, holidays: readonly string[] = []): Date {
  let due: Date;
  if ('hours' in duration) due = new Date(start.getTime() + duration.hours * 3_600_000);
  else if ('days' in duration) due = new Date(start.getTime() + duration.days * DAY);
  else if ('businessDays' in duration) {
    due = new Date(start.getTime());
    for (let left = duration.businessDays; left > 0; ) {
      due = new Date(due.getTime() + DAY);
      if (isBusinessDay(due, holidays)) left -= 1;
    }
  } else {
    due = new Date(start.getTime());
    const day = due.getUTCDate();
    due.setUTCDate(1);
    due.setUTCMonth(due.getUTCMonth() + duration.months);
    const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
    due.setUTCDate(Math.min(day, lastDay));
  }
  if (duration.endOfDay) due.setUTCHours(23, 59, 59, 999);
  return due;
}

/**
 * The clocks of a case under a policy: one entry per clock the policy defines and the case has started.
 * @param source - the case's events, or its snapshot
 * @param policy - the deadline policy
 * @param now - the current instant (injected)
 * @returns deadlines in {@link DEADLINE_CODES} order
 */
export function deadlinesFor(
  source: readonly WorkflowEvent[] | WorkflowSnapshot,
  policy: DeadlinePolicy,
  now: Date,
): Deadline[] {
  const snapshot = Array.isArray(source) ? replay(source) : (source as WorkflowSnapshot);
  const out: Deadline[] = [];
  for (const rule of DEADLINE_RULES) {
    const length = policy[rule.policy];
    const started = snapshot.times[rule.start];
    if (!length || !started) continue;
    const due = addDuration(new Date(started), length, policy.holidays);
    const metAt =
      rule.end
        .map((m) => snapshot.times[m])
        .filter((t): t is string => t !== null && t >= started)
        .sort()[0] ?? null;
    const overdue = (metAt ? new Date(metAt).getTime() : now.getTime()) > due.getTime();
    out.push({ code: rule.code, due: due.toISOString(), metAt, overdue, party: rule.party });
  }
  return out;
}

/**
 * When the reporter's window to report a loss closes.
 * @param from - the transaction or statement instant
 * @param policy - the deadline policy
 * @returns ISO instant, or `null` if the policy sets no report window
 */
export function reportWindowEnds(from: Date, policy: DeadlinePolicy): string | null {
  return policy.reportWindow ? addDuration(from, policy.reportWindow, policy.holidays).toISOString() : null;
}

/**
 * The liability tier that applies to a report.
 * @param learnedAt - when the consumer learned of the loss
 * @param reportedAt - when it was reported
 * @param policy - the deadline policy
 * @returns the first tier whose window covers the report, or `null` (no cap from the policy)
 */
export function liabilityTierFor(
  learnedAt: Date,
  reportedAt: Date,
  policy: DeadlinePolicy,
): LiabilityTier | null {
  return (
    policy.liabilityTiers?.find(
      (tier) => reportedAt.getTime() <= addDuration(learnedAt, tier.within, policy.holidays).getTime(),
    ) ?? null
  );
}

/**
 * Whether a filed complaint's answer deadline has passed (what lets the reporter escalate an
 * unanswered complaint).
 * @param snapshot - the case
 * @param policy - the deadline policy (no `complaintAnswer` clock: never overdue)
 * @param now - the current instant
 * @returns `true` once `now` is past the answer deadline
 */
export function complaintAnswerOverdue(
  snapshot: WorkflowSnapshot,
  policy: DeadlinePolicy,
  now: Date,
): boolean {
  const filed = snapshot.times.complaint_filed;
  if (!filed || !policy.complaintAnswer) return false;
  return now.getTime() > addDuration(new Date(filed), policy.complaintAnswer, policy.holidays).getTime();
}
