/**
 * Languages, formatting and the shared vocabulary of the Recourse widgets.
 * @module
 */

export { DOMAIN_CATALOGS, type DomainCatalog } from './catalogs/domain';
export { dossierLabels } from './catalogs/dossier';
export { formatBytes, formatDate, formatDateTime, formatNumber, formatRelative } from './format';
export { interpolate } from './interpolate';
export { LANGUAGES, type Lang, normalizeLang, resolveLang } from './lang';
