/**
 * The templates of `<recourse-case-tracker>`: plain functions of the element (the class owns
 * behaviour, these own markup). Every server value goes through Lit text bindings; URLs through
 * `safeHttpUrl`. The claim and complaint forms live in `case-tracker.forms.ts`.
 * @internal
 * @module
 */
import {
  type ChainEntry,
  type ChainedEvent,
  COMMAND_LIMITS,
  CONTAINMENT_CODES,
  RECOVERY_CHECKLIST,
  type ReporterCaseView,
} from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { safeHttpUrl } from '../../internal/url';
import type { GuardedField, RecourseCaseTracker } from './case-tracker';
import * as act from './case-tracker.actions';
import { REPORTER_STEPS, type ReporterStep, type ThreadKind } from './case-tracker.i18n';

type T = RecourseCaseTracker;

/** The stepper's steps: the customer statuses in order (`action_needed` marks the current one). */
export const STEPPER = ['submitted', 'in_review', 'in_progress', 'resolved', 'closed'] as const;

/** Where a case stands on the stepper. */
export function stepIndex(view: Pick<ReporterCaseView, 'state' | 'status'>): number {
  switch (view.state) {
    case 'submitted':
      return 0;
    case 'in_review':
    case 'compromise_confirmed':
      return 1;
    case 'awaiting_confirmation':
      return view.status === 'resolved' ? 3 : 2;
    case 'ruled_out':
      return 3;
    case 'closed':
    case 'withdrawn':
      return 4;
    default:
      return 2;
  }
}

/** Thread entries: event type → kind and the data field holding the text. */
export const THREAD: Partial<Record<string, [ThreadKind, string]>> = {
  message_sent: ['message', 'text'],
  info_requested: ['request', 'prompt'],
  info_provided: ['answer', 'text'],
  complaint_filed: ['complaint', 'text'],
  complaint_answered: ['complaint_answer', 'text'],
};

const when = (t: T, at: string) => {
  const lang = t.langCtl.lang;
  return html`<time datetime=${at} title=${formatDateTime(lang, at)}>${formatRelative(lang, at, t.now())}</time>`;
};

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Id of a guarded field's error. */
const secretId = (field: GuardedField) => `${field}-secret`;

/**
 * The secret guard's error under a field: what the text looks like, why it must not be sent, and
 * that the platform never asks for it (or nothing).
 */
export function secretError(t: T, field: GuardedField): TemplateResult | typeof nothing {
  const kind = t.secrets[field];
  if (!kind) return nothing;
  return html`<p class="error secret" id=${secretId(field)}>${t.t.guard.secret[kind]} ${t.t.guard.neverAsks}</p>`;
}

/** `aria-describedby` of a guarded field (its error when there is one, plus other hints). */
export function describedBy(t: T, field: GuardedField, ...other: string[]): string | typeof nothing {
  const ids = [...other, ...(t.secrets[field] ? [secretId(field)] : [])];
  return ids.length ? ids.join(' ') : nothing;
}

function header(t: T, v: ReporterCaseView): TemplateResult {
  return html`<header part="header">
    <slot name="header"></slot>
    <h2 id="heading" tabindex="-1">${interpolate(t.t.caseNumber, { number: v.number })}</h2>
    <p class="meta">
      <strong class="badge ${v.status}">${t.d.status[v.status]}</strong>
      <span>${interpolate(t.t.reported, { when: formatDateTime(t.langCtl.lang, v.createdAt) })}</span>
    </p>
  </header>`;
}

function connection(t: T) {
  const c = t.connection;
  return html`<p part="connection" class="connection ${c ?? ''}" role="status">${c ? t.t.connection[c] : ''}</p>`;
}

function stepper(t: T, v: ReporterCaseView): TemplateResult {
  const current = stepIndex(v);
  const action = v.status === 'action_needed';
  return html`<ol part="stepper" class="stepper" aria-label=${t.t.stepper.label}>
    ${STEPPER.map((s, i) => {
      const kind = i < current ? 'done' : i === current ? 'current' : 'upcoming';
      return html`<li part="step" class="step ${kind} ${i === current && action ? 'action' : ''}" aria-current=${i === current ? 'step' : nothing}>
        <span class="dot" aria-hidden="true">${i < current ? '✓' : i + 1}</span>
        <span class="label">${t.d.status[s]}</span>
        <span class="sr">(${t.t.stepper[kind]})</span>
        ${i === current && action ? html`<span class="flag">${t.t.stepper.actionNeeded}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

function next(t: T, v: ReporterCaseView): TemplateResult {
  const steps = v.nextSteps.filter((s): s is ReporterStep =>
    (REPORTER_STEPS as readonly string[]).includes(s),
  );
  const running = v.deadlines.filter((d) => d.metAt === null);
  const lang = t.langCtl.lang;
  return html`<section part="next" aria-labelledby="next-h">
    <h3 id="next-h">${t.t.next.title}</h3>
    ${steps.length ? html`<ul class="plain">${steps.map((s) => html`<li>${t.t.next.steps[s]}</li>`)}</ul>` : nothing}
    ${
      running.length
        ? html`<h4>${t.t.next.deadlinesTitle}</h4>
          <dl class="deadlines">
            ${running.map(
              (d) => html`<div class=${d.overdue ? 'overdue' : ''}>
                <dt>${t.t.next.deadline[d.code]}${d.party === 'reporter' ? html` <em>(${t.t.next.yourClock})</em>` : nothing}</dt>
                <dd>
                  <time datetime=${d.due}>${interpolate(t.t.next.due, {
                    date: formatDateTime(lang, d.due),
                    relative: formatRelative(lang, d.due, t.now()),
                  })}</time>
                  ${d.overdue ? html`<strong class="late">${t.t.next.overdue}</strong>` : nothing}
                </dd>
              </div>`,
            )}
          </dl>`
        : nothing
    }
  </section>`;
}

function fileList(t: T): TemplateResult {
  return html`
    ${t.hashing ? html`<p class="hint">${interpolate(t.t.action.hashing, { name: t.hashing })}</p>` : nothing}
    ${t.refusals.map(
      (r) =>
        html`<p class="error">${interpolate(t.t.action.refused, { name: r.name, reason: t.t.action.reasons[r.reason] })}</p>`,
    )}
    ${
      t.files.length
        ? html`<ul class="files">
          ${t.files.map(
            (f) => html`<li>
              <span class="name">${f.name}</span>
              <code class="hash" title="SHA-256">${f.sha256}</code>
              <button type="button" part="button" class="link" @click=${() => t.removeFile(f.key)}>
                ${interpolate(t.t.action.remove, { name: f.name })}
              </button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
  `;
}

function action(t: T, v: ReporterCaseView): TemplateResult | typeof nothing {
  const request = v.pendingRequest;
  const verify = v.nextSteps.includes('verify_identity');
  if (!request && !verify) return nothing;
  const busy = t.busy !== null;
  return html`<section part="action" class="panel action" aria-labelledby="action-h">
    <h3 id="action-h">${t.t.action.title}</h3>
    ${
      request
        ? html`<form
          @submit=${(e: Event) => {
            e.preventDefault();
            void act.answer(t);
          }}
        >
          <p class="asks"><strong>${t.t.action.asks}</strong> <span class="quote">${request.prompt}</span></p>
          <div class="field">
            <label for="answer">${t.t.action.answer}</label>
            <textarea id="answer" required maxlength=${COMMAND_LIMITS.textMax} .value=${t.answerText}
              aria-invalid=${t.secrets.answer ? 'true' : 'false'} aria-describedby=${describedBy(t, 'answer')}
              @input=${(e: Event) => {
                t.answerText = value(e);
                act.watchSecret(t, 'answer', [[t.answerText, 'free_text']]);
              }}></textarea>
            ${secretError(t, 'answer')}
          </div>
          <div class="field">
            <label for="files">${t.t.action.files}</label>
            <p class="hint" id="files-hint">${t.t.action.filesHint}</p>
            <input id="files" type="file" multiple aria-describedby="files-hint"
              accept="image/png,image/jpeg,image/webp,application/pdf,text/plain"
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                void act.addFiles(t, input.files).then(() => {
                  input.value = '';
                });
              }} />
          </div>
          ${fileList(t)}
          <button part="button primary-button" class="primary" type="submit" ?disabled=${busy || t.hashing !== undefined}>
            ${t.busy === 'answer' || t.busy?.startsWith('answer:') ? t.t.action.sending : t.t.action.send}
          </button>
        </form>`
        : nothing
    }
    ${
      verify
        ? html`<h4>${t.t.action.verifyTitle}</h4>
          <p>${t.t.action.verifyBody}</p>`
        : nothing
    }
    <p part="notice" class="notice danger">${t.t.action.neverAsks}</p>
  </section>`;
}

/** Whether the reporter already confirmed since support last asked (the workflow would take a second one). */
function confirmedSinceAsked(t: T): boolean {
  const last = t.publicEntries
    .filter((e) => e.type === 'recovery_confirmed' || e.type === 'confirmation_requested')
    .at(-1);
  return last?.type === 'recovery_confirmed';
}

function checklist(t: T): TemplateResult | typeof nothing {
  const canConfirm = t.can('confirm_recovery') && !confirmedSinceAsked(t);
  const canDispute = t.can('dispute_recovery');
  if (!canConfirm && !canDispute) return nothing;
  const c = t.t.checklist;
  const all = RECOVERY_CHECKLIST.every((k) => t.checks.has(k));
  const busy = t.busy !== null;
  return html`<section part="checklist" class="panel" aria-labelledby="check-h">
    <h3 id="check-h">${c.title}</h3>
    <p>${c.intro}</p>
    ${
      canConfirm
        ? html`<fieldset>
          <legend class="sr">${c.title}</legend>
          ${RECOVERY_CHECKLIST.map(
            (k) => html`<label class="choice">
              <input type="checkbox" name="check" value=${k} .checked=${t.checks.has(k)}
                @change=${(e: Event) => act.toggle(t, 'checks', k, (e.target as HTMLInputElement).checked)} />
              ${c.items[k]}
            </label>`,
          )}
        </fieldset>
        <p class="hint" id="confirm-hint">${c.confirmHint}</p>
        <div class="actions">
          <button part="button primary-button" class="primary" id="confirm" type="button" aria-describedby="confirm-hint"
            ?disabled=${!all || busy} @click=${() => void act.confirmRecovery(t)}>${c.confirm}</button>
          ${canDispute && !t.disputeOpen ? html`<button part="button" type="button" id="open-dispute" @click=${() => act.openDispute(t)}>${c.dispute}</button>` : nothing}
        </div>`
        : canDispute && !t.disputeOpen
          ? html`<div class="actions"><button part="button" type="button" id="open-dispute" @click=${() => act.openDispute(t)}>${c.dispute}</button></div>`
          : nothing
    }
    ${
      canDispute && t.disputeOpen
        ? html`<form class="dispute" @submit=${(e: Event) => {
            e.preventDefault();
            void act.dispute(t);
          }}>
          <h4 id="dispute-heading" tabindex="-1">${c.dispute}</h4>
          <p>${c.disputeIntro}</p>
          <fieldset>
            <legend>${c.disputeItems}</legend>
            ${RECOVERY_CHECKLIST.map(
              (k) => html`<label class="choice">
                <input type="checkbox" name="dispute" value=${k} .checked=${t.disputeItems.has(k)}
                  @change=${(e: Event) => act.toggle(t, 'disputeItems', k, (e.target as HTMLInputElement).checked)} />
                ${c.items[k]}
              </label>`,
            )}
          </fieldset>
          <div class="field">
            <label for="dispute-text">${c.details}</label>
            <textarea id="dispute-text" required maxlength=${COMMAND_LIMITS.textMax} .value=${t.disputeText}
              aria-invalid=${t.secrets.dispute ? 'true' : 'false'} aria-describedby=${describedBy(t, 'dispute')}
              @input=${(e: Event) => {
                t.disputeText = value(e);
                act.watchSecret(t, 'dispute', [[t.disputeText, 'free_text']]);
              }}></textarea>
            ${secretError(t, 'dispute')}
          </div>
          <div class="actions">
            <button part="button primary-button" class="primary" type="submit" ?disabled=${busy || t.disputeItems.size === 0}>${c.sendDispute}</button>
            <button part="button" type="button" @click=${() => {
              t.disputeOpen = false;
            }}>${t.t.ui.cancel}</button>
          </div>
        </form>`
        : nothing
    }
  </section>`;
}

function hardening(t: T): TemplateResult | typeof nothing {
  if (!t.publicEntries.some((e) => e.type === 'account_restored')) return nothing;
  const h = t.t.hardening;
  const reset = safeHttpUrl(t.platformConfig?.passwordResetUrl);
  const totp = safeHttpUrl(t.totpUrl, document.baseURI);
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
          <input type="checkbox" .checked=${t.contained.has(k)}
            @change=${(e: Event) => act.toggle(t, 'contained', k, (e.target as HTMLInputElement).checked)} />
          ${h.containment[k]}
        </label>`,
      )}
    </fieldset>
  </section>`;
}

function thread(t: T): TemplateResult {
  const items = t.publicEntries.filter((e) => THREAD[e.type]);
  const canSend = t.can('send_message');
  return html`<section part="thread" aria-labelledby="thread-h">
    <h3 id="thread-h">${t.t.thread.title}</h3>
    ${
      items.length === 0
        ? html`<p class="hint">${t.t.thread.empty}</p>`
        : html`<ol class="thread">
          ${items.map((e) => {
            const [kind, field] = THREAD[e.type]!;
            const text = e.data[field];
            return html`<li class=${e.actor.role === 'reporter' ? 'mine' : 'theirs'}>
              <p class="meta"><strong>${t.d.role[e.actor.role]}</strong> · ${t.t.thread.kinds[kind]} · ${when(t, e.at)}</p>
              <p class="text">${typeof text === 'string' ? text : ''}</p>
            </li>`;
          })}
        </ol>`
    }
    ${
      canSend
        ? html`<form @submit=${(e: Event) => {
            e.preventDefault();
            void act.message(t);
          }}>
          <div class="field">
            <label for="message">${t.t.thread.message}</label>
            <textarea id="message" maxlength=${COMMAND_LIMITS.textMax} .value=${t.messageText}
              aria-invalid=${t.secrets.message ? 'true' : 'false'} aria-describedby=${describedBy(t, 'message')}
              @input=${(e: Event) => {
                t.messageText = value(e);
                act.watchSecret(t, 'message', [[t.messageText, 'free_text']]);
              }}></textarea>
            ${secretError(t, 'message')}
          </div>
          <button part="button" type="submit" ?disabled=${t.busy !== null || !t.messageText.trim()}>${t.t.thread.send}</button>
        </form>`
        : nothing
    }
  </section>`;
}

function timeline(t: T): TemplateResult {
  const list: ChainEntry[] = [...t.entries].reverse();
  return html`<section part="timeline" aria-labelledby="time-h">
    <h3 id="time-h">${t.t.timeline.title}</h3>
    <ol class="timeline" reversed>
      ${list.map((e) =>
        'redacted' in e
          ? html`<li class="internal"><span>${t.t.timeline.internal}</span></li>`
          : html`<li data-seq=${e.seq}>
            <span class="what">${t.d.event[(e as ChainedEvent).type] ?? e.type}</span>
            <span class="who">${t.d.role[e.actor.role]}</span>
            ${when(t, e.at)}
          </li>`,
      )}
    </ol>
  </section>`;
}

function dossier(t: T): TemplateResult {
  const d = t.t.dossier;
  return html`<section part="dossier" aria-labelledby="dossier-h">
    <h3 id="dossier-h">${d.title}</h3>
    <p>${d.intro}</p>
    <div class="actions">
      <button part="button" type="button" id="dossier-json" ?disabled=${t.dossierBusy} @click=${() => void t.dossier('json')}>${d.json}</button>
      <button part="button" type="button" id="dossier-print" ?disabled=${t.dossierBusy} @click=${() => void t.dossier('print')}>${d.print}</button>
    </div>
  </section>`;
}

/** The claim or complaint section, when the case has one or may start one. */
function formPart(t: T, part: 'claim' | 'complaint', show: boolean): TemplateResult | typeof nothing {
  if (!show) return nothing;
  // Rendering happens only once `ui` (the module these templates came in) is set.
  const forms = t.ui!.forms;
  return part === 'claim' ? forms.renderClaim(t) : forms.renderComplaint(t);
}

function errorPanel(t: T): TemplateResult | typeof nothing {
  if (!t.error) return nothing;
  const retry = t.error === 'network' || t.error === 'failed' || t.error === 'not_found';
  return html`<div part="notice" class="notice danger" role="alert">
    <p>${t.t.errors[t.error]}</p>
    ${retry && t.error !== 'not_found' ? html`<button part="button" type="button" @click=${() => void (t.view ? t.refresh() : t.open())}>${t.t.retry}</button>` : nothing}
  </div>`;
}

/** The whole tracker. */
export function renderTracker(t: T): TemplateResult {
  const v = t.view;
  const live = html`<div class="sr" role="status" aria-live="polite">${t.status}</div>`;
  if (!v) {
    return html`<section class="root" aria-label=${t.t.title} aria-busy=${t.loading ? 'true' : 'false'}>
      <slot name="header"></slot>
      ${t.error ? errorPanel(t) : html`<p class="hint">${t.t.loading}</p>`}
      <slot name="help"></slot>
      ${live}
    </section>`;
  }
  return html`<section class="root" aria-label=${t.t.title}>
    ${header(t, v)}
    ${connection(t)}
    ${t.linkRemoved ? html`<p part="notice" class="notice">${t.t.linkRemoved}</p>` : nothing}
    ${errorPanel(t)}
    ${stepper(t, v)}
    ${action(t, v)}
    ${next(t, v)}
    ${checklist(t)}
    ${hardening(t)}
    ${thread(t)}
    ${formPart(t, 'claim', v.claim !== 'none' || t.can('file_claim'))}
    ${formPart(t, 'complaint', v.complaint !== 'none' || t.can('file_complaint'))}
    ${timeline(t)}
    ${dossier(t)}
    <slot name="help"></slot>
    ${live}
  </section>`;
}
