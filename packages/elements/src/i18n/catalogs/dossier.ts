/**
 * The printable dossier's words, built on the domain vocabulary; one file per language
 * (`dossier.<lang>.ts`, English the source).
 * @module
 */
import type { DossierLabels } from '@recourse/core';
import type { Lang } from '../lang';
import { DOMAIN_CATALOGS } from './domain';
import { ar } from './dossier.ar';
import { type DossierWords, en } from './dossier.en';
import { es } from './dossier.es';
import { ja } from './dossier.ja';
import { zhCN } from './dossier.zh-CN';
import { zhTW } from './dossier.zh-TW';

export type { DossierWords } from './dossier.en';

const WORDS: Record<Lang, DossierWords> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, es, ar };

/** The labels `renderDossierHtml` needs, in one language. */
export function dossierLabels(lang: Lang): DossierLabels {
  const domain = DOMAIN_CATALOGS[lang];
  const words = WORDS[lang];
  return { ...words, statuses: domain.status, states: domain.state, events: domain.event };
}
