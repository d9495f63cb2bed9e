/**
 * What `<recourse-totp-setup>` shows, as pure functions of `(state, actions, words)`: each step
 * and state, the error block with its countdown and "Try again", the QR code. No element: the
 * controller owns the state, the views read it and call the actions. Every server value goes
 * through Lit text bindings.
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { interpolate } from '../../i18n/interpolate';
import type { Lang } from '../../i18n/lang';
import { pluralForm } from '../../i18n/plural';
import type { TotpSetupCatalog } from './i18n';
import type { TotpActions } from './totp-setup.controller';
import { qrPath } from './totp-setup.qr';
import { cleanCode, type TotpState } from './totp-setup.state';

/** The words of the views, and their language (numbers, times, plurals). */
export interface TotpWords {
  t: TotpSetupCatalog;
  lang: Lang;
}

/** The controller's actions, and the two ways of keeping the backup codes. */
export interface TotpViewActions extends TotpActions {
  /** Downloads `text` as a file named `name`. */
  download(text: string, name: string): void;
  /** Prints `text`. */
  print(text: string): void;
}

type S = TotpState;
type A = TotpViewActions;
type W = TotpWords;

const STEP_NUMBER = { intro: 1, scan: 2, code: 3, backup: 4 } as const;

/** "42 seconds", "1 min 5 sec" in the reader's language. */
export function formatWait(lang: Lang, seconds: number): string {
  const unit = (value: number, u: 'minute' | 'second') =>
    new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: u,
      unitDisplay: seconds >= 60 ? 'short' : 'long',
    }).format(value);
  if (seconds < 60) return unit(seconds, 'second');
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? unit(m, 'minute') : `${unit(m, 'minute')} ${unit(s, 'second')}`;
}

function qr(uri: string, label: string): TemplateResult {
  const { size, d } = qrPath(uri);
  const box = `-4 -4 ${size + 8} ${size + 8}`;
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox=${box} shape-rendering="crispEdges">
    ${svg`<rect x="-4" y="-4" width=${size + 8} height=${size + 8} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
  </svg>`;
}

/** "Only 2 backup codes are left", in the language's plural form ("none" for zero). */
function lowText(n: number, { t, lang }: W): string {
  const form = n === 0 ? 'none' : new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return interpolate(t.already.low[form], { n });
}

function failureText(s: S, { t, lang }: W): string {
  const f = s.failure;
  if (!f) return '';
  if (f.code === 'format') return t.errors.format;
  if (f.code === 'used' && f.attemptsLeft) {
    // A replay counts as a failure: say how many tries are left, in the language's plural form.
    return interpolate(pluralForm(lang, f.attemptsLeft, t.errors.usedLeft), { n: f.attemptsLeft });
  }
  if (f.code === 'invalid') {
    if (f.attemptsLeft === undefined || f.attemptsLeft === 0) return t.errors.invalidWait;
    return f.attemptsLeft === 1 ? t.errors.lastTry : interpolate(t.errors.invalid, { n: f.attemptsLeft });
  }
  return t.errors[f.code];
}

const button = (label: string, onClick: () => void, primary = false, disabled = false) =>
  html`<button
    type="button"
    class=${primary ? 'primary' : ''}
    part=${primary ? 'button primary-button' : 'button'}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;

/** The error block: an alert; a live countdown while a delay runs; "Try again" after a network failure. */
function failureBlock(s: S, a: A, w: W, id: string) {
  const text = failureText(s, w);
  return html`<div id=${id}>
    ${text ? html`<p class="error" part="error" role="alert">${text}</p>` : nothing}
    ${
      s.remaining > 0
        ? html`<p class="hint" part="countdown" role="timer">
          ${interpolate(w.t.errors.wait, { time: formatWait(w.lang, s.remaining) })}
        </p>`
        : nothing
    }
    ${s.retry ? html`<div class="actions">${button(w.t.ui.retry, a.retry, true, s.busy)}</div>` : nothing}
  </div>`;
}

function codeForm(s: S & { code: string }, a: A, w: W, already: boolean) {
  const { t } = w;
  const invalid = s.failure !== undefined && s.failure.code !== 'network';
  return html`<form
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      a.submit();
    }}
  >
    <div class="field">
      <label for="totp-code">${already ? t.already.codeLabel : t.code.label}</label>
      <input
        id="totp-code"
        class=${already ? '' : 'code-input'}
        part="code-input"
        name="code"
        type="text"
        autocomplete="one-time-code"
        inputmode=${already ? 'text' : 'numeric'}
        autocapitalize="off"
        spellcheck="false"
        aria-describedby="totp-code-hint totp-code-error"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${s.code}
        @input=${(e: Event) => {
          // Only what a code can contain stays in the field, at once (a pasted "123 456" too).
          const input = e.target as HTMLInputElement;
          const value = cleanCode(input.value, already);
          if (input.value !== value) input.value = value;
          a.type(value);
        }}
      />
      <p class="hint" id="totp-code-hint">${already ? t.already.codeHint : t.code.hint}</p>
    </div>
    ${failureBlock(s, a, w, 'totp-code-error')}
    <div class="actions">
      ${already ? nothing : button(t.ui.back, () => a.go('scan'))}
      <button type="submit" class="primary" part="button primary-button" ?disabled=${s.busy || s.remaining > 0}>
        ${already ? t.already.regenerate : t.code.submit}
      </button>
    </div>
  </form>`;
}

function body(s: S, a: A, w: W) {
  const { t, lang } = w;
  switch (s.phase) {
    case 'loading':
      return html`<p aria-busy=${s.failure ? 'false' : 'true'}>${s.failure ? nothing : t.ui.loading}</p>
        ${failureBlock(s, a, w, 'totp-error')}`;
    case 'intro':
      return html`<p>${t.intro.why}</p>
        <p>${t.intro.apps}</p>
        <p class="hint">${t.intro.time}</p>
        ${failureBlock(s, a, w, 'totp-error')}
        <div class="actions">${button(t.ui.start, a.start, true, s.busy)}</div>`;
    case 'scan': {
      const e = s.enrollment;
      return html`<p>${t.scan.instruction}</p>
        ${qr(e.uri, t.scan.qrLabel)}
        <p id="totp-key-intro">${t.scan.cantScan}</p>
        <div class="key">
          <span class="visually-hidden">${t.scan.keyLabel}:</span>
          <code id="totp-key" part="key">${e.key}</code>
          ${button(s.copied ? t.ui.copied : t.scan.copyKey, a.copy)}
        </div>
        <p class="hint">${t.scan.keyHint}</p>
        <p class="hint">
          ${interpolate(t.scan.expires, {
            time: new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(new Date(e.expiresAt)),
          })}
        </p>
        <div class="actions">
          ${button(t.ui.back, () => a.go('intro'))} ${button(t.ui.next, () => a.go('code'), true)}
        </div>`;
    }
    case 'code':
      return html`<p>${t.code.instruction}</p>
        ${codeForm(s, a, w, false)}`;
    case 'backup': {
      const file = `${t.backup.fileHeader}\n\n${s.backupCodes.join('\n')}\n`;
      return html`<p>${t.backup.intro}</p>
        <ol class="codes" part="backup-codes" aria-label=${t.backup.listLabel}>
          ${s.backupCodes.map((c) => html`<li>${c}</li>`)}
        </ol>
        <div class="actions">
          ${button(s.copied ? t.ui.copied : t.backup.copyAll, a.copy)}
          ${button(t.backup.download, () => a.download(file, t.backup.fileName))}
          ${button(t.backup.print, () => a.print(file))}
        </div>
        <label class="choice">
          <input
            id="totp-saved"
            part="saved-checkbox"
            type="checkbox"
            .checked=${s.saved}
            @change=${(ev: Event) => a.saved((ev.target as HTMLInputElement).checked)}
          />
          ${t.backup.saved}
        </label>
        <div class="actions">${button(t.backup.finish, a.finish, true, !s.saved)}</div>`;
    }
    case 'done':
      return html`<p>${t.done.body}</p>
        <p>${t.done.recovery}</p>
        <p class="notice" part="notice">${t.done.neverAsks}</p>`;
    case 'already':
      return s.low
        ? html`<div class="notice danger" part="notice low-codes">
              <p><strong>${lowText(s.codesLeft, w)}</strong></p>
              <p>${t.already.lowBody}</p>
            </div>
            ${codeForm(s, a, w, true)}`
        : html`<p>${interpolate(t.already.body, { n: s.codesLeft })}</p>
            <p>${t.already.regenerateIntro}</p>
            ${codeForm(s, a, w, true)}`;
    case 'expired':
      return html`<p>${t.expired.body}</p>
        ${failureBlock(s, a, w, 'totp-error')}
        <div class="actions">${button(t.expired.restart, a.start, true, s.busy)}</div>`;
  }
}

/** The whole setup for its current phase. */
export function totpSetupView(s: S, a: A, w: W): TemplateResult {
  const { t, lang } = w;
  const phase = s.phase;
  const n = phase in STEP_NUMBER ? STEP_NUMBER[phase as keyof typeof STEP_NUMBER] : 0;
  const heading =
    phase === 'already'
      ? s.low
        ? t.already.lowHeading
        : t.already.heading
      : phase === 'expired'
        ? t.expired.heading
        : phase === 'loading'
          ? t.title
          : t.steps[phase];
  return html`<section part="step" aria-labelledby="totp-heading" lang=${lang} aria-busy=${s.busy ? 'true' : 'false'}>
    <slot name="header"></slot>
    ${n ? html`<p class="progress" part="progress">${interpolate(t.stepOf, { n, total: 4 })}</p>` : nothing}
    <h2 id="totp-heading" part="heading" tabindex="-1">${heading}</h2>
    ${body(s, a, w)}
    <p class="visually-hidden" part="status" role="status">${
      s.announce === 'ready'
        ? t.errors.ready
        : s.announce === 'low' && s.phase === 'already'
          ? `${lowText(s.codesLeft, w)} ${t.already.lowBody}`
          : ''
    }</p>
    <slot name="help"></slot>
  </section>`;
}
