import type * as z from 'zod/mini';

/**
 * Every issue code validation can produce. The widgets' message catalogs are tested against
 * this list for completeness; codes are stable API (snake_case, never display text).
 */
export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'invalid',
  'too_short',
  'too_long',
  'too_many',
  'invalid_choice',
  'invalid_email',
  'invalid_phone',
  'invalid_wallet_address',
  'invalid_datetime',
  'in_future',
  'invalid_amount',
  'invalid_ip',
  'invalid_media_type',
  'invalid_file_name',
  'file_empty',
  'file_too_large',
  'invalid_sha256',
  'invalid_number',
  'control_characters',
  'contact_required',
  'consent_required',
  'start_after_discovery',
  'attachments_too_large',
] as const;

/** A stable validation issue code; see {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One validation problem: where (a dotted path such as `activities.2.amount`, `''` for the
 * root), what (a code) and the numbers or names a message needs (`max`, `min`...).
 */
export interface Issue {
  /** Dotted path to the offending value; `''` for the whole input. */
  path: string;
  /** Stable code the widgets translate. */
  code: IssueCode;
  /** Values for the message, e.g. `{ max: 200 }`. */
  params?: Record<string, number | string>;
}

/** The result of a validation: the parsed value, or the issues. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

const CODE_SET: ReadonlySet<string> = new Set(ISSUE_CODES);

/** Whether a string is one of {@link ISSUE_CODES}. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

function toPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function numberParam(value: unknown): number | string {
  return typeof value === 'bigint' ? Number(value) : (value as number);
}

function scalarParams(params: unknown): Record<string, number | string> | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const out: Record<string, number | string> = {};
  let any = false;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' || typeof value === 'string') {
      out[key] = value;
      any = true;
    }
  }
  return any ? out : undefined;
}

function discriminatorValue(issue: z.core.$ZodIssue): { present: boolean; value?: unknown } {
  const raw = issue as unknown as { discriminator?: unknown; input?: unknown };
  if (typeof raw.discriminator !== 'string') return { present: false };
  const input = raw.input;
  if (typeof input !== 'object' || input === null) return { present: false };
  return { present: true, value: (input as Record<string, unknown>)[raw.discriminator] };
}

/**
 * Maps one zod issue to our issue. Schemas attach our code as the issue message
 * (`{ error: 'invalid_phone' }`); built-in zod issues are mapped by their zod code.
 */
function mapIssue(issue: z.core.$ZodIssue): Issue {
  const path = toPath(issue.path);
  const message = issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (message === 'consent_required') return { path, code: 'consent_required' };
      return { path, code: issue.input === undefined ? 'required' : 'invalid_type' };
    }
    case 'too_big': {
      if (isIssueCode(message)) return { path, code: message, params: { max: numberParam(issue.maximum) } };
      const code =
        issue.origin === 'array' ? 'too_many' : issue.origin === 'string' ? 'too_long' : 'invalid_number';
      return { path, code, params: { max: numberParam(issue.maximum) } };
    }
    case 'too_small': {
      if (isIssueCode(message)) return { path, code: message, params: { min: numberParam(issue.minimum) } };
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { path, code: 'required' };
      const code = issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'invalid_number';
      return { path, code, params: { min: numberParam(issue.minimum) } };
    }
    case 'invalid_value':
      if (message === 'consent_required') return { path, code: message };
      if (issue.input === undefined) return { path, code: 'required' };
      return { path, code: isIssueCode(message) ? message : 'invalid_choice' };
    case 'invalid_union': {
      // A discriminated union without a matching tag reports at `<path>.<discriminator>`.
      const tag = discriminatorValue(issue);
      if (tag.present && tag.value === undefined) return { path, code: 'required' };
      return { path, code: isIssueCode(message) ? message : 'invalid_choice' };
    }
    case 'invalid_format':
      if (isIssueCode(message)) return { path, code: message };
      return { path, code: issue.format === 'email' ? 'invalid_email' : 'invalid' };
    case 'not_multiple_of':
      return { path, code: isIssueCode(message) ? message : 'invalid_number' };
    case 'custom': {
      const code = isIssueCode(message) ? message : 'invalid';
      const params = scalarParams(issue.params);
      return params ? { path, code, params } : { path, code };
    }
    default:
      return { path, code: isIssueCode(message) ? message : 'invalid' };
  }
}

/**
 * Turns zod issues into our issues, dropping exact duplicates (same path and code).
 * Public so that a server validating its own inputs (queries, headers) with the core schemas
 * answers the same issue codes the widgets translate. Parse with `{ reportInput: true }`: without
 * the input, a wrong value cannot be told from a missing one (both would read `required`).
 */
export function toIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const zodIssue of issues) {
    const issue = mapIssue(zodIssue);
    const key = `${issue.path}\u0000${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
