/**
 * The HTTP layer of the client, on ky: credentials in headers only, one idempotency key reused
 * by every retry, retries only where they are safe, answers parsed with the contract's schemas
 * and failures turned into typed errors.
 * @internal
 * @module
 */
import ky, { HTTPError, type KyInstance, type Options, TimeoutError } from 'ky';
import * as z from 'zod/mini';
import type { EndpointDefinition } from '../api/endpoints';
import { fillPath, HEADERS } from '../api/primitives';
import { makeProblem, type ProblemCode, ProblemSchema } from '../api/problem';
import { isRecourseError, RecourseApiError, RecourseNetworkError, RecourseProtocolError } from './errors';
import { type AbortSignalLike, type FetchLike, platformFetch, type ResponseLike } from './platform';
import {
  IN_FLIGHT_CODE,
  RETRY_AFTER_STATUS_CODES,
  RETRY_POLICY,
  RETRY_STATUS_CODES,
  retryWaitMs,
} from './retry-policy';

/** Retry settings of the client. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Cap on a `Retry-After` wait and on backoff, in milliseconds (default 30 000). */
  maxRetryAfterMs?: number;
  /** Backoff before retry `attempt` (1-based) when no `Retry-After` applies (default 300 ms doubling). */
  backoffMs?: (attempt: number) => number;
}

/** Settings of the transport. */
export interface TransportOptions {
  /** API origin and optional path prefix, e.g. `https://api.example.com`. */
  baseUrl: string;
  /** `fetch` to use (default the platform's). */
  fetch?: FetchLike;
  /** Timeout of each attempt until the answer's headers, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Retry settings. */
  retry?: RetryOptions;
  /** The clock, for `Retry-After` dates. */
  now?: () => Date;
}

/** One call. */
export interface CallSpec {
  /** The endpoint. */
  endpoint: EndpointDefinition;
  /** Path parameters. */
  params?: Readonly<Record<string, string>>;
  /** Query parameters; `undefined` values are left out. */
  query?: Readonly<Record<string, string | undefined>>;
  /** Bearer credential (reporter token or agent key): sent only in `Authorization`. */
  credential?: string;
  /**
   * Send the browser's cookies (`credentials: 'include'`): only for the calls the platform's own
   * session proves (`POST /v1/locks`). Every other call omits them.
   */
  withCookies?: boolean;
  /** JSON body. */
  json?: unknown;
  /** Raw body. */
  body?: Uint8Array;
  /** Extra headers. */
  headers?: Readonly<Record<string, string>>;
  /** The idempotency key; POSTs are retried only when they carry one. */
  idempotencyKey?: string;
  /** `Accept` (default `application/json`). */
  accept?: string;
  /** `false` turns retries off (streams reconnect on their own). */
  retry?: boolean;
  /** Aborts the call. */
  signal?: AbortSignalLike;
  /** Upload progress. */
  onUploadProgress?: (progress: { transferredBytes: number; totalBytes: number }) => void;
}

/** What the transport exposes to the client. */
export interface Transport {
  /** Sends a call; resolves with a 2xx answer, rejects with a typed error. */
  send(spec: CallSpec): Promise<ResponseLike>;
  /** Reads a JSON answer and parses it with a schema. */
  parse<S extends z.ZodMiniType>(response: ResponseLike, schema: S): Promise<z.output<S>>;
}

/** Problem codes assumed for error answers without a valid problem body (proxies, gateways). */
const FALLBACK_CODES: Readonly<Record<number, ProblemCode>> = {
  429: 'rate_limited',
  500: 'internal',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

const defaultBackoff = (attempt: number) => retryWaitMs(attempt);

/**
 * Reads `Retry-After` (seconds or an HTTP date).
 * @returns whole seconds, or `undefined`
 */
export function parseRetryAfter(value: string | null, now: () => Date): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now().getTime()) / 1000));
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

async function problemCode(
  response: ResponseLike & { clone?: () => ResponseLike },
): Promise<string | undefined> {
  try {
    const copy = response.clone ? response.clone() : response;
    const body = JSON.parse(await copy.text()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the transport.
 * @param options - base URL, fetch, timeout, retry, clock
 */
export function createTransport(options: TransportOptions): Transport {
  const now = options.now ?? (() => new Date());
  const limit = options.retry?.limit ?? RETRY_POLICY.limit;
  const cap = options.retry?.maxRetryAfterMs ?? RETRY_POLICY.maxWaitMs;
  const backoff = options.retry?.backoffMs ?? defaultBackoff;
  const fetch = options.fetch ?? platformFetch();
  const api: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeoutMs ?? 15_000,
    fetch: fetch as unknown as Options['fetch'],
    credentials: 'omit',
  } as Options);

  const retryFor = (method: string, keyed: boolean, enabled: boolean): Options['retry'] => {
    const allowed = enabled && (method === 'GET' || keyed);
    return {
      limit: allowed ? limit : 0,
      methods: allowed ? [method.toLowerCase()] : [],
      statusCodes: [...RETRY_STATUS_CODES],
      afterStatusCodes: [...RETRY_AFTER_STATUS_CODES],
      maxRetryAfter: cap,
      backoffLimit: cap,
      delay: (attempt) => Math.min(cap, backoff(attempt)),
      retryOnTimeout: true,
      shouldRetry: async ({ error }) => {
        if (isAbort(error)) return false;
        // A keyed POST whose first attempt is still running: ask again, the answer will be replayed.
        if (error instanceof HTTPError && error.response.status === 409) {
          return keyed && (await problemCode(error.response as unknown as ResponseLike)) === IN_FLIGHT_CODE;
        }
        return undefined;
      },
    };
  };

  const toError = async (error: unknown): Promise<unknown> => {
    if (isRecourseError(error) || isAbort(error)) return error;
    if (error instanceof TimeoutError) return new RecourseNetworkError('timeout', error);
    if (error instanceof HTTPError) {
      const response = error.response as unknown as ResponseLike;
      const retryAfter = parseRetryAfter(response.headers.get(HEADERS.retryAfter), now);
      let body: unknown;
      try {
        body = JSON.parse(await response.text());
      } catch {
        body = undefined;
      }
      const parsed = z.safeParse(ProblemSchema, body);
      if (parsed.success) return new RecourseApiError(parsed.data, retryAfter);
      const fallback = FALLBACK_CODES[response.status];
      if (fallback)
        return new RecourseApiError({ ...makeProblem(fallback), status: response.status }, retryAfter);
      return new RecourseProtocolError('invalid_problem', response.status);
    }
    return new RecourseNetworkError('network', error);
  };

  return {
    async send(spec) {
      const { endpoint } = spec;
      const headers: Record<string, string> = { Accept: spec.accept ?? 'application/json', ...spec.headers };
      if (spec.credential !== undefined) headers.Authorization = `Bearer ${spec.credential}`;
      if (spec.idempotencyKey !== undefined) headers[HEADERS.idempotencyKey] = spec.idempotencyKey;
      const query = spec.query
        ? Object.fromEntries(
            Object.entries(spec.query).filter((entry): entry is [string, string] => entry[1] !== undefined),
          )
        : undefined;
      const init: Options = {
        method: endpoint.method,
        headers,
        retry: retryFor(endpoint.method, spec.idempotencyKey !== undefined, spec.retry !== false),
      };
      if (query && Object.keys(query).length > 0) init.searchParams = query;
      if (spec.json !== undefined) init.json = spec.json;
      if (spec.body !== undefined) (init as { body?: unknown }).body = spec.body;
      if (spec.signal) (init as { signal?: unknown }).signal = spec.signal;
      if (spec.withCookies) init.credentials = 'include';
      if (spec.onUploadProgress) {
        const report = spec.onUploadProgress;
        init.onUploadProgress = (progress) => report(progress);
      }
      try {
        return (await api(
          fillPath(endpoint.path, spec.params).replace(/^\//, ''),
          init,
        )) as unknown as ResponseLike;
      } catch (error) {
        throw await toError(error);
      }
    },

    async parse(response, schema) {
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw await toError(error);
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new RecourseProtocolError('invalid_json', response.status);
      }
      const result = z.safeParse(schema, body);
      if (!result.success) {
        const paths = result.error.issues.map((issue) => issue.path.map(String).join('.'));
        throw new RecourseProtocolError('invalid_body', response.status, [...new Set(paths)]);
      }
      return result.data;
    },
  };
}
