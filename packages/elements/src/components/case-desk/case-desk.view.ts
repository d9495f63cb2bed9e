/**
 * What `<recourse-case-desk>` shows, as pure functions of `(state, actions, words)`: the queue,
 * a case (the report as filed, messages, evidence, the timeline) and the command forms. No
 * element: the controller owns the state, the views read it and call the actions. Every server
 * value goes through Lit text bindings (report text, notes and file names included).
 * @module
 */
import type { AgentCommandType, ChainedEvent, Report } from '@recourse/core';
import { COMMAND_ID_PATTERN, COMMAND_LIMITS, DESK_PRIORITIES, MAIN_STATES } from '@recourse/core/lite';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { DomainCatalog } from '../../i18n/catalogs/domain';
import { formatBytes, formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { isolate } from '../../i18n/isolate';
import type { Lang } from '../../i18n/lang';
import { containmentView } from './case-desk.containment.view';
import type { DeskActions } from './case-desk.controller';
import type { CaseDeskCatalog } from './case-desk.i18n';
import { COMMAND_FIELDS, claimTotals, type FieldSpec } from './case-desk.model';
import type { DeskFilters, DeskState, ShownCase } from './case-desk.state';

/** Everything the views say, and the language and clock of dates. */
export interface DeskWords {
  t: CaseDeskCatalog;
  d: DomainCatalog;
  /** The report as filed, once its chunk has loaded. */
  summary: ((report: Report) => TemplateResult) | undefined;
  lang: Lang;
  now: Date;
}

type W = DeskWords;
type A = DeskActions;
type Shown = ShownCase;

const TEXT_FIELDS = ['text', 'prompt', 'details'];
const COMMS = new Set([
  'message_sent',
  'info_requested',
  'info_provided',
  'complaint_filed',
  'complaint_answered',
]);

const when = (w: W, at: string) =>
  html`<time datetime=${at} title=${formatDateTime(w.lang, at)}>${formatRelative(w.lang, at, w.now)}</time>`;

function filters(s: DeskState, a: A, w: W): TemplateResult {
  const t = w.t.queue;
  const f = s.query.filters;
  return html`<form part="filters" class="filters" @submit=${(e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    a.applyFilters({
      state: (data.get('state') as DeskFilters['state']) ?? '',
      priority: (data.get('priority') as DeskFilters['priority']) ?? '',
      waiting: data.get('waiting') === 'on',
      deadlineNear: data.get('near') === 'on',
    });
  }}>
    <fieldset>
      <legend>${t.filters}</legend>
      <div class="row">
        <div class="field">
          <label for="f-state">${t.state}</label>
          <select id="f-state" name="state">
            <option value="">${t.any}</option>
            ${MAIN_STATES.map((x) => html`<option value=${x} ?selected=${f.state === x}>${w.d.state[x]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-priority">${t.priority}</label>
          <select id="f-priority" name="priority">
            <option value="">${t.any}</option>
            ${DESK_PRIORITIES.map((p) => html`<option value=${p} ?selected=${f.priority === p}>${t.priorities[p]}</option>`)}
          </select>
        </div>
      </div>
      <label class="choice"><input type="checkbox" name="waiting" ?checked=${f.waiting} /> ${t.waiting}</label>
      <label class="choice"><input type="checkbox" name="near" ?checked=${f.deadlineNear} /> ${t.deadlineNear}</label>
      <button part="button" type="submit">${t.apply}</button>
    </fieldset>
  </form>`;
}

/** The queue: filters, the page of cases, paging. */
export function queueView(s: DeskState, a: A, w: W): TemplateResult {
  const t = w.t.queue;
  const { page, query } = s;
  const rows = page?.items ?? [];
  return html`<section part="queue" aria-labelledby="queue-heading">
    <h2 id="queue-heading" tabindex="-1">${t.title}</h2>
    ${filters(s, a, w)}
    ${
      !page
        ? html`<p class="hint">${w.t.loading}</p>`
        : rows.length === 0
          ? html`<p class="hint">${t.empty}</p>`
          : html`<div class="scroll"><table part="table">
          <thead><tr>
            <th scope="col">${t.number}</th>
            <th scope="col">${t.status}</th>
            <th scope="col">${t.priority}</th>
            <th scope="col">${t.nextDeadline}</th>
            <th scope="col">${t.updated}</th>
          </tr></thead>
          <tbody>
            ${rows.map(
              (c) => html`<tr class=${c.priority}>
                <th scope="row"><button part="button" type="button" class="link" data-case=${c.id}
                  aria-label=${interpolate(t.open, { number: c.number })} @click=${() => a.openCase(c.id)}><bdi>${c.number}</bdi></button></th>
                <td>${w.d.state[c.state]}${c.waitingOnReporter ? html` · <em>${t.waitingYes}</em>` : nothing}</td>
                <td><span class="prio ${c.priority}">${t.priorities[c.priority]}</span></td>
                <td>${c.nextDeadline ? when(w, c.nextDeadline) : '—'}</td>
                <td>${when(w, c.updatedAt)}</td>
              </tr>`,
            )}
          </tbody>
        </table></div>`
    }
    <nav part="pager" class="actions" aria-label=${t.title}>
      <button part="button" type="button" ?disabled=${!query.cursor} @click=${() => a.page('first')}>${t.first}</button>
      <button part="button" type="button" ?disabled=${query.before.length === 0} @click=${() => a.page('previous')}>${t.previous}</button>
      <button part="button" type="button" id="next-page" ?disabled=${!page?.nextCursor} @click=${() => a.page('next')}>${t.next}</button>
    </nav>
  </section>`;
}

function details(w: W, e: ChainedEvent): TemplateResult | typeof nothing {
  const parts: TemplateResult[] = [];
  for (const [key, value] of Object.entries(e.data)) {
    if (TEXT_FIELDS.includes(key) && typeof value === 'string')
      parts.push(html`<p class="text">${value}</p>`);
    else if (key === 'cause' && typeof value === 'string')
      parts.push(html`<p>${w.t.fields.cause}: ${w.t.causes[value as keyof typeof w.t.causes] ?? value}</p>`);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      parts.push(html`<p><code>${key}</code>: ${String(value)}</p>`);
    else if (key !== 'report' && value !== null)
      parts.push(html`<p><code>${key}</code>: <code>${JSON.stringify(value)}</code></p>`);
  }
  return parts.length ? html`<div class="data">${parts}</div>` : nothing;
}

function timeline(c: Shown, w: W): TemplateResult {
  const t = w.t.case;
  const { view: v, verification: ver } = c;
  return html`<section part="timeline" aria-labelledby="tl-h">
    <h3 id="tl-h">${t.timeline}</h3>
    <p part="chain" class="chain ${ver.ok ? 'ok' : 'bad'}" role="status">
      ${
        ver.ok
          ? interpolate(t.chainOk, { count: v.entries.length, head: ver.head.slice(0, 16) })
          : interpolate(t.chainBroken, { seq: ver.at, problem: t.problems[ver.problem] })
      }
    </p>
    <ol class="timeline">
      ${v.entries.map((e) => {
        const internal = e.visibility === 'internal';
        return html`<li class=${internal ? 'internal' : ''} part=${internal ? 'internal' : nothing}>
          <p class="head">
            <span class="seq">#${e.seq}</span>
            <strong>${w.d.event[e.type] ?? e.type}</strong>
            <span class="who">${w.t.roles[e.actor.role]}${e.actor.id ? ` (${e.actor.id})` : ''}</span>
            ${when(w, e.at)}
          </p>
          ${internal ? html`<p class="badge-internal">${t.internal}</p>` : nothing}
          ${details(w, e)}
          <p class="hash"><code title="SHA-256">${e.hash}</code></p>
        </li>`;
      })}
    </ol>
  </section>`;
}

function evidence(c: Shown, a: A, w: W): TemplateResult {
  const t = w.t.case;
  const files = c.view.attachments;
  return html`<section part="evidence" aria-labelledby="ev-h">
    <h3 id="ev-h">${t.evidence}</h3>
    ${
      files.length === 0
        ? html`<p class="hint">${t.noEvidence}</p>`
        : html`<div class="scroll"><table>
          <thead><tr><th scope="col">${t.file}</th><th scope="col">${t.type}</th><th scope="col">${t.size}</th><th scope="col">SHA-256</th><th scope="col"><span class="sr">${t.downloads}</span></th></tr></thead>
          <tbody>
            ${files.map((f) => {
              const check = c.hashChecks[f.id];
              return html`<tr>
                <th scope="row">${f.name}</th>
                <td>${f.mediaType}</td>
                <td>${formatBytes(w.lang, f.size)}</td>
                <td><code class="hash">${f.sha256}</code>${check === undefined ? nothing : html` <strong class=${check ? 'ok' : 'bad'}>${check ? '✓' : '✗'}</strong>`}</td>
                <td><button part="button" type="button" @click=${() => a.download(f.id)}>${interpolate(t.download, { name: f.name })}</button></td>
              </tr>`;
            })}
          </tbody>
        </table></div>`
    }
  </section>`;
}

function messages(c: Shown, w: W): TemplateResult {
  const list = c.view.entries.filter((e) => COMMS.has(e.type));
  return html`<section part="messages" aria-labelledby="msg-h">
    <h3 id="msg-h">${w.t.case.messages}</h3>
    ${
      list.length === 0
        ? html`<p class="hint">${w.t.case.noMessages}</p>`
        : html`<ol class="thread">
          ${list.map((e) => {
            const text = e.data.text ?? e.data.prompt;
            return html`<li class=${e.actor.role}>
              <p class="meta"><strong>${w.t.roles[e.actor.role]}</strong> · ${w.d.event[e.type]} · ${when(w, e.at)}</p>
              <p class="text">${typeof text === 'string' ? text : ''}</p>
            </li>`;
          })}
        </ol>`
    }
  </section>`;
}

function field(c: Shown, a: A, w: W, type: AgentCommandType, f: FieldSpec): TemplateResult {
  const t = w.t;
  const id = `${type}-${f.name}`;
  const value = c.values[type]?.[f.name] ?? '';
  const set = (e: Event) => a.setValue(type, f.name, (e.target as HTMLInputElement).value);
  const label = html`<label for=${id}>${t.fields[f.name]}${f.optional ? html` <span class="hint">(${t.optional})</span>` : nothing}</label>`;
  const optionLabel = (o: string) =>
    f.name === 'cause'
      ? t.causes[o as keyof typeof t.causes]
      : f.name === 'reason'
        ? t.reasons[o as keyof typeof t.reasons]
        : f.name === 'decision'
          ? t.decisions[o as keyof typeof t.decisions]
          : t.outcomes[o as keyof typeof t.outcomes];
  if (f.kind === 'select') {
    return html`<div class="field">${label}
      <select id=${id} @change=${set}>
        ${f.options!.map((o) => html`<option value=${o} ?selected=${value === o}>${optionLabel(o)}</option>`)}
      </select></div>`;
  }
  if (f.kind === 'textarea') {
    return html`<div class="field">${label}
      <textarea id=${id} required maxlength=${f.max ?? COMMAND_LIMITS.textMax} .value=${value} @input=${set}></textarea></div>`;
  }
  return html`<div class="field">${label}
    <input id=${id} maxlength=${COMMAND_LIMITS.idMax} pattern=${COMMAND_ID_PATTERN.source} aria-describedby="id-hint" .value=${value} @input=${set} /></div>`;
}

function commandForm(c: Shown, a: A, w: W, type: AgentCommandType): TemplateResult {
  const t = w.t;
  const fields = COMMAND_FIELDS[type] ?? [];
  const internal = type === 'add_note';
  const decision = c.values.decide_claim?.decision ?? 'approved';
  const assets = type === 'decide_claim' && decision === 'partly_approved' ? claimTotals(c.view.entries) : [];
  const sending = c.phase === 'sending';
  return html`<form class="command ${internal ? 'internal' : ''}" part=${internal ? 'internal' : nothing} data-command=${type}
    aria-busy=${c.phase === 'sending' && c.command === type ? 'true' : 'false'}
    @submit=${(e: Event) => {
      e.preventDefault();
      a.send(type);
    }}>
    ${fields.length || internal ? html`<h4>${t.commands[type]}</h4>` : nothing}
    ${internal ? html`<p class="badge-internal">${t.internalWarning}</p>` : nothing}
    ${fields.map((f) => field(c, a, w, type, f))}
    ${assets.map(
      (x) => html`<div class="field">
        <label for="approved-${x.asset}">${interpolate(t.fields.approved, { asset: x.asset })}</label>
        <input id="approved-${x.asset}" inputmode="decimal" placeholder=${x.amount} .value=${c.values.decide_claim?.[`approved:${x.asset}`] ?? ''}
          @input=${(e: Event) => a.setValue('decide_claim', `approved:${x.asset}`, (e.target as HTMLInputElement).value)} />
      </div>`,
    )}
    <button part="button" type="submit" class=${fields.length ? 'primary' : ''} ?disabled=${sending}>${t.commands[type]}</button>
  </form>`;
}

function actions(c: Shown, a: A, w: W): TemplateResult {
  const t = w.t.case;
  const allowed = c.view.allowedCommands;
  const simple = allowed.filter((x) => !COMMAND_FIELDS[x] && x !== 'add_note');
  const withFields = allowed.filter((x) => COMMAND_FIELDS[x]);
  return html`<section part="actions" aria-labelledby="act-h">
    <h3 id="act-h">${t.actions}</h3>
    ${allowed.length === 0 ? html`<p class="hint">${t.noActions}</p>` : nothing}
    ${simple.length ? html`<div class="actions simple">${simple.map((x) => keyed(x, commandForm(c, a, w, x)))}</div>` : nothing}
    ${withFields.map((x) => keyed(x, commandForm(c, a, w, x)))}
    <p class="hint" id="id-hint">${w.t.idHint}</p>
  </section>`;
}

/** A case: its state, deadlines, the command forms, the report, messages, evidence, timeline. */
export function caseView(c: Shown, a: A, w: W): TemplateResult {
  const t = w.t.case;
  const v = c.view;
  const running = v.deadlines.filter((x) => x.metAt === null);
  return html`<section part="case" class="case" aria-labelledby="case-heading">
    <button part="button" type="button" class="link" @click=${a.closeCase}><span class="flip" aria-hidden="true">←</span> ${t.back}</button>
    <h2 id="case-heading" tabindex="-1"><bdi>${v.number}</bdi></h2>
    <p class="meta">
      <strong>${w.d.state[v.state]}</strong> · ${w.d.status[v.status]} ·
      <span class="prio ${v.priority}">${w.t.queue.priorities[v.priority]}</span> ·
      <span class="account ${v.accountOnRecord ? 'found' : 'missing'}">${v.accountOnRecord ? t.accountFound : t.accountMissing}</span>
    </p>
    ${v.pendingRequest ? html`<p part="notice" class="notice">${interpolate(t.pending, { prompt: v.pendingRequest.prompt })}</p>` : nothing}
    ${
      running.length
        ? html`<h3>${t.deadlines}</h3>
          <ul>${running.map(
            (x) =>
              html`<li class=${x.overdue ? 'bad' : ''}>${x.code}: ${when(w, x.due)}${x.overdue ? html` <strong>(${t.overdue})</strong>` : nothing}</li>`,
          )}</ul>`
        : nothing
    }
    ${containmentView(v, w)}
    ${actions(c, a, w)}
    ${
      w.summary
        ? html`<section part="report" class="report" aria-labelledby="report-h">
          <h3 id="report-h">${t.report}</h3>
          ${w.summary(v.report)}
        </section>`
        : html`<section part="report" aria-labelledby="report-h" aria-busy="true">
          <h3 id="report-h">${t.report}</h3>
          <p class="hint">${w.t.loading}</p>
        </section>`
    }
    ${messages(c, w)}
    ${evidence(c, a, w)}
    ${timeline(c, w)}
  </section>`;
}

/** A case asked for and not (yet) shown: the way back, and the error if it failed. */
function caseAsked(a: A, w: W): TemplateResult {
  return html`<section part="case" class="case" aria-label=${w.t.loading}>
    <button part="button" type="button" class="link" @click=${a.closeCase}><span class="flip" aria-hidden="true">←</span> ${w.t.case.back}</button>
  </section>`;
}

/** The whole desk. */
export function deskView(s: DeskState, a: A, w: W): TemplateResult {
  const t = w.t;
  const loading = s.phase === 'queue-loading' || s.phase === 'case-loading';
  return html`<div class="root" aria-busy=${loading ? 'true' : 'false'}>
    <slot name="header"></slot>
    <h1 class="sr">${t.title}</h1>
    ${s.phase === 'signed-out' ? html`<p part="notice" class="notice">${t.needKey}</p>` : nothing}
    ${
      s.problem && s.phase !== 'signed-out'
        ? html`<div part="notice" class="notice danger" role="alert">
          <p>${t.errors[s.problem]}</p>
          <button part="button" type="button" @click=${a.reload}>${t.refresh}</button>
        </div>`
        : nothing
    }
    ${
      s.phase === 'case' || s.phase === 'sending'
        ? caseView(s, a, w)
        : s.phase === 'case-loading' || (s.phase === 'failed' && s.caseId)
          ? caseAsked(a, w)
          : s.phase === 'queue' || s.phase === 'queue-loading'
            ? queueView(s, a, w)
            : nothing
    }
    ${s.refreshedAt ? html`<p class="hint">${isolate(t.lastUpdated, { when: formatDateTime(w.lang, s.refreshedAt) })}</p>` : nothing}
    <div class="sr" role="status" aria-live="polite">${s.announcement}</div>
  </div>`;
}
