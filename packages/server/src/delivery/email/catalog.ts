/**
 * The shape of an email catalog: one entry per notification (each `account_case_event` event
 * type that notifies, each `totp_*` change), per language. Entries are plain strings with named
 * slots; the renderer escapes every value it inserts.
 * @module
 */

/** What one notice says. Slots: `{platform}`, `{when}`, `{caseNumber}`, `{count}` (backup codes left). */
export interface NoticeText {
  subject: string;
  /** What happened to the account (one sentence). */
  happened: string;
}

/** The strings of one language. */
export interface EmailCatalog {
  /** `<html lang>` value. */
  lang: string;
  /** Per `account_case_event` event type. */
  caseEvents: Record<string, NoticeText>;
  /** Per `totp_<change>` template. */
  totp: Record<string, NoticeText>;
  greeting: string;
  /** "When" line label. */
  whenLabel: string;
  /** Reference line (the case number; never a link that grants access). */
  referenceLabel: string;
  /** The dispute paragraph; the link follows. */
  notMe: string;
  /** Label of the dispute link. */
  notMeLink: string;
  /** Without a dispute link: how to reach the platform. */
  notMeNoLink: string;
  /** Why the reader received it. */
  footer: string;
  /** The `lock_link` notice (a lock link asked for on the account): no case details. */
  lockLink: NoticeText;
  /** Before the lock link in every notice that carries one. */
  lockNow: string;
  /** Label of the lock link: "this wasn't me — lock my account". */
  lockNowLink: string;
  /** After the lock link: what a lock does and how long the link works. */
  lockNowAfter: string;
}
