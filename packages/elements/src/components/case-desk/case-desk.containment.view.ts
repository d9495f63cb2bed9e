/**
 * The desk's "Account protection" section: the lock and its origin, and every platform action of
 * the case with its state, its attempts and the reason of the last failure. A pure function of
 * the case shown and the words; the rows come from the verified chain (`actionRows`).
 * @module
 */
import type { ChainedEvent } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import type { Lang } from '../../i18n/lang';
import { type ActionRow, actionRows, lastReason } from './case-desk.containment.model';
import type { CaseDeskCatalog } from './case-desk.i18n';

/** What the section needs of the desk's words. */
export interface ContainmentWords {
  t: CaseDeskCatalog;
  lang: Lang;
  now: Date;
}

const when = (w: ContainmentWords, at: string) =>
  html`<time datetime=${at} title=${formatDateTime(w.lang, at)}>${formatRelative(w.lang, at, w.now)}</time>`;

/** The lock line: its state and origin; lifted once an unlock after it is done. */
function lockLine(rows: readonly ActionRow[], w: ContainmentWords): TemplateResult | typeof nothing {
  const c = w.t.containment;
  const lock = rows.filter((r) => r.action === 'lock_account').at(-1);
  if (!lock) return nothing;
  const unlocked = rows.some(
    (r) => r.action === 'unlock_account' && r.state === 'done' && r.requestedAt >= lock.requestedAt,
  );
  const state = unlocked ? c.lockLifted : c.lock[lock.state];
  return html`<p class="lock ${unlocked ? 'lifted' : lock.state}" data-lock-origin=${lock.origin ?? 'desk'}>
    <strong>${state}</strong> · ${interpolate(c.origin, { origin: c.origins[lock.origin ?? 'desk'] })}
  </p>`;
}

function details(row: ActionRow, w: ContainmentWords): TemplateResult | typeof nothing {
  const c = w.t.containment;
  const reason = lastReason(row);
  return html`${reason ? html`<span class="reason">${c.reasons[reason]}</span>` : nothing}
    ${row.until ? html`<span class="until">${interpolate(c.until, { date: formatDateTime(w.lang, row.until) })}</span>` : nothing}`;
}

/** The section, or nothing when the case has no platform action. */
export function containmentView(
  entries: readonly ChainedEvent[],
  w: ContainmentWords,
): TemplateResult | typeof nothing {
  const rows = actionRows(entries);
  if (rows.length === 0) return nothing;
  const c = w.t.containment;
  return html`<section part="containment" aria-labelledby="cont-h">
    <h3 id="cont-h">${c.title}</h3>
    ${lockLine(rows, w)}
    <div class="scroll"><table>
      <thead><tr>
        <th scope="col">${c.action}</th>
        <th scope="col">${c.state}</th>
        <th scope="col">${c.attempts}</th>
        <th scope="col">${c.requested}</th>
        <th scope="col">${c.details}</th>
      </tr></thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-action=${r.action} data-state=${r.state}>
            <th scope="row">${c.actions[r.action]}</th>
            <td><span class="action-state ${r.state}">${c.states[r.state]}</span></td>
            <td>${r.attempts.length}</td>
            <td>${when(w, r.requestedAt)}</td>
            <td>${details(r, w)}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>
  </section>`;
}
