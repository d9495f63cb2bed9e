/**
 * The demo's mailbox: a real SMTP server (smtp-server) on loopback that the delivery worker sends
 * the notices to, keeping what it receives (parsed by mailparser) for the mailbox page. Text
 * messages go through the platform's sms hook, which the demo points here too.
 * @module
 */
import type { OutboxDelivery } from '@recourse/server';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the mailbox page shows it. */
export type MailboxEntry =
  | {
      kind: 'email';
      id: number;
      receivedAt: string;
      /** Envelope recipients. */
      to: string[];
      from: string;
      subject: string;
      /** Headers worth showing: Date, Message-ID, Content-Language. */
      headers: [string, string][];
      text: string;
      /** The HTML part; the page renders it in a sandboxed frame, never in its own DOM. */
      html: string | null;
    }
  | {
      kind: 'sms';
      id: number;
      receivedAt: string;
      to: string[];
      template: string;
      data: Record<string, unknown>;
    };

/** A running mailbox. */
export interface DemoMailbox {
  /** `smtp://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Newest first. */
  entries(): MailboxEntry[];
  /** The demo's sms hook: keeps the text message here. */
  sms(message: OutboxDelivery): Promise<void>;
  /** Resolves when `predicate` holds for some entry; rejects after `ms`. */
  waitFor(predicate: (e: MailboxEntry) => boolean, ms: number): Promise<MailboxEntry>;
  close(): Promise<void>;
}

const MAX_ENTRIES = 500;

/** Starts the mailbox's SMTP server on loopback (port 0: a free one). */
export async function startMailbox(options: { port?: number } = {}): Promise<DemoMailbox> {
  const list: MailboxEntry[] = [];
  const waiters = new Set<() => void>();
  let next = 1;
  const push = (entry: MailboxEntry) => {
    list.unshift(entry);
    if (list.length > MAX_ENTRIES) list.length = MAX_ENTRIES;
    for (const w of waiters) w();
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        const headers: [string, string][] = [];
        for (const name of ['date', 'message-id', 'content-language']) {
          const value = mail.headers.get(name);
          if (value !== undefined)
            headers.push([name, value instanceof Date ? value.toISOString() : String(value)]);
        }
        push({
          kind: 'email',
          id: next++,
          receivedAt: new Date().toISOString(),
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          subject: mail.subject ?? '',
          headers,
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : null,
        });
        callback();
      }, callback);
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    entries: () => [...list],
    async sms(message) {
      push({
        kind: 'sms',
        id: next++,
        receivedAt: new Date().toISOString(),
        to: [message.recipient],
        template: message.template,
        data: message.data,
      });
    },
    waitFor(predicate, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = list.find(predicate);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(onPush);
          resolve(found);
          return true;
        };
        const onPush = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(onPush);
          reject(new Error(`mailbox: nothing matching after ${ms} ms (${list.length} messages)`));
        }, ms);
        if (!check()) waiters.add(onPush);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
