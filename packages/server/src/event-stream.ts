/**
 * Server-sent event streams (the case's and the desk's): Hono's `streamSSE` runs them, with the
 * API's headers (`text/event-stream; charset=utf-8`, `no-store`, no proxy buffering), and a
 * registry of the open ones so a token revocation or a shutdown ends them at once.
 * @module
 */
import type { Context } from 'hono';
import { type SSEStreamingApi, streamSSE } from 'hono/streaming';

/** A stream's first bytes: the client's reconnection delay, and a comment (the connection is live). */
export const STREAM_OPENING = 'retry: 3000\n: connected\n\n';
/** Sent when nothing else was for `heartbeatMs`, so proxies and clients see the connection alive. */
export const HEARTBEAT = ': heartbeat\n\n';

/** The open streams and the case each follows (`''` for the desk's). */
export interface OpenStreams {
  /** Registers a stream of `caseId`; the returned controller aborts when the request does. */
  open(caseId: string, request: Request): AbortController;
  /** Forgets a stream that ended. */
  close(stream: AbortController): void;
  /** Ends every open stream of the case (its token was revoked). */
  endCase(caseId: string): void;
  /** Ends every open stream (the server is closing). */
  endAll(): void;
  /** How many are open (the `recourse_sse_subscribers` metric). */
  size(): number;
}

/** An empty registry of open streams. */
export function createOpenStreams(): OpenStreams {
  const streams = new Map<AbortController, string>();
  return {
    open(caseId, request) {
      const abort = new AbortController();
      streams.set(abort, caseId);
      request.signal?.addEventListener('abort', () => abort.abort(), { once: true });
      return abort;
    },
    close(stream) {
      streams.delete(stream);
    },
    endCase(caseId) {
      for (const [abort, id] of streams) if (id === caseId) abort.abort();
    },
    endAll() {
      for (const abort of streams.keys()) abort.abort();
      streams.clear();
    },
    size: () => streams.size,
  };
}

/**
 * Answers with an event stream that `run` writes (the stream closes when `run` settles). The
 * headers are the API's, not `streamSSE`'s defaults: `no-store` rather than `no-cache`, the
 * charset named, `X-Accel-Buffering: no`; `Connection` and `Transfer-Encoding` are left to the
 * HTTP server, as for every other answer.
 */
export function eventStream(c: Context, run: (stream: SSEStreamingApi) => Promise<void>): Response {
  const res = streamSSE(c, run);
  res.headers.set('Content-Type', 'text/event-stream; charset=utf-8');
  res.headers.set('Cache-Control', 'no-store');
  res.headers.set('X-Accel-Buffering', 'no');
  res.headers.delete('Connection');
  res.headers.delete('Transfer-Encoding');
  return res;
}
