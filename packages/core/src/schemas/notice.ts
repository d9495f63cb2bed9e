import * as z from 'zod/mini';
import { toIssues, type ValidationResult } from './issues';
import { LIMITS, NOTICE_KINDS } from './limits';
import { instant, ipAddress, type SchemaOptions, systemClock, text } from './primitives';

/**
 * Builds the schema of a security notice: the "this wasn't me" link a platform puts in its
 * security emails (a sign-in, a transfer, a profile change), linked to a report.
 */
export function createNoticeSchema(options: SchemaOptions = {}) {
  const now = options.now ?? systemClock;
  return z.object({
    id: text(LIMITS.noticeIdMax, { min: 1 }),
    kind: z.enum(NOTICE_KINDS),
    at: instant(now),
    ip: z.optional(ipAddress()),
    device: z.optional(text(LIMITS.deviceMax, { min: 1 })),
  });
}

/** The security notice schema with the system clock. */
export const NoticeSchema = /* @__PURE__ */ createNoticeSchema();

/** A validated security notice. */
export type SecurityNotice = z.output<typeof NoticeSchema>;

/** A kind of security notice. */
export type NoticeKind = SecurityNotice['kind'];

/**
 * The activity a notice prefills. Only what the notice knows is set, so fields the person
 * must still supply (a transfer's amount, a changed field...) are absent: the draft is
 * validated with the rest of the report once completed.
 */
export type NoticeActivityDraft =
  | { kind: 'sign_in'; at: string; ip?: string; device?: string; fromNotice: true }
  | { kind: 'transfer'; at: string; fromNotice: true }
  | { kind: 'profile_change'; at: string; fromNotice: true }
  | { kind: 'other'; at: string; fromNotice: true };

/** Turns a security notice into the matching prefilled activity, marked `fromNotice: true`. */
export function noticeToActivity(notice: SecurityNotice): NoticeActivityDraft {
  switch (notice.kind) {
    case 'sign_in': {
      const activity: NoticeActivityDraft = { kind: 'sign_in', at: notice.at, fromNotice: true };
      if (notice.ip !== undefined) activity.ip = notice.ip;
      if (notice.device !== undefined) activity.device = notice.device;
      return activity;
    }
    case 'transfer':
      return { kind: 'transfer', at: notice.at, fromNotice: true };
    case 'profile_change':
      return { kind: 'profile_change', at: notice.at, fromNotice: true };
    default:
      return { kind: 'other', at: notice.at, fromNotice: true };
  }
}

/** The URL parameters {@link parseNoticeParams} reads, by notice field. */
export const NOTICE_PARAMS = {
  id: 'notice',
  kind: 'notice_kind',
  at: 'notice_at',
  ip: 'notice_ip',
  device: 'notice_device',
} as const;

/** Validates a security notice. */
export function validateNotice(
  input: unknown,
  options: SchemaOptions = {},
): ValidationResult<SecurityNotice> {
  const schema = options.now ? createNoticeSchema(options) : NoticeSchema;
  const result = z.safeParse(schema, input, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toIssues(result.error.issues) };
}

/**
 * Reads a security notice from URL parameters (`notice`, `notice_kind`, `notice_at`,
 * `notice_ip`, `notice_device`). Empty optional parameters count as absent. Returns the
 * validated notice, or `null` when there is none or it is invalid (a link may be tampered
 * with: nothing of an invalid notice is used).
 */
export function parseNoticeParams(
  params: Readonly<Record<string, string | undefined>>,
  options: SchemaOptions = {},
): SecurityNotice | null {
  const get = (name: string): string | undefined => {
    if (!Object.hasOwn(params, name)) return undefined;
    const value = params[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const id = get(NOTICE_PARAMS.id);
  if (id === undefined) return null;
  const candidate: Record<string, string> = { id };
  for (const field of ['kind', 'at', 'ip', 'device'] as const) {
    const value = get(NOTICE_PARAMS[field]);
    if (value !== undefined) candidate[field] = value;
  }
  const result = validateNotice(candidate, options);
  return result.ok ? result.value : null;
}
