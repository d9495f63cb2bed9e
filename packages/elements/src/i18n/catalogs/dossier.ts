/**
 * The printable dossier's words, built on the domain vocabulary; one file per language
 * (`dossier.<lang>.ts`, English the source).
 * @module
 */
import type { DossierLabels } from '@recourse/core';
import type { Lang } from '../lang';
import { defineCatalog } from '../registry';
import { DOMAIN_CATALOGS } from './domain';
import { type DossierWords, en } from './dossier.en';

export type { DossierWords } from './dossier.en';

const WORDS: Readonly<Record<Lang, DossierWords>> = defineCatalog('dossier', en, {
  'zh-CN': () => import('./dossier.zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./dossier.zh-TW').then((m) => m.zhTW),
  ja: () => import('./dossier.ja').then((m) => m.ja),
  es: () => import('./dossier.es').then((m) => m.es),
  ar: () => import('./dossier.ar').then((m) => m.ar),
});

/** The labels `renderDossierHtml` needs, in one language. */
export function dossierLabels(lang: Lang): DossierLabels {
  const domain = DOMAIN_CATALOGS[lang];
  const words = WORDS[lang];
  return { ...words, statuses: domain.status, states: domain.state, events: domain.event };
}
