/**
 * Answers: RFC 9457 problems with a stable code, JSON checked against the contract's schemas,
 * and the headers every answer carries.
 * @module
 */
import { makeProblem, PROBLEM_MEDIA_TYPE, type ProblemCode, type ProblemExtras } from '@recourse/core';

/** Thrown by handlers to answer with a problem. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly extras: ProblemExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ProblemError';
  }
}

/** Raised when an answer we built does not match the contract (a bug: answered 500). */
export class ContractViolationError extends Error {
  constructor(readonly paths: string[]) {
    super('answer does not match the contract');
    this.name = 'ContractViolationError';
  }
}

/** A problem answer. */
export function problemResponse(
  code: ProblemCode,
  extras: ProblemExtras = {},
  headers: Record<string, string> = {},
): Response {
  const problem = makeProblem(code, extras);
  const h = new Headers({ 'Content-Type': PROBLEM_MEDIA_TYPE, 'Cache-Control': 'no-store', ...headers });
  if (extras.retryAfter !== undefined) h.set('Retry-After', String(extras.retryAfter));
  if (code === 'unauthorized') h.set('WWW-Authenticate', 'Bearer');
  return new Response(JSON.stringify(problem), { status: problem.status, headers: h });
}

/** The part of a zod schema the server uses (it does not depend on zod itself). */
export interface Checkable {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/** Serializes an answer after checking it against its contract schema. */
export function contractJson(schema: Checkable, value: unknown): string {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ContractViolationError([
      ...new Set(result.error.issues.map((i) => i.path.map(String).join('.'))),
    ]);
  }
  // The value as built (not the parsed copy): the schema only checks, it does not reshape.
  return JSON.stringify(value);
}

/** A JSON answer from already-serialized text. */
export function jsonText(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** Whether a request's `Content-Type` is JSON. */
export function isJsonContentType(value: string | null | undefined): boolean {
  if (!value) return false;
  return /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(value.trim());
}
