/**
 * The desk's live queue: `GET /v1/desk/stream` read over `fetch` streaming (EventSource cannot
 * send an `Authorization` header). Each `changed` event names a case that changed. The stream has
 * no ids to resume from, so after every reconnection the caller is told to reload everything
 * (`onChange(null)`): nothing that changed while it was down is missed.
 * @module
 */
import type { DeskChange } from '../api/desk';
import type { AbortSignalLike, ResponseLike, Sleep } from './platform';
import {
  isEventStream,
  isFinal,
  readEventStream,
  type SubscribeTuning,
  type SubscriptionStatus,
  subscriptionState,
} from './subscribe';

/** Options of the desk's subscription. */
export interface DeskSubscribeOptions {
  /**
   * Connection state: `live` while the stream is open, `reconnecting` between attempts, `polling`
   * when the server offers no stream or it keeps failing (the caller should poll then), `offline`
   * after a final error.
   */
  onStatus?: (status: SubscriptionStatus) => void;
  /** A final error (401, 403, a broken contract): the subscription stops. */
  onError?: (error: unknown) => void;
}

/** What the desk's subscription needs from the client. */
export interface DeskSubscriptionDeps {
  /** Opens the stream. */
  openStream(signal: AbortSignalLike): Promise<ResponseLike>;
  /** Parses one `data:` payload. */
  parseChange(data: string): DeskChange;
  /** Waits. */
  sleep: Sleep;
  /** Tuning (reconnection delays, failures before `polling`, how long to poll before retrying). */
  tuning?: SubscribeTuning;
}

/**
 * Starts the desk's subscription.
 * @param deps - stream and timer functions
 * @param onChange - a case that changed, or `null`: reload everything (after a reconnection)
 * @param options - status and error callbacks
 * @returns a function that stops the subscription
 */
export function startDeskSubscription(
  deps: DeskSubscriptionDeps,
  onChange: (change: DeskChange | null) => void,
  options: DeskSubscribeOptions = {},
): () => void {
  const state = subscriptionState(deps.tuning, options.onStatus);
  const { maxFailures, setStatus } = state;
  // No polling of its own (the caller polls): how long to wait before trying the stream again.
  const pollRetryMs = state.pollIntervalMs * state.pollsBeforeStreamRetry;

  /** Reads one open stream until it ends. */
  const read = (response: ResponseLike) => {
    const changes: DeskChange[] = [];
    return readEventStream(
      response,
      {
        onEvent: (event) => {
          if (event.type === 'changed') changes.push(deps.parseChange(event.data));
        },
        onRetry: state.onRetry,
      },
      () => {
        for (const change of changes.splice(0)) if (!state.stopped) onChange(change);
      },
      () => state.stopped,
    );
  };

  const run = async () => {
    let failures = 0;
    let opened = false;
    while (!state.stopped) {
      let delay: number;
      try {
        const response = await deps.openStream(state.signal);
        if (!isEventStream(response)) {
          response.body?.cancel().catch(() => undefined);
          failures = maxFailures;
          throw new Error('no stream');
        }
        setStatus('live');
        // Whatever changed while no stream was open is unknown: reload everything.
        if (opened) onChange(null);
        opened = true;
        failures = 0;
        await read(response);
        if (state.stopped) break;
        delay = state.backoff(1);
      } catch (error) {
        if (state.stopped) break;
        if (isFinal(error)) {
          setStatus('offline');
          state.stopped = true;
          options.onError?.(error);
          break;
        }
        failures += 1;
        if (failures >= maxFailures) {
          setStatus('polling');
          delay = pollRetryMs;
          failures = maxFailures - 1;
        } else {
          setStatus('reconnecting');
          delay = state.backoff(failures);
        }
      }
      await deps.sleep(delay, state.signal);
    }
  };
  return state.start(run, options.onError);
}
