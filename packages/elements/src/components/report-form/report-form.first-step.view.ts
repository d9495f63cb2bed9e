/**
 * The report form's frame (progress, heading, status line) and its first step (the triage
 * questions and what to do now), in the initial bundle: the first step renders without waiting
 * for another chunk. The later steps' templates are in `report-form.view.ts`, loaded after.
 * Pure functions of `(state, actions, words)`, as every view of the form. Every user or server
 * value goes through Lit text or property bindings; URLs through `safeHttpUrl`.
 * @module
 */
import type { Issue } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { interpolate } from '../../i18n/interpolate';
import { safeHttpUrl } from '../../internal/url';
import { fieldId, STEPS, triageOf } from './report-form.model';
import {
  type FirstStepActions,
  isLocked,
  type ReportFormState,
  type ReportFormWords,
} from './report-form.state';

type S = Readonly<ReportFormState>;
type W = ReportFormWords;

/** The message of an issue, with its numbers filled in. */
export function message(w: W, issue: Issue): string {
  const issues = w.t.errors.issues;
  return interpolate(issues[issue.code] ?? issues.invalid, issue.params);
}

/** The form's value at a dotted path (`activities.0.amount`). */
export function valueAt(s: S, path: string): unknown {
  let v: unknown = s.values;
  for (const part of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return v;
}

/** The inline error of a field: schema issues at its path, then a secret the guard found. */
export function errorFor(s: S, w: W, path: string, alsoRoot?: string): string {
  const t = w.t;
  const issue = s.issues.find((i) => i.path === path || (alsoRoot !== undefined && i.path === alsoRoot));
  const secret = s.secrets.find((hit) => hit.path === path);
  const texts: string[] = [];
  if (issue) texts.push(message(w, issue));
  if (secret) texts.push(`${t.errors.secret[secret.kind]} ${t.errors.neverAsks}`);
  return texts.join(' ');
}

/** A group of radio buttons with its legend and inline error. */
function radios(s: S, w: W, path: string, legend: string, options: readonly (readonly [string, string])[]) {
  const id = fieldId(path);
  const error = errorFor(s, w, path);
  const value = String(valueAt(s, path) ?? '');
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
              ?disabled=${isLocked(s)}
            />${l}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** The navigation row: the step's main action (the form's submit), and "Back" after the first step. */
export function actions(w: W, primary: string, back?: () => void): TemplateResult {
  return html`<div class="actions" part="actions">
    <button class="primary" part="button primary-button" type="submit">${primary}</button>
    ${back ? html`<button type="button" part="button" @click=${back}>${w.t.ui.back}</button>` : nothing}
  </div>`;
}

/**
 * Parts of the first step rendered by others and placed by it: the lock offer
 * (`report-form.lock.ts`) at the top (a page opened from a lock link) or after the triage.
 */
export interface FirstStepParts {
  lockFirst?: unknown;
  lockAfterTriage?: unknown;
}

/** The first step: four questions, then what to do now and what to check. */
export function firstStep(s: S, _a: FirstStepActions, w: W, parts: FirstStepParts = {}) {
  const t = w.t;
  const yn = [
    ['yes', t.ui.yes],
    ['no', t.ui.no],
  ] as const;
  const result = triageOf(s.values);
  const resetUrl = safeHttpUrl(s.config?.passwordResetUrl);
  return html`${parts.lockFirst ?? nothing}<p>${t.first.intro}</p>
    ${radios(s, w, 'access.canSignIn', t.first.canSignIn, yn)}
    ${radios(s, w, 'access.passwordReset', t.first.passwordReset, [
      ['not_tried', t.first.reset.not_tried],
      ['worked', t.first.reset.worked],
      ['failed', t.first.reset.failed],
    ])}
    ${radios(s, w, 'triage.moneyMoved', t.first.moneyMoved, yn)}
    ${radios(s, w, 'triage.profileChanged', t.first.profileChanged, yn)}
    ${
      result
        ? html`<div class="notice ${result.urgency === 'elevated' ? '' : 'danger'}" part="notice">
            <p><strong>${t.first.urgency[result.urgency]}</strong></p>
          </div>
          ${parts.lockAfterTriage ?? nothing}
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
                    .checked=${s.values.checked.includes(code)}
                  />${t.containment[code]}</label
                >`,
            )}
          </fieldset>`
        : nothing
    }
    <p class="notice" part="notice">${t.first.neverAsks}</p>
    ${actions(w, t.ui.goToReport)}`;
}

/**
 * The whole form around one step's body: progress, heading, the restored-draft notice, the error
 * summary (from the later steps' module), the status line.
 */
export function renderFrame(
  s: S,
  a: FirstStepActions,
  w: W,
  summary: unknown,
  body: unknown,
): TemplateResult {
  const t = w.t;
  const index = STEPS.indexOf(s.step);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    a.submitStep();
  };
  const onInput = (e: Event) => {
    const el = e.composedPath()[0] as HTMLInputElement;
    if (!el.name || el.type === 'file' || el.name === 'newKind') return;
    if (el.type === 'radio' && !el.checked) return;
    if (el.name === 'checked') a.toggleCheck(el.value as never, el.checked);
    else a.setValue(el.name, el.type === 'checkbox' ? el.checked : el.value);
  };
  return html`<slot name="header"></slot>
    <form
      part="form"
      novalidate
      aria-labelledby="heading"
      @submit=${onSubmit}
      @input=${onInput}
      @paste=${(e: ClipboardEvent) => a.paste?.(e)}
    >
      <p class="progress" part="progress">
        ${s.step === 'done' ? t.title : interpolate(t.stepOf, { n: index + 1, total: STEPS.length - 1 })}
      </p>
      <h2 id="heading" part="heading" tabindex="-1">${t.steps[s.step]}</h2>
      ${
        s.restored && s.step !== 'done'
          ? html`<div class="notice" part="notice">
            <p>${t.status.restored}</p>
            <button type="button" part="button" @click=${a.discardDraft}>${t.ui.discard}</button>
          </div>`
          : nothing
      }
      ${summary} ${body}
    </form>
    <div class="status" part="status" role="status" aria-live="polite">${s.status?.(t) ?? ''}</div>
    <slot name="help"></slot>`;
}
