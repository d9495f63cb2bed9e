/**
 * The headers every answer carries (nosniff, no-referrer, a `default-src 'none'` CSP with the
 * platform's `frame-ancestors`, no-store, `Vary: Origin`), CORS for the allowlisted embedding
 * origins (no credentials: Bearer headers, no cookies), and the preflight answer.
 *
 * Hono's `secureHeaders` and `cors` are not used: `secureHeaders` sets a different default set
 * (COOP, CORP, HSTS, X-Frame-Options, X-XSS-Protection…) and overwrites the per-answer CSPs of
 * downloads and the docs page; `cors` answers a preflight from a foreign origin without our
 * headers and sends `Vary` differently. See ADR 0009.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { jsonText } from '../http';

/** Headers a browser on an allowed origin may send. */
export const CORS_ALLOW_HEADERS = [
  'Content-Type',
  'Authorization',
  'Idempotency-Key',
  'Last-Event-ID',
  'X-Content-SHA256',
  'X-Filename',
];
/** Headers a browser on an allowed origin may read. */
export const CORS_EXPOSE_HEADERS = ['Retry-After', 'Content-Disposition', 'Content-Length'];

/** JSON answers with every standard header set at once, and the middleware for every other answer. */
export interface AnswerHeaders {
  /** A JSON answer with every standard header (the middleware then leaves it alone: cheaper). */
  json(text: string, status?: number, headers?: Record<string, string>): Response;
  /** Adds the standard headers to any answer that lacks them, CORS, and answers preflights. */
  middleware: MiddlewareHandler;
}

/**
 * @param frameAncestors - the `frame-ancestors` sources, joined
 * @param origins - origins allowed to call the API from a browser
 */
export function createAnswerHeaders(frameAncestors: string, origins: ReadonlySet<string>): AnswerHeaders {
  const standard: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': `default-src 'none'; frame-ancestors ${frameAncestors}`,
    'Cache-Control': 'no-store',
    Vary: 'Origin',
  };
  const complete = new WeakSet<Response>();

  return {
    json(text, status = 200, headers = {}) {
      const res = jsonText(text, status, { ...standard, ...headers });
      complete.add(res);
      return res;
    },
    async middleware(c, next) {
      const origin = c.req.header('origin');
      const allowed = origin !== undefined && origins.has(origin);
      if (c.req.method === 'OPTIONS') {
        const headers: Record<string, string> = {
          ...standard,
          Vary: 'Origin, Access-Control-Request-Headers',
        };
        if (allowed) {
          headers['Access-Control-Allow-Origin'] = origin;
          headers['Access-Control-Allow-Methods'] = 'GET, POST';
          headers['Access-Control-Allow-Headers'] = CORS_ALLOW_HEADERS.join(', ');
          headers['Access-Control-Max-Age'] = '600';
        }
        c.res = new Response(null, { status: 204, headers });
        return;
      }
      await next();
      if (!complete.has(c.res)) {
        const h = c.res.headers;
        h.set('X-Content-Type-Options', 'nosniff');
        h.set('Referrer-Policy', 'no-referrer');
        if (!h.has('Content-Security-Policy'))
          h.set('Content-Security-Policy', standard['Content-Security-Policy']!);
        if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
        h.append('Vary', 'Origin');
      }
      if (allowed) {
        c.res.headers.set('Access-Control-Allow-Origin', origin);
        c.res.headers.set('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS.join(', '));
      }
    },
  };
}
