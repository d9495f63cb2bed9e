/**
 * The dossier: everything a person needs to hand a case to a consumer-protection body or a
 * regulator — the case, its verified timeline, its evidence with hashes and its communications —
 * as JSON that anyone can re-verify, and as a printable, fully escaped HTML document.
 * @module
 */
import type { ChainEntry, ChainVerification } from '../workflow/index';
import { verifyChain } from '../workflow/index';
import type { JsonObject, JsonValue } from '../workflow/json';
import type { MainState } from '../workflow/states';
import type { CustomerStatus } from '../workflow/status';
import { directionOf } from './direction';

/** Format tag of a dossier document. */
export const DOSSIER_FORMAT = 'recourse-dossier' as const;
/** Version of the dossier format. */
export const DOSSIER_VERSION = 1 as const;

/** The case as the dossier describes it. */
export interface DossierCase {
  /** Case id. */
  id: string;
  /** Human-friendly case number. */
  number: string;
  /** When the case was created (ISO 8601). */
  createdAt: string;
  /** The customer-facing status when the dossier was made. */
  status: CustomerStatus | null;
  /** The workflow's main state when the dossier was made. */
  state: MainState | 'none';
  /** The report as filed (plain JSON), if the holder may see it. */
  report?: JsonObject;
}

/** One piece of evidence: never the bytes, always the hash. */
export interface DossierAttachment {
  /** Attachment id. */
  id: string;
  /** File name as uploaded. */
  name: string;
  /** Media type checked by the server. */
  mediaType: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: string;
  /** When it was uploaded (ISO 8601). */
  uploadedAt?: string;
  /**
   * The timeline entry whose data records this hash (the report that declared the file, or the
   * answer, message or complaint it was sent with), so the chain vouches for the bytes; absent
   * when no entry the holder may read records it. Set by {@link buildDossier}, re-checked by
   * {@link verifyDossier}.
   */
  recordedIn?: number;
}

/** Kinds of communication the dossier lists, taken from the timeline. */
export const COMMUNICATION_KINDS = ['message', 'request', 'answer', 'complaint', 'complaint_answer'] as const;
/** A kind of communication. */
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

/** One communication between the reporter and support. */
export interface DossierCommunication {
  /** Sequence number of the timeline entry it comes from. */
  seq: number;
  /** When (ISO 8601). */
  at: string;
  /** Who wrote it. */
  from: string;
  /** What kind of communication. */
  kind: CommunicationKind;
  /** The text as written. */
  text: string;
}

/** A dossier document. */
export interface Dossier {
  /** Always {@link DOSSIER_FORMAT}. */
  format: typeof DOSSIER_FORMAT;
  /** Always {@link DOSSIER_VERSION}. */
  version: typeof DOSSIER_VERSION;
  /** When the dossier was made (ISO 8601). */
  generatedAt: string;
  /** The case. */
  case: DossierCase;
  /** The hash-chained timeline and the result of verifying it when the dossier was made. */
  timeline: { verification: ChainVerification; entries: ChainEntry[] };
  /** Evidence with hashes. */
  evidence: DossierAttachment[];
  /** Communications in timeline order. */
  communications: DossierCommunication[];
}

const COMMUNICATION_EVENTS: Partial<Record<string, { kind: CommunicationKind; field: string }>> = {
  message_sent: { kind: 'message', field: 'text' },
  info_requested: { kind: 'request', field: 'prompt' },
  info_provided: { kind: 'answer', field: 'text' },
  complaint_filed: { kind: 'complaint', field: 'text' },
  complaint_answered: { kind: 'complaint_answer', field: 'text' },
};

function communicationsOf(entries: readonly ChainEntry[]): DossierCommunication[] {
  const out: DossierCommunication[] = [];
  for (const entry of entries) {
    if ('redacted' in entry) continue;
    const spec = COMMUNICATION_EVENTS[entry.type];
    const text = spec ? entry.data[spec.field] : undefined;
    if (spec && typeof text === 'string') {
      out.push({ seq: entry.seq, at: entry.at, from: entry.actor.role, kind: spec.kind, text });
    }
  }
  return out;
}

/**
 * Where the timeline records evidence hashes: by `id:sha256` (hashes the server wrote into a
 * command's `attachments`) and by bare hash (the files a report declared), the first entry each.
 */
function recordedHashes(entries: readonly ChainEntry[]): {
  byId: Map<string, number>;
  byHash: Map<string, number>;
} {
  const byId = new Map<string, number>();
  const byHash = new Map<string, number>();
  const list = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value)
      ? value.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
      : [];
  for (const entry of entries) {
    if ('redacted' in entry) continue;
    for (const a of list(entry.data.attachments)) {
      const key = `${String(a.id)}:${String(a.sha256)}`;
      if (!byId.has(key)) byId.set(key, entry.seq);
    }
    const report = entry.type === 'case_submitted' ? entry.data.report : undefined;
    if (report && typeof report === 'object' && !Array.isArray(report)) {
      for (const a of list((report as Record<string, unknown>).attachments)) {
        if (typeof a.sha256 === 'string' && !byHash.has(a.sha256)) byHash.set(a.sha256, entry.seq);
      }
    }
  }
  return { byId, byHash };
}

/** The entry recording an attachment's hash, if any. */
function recordedIn(a: DossierAttachment, records: ReturnType<typeof recordedHashes>): number | undefined {
  return records.byId.get(`${a.id}:${a.sha256}`) ?? records.byHash.get(a.sha256);
}

/** What {@link buildDossier} needs. */
export interface DossierInput {
  /** The case. */
  case: DossierCase;
  /** The timeline as the holder may see it (the reporter's view has internal entries redacted). */
  entries: readonly ChainEntry[];
  /** Evidence metadata. */
  attachments?: readonly DossierAttachment[];
}

/**
 * Builds a dossier: verifies the chain, extracts the communications.
 * @param input - the case, its timeline and its evidence
 * @param options - `now` for the generation time (injectable clock)
 */
export function buildDossier(input: DossierInput, options: { now?: () => Date } = {}): Dossier {
  const now = options.now ?? (() => new Date());
  const entries = [...input.entries];
  const records = recordedHashes(entries);
  const evidence = (input.attachments ?? []).map((a) => {
    const { recordedIn: _claimed, ...rest } = a;
    const seq = recordedIn(rest, records);
    return seq === undefined ? rest : { ...rest, recordedIn: seq };
  });
  return {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    generatedAt: now().toISOString(),
    case: input.case,
    timeline: { verification: verifyChain(entries), entries },
    evidence,
    communications: communicationsOf(entries),
  };
}

/** The dossier as JSON text (stable, indented), for download. */
export function dossierToJson(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}

/** Why a dossier document does not verify. */
export type DossierProblem =
  | 'not_json'
  | 'wrong_format'
  | 'chain_broken'
  | 'communications_mismatch'
  | 'evidence_mismatch';

/**
 * Re-verifies a dossier someone hands you (for instance a consumer-protection body): the
 * format, the hash chain of its timeline, that its communications are exactly those of the
 * timeline, and that each evidence item said to be recorded in the timeline is recorded there
 * with that very hash. An edited entry, a dropped one, an edited message or an evidence hash
 * swapped for another is found; an item no entry records is shown as such.
 * @param text - the dossier JSON as downloaded
 */
export function verifyDossier(
  text: string,
): { ok: true; dossier: Dossier } | { ok: false; problem: DossierProblem } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  const d = parsed as Partial<Dossier> | null;
  if (
    !d ||
    d.format !== DOSSIER_FORMAT ||
    d.version !== DOSSIER_VERSION ||
    !d.timeline ||
    !Array.isArray(d.timeline.entries) ||
    !Array.isArray(d.communications)
  ) {
    return { ok: false, problem: 'wrong_format' };
  }
  let verification: ChainVerification;
  try {
    verification = verifyChain(d.timeline.entries);
  } catch {
    return { ok: false, problem: 'wrong_format' };
  }
  if (!verification.ok) return { ok: false, problem: 'chain_broken' };
  if (JSON.stringify(communicationsOf(d.timeline.entries)) !== JSON.stringify(d.communications)) {
    return { ok: false, problem: 'communications_mismatch' };
  }
  if (!Array.isArray(d.evidence)) return { ok: false, problem: 'wrong_format' };
  const records = recordedHashes(d.timeline.entries);
  for (const a of d.evidence) {
    if (a?.recordedIn !== undefined && recordedIn(a, records) !== a.recordedIn) {
      return { ok: false, problem: 'evidence_mismatch' };
    }
  }
  return { ok: true, dossier: d as Dossier };
}

/**
 * Every word the printable dossier shows. Core has no display text: the caller (a widget, the
 * server) passes these in the reader's language.
 */
export interface DossierLabels {
  /** Document title. */
  title: string;
  /** One paragraph saying what the document is and how to verify it. */
  intro: string;
  caseNumber: string;
  createdAt: string;
  generatedAt: string;
  status: string;
  state: string;
  report: string;
  timeline: string;
  /** Shown when the chain verified; `{head}` is replaced by the head hash. */
  chainVerified: string;
  /** Shown when the chain did not verify; `{seq}` is replaced by the first bad entry. */
  chainBroken: string;
  seq: string;
  when: string;
  who: string;
  what: string;
  details: string;
  /** Shown in place of an internal entry the holder may not read. */
  redacted: string;
  evidence: string;
  noEvidence: string;
  fileName: string;
  mediaType: string;
  size: string;
  sha256: string;
  /** Column of the evidence table: where the timeline records the file's hash. */
  inTimeline: string;
  /** In that column: `{seq}` is replaced by the timeline entry's number. */
  recordedIn: string;
  /** In that column: no entry the holder may read records the hash. */
  notRecorded: string;
  communications: string;
  noCommunications: string;
  /** Labels of customer statuses. */
  statuses: Record<CustomerStatus, string>;
  /** Labels of main states (and `none`). */
  states: Record<MainState | 'none', string>;
  /** Labels of event types. */
  events: Record<string, string>;
  /** Labels of roles. */
  roles: Record<string, string>;
  /** Labels of communication kinds. */
  communicationKinds: Record<CommunicationKind, string>;
  /** Optional labels for report field names (`discoveredAt` → "Noticed on"). */
  fields?: Record<string, string>;
}

/** Options of {@link renderDossierHtml}. */
export interface RenderDossierOptions {
  /** BCP 47 language of the document (`en`, `zh-CN`). */
  lang: string;
  /** The words, in that language. */
  labels: DossierLabels;
  /** Time zone for dates (IANA); default UTC, and the zone is always printed. */
  timeZone?: string;
  /** Writing direction; default from `lang` (`rtl` for Arabic, Hebrew, Persian, Urdu…). */
  dir?: 'ltr' | 'rtl';
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML text and double-quoted attribute contexts. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
:root{color-scheme:light;font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#1b1f24}
body{max-width:56rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #c8ccd2}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #c8ccd2;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#f1f3f5}code,.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
.ok{color:#0a6b2d}.bad{color:#a4161a;font-weight:600}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}.text{white-space:pre-wrap;overflow-wrap:anywhere}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

function formatTime(iso: string, lang: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return escapeHtml(iso);
  const text = new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone,
  }).format(date);
  return `<time datetime="${escapeHtml(date.toISOString())}">${escapeHtml(text)}</time>`;
}

function renderValue(value: JsonValue, labels: DossierLabels): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    return `<ol>${value.map((v) => `<li>${renderValue(v, labels)}</li>`).join('')}</ol>`;
  }
  if (typeof value === 'object') {
    const rows = Object.entries(value)
      .map(([k, v]) => `<dt>${escapeHtml(labels.fields?.[k] ?? k)}</dt><dd>${renderValue(v, labels)}</dd>`)
      .join('');
    return `<dl>${rows}</dl>`;
  }
  return escapeHtml(value);
}

/**
 * Renders a dossier as a standalone, printable HTML document. Every value that came from a
 * person or a server is escaped; the document carries a CSP that forbids every script and every
 * external load, so it is inert wherever it is opened.
 * @param dossier - from {@link buildDossier}
 * @param options - language and labels
 * @returns the HTML text
 */
export function renderDossierHtml(dossier: Dossier, options: RenderDossierOptions): string {
  const { lang, labels } = options;
  const tz = options.timeZone ?? 'UTC';
  const t = (iso: string) => formatTime(iso, lang, tz);
  const c = dossier.case;
  const v = dossier.timeline.verification;
  const chain = v.ok
    ? `<p class="ok">${escapeHtml(labels.chainVerified).replace('{head}', `<code class="hash">${escapeHtml(v.head ?? '')}</code>`)}</p>`
    : `<p class="bad" role="alert">${escapeHtml(labels.chainBroken.replace('{seq}', String(v.at)))}</p>`;

  const timelineRows = dossier.timeline.entries
    .map((e) => {
      if ('redacted' in e) {
        return `<tr><td>${e.seq}</td><td></td><td></td><td>${escapeHtml(labels.redacted)}</td><td><code class="hash">${escapeHtml(e.hash)}</code></td></tr>`;
      }
      const who = labels.roles[e.actor.role] ?? e.actor.role;
      const what = labels.events[e.type] ?? e.type;
      const details = Object.keys(e.data).length > 0 ? renderValue(e.data, labels) : '';
      return `<tr><td>${e.seq}</td><td>${t(e.at)}</td><td>${escapeHtml(who)}</td><td><strong>${escapeHtml(what)}</strong>${details}</td><td><code class="hash">${escapeHtml(e.hash)}</code></td></tr>`;
    })
    .join('');

  const evidence =
    dossier.evidence.length === 0
      ? `<p>${escapeHtml(labels.noEvidence)}</p>`
      : `<table><thead><tr><th scope="col">${escapeHtml(labels.fileName)}</th><th scope="col">${escapeHtml(labels.mediaType)}</th><th scope="col">${escapeHtml(labels.size)}</th><th scope="col">${escapeHtml(labels.sha256)}</th><th scope="col">${escapeHtml(labels.inTimeline)}</th></tr></thead><tbody>${dossier.evidence
          .map(
            (a) =>
              `<tr><td>${escapeHtml(a.name)}</td><td>${escapeHtml(a.mediaType)}</td><td>${escapeHtml(new Intl.NumberFormat(lang).format(a.size))}</td><td><code class="hash">${escapeHtml(a.sha256)}</code></td><td>${escapeHtml(a.recordedIn === undefined ? labels.notRecorded : labels.recordedIn.replace('{seq}', String(a.recordedIn)))}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  const communications =
    dossier.communications.length === 0
      ? `<p>${escapeHtml(labels.noCommunications)}</p>`
      : `<ol>${dossier.communications
          .map(
            (m) =>
              `<li><p>${t(m.at)} · ${escapeHtml(labels.roles[m.from] ?? m.from)} · ${escapeHtml(labels.communicationKinds[m.kind])}</p><p class="text">${escapeHtml(m.text)}</p></li>`,
          )
          .join('')}</ol>`;

  const status = c.status ? labels.statuses[c.status] : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${options.dir ?? directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(labels.title)} ${escapeHtml(c.number)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(labels.title)}</h1>
<p>${escapeHtml(labels.intro)}</p>
<dl>
<dt>${escapeHtml(labels.caseNumber)}</dt><dd><bdi>${escapeHtml(c.number)}</bdi></dd>
<dt>${escapeHtml(labels.status)}</dt><dd>${escapeHtml(status)}</dd>
<dt>${escapeHtml(labels.state)}</dt><dd>${escapeHtml(labels.states[c.state] ?? c.state)}</dd>
<dt>${escapeHtml(labels.createdAt)}</dt><dd>${t(c.createdAt)}</dd>
<dt>${escapeHtml(labels.generatedAt)}</dt><dd>${t(dossier.generatedAt)}</dd>
</dl>
${c.report ? `<h2>${escapeHtml(labels.report)}</h2>${renderValue(c.report, labels)}` : ''}
<h2>${escapeHtml(labels.timeline)}</h2>
${chain}
<table><thead><tr><th scope="col">${escapeHtml(labels.seq)}</th><th scope="col">${escapeHtml(labels.when)}</th><th scope="col">${escapeHtml(labels.who)}</th><th scope="col">${escapeHtml(labels.what)}</th><th scope="col">SHA-256</th></tr></thead><tbody>${timelineRows}</tbody></table>
<h2>${escapeHtml(labels.evidence)}</h2>
${evidence}
<h2>${escapeHtml(labels.communications)}</h2>
${communications}
</main>
</body>
</html>
`;
}
