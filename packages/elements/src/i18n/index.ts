/**
 * Languages, formatting and the shared vocabulary of the Recourse widgets; the translation
 * registry (`registerTranslation`, `overrideTranslation`).
 * @module
 */

export { DOMAIN_CATALOGS, type DomainCatalog } from './catalogs/domain';
export { dossierLabels } from './catalogs/dossier';
export type { FormatWords, RelativeUnitWords } from './catalogs/formats';
export { formatBytes, formatDate, formatDateTime, formatNumber, formatRelative } from './format';
export { interpolate } from './interpolate';
export { directionOf, LANGUAGES, type Lang, normalizeLang, resolveLang, type ShippedLang } from './lang';
export { type PluralForms, pluralForm } from './plural';
export {
  languageChain,
  loadLanguage,
  onTranslationChange,
  overrideTranslation,
  registerTranslation,
} from './registry';
export type { DeepPartial, Translation } from './translations';
