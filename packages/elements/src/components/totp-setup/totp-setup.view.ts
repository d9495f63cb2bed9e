/**
 * Everything `<recourse-totp-setup>` shows, loaded as soon as it connects (dynamic `import()`,
 * in parallel with the status request of the default backend, which is in the initial chunk):
 * templates, styles, words and the QR maker (lean-qr nano). See bench/size.mjs and ADR 0005.
 * @internal
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { interpolate } from '../../i18n/interpolate';
import type { Lang } from '../../i18n/lang';
import type { RecourseTotpSetup } from './totp-setup';
import { TOTP_SETUP_CATALOGS, type TotpSetupCatalog } from './totp-setup.i18n';
import { qrPath } from './totp-setup.qr';

export { TOTP_SETUP_CATALOGS } from './totp-setup.i18n';
export { styles } from './totp-setup.styles';

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

function failureText(host: RecourseTotpSetup, t: TotpSetupCatalog, lang: Lang): string {
  const f = host.failure;
  if (!f) return '';
  if (f.code === 'format') return t.errors.format;
  if (f.code === 'used' && f.attemptsLeft) {
    // A replay counts as a failure: say how many tries are left, in the language's plural form.
    const form = new Intl.PluralRules(lang).select(f.attemptsLeft) === 'one' ? 'one' : 'other';
    return interpolate(t.errors.usedLeft[form], { n: f.attemptsLeft });
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
function failureBlock(host: RecourseTotpSetup, t: TotpSetupCatalog, lang: Lang, id: string) {
  const text = failureText(host, t, lang);
  return html`<div id=${id}>
    ${text ? html`<p class="error" part="error" role="alert">${text}</p>` : nothing}
    ${
      host.remaining > 0
        ? html`<p class="hint" part="countdown" role="timer">
          ${interpolate(t.errors.wait, { time: formatWait(lang, host.remaining) })}
        </p>`
        : nothing
    }
    ${host.retry ? html`<div class="actions">${button(t.ui.retry, () => host.retry?.(), true, host.busy)}</div>` : nothing}
  </div>`;
}

function codeForm(host: RecourseTotpSetup, t: TotpSetupCatalog, lang: Lang, already: boolean) {
  const invalid = host.failure !== undefined && host.failure.code !== 'network';
  const waiting = host.remaining > 0;
  return html`<form novalidate @submit=${(e: Event) => host.submitCode(e)}>
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
        .value=${host.code}
        @input=${(e: Event) => host.onCodeInput(e)}
      />
      <p class="hint" id="totp-code-hint">${already ? t.already.codeHint : t.code.hint}</p>
    </div>
    ${failureBlock(host, t, lang, 'totp-code-error')}
    <div class="actions">
      ${already ? nothing : button(t.ui.back, () => host.go('scan'))}
      <button type="submit" class="primary" part="button primary-button" ?disabled=${host.busy || waiting}>
        ${already ? t.already.regenerate : t.code.submit}
      </button>
    </div>
  </form>`;
}

function body(host: RecourseTotpSetup, t: TotpSetupCatalog, lang: Lang) {
  const e = host.enrollment;
  switch (host.phase) {
    case 'loading':
      return html`<p aria-busy=${host.failure ? 'false' : 'true'}>${host.failure ? nothing : t.ui.loading}</p>
        ${failureBlock(host, t, lang, 'totp-error')}`;
    case 'intro':
      return html`<p>${t.intro.why}</p>
        <p>${t.intro.apps}</p>
        <p class="hint">${t.intro.time}</p>
        ${failureBlock(host, t, lang, 'totp-error')}
        <div class="actions">${button(t.ui.start, () => host.start(), true, host.busy)}</div>`;
    case 'scan':
      if (!e) return nothing;
      return html`<p>${t.scan.instruction}</p>
        ${qr(e.uri, t.scan.qrLabel)}
        <p id="totp-key-intro">${t.scan.cantScan}</p>
        <div class="key">
          <span class="visually-hidden">${t.scan.keyLabel}:</span>
          <code id="totp-key" part="key">${e.key}</code>
          ${button(host.copied === 'key' ? t.ui.copied : t.scan.copyKey, () => host.copy('key'))}
        </div>
        <p class="hint">${t.scan.keyHint}</p>
        <p class="hint">
          ${interpolate(t.scan.expires, {
            time: new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(new Date(e.expiresAt)),
          })}
        </p>
        <div class="actions">
          ${button(t.ui.back, () => host.go('intro'))} ${button(t.ui.next, () => host.go('code'), true)}
        </div>`;
    case 'code':
      return html`<p>${t.code.instruction}</p>
        ${codeForm(host, t, lang, false)}`;
    case 'backup':
      return html`<p>${t.backup.intro}</p>
        <ol class="codes" part="backup-codes" aria-label=${t.backup.listLabel}>
          ${(host.backupCodes ?? []).map((c) => html`<li>${c}</li>`)}
        </ol>
        <div class="actions">
          ${button(host.copied === 'codes' ? t.ui.copied : t.backup.copyAll, () => host.copy('codes'))}
          ${button(t.backup.download, () => host.download())} ${button(t.backup.print, () => host.print())}
        </div>
        <label class="choice">
          <input
            id="totp-saved"
            part="saved-checkbox"
            type="checkbox"
            .checked=${host.saved}
            @change=${(ev: Event) => {
              host.saved = (ev.target as HTMLInputElement).checked;
            }}
          />
          ${t.backup.saved}
        </label>
        <div class="actions">${button(t.backup.finish, () => host.finish(), true, !host.saved)}</div>`;
    case 'done':
      return html`<p>${t.done.body}</p>
        <p>${t.done.recovery}</p>
        <p class="notice" part="notice">${t.done.neverAsks}</p>`;
    case 'already':
      return html`<p>${interpolate(t.already.body, { n: host.codesLeft })}</p>
        <p>${t.already.regenerateIntro}</p>
        ${codeForm(host, t, lang, true)}`;
    case 'expired':
      return html`<p>${t.expired.body}</p>
        ${failureBlock(host, t, lang, 'totp-error')}
        <div class="actions">${button(t.expired.restart, () => host.start(), true, host.busy)}</div>`;
  }
}

/** The whole element for its current phase. */
export function renderTotpSetup(host: RecourseTotpSetup): TemplateResult {
  const lang = host.langCtl.lang;
  const t = TOTP_SETUP_CATALOGS[lang];
  const phase = host.phase;
  const n = phase in STEP_NUMBER ? STEP_NUMBER[phase as keyof typeof STEP_NUMBER] : 0;
  const heading =
    phase === 'already'
      ? t.already.heading
      : phase === 'expired'
        ? t.expired.heading
        : phase === 'loading'
          ? t.title
          : t.steps[phase];
  return html`<section part="step" aria-labelledby="totp-heading" lang=${lang} aria-busy=${host.busy ? 'true' : 'false'}>
    <slot name="header"></slot>
    ${n ? html`<p class="progress" part="progress">${interpolate(t.stepOf, { n, total: 4 })}</p>` : nothing}
    <h2 id="totp-heading" part="heading" tabindex="-1">${heading}</h2>
    ${body(host, t, lang)}
    <p class="visually-hidden" part="status" role="status">${host.announce}</p>
    <slot name="help"></slot>
  </section>`;
}
