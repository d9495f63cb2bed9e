import * as z from 'zod/mini';
import { isPathLike } from '../files/file-name';
import { toIssues, type ValidationResult } from './issues';
import {
  ALLOWED_MEDIA_TYPES,
  CONTACT_LANGUAGES,
  LIMITS,
  PASSWORD_RESET_STATES,
  PROFILE_FIELDS,
  REPORT_CHANNELS,
} from './limits';
import { createNoticeSchema } from './notice';
import {
  always,
  email,
  instant,
  ipAddress,
  phone,
  type SchemaOptions,
  systemClock,
  text,
} from './primitives';

const AMOUNT = /^\d{1,30}(\.\d{1,18})?$/;
const WALLET_CHARS = /^[A-Za-z0-9:]*$/;
const SHA256 = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walletAddress() {
  return z
    .string()
    .check(
      z.maxLength(LIMITS.walletAddressMax),
      z.minLength(LIMITS.walletAddressMin),
      z.regex(WALLET_CHARS, { error: 'invalid_wallet_address' }),
    );
}

function fileName() {
  return text(LIMITS.fileNameMax, { min: 1 }).check(
    z.refine((s: string) => !isPathLike(s), { error: 'invalid_file_name' }),
  );
}

/** Schema of an account reference (`{ kind, value }`): the stolen account, as a report or a lock request names it. */
export function createAccountRefSchema() {
  const id = text(LIMITS.accountIdMax, { min: 1 });
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('username'), value: id }),
    z.object({ kind: z.literal('email'), value: email() }),
    z.object({ kind: z.literal('phone'), value: phone() }),
    z.object({ kind: z.literal('user_id'), value: id }),
    z.object({ kind: z.literal('wallet_address'), value: walletAddress() }),
  ]);
}

function createContactSchema() {
  return z
    .object({
      email: z.optional(email()),
      phone: z.optional(phone()),
      language: z.enum(CONTACT_LANGUAGES),
    })
    .check(
      z.refine((c: unknown) => !isRecord(c) || c.email !== undefined || c.phone !== undefined, {
        error: 'contact_required',
        when: always,
      }),
    );
}

function createActivitySchema(now: () => Date) {
  const at = instant(now);
  const fromNotice = z.optional(z.literal(true));
  return z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('transfer'),
      asset: text(LIMITS.assetMax, { min: 1 }),
      amount: z.string().check(z.regex(AMOUNT, { error: 'invalid_amount' })),
      destination: text(LIMITS.destinationMax, { min: 1 }),
      txId: z.optional(text(LIMITS.txIdMax, { min: 1 })),
      at,
      fromNotice,
    }),
    z.object({
      kind: z.literal('profile_change'),
      field: z.enum(PROFILE_FIELDS),
      from: z.optional(text(LIMITS.profileValueMax)),
      to: z.optional(text(LIMITS.profileValueMax)),
      at,
      fromNotice,
    }),
    z.object({
      kind: z.literal('sign_in'),
      at,
      ip: z.optional(ipAddress()),
      place: z.optional(text(LIMITS.placeMax, { min: 1 })),
      device: z.optional(text(LIMITS.deviceMax, { min: 1 })),
      fromNotice,
    }),
    z.object({
      kind: z.literal('other'),
      description: text(LIMITS.descriptionMax, { min: 1, multiline: true }),
      at: z.optional(at),
      fromNotice,
    }),
  ]);
}

function totalSize(list: unknown): number {
  if (!Array.isArray(list)) return 0;
  let total = 0;
  for (const item of list) {
    if (isRecord(item) && typeof item.size === 'number' && Number.isFinite(item.size)) total += item.size;
  }
  return total;
}

function createAttachmentSchema() {
  return z.object({
    id: z.optional(text(LIMITS.attachmentIdMax, { min: 1 })),
    name: fileName(),
    mediaType: z.enum(ALLOWED_MEDIA_TYPES, { error: 'invalid_media_type' }),
    size: z
      .int({ error: 'invalid_number' })
      .check(
        z.minimum(1, { error: 'file_empty' }),
        z.maximum(LIMITS.fileSizeMax, { error: 'file_too_large' }),
      ),
    sha256: z.string().check(z.regex(SHA256, { error: 'invalid_sha256' })),
  });
}

function startNotAfterDiscovery(report: unknown): boolean {
  if (!isRecord(report)) return true;
  const { discoveredAt, suspectedStartAt } = report;
  if (typeof discoveredAt !== 'string' || typeof suspectedStartAt !== 'string') return true;
  const start = Date.parse(suspectedStartAt);
  const discovery = Date.parse(discoveredAt);
  if (Number.isNaN(start) || Number.isNaN(discovery)) return true;
  return start <= discovery;
}

const startAfterDiscoveryCheck = () =>
  z.refine(startNotAfterDiscovery, {
    error: 'start_after_discovery',
    path: ['suspectedStartAt'],
    // Runs even when unrelated fields failed, but not when either date is itself invalid.
    when: (payload) =>
      !payload.issues.some(
        (issue) => issue.path?.[0] === 'suspectedStartAt' || issue.path?.[0] === 'discoveredAt',
      ),
  });

/** Builds the field schemas of a report (the object's shape) for a clock. */
function createReportShape(now: () => Date) {
  return {
    account: createAccountRefSchema(),
    contact: createContactSchema(),
    discoveredAt: instant(now),
    suspectedStartAt: z.optional(instant(now)),
    access: z.object({
      canSignIn: z.boolean(),
      passwordReset: z.enum(PASSWORD_RESET_STATES),
    }),
    activities: z._default(
      z.array(createActivitySchema(now)).check(z.maxLength(LIMITS.activitiesMax)),
      () => [],
    ),
    narrative: z._default(text(LIMITS.narrativeMax, { multiline: true }), ''),
    attachments: z._default(
      z.array(createAttachmentSchema()).check(
        z.maxLength(LIMITS.attachmentsMax),
        z.refine((list: unknown) => totalSize(list) <= LIMITS.attachmentsTotalMax, {
          error: 'attachments_too_large',
          params: { max: LIMITS.attachmentsTotalMax },
          when: always,
        }),
      ),
      () => [],
    ),
    channel: z.enum(REPORT_CHANNELS),
    consent: z.literal(true, { error: 'consent_required' }),
    notice: z.optional(createNoticeSchema({ now })),
  };
}

/**
 * Builds the schema of a takeover report. The clock is injectable so that "not in the future"
 * checks (with {@link LIMITS.clockSkewMs} of tolerance) are testable.
 *
 * Unknown keys are dropped. `activities`, `narrative` and `attachments` default to empty.
 * Optional fields must be absent (not `''`) when the person left them empty.
 */
export function createReportSchema(options: SchemaOptions = {}) {
  const now = options.now ?? systemClock;
  return z.object(createReportShape(now)).check(startAfterDiscoveryCheck());
}

/** The report schema with the system clock. */
export const ReportSchema = /* @__PURE__ */ createReportSchema();

/** A validated report, as parsed (phones normalized, defaults filled in). */
export type Report = z.output<typeof ReportSchema>;
/** A report as a client sends it (before defaults and normalization). */
export type ReportInput = z.input<typeof ReportSchema>;
/** The stolen account: its kind of identifier and the value. */
export type AccountRef = Report['account'];
/** How to reach the person through channels the attacker does not control. */
export type Contact = Report['contact'];
/** Whether the person can still sign in and how the password reset went. */
export type AccessState = Report['access'];
/** One suspicious activity the person saw. */
export type Activity = Report['activities'][number];
/** The kind of an activity. */
export type ActivityKind = Activity['kind'];
/** A reference to an uploaded attachment. */
export type AttachmentRef = Report['attachments'][number];
/** How the report reached the platform. */
export type ReportChannel = Report['channel'];

/**
 * Validates a report. Never throws: any input (including non-objects) yields a result.
 * Issues carry dotted paths (`activities.2.amount`) and stable codes.
 */
export function validateReport(input: unknown, options: SchemaOptions = {}): ValidationResult<Report> {
  const schema = options.now ? createReportSchema(options) : ReportSchema;
  try {
    const result = z.safeParse(schema, input, { reportInput: true });
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, issues: toIssues(result.error.issues) };
  } catch {
    return { ok: false, issues: [{ path: '', code: 'invalid' }] };
  }
}

/** The steps of the report form, in order. */
export const REPORT_PARTS = ['account', 'contact', 'incident', 'activities', 'evidence', 'consent'] as const;

/** One step of the report form. */
export type ReportPart = (typeof REPORT_PARTS)[number];

/** Which report fields each step of the form owns. */
export const REPORT_PART_FIELDS = {
  account: ['account'],
  contact: ['contact'],
  incident: ['discoveredAt', 'suspectedStartAt', 'access', 'notice'],
  activities: ['activities'],
  evidence: ['narrative', 'attachments'],
  consent: ['channel', 'consent'],
} as const satisfies Record<ReportPart, readonly (keyof Report)[]>;

/** The fields of a report one step owns. */
export type ReportPartValue<P extends ReportPart> = Pick<Report, (typeof REPORT_PART_FIELDS)[P][number]>;

/**
 * Validates one step of the report form, with the same rules and codes as
 * {@link validateReport}; fields of other steps are ignored.
 */
export function validateReportPart<P extends ReportPart>(
  part: P,
  input: unknown,
  options: SchemaOptions = {},
): ValidationResult<ReportPartValue<P>> {
  const shape = createReportShape(options.now ?? systemClock) as Record<string, z.core.$ZodType>;
  const picked: Record<string, z.core.$ZodType> = {};
  for (const field of REPORT_PART_FIELDS[part]) picked[field] = shape[field]!;
  let schema: z.core.$ZodType = z.object(picked);
  if (part === 'incident') schema = z.object(picked).check(startAfterDiscoveryCheck());
  try {
    const result = z.safeParse(schema, input, { reportInput: true });
    return result.success
      ? { ok: true, value: result.data as ReportPartValue<P> }
      : { ok: false, issues: toIssues(result.error.issues) };
  } catch {
    return { ok: false, issues: [{ path: '', code: 'invalid' }] };
  }
}
