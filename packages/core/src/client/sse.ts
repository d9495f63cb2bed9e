/**
 * A small `text/event-stream` parser (WHATWG HTML, "Server-sent events"), fed with text chunks
 * that may split lines anywhere.
 * @module
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, or `message`. */
  type: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last `id:` seen so far in the stream (the event's id), or `''`. */
  id: string;
}

/** Callbacks of {@link createSseParser}. */
export interface SseHandlers {
  /** A complete event. */
  onEvent: (event: SseEvent) => void;
  /** A valid `retry:` field, in milliseconds. */
  onRetry?: (ms: number) => void;
  /** A comment line (heartbeat), without its colon. */
  onComment?: (text: string) => void;
}

/** A stateful parser. */
export interface SseParser {
  /** Feeds a chunk of decoded text. */
  push(chunk: string): void;
  /** Ends the stream: an event without its closing blank line is discarded, as the standard says. */
  end(): void;
  /** The last event id seen. */
  readonly lastEventId: string;
}

/**
 * Creates a parser. Lines end with CRLF, LF or CR; a leading BOM is skipped; one space after the
 * colon is dropped; an `id` holding NUL is ignored; `retry` must be all digits.
 * @param handlers - event, retry and comment callbacks
 * @returns the parser
 */
export function createSseParser(handlers: SseHandlers): SseParser {
  let buffer = '';
  let started = false;
  let pendingCr = false;
  let data: string[] = [];
  let type = '';
  let lastEventId = '';

  const dispatch = () => {
    if (data.length === 0) {
      type = '';
      return;
    }
    const event: SseEvent = { type: type || 'message', data: data.join('\n'), id: lastEventId };
    data = [];
    type = '';
    handlers.onEvent(event);
  };

  const line = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) {
      handlers.onComment?.(text.slice(1).replace(/^ /, ''));
      return;
    }
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        type = value;
        break;
      case 'data':
        data.push(value);
        break;
      case 'id':
        if (!value.includes('\u0000')) lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) handlers.onRetry?.(Number(value));
        break;
      default:
        break;
    }
  };

  return {
    push(chunk: string) {
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer.charCodeAt(i);
        if (c !== 0x0a && c !== 0x0d) continue;
        line(buffer.slice(start, i));
        if (c === 0x0d) {
          if (i + 1 === buffer.length) pendingCr = true;
          else if (buffer.charCodeAt(i + 1) === 0x0a) i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    end() {
      buffer = '';
      data = [];
      type = '';
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}
