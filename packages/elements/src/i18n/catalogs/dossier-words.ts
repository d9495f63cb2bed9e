/**
 * The printable dossier's words, built on the domain vocabulary handed in; one file per language
 * (`dossier.<lang>.ts`, English the source). The tracker's case file builds its labels here with
 * the domain catalog its first paint already holds, so that this module and the first paint share
 * nothing (ADR 0036); `dossierLabels` (`./dossier`) is the public form.
 * @module
 */
import type { DossierLabels } from '@recourse/core';
import type { Lang } from '../lang';
import { defineCatalog } from '../registry';
import type { DomainCatalog } from './domain.en';
import { type DossierWords, en } from './dossier.en';

export type { DossierWords } from './dossier.en';

const WORDS: Readonly<Record<Lang, DossierWords>> = defineCatalog('dossier', en, {
  'zh-CN': () => import('./dossier.zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./dossier.zh-TW').then((m) => m.zhTW),
  ja: () => import('./dossier.ja').then((m) => m.ja),
  es: () => import('./dossier.es').then((m) => m.es),
  ar: () => import('./dossier.ar').then((m) => m.ar),
});

/** The labels `renderDossierHtml` needs, in one language, with that language's domain words. */
export function dossierLabelsWith(lang: Lang, domain: DomainCatalog): DossierLabels {
  return { ...WORDS[lang], statuses: domain.status, states: domain.state, events: domain.event };
}
