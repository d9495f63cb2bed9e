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
  const tuning = deps.tuning ?? {};
  const pollIntervalMs = tuning.pollIntervalMs ?? 10_000;
  const maxFailures = tuning.maxStreamFailures ?? 3;
  const reconnectMaxMs = tuning.reconnectMaxMs ?? 30_000;
  const pollsBeforeStreamRetry = tuning.pollsBeforeStreamRetry ?? 30;
  let reconnectBaseMs = tuning.reconnectBaseMs ?? 1_000;
  const controller = createAbortController();
  const signal = controller.signal;
  let stopped = false;
  let lastSeq = options.after ?? 0;
  let status: SubscriptionStatus | null = null;

  const setStatus = (next: SubscriptionStatus) => {
    if (stopped || next === status) return;
    status = next;
    options.onStatus?.(next);
  };

  const deliver = (entry: ChainEntry) => {
    if (stopped || entry.seq <= lastSeq) return;
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
        onRetry: (ms) => {
          reconnectBaseMs = Math.min(ms, reconnectMaxMs);
        },
        onComment: progress,
      },
      async () => {
        for (const entry of pending.splice(0)) {
          progress();
          if (entry.seq > lastSeq + 1) await catchUp();
          deliver(entry);
        }
      },
      () => stopped,
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
    stopped = true;
    options.onError?.(error);
  };

  const run = async () => {
    let failures = 0;
    let polling = false;
    let polls = 0;
    while (!stopped) {
      if (!polling) {
        let progressed = false;
        let unavailable = false;
        try {
          unavailable =
            (await stream(() => {
              progressed = true;
            })) === 'unavailable';
        } catch (error) {
          if (stopped) break;
          if (isFinal(error)) return fail(error);
        }
        if (stopped) break;
        // A stream that delivered something and then dropped counts as one failure.
        failures = progressed ? 1 : failures + 1;
        if (unavailable || failures >= maxFailures) {
          polling = true;
          polls = 0;
          continue;
        }
        setStatus('reconnecting');
        await deps.sleep(Math.min(reconnectMaxMs, reconnectBaseMs * 2 ** (failures - 1)), signal);
        continue;
      }
      try {
        await catchUp();
        setStatus('polling');
      } catch (error) {
        if (stopped) break;
        if (isFinal(error)) return fail(error);
        setStatus('offline');
      }
      polls += 1;
      if (pollsBeforeStreamRetry > 0 && polls >= pollsBeforeStreamRetry) {
        // Try the stream once more; one failure sends us back to polling.
        polling = false;
        failures = maxFailures - 1;
        continue;
      }
      await deps.sleep(pollIntervalMs, signal);
    }
  };

  void run().catch((error: unknown) => {
    if (!stopped) options.onError?.(error);
  });

  return () => {
    if (stopped) return;
    stopped = true;
    controller.abort();
  };
}
