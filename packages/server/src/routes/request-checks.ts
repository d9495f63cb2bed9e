/**
 * Checks of request parts shared by the route modules: the idempotency key, a command's body,
 * query issues.
 * @module
 */
import { toIssues } from '@recourse/core';
import type { Context } from 'hono';
import { ProblemError } from '../http';
import { requireIdempotencyKey } from '../service/idempotent';

/** The request's `Idempotency-Key`; 400 `idempotency_key_required` without a valid one. */
export const idempotencyKeyOf = (c: Context): string =>
  requireIdempotencyKey(c.req.header('idempotency-key'));

/** A command's body: `{ type, payload? }` and nothing else; 400 otherwise. */
export function commandBody(body: unknown): { type: string; payload?: unknown } {
  const ok =
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as { type?: unknown }).type === 'string' &&
    Object.keys(body).every((k) => k === 'type' || k === 'payload');
  if (!ok) throw new ProblemError('validation_failed', { issues: [{ path: '', code: 'invalid' }] });
  return body as { type: string; payload?: unknown };
}

/** A query's issues as a 400 with the contract's issue codes. */
export const queryIssues = (issues: Parameters<typeof toIssues>[0]): ProblemError =>
  new ProblemError('validation_failed', { issues: toIssues(issues).slice(0, 500) });
