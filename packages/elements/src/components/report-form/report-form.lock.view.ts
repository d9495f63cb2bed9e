/**
 * The lock offer's view (in the form's lazy chunk, with its controller and words), a pure
 * function of `(state, actions, words)` like every view of the form: a panel in the
 * first step with "Lock my account now"; when the person is not signed in here, the account to
 * send a lock link to; then the answer (locked: the case number and the private tracking link;
 * or "we sent a lock link to the addresses on record", the same words for every account). Its
 * live region announces each answer; focus moves to what changed and never falls to the body
 * (busy buttons are `aria-disabled`, not `disabled`). Its buttons are not `.primary`: the step's
 * own action stays the one primary button (hosts' tests find it so). Inputs carry no `name`: the form's own
 * input handler ignores them and the draft never holds them. Lit text bindings only.
 * @internal
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LockAccountKind, LockOfferWords } from './i18n/lock';
import {
  isBusy,
  LOCK_IDS,
  type LockOfferActions,
  type LockOfferState,
  PROBLEM_WORDS,
} from './report-form.lock.state';

type S = Readonly<LockOfferState>;
type A = LockOfferActions;
type W = LockOfferWords;

const KINDS: readonly LockAccountKind[] = ['username', 'email', 'phone', 'user_id', 'wallet_address'];

function problemLine(s: S, w: W, id: string) {
  const problem = s.problem;
  if (!problem || problem === 'account_invalid') return nothing;
  return html`<p class="error" id=${id}>${w[PROBLEM_WORDS[problem]]}</p>`;
}

function offer(s: S, a: A, w: W): TemplateResult {
  const busy = isBusy(s);
  return html`<p>${s.token ? w.fromLink : w.intro}</p>
    ${problemLine(s, w, 'lock-problem')}
    <div class="row lock-actions">
      <button
        type="button"
        part="button"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-describedby=${s.problem ? 'lock-problem' : nothing}
        @click=${a.lock}
      >
        ${busy ? w.locking : w.lock}
      </button>
    </div>`;
}

function account(s: S, a: A, w: W): TemplateResult {
  const { phase, kind, value, problem } = s;
  const busy = isBusy(s);
  const invalid = problem === 'account_invalid';
  const send = a.requestLink;
  return html`${
    problem === 'link_refused' ? html`<p class="error">${w.linkRefused}</p>` : html`<p>${w.needAccount}</p>`
  }
    <div class="field">
        <label for=${LOCK_IDS.kind}>${w.kindLabel}</label>
        <select
          id=${LOCK_IDS.kind}
          .value=${kind}
          @change=${(e: Event) => a.setKind((e.target as HTMLSelectElement).value as LockAccountKind)}
        >
          ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${w.kinds[k]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${LOCK_IDS.value}>${w.accountLabel}</label>
        <p class="hint" id="lock-account-hint">${w.accountHint}</p>
        ${invalid ? html`<p class="error" id="lock-account-err">${w.accountInvalid}</p>` : nothing}
        <input
          id=${LOCK_IDS.value}
          autocomplete="username"
          autocapitalize="off"
          spellcheck="false"
          .value=${value}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? 'lock-account-hint lock-account-err' : 'lock-account-hint'}
          @input=${(e: Event) => a.setValue((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            // Enter asks for the link here; it must not submit the report form around it.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            send();
          }}
        />
      </div>
    ${problem === 'link_refused' ? nothing : problemLine(s, w, 'lock-problem')}
    ${phase === 'link_sent' ? html`<p class="notice success">${w.linkSent}</p>` : nothing}
    <div class="row lock-actions">
      <button
        type="button"
        part="button"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${send}
      >
        ${busy ? w.sending : phase === 'link_sent' ? w.sendAgain : w.sendLink}
      </button>
    </div>`;
}

function locked(s: S, a: A, w: W): TemplateResult {
  const number = html`<p>
    ${w.caseNumber}: <strong class="case-number">${s.caseNumber}</strong>
  </p>`;
  // Recorded in an existing case: its reporter follows it with the link they already have.
  if (!s.trackingLink)
    return html`<p>${w.locked}</p>
    ${number}
    <p class="in-case">${w.lockedInCase}</p>`;
  return html`<p>${w.locked}</p>
    ${number}
    <div class="field">
      <label for=${LOCK_IDS.tracking}>${w.trackingLink}</label>
      <p class="hint" id="lock-tracking-hint">${w.keepPrivate}</p>
      <div class="copy">
        <input
          id=${LOCK_IDS.tracking}
          part="tracking-link"
          readonly
          .value=${s.trackingLink}
          aria-describedby="lock-tracking-hint"
        />
        <button
          type="button"
          part="button"
          @click=${(e: Event) =>
            a.copy((e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement | null)}
        >
          ${s.copied ? w.copied : w.copy}
        </button>
      </div>
    </div>`;
}

/**
 * The offer of one form, from its state.
 * @param s - the offer's state
 * @param a - what the offer's buttons and fields ask for
 * @param w - the offer's words in the form's language
 */
export function renderLockOffer(s: S, a: A, w: W): TemplateResult {
  const phase = s.phase;
  const body =
    phase === 'locked'
      ? locked(s, a, w)
      : phase === 'offer' || phase === 'locking'
        ? offer(s, a, w)
        : account(s, a, w);
  return html`<section
    class="notice ${phase === 'locked' ? 'success' : 'danger'}"
    part="notice"
    aria-labelledby=${LOCK_IDS.heading}
  >
    <h3 id=${LOCK_IDS.heading} tabindex="-1">${phase === 'locked' ? w.lockedTitle : w.title}</h3>
    ${body}
    <p class="hint" role="status" aria-live="polite">${s.announce?.(w) ?? ''}</p>
  </section>`;
}
