/**
 * The printable dossier's words, built on the domain vocabulary; one file per language
 * (`dossier.<lang>.ts`, English the source; see `./dossier-words`).
 * @module
 */
import type { DossierLabels } from '@recourse/core';
import type { Lang } from '../lang';
import { DOMAIN_CATALOGS } from './domain';
import { dossierLabelsWith } from './dossier-words';

export type { DossierWords } from './dossier-words';

/** The labels `renderDossierHtml` needs, in one language. */
export function dossierLabels(lang: Lang): DossierLabels {
  return dossierLabelsWith(lang, DOMAIN_CATALOGS[lang]);
}
