/**
 * The desk's "Account protection" section: the lock and its origin, and every platform action of
 * the case with its state, its attempts and the reason of the last failure. A pure function of
 * the case shown and the words; the rows come from the verified chain (`actionRows`).
 * @module
 */
import type { DeskCaseView } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import type { Lang } from '../../i18n/lang';
import { type ActionRow, type DeskContainmentRows, deskContainment } from './case-desk.containment.model';
import type { CaseDeskCatalog } from './case-desk.i18n';

/** What the section needs of the desk's words. */
export interface ContainmentWords {
  t: CaseDeskCatalog;
  lang: Lang;
  now: Date;
}

const when = (w: ContainmentWords, at: string) =>
  html`<time datetime=${at} title=${formatDateTime(w.lang, at)}>${formatRelative(w.lang, at, w.now)}</time>`;

/** The lock line (its state and origin) and the owner's release, when there is one. */
function lockLines(d: DeskContainmentRows, w: ContainmentWords): TemplateResult | typeof nothing {
  const c = w.t.containment;
  const { lock, release } = d;
  if (!lock && !release) return nothing;
  return html`${
    lock
      ? html`<p class="lock ${lock.state}" data-lock-origin=${lock.origin}>
        <strong>${c.lock[lock.state]}</strong> · ${interpolate(c.origin, { origin: c.origins[lock.origin] })}
      </p>`
      : nothing
  }
    ${
      release
        ? html`<p class="release ${release.state}">${interpolate(c.release[release.state], {
            date: formatDateTime(w.lang, release.at),
          })}</p>`
        : nothing
    }`;
}

function details(row: ActionRow, w: ContainmentWords): TemplateResult | typeof nothing {
  const c = w.t.containment;
  return html`${row.reason ? html`<span class="reason">${c.reasons[row.reason]}</span>` : nothing}
    ${row.until ? html`<span class="until">${interpolate(c.until, { date: formatDateTime(w.lang, row.until) })}</span>` : nothing}`;
}

/** The section, or nothing when the case has no platform action. */
export function containmentView(
  view: Pick<DeskCaseView, 'entries' | 'containment'>,
  w: ContainmentWords,
): TemplateResult | typeof nothing {
  const d = deskContainment(view);
  const { rows } = d;
  if (rows.length === 0 && !d.lock && !d.release) return nothing;
  const c = w.t.containment;
  return html`<section part="containment" aria-labelledby="cont-h">
    <h3 id="cont-h">${c.title}</h3>
    ${lockLines(d, w)}
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
