/**
 * The report form's later steps (account, what happened, evidence, review, done) as pure
 * functions of `(state, actions, words)`, loaded with the later steps (`report-form.lazy.ts`).
 * No element, no controller: the views read the state and ask the actions for every change.
 * Every user or server value goes through Lit text or property bindings; URLs through
 * `safeHttpUrl`.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { LANGUAGES } from '../../i18n/lang';
import { safeHttpUrl } from '../../internal/url';
import { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
import { reportSummary } from '../../views/report-summary.view';
import type { StepId } from './i18n';
import { errorSummary, field, refusalText } from './report-form.fields.view';
import {
  actions,
  errorFor,
  type FirstStepParts,
  firstStep,
  renderFrame,
} from './report-form.first-step.view';
import {
  ACCOUNT_KINDS,
  ACTIVITY_FIELDS,
  ACTIVITY_KIND_LIST,
  type ActivityDraft,
  fieldId,
  fileLimits,
  OPTIONAL_FIELDS,
  PROFILE_FIELD_LIST,
  removeFileId,
} from './report-form.model';
import { toReport } from './report-form.payload.model';
import {
  type FileStatus,
  isLocked,
  type ReportFormActions,
  type ReportFormState,
  type ReportFormWords,
} from './report-form.state';

type S = Readonly<ReportFormState>;
type A = ReportFormActions;
type W = ReportFormWords;

function account(s: S, a: A, w: W) {
  const t = w.t;
  const kind = s.values.account.kind as keyof typeof t.account.kinds;
  const types: Record<string, [string, string, string?]> = {
    email: ['email', 'email'],
    phone: ['tel', 'tel', 'tel'],
  };
  const [type, autocomplete, inputmode] = types[kind] ?? ['text', 'off'];
  return html`${field(s, w, 'account.kind', t.account.kind, {
    options: ACCOUNT_KINDS.map((k) => [k, t.account.kinds[k]] as const),
  })}
    ${field(s, w, 'account.value', t.account.kinds[kind] ?? t.account.value, { type, autocomplete, inputmode })}
    <fieldset>
      <legend>${t.account.contactTitle}</legend>
      <p class="hint">${t.account.contactWhy}</p>
      ${field(s, w, 'contact.email', t.account.email, { type: 'email', autocomplete: 'email' }, 'contact')}
      ${field(s, w, 'contact.phone', t.account.phone, {
        type: 'tel',
        autocomplete: 'tel',
        hint: t.account.phoneHint,
      })}
      ${field(s, w, 'contact.language', t.account.language, {
        options: LANGUAGES.map((l) => [l, t.account.languages[l]] as const),
      })}
    </fieldset>
    ${nav(s, a, w)}`;
}

/** The step's main button: "Continue", or back to the review when a part is being edited. */
function nav(s: S, a: A, w: W) {
  return actions(w, s.returnToReview ? w.t.ui.backToReview : w.t.ui.next, a.back);
}

function activityFields(s: S, w: W, activity: ActivityDraft, index: number) {
  const t = w.t;
  return ACTIVITY_FIELDS[activity.kind].map((name) => {
    const path = `activities.${index}.${name}`;
    const label = t.incident.fields[name as keyof typeof t.incident.fields];
    if (name === 'at')
      return field(s, w, path, label, { type: 'datetime-local', optional: activity.kind === 'other' });
    if (name === 'field')
      return field(s, w, path, label, {
        options: PROFILE_FIELD_LIST.map((p) => [p, t.incident.profileFields[p]] as const),
      });
    if (name === 'description') return field(s, w, path, label, { textarea: true });
    return field(s, w, path, label, {
      optional: OPTIONAL_FIELDS.has(name),
      inputmode: name === 'amount' ? 'decimal' : undefined,
    });
  });
}

function incident(s: S, a: A, w: W) {
  const t = w.t;
  return html`${field(s, w, 'discoveredAt', t.incident.discoveredAt, { type: 'datetime-local' })}
    ${field(s, w, 'suspectedStartAt', t.incident.suspectedStartAt, { type: 'datetime-local', optional: true })}
    <h3>${t.incident.activitiesTitle}</h3>
    <p class="hint">${t.incident.activitiesHint}</p>
    ${s.values.activities.length === 0 ? html`<p>${t.incident.none}</p>` : nothing}
    ${s.values.activities.map((activity, i) => {
      const name = interpolate(t.incident.activity, { n: i + 1, kind: t.incident.kinds[activity.kind] });
      return html`<fieldset class="card" id=${fieldId(`activities.${i}`)}>
        <legend>${name}</legend>
        ${activity.fromNotice ? html`<p class="badge">${t.incident.fromNotice}</p>` : nothing}
        ${activityFields(s, w, activity, i)}
        <button
          type="button"
          part="button"
          aria-label="${t.ui.remove}: ${name}"
          ?disabled=${isLocked(s)}
          @click=${() => a.removeActivity(i)}
        >
          ${t.ui.remove}
        </button>
      </fieldset>`;
    })}
    <div class="add">
      <div class="field">
        <label for="add-activity">${t.incident.addKind}</label>
        <select
          id="add-activity"
          name="newKind"
          @input=${(e: Event) => a.chooseKind((e.target as HTMLSelectElement).value as S['newKind'])}
        >
          ${ACTIVITY_KIND_LIST.map((k) => html`<option value=${k} ?selected=${k === s.newKind}>${t.incident.kinds[k]}</option>`)}
        </select>
      </div>
      <button type="button" part="button" @click=${a.addActivity}>${t.ui.add}</button>
    </div>
    ${field(s, w, 'narrative', t.incident.narrative, { textarea: true, hint: t.incident.narrativeHint })}
    ${nav(s, a, w)}`;
}

function fileState(w: W, status: FileStatus | undefined): string {
  const t = w.t.evidence;
  return status === 'uploaded' ? t.uploaded : !status || status === 'missing' ? t.missing : t.ready;
}

function evidence(s: S, a: A, w: W) {
  const t = w.t;
  const limits = fileLimits(s.config);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer?.files.length) a.addFiles(Array.from(e.dataTransfer.files));
  };
  return html`<p>${t.evidence.intro}</p>
    <div
      class="drop"
      part="drop-zone"
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${onDrop}
    >
      <p>${t.evidence.drop}</p>
      <label for="files">${t.evidence.choose}</label>
      <input
        id="files"
        type="file"
        multiple
        accept=".png,.jpg,.jpeg,.webp,.pdf,.txt,${limits.mediaTypes.join(',')}"
        aria-describedby="files-hint"
        ?disabled=${isLocked(s)}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.files?.length) a.addFiles(Array.from(input.files));
          input.value = '';
        }}
      />
      <p class="hint" id="files-hint">
        ${interpolate(t.evidence.limits, { size: formatBytes(w.lang, limits.maxFileBytes), count: limits.maxFiles })}
      </p>
    </div>
    ${
      s.hashing
        ? html`<p>
          <label for="hashing">${interpolate(t.evidence.hashing, s.hashing)}</label>
          <progress id="hashing" max="100" .value=${s.hashing.percent}></progress>
        </p>`
        : nothing
    }
    ${
      s.refusals.length
        ? html`<ul class="error" id=${fieldId('attachments')} tabindex="-1" aria-label=${t.evidence.refusedTitle}>
          ${s.refusals.map(
            (r) =>
              html`<li>${interpolate(t.evidence.refused, { name: r.name, reason: refusalText(r.reason, s.config, w) })}</li>`,
          )}
        </ul>`
        : nothing
    }
    ${files(s, a, w, true)} ${nav(s, a, w)}`;
}

function files(s: S, a: A, w: W, removable: boolean) {
  const t = w.t;
  const list = s.values.attachments;
  if (list.length === 0) return nothing;
  return html`<ul class="files">
    ${list.map(
      (file, i) =>
        html`<li>
          <span class="name">${file.name}</span>
          <span class="hint">${formatBytes(w.lang, file.size)} · ${fileState(w, s.files[file.key])}</span>
          ${
            removable && !isLocked(s)
              ? html`<button
                type="button"
                part="button"
                id=${removeFileId(i)}
                aria-label="${t.ui.remove}: ${file.name}"
                @click=${() => a.removeFile(file.key)}
              >
                ${t.ui.remove}
              </button>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

/** The step where each part of the summary is changed (`access`: the first step's answers). */
const EDIT_STEP: Record<string, StepId> = {
  access: 'first',
  account: 'account',
  when: 'incident',
  activities: 'incident',
  narrative: 'incident',
  attachments: 'evidence',
};

/** An "Edit" control for a part of the summary: back to its step, then back to the review. */
function editButton(a: A, w: W, part: string, title: string) {
  const step = EDIT_STEP[part] ?? 'first';
  return html`<button
    type="button"
    class="link"
    part="button"
    data-edit=${part}
    aria-label="${w.t.ui.edit}: ${title}"
    @click=${() => a.edit(step)}
  >
    ${w.t.ui.edit}
  </button>`;
}

function review(s: S, a: A, w: W) {
  const t = w.t;
  const v = s.values;
  const lang = w.lang;
  const locked = isLocked(s);
  const words = REPORT_SUMMARY_CATALOGS[lang];
  // The part's own heading names the control: "Edit: Account", "Edit: What happened"...
  const titles: Record<string, string> = {
    access: t.review.access,
    account: words.account,
    when: words.when,
    activities: t.steps.incident,
    narrative: words.narrative,
    attachments: words.attachments,
  };
  // The draft as it will be sent (trimmed, times as instants), before validation: the summary
  // shows what does not parse yet as it was typed.
  const shown = reportSummary(toReport(v), {
    t: words,
    lang,
    format: { dateTime: formatDateTime, bytes: formatBytes },
    level: 3,
    edit: locked ? undefined : (part) => editButton(a, w, part, titles[part] ?? part),
  });
  const busy = s.submitState === 'submitting' || s.submitState === 'offline' || s.submitState === 'retrying';
  return html`<p>${t.review.intro}</p>
    ${locked ? html`<p class="notice" part="notice">${t.status.pending}</p>` : nothing}
    <div class="review">${shown}</div>
    <div class="field">
      ${(() => {
        const error = errorFor(s, w, 'consent');
        return html`${error ? html`<p class="error" id="f-consent-err">${error}</p>` : nothing}
          <label class="choice"
            ><input
              type="checkbox"
              id="f-consent"
              name="consent"
              .checked=${v.consent}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${error ? 'f-consent-err' : nothing}
              ?disabled=${locked}
            />${t.review.consent}</label
          >`;
      })()}
    </div>
    ${
      s.submitState === 'offline' || s.submitState === 'retrying'
        ? html`<div class="notice danger" part="notice">
          <p>${s.submitState === 'offline' ? t.status.offline : t.status.submitting}</p>
          <button type="button" part="button" @click=${a.retryNow}>${t.ui.retry}</button>
        </div>`
        : nothing
    }
    <div class="actions" part="actions">
      <button
        class="primary"
        part="button primary-button"
        type="submit"
        aria-disabled=${busy ? 'true' : 'false'}
      >
        ${busy ? t.status.submitting : t.ui.submit}
      </button>
      ${locked ? nothing : html`<button type="button" part="button" @click=${a.back}>${t.ui.back}</button>`}
    </div>`;
}

function done(s: S, a: A, w: W) {
  const t = w.t;
  const created = s.created;
  if (!created) return nothing;
  const config = s.config;
  const lang = w.lang;
  const hotline = config?.contacts.hotline;
  const webForm = safeHttpUrl(config?.contacts.webForm?.url);
  const social = (config?.contacts.social ?? [])
    .map((s) => ({ ...s, url: safeHttpUrl(s.url) }))
    .filter((s) => s.url);
  const hours = hotline ? (hotline.hours[lang] ?? Object.values(hotline.hours)[0] ?? '') : '';
  return html`<div class="notice success" part="notice">
      <p>${t.done.caseNumber}: <strong class="case-number"><bdi>${created.case.number}</bdi></strong></p>
    </div>
    <div class="field">
      <label for="tracking">${t.done.trackingLink}</label>
      <p class="hint" id="tracking-hint">${t.done.keepPrivate}</p>
      <div class="copy">
        <input
          id="tracking"
          part="tracking-link"
          readonly
          .value=${s.trackingLink}
          aria-describedby="tracking-hint"
        />
        <button
          type="button"
          part="button"
          @click=${(e: Event) => {
            const input = (e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement;
            a.copyLink(input);
          }}
        >
          ${s.copied ? t.ui.copied : t.ui.copy}
        </button>
      </div>
    </div>
    ${files(s, a, w, false)}
    <h3>${t.done.nextTitle}</h3>
    <ol>
      ${t.done.next.map((line) => html`<li>${line}</li>`)}
    </ol>
    ${
      hotline || webForm || social.length
        ? html`<h3>${t.done.channelsTitle}</h3>
          <ul>
            ${
              hotline
                ? html`<li>${interpolate(t.done.hotline, { number: hotline.number, hours })}${hotline.option ? ` · ${hotline.option}` : ''}</li>`
                : nothing
            }
            ${webForm ? html`<li><a href=${webForm} rel="noopener noreferrer">${t.done.webForm}</a></li>` : nothing}
            ${social.map(
              (s) =>
                html`<li><a href=${s.url!} rel="noopener noreferrer">${s.handle}</a> (${s.network})</li>`,
            )}
          </ul>`
        : nothing
    }`;
}

const BODIES = { account, incident, evidence, review, done };

/**
 * The whole form at any step: the frame around the error summary and the step's body
 * (`parts`: what the first step places, rendered by others — the lock offer).
 */
export function renderStep(s: S, a: A, w: W, parts?: FirstStepParts): TemplateResult {
  const body = s.step === 'first' ? firstStep(s, a, w, parts) : BODIES[s.step](s, a, w);
  return renderFrame(s, a, w, errorSummary(s, a, w), body);
}
