/**
 * RFC 9457 problem details with a stable `code`: the only error shape the API answers with.
 * @module
 */
import * as z from 'zod/mini';
import { ISSUE_CODES, type Issue } from '../schemas/issues';
import { GUARD_CODES, REFUSAL_CODES, type Refusal } from '../workflow/index';

/** Every problem code the API can answer with; stable API (snake_case, never display text). */
export const PROBLEM_CODES = [
  'validation_failed',
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_in_flight',
  'not_found',
  'method_not_allowed',
  'unauthorized',
  'forbidden',
  'workflow_refused',
  'version_conflict',
  'payload_too_large',
  'unsupported_media_type',
  'attachment_rejected',
  'hash_mismatch',
  'attachment_limit',
  'rate_limited',
  'unavailable',
  'internal',
  // Two-step verification (`/v1/2fa/totp`).
  'totp_already_enabled',
  'totp_not_enabled',
  'totp_enrollment_missing',
  'totp_enrollment_expired',
  'totp_code_invalid',
  'totp_code_used',
  'totp_throttled',
  'totp_locked',
  'step_up_required',
  // Containment (locks and the credential sweep).
  'lock_not_in_force',
  'lock_release_pending',
  'credential_review_closed',
] as const;
/** A problem code. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The HTTP status each problem code is answered with. */
export const PROBLEM_STATUS = {
  validation_failed: 400,
  idempotency_key_required: 400,
  idempotency_key_reused: 422,
  idempotency_in_flight: 409,
  not_found: 404,
  method_not_allowed: 405,
  unauthorized: 401,
  forbidden: 403,
  workflow_refused: 409,
  version_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  attachment_rejected: 422,
  hash_mismatch: 422,
  attachment_limit: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
  totp_already_enabled: 409,
  totp_not_enabled: 409,
  totp_enrollment_missing: 409,
  totp_enrollment_expired: 410,
  totp_code_invalid: 422,
  totp_code_used: 422,
  totp_throttled: 429,
  totp_locked: 423,
  step_up_required: 403,
  lock_not_in_force: 409,
  lock_release_pending: 409,
  credential_review_closed: 409,
} as const satisfies Record<ProblemCode, number>;

/** Prefix of every problem `type` URI: `urn:recourse:problem:<code>`. */
export const PROBLEM_TYPE_PREFIX = 'urn:recourse:problem:';

/** Whether a string is one of {@link PROBLEM_CODES}. */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}

/** Schema of a validation issue (see the schemas module). */
export const IssueSchema: z.ZodMiniType<Issue> = z.object({
  path: z.string().check(z.maxLength(1000)),
  code: z.enum(ISSUE_CODES),
  params: z.optional(z.record(z.string(), z.union([z.number(), z.string()]))),
});

/** Schema of a workflow refusal (see `decide`). */
export const RefusalSchema: z.ZodMiniType<Refusal> = z.object({
  code: z.enum(REFUSAL_CODES),
  guard: z.optional(z.enum(GUARD_CODES)),
  issues: z.optional(
    z.array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        code: z.string().check(z.maxLength(100)),
      }),
    ),
  ),
});

/** Which factor a two-step verification code was checked as. */
export const CODE_FACTORS = ['totp', 'backup_code'] as const;
/** A factor a code was checked as. */
export type CodeFactor = (typeof CODE_FACTORS)[number];

/** Schema of a problem answer. Unknown members are dropped. */
export const ProblemSchema = z.object({
  /** `urn:recourse:problem:<code>`. */
  type: z.string().check(z.minLength(1), z.maxLength(300)),
  /** The code again (no display text: clients translate `code`). */
  title: z.string().check(z.maxLength(300)),
  /** The HTTP status. */
  status: z.int().check(z.minimum(400), z.maximum(599)),
  /** Stable code. */
  code: z.enum(PROBLEM_CODES),
  /** Machine detail (a code or an identifier), never needed to act. */
  detail: z.optional(z.string().check(z.maxLength(2000))),
  /** The request path the problem is about. */
  instance: z.optional(z.string().check(z.maxLength(2000))),
  /** Validation issues, for `validation_failed`. */
  issues: z.optional(z.array(IssueSchema).check(z.maxLength(500))),
  /** The workflow's refusal, for `workflow_refused`. */
  refusal: z.optional(RefusalSchema),
  /** Seconds to wait, for `rate_limited`, `unavailable` and `totp_throttled` (mirrors `Retry-After`). */
  retryAfter: z.optional(z.int().check(z.minimum(0))),
  /** For the `totp_*` code failures: tries left before a delay applies. */
  attemptsLeft: z.optional(z.int().check(z.minimum(0))),
  /** For the `totp_*` code failures: the factor the code was checked as. */
  factor: z.optional(z.enum(CODE_FACTORS)),
});

/** A problem answer. */
export type Problem = z.output<typeof ProblemSchema>;

/** Extra members of a problem besides its code. */
export type ProblemExtras = Partial<
  Pick<Problem, 'detail' | 'instance' | 'issues' | 'refusal' | 'retryAfter' | 'attemptsLeft' | 'factor'>
>;

/**
 * Builds a problem for a code: `type` from {@link PROBLEM_TYPE_PREFIX}, `title` the code itself,
 * `status` from {@link PROBLEM_STATUS}.
 */
export function makeProblem(code: ProblemCode, extras: ProblemExtras = {}): Problem {
  const problem: Problem = {
    type: PROBLEM_TYPE_PREFIX + code,
    title: code,
    status: PROBLEM_STATUS[code],
    code,
  };
  for (const [key, value] of Object.entries(extras)) {
    if (value !== undefined) (problem as Record<string, unknown>)[key] = value;
  }
  return problem;
}
