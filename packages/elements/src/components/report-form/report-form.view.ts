import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { LANGUAGES } from '../../i18n/lang';
import { safeHttpUrl } from '../../internal/url';
import { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
import { reportSummary } from '../../views/report-summary.view';
import type { StepId } from './i18n';
import { copyLink, edit, refusalText, removeActivity, removeFile } from './report-form.controller';
import { errorSummary, field } from './report-form.fields.view';
import { actions, errorFor, firstStep, renderFrame } from './report-form.first-step.view';
import type { ReportFormHost } from './report-form.host.controller';
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

type F = ReportFormHost;

function account(host: F) {
  const t = host.t;
  const kind = host.values.account.kind as keyof typeof t.account.kinds;
  const types: Record<string, [string, string, string?]> = {
    email: ['email', 'email'],
    phone: ['tel', 'tel', 'tel'],
  };
  const [type, autocomplete, inputmode] = types[kind] ?? ['text', 'off'];
  return html`${field(host, 'account.kind', t.account.kind, {
    options: ACCOUNT_KINDS.map((k) => [k, t.account.kinds[k]] as const),
  })}
    ${field(host, 'account.value', t.account.kinds[kind] ?? t.account.value, { type, autocomplete, inputmode })}
    <fieldset>
      <legend>${t.account.contactTitle}</legend>
      <p class="hint">${t.account.contactWhy}</p>
      ${field(host, 'contact.email', t.account.email, { type: 'email', autocomplete: 'email' }, 'contact')}
      ${field(host, 'contact.phone', t.account.phone, {
        type: 'tel',
        autocomplete: 'tel',
        hint: t.account.phoneHint,
      })}
      ${field(host, 'contact.language', t.account.language, {
        options: LANGUAGES.map((l) => [l, t.account.languages[l]] as const),
      })}
    </fieldset>
    ${actions(host, returnLabel(host))}`;
}

function returnLabel(host: F): string {
  return host.returnToReview ? host.t.ui.backToReview : host.t.ui.next;
}

function activityFields(host: F, a: ActivityDraft, index: number) {
  const t = host.t;
  return ACTIVITY_FIELDS[a.kind].map((name) => {
    const path = `activities.${index}.${name}`;
    const label = t.incident.fields[name as keyof typeof t.incident.fields];
    if (name === 'at')
      return field(host, path, label, { type: 'datetime-local', optional: a.kind === 'other' });
    if (name === 'field')
      return field(host, path, label, {
        options: PROFILE_FIELD_LIST.map((p) => [p, t.incident.profileFields[p]] as const),
      });
    if (name === 'description') return field(host, path, label, { textarea: true });
    return field(host, path, label, {
      optional: OPTIONAL_FIELDS.has(name),
      inputmode: name === 'amount' ? 'decimal' : undefined,
    });
  });
}

function incident(host: F) {
  const t = host.t;
  return html`${field(host, 'discoveredAt', t.incident.discoveredAt, { type: 'datetime-local' })}
    ${field(host, 'suspectedStartAt', t.incident.suspectedStartAt, { type: 'datetime-local', optional: true })}
    <h3>${t.incident.activitiesTitle}</h3>
    <p class="hint">${t.incident.activitiesHint}</p>
    ${host.values.activities.length === 0 ? html`<p>${t.incident.none}</p>` : nothing}
    ${host.values.activities.map((a, i) => {
      const name = interpolate(t.incident.activity, { n: i + 1, kind: t.incident.kinds[a.kind] });
      return html`<fieldset class="card" id=${fieldId(`activities.${i}`)}>
        <legend>${name}</legend>
        ${a.fromNotice ? html`<p class="badge">${t.incident.fromNotice}</p>` : nothing}
        ${activityFields(host, a, i)}
        <button
          type="button"
          part="button"
          aria-label="${t.ui.remove}: ${name}"
          ?disabled=${host.locked}
          @click=${() => removeActivity(host, i)}
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
            host.newKind = (e.target as HTMLSelectElement).value as typeof host.newKind;
          }}
        >
          ${ACTIVITY_KIND_LIST.map((k) => html`<option value=${k} ?selected=${k === host.newKind}>${t.incident.kinds[k]}</option>`)}
        </select>
      </div>
      <button type="button" part="button" @click=${() => host.addActivity()}>${t.ui.add}</button>
    </div>
    ${field(host, 'narrative', t.incident.narrative, { textarea: true, hint: t.incident.narrativeHint })}
    ${actions(host, returnLabel(host))}`;
}

function fileState(host: F, key: string): string {
  const t = host.t;
  const held = host.files.get(key);
  if (!held?.bytes && held?.state !== 'uploaded') return t.evidence.missing;
  return held.state === 'uploaded' ? t.evidence.uploaded : t.evidence.ready;
}

function evidence(host: F) {
  const t = host.t;
  const limits = fileLimits(host.platformConfig);
  const lang = host.currentLang;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer?.files.length) void host.addFiles(Array.from(e.dataTransfer.files));
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
        ?disabled=${host.locked}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.files?.length) void host.addFiles(Array.from(input.files));
          input.value = '';
        }}
      />
      <p class="hint" id="files-hint">
        ${interpolate(t.evidence.limits, { size: formatBytes(lang, limits.maxFileBytes), count: limits.maxFiles })}
      </p>
    </div>
    ${
      host.hashing
        ? html`<p>
          <label for="hashing">${interpolate(t.evidence.hashing, host.hashing)}</label>
          <progress id="hashing" max="100" .value=${host.hashing.percent}></progress>
        </p>`
        : nothing
    }
    ${
      host.refusals.length
        ? html`<ul class="error" id=${fieldId('attachments')} tabindex="-1" aria-label=${t.evidence.refusedTitle}>
          ${host.refusals.map(
            (r) =>
              html`<li>${interpolate(t.evidence.refused, { name: r.name, reason: refusalText(host, r.reason) })}</li>`,
          )}
        </ul>`
        : nothing
    }
    ${files(host, true)} ${actions(host, returnLabel(host))}`;
}

function files(host: F, removable: boolean) {
  const t = host.t;
  const list = host.values.attachments;
  if (list.length === 0) return nothing;
  return html`<ul class="files">
    ${list.map(
      (a, i) =>
        html`<li>
          <span class="name">${a.name}</span>
          <span class="hint">${formatBytes(host.currentLang, a.size)} · ${fileState(host, a.key)}</span>
          ${
            removable && !host.locked
              ? html`<button
                type="button"
                part="button"
                id=${removeFileId(i)}
                aria-label="${t.ui.remove}: ${a.name}"
                @click=${() => removeFile(host, a.key)}
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
function editButton(host: F, part: string, title: string) {
  const step = EDIT_STEP[part] ?? 'first';
  return html`<button
    type="button"
    class="link"
    part="button"
    data-edit=${part}
    aria-label="${host.t.ui.edit}: ${title}"
    @click=${() => edit(host, step)}
  >
    ${host.t.ui.edit}
  </button>`;
}

function review(host: F) {
  const t = host.t;
  const v = host.values;
  const lang = host.currentLang;
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
    edit: host.locked ? undefined : (part) => editButton(host, part, titles[part] ?? part),
  });
  const busy =
    host.submitState === 'submitting' || host.submitState === 'offline' || host.submitState === 'retrying';
  return html`<p>${t.review.intro}</p>
    ${host.locked ? html`<p class="notice" part="notice">${t.status.pending}</p>` : nothing}
    <div class="review">${shown}</div>
    <div class="field">
      ${(() => {
        const error = errorFor(host, 'consent');
        return html`${error ? html`<p class="error" id="f-consent-err">${error}</p>` : nothing}
          <label class="choice"
            ><input
              type="checkbox"
              id="f-consent"
              name="consent"
              .checked=${v.consent}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${error ? 'f-consent-err' : nothing}
              ?disabled=${host.locked}
            />${t.review.consent}</label
          >`;
      })()}
    </div>
    ${
      host.submitState === 'offline' || host.submitState === 'retrying'
        ? html`<div class="notice danger" part="notice">
          <p>${host.submitState === 'offline' ? t.status.offline : t.status.submitting}</p>
          <button type="button" part="button" @click=${() => host.retryNow()}>${t.ui.retry}</button>
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
      ${host.locked ? nothing : html`<button type="button" part="button" @click=${() => host.back()}>${t.ui.back}</button>`}
    </div>`;
}

function done(host: F) {
  const t = host.t;
  const created = host.created;
  if (!created) return nothing;
  const config = host.platformConfig;
  const lang = host.currentLang;
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
          .value=${trackingLinkFor(host.created, host.el.trackingUrl)}
          aria-describedby="tracking-hint"
        />
        <button
          type="button"
          part="button"
          @click=${(e: Event) => {
            const input = (e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement;
            void copyLink(host, input);
          }}
        >
          ${host.copied ? t.ui.copied : t.ui.copy}
        </button>
      </div>
    </div>
    ${files(host, false)}
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
export function renderStep(host: F): TemplateResult {
  return renderFrame(host, errorSummary(host), BODIES[host.step](host));
}
