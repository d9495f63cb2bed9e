/**
 * The email channel: notices rendered per template and language, sent over SMTP with nodemailer
 * (pooled connections). The outbox row's stable id becomes the `Message-ID`.
 * @module
 */
import nodemailer from 'nodemailer';
import type { DeliveryChannel } from '../channel';
import { PermanentDeliveryError } from '../channel';
import type { LockLinkMinter } from '../lock-links';
import { renderEmail } from './render';

/** SMTP settings when no URL is given. */
export interface SmtpSettings {
  host: string;
  port?: number;
  /** Implicit TLS (port 465). Default: false (STARTTLS when the server offers it). */
  secure?: boolean;
  /** Refuse to send without STARTTLS. */
  requireTLS?: boolean;
  auth?: { user: string; pass: string };
  /** Passed to `tls.connect` (e.g. `{ rejectUnauthorized: true, servername }`). */
  tls?: {
    rejectUnauthorized?: boolean;
    servername?: string;
    minVersion?: 'TLSv1.2' | 'TLSv1.3';
    ca?: string | string[];
  };
  /** Pooled connections. Default 2. */
  maxConnections?: number;
}

/** Options of {@link createEmailChannel}. */
export interface EmailChannelOptions {
  /** `smtp://user:pass@host:587`, `smtps://host:465`, or settings. */
  smtp: string | SmtpSettings;
  /** The sender, `Name <notices@example.com>`. */
  from: string;
  /** The "this wasn't me" page linked from every notice. */
  disputeUrl?: string;
  /** Platform name for notices whose row does not carry one. */
  platformName: string;
  /** Right-hand side of `Message-ID`. Default: the domain of `from`. */
  messageIdDomain?: string;
  /** Language when the row has none. Default `en`. */
  defaultLanguage?: string;
  /**
   * Mints the lock link of a notice whose row asks for one (`data.lockFor`), at each attempt
   * (`createLockLinkMinter`). Without it, notices carry no lock link and `lock_link` rows die.
   */
  lockLinks?: LockLinkMinter;
}

/** 5xx SMTP answers (other than greylisting-like 4xx) will not get better by retrying. */
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** Creates the email channel. */
export function createEmailChannel(options: EmailChannelOptions): DeliveryChannel {
  const domain = options.messageIdDomain ?? /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'recourse.invalid';
  const settings =
    typeof options.smtp === 'string'
      ? options.smtp
      : { ...options.smtp, maxConnections: options.smtp.maxConnections ?? 2 };
  const transport = nodemailer.createTransport(
    typeof settings === 'string'
      ? `${settings}${settings.includes('?') ? '&' : '?'}pool=true`
      : { pool: true, ...settings },
  );
  return {
    channel: 'email',
    async deliver(message, signal) {
      const lockUrl = options.lockLinks ? await options.lockLinks(message) : null;
      const mail = renderEmail(message, { ...options, lockUrl });
      if (signal.aborted) throw signal.reason ?? new Error('aborted');
      const sending = transport.sendMail({
        from: options.from,
        to: message.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${message.messageId}@${domain}>`,
        headers: { 'Content-Language': mail.lang, 'Auto-Submitted': 'auto-generated' },
      });
      sending.catch(() => undefined);
      const aborted = new Promise<never>((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason ?? new Error('aborted')), { once: true });
      });
      try {
        await Promise.race([sending, aborted]);
      } catch (err) {
        if (isPermanent(err))
          throw new PermanentDeliveryError(`SMTP ${(err as { responseCode: number }).responseCode}`);
        throw err;
      }
    },
    async close() {
      transport.close();
    },
  };
}
