/**
 * A real SMTP server on loopback (smtp-server) that keeps every message it receives, raw and
 * parsed (mailparser), for the delivery tests.
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One received message. */
export interface Received {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

/** Starts the sink; `fail(n)` makes the next n messages answer `451` (temporary). */
export async function startSmtpSink() {
  const received: Received[] = [];
  let failures = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
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
        simpleParser(raw).then((parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
          for (const w of waiters) w();
          callback();
        }, callback);
      });
    },
  });
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
