/**
 * The lock offer's template (its own chunk, with its controller and words): a panel in the
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
import { LOCK_OFFER_WORDS, type LockAccountKind, type LockOfferWords } from './i18n/lock';
import type { LockOfferHost, LockOfferSlot } from './report-form.lock';
import { LOCK_IDS, LockOfferController, PROBLEM_WORDS } from './report-form.lock.controller';

const KINDS: readonly LockAccountKind[] = ['username', 'email', 'phone', 'user_id', 'wallet_address'];

function problemLine(w: LockOfferWords, c: LockOfferController, id: string) {
  const problem = c.state.problem;
  if (!problem || problem === 'account_invalid') return nothing;
  return html`<p class="error" id=${id}>${w[PROBLEM_WORDS[problem]]}</p>`;
}

function offer(w: LockOfferWords, c: LockOfferController): TemplateResult {
  const busy = c.state.phase === 'locking';
  return html`<p>${c.state.token ? w.fromLink : w.intro}</p>
    ${problemLine(w, c, 'lock-problem')}
    <div class="row lock-actions">
      <button
        type="button"
        part="button"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-describedby=${c.state.problem ? 'lock-problem' : nothing}
        @click=${() => void c.lock()}
      >
        ${busy ? w.locking : w.lock}
      </button>
    </div>`;
}

function account(w: LockOfferWords, c: LockOfferController): TemplateResult {
  const { phase, kind, value, problem } = c.state;
  const busy = phase === 'sending';
  const invalid = problem === 'account_invalid';
  const send = () => void c.requestLink();
  return html`${
    problem === 'link_refused' ? html`<p class="error">${w.linkRefused}</p>` : html`<p>${w.needAccount}</p>`
  }
    <div class="field">
        <label for=${LOCK_IDS.kind}>${w.kindLabel}</label>
        <select
          id=${LOCK_IDS.kind}
          .value=${kind}
          @change=${(e: Event) => c.setKind((e.target as HTMLSelectElement).value as LockAccountKind)}
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
          @input=${(e: Event) => c.setValue((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            // Enter asks for the link here; it must not submit the report form around it.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            send();
          }}
        />
      </div>
    ${problem === 'link_refused' ? nothing : problemLine(w, c, 'lock-problem')}
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

function locked(w: LockOfferWords, c: LockOfferController): TemplateResult {
  return html`<p>${w.locked}</p>
    <p>${w.caseNumber}: <strong class="case-number">${c.state.created?.case.number ?? ''}</strong></p>
    <div class="field">
      <label for=${LOCK_IDS.tracking}>${w.trackingLink}</label>
      <p class="hint" id="lock-tracking-hint">${w.keepPrivate}</p>
      <div class="copy">
        <input
          id=${LOCK_IDS.tracking}
          part="tracking-link"
          readonly
          .value=${c.trackingLink}
          aria-describedby="lock-tracking-hint"
        />
        <button
          type="button"
          part="button"
          @click=${(e: Event) =>
            void c.copy((e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement)}
        >
          ${c.state.copied ? w.copied : w.copy}
        </button>
      </div>
    </div>`;
}

/**
 * Renders the offer of one form (creating its controller the first time).
 * @param host - the form's state holder
 * @param slot - the form's offer slot (the token, where it shows, the controller once made)
 */
export function renderLockOffer(host: LockOfferHost, slot: LockOfferSlot): TemplateResult {
  slot.controller ??= new LockOfferController(host, slot);
  const c = slot.controller as LockOfferController;
  const w = LOCK_OFFER_WORDS[host.currentLang];
  const phase = c.state.phase;
  const body =
    phase === 'locked'
      ? locked(w, c)
      : phase === 'offer' || phase === 'locking'
        ? offer(w, c)
        : account(w, c);
  return html`<section
    class="notice ${phase === 'locked' ? 'success' : 'danger'}"
    part="notice"
    aria-labelledby=${LOCK_IDS.heading}
  >
    <h3 id=${LOCK_IDS.heading} tabindex="-1">${phase === 'locked' ? w.lockedTitle : w.title}</h3>
    ${body}
    <p class="hint" role="status" aria-live="polite">${c.state.announce?.(w) ?? ''}</p>
  </section>`;
}
