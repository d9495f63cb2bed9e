/**
 * Renders an outbox row into a notice email (plain text and HTML). Only a fixed set of data
 * fields is read (`event` or the template's change, `at`, `platform`, `caseNumber`, `language`):
 * never a token, a report's details or a file name, whatever else the row carries, because the
 * address on record may be the attacker's. Every inserted value is escaped (HTML) or stripped of
 * control characters (text, subject).
 * @module
 */

import type { OutboxDelivery } from '../channel';
import { PermanentDeliveryError } from '../channel';
import type { EmailCatalog, NoticeText } from './catalog';
import { en } from './en';
import { zhCN } from './zh-CN';

/** The languages notices are written in. */
export const EMAIL_LANGUAGES = ['en', 'zh-CN'] as const;

const CATALOGS: Record<(typeof EMAIL_LANGUAGES)[number], EmailCatalog> = { en, 'zh-CN': zhCN };

/** A rendered notice. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** The language it is written in. */
  lang: string;
}

/** What the renderer needs besides the row. */
export interface RenderOptions {
  /** The "this wasn't me" page (http or https). Without it the notice says to contact support. */
  disputeUrl?: string;
  /** Used when the row does not name the platform (the `totp_*` notices). */
  platformName: string;
  /** Language when the row carries none. Default `en`. */
  defaultLanguage?: string;
  /** The lock link minted for this send (`lockUrl#lock=<token>`), shown as "this wasn't me — lock my account". */
  lockUrl?: string | null;
}

/** `&`, `<`, `>`, `"`, `'` as entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Removes control characters (CR/LF included) and bounds the length. */
function plain(value: unknown, max = 200): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const s = String(value ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The catalog for a language tag: exact, then by primary subtag (`zh-*` → zh-CN), else `en`. */
export function catalogFor(language: unknown, fallback = 'en'): EmailCatalog {
  const tag = typeof language === 'string' && language ? language : fallback;
  if (tag in CATALOGS) return CATALOGS[tag as keyof typeof CATALOGS];
  const primary = tag.toLowerCase().split('-')[0];
  if (primary === 'zh') return zhCN;
  return en;
}

function noticeOf(catalog: EmailCatalog, message: OutboxDelivery): NoticeText {
  const found =
    message.template === 'account_case_event'
      ? catalog.caseEvents[String(message.data.event)]
      : message.template === 'lock_link'
        ? catalog.lockLink
        : message.template.startsWith('totp_')
          ? catalog.totp[message.template]
          : undefined;
  if (!found) {
    throw new PermanentDeliveryError(
      `no email template for ${plain(message.template, 60)}${message.template === 'account_case_event' ? `/${plain(message.data.event, 60)}` : ''}`,
    );
  }
  return found;
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills `{slot}`s; `escape` is applied to each value (never to the template). */
function fill(template: string, slots: Record<string, string>, esc: (s: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in slots ? esc(slots[key]!) : m));
}

/** Renders one notice. Throws `PermanentDeliveryError` for a template it does not know. */
export function renderEmail(message: OutboxDelivery, options: RenderOptions): RenderedEmail {
  const catalog = catalogFor(message.data.language, options.defaultLanguage);
  const notice = noticeOf(catalog, message);
  const at = new Date(typeof message.data.at === 'string' ? message.data.at : message.createdAt);
  const when = Number.isNaN(at.getTime())
    ? ''
    : `${new Intl.DateTimeFormat(catalog.lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at)} UTC`;
  const slots = {
    platform: plain(message.data.platform ?? options.platformName, 100),
    when: plain(when),
    caseNumber: plain(message.data.caseNumber ?? '', 40),
    count: String(Number.isSafeInteger(message.data.count) ? message.data.count : ''),
  };
  const dispute = safeUrl(options.disputeUrl);
  const lockUrl = safeUrl(options.lockUrl ?? undefined);
  if (message.template === 'lock_link' && !lockUrl)
    throw new PermanentDeliveryError('lock_link without a lock link (locks not configured)');
  const id = (s: string) => s;
  const subject = plain(fill(notice.subject, slots, id), 250);
  const happened = fill(notice.happened, slots, id);
  const footer = fill(catalog.footer, slots, id);

  const textLines = [
    catalog.greeting,
    '',
    happened,
    '',
    `${catalog.whenLabel}: ${slots.when}`,
    ...(slots.caseNumber ? [`${catalog.referenceLabel}: ${slots.caseNumber}`] : []),
    '',
    ...(lockUrl ? [catalog.lockNow, lockUrl, catalog.lockNowAfter, ''] : []),
    ...(message.template === 'lock_link'
      ? []
      : dispute
        ? [catalog.notMe, dispute]
        : [fill(catalog.notMeNoLink, slots, id)]),
    '',
    '--',
    footer,
  ];

  const h = (s: string) => escapeHtml(s);
  const htmlHappened = fill(h(notice.happened), slots, h);
  const html = [
    '<!doctype html>',
    `<html lang="${h(catalog.lang)}"><head><meta charset="utf-8"><title>${h(subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">',
    `<p>${h(catalog.greeting)}</p>`,
    `<p>${htmlHappened}</p>`,
    `<p><strong>${h(catalog.whenLabel)}:</strong> ${h(slots.when)}</p>`,
    slots.caseNumber ? `<p><strong>${h(catalog.referenceLabel)}:</strong> ${h(slots.caseNumber)}</p>` : '',
    lockUrl
      ? `<p>${h(catalog.lockNow)}</p><p><a href="${h(lockUrl)}">${h(catalog.lockNowLink)}</a></p><p>${h(catalog.lockNowAfter)}</p>`
      : '',
    message.template === 'lock_link'
      ? ''
      : dispute
        ? `<p>${h(catalog.notMe)}</p><p><a href="${h(dispute)}">${h(catalog.notMeLink)}</a></p>`
        : `<p>${fill(h(catalog.notMeNoLink), slots, h)}</p>`,
    `<hr><p style="font-size:0.875em;color:#555">${fill(h(catalog.footer), slots, h)}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject, text: `${textLines.join('\n')}\n`, html, lang: catalog.lang };
}
