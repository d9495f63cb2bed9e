/**
 * Request bodies: size limits checked before anything is read (413, and the connection closed:
 * the unread body stays on the socket), JSON content type (415), JSON parsing (400).
 * @module
 */
import { hasUnpairedSurrogate } from '@recourse/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isJsonContentType, ProblemError, problemResponse } from '../http';

const tooLarge = () => problemResponse('payload_too_large', {}, { Connection: 'close' });

/** Refuses bodies over `maxSize` bytes with 413 before they are read. */
export const limitBody = (maxSize: number): MiddlewareHandler => bodyLimit({ maxSize, onError: tooLarge });

/** 415 unless the request says it sends JSON (UTF-8). */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (!isJsonContentType(c.req.header('content-type'))) throw new ProblemError('unsupported_media_type');
  await next();
};

/**
 * The body parsed as JSON; 400 `validation_failed` when it is not JSON, when it has a `__proto__`
 * key (copied into a plain object it would set the prototype) or a string that is not well-formed
 * Unicode (a lone surrogate: it reached the store and answered 500).
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text, (k, v) => {
      if (k === '__proto__') throw new TypeError('__proto__ key');
      if (typeof v === 'string' && hasUnpairedSurrogate(v)) throw new TypeError('lone surrogate');
      return v;
    });
  } catch {
    throw new ProblemError('validation_failed', { issues: [{ path: '', code: 'invalid' }] });
  }
}
