import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { LANGUAGES } from '../../i18n/lang';
import { safeHttpUrl } from '../../internal/url';
import { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
import { reportSummary } from '../../views/report-summary.view';
import type { StepId } from './i18n';
import type { RecourseReportForm } from './report-form';
import { copyLink, edit, refusalText, removeActivity, removeFile } from './report-form.controller';
import { errorSummary, field } from './report-form.fields.view';
import { actions, errorFor, firstStep, renderFrame } from './report-form.first-step.view';
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
import { toReport, trackingLinkFor } from './report-form.payload.model';

type F = RecourseReportForm;

function account(f: F) {
  const t = f.t;
  const kind = f.values.account.kind as keyof typeof t.account.kinds;
  const types: Record<string, [string, string, string?]> = {
    email: ['email', 'email'],
    phone: ['tel', 'tel', 'tel'],
  };
  const [type, autocomplete, inputmode] = types[kind] ?? ['text', 'off'];
  return html`${field(f, 'account.kind', t.account.kind, {
    options: ACCOUNT_KINDS.map((k) => [k, t.account.kinds[k]] as const),
  })}
    ${field(f, 'account.value', t.account.kinds[kind] ?? t.account.value, { type, autocomplete, inputmode })}
    <fieldset>
      <legend>${t.account.contactTitle}</legend>
      <p class="hint">${t.account.contactWhy}</p>
      ${field(f, 'contact.email', t.account.email, { type: 'email', autocomplete: 'email' }, 'contact')}
      ${field(f, 'contact.phone', t.account.phone, {
        type: 'tel',
        autocomplete: 'tel',
        hint: t.account.phoneHint,
      })}
      ${field(f, 'contact.language', t.account.language, {
        options: LANGUAGES.map((l) => [l, t.account.languages[l]] as const),
      })}
    </fieldset>
    ${actions(f, returnLabel(f))}`;
}

function returnLabel(f: F): string {
  return f.returnToReview ? f.t.ui.backToReview : f.t.ui.next;
}

function activityFields(f: F, a: ActivityDraft, index: number) {
  const t = f.t;
  return ACTIVITY_FIELDS[a.kind].map((name) => {
    const path = `activities.${index}.${name}`;
    const label = t.incident.fields[name as keyof typeof t.incident.fields];
    if (name === 'at') return field(f, path, label, { type: 'datetime-local', optional: a.kind === 'other' });
    if (name === 'field')
      return field(f, path, label, {
        options: PROFILE_FIELD_LIST.map((p) => [p, t.incident.profileFields[p]] as const),
      });
    if (name === 'description') return field(f, path, label, { textarea: true });
    return field(f, path, label, {
      optional: OPTIONAL_FIELDS.has(name),
      inputmode: name === 'amount' ? 'decimal' : undefined,
    });
  });
}

function incident(f: F) {
  const t = f.t;
  return html`${field(f, 'discoveredAt', t.incident.discoveredAt, { type: 'datetime-local' })}
    ${field(f, 'suspectedStartAt', t.incident.suspectedStartAt, { type: 'datetime-local', optional: true })}
    <h3>${t.incident.activitiesTitle}</h3>
    <p class="hint">${t.incident.activitiesHint}</p>
    ${f.values.activities.length === 0 ? html`<p>${t.incident.none}</p>` : nothing}
    ${f.values.activities.map((a, i) => {
      const name = interpolate(t.incident.activity, { n: i + 1, kind: t.incident.kinds[a.kind] });
      return html`<fieldset class="card" id=${fieldId(`activities.${i}`)}>
        <legend>${name}</legend>
        ${a.fromNotice ? html`<p class="badge">${t.incident.fromNotice}</p>` : nothing}
        ${activityFields(f, a, i)}
        <button
          type="button"
          part="button"
          aria-label="${t.ui.remove}: ${name}"
          ?disabled=${f.locked}
          @click=${() => removeActivity(f, i)}
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
          @input=${(e: Event) => {
            f.newKind = (e.target as HTMLSelectElement).value as typeof f.newKind;
          }}
        >
          ${ACTIVITY_KIND_LIST.map((k) => html`<option value=${k} ?selected=${k === f.newKind}>${t.incident.kinds[k]}</option>`)}
        </select>
      </div>
      <button type="button" part="button" @click=${() => f.addActivity()}>${t.ui.add}</button>
    </div>
    ${field(f, 'narrative', t.incident.narrative, { textarea: true, hint: t.incident.narrativeHint })}
    ${actions(f, returnLabel(f))}`;
}

function fileState(f: F, key: string): string {
  const t = f.t;
  const held = f.files.get(key);
  if (!held?.bytes && held?.state !== 'uploaded') return t.evidence.missing;
  return held.state === 'uploaded' ? t.evidence.uploaded : t.evidence.ready;
}

function evidence(f: F) {
  const t = f.t;
  const limits = fileLimits(f.platformConfig);
  const lang = f.currentLang;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer?.files.length) void f.addFiles(Array.from(e.dataTransfer.files));
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
        ?disabled=${f.locked}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.files?.length) void f.addFiles(Array.from(input.files));
          input.value = '';
        }}
      />
      <p class="hint" id="files-hint">
        ${interpolate(t.evidence.limits, { size: formatBytes(lang, limits.maxFileBytes), count: limits.maxFiles })}
      </p>
    </div>
    ${
      f.hashing
        ? html`<p>
          <label for="hashing">${interpolate(t.evidence.hashing, f.hashing)}</label>
          <progress id="hashing" max="100" .value=${f.hashing.percent}></progress>
        </p>`
        : nothing
    }
    ${
      f.refusals.length
        ? html`<ul class="error" id=${fieldId('attachments')} tabindex="-1" aria-label=${t.evidence.refusedTitle}>
          ${f.refusals.map(
            (r) =>
              html`<li>${interpolate(t.evidence.refused, { name: r.name, reason: refusalText(f, r.reason) })}</li>`,
          )}
        </ul>`
        : nothing
    }
    ${files(f, true)} ${actions(f, returnLabel(f))}`;
}

function files(f: F, removable: boolean) {
  const t = f.t;
  const list = f.values.attachments;
  if (list.length === 0) return nothing;
  return html`<ul class="files">
    ${list.map(
      (a, i) =>
        html`<li>
          <span class="name">${a.name}</span>
          <span class="hint">${formatBytes(f.currentLang, a.size)} · ${fileState(f, a.key)}</span>
          ${
            removable && !f.locked
              ? html`<button
                type="button"
                part="button"
                id=${removeFileId(i)}
                aria-label="${t.ui.remove}: ${a.name}"
                @click=${() => removeFile(f, a.key)}
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
function editButton(f: F, part: string, title: string) {
  const step = EDIT_STEP[part] ?? 'first';
  return html`<button
    type="button"
    class="link"
    part="button"
    data-edit=${part}
    aria-label="${f.t.ui.edit}: ${title}"
    @click=${() => edit(f, step)}
  >
    ${f.t.ui.edit}
  </button>`;
}

function review(f: F) {
  const t = f.t;
  const v = f.values;
  const lang = f.currentLang;
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
    level: 3,
    edit: f.locked ? undefined : (part) => editButton(f, part, titles[part] ?? part),
  });
  const busy = f.submitState === 'submitting' || f.submitState === 'offline' || f.submitState === 'retrying';
  return html`<p>${t.review.intro}</p>
    ${f.locked ? html`<p class="notice" part="notice">${t.status.pending}</p>` : nothing}
    <div class="review">${shown}</div>
    <div class="field">
      ${(() => {
        const error = errorFor(f, 'consent');
        return html`${error ? html`<p class="error" id="f-consent-err">${error}</p>` : nothing}
          <label class="choice"
            ><input
              type="checkbox"
              id="f-consent"
              name="consent"
              .checked=${v.consent}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${error ? 'f-consent-err' : nothing}
              ?disabled=${f.locked}
            />${t.review.consent}</label
          >`;
      })()}
    </div>
    ${
      f.submitState === 'offline' || f.submitState === 'retrying'
        ? html`<div class="notice danger" part="notice">
          <p>${f.submitState === 'offline' ? t.status.offline : t.status.submitting}</p>
          <button type="button" part="button" @click=${() => f.retryNow()}>${t.ui.retry}</button>
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
      ${f.locked ? nothing : html`<button type="button" part="button" @click=${() => f.back()}>${t.ui.back}</button>`}
    </div>`;
}

function done(f: F) {
  const t = f.t;
  const created = f.created;
  if (!created) return nothing;
  const config = f.platformConfig;
  const lang = f.currentLang;
  const hotline = config?.contacts.hotline;
  const webForm = safeHttpUrl(config?.contacts.webForm?.url);
  const social = (config?.contacts.social ?? [])
    .map((s) => ({ ...s, url: safeHttpUrl(s.url) }))
    .filter((s) => s.url);
  const hours = hotline ? (hotline.hours[lang] ?? Object.values(hotline.hours)[0] ?? '') : '';
  return html`<div class="notice success" part="notice">
      <p>${t.done.caseNumber}: <strong class="case-number">${created.case.number}</strong></p>
    </div>
    <div class="field">
      <label for="tracking">${t.done.trackingLink}</label>
      <p class="hint" id="tracking-hint">${t.done.keepPrivate}</p>
      <div class="copy">
        <input
          id="tracking"
          part="tracking-link"
          readonly
          .value=${trackingLinkFor(f.created, f.trackingUrl)}
          aria-describedby="tracking-hint"
        />
        <button
          type="button"
          part="button"
          @click=${(e: Event) => {
            const input = (e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement;
            void copyLink(f, input);
          }}
        >
          ${f.copied ? t.ui.copied : t.ui.copy}
        </button>
      </div>
    </div>
    ${files(f, false)}
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

const BODIES = { first: firstStep, account, incident, evidence, review, done };

/** Renders the whole form for the element's current state. */
export function renderStep(f: F): TemplateResult {
  return renderFrame(f, errorSummary(f), BODIES[f.step](f));
}
