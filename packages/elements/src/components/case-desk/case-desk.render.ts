/**
 * The templates of `<recourse-case-desk>`: the queue, a case, the command forms. Every server
 * value goes through Lit text bindings (report text, notes and file names included).
 * @internal
 * @module
 */
import {
  type AgentCommandType,
  type ChainedEvent,
  COMMAND_ID_CHARACTERS,
  COMMAND_LIMITS,
  DESK_PRIORITIES,
  type DeskCaseView,
  MAIN_STATES,
} from '@recourse/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes, formatDateTime, formatRelative } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import type { DeskFilters, RecourseCaseDesk } from './case-desk';
import { COMMAND_FIELDS, claimTotals, type FieldSpec } from './case-desk.model';

type D = RecourseCaseDesk;

const TEXT_FIELDS = ['text', 'prompt', 'details'];
const COMMS = new Set([
  'message_sent',
  'info_requested',
  'info_provided',
  'complaint_filed',
  'complaint_answered',
]);

const when = (d: D, at: string) =>
  html`<time datetime=${at} title=${formatDateTime(d.langCtl.lang, at)}>${formatRelative(d.langCtl.lang, at, d.now())}</time>`;

function filters(d: D): TemplateResult {
  const t = d.t.queue;
  const f = d.filters;
  return html`<form part="filters" class="filters" @submit=${(e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    d.applyFilters({
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
            ${MAIN_STATES.map((s) => html`<option value=${s} ?selected=${f.state === s}>${d.d.state[s]}</option>`)}
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

function queue(d: D): TemplateResult {
  const t = d.t.queue;
  const rows = d.rows;
  return html`<section part="queue" aria-labelledby="queue-heading">
    <h2 id="queue-heading" tabindex="-1">${t.title}</h2>
    ${filters(d)}
    ${
      d.page && rows.length === 0
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
                  aria-label=${interpolate(t.open, { number: c.number })} @click=${() => void d.openCase(c.id)}>${c.number}</button></th>
                <td>${d.d.state[c.state]}${c.waitingOnReporter ? html` · <em>${t.waitingYes}</em>` : nothing}</td>
                <td><span class="prio ${c.priority}">${t.priorities[c.priority]}</span></td>
                <td>${c.nextDeadline ? when(d, c.nextDeadline) : '—'}</td>
                <td>${when(d, c.updatedAt)}</td>
              </tr>`,
            )}
          </tbody>
        </table></div>`
    }
    <nav part="pager" class="actions" aria-label=${t.title}>
      <button part="button" type="button" ?disabled=${!d.cursor} @click=${() => d.go('first')}>${t.first}</button>
      <button part="button" type="button" ?disabled=${d.cursors.length === 0} @click=${() => d.go('previous')}>${t.previous}</button>
      <button part="button" type="button" id="next-page" ?disabled=${!d.page?.nextCursor} @click=${() => d.go('next')}>${t.next}</button>
    </nav>
  </section>`;
}

function details(d: D, e: ChainedEvent): TemplateResult | typeof nothing {
  const data = e.data;
  const parts: TemplateResult[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (TEXT_FIELDS.includes(key) && typeof value === 'string')
      parts.push(html`<p class="text">${value}</p>`);
    else if (key === 'cause' && typeof value === 'string')
      parts.push(html`<p>${d.t.fields.cause}: ${d.t.causes[value as keyof typeof d.t.causes] ?? value}</p>`);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      parts.push(html`<p><code>${key}</code>: ${String(value)}</p>`);
    else if (key !== 'report' && value !== null)
      parts.push(html`<p><code>${key}</code>: <code>${JSON.stringify(value)}</code></p>`);
  }
  return parts.length ? html`<div class="data">${parts}</div>` : nothing;
}

function timeline(d: D, v: DeskCaseView): TemplateResult {
  const c = d.t.case;
  const ver = d.verification;
  return html`<section part="timeline" aria-labelledby="tl-h">
    <h3 id="tl-h">${c.timeline}</h3>
    ${
      ver
        ? html`<p part="chain" class="chain ${ver.ok ? 'ok' : 'bad'}" role="status">
          ${
            ver.ok
              ? interpolate(c.chainOk, { count: v.entries.length, head: ver.head.slice(0, 16) })
              : interpolate(c.chainBroken, { seq: ver.at, problem: c.problems[ver.problem] })
          }
        </p>`
        : nothing
    }
    <ol class="timeline">
      ${v.entries.map((e) => {
        const internal = e.visibility === 'internal';
        return html`<li class=${internal ? 'internal' : ''} part=${internal ? 'internal' : nothing}>
          <p class="head">
            <span class="seq">#${e.seq}</span>
            <strong>${d.d.event[e.type] ?? e.type}</strong>
            <span class="who">${d.t.roles[e.actor.role]}${e.actor.id ? ` (${e.actor.id})` : ''}</span>
            ${when(d, e.at)}
          </p>
          ${internal ? html`<p class="badge-internal">${c.internal}</p>` : nothing}
          ${details(d, e)}
          <p class="hash"><code title="SHA-256">${e.hash}</code></p>
        </li>`;
      })}
    </ol>
  </section>`;
}

function evidence(d: D, v: DeskCaseView): TemplateResult {
  const c = d.t.case;
  return html`<section part="evidence" aria-labelledby="ev-h">
    <h3 id="ev-h">${c.evidence}</h3>
    ${
      v.attachments.length === 0
        ? html`<p class="hint">${c.noEvidence}</p>`
        : html`<div class="scroll"><table>
          <thead><tr><th scope="col">${c.file}</th><th scope="col">${c.type}</th><th scope="col">${c.size}</th><th scope="col">SHA-256</th><th scope="col"><span class="sr">${c.downloadColumn}</span></th></tr></thead>
          <tbody>
            ${v.attachments.map((a) => {
              const check = d.hashChecks[a.id];
              return html`<tr>
                <th scope="row">${a.name}</th>
                <td>${a.mediaType}</td>
                <td>${formatBytes(d.langCtl.lang, a.size)}</td>
                <td><code class="hash">${a.sha256}</code>${check === undefined ? nothing : html` <strong class=${check ? 'ok' : 'bad'}>${check ? '✓' : '✗'}</strong>`}</td>
                <td><button part="button" type="button" @click=${() => void d.download(a.id)}>${interpolate(c.download, { name: a.name })}</button></td>
              </tr>`;
            })}
          </tbody>
        </table></div>`
    }
  </section>`;
}

function messages(d: D, v: DeskCaseView): TemplateResult {
  const list = v.entries.filter((e) => COMMS.has(e.type));
  return html`<section part="messages" aria-labelledby="msg-h">
    <h3 id="msg-h">${d.t.case.messages}</h3>
    ${
      list.length === 0
        ? html`<p class="hint">${d.t.case.noMessages}</p>`
        : html`<ol class="thread">
          ${list.map((e) => {
            const text = e.data.text ?? e.data.prompt;
            return html`<li class=${e.actor.role}>
              <p class="meta"><strong>${d.t.roles[e.actor.role]}</strong> · ${d.d.event[e.type]} · ${when(d, e.at)}</p>
              <p class="text">${typeof text === 'string' ? text : ''}</p>
            </li>`;
          })}
        </ol>`
    }
  </section>`;
}

function field(d: D, type: AgentCommandType, f: FieldSpec): TemplateResult {
  const id = `${type}-${f.name}`;
  const value = d.values[type]?.[f.name] ?? '';
  const set = (e: Event) => d.setValue(type, f.name, (e.target as HTMLInputElement).value);
  const label = html`<label for=${id}>${d.t.fields[f.name]}${f.optional ? html` <span class="hint">(${d.t.optional})</span>` : nothing}</label>`;
  const optionLabel = (o: string) =>
    f.name === 'cause'
      ? d.t.causes[o as keyof typeof d.t.causes]
      : f.name === 'reason'
        ? d.t.reasons[o as keyof typeof d.t.reasons]
        : f.name === 'decision'
          ? d.t.decisions[o as keyof typeof d.t.decisions]
          : d.t.outcomes[o as keyof typeof d.t.outcomes];
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
    <input id=${id} maxlength=${COMMAND_LIMITS.idMax} pattern=${`[${COMMAND_ID_CHARACTERS}]+`} aria-describedby="id-hint" .value=${value} @input=${set} /></div>`;
}

function commandForm(d: D, v: DeskCaseView, type: AgentCommandType): TemplateResult {
  const fields = COMMAND_FIELDS[type] ?? [];
  const internal = type === 'add_note';
  const decision = d.values.decide_claim?.decision ?? 'approved';
  const assets = type === 'decide_claim' && decision === 'partly_approved' ? claimTotals(v.entries) : [];
  return html`<form class="command ${internal ? 'internal' : ''}" part=${internal ? 'internal' : nothing} data-command=${type}
    @submit=${(e: Event) => {
      e.preventDefault();
      void d.send(type);
    }}>
    ${fields.length || internal ? html`<h4>${d.t.commands[type]}</h4>` : nothing}
    ${internal ? html`<p class="badge-internal">${d.t.internalWarning}</p>` : nothing}
    ${fields.map((f) => field(d, type, f))}
    ${assets.map(
      (a) => html`<div class="field">
        <label for="approved-${a.asset}">${interpolate(d.t.fields.approved, { asset: a.asset })}</label>
        <input id="approved-${a.asset}" inputmode="decimal" placeholder=${a.amount} .value=${d.values.decide_claim?.[`approved:${a.asset}`] ?? ''}
          @input=${(e: Event) => d.setValue('decide_claim', `approved:${a.asset}`, (e.target as HTMLInputElement).value)} />
      </div>`,
    )}
    <button part="button" type="submit" class=${fields.length ? 'primary' : ''} ?disabled=${d.busy !== null}>${d.t.commands[type]}</button>
  </form>`;
}

function actions(d: D, v: DeskCaseView): TemplateResult {
  const c = d.t.case;
  const simple = v.allowedCommands.filter((x) => !COMMAND_FIELDS[x] && x !== 'add_note');
  const withFields = v.allowedCommands.filter((x) => COMMAND_FIELDS[x]);
  return html`<section part="actions" aria-labelledby="act-h">
    <h3 id="act-h">${c.actions}</h3>
    ${v.allowedCommands.length === 0 ? html`<p class="hint">${c.noActions}</p>` : nothing}
    ${simple.length ? html`<div class="actions simple">${simple.map((x) => commandForm(d, v, x))}</div>` : nothing}
    ${withFields.map((x) => commandForm(d, v, x))}
    <p class="hint" id="id-hint">${d.t.idHint}</p>
  </section>`;
}

function caseView(d: D, v: DeskCaseView): TemplateResult {
  const c = d.t.case;
  const running = v.deadlines.filter((x) => x.metAt === null);
  return html`<section part="case" class="case" aria-labelledby="case-heading">
    <button part="button" type="button" class="link" @click=${() => d.closeCase()}>← ${c.back}</button>
    <h2 id="case-heading" tabindex="-1">${v.number}</h2>
    <p class="meta">
      <strong>${d.d.state[v.state]}</strong> · ${d.d.status[v.status]} ·
      <span class="prio ${v.priority}">${d.t.queue.priorities[v.priority]}</span> ·
      <span class="account ${v.accountOnRecord ? 'found' : 'missing'}">${v.accountOnRecord ? c.accountFound : c.accountMissing}</span>
    </p>
    ${v.pendingRequest ? html`<p part="notice" class="notice">${interpolate(c.pending, { prompt: v.pendingRequest.prompt })}</p>` : nothing}
    ${
      running.length
        ? html`<h3>${c.deadlines}</h3>
          <ul>${running.map(
            (x) =>
              html`<li class=${x.overdue ? 'bad' : ''}>${x.code}: ${when(d, x.due)}${x.overdue ? html` <strong>(${c.overdue})</strong>` : nothing}</li>`,
          )}</ul>`
        : nothing
    }
    ${actions(d, v)}
    <details>
      <summary>${c.report}</summary>
      <pre class="report">${JSON.stringify(v.report, null, 2)}</pre>
    </details>
    ${messages(d, v)}
    ${evidence(d, v)}
    ${timeline(d, v)}
  </section>`;
}

/** The whole desk. */
export function renderDesk(d: D): TemplateResult {
  const t = d.t;
  return html`<div class="root" aria-busy=${d.loading ? 'true' : 'false'}>
    <slot name="header"></slot>
    <h1 class="sr">${t.title}</h1>
    ${!d.hasKey ? html`<p part="notice" class="notice">${t.needKey}</p>` : nothing}
    ${
      d.error
        ? html`<div part="notice" class="notice danger" role="alert">
          <p>${t.errors[d.error]}</p>
          <button part="button" type="button" @click=${() => void d.reload()}>${t.refresh}</button>
        </div>`
        : nothing
    }
    ${d.hasKey ? (d.open ? caseView(d, d.open) : queue(d)) : nothing}
    ${d.refreshedAt ? html`<p class="hint">${interpolate(t.lastUpdated, { when: formatDateTime(d.langCtl.lang, d.refreshedAt) })}</p>` : nothing}
    <div class="sr" role="status" aria-live="polite">${d.status}</div>
  </div>`;
}
