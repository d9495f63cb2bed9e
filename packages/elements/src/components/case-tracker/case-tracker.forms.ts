/**
 * The tracker's loss-claim and complaint sections, shown only when the case needs them (they
 * load with the rest of `case-tracker.view`, after the first paint).
 * @internal
 * @module
 */
import {
  ASSET_PATTERN,
  COMMAND_ID_CHARACTERS,
  COMMAND_LIMITS,
  isCommandId,
  isPositiveAmount,
} from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { safeHttpUrl } from '../../internal/url';
import type { ClaimRow, RecourseCaseTracker } from './case-tracker';
import * as act from './case-tracker.actions';
import { describedBy, secretError } from './case-tracker.render';

type T = RecourseCaseTracker;

const value = (e: Event) => (e.target as HTMLInputElement).value;
const blankRow = (): ClaimRow => ({ asset: '', amount: '', at: '', txId: '' });

/** A `datetime-local` value as an ISO instant in the browser's zone, or `null`. */
function toInstant(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The claim's transaction ids, for the secret guard (read as ids: long hex and bare numbers are fine). */
const txIds = (rows: readonly ClaimRow[]) =>
  rows.filter((r) => r.txId.trim()).map((r) => [r.txId.trim(), 'transaction_id'] as const);

/** The claim rows as the `file_claim` payload, or `null` when a row is incomplete. */
export function claimTransactions(rows: readonly ClaimRow[]) {
  const out = [];
  for (const row of rows) {
    const asset = row.asset.trim().toUpperCase();
    const amount = row.amount.trim().replace(',', '.');
    const at = toInstant(row.at);
    const txId = row.txId.trim();
    if (!ASSET_PATTERN.test(asset) || !isPositiveAmount(amount) || !at) return null;
    if (txId && !isCommandId(txId)) return null;
    out.push({ asset, amount, at, ...(txId ? { txId } : {}) });
  }
  return out.length ? out : null;
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

function claimForm(t: T): TemplateResult {
  const c = t.t.claim;
  const rows = t.claimRows.length ? t.claimRows : [blankRow()];
  const set = (i: number, key: keyof ClaimRow) => (e: Event) => {
    const next = (t.claimRows.length ? t.claimRows : [blankRow()]).map((r) => ({ ...r }));
    next[i]![key] = value(e);
    t.claimRows = next;
    if (key === 'txId') act.watchSecret(t, 'claim', txIds(next));
  };
  const valid = claimTransactions(rows) !== null;
  return html`<form
    class="claim-form"
    @submit=${async (e: Event) => {
      e.preventDefault();
      const transactions = claimTransactions(rows);
      if (!transactions) return;
      if (await act.refuseSecrets(t, 'claim', txIds(rows))) return;
      if (await t.send('claim', { type: 'file_claim', payload: { transactions } }, c.sent)) {
        t.claimOpen = false;
        t.claimRows = [];
      }
    }}
  >
    ${rows.map(
      (r, i) => html`<fieldset class="tx">
        <legend>${interpolate(c.transaction, { n: i + 1 })}</legend>
        <div class="row">
          <div class="field">
            <label for="asset-${i}">${c.asset}</label>
            <input id="asset-${i}" required maxlength=${COMMAND_LIMITS.assetMax} autocomplete="off" aria-describedby="asset-hint"
              .value=${r.asset} @input=${set(i, 'asset')} />
          </div>
          <div class="field">
            <label for="amount-${i}">${c.amount}</label>
            <input id="amount-${i}" required inputmode="decimal" autocomplete="off" .value=${r.amount} @input=${set(i, 'amount')} />
          </div>
          <div class="field">
            <label for="at-${i}">${c.at}</label>
            <input id="at-${i}" required type="datetime-local" .value=${r.at} @input=${set(i, 'at')} />
          </div>
          <div class="field">
            <label for="tx-${i}">${c.txId} <span class="hint">(${t.t.ui.optional})</span></label>
            <input id="tx-${i}" maxlength=${COMMAND_LIMITS.idMax} autocomplete="off" .value=${r.txId} @input=${set(i, 'txId')}
              aria-invalid=${t.secrets.claim ? 'true' : 'false'} aria-describedby=${describedBy(t, 'claim')} />
          </div>
        </div>
        ${
          rows.length > 1
            ? html`<button part="button" type="button" class="link" @click=${() => {
                t.claimRows = rows.filter((_, j) => j !== i);
              }}>${interpolate(c.remove, { n: i + 1 })}</button>`
            : nothing
        }
      </fieldset>`,
    )}
    ${secretError(t, 'claim')}
    <p class="hint" id="asset-hint">${c.assetHint}</p>
    <div class="actions">
      <button part="button" type="button" ?disabled=${rows.length >= 50} @click=${() => {
        t.claimRows = [...rows, blankRow()];
        t.focusAfterRender(`#asset-${rows.length}`);
      }}>${c.add}</button>
      <button part="button primary-button" class="primary" type="submit" ?disabled=${!valid || t.busy !== null}>${c.submit}</button>
      <button part="button" type="button" @click=${() => {
        t.claimOpen = false;
      }}>${t.t.ui.cancel}</button>
    </div>
  </form>`;
}

/** The loss-claim section: file one, then its review and decision. */
export function renderClaim(t: T): TemplateResult {
  const v = t.view!;
  const c = t.t.claim;
  const filed = t.publicEntries.filter((e) => e.type === 'claim_filed').at(-1);
  const decided = t.publicEntries
    .filter(
      (e) => e.type.startsWith('claim_') && e.type !== 'claim_filed' && e.type !== 'claim_review_started',
    )
    .at(-1);
  const reason = decided?.data.reason;
  return html`<section part="claim" class="panel" aria-labelledby="claim-h">
    <h3 id="claim-h">${c.title}</h3>
    ${v.claim === 'none' ? html`<p>${c.intro}</p>` : html`<p class="state"><strong>${c.states[v.claim]}</strong></p>`}
    ${filed ? amounts(c.claimed, totals(filed.data.totals)) : nothing}
    ${decided ? amounts(c.approved, totals(decided.data.approved)) : nothing}
    ${typeof reason === 'string' ? html`<p>${interpolate(c.reason, { reason })}</p>` : nothing}
    ${
      t.can('file_claim')
        ? t.claimOpen
          ? claimForm(t)
          : html`<button part="button" type="button" id="open-claim" @click=${() => {
              t.claimOpen = true;
              t.focusAfterRender('#asset-0');
            }}>${c.open}</button>`
        : nothing
    }
  </section>`;
}

function bodies(t: T): TemplateResult | typeof nothing {
  const c = t.t.complaint;
  const list = t.platformConfig?.outsideBodies ?? [];
  if (!list.length) return nothing;
  const lang = t.langCtl.lang;
  const name = (b: (typeof list)[number]) => b.name[lang] ?? b.name.en ?? Object.values(b.name)[0] ?? b.id;
  const canEscalate = t.can('escalate_complaint');
  return html`<h4>${c.bodiesTitle}</h4>
    <p>${c.bodiesIntro}</p>
    <ul class="bodies">
      ${list.map((b) => {
        const url = safeHttpUrl(b.url);
        return html`<li>
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name(b)}</a>` : html`<span>${name(b)}</span>`}
          <span class="hint">· ${c.kinds[b.kind]}${b.region ? ` · ${b.region}` : ''}</span>
        </li>`;
      })}
    </ul>
    <h4>${c.whatToSend}</h4>
    <ul>${c.sendItems.map((s) => html`<li>${s}</li>`)}</ul>
    ${
      canEscalate
        ? html`<form class="escalate" @submit=${async (e: Event) => {
            e.preventDefault();
            const bodyId = t.bodyId || list[0]!.id;
            const reference = t.reference.trim();
            if (reference && !isCommandId(reference)) return;
            if (reference && (await act.refuseSecrets(t, 'reference', [[reference, 'transaction_id']])))
              return;
            const payload = reference ? { bodyId, reference } : { bodyId };
            if (await t.send('escalate', { type: 'escalate_complaint', payload }, c.escalated))
              t.reference = '';
          }}>
          <div class="field">
            <label for="body">${c.body}</label>
            <select id="body" @change=${(e: Event) => {
              t.bodyId = value(e);
            }}>
              ${list.map((b) => html`<option value=${b.id} ?selected=${t.bodyId === b.id}>${name(b)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="reference">${c.reference} <span class="hint">(${t.t.ui.optional})</span></label>
            <input id="reference" maxlength=${COMMAND_LIMITS.idMax} pattern=${`[${COMMAND_ID_CHARACTERS}]+`}
              aria-describedby=${describedBy(t, 'reference', 'reference-hint')}
              aria-invalid=${t.secrets.reference ? 'true' : 'false'}
              .value=${t.reference} @input=${(e: Event) => {
                t.reference = value(e);
                act.watchSecret(t, 'reference', [[t.reference.trim(), 'transaction_id']]);
              }} />
            <p class="hint" id="reference-hint">${c.referenceHint}</p>
            ${secretError(t, 'reference')}
          </div>
          <button part="button primary-button" class="primary" type="submit" ?disabled=${t.busy !== null}>${c.escalate}</button>
        </form>`
        : nothing
    }`;
}

/** The complaint section: file one, its answer, resolve it, or go to an outside body. */
export function renderComplaint(t: T): TemplateResult {
  const v = t.view!;
  const c = t.t.complaint;
  const answer = t.publicEntries.filter((e) => e.type === 'complaint_answered').at(-1);
  const answerDeadline = v.deadlines.find((d) => d.code === 'complaint_answer');
  const showBodies =
    v.complaint === 'answered' ||
    v.complaint === 'escalated' ||
    t.can('escalate_complaint') ||
    (v.complaint === 'filed' && answerDeadline?.overdue === true);
  return html`<section part="complaint" class="panel" aria-labelledby="complaint-h">
    <h3 id="complaint-h">${c.title}</h3>
    ${v.complaint === 'none' ? html`<p>${c.intro}</p>` : html`<p class="state"><strong>${c.states[v.complaint]}</strong></p>`}
    ${
      answer
        ? html`<figure class="quote-block">
          <figcaption>${c.answer} · <time datetime=${answer.at}>${formatDateTime(t.langCtl.lang, answer.at)}</time></figcaption>
          <blockquote>${typeof answer.data.text === 'string' ? answer.data.text : ''}</blockquote>
        </figure>`
        : nothing
    }
    ${
      t.can('file_complaint')
        ? t.complaintOpen
          ? html`<form @submit=${async (e: Event) => {
              e.preventDefault();
              const text = t.complaintText.trim();
              if (!text) return;
              if (await act.refuseSecrets(t, 'complaint', [[text, 'free_text']])) return;
              if (await t.send('complaint', { type: 'file_complaint', payload: { text } }, c.sent)) {
                t.complaintOpen = false;
                t.complaintText = '';
              }
            }}>
            <div class="field">
              <label for="complaint-text">${c.text}</label>
              <textarea id="complaint-text" required maxlength=${COMMAND_LIMITS.textMax} .value=${t.complaintText}
                aria-invalid=${t.secrets.complaint ? 'true' : 'false'} aria-describedby=${describedBy(t, 'complaint')}
                @input=${(e: Event) => {
                  t.complaintText = value(e);
                  act.watchSecret(t, 'complaint', [[t.complaintText, 'free_text']]);
                }}></textarea>
              ${secretError(t, 'complaint')}
            </div>
            <div class="actions">
              <button part="button primary-button" class="primary" type="submit" ?disabled=${t.busy !== null || !t.complaintText.trim()}>${c.submit}</button>
              <button part="button" type="button" @click=${() => {
                t.complaintOpen = false;
              }}>${t.t.ui.cancel}</button>
            </div>
          </form>`
          : html`<button part="button" type="button" id="open-complaint" @click=${() => {
              t.complaintOpen = true;
              t.focusAfterRender('#complaint-text');
            }}>${c.open}</button>`
        : nothing
    }
    ${showBodies ? bodies(t) : nothing}
    ${
      t.can('resolve_complaint')
        ? html`<div class="actions"><button part="button" type="button" id="resolve-complaint" ?disabled=${t.busy !== null}
            @click=${() => void t.send('resolve', { type: 'resolve_complaint', payload: {} }, c.states.resolved)}>${c.resolve}</button></div>`
        : nothing
    }
  </section>`;
}
