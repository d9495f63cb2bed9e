/**
 * What `<recourse-case-tracker>` shows, as pure functions of `(state, actions, words)`: the case
 * (stepper, what happens next, what support asks for, the checklist, hardening advice, messages,
 * timeline, case file). No element: the controller owns the state, the views read it and call
 * the actions. Every server value goes through Lit text bindings; URLs through `safeHttpUrl`. The
 * claim and complaint sections are in `case-tracker.forms.view.ts`.
 * @module
 */
import type { ChainEntry, ChainedEvent, PlatformConfig, ReporterCaseView } from '@recourse/core';
import { COMMAND_LIMITS, CONTAINMENT_CODES, RECOVERY_CHECKLIST } from '@recourse/core/lite';
import { html, nothing, type TemplateResult } from 'lit';
import type { DomainCatalog } from '../../i18n/catalogs/domain';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { isolate } from '../../i18n/isolate';
import type { Lang } from '../../i18n/lang';
import { safeHttpUrl } from '../../internal/url';
import { containmentView, credentialsView } from './case-tracker.containment.view';
import { claimView, complaintView, describedBy, secretError } from './case-tracker.forms.view';
import { type CaseTrackerCatalog, REPORTER_STEPS, type ReporterStep } from './case-tracker.i18n';
import { STEPPER, stepIndex, THREAD } from './case-tracker.model';
import {
  type ContainmentActions,
  can,
  publicEntries,
  type Shown,
  shownCase,
  type TrackerActions,
  type TrackerState,
} from './case-tracker.state';

/** Everything the views say, the language and clock of dates, and the host's settings. */
export interface TrackerWords {
  t: CaseTrackerCatalog;
  d: DomainCatalog;
  lang: Lang;
  now: Date;
  /** The `config` property (wins over the configuration the server sent). */
  config?: PlatformConfig;
  /** Where the reporter sets up two-step verification (the `totp-url` attribute). */
  totpUrl?: string;
  /** Whether the client can ask to lift a lock (a custom client may not): `false` hides the offer. */
  release?: boolean;
}

type A = TrackerActions & ContainmentActions;
type W = TrackerWords;

const when = (w: W, at: string) =>
  html`<time datetime=${at} title=${formatDateTime(w.lang, at)}>${formatRelative(w.lang, at, w.now)}</time>`;

const value = (e: Event) => (e.target as HTMLInputElement).value;

function header(w: W, v: ReporterCaseView): TemplateResult {
  return html`<header part="header">
    <slot name="header"></slot>
    <h2 id="heading" tabindex="-1">${isolate(w.t.caseNumber, { number: v.number })}</h2>
    <p class="meta">
      <strong class="badge ${v.status}">${w.d.status[v.status]}</strong>
      <span>${isolate(w.t.reported, { when: formatDateTime(w.lang, v.createdAt) })}</span>
    </p>
  </header>`;
}

function connection(c: Shown, w: W) {
  const status = c.connection;
  return html`<p part="connection" class="connection ${status ?? ''}" role="status">${status ? w.t.connection[status] : ''}</p>`;
}

function stepper(w: W, v: ReporterCaseView): TemplateResult {
  const current = stepIndex(v);
  const action = v.status === 'action_needed';
  return html`<ol part="stepper" class="stepper" aria-label=${w.t.stepper.label}>
    ${STEPPER.map((s, i) => {
      const kind = i < current ? 'done' : i === current ? 'current' : 'upcoming';
      return html`<li part="step" class="step ${kind} ${i === current && action ? 'action' : ''}" aria-current=${i === current ? 'step' : nothing}>
        <span class="dot" aria-hidden="true">${i < current ? '✓' : i + 1}</span>
        <span class="label">${w.d.status[s]}</span>
        <span class="sr">(${w.t.stepper[kind]})</span>
        ${i === current && action ? html`<span class="flag">${w.t.stepper.actionNeeded}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function next(w: W, v: ReporterCaseView): TemplateResult {
  const steps = v.nextSteps.filter((s): s is ReporterStep =>
    (REPORTER_STEPS as readonly string[]).includes(s),
  );
  const running = v.deadlines.filter((d) => d.metAt === null);
  const lang = w.lang;
  return html`<section part="next" aria-labelledby="next-h">
    <h3 id="next-h">${w.t.next.title}</h3>
    ${steps.length ? html`<ul class="plain">${steps.map((s) => html`<li>${w.t.next.steps[s]}</li>`)}</ul>` : nothing}
    ${
      running.length
        ? html`<h4>${w.t.next.deadlinesTitle}</h4>
          <dl class="deadlines">
            ${running.map(
              (d) => html`<div class=${d.overdue ? 'overdue' : ''}>
                <dt>${w.t.next.deadline[d.code]}${d.party === 'reporter' ? html` <em>(${w.t.next.yourClock})</em>` : nothing}</dt>
                <dd>
                  <time datetime=${d.due}>${interpolate(w.t.next.due, {
                    date: formatDateTime(lang, d.due),
                    relative: formatRelative(lang, d.due, w.now),
                  })}</time>
                  ${d.overdue ? html`<strong class="late">${w.t.next.overdue}</strong>` : nothing}
                </dd>
              </div>`,
            )}
          </dl>`
        : nothing
    }
  </section>`;
}

function fileList(c: Shown, a: A, w: W): TemplateResult {
  return html`
    ${c.hashing ? html`<p class="hint">${interpolate(w.t.action.hashing, { name: c.hashing })}</p>` : nothing}
    ${c.refusals.map(
      (r) =>
        html`<p class="error">${interpolate(w.t.action.refused, { name: r.name, reason: w.t.action.reasons[r.reason] })}</p>`,
    )}
    ${
      c.files.length
        ? html`<ul class="files">
          ${c.files.map(
            (f) => html`<li>
              <span class="name">${f.name}</span>
              <code class="hash" title="SHA-256">${f.sha256}</code>
              <button type="button" part="button" class="link" @click=${() => a.removeFile(f.key)}>
                ${interpolate(w.t.action.remove, { name: f.name })}
              </button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
  `;
}

function action(c: Shown, a: A, w: W): TemplateResult | typeof nothing {
  const v = c.view;
  const request = v.pendingRequest;
  const verify = v.nextSteps.includes('verify_identity');
  if (!request && !verify) return nothing;
  const busy = c.phase === 'sending';
  return html`<section part="action" class="panel action" aria-labelledby="action-h">
    <h3 id="action-h">${w.t.action.title}</h3>
    ${
      request
        ? html`<form
          @submit=${(e: Event) => {
            e.preventDefault();
            a.answer();
          }}
        >
          <p class="asks"><strong>${w.t.action.asks}</strong> <span class="quote">${request.prompt}</span></p>
          <div class="field">
            <label for="answer">${w.t.action.answer}</label>
            <textarea id="answer" required maxlength=${COMMAND_LIMITS.textMax} .value=${c.drafts.answer}
              aria-invalid=${c.secrets.answer ? 'true' : 'false'} aria-describedby=${describedBy(c, 'answer')}
              @input=${(e: Event) => a.edit('answer', value(e))}></textarea>
            ${secretError(c, w, 'answer')}
          </div>
          <div class="field">
            <label for="files">${w.t.action.files}</label>
            <p class="hint" id="files-hint">${w.t.action.filesHint}</p>
            <input id="files" type="file" multiple aria-describedby="files-hint"
              accept="image/png,image/jpeg,image/webp,application/pdf,text/plain"
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                void a.addFiles(input.files).then(() => {
                  input.value = '';
                });
              }} />
          </div>
          ${fileList(c, a, w)}
          <button part="button primary-button" class="primary" type="submit" ?disabled=${busy || c.hashing !== undefined}>
            ${c.phase === 'sending' && c.action.startsWith('answer') ? w.t.action.sending : w.t.action.send}
          </button>
        </form>`
        : nothing
    }
    ${
      verify
        ? html`<h4>${w.t.action.verifyTitle}</h4>
          <p>${w.t.action.verifyBody}</p>`
        : nothing
    }
    <p part="notice" class="notice danger">${w.t.action.neverAsks}</p>
  </section>`;
}

/** Whether the reporter already confirmed since support last asked (the workflow would take a second one). */
function confirmedSinceAsked(c: Shown): boolean {
  const last = publicEntries(c)
    .filter((e) => e.type === 'recovery_confirmed' || e.type === 'confirmation_requested')
    .at(-1);
  return last?.type === 'recovery_confirmed';
}

function checklist(c: Shown, a: A, w: W): TemplateResult | typeof nothing {
  const canConfirm = can(c, 'confirm_recovery') && !confirmedSinceAsked(c);
  const canDispute = can(c, 'dispute_recovery');
  if (!canConfirm && !canDispute) return nothing;
  const cw = w.t.checklist;
  const all = RECOVERY_CHECKLIST.every((k) => c.drafts.checks.has(k));
  const busy = c.phase === 'sending';
  return html`<section part="checklist" class="panel" aria-labelledby="check-h">
    <h3 id="check-h">${cw.title}</h3>
    <p>${cw.intro}</p>
    ${
      canConfirm
        ? html`<fieldset>
          <legend class="sr">${cw.title}</legend>
          ${RECOVERY_CHECKLIST.map(
            (k) => html`<label class="choice">
              <input type="checkbox" name="check" value=${k} .checked=${c.drafts.checks.has(k)}
                @change=${(e: Event) => a.toggle('checks', k, (e.target as HTMLInputElement).checked)} />
              ${cw.items[k]}
            </label>`,
          )}
        </fieldset>
        <p class="hint" id="confirm-hint">${cw.confirmHint}</p>
        <div class="actions">
          <button part="button primary-button" class="primary" id="confirm" type="button" aria-describedby="confirm-hint"
            ?disabled=${!all || busy} @click=${() => a.send('confirm')}>${cw.confirm}</button>
          ${canDispute && !c.drafts.disputeOpen ? html`<button part="button" type="button" id="open-dispute" @click=${() => a.openForm('dispute', true)}>${cw.dispute}</button>` : nothing}
        </div>`
        : canDispute && !c.drafts.disputeOpen
          ? html`<div class="actions"><button part="button" type="button" id="open-dispute" @click=${() => a.openForm('dispute', true)}>${cw.dispute}</button></div>`
          : nothing
    }
    ${
      canDispute && c.drafts.disputeOpen
        ? html`<form class="dispute" @submit=${(e: Event) => {
            e.preventDefault();
            a.send('dispute');
          }}>
          <h4 id="dispute-heading" tabindex="-1">${cw.dispute}</h4>
          <p>${cw.disputeIntro}</p>
          <fieldset>
            <legend>${cw.disputeItems}</legend>
            ${RECOVERY_CHECKLIST.map(
              (k) => html`<label class="choice">
                <input type="checkbox" name="dispute" value=${k} .checked=${c.drafts.disputeItems.has(k)}
                  @change=${(e: Event) => a.toggle('disputeItems', k, (e.target as HTMLInputElement).checked)} />
                ${cw.items[k]}
              </label>`,
            )}
          </fieldset>
          <div class="field">
            <label for="dispute-text">${cw.details}</label>
            <textarea id="dispute-text" required maxlength=${COMMAND_LIMITS.textMax} .value=${c.drafts.disputeText}
              aria-invalid=${c.secrets.dispute ? 'true' : 'false'} aria-describedby=${describedBy(c, 'dispute')}
              @input=${(e: Event) => a.edit('disputeText', value(e))}></textarea>
            ${secretError(c, w, 'dispute')}
          </div>
          <div class="actions">
            <button part="button primary-button" class="primary" type="submit" ?disabled=${busy || c.drafts.disputeItems.size === 0}>${cw.sendDispute}</button>
            <button part="button" type="button" @click=${() => a.openForm('dispute', false)}>${w.t.ui.cancel}</button>
          </div>
        </form>`
        : nothing
    }
  </section>`;
}

function hardening(c: Shown, a: A, w: W): TemplateResult | typeof nothing {
  if (!publicEntries(c).some((e) => e.type === 'account_restored')) return nothing;
  const h = w.t.hardening;
  const reset = safeHttpUrl((w.config ?? c.config)?.passwordResetUrl);
  const totp = safeHttpUrl(w.totpUrl, document.baseURI);
  return html`<section part="hardening" class="panel" aria-labelledby="hard-h">
    <h3 id="hard-h">${h.title}</h3>
    <p>${h.password}</p>
    ${reset ? html`<p><a href=${reset} rel="noopener noreferrer" target="_blank">${h.passwordLink}</a></p>` : nothing}
    <p>${h.twoFactor}</p>
    ${totp ? html`<p><a href=${totp} rel="noopener noreferrer">${h.twoFactorLink}</a></p>` : nothing}
    <fieldset>
      <legend>${h.containmentTitle}</legend>
      ${CONTAINMENT_CODES.map(
        (k) => html`<label class="choice">
          <input type="checkbox" .checked=${c.drafts.contained.has(k)}
            @change=${(e: Event) => a.toggle('contained', k, (e.target as HTMLInputElement).checked)} />
          ${h.containment[k]}
        </label>`,
      )}
    </fieldset>
  </section>`;
}

function thread(c: Shown, a: A, w: W): TemplateResult {
  const items = publicEntries(c).filter((e) => THREAD[e.type]);
  const canSend = can(c, 'send_message');
  return html`<section part="thread" aria-labelledby="thread-h">
    <h3 id="thread-h">${w.t.thread.title}</h3>
    ${
      items.length === 0
        ? html`<p class="hint">${w.t.thread.empty}</p>`
        : html`<ol class="thread">
          ${items.map((e) => {
            const [kind, field] = THREAD[e.type]!;
            const text = e.data[field];
            return html`<li class=${e.actor.role === 'reporter' ? 'mine' : 'theirs'}>
              <p class="meta"><strong>${w.d.role[e.actor.role]}</strong> · ${w.t.thread.kinds[kind]} · ${when(w, e.at)}</p>
              <p class="text">${typeof text === 'string' ? text : ''}</p>
            </li>`;
          })}
        </ol>`
    }
    ${
      canSend
        ? html`<form @submit=${(e: Event) => {
            e.preventDefault();
            a.send('message');
          }}>
          <div class="field">
            <label for="message">${w.t.thread.message}</label>
            <textarea id="message" maxlength=${COMMAND_LIMITS.textMax} .value=${c.drafts.message}
              aria-invalid=${c.secrets.message ? 'true' : 'false'} aria-describedby=${describedBy(c, 'message')}
              @input=${(e: Event) => a.edit('message', value(e))}></textarea>
            ${secretError(c, w, 'message')}
          </div>
          <button part="button" type="submit" ?disabled=${c.phase === 'sending' || !c.drafts.message.trim()}>${w.t.thread.send}</button>
        </form>`
        : nothing
    }
  </section>`;
}

function timeline(c: Shown, w: W): TemplateResult {
  const list: ChainEntry[] = [...c.entries].reverse();
  return html`<section part="timeline" aria-labelledby="time-h">
    <h3 id="time-h">${w.t.timeline.title}</h3>
    <ol class="timeline" reversed>
      ${list.map((e) =>
        'redacted' in e
          ? html`<li class="internal"><span>${w.t.timeline.internal}</span></li>`
          : html`<li data-seq=${e.seq}>
            <span class="what">${w.d.event[(e as ChainedEvent).type] ?? e.type}</span>
            <span class="who">${w.d.role[e.actor.role]}</span>
            ${when(w, e.at)}
          </li>`,
      )}
    </ol>
  </section>`;
}

function dossier(c: Shown, a: A, w: W): TemplateResult {
  const d = w.t.dossier;
  return html`<section part="dossier" aria-labelledby="dossier-h">
    <h3 id="dossier-h">${d.title}</h3>
    <p>${d.intro}</p>
    <div class="actions">
      <button part="button" type="button" id="dossier-json" ?disabled=${c.dossierBusy} @click=${() => a.dossier('json')}>${d.json}</button>
      <button part="button" type="button" id="dossier-print" ?disabled=${c.dossierBusy} @click=${() => a.dossier('print')}>${d.print}</button>
    </div>
  </section>`;
}

function errorPanel(c: TrackerState, a: A, w: W): TemplateResult | typeof nothing {
  const problem = c.problem;
  if (!problem) return nothing;
  return html`<div part="notice" class="notice danger" role="alert">
    <p>${w.t.errors[problem]}</p>
    ${problem === 'network' || problem === 'failed' ? html`<button part="button" type="button" @click=${() => a.retry()}>${w.t.retry}</button>` : nothing}
  </div>`;
}

/** The whole tracker. */
export function trackerView(s: TrackerState, a: A, w: W): TemplateResult {
  const c = shownCase(s);
  const live = html`<div class="sr" role="status" aria-live="polite">${s.announcement}</div>`;
  if (!c) {
    return html`<section class="root" aria-label=${w.t.title} aria-busy=${s.phase === 'opening' ? 'true' : 'false'}>
      <slot name="header"></slot>
      ${s.problem ? errorPanel(s, a, w) : html`<p class="hint">${w.t.loading}</p>`}
      <slot name="help"></slot>
      ${live}
    </section>`;
  }
  const v = c.view;
  return html`<section class="root" aria-label=${w.t.title}>
    ${header(w, v)}
    ${connection(c, w)}
    ${c.linkRemoved ? html`<p part="notice" class="notice">${w.t.linkRemoved}</p>` : nothing}
    ${errorPanel(c, a, w)}
    ${stepper(w, v)}
    ${action(c, a, w)}
    ${containmentView(c, a, w)}
    ${next(w, v)}
    ${checklist(c, a, w)}
    ${credentialsView(c, a, w)}
    ${hardening(c, a, w)}
    ${thread(c, a, w)}
    ${v.claim !== 'none' || can(c, 'file_claim') ? claimView(c, a, w) : nothing}
    ${v.complaint !== 'none' || can(c, 'file_complaint') ? complaintView(c, a, w) : nothing}
    ${timeline(c, w)}
    ${dossier(c, a, w)}
    <slot name="help"></slot>
    ${live}
  </section>`;
}
