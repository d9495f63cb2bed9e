/**
 * The pieces of `<recourse-report-form>`'s later steps that every step uses: a labelled field
 * with its hint and inline error, a field's label for the error summary, the error summary and
 * the words of a refused file, as functions of `(state, actions, words)`. Loaded with the later
 * steps (`report-form.lazy.ts`).
 * Every user or server value goes through Lit text or property bindings.
 * @module
 */
import type { Issue, PlatformConfig } from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import type { FileRefusal } from './i18n';
import { errorFor, message, valueAt } from './report-form.first-step.view';
import { fieldId, fileLimits, stepOfPath } from './report-form.model';
import {
  isLocked,
  type ReportFormActions,
  type ReportFormState,
  type ReportFormWords,
} from './report-form.state';

export { message } from './report-form.first-step.view';

type S = Readonly<ReportFormState>;
type W = ReportFormWords;

interface FieldOptions {
  type?: string;
  hint?: string;
  optional?: boolean;
  textarea?: boolean;
  autocomplete?: string;
  inputmode?: string;
  options?: readonly (readonly [string, string])[];
}

/** A labelled field with its hint and inline error (an input, a textarea or a select). */
export function field(
  s: S,
  w: W,
  path: string,
  label: string,
  o: FieldOptions = {},
  alsoRoot?: string,
): TemplateResult {
  const id = fieldId(path);
  const error = errorFor(s, w, path, alsoRoot);
  const described = [o.hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  const value = String(valueAt(s, path) ?? '');
  const locked = isLocked(s);
  const common = {
    id,
    described: described || nothing,
    invalid: error ? 'true' : nothing,
  };
  const control = o.options
    ? html`<select
        id=${common.id}
        name=${path}
        aria-describedby=${common.described}
        aria-invalid=${common.invalid}
        ?disabled=${locked}
      >
        ${o.options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>`
    : o.textarea
      ? html`<textarea
          id=${common.id}
          name=${path}
          .value=${value}
          aria-describedby=${common.described}
          aria-invalid=${common.invalid}
          ?readonly=${locked}
        ></textarea>`
      : html`<input
          id=${common.id}
          name=${path}
          type=${o.type ?? 'text'}
          .value=${value}
          autocomplete=${o.autocomplete ?? 'off'}
          inputmode=${o.inputmode ?? nothing}
          spellcheck="false"
          aria-describedby=${common.described}
          aria-invalid=${common.invalid}
          ?readonly=${locked}
        />`;
  return html`<div class="field">
    <label for=${id}
      >${label}${
        // The space is in the span's one text node: Chromium drops a whitespace-only node between
        // the label and the span from the accessible name ("…started?(optional)").
        o.optional ? html`<span class="opt">${` ${w.t.ui.optional}`}</span>` : nothing
      }</label
    >
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-err">${error}</p>` : nothing} ${control}
  </div>`;
}

/** Field label for the error summary. */
export function labelFor(s: S, w: W, path: string): string {
  const t = w.t;
  const [head, second, third] = path.split('.');
  switch (head) {
    case 'access':
      return second === 'passwordReset' ? t.first.passwordReset : t.first.canSignIn;
    case 'account':
      return t.account.kinds[s.values.account.kind as keyof typeof t.account.kinds] ?? t.account.value;
    case 'contact':
      return second === 'email'
        ? t.account.email
        : second === 'phone'
          ? t.account.phone
          : t.account.contactTitle;
    case 'discoveredAt':
      return t.incident.discoveredAt;
    case 'suspectedStartAt':
      return t.incident.suspectedStartAt;
    case 'activities': {
      const index = Number(second);
      const a = s.values.activities[index];
      const name = interpolate(t.incident.activity, {
        n: index + 1,
        kind: a ? t.incident.kinds[a.kind] : '',
      });
      const label = third ? t.incident.fields[third as keyof typeof t.incident.fields] : undefined;
      return label ? `${name}: ${label}` : name;
    }
    case 'narrative':
      return t.incident.narrative;
    case 'attachments':
      return t.review.attachments;
    case 'notice':
      return t.incident.fromNotice;
    default:
      return t.steps.review;
  }
}

/** The error summary: every issue and secret of the step (of all steps at the review), linked. */
export function errorSummary(s: S, a: ReportFormActions, w: W) {
  if (!s.summaryShown) return nothing;
  const items: { path: string; text: string }[] = [
    ...s.issues.map((i: Issue) => ({ path: i.path, text: message(w, i) })),
    ...s.secrets
      .filter((hit) => s.step === 'review' || stepOfPath(hit.path) === s.step)
      .map((hit) => ({ path: hit.path, text: w.t.errors.secret[hit.kind] })),
  ];
  if (items.length === 0) return nothing;
  return html`<div id="summary" class="summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
    <h3 id="summary-title">${w.t.errors.summary}</h3>
    <ul>
      ${items.map(
        (item) =>
          html`<li>
            <a
              href="#${fieldId(item.path)}"
              @click=${(e: Event) => {
                e.preventDefault();
                a.showField(item.path);
              }}
              >${labelFor(s, w, item.path)}: ${item.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The words for a refused file, with the limits filled in.
 * @param config - the configuration in effect (its file limits)
 */
export function refusalText(reason: FileRefusal, config: PlatformConfig | undefined, w: W): string {
  const limits = fileLimits(config);
  return interpolate(w.t.evidence.reasons[reason], {
    size: formatBytes(w.lang, reason === 'total' ? limits.maxCaseBytes : limits.maxFileBytes),
    count: limits.maxFiles,
  });
}
