/**
 * A real SMTP server on loopback (smtp-server) that keeps every message it receives, raw and
 * parsed (mailparser), for the delivery tests.
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One received message. */
export interface Received {
  /** Envelope sender. */
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

/**
 * Starts the sink; `fail(n)` makes the next n messages answer `451` (temporary); `delayMs` holds
 * each message that long before accepting it (a slower server, so a kill lands mid-batch).
 */
export async function startSmtpSink(options: { delayMs?: number } = {}) {
  const received: Received[] = [];
  let failures = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // No DNS lookup of the client (loopback; a lookup can take seconds offline).
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failures > 0) {
          failures--;
          const err = Object.assign(new Error('try again later'), { responseCode: 451 });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const accept = () =>
          simpleParser(raw).then((parsed) => {
            received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
            for (const w of waiters) w();
            callback();
          }, callback);
        if (options.delayMs) setTimeout(accept, options.delayMs);
        else void accept();
      });
    },
  });
  // A client killed mid-session resets its connection: expected here, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    fail(n: number) {
      failures = n;
    },
    /** Resolves once `predicate` holds; rejects (naming what it waited for) after `ms`. */
    async waitFor(predicate: () => boolean, ms = 10_000, what = 'messages'): Promise<void> {
      if (predicate()) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out after ${ms} ms waiting for ${what} (received ${received.length})`));
        }, ms);
        const check = () => {
          if (predicate()) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve();
          }
        };
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
