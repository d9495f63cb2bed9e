/**
 * The client's typed errors. The UI branches on the class and the `code`, never on a message.
 * @module
 */
import type { Problem, ProblemCode } from '../api/problem';
import type { Issue } from '../schemas/issues';
import type { Refusal } from '../workflow/index';

/** The API answered with a problem (RFC 9457). */
export class RecourseApiError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** Stable problem code. */
  readonly code: ProblemCode;
  /** Validation issues, for `validation_failed`. */
  readonly issues: Issue[];
  /** The workflow's refusal, for `workflow_refused`. */
  readonly refusal: Refusal | undefined;
  /** Seconds to wait before retrying (from the problem or `Retry-After`). */
  readonly retryAfter: number | undefined;
  /** The whole problem. */
  readonly problem: Problem;

  /**
   * @param problem - the parsed problem
   * @param retryAfter - seconds from `Retry-After`, when the problem has none
   */
  constructor(problem: Problem, retryAfter?: number) {
    super(problem.code);
    this.name = 'RecourseApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.issues = problem.issues ?? [];
    this.refusal = problem.refusal;
    this.retryAfter = problem.retryAfter ?? retryAfter;
    this.problem = problem;
  }
}

/** What went wrong on the wire. */
export type NetworkFailure = 'network' | 'timeout';

/** No answer: offline, DNS, reset connection or timeout (after the retries). The UI can say "offline, retrying". */
export class RecourseNetworkError extends Error {
  /** `network` or `timeout`. */
  readonly reason: NetworkFailure;

  /**
   * @param reason - `network` or `timeout`
   * @param cause - the underlying error
   */
  constructor(reason: NetworkFailure, cause?: unknown) {
    super(reason, { cause });
    this.name = 'RecourseNetworkError';
    this.reason = reason;
  }
}

/** Codes of protocol errors. */
export const PROTOCOL_ERROR_CODES = [
  'invalid_json',
  'invalid_body',
  'invalid_problem',
  'invalid_stream',
] as const;
/** A protocol error code. */
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

/** The server answered something that breaks the contract (malformed JSON or a body the schema refuses). */
export class RecourseProtocolError extends Error {
  /** What was wrong. */
  readonly code: ProtocolErrorCode;
  /** HTTP status of the answer. */
  readonly status: number;
  /** Paths the schema complained about (no values: they may be sensitive). */
  readonly paths: string[];

  /**
   * @param code - what was wrong
   * @param status - HTTP status
   * @param paths - offending paths
   */
  constructor(code: ProtocolErrorCode, status: number, paths: string[] = []) {
    super(code);
    this.name = 'RecourseProtocolError';
    this.code = code;
    this.status = status;
    this.paths = paths;
  }
}

/** Any error the client raises. */
export type RecourseError = RecourseApiError | RecourseNetworkError | RecourseProtocolError;

/** Whether an error is one of the client's errors. */
export function isRecourseError(error: unknown): error is RecourseError {
  return (
    error instanceof RecourseApiError ||
    error instanceof RecourseNetworkError ||
    error instanceof RecourseProtocolError
  );
}
