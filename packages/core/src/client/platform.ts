/**
 * Minimal structural types of the web platform the client needs. Core compiles against
 * `lib: ES2023` only (no DOM), so `fetch`, `Response`, `AbortController`, `TextDecoder`,
 * `crypto` and timers are declared here and reached through `globalThis` with a typed cast.
 * @module
 */

/** The headers of a request or answer. */
export interface HeadersLike {
  /** A header's value, or `null`. */
  get(name: string): string | null;
  /** Whether a header is present. */
  has(name: string): boolean;
}

/** A URL object (only its text is used). */
export interface UrlLike {
  /** The whole URL. */
  readonly href: string;
}

/** A request as `fetch` receives it (ky passes a `Request`). */
export interface RequestLike {
  /** The absolute URL. */
  readonly url: string;
  /** The method, upper case. */
  readonly method: string;
  /** The headers. */
  readonly headers: HeadersLike;
}

/** A reader of a byte stream. */
export interface StreamReaderLike {
  /** The next chunk, or `done`. */
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  /** Stops reading and discards the rest. */
  cancel(reason?: unknown): Promise<void>;
  /** Releases the lock on the stream. */
  releaseLock(): void;
}

/** A readable byte stream. */
export interface ByteStreamLike {
  /** Locks the stream and returns a reader. */
  getReader(): StreamReaderLike;
  /** Discards the stream. */
  cancel(reason?: unknown): Promise<void>;
}

/** An answer as `fetch` resolves it. */
export interface ResponseLike {
  /** HTTP status. */
  readonly status: number;
  /** `true` for 2xx. */
  readonly ok: boolean;
  /** The headers. */
  readonly headers: HeadersLike;
  /** The body as a stream, when the platform streams. */
  readonly body: ByteStreamLike | null;
  /** The body as text. */
  text(): Promise<string>;
  /** The body as bytes. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** An abort signal. */
export interface AbortSignalLike {
  /** Whether it fired. */
  readonly aborted: boolean;
  /** Listens for `abort`. */
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  /** Stops listening. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** An abort controller. */
export interface AbortControllerLike {
  /** Its signal. */
  readonly signal: AbortSignalLike;
  /** Fires the signal. */
  abort(reason?: unknown): void;
}

/** Options of a `fetch` call, as far as the client uses them. */
export interface FetchInit {
  /** Method. */
  method?: string;
  /** Headers. */
  headers?: Record<string, string>;
  /** Body. */
  body?: unknown;
  /** Abort signal. */
  signal?: AbortSignalLike;
  /** Anything else `fetch` accepts. */
  [key: string]: unknown;
}

/** The `fetch` function. ky calls it with a `Request` and the non-request options. */
export type FetchLike = (input: string | UrlLike | RequestLike, init?: FetchInit) => Promise<ResponseLike>;

/** A streaming UTF-8 decoder. */
export interface TextDecoderLike {
  /** Decodes a chunk; `stream: true` keeps a split character for the next call. */
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** Waits `ms` milliseconds; rejects (or resolves early) when `signal` fires. */
export type Sleep = (ms: number, signal?: AbortSignalLike) => Promise<void>;

/** Fills `size` random bytes from a CSPRNG. */
export type RandomBytes = (size: number) => Uint8Array;

interface PlatformGlobals {
  fetch?: FetchLike;
  AbortController?: new () => AbortControllerLike;
  TextDecoder?: new (label?: string) => TextDecoderLike;
  crypto?: { getRandomValues(array: Uint8Array): Uint8Array };
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

const platform = globalThis as unknown as PlatformGlobals;

/**
 * The platform's `fetch`, bound to `globalThis`.
 * @throws Error `fetch_unavailable` when the platform has none
 */
export function platformFetch(): FetchLike {
  const fetch = platform.fetch;
  if (typeof fetch !== 'function') throw new Error('fetch_unavailable');
  return fetch.bind(globalThis) as FetchLike;
}

/**
 * Random bytes from `crypto.getRandomValues`.
 * @throws Error `crypto_unavailable` when the platform has no CSPRNG (never falls back to `Math.random`)
 */
export const platformRandom: RandomBytes = (size) => {
  const crypto = platform.crypto;
  if (!crypto || typeof crypto.getRandomValues !== 'function') throw new Error('crypto_unavailable');
  return crypto.getRandomValues(new Uint8Array(size));
};

/** A new abort controller. */
export function createAbortController(): AbortControllerLike {
  const Ctor = platform.AbortController;
  if (!Ctor) throw new Error('abort_controller_unavailable');
  return new Ctor();
}

/** A new streaming UTF-8 decoder. */
export function createTextDecoder(): TextDecoderLike {
  const Ctor = platform.TextDecoder;
  if (!Ctor) throw new Error('text_decoder_unavailable');
  return new Ctor('utf-8');
}

/** {@link Sleep} on the platform's timers; resolves early when `signal` fires. */
export const platformSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const setTimer = platform.setTimeout as NonNullable<PlatformGlobals['setTimeout']>;
    const clearTimer = platform.clearTimeout as NonNullable<PlatformGlobals['clearTimeout']>;
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      clearTimer(handle);
      done();
    };
    const handle = setTimer(done, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
