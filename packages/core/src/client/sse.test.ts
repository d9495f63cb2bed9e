import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse';

function collect(chunks: string[]) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = createSseParser({
    onEvent: (e) => events.push(e),
    onRetry: (ms) => retries.push(ms),
    onComment: (c) => comments.push(c),
  });
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return { events, retries, comments, lastEventId: parser.lastEventId };
}

describe('createSseParser', () => {
  it('parses events split mid-line and mid-field', () => {
    const text = 'id: 1\nevent: entry\ndata: {"seq":1}\n\nid: 2\nevent: entry\ndata: {"seq":2}\n\n';
    for (let size = 1; size <= text.length; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const { events } = collect(chunks);
      expect(events, `chunk size ${size}`).toEqual([
        { type: 'entry', data: '{"seq":1}', id: '1' },
        { type: 'entry', data: '{"seq":2}', id: '2' },
      ]);
    }
  });

  it('joins multi-line data and handles CRLF and CR split across chunks', () => {
    const { events } = collect(['data: a\r', '\ndata: b\rdata:c\r\n', '\r\n']);
    expect(events).toEqual([{ type: 'message', data: 'a\nb\nc', id: '' }]);
  });

  it('reports comments and valid retry fields, ignores others', () => {
    const { events, retries, comments } = collect([
      ': heartbeat\n',
      'retry: 2500\nretry: 1.5\nretry: x\n',
      'foo: bar\n\n',
    ]);
    expect(comments).toEqual(['heartbeat']);
    expect(retries).toEqual([2500]);
    expect(events).toEqual([]);
  });

  it('keeps the last id across events, ignores ids with NUL, and drops an unterminated event', () => {
    const { events, lastEventId } = collect([
      '\uFEFFid: 7\ndata: x\n\n',
      'id: bad\u0000\ndata: y\n\n',
      'id: 9\ndata: z',
    ]);
    expect(events).toEqual([
      { type: 'message', data: 'x', id: '7' },
      { type: 'message', data: 'y', id: '7' },
    ]);
    expect(lastEventId).toBe('9');
  });

  it('keeps a single leading space rule and empty data lines', () => {
    const { events } = collect(['data:  two spaces\ndata\ndata:\n\n']);
    expect(events).toEqual([{ type: 'message', data: ' two spaces\n\n', id: '' }]);
  });
});
