/**
 * The reporter's case file, built only when asked for (it loads with `case-tracker.view`): core's
 * `buildDossier`, downloaded as JSON, or rendered by `renderDossierHtml` (which escapes every
 * value) into a Blob that a sandboxed, script-less iframe prints. The HTML never enters the
 * element's shadow DOM, and no `srcdoc` is assigned (a Trusted Types sink).
 * @internal
 * @module
 */
import {
  type AttachmentMeta,
  buildDossier,
  type ChainEntry,
  type Dossier,
  dossierToJson,
  type ReporterCaseView,
  renderDossierHtml,
} from '@recourse/core';
import type { DomainCatalog } from '../../i18n/catalogs/domain.en';
import { dossierLabelsWith } from '../../i18n/catalogs/dossier-words';
import type { Lang } from '../../i18n/lang';

/** What the case file is made of. */
export interface DossierSource {
  /** The case view: its `attachments` are the case's whole evidence list. */
  view: ReporterCaseView;
  entries: readonly ChainEntry[];
  /** Files uploaded from this page that the view does not list yet (kept once each, by id). */
  pending?: readonly AttachmentMeta[];
  now: Date;
}

/** The evidence of the case file: every attachment of the case, then any pending one, by id. */
export function evidenceOf(source: Pick<DossierSource, 'view' | 'pending'>): AttachmentMeta[] {
  const seen = new Set<string>();
  const out: AttachmentMeta[] = [];
  for (const a of [...(source.view.attachments ?? []), ...(source.pending ?? [])]) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    out.push(a);
  }
  return out;
}

/** Builds the case file from what the reporter sees. */
export function makeDossier(source: DossierSource): Dossier {
  const { view, entries, now } = source;
  const attachments = evidenceOf(source);
  return buildDossier(
    {
      case: {
        id: view.id,
        number: view.number,
        createdAt: view.createdAt,
        status: view.status,
        state: view.state,
      },
      entries,
      attachments: attachments.map((a) => ({
        id: a.id,
        name: a.name,
        mediaType: a.mediaType,
        size: a.size,
        sha256: a.sha256,
        uploadedAt: a.createdAt,
      })),
    },
    { now: () => now },
  );
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const fileName = (view: ReporterCaseView, ext: string) =>
  `case-${view.number.replace(/[^A-Za-z0-9-]/g, '_')}.${ext}`;

/** Downloads the case file as JSON. @returns the dossier (for tests) */
export function downloadDossierJson(source: DossierSource): Dossier {
  const dossier = makeDossier(source);
  save(new Blob([dossierToJson(dossier)], { type: 'application/json' }), fileName(source.view, 'json'));
  return dossier;
}

/**
 * The printable HTML of the case file in a language.
 * @param domain - that language's domain words (the first paint's `DOMAIN_CATALOGS[lang]`)
 */
export function dossierHtml(source: DossierSource, lang: Lang, domain: DomainCatalog): string {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const labels = dossierLabelsWith(lang, domain);
  return renderDossierHtml(makeDossier(source), { lang, labels, timeZone });
}

/**
 * Prints the case file from a hidden iframe (sandboxed: no scripts; same origin so the print
 * dialog can be opened). Where printing is blocked, the HTML is downloaded instead.
 */
export function printDossier(source: DossierSource, lang: Lang, domain: DomainCatalog): void {
  const blob = new Blob([dossierHtml(source, lang, domain)], { type: 'text/html' });
  const url = URL.createObjectURL(blob);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;inset-inline-start:-9999px';
  const cleanup = () => {
    frame.remove();
    URL.revokeObjectURL(url);
  };
  frame.addEventListener(
    'load',
    () => {
      try {
        frame.contentWindow?.addEventListener('afterprint', cleanup, { once: true });
        frame.contentWindow?.print();
      } catch {
        save(blob, fileName(source.view, 'html'));
        cleanup();
      }
      setTimeout(cleanup, 120_000);
    },
    { once: true },
  );
  frame.src = url;
  document.body.append(frame);
}
