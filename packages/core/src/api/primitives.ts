/**
 * Small schemas the HTTP contract shares: identifiers, instants, hashes, http(s)-only URLs and
 * the idempotency key, plus the header names of the protocol.
 * @module
 */
import * as z from 'zod/mini';
import { hasControlCharacters } from '../schemas/primitives';
import { noControlCharacters } from './plain/refinements';

/** Header names of the protocol (case-insensitive on the wire). */
export const HEADERS = {
  /** One key per logical submission; see {@link IDEMPOTENCY_KEY_PATTERN}. */
  idempotencyKey: 'Idempotency-Key',
  /** Percent-encoded (`encodeURIComponent`) file name of a raw attachment upload. */
  filename: 'X-Filename',
  /** SHA-256 of the uploaded bytes, lowercase hex. */
  contentSha256: 'X-Content-SHA256',
  /** The last sequence number the client has, to resume an event stream. */
  lastEventId: 'Last-Event-ID',
  /** Seconds to wait before retrying (429, 503). */
  retryAfter: 'Retry-After',
} as const;

/** Media type of problem answers (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
/** Media type of the event stream. */
export const EVENT_STREAM_MEDIA_TYPE = 'text/event-stream';

/** An `Idempotency-Key`: 8 to 128 characters of `A-Z a-z 0-9 _ -`. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** Schema of an `Idempotency-Key` header value. */
export const IdempotencyKeySchema = z.string().check(z.regex(IDEMPOTENCY_KEY_PATTERN));

/** Whether a value is a well-formed idempotency key. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value);
}

/** Pattern of resource ids (cases, attachments, outside bodies): 1 to 128 URL-safe characters. */
export const RESOURCE_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** A resource id; safe in a URL path segment without encoding. */
export const ResourceIdSchema = z.string().check(z.regex(RESOURCE_ID_PATTERN));

/** An ISO 8601 instant with `Z` or an offset. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** A SHA-256 digest, lowercase hex. */
export const Sha256HexSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** A non-negative safe integer. */
export const CountSchema = z.int().check(z.minimum(0));

/** Longest URL the contract accepts. */
export const URL_MAX = 2048;

const USERINFO = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*@/;

/**
 * An absolute `http:` or `https:` URL without credentials or control characters. Any other
 * scheme (`javascript:`, `data:`, `file:`...) is refused, so a URL from configuration can be bound
 * to an `href` safely.
 */
export function httpUrl() {
  return z.url({ protocol: /^https?$/ }).check(
    z.maxLength(URL_MAX),
    z.refine((s: string) => /^https?:\/\//i.test(s), { error: 'invalid' }),
    z.refine((s: string) => !hasControlCharacters(s) && !/\s/.test(s), { error: 'invalid' }),
    z.refine((s: string) => !USERINFO.test(s), { error: 'invalid' }),
  );
}

/** Whether a value is a URL {@link httpUrl} accepts. */
export function isHttpUrl(value: unknown): value is string {
  return z.safeParse(httpUrl(), value).success;
}

/** Bounded single-line text without control characters (data, never our display text). */
export function label(max: number) {
  return z.string().check(
    z.minLength(1),
    z.maxLength(max),
    // A named function, not a closure: plain descriptions name it (api/plain/refinements).
    z.refine(noControlCharacters, { error: 'control_characters' }),
  );
}

/** Fills a path template (`/v1/cases/{id}`) with percent-encoded parameters. */
export function fillPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError('path_param_missing');
    return encodeURIComponent(value);
  });
}
