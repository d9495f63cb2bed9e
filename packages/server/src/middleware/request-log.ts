/**
 * One log line per request: method, route template, status, duration. Never a token, a body,
 * a header value or an id.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../options';

/** Logs every request once its answer is final (headers included). */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const t0 = performance.now();
    await next();
    let route = routePath(c, -1);
    if (!route || route === '*' || route === '/*') route = '(unmatched)';
    logger.info({
      msg: 'request',
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round((performance.now() - t0) * 10) / 10,
    });
  };
}
