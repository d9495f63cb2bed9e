/**
 * The report as filed, as an agent reads it: the account, the contact, what happened when, the
 * transfers (amounts and destinations), profile changes, sign-ins, other activity, the
 * narrative and the files with their fingerprints. Pure functions of `(report, words)`: no
 * element, no state; the desk shows them and the report form's review step can. Every value
 * goes through Lit text bindings; amounts, sizes and dates through `Intl`.
 *
 * Every value carries `data-field` with its path in the report (`account.value`,
 * `activities.2.destination`), the paths core's validation issues use; every section carries
 * `data-part`. A report that has not passed validation yet (the report form's review shows the
 * draft as it will be sent) is shown as it is: a missing value as a dash, a time or an amount
 * that does not parse as typed.
 * @module
 */
import type { Report, ReportInput } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { formatBytes, formatDateTime } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { ReportSummaryCatalog } from './report-summary.i18n';

/** What the summary needs to speak: its words and the language of numbers and dates. */
export interface ReportSummaryWords {
  t: ReportSummaryCatalog;
  lang: Lang;
  /**
   * Dates and sizes, as `i18n/format` writes them: handed in, so that the desk's summary takes
   * them from its first paint's chunk instead of sharing a chunk with it (ADR 0036).
   */
  format: { dateTime: typeof formatDateTime; bytes: typeof formatBytes };
  /** The level of the sections' headings (default 4: under the desk's case heading). */
  level?: 3 | 4;
  /**
   * An "Edit" control for a section, keyed by its `data-part` (`account`, `when`, `activities`,
   * `narrative`, `attachments`) or `access` (the sign-in answers within `when`). When given,
   * every section shows, empty ones too (an editable summary lists everything).
   */
  edit?: (part: string) => unknown;
}

/** The report as filed, or a draft of it not yet validated (the report form's review). */
export type ReportShown = Report | ReportInput;

type Activity = NonNullable<ReportShown['activities']>[number];
type Indexed<K extends Activity['kind']> = [Extract<Activity, { kind: K }>, number];

const EMPTY = '—';
const amounts = new Map<Lang, Intl.NumberFormat>();

/** An amount as a decimal string (exact: `Intl` formats the string, not a float). */
export function formatAmount(lang: Lang, amount: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(amount)) return amount;
  let format = amounts.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 18 });
    amounts.set(lang, format);
  }
  return format.format(amount as `${number}`);
}

const when = (w: ReportSummaryWords, at: string | undefined, field: string) =>
  at && !Number.isNaN(Date.parse(at))
    ? html`<time datetime=${at} data-field=${field}>${w.format.dateTime(w.lang, at)}</time>`
    : html`<span data-field=${field}>${at || EMPTY}</span>`;

/** A section's heading at the summary's level, then its "Edit" control if any. */
const heading = (w: ReportSummaryWords, text: string, part?: string) =>
  html`${w.level === 3 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`}${part && w.edit ? w.edit(part) : nothing}`;

const cell = (value: string | undefined, field: string) =>
  html`<td data-field=${field}>${value ?? EMPTY}</td>`;

/** A definition list of label and value pairs. */
const pairs = (rows: (readonly [string, TemplateResult | string, string?] | false)[]) =>
  html`<dl class="pairs">${rows.map((row) =>
    row ? html`<dt>${row[0]}</dt><dd data-field=${row[2] ?? nothing}>${row[1] || EMPTY}</dd>` : nothing,
  )}</dl>`;

/** The account and the contact. */
export function accountSection(report: ReportShown, w: ReportSummaryWords): TemplateResult {
  const { t } = w;
  const { account, contact } = report;
  return html`<section class="summary-part" data-part="account">
    ${heading(w, t.account, 'account')}
    ${pairs([[t.accountKinds[account.kind], account.value ?? '', 'account.value']])}
    ${heading(w, t.contact)}
    ${pairs([
      contact.email !== undefined && [t.email, contact.email, 'contact.email'],
      contact.phone !== undefined && [t.phone, contact.phone, 'contact.phone'],
      [t.language, t.languages[contact.language], 'contact.language'],
    ])}
  </section>`;
}

/** When it was noticed and began, whether the person can still sign in, the notice, the channel. */
export function whenSection(report: ReportShown, w: ReportSummaryWords): TemplateResult {
  const { t } = w;
  const { notice, access } = report;
  return html`<section class="summary-part" data-part="when">
    ${heading(w, t.when, 'when')}
    ${pairs([
      [t.suspectedStartAt, when(w, report.suspectedStartAt, 'suspectedStartAt')],
      [t.discoveredAt, when(w, report.discoveredAt, 'discoveredAt')],
      [
        t.canSignIn,
        access.canSignIn === undefined ? '' : access.canSignIn ? t.yes : t.no,
        'access.canSignIn',
      ],
      [t.passwordReset, access.passwordReset ? t.resets[access.passwordReset] : '', 'access.passwordReset'],
      [t.channel, report.channel ? t.channels[report.channel] : '', 'channel'],
      !!notice && [
        t.notice,
        html`<span data-field="notice.kind">${t.noticeKinds[notice.kind]}</span>,
          ${when(w, notice.at, 'notice.at')}${notice.ip ? html`, <span data-field="notice.ip">${notice.ip}</span>` : nothing}${
            notice.device ? html`, <span data-field="notice.device">${notice.device}</span>` : nothing
          }`,
        'notice',
      ],
    ])}
    ${w.edit ? w.edit('access') : nothing}
  </section>`;
}

/** The activities of one kind, oldest first, each with its index in the report. */
function ofKind<K extends Activity['kind']>(report: ReportShown, kind: K): Indexed<K>[] {
  return ((report.activities ?? []).map((a, i) => [a, i]) as [Activity, number][])
    .filter((x): x is Indexed<K> => x[0].kind === kind)
    .sort((a, b) => (a[0].at && b[0].at ? Date.parse(a[0].at) - Date.parse(b[0].at) : 0));
}

/** A table of activities of one kind: a caption, column headers, one row per activity. */
function activityTable<K extends Activity['kind']>(
  w: ReportSummaryWords,
  kind: K,
  caption: string,
  rows: Indexed<K>[],
  columns: string[],
  cells: (a: Extract<Activity, { kind: K }>, path: string) => TemplateResult[],
): TemplateResult | typeof nothing {
  if (!rows.length) return nothing;
  return html`<div class="scroll" data-part=${kind}><table>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${w.t.at}</th>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
    <tbody>${rows.map(([a, i]) => {
      const path = `activities.${i}`;
      return html`<tr>
        <th scope="row">${when(w, a.at, `${path}.at`)}${a.fromNotice ? html` <em class="hint">(${w.t.fromNotice})</em>` : nothing}</th>
        ${cells(a, path)}
      </tr>`;
    })}</tbody>
  </table></div>`;
}

/** Transfers, profile changes, sign-ins and other activity, each as a table. */
export function activitiesSection(report: ReportShown, w: ReportSummaryWords): TemplateResult {
  const { t, lang } = w;
  const none = !report.activities?.length;
  return html`<section class="summary-part" data-part="activities">
    ${w.edit ? w.edit('activities') : nothing}
    ${none ? html`<p class="hint">${t.noActivities}</p>` : nothing}
    ${activityTable(
      w,
      'transfer',
      t.transfers,
      ofKind(report, 'transfer'),
      [t.amount, t.destination, t.txId],
      (a, p) => [
        html`<td><data value=${a.amount} data-field="${p}.amount">${formatAmount(lang, a.amount)}</data>
        <span data-field="${p}.asset">${a.asset}</span></td>`,
        cell(a.destination, `${p}.destination`),
        cell(a.txId, `${p}.txId`),
      ],
    )}
    ${activityTable(
      w,
      'profile_change',
      t.profileChanges,
      ofKind(report, 'profile_change'),
      [t.field, t.from, t.to],
      (a, p) => [
        html`<td data-field="${p}.field">${t.fields[a.field] ?? EMPTY}</td>`,
        cell(a.from, `${p}.from`),
        cell(a.to, `${p}.to`),
      ],
    )}
    ${activityTable(w, 'sign_in', t.signIns, ofKind(report, 'sign_in'), [t.ip, t.place, t.device], (a, p) => [
      cell(a.ip, `${p}.ip`),
      cell(a.place, `${p}.place`),
      cell(a.device, `${p}.device`),
    ])}
    ${activityTable(w, 'other', t.otherActivity, ofKind(report, 'other'), [t.description], (a, p) => [
      html`<td class="text" data-field="${p}.description">${a.description}</td>`,
    ])}
  </section>`;
}

/** The narrative, as the person wrote it (line breaks kept). */
export function narrativeSection(
  report: ReportShown,
  w: ReportSummaryWords,
): TemplateResult | typeof nothing {
  if (!report.narrative && !w.edit) return nothing;
  return html`<section class="summary-part" data-part="narrative">
    ${heading(w, w.t.narrative, 'narrative')}
    <p class="text" data-field="narrative">${report.narrative || EMPTY}</p>
  </section>`;
}

/** The files attached to the report, with their sizes and SHA-256 fingerprints. */
export function attachmentsSection(
  report: ReportShown,
  w: ReportSummaryWords,
): TemplateResult | typeof nothing {
  const { t } = w;
  const list = report.attachments ?? [];
  if (!list.length && !w.edit) return nothing;
  return html`<section class="summary-part" data-part="attachments">
    ${w.edit ? w.edit('attachments') : nothing}
    ${list.length ? nothing : html`<p><strong>${t.attachments}</strong>: ${EMPTY}</p>`}
    <div class="scroll" ?hidden=${!list.length}><table>
      <caption>${t.attachments}</caption>
      <thead><tr><th scope="col">${t.file}</th><th scope="col">${t.type}</th><th scope="col">${t.size}</th><th scope="col">${t.fingerprint}</th></tr></thead>
      <tbody>${list.map((a, i) => {
        const p = `attachments.${i}`;
        return html`<tr>
          <th scope="row" data-field="${p}.name">${a.name}</th>
          ${cell(a.mediaType, `${p}.mediaType`)}
          <td data-field="${p}.size">${w.format.bytes(w.lang, a.size)}</td>
          <td><code class="hash" data-field="${p}.sha256">${a.sha256}</code></td>
        </tr>`;
      })}</tbody>
    </table></div>
  </section>`;
}

/** The whole report, every section in the order an agent reads it. */
export function reportSummary(report: ReportShown, w: ReportSummaryWords): TemplateResult {
  return html`${accountSection(report, w)}${whenSection(report, w)}${activitiesSection(report, w)}${narrativeSection(report, w)}${attachmentsSection(report, w)}`;
}
