/**
 * Reads started before the client that will make them has loaded. A widget whose first screen
 * is data knows its first GET requests as soon as it is connected, while the client, the schemas
 * and the templates are still arriving; starting those requests at once overlaps the network
 * with loading the code. The client is then given {@link EarlyReads.fetch}: its first GET of a
 * URL with the same credential takes the answer already on its way, and everything else (checks,
 * errors, retries, validation) is the client's as usual. A read that is never asked for is simply
 * dropped; a failed one fails the client's first attempt, which then retries as it would.
 * @internal
 * @module
 */

type Fetch = typeof globalThis.fetch;

/** One GET to start now: a path under the API base, and its bearer credential if any. */
export interface EarlyRead {
  path: string;
  credential?: string;
  /** `Accept` (default `application/json`; a stream's is `text/event-stream`). */
  accept?: string;
}

/** The reads under way, and the `fetch` to give the client that takes them. */
export interface EarlyReads {
  /** A `fetch` that answers the first matching GET from the early reads, the rest from `base`. */
  fetch: Fetch;
  /**
   * A copy of the answer of one read not taken yet (`undefined` otherwise), leaving the read to its
   * taker: a first paint can show an answer it checks itself, and when it cannot, the client takes
   * the same answer (no second request: a refused token is not counted twice).
   * @param path - the read's path under the API base, as started
   * @param credential - its bearer credential, as started
   */
  peek(path: string, credential?: string): Promise<Response> | undefined;
  /**
   * Settles one read not taken yet without its taker: a first paint showed the answer it peeked at
   * itself, so the next GET of that URL is a new request (not this answer, already old by then).
   * @param path - the read's path under the API base, as started
   * @param credential - its bearer credential, as started
   */
  shown(path: string, credential?: string): void;
  /** Aborts the reads no one has taken (an open stream among them); taken ones are the client's. */
  drop(): void;
}

/**
 * The URL the client (ky with `prefixUrl`) requests for `path` under `base`; a relative base
 * (`/api`) is resolved against the page, as the browser resolves the client's requests.
 */
export function readUrl(base: string, path: string): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, location.href);
  return new URL(path.replace(/^\//, ''), root).href;
}

const keyOf = (url: string, authorization: string | null) => `${url}\n${authorization ?? ''}`;

/**
 * Starts `reads` now with `base` (credentials only in `Authorization`, never cookies), and returns
 * the `fetch` that hands each answer to the first identical GET.
 * @param apiBase - the API base URL (absolute)
 * @param reads - the GET requests the first screen needs
 * @param base - the real `fetch` (the page's, or one injected for tests and proxies)
 */
export function startEarlyReads(apiBase: string, reads: readonly EarlyRead[], base: Fetch): EarlyReads {
  const pending = new Map<
    string,
    { answer: Promise<Response>; abort: AbortController; copy?: Promise<Response> }
  >();
  for (const read of reads) {
    const url = readUrl(apiBase, read.path);
    const headers: Record<string, string> = { Accept: read.accept ?? 'application/json' };
    if (read.credential !== undefined) headers.Authorization = `Bearer ${read.credential}`;
    const abort = new AbortController();
    const answer = base(url, { method: 'GET', headers, credentials: 'omit', signal: abort.signal });
    // Unclaimed or failed reads must not surface as unhandled rejections.
    answer.catch(() => undefined);
    pending.set(keyOf(url, headers.Authorization ?? null), { answer, abort });
  }
  const fetch: Fetch = (input, init) => {
    if (pending.size > 0) {
      const request = input instanceof Request ? input : undefined;
      const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
      if (method === 'GET') {
        const url = request ? request.url : new URL(String(input), location.href).href;
        const headers = new Headers(init?.headers ?? request?.headers);
        const key = keyOf(url, headers.get('authorization'));
        const early = pending.get(key);
        if (early) {
          pending.delete(key);
          // The taker's signal now governs the read (its timeout, a stream it stops).
          const signal = init?.signal ?? request?.signal;
          if (signal?.aborted) early.abort.abort(signal.reason);
          else signal?.addEventListener('abort', () => early.abort.abort(signal.reason), { once: true });
          return early.answer;
        }
      }
    }
    return base(input, init);
  };
  const readKey = (path: string, credential?: string) =>
    keyOf(readUrl(apiBase, path), credential === undefined ? null : `Bearer ${credential}`);
  const peek = (path: string, credential?: string) => {
    const read = pending.get(readKey(path, credential));
    if (!read) return undefined;
    // One copy, made as the answer arrives (before its taker can read the body).
    read.copy ??= read.answer.then((response) => response.clone());
    return read.copy;
  };
  const shown = (path: string, credential?: string) => {
    pending.delete(readKey(path, credential));
  };
  const drop = () => {
    for (const { abort } of pending.values()) abort.abort();
    pending.clear();
  };
  return { fetch, peek, shown, drop };
}
