/**
 * The tracker's loss-claim and complaint sections (shown only when the case has one or may start
 * one), and the secret guard's messages under a field, as pure functions of `(state, actions,
 * words)`.
 * @module
 */
import { COMMAND_ID_PATTERN, COMMAND_LIMITS } from '@recourse/core/lite';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { safeHttpUrl } from '../../internal/url';
import { claimTransactions } from './case-tracker.model';
import {
  can,
  claimRows,
  type GuardedField,
  publicEntries,
  type Shown,
  type TrackerActions,
  type TrackerState,
} from './case-tracker.state';
import type { TrackerWords } from './case-tracker.view';

type A = TrackerActions;
type W = TrackerWords;

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Id of a guarded field's error. */
const secretId = (field: GuardedField) => `${field}-secret`;

/**
 * The secret guard's error under a field: what the text looks like, why it must not be sent, and
 * that the platform never asks for it (or nothing).
 */
export function secretError(c: TrackerState, w: W, field: GuardedField): TemplateResult | typeof nothing {
  const kind = c.secrets[field];
  if (!kind) return nothing;
  return html`<p class="error secret" id=${secretId(field)}>${w.t.guard.secret[kind]} ${w.t.guard.neverAsks}</p>`;
}

/** `aria-describedby` of a guarded field (its error when there is one, plus other hints). */
export function describedBy(
  c: TrackerState,
  field: GuardedField,
  ...other: string[]
): string | typeof nothing {
  const ids = [...other, ...(c.secrets[field] ? [secretId(field)] : [])];
  return ids.length ? ids.join(' ') : nothing;
}

function totals(list: unknown): { asset: string; amount: string }[] {
  return Array.isArray(list)
    ? list.filter(
        (x): x is { asset: string; amount: string } =>
          typeof x?.asset === 'string' && typeof x?.amount === 'string',
      )
    : [];
}

function amounts(label: string, list: { asset: string; amount: string }[]): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  return html`<p><strong>${label}:</strong> ${list.map((x, i) => html`${i ? ', ' : ''}${x.amount} ${x.asset}`)}</p>`;
}

function claimForm(c: Shown, a: A, w: W): TemplateResult {
  const k = w.t.claim;
  const rows = claimRows(c.drafts);
  const set = (i: number, key: 'asset' | 'amount' | 'at' | 'txId') => (e: Event) =>
    a.editClaim(i, key, value(e));
  const valid = claimTransactions(rows) !== null;
  return html`<form
    class="claim-form"
    @submit=${(e: Event) => {
      e.preventDefault();
      a.send('claim');
    }}
  >
    ${rows.map(
      (r, i) => html`<fieldset class="tx">
        <legend>${interpolate(k.transaction, { n: i + 1 })}</legend>
        <div class="row">
          <div class="field">
            <label for="asset-${i}">${k.asset}</label>
            <input id="asset-${i}" required maxlength=${COMMAND_LIMITS.assetMax} autocomplete="off" aria-describedby="asset-hint"
              .value=${r.asset} @input=${set(i, 'asset')} />
          </div>
          <div class="field">
            <label for="amount-${i}">${k.amount}</label>
            <input id="amount-${i}" required inputmode="decimal" autocomplete="off" .value=${r.amount} @input=${set(i, 'amount')} />
          </div>
          <div class="field">
            <label for="at-${i}">${k.at}</label>
            <input id="at-${i}" required type="datetime-local" .value=${r.at} @input=${set(i, 'at')} />
          </div>
          <div class="field">
            <label for="tx-${i}">${k.txId} <span class="hint">(${w.t.ui.optional})</span></label>
            <input id="tx-${i}" maxlength=${COMMAND_LIMITS.idMax} autocomplete="off" .value=${r.txId} @input=${set(i, 'txId')}
              aria-invalid=${c.secrets.claim ? 'true' : 'false'} aria-describedby=${describedBy(c, 'claim')} />
          </div>
        </div>
        ${
          rows.length > 1
            ? html`<button part="button" type="button" class="link" @click=${() => a.removeClaimRow(i)}>${interpolate(k.remove, { n: i + 1 })}</button>`
            : nothing
        }
      </fieldset>`,
    )}
    ${secretError(c, w, 'claim')}
    <p class="hint" id="asset-hint">${k.assetHint}</p>
    <div class="actions">
      <button part="button" type="button" ?disabled=${rows.length >= 50} @click=${() => a.addClaimRow()}>${k.add}</button>
      <button part="button primary-button" class="primary" type="submit" ?disabled=${!valid || c.phase === 'sending'}>${k.submit}</button>
      <button part="button" type="button" @click=${() => a.openForm('claim', false)}>${w.t.ui.cancel}</button>
    </div>
  </form>`;
}

/** The loss-claim section: file one, then its review and decision. */
export function claimView(c: Shown, a: A, w: W): TemplateResult {
  const v = c.view;
  const k = w.t.claim;
  const filed = publicEntries(c)
    .filter((e) => e.type === 'claim_filed')
    .at(-1);
  const decided = publicEntries(c)
    .filter(
      (e) => e.type.startsWith('claim_') && e.type !== 'claim_filed' && e.type !== 'claim_review_started',
    )
    .at(-1);
  const reason = decided?.data.reason;
  return html`<section part="claim" class="panel" aria-labelledby="claim-h">
    <h3 id="claim-h">${k.title}</h3>
    ${v.claim === 'none' ? html`<p>${k.intro}</p>` : html`<p class="state"><strong>${k.states[v.claim]}</strong></p>`}
    ${filed ? amounts(k.claimed, totals(filed.data.totals)) : nothing}
    ${decided ? amounts(k.approved, totals(decided.data.approved)) : nothing}
    ${typeof reason === 'string' ? html`<p>${interpolate(k.reason, { reason })}</p>` : nothing}
    ${
      can(c, 'file_claim')
        ? c.drafts.claimOpen
          ? claimForm(c, a, w)
          : html`<button part="button" type="button" id="open-claim" @click=${() => a.openForm('claim', true)}>${k.open}</button>`
        : nothing
    }
  </section>`;
}

function bodies(c: Shown, a: A, w: W): TemplateResult | typeof nothing {
  const k = w.t.complaint;
  const list = (w.config ?? c.config)?.outsideBodies ?? [];
  if (!list.length) return nothing;
  const lang = w.lang;
  const name = (b: (typeof list)[number]) => b.name[lang] ?? b.name.en ?? Object.values(b.name)[0] ?? b.id;
  const canEscalate = can(c, 'escalate_complaint');
  return html`<h4>${k.bodiesTitle}</h4>
    <p>${k.bodiesIntro}</p>
    <ul class="bodies">
      ${list.map((b) => {
        const url = safeHttpUrl(b.url);
        return html`<li>
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name(b)}</a>` : html`<span>${name(b)}</span>`}
          <span class="hint">· ${k.kinds[b.kind]}${b.region ? ` · ${b.region}` : ''}</span>
        </li>`;
      })}
    </ul>
    <h4>${k.whatToSend}</h4>
    <ul>${k.sendItems.map((s) => html`<li>${s}</li>`)}</ul>
    ${
      canEscalate
        ? html`<form class="escalate" @submit=${(e: Event) => {
            e.preventDefault();
            a.send('escalate');
          }}>
          <div class="field">
            <label for="body">${k.body}</label>
            <select id="body" @change=${(e: Event) => a.chooseBody(value(e))}>
              ${list.map((b) => html`<option value=${b.id} ?selected=${c.drafts.bodyId === b.id}>${name(b)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="reference">${k.reference} <span class="hint">(${w.t.ui.optional})</span></label>
            <input id="reference" maxlength=${COMMAND_LIMITS.idMax} pattern=${COMMAND_ID_PATTERN.source}
              aria-describedby=${describedBy(c, 'reference', 'reference-hint')}
              aria-invalid=${c.secrets.reference ? 'true' : 'false'}
              .value=${c.drafts.reference} @input=${(e: Event) => a.edit('reference', value(e))} />
            <p class="hint" id="reference-hint">${k.referenceHint}</p>
            ${secretError(c, w, 'reference')}
          </div>
          <button part="button primary-button" class="primary" type="submit" ?disabled=${c.phase === 'sending'}>${k.escalate}</button>
        </form>`
        : nothing
    }`;
}

/** The complaint section: file one, its answer, resolve it, or go to an outside body. */
export function complaintView(c: Shown, a: A, w: W): TemplateResult {
  const v = c.view;
  const k = w.t.complaint;
  const answer = publicEntries(c)
    .filter((e) => e.type === 'complaint_answered')
    .at(-1);
  const answerDeadline = v.deadlines.find((d) => d.code === 'complaint_answer');
  const showBodies =
    v.complaint === 'answered' ||
    v.complaint === 'escalated' ||
    can(c, 'escalate_complaint') ||
    (v.complaint === 'filed' && answerDeadline?.overdue === true);
  return html`<section part="complaint" class="panel" aria-labelledby="complaint-h">
    <h3 id="complaint-h">${k.title}</h3>
    ${v.complaint === 'none' ? html`<p>${k.intro}</p>` : html`<p class="state"><strong>${k.states[v.complaint]}</strong></p>`}
    ${
      answer
        ? html`<figure class="quote-block">
          <figcaption>${k.answer} · <time datetime=${answer.at}>${formatDateTime(w.lang, answer.at)}</time></figcaption>
          <blockquote>${typeof answer.data.text === 'string' ? answer.data.text : ''}</blockquote>
        </figure>`
        : nothing
    }
    ${
      can(c, 'file_complaint')
        ? c.drafts.complaintOpen
          ? html`<form @submit=${(e: Event) => {
              e.preventDefault();
              a.send('complaint');
            }}>
            <div class="field">
              <label for="complaint-text">${k.text}</label>
              <textarea id="complaint-text" required maxlength=${COMMAND_LIMITS.textMax} .value=${c.drafts.complaintText}
                aria-invalid=${c.secrets.complaint ? 'true' : 'false'} aria-describedby=${describedBy(c, 'complaint')}
                @input=${(e: Event) => a.edit('complaintText', value(e))}></textarea>
              ${secretError(c, w, 'complaint')}
            </div>
            <div class="actions">
              <button part="button primary-button" class="primary" type="submit" ?disabled=${c.phase === 'sending' || !c.drafts.complaintText.trim()}>${k.submit}</button>
              <button part="button" type="button" @click=${() => a.openForm('complaint', false)}>${w.t.ui.cancel}</button>
            </div>
          </form>`
          : html`<button part="button" type="button" id="open-complaint" @click=${() => a.openForm('complaint', true)}>${k.open}</button>`
        : nothing
    }
    ${showBodies ? bodies(c, a, w) : nothing}
    ${
      can(c, 'resolve_complaint')
        ? html`<div class="actions"><button part="button" type="button" id="resolve-complaint" ?disabled=${c.phase === 'sending'}
            @click=${() => a.resolve()}>${k.resolve}</button></div>`
        : nothing
    }
  </section>`;
}
