/**
 * Live updates of a case: server-sent events over `fetch` streaming (EventSource cannot send an
 * `Authorization` header), resumed with `Last-Event-ID` after drops, with a fallback to polling.
 * @module
 */
import type { EventsPage } from '../api/cases';
import type { ChainEntry } from '../workflow/index';
import { RecourseApiError, RecourseProtocolError } from './errors';
import {
  type AbortSignalLike,
  createAbortController,
  createTextDecoder,
  type ResponseLike,
  type Sleep,
} from './platform';
import { createSseParser, type SseHandlers } from './sse';

/** Connection states reported to `onStatus`. */
export const SUBSCRIPTION_STATUSES = ['live', 'reconnecting', 'polling', 'offline'] as const;
/** A connection state. */
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** Tuning of subscriptions. */
export interface SubscribeTuning {
  /** Polling interval when streaming is unavailable, in milliseconds (default 10 000). */
  pollIntervalMs?: number;
  /** Consecutive stream failures before falling back to polling (default 3). */
  maxStreamFailures?: number;
  /** First reconnection delay, doubled per failure (default 1 000; the server's `retry:` overrides it). */
  reconnectBaseMs?: number;
  /** Longest reconnection delay (default 30 000). */
  reconnectMaxMs?: number;
  /** Polls before trying the stream again (default 30; 0 never). */
  pollsBeforeStreamRetry?: number;
}

/** Options of one subscription. */
export interface SubscribeOptions {
  /** Connection state changes. */
  onStatus?: (status: SubscriptionStatus) => void;
  /** A final error (401, 404, a broken contract): the subscription stops. */
  onError?: (error: unknown) => void;
  /** Deliver only entries after this sequence number (default 0: everything). */
  after?: number;
}

/** What a subscription needs from the client. */
export interface SubscriptionDeps {
  /** Opens the stream, sending `Last-Event-ID` when `lastSeq > 0`. */
  openStream(lastSeq: number, signal: AbortSignalLike): Promise<ResponseLike>;
  /** Parses one `data:` payload into an entry. */
  parseEntry(data: string): ChainEntry;
  /** `GET .../events?after=`. */
  listEvents(after: number, signal: AbortSignalLike): Promise<EventsPage>;
  /** Waits. */
  sleep: Sleep;
  /** Tuning. */
  tuning?: SubscribeTuning;
}

/** An error after which retrying cannot help. @internal */
export function isFinal(error: unknown): boolean {
  if (error instanceof RecourseProtocolError) return true;
  if (error instanceof RecourseApiError) return [400, 401, 403, 404, 410].includes(error.status);
  return false;
}

/** Whether an answer is a readable `text/event-stream`. @internal */
export function isEventStream(response: ResponseLike): boolean {
  return (
    (response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/event-stream') &&
    typeof response.body?.getReader === 'function'
  );
}

/**
 * Reads an event stream until it ends or `stopped()`: the parser's callbacks get its events, and
 * `afterChunk` runs (awaited) after each chunk, to act on what the chunk held. @internal
 */
export async function readEventStream(
  response: ResponseLike,
  handlers: SseHandlers,
  afterChunk: () => Promise<void> | void,
  stopped: () => boolean,
): Promise<void> {
  const reader = response.body!.getReader();
  const decoder = createTextDecoder();
  const parser = createSseParser(handlers);
  try {
    while (!stopped()) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
      await afterChunk();
    }
  } finally {
    parser.end();
    reader.cancel().catch(() => undefined);
  }
}

/** The state both subscriptions (a case's, the desk's) keep. @internal */
export interface SubscriptionState {
  readonly pollIntervalMs: number;
  readonly maxFailures: number;
  readonly pollsBeforeStreamRetry: number;
  readonly signal: AbortSignalLike;
  stopped: boolean;
  /** Reports a status once per change, never after the stop. */
  setStatus(next: SubscriptionStatus): void;
  /** The server's `retry:` (capped by `reconnectMaxMs`) becomes the first reconnection delay. */
  onRetry(ms: number): void;
  /** The delay before the next attempt after `failures` failures in a row (doubling, capped). */
  backoff(failures: number): number;
  /** Runs the loop (an unexpected throw goes to `onError`); returns the function that stops it. */
  start(run: () => Promise<void>, onError?: (error: unknown) => void): () => void;
}

/**
 * The tuning with its defaults, the abort controller, the stop flag and the status callback: what
 * both subscriptions share. @internal
 */
export function subscriptionState(
  tuning: SubscribeTuning = {},
  onStatus?: (status: SubscriptionStatus) => void,
): SubscriptionState {
  const controller = createAbortController();
  const reconnectMaxMs = tuning.reconnectMaxMs ?? 30_000;
  let reconnectBaseMs = tuning.reconnectBaseMs ?? 1_000;
  let status: SubscriptionStatus | null = null;
  const state: SubscriptionState = {
    pollIntervalMs: tuning.pollIntervalMs ?? 10_000,
    maxFailures: tuning.maxStreamFailures ?? 3,
    pollsBeforeStreamRetry: tuning.pollsBeforeStreamRetry ?? 30,
    signal: controller.signal,
    stopped: false,
    setStatus(next) {
      if (state.stopped || next === status) return;
      status = next;
      onStatus?.(next);
    },
    onRetry(ms) {
      reconnectBaseMs = Math.min(ms, reconnectMaxMs);
    },
    backoff: (failures) => Math.min(reconnectMaxMs, reconnectBaseMs * 2 ** (failures - 1)),
    start(run, onError) {
      void run().catch((error: unknown) => {
        if (!state.stopped) onError?.(error);
      });
      return () => {
        if (state.stopped) return;
        state.stopped = true;
        controller.abort();
      };
    },
  };
  return state;
}

/**
 * Starts a subscription.
 * @param deps - stream, polling and timer functions
 * @param onEntry - called once per entry, in sequence order, never twice for one seq
 * @param options - status and error callbacks, starting point
 * @returns a function that stops the subscription
 */
export function startSubscription(
  deps: SubscriptionDeps,
  onEntry: (entry: ChainEntry) => void,
  options: SubscribeOptions = {},
): () => void {
  const state = subscriptionState(deps.tuning, options.onStatus);
  const { signal, setStatus } = state;
  let lastSeq = options.after ?? 0;

  const deliver = (entry: ChainEntry) => {
    if (state.stopped || entry.seq <= lastSeq) return;
    lastSeq = entry.seq;
    onEntry(entry);
  };

  /** Fetches what is missing after `lastSeq`. */
  const catchUp = async () => {
    const page = await deps.listEvents(lastSeq, signal);
    for (const entry of [...page.entries].sort((a, b) => a.seq - b.seq)) {
      if (entry.seq === lastSeq + 1) deliver(entry);
    }
  };

  /** Reads one stream until it ends; `progress` is called on each event or heartbeat. */
  const readStream = (response: ResponseLike, progress: () => void): Promise<void> => {
    const pending: ChainEntry[] = [];
    return readEventStream(
      response,
      {
        onEvent: (event) => {
          if (event.type === 'entry') pending.push(deps.parseEntry(event.data));
        },
        onRetry: state.onRetry,
        onComment: progress,
      },
      async () => {
        for (const entry of pending.splice(0)) {
          progress();
          if (entry.seq > lastSeq + 1) await catchUp();
          deliver(entry);
        }
      },
      () => state.stopped,
    );
  };

  /** One stream attempt: `unavailable` when the answer is not a stream. */
  const stream = async (progress: () => void): Promise<'ended' | 'unavailable'> => {
    const response = await deps.openStream(lastSeq, signal);
    if (!isEventStream(response)) {
      response.body?.cancel().catch(() => undefined);
      return 'unavailable';
    }
    setStatus('live');
    await readStream(response, progress);
    return 'ended';
  };

  const fail = (error: unknown) => {
    setStatus('offline');
    state.stopped = true;
    options.onError?.(error);
  };

  const run = async () => {
    let failures = 0;
    let polling = false;
    let polls = 0;
    while (!state.stopped) {
      if (!polling) {
        let progressed = false;
        let unavailable = false;
        try {
          unavailable =
            (await stream(() => {
              progressed = true;
            })) === 'unavailable';
        } catch (error) {
          if (state.stopped) break;
          if (isFinal(error)) return fail(error);
        }
        if (state.stopped) break;
        // A stream that delivered something and then dropped counts as one failure.
        failures = progressed ? 1 : failures + 1;
        if (unavailable || failures >= state.maxFailures) {
          polling = true;
          polls = 0;
          continue;
        }
        setStatus('reconnecting');
        await deps.sleep(state.backoff(failures), signal);
        continue;
      }
      try {
        await catchUp();
        setStatus('polling');
      } catch (error) {
        if (state.stopped) break;
        if (isFinal(error)) return fail(error);
        setStatus('offline');
      }
      polls += 1;
      if (state.pollsBeforeStreamRetry > 0 && polls >= state.pollsBeforeStreamRetry) {
        // Try the stream once more; one failure sends us back to polling.
        polling = false;
        failures = state.maxFailures - 1;
        continue;
      }
      await deps.sleep(state.pollIntervalMs, signal);
    }
  };

  return state.start(run, options.onError);
}
