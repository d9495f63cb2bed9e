/**
 * How the form's values become the report the core schemas validate and the API receives.
 * Loaded with the logic (`report-form.lazy.ts`), not with the first step.
 * @internal
 * @module
 */
import type { CaseCreated, ReportInput } from '@recourse/core';
import { safeHttpUrl } from '../../internal/url';
import { ACTIVITY_FIELDS, type ActivityDraft, type FormValues, OPTIONAL_FIELDS } from './report-form.model';

/** A `datetime-local` value as an ISO instant; `''` stays `''` (the schema says `required`). */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

const yesNo = (v: '' | 'yes' | 'no') => (v === '' ? undefined : v === 'yes');
const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

function activityToInput(a: ActivityDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: a.kind };
  for (const field of ACTIVITY_FIELDS[a.kind]) {
    const raw = a[field] as string;
    const value = field === 'at' ? fromLocalInput(raw) : raw.trim();
    if (OPTIONAL_FIELDS.has(field) || (field === 'at' && a.kind === 'other')) {
      if (value !== '') out[field] = value;
    } else {
      out[field] = value === '' ? undefined : value;
    }
  }
  if (a.fromNotice) out.fromNotice = true;
  return out;
}

/** Builds the report the core schemas validate and the API receives. */
export function toReport(values: FormValues): ReportInput {
  const contact: Record<string, unknown> = { language: values.contact.language };
  if (opt(values.contact.email)) contact.email = opt(values.contact.email);
  if (opt(values.contact.phone)) contact.phone = opt(values.contact.phone);
  const report: Record<string, unknown> = {
    account: { kind: values.account.kind, value: values.account.value.trim() || undefined },
    contact,
    discoveredAt: fromLocalInput(values.discoveredAt) || undefined,
    access: {
      canSignIn: yesNo(values.access.canSignIn),
      passwordReset: values.access.passwordReset || undefined,
    },
    activities: values.activities.map(activityToInput),
    narrative: values.narrative,
    attachments: values.attachments.map(({ name, mediaType, size, sha256 }) => ({
      name,
      mediaType,
      size,
      sha256,
    })),
    channel: 'web_form',
    consent: values.consent,
  };
  const start = fromLocalInput(values.suspectedStartAt);
  if (start) report.suspectedStartAt = start;
  if (values.notice) report.notice = values.notice;
  return report as unknown as ReportInput;
}

/**
 * The private tracking link: the tracker page (only http(s), else this page) with the case and
 * its token in the fragment only (never sent to a server, never in a log).
 */
export function trackingLinkFor(created: CaseCreated | undefined, trackingUrl?: string): string {
  if (!created) return '';
  const base = safeHttpUrl(trackingUrl, document.baseURI) ?? `${location.origin}${location.pathname}`;
  const page = base.split('#')[0];
  return `${page}#case=${encodeURIComponent(created.case.id)}&token=${encodeURIComponent(created.accessToken)}`;
}
