/**
 * What the server answers when a handler throws or no route matches: problems (RFC 9457) with
 * a stable code; 405 with `Allow` for a known path and another method; a log line (class name,
 * code, stack frames: never the message) for anything unexpected, answered 500.
 * @module
 */
import { ENDPOINTS } from '@recourse/core';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { ContractViolationError, ProblemError, problemResponse } from '../http';
import type { Logger, LogRecord } from '../options';
import { InvalidCursorError, StoreUnavailableError } from '../store/errors';

function stackWithoutMessage(err: unknown): string | undefined {
  const stack = (err as Error | undefined)?.stack;
  return stack ? stack.split('\n').slice(1, 8).join('\n') : undefined;
}

/** The answer to an error thrown by a handler or a middleware. */
export function answerError(logger: Logger): ErrorHandler {
  return (err) => {
    if (err instanceof ProblemError) return problemResponse(err.code, err.extras, err.headers);
    if (err instanceof StoreUnavailableError)
      return problemResponse('unavailable', { retryAfter: err.retryAfterSeconds });
    if (err instanceof InvalidCursorError)
      return problemResponse('validation_failed', { issues: [{ path: 'cursor', code: 'invalid' }] });
    const record: LogRecord = {
      msg: err instanceof ContractViolationError ? 'contract_violation' : 'request_failed',
      error: err?.name ?? 'Error',
      code: (err as { code?: string }).code,
      stack: stackWithoutMessage(err),
    };
    if (err instanceof ContractViolationError) record.code = err.paths.slice(0, 10).join(',');
    logger.error(record);
    return problemResponse('internal');
  };
}

/** 405 (with `Allow`) for a path of the contract with another method; 404 otherwise. */
export function answerNotFound(): NotFoundHandler {
  const templates = (Object.values(ENDPOINTS) as { method: string; path: string }[]).map((e) => ({
    method: e.method,
    re: new RegExp(`^${e.path.replace(/\{[A-Za-z0-9_]+\}/g, '[^/]+')}$`),
  }));
  return (c) => {
    const allow = templates.filter((t) => t.re.test(c.req.path)).map((t) => t.method);
    if (allow.length > 0)
      return problemResponse('method_not_allowed', {}, { Allow: [...new Set(allow)].join(', ') });
    return problemResponse('not_found');
  };
}
