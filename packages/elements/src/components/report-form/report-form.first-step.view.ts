/**
 * The report form's frame (progress, heading, status line) and its first step (the triage
 * questions and what to do now), in the initial bundle: the first step renders without waiting
 * for another chunk. The later steps' templates are in `report-form.view.ts`, loaded after.
 * Every user or server value goes through Lit text or property bindings; URLs through
 * `safeHttpUrl`.
 * @internal
 * @module
 */
import type { Issue } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { interpolate } from '../../i18n/interpolate';
import { safeHttpUrl } from '../../internal/url';
import type { ReportFormHost } from './report-form.host.controller';
import { lockOffer } from './report-form.lock';
import { fieldId, STEPS, triageOf } from './report-form.model';

type F = ReportFormHost;

/** The message of an issue, with its numbers filled in. */
export function message(host: F, issue: Issue): string {
  const issues = host.t.errors.issues;
  return interpolate(issues[issue.code] ?? issues.invalid, issue.params);
}

/** The form's value at a dotted path (`activities.0.amount`). */
export function valueAt(host: F, path: string): unknown {
  let v: unknown = host.values;
  for (const part of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return v;
}

/** The inline error of a field: schema issues at its path, then a secret the guard found. */
export function errorFor(host: F, path: string, alsoRoot?: string): string {
  const t = host.t;
  const issue = host.issues.find((i) => i.path === path || (alsoRoot !== undefined && i.path === alsoRoot));
  const secret = host.secrets.find((s) => s.path === path);
  const texts: string[] = [];
  if (issue) texts.push(message(host, issue));
  if (secret) texts.push(`${t.errors.secret[secret.kind]} ${t.errors.neverAsks}`);
  return texts.join(' ');
}

/** A group of radio buttons with its legend and inline error. */
function radios(host: F, path: string, legend: string, options: readonly (readonly [string, string])[]) {
  const id = fieldId(path);
  const error = errorFor(host, path);
  const value = String(valueAt(host, path) ?? '');
  return html`<fieldset aria-describedby=${error ? `${id}-err` : nothing}>
    <legend>${legend}</legend>
    ${error ? html`<p class="error" id="${id}-err">${error}</p>` : nothing}
    <div class="row">
      ${options.map(
        ([v, l], i) =>
          html`<label class="choice"
            ><input
              type="radio"
              id=${i === 0 ? id : `${id}-${v}`}
              name=${path}
              value=${v}
              .checked=${v === value}
              aria-invalid=${error ? 'true' : nothing}
              ?disabled=${host.locked}
            />${l}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** The navigation row: the step's main action, and "Back" after the first step. */
export function actions(host: F, primary: string, onPrimary?: () => void): TemplateResult {
  const first = host.step === 'first';
  return html`<div class="actions" part="actions">
    <button
      class="primary"
      part="button primary-button"
      type=${onPrimary ? 'button' : 'submit'}
      @click=${onPrimary ?? nothing}
    >
      ${primary}
    </button>
    ${first ? nothing : html`<button type="button" part="button" @click=${() => host.back()}>${host.t.ui.back}</button>`}
  </div>`;
}

/** The first step: four questions, then what to do now and what to check. */
export function firstStep(host: F) {
  const t = host.t;
  const yn = [
    ['yes', t.ui.yes],
    ['no', t.ui.no],
  ] as const;
  const result = triageOf(host.values);
  const resetUrl = safeHttpUrl(host.platformConfig?.passwordResetUrl);
  return html`${lockOffer(host, 'first')}<p>${t.first.intro}</p>
    ${radios(host, 'access.canSignIn', t.first.canSignIn, yn)}
    ${radios(host, 'access.passwordReset', t.first.passwordReset, [
      ['not_tried', t.first.reset.not_tried],
      ['worked', t.first.reset.worked],
      ['failed', t.first.reset.failed],
    ])}
    ${radios(host, 'triage.moneyMoved', t.first.moneyMoved, yn)}
    ${radios(host, 'triage.profileChanged', t.first.profileChanged, yn)}
    ${
      result
        ? html`<div class="notice ${result.urgency === 'elevated' ? '' : 'danger'}" part="notice">
            <p><strong>${t.first.urgency[result.urgency]}</strong></p>
          </div>
          ${lockOffer(host, 'triage')}
          <h3>${t.first.stepsTitle}</h3>
          <ol>
            ${result.steps.map((code) => html`<li>${t.triage[code]}</li>`)}
          </ol>
          ${
            resetUrl
              ? html`<p><a href=${resetUrl} target="_blank" rel="noopener noreferrer">${t.first.resetLink}</a></p>`
              : nothing
          }
          <fieldset>
            <legend>${t.first.containmentTitle}</legend>
            ${result.containment.map(
              (code) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    name="checked"
                    value=${code}
                    .checked=${host.values.checked.includes(code)}
                  />${t.containment[code]}</label
                >`,
            )}
          </fieldset>`
        : nothing
    }
    <p class="notice" part="notice">${t.first.neverAsks}</p>
    ${actions(host, t.ui.goToReport)}`;
}

/**
 * The whole form around one step's body: progress, heading, the restored-draft notice, the error
 * summary (from the later steps' module), the status line.
 */
export function renderFrame(host: F, summary: unknown, body: unknown): TemplateResult {
  const t = host.t;
  const index = STEPS.indexOf(host.step);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (host.step === 'review') void host.submit();
    else if (host.step !== 'done') void host.next();
  };
  const onInput = (e: Event) => {
    const el = e.composedPath()[0] as HTMLInputElement;
    if (!el.name || el.type === 'file' || el.name === 'newKind') return;
    if (el.type === 'radio' && !el.checked) return;
    if (el.name === 'checked') host.toggleCheck(el.value as never, el.checked);
    else host.setValue(el.name, el.type === 'checkbox' ? el.checked : el.value);
  };
  return html`<slot name="header"></slot>
    <form
      part="form"
      novalidate
      aria-labelledby="heading"
      @submit=${onSubmit}
      @input=${onInput}
      @paste=${(e: ClipboardEvent) => host.onPaste(e)}
    >
      <p class="progress" part="progress">
        ${host.step === 'done' ? t.title : interpolate(t.stepOf, { n: index + 1, total: STEPS.length - 1 })}
      </p>
      <h2 id="heading" part="heading" tabindex="-1">${t.steps[host.step]}</h2>
      ${
        host.restored && host.step !== 'done'
          ? html`<div class="notice" part="notice">
            <p>${t.status.restored}</p>
            <button type="button" part="button" @click=${() => host.discardDraft()}>${t.ui.discard}</button>
          </div>`
          : nothing
      }
      ${summary} ${body}
    </form>
    <div class="status" part="status" role="status" aria-live="polite">${host.status?.(t) ?? ''}</div>
    <slot name="help"></slot>`;
}
