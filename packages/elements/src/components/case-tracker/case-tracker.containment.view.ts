/**
 * The tracker's containment, as pure functions of `(state, actions, words)`: the account's lock
 * (its state and what started it) with the owner's release after a cooling-off, the recovery hold
 * with its end and why it protects the owner, what the platform did, and the credential review at
 * the confirmation step (keep or remove each credential, the outcomes as the platform confirms
 * them). Every server value through Lit text bindings.
 * @module
 */
import type { Containment, Credential } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import {
  credentialOutcome,
  hasContainment,
  releaseOffered,
  reviewDecisions,
} from './case-tracker.containment.model';
import type { ContainmentActions, Shown } from './case-tracker.state';
import type { TrackerWords } from './case-tracker.view';

type A = ContainmentActions;
type W = TrackerWords;

/** `{date}` and `{relative}` of an instant, for the words that take them. */
const dates = (w: W, at: string) => ({
  date: formatDateTime(w.lang, at),
  relative: formatRelative(w.lang, at, w.now),
});

function lock(c: Shown, k: Containment, a: A, w: W): TemplateResult | typeof nothing {
  const l = k.lock;
  const release = k.release;
  if (!l && !release) return nothing;
  const t = w.t.containment;
  const busy = c.phase === 'sending';
  const offer = releaseOffered(k) && w.release !== false;
  return html`<div class="lock ${l?.state ?? ''}">
    <h4>${t.lockTitle}</h4>
    ${
      l
        ? html`<p class="lock-state"><strong>${t.lock[l.state]}</strong></p>
          <p class="hint">${t.origins[l.origin]} <time datetime=${l.since}>${interpolate(t.since, { date: formatDateTime(w.lang, l.since) })}</time></p>`
        : nothing
    }
    ${release ? html`<p class="release ${release.state}">${interpolate(t.released[release.state], dates(w, release.at))}</p>` : nothing}
    ${
      offer && !c.drafts.releaseOpen
        ? html`<div class="actions"><button part="button" type="button" id="release-open" ?disabled=${busy} @click=${() => a.openRelease(true)}>${t.release}</button></div>`
        : nothing
    }
    ${
      offer && c.drafts.releaseOpen
        ? html`<div class="confirm" role="group" aria-labelledby="release-h">
          <h5 id="release-h" tabindex="-1">${t.releaseTitle}</h5>
          <p>${t.releaseBody}</p>
          <div class="actions">
            <button part="button primary-button" class="primary" type="button" id="release-confirm" ?disabled=${busy} @click=${() => a.releaseLock()}>${t.releaseConfirm}</button>
            <button part="button" type="button" @click=${() => a.openRelease(false)}>${w.t.ui.cancel}</button>
          </div>
        </div>`
        : nothing
    }
  </div>`;
}

function hold(k: Containment, w: W): TemplateResult | typeof nothing {
  const h = k.hold;
  if (!h) return nothing;
  const t = w.t.containment;
  return html`<div class="hold ${h.state}">
    <h4>${t.holdTitle}</h4>
    <p><strong><time datetime=${h.until}>${interpolate(t.hold[h.state], dates(w, h.until))}</time></strong></p>
    ${h.state === 'ended' ? nothing : html`<p class="why">${t.holdWhy}</p>`}
  </div>`;
}

function actions(k: Containment, w: W): TemplateResult | typeof nothing {
  const t = w.t.containment;
  // Credential removals are shown beside each credential in the review.
  const list = k.actions.filter((x) => x.action !== 'revoke_credential');
  if (list.length === 0) return nothing;
  return html`<h4>${t.actionsTitle}</h4>
    <ul class="plain platform-actions">
      ${list.map((x) => {
        const retrying = x.state === 'requested' && x.reason !== undefined;
        return html`<li data-action=${x.action} data-state=${x.state}>
          ${t.actions[x.action]}: <strong class="action-state ${retrying ? 'retrying' : x.state}">${retrying ? t.retrying : t.states[x.state]}</strong>
          ${x.reason && x.state !== 'done' ? html` <span class="hint">(${t.reasons[x.reason]})</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}

/** The containment section, or nothing when the case has no lock, hold or release. */
export function containmentView(c: Shown, a: A, w: W): TemplateResult | typeof nothing {
  const k = c.view.containment;
  if (!hasContainment(k)) return nothing;
  return html`<section part="containment" class="panel containment" aria-labelledby="containment-h">
    <h3 id="containment-h" tabindex="-1">${w.t.containment.title}</h3>
    ${lock(c, k, a, w)}
    ${hold(k, w)}
    ${actions(k, w)}
  </section>`;
}

function credentialRow(c: Shown, a: A, w: W, cred: Credential, reviewed: boolean): TemplateResult {
  const t = w.t.credentials;
  const outcome = credentialOutcome(c.view.containment, cred.id, c.credentials?.reviewed ?? {});
  const mark = c.drafts.credentialMarks[cred.id];
  const name = `cred-${cred.id}`;
  return html`<li data-credential=${cred.id}>
    <fieldset>
      <legend>
        <span class="kind">${t.kinds[cred.kind]}</span>:
        <span class="label">${cred.label}</span>
      </legend>
      ${cred.addedAt ? html`<p class="hint">${interpolate(t.added, { date: formatDateTime(w.lang, cred.addedAt) })}</p>` : nothing}
      ${
        reviewed
          ? html`<p class="outcome ${outcome?.kind ?? ''}">${
              outcome
                ? html`<strong>${t.outcomes[outcome.kind]}</strong>${
                    outcome.kind !== 'kept' && outcome.reason
                      ? html` <span class="hint">(${w.t.containment.reasons[outcome.reason]})</span>`
                      : nothing
                  }`
                : nothing
            }</p>`
          : html`<label class="choice"><input type="radio" name=${name} value="keep" .checked=${mark === 'keep'}
                @change=${() => a.markCredential(cred.id, 'keep')} /> ${t.keep}</label>
              <label class="choice"><input type="radio" name=${name} value="remove" .checked=${mark === 'remove'}
                @change=${() => a.markCredential(cred.id, 'remove')} /> ${t.remove}</label>`
      }
    </fieldset>
  </li>`;
}

/**
 * The credential review: at the confirmation step, the credentials the platform reports, each
 * marked keep or remove; once sent, each one's outcome.
 */
export function credentialsView(c: Shown, a: A, w: W): TemplateResult | typeof nothing {
  const list = c.credentials;
  if (!list || list.caseId !== c.view.id) return nothing;
  const t = w.t.credentials;
  const reviewed = Object.keys(list.reviewed).length > 0;
  const ready = reviewDecisions(list.list, c.drafts.credentialMarks) !== null;
  const busy = c.phase === 'sending';
  return html`<section part="credentials" class="panel" aria-labelledby="cred-h" aria-busy=${list.status === 'loading' ? 'true' : 'false'}>
    <h3 id="cred-h">${t.title}</h3>
    <p>${t.intro}</p>
    ${
      list.status === 'loading'
        ? html`<p class="hint">${t.loading}</p>`
        : list.status === 'failed'
          ? html`<p class="error">${t.failed}</p>`
          : list.list.length === 0
            ? html`<p class="hint">${t.empty}</p>`
            : html`<form @submit=${(e: Event) => {
                e.preventDefault();
                a.reviewCredentials();
              }}>
              <ul class="plain credentials">${list.list.map((cred) => credentialRow(c, a, w, cred, reviewed))}</ul>
              ${
                reviewed
                  ? nothing
                  : html`<p class="hint" id="cred-hint">${t.choose}</p>
                    <button part="button primary-button" class="primary" type="submit" id="cred-submit" aria-describedby="cred-hint"
                      ?disabled=${!ready || busy}>${t.submit}</button>`
              }
            </form>`
    }
  </section>`;
}
