/**
 * The words of `<recourse-case-desk>` (support agents): the codes its catalogs cover and the
 * catalogs by language, one file per language (`i18n/en.ts` is the source and its interface the
 * catalog type; the test checks core's code lists). State and event labels come from the shared
 * domain catalog.
 * @module
 */
import type { Lang } from '../../i18n/lang';
import { defineCatalog } from '../../i18n/registry';
import { type CaseDeskCatalog, en } from './i18n/en';

/** Field names of agent command forms. */
export type DeskField =
  | 'reason'
  | 'cause'
  | 'method'
  | 'outcome'
  | 'resolution'
  | 'prompt'
  | 'text'
  | 'decision'
  | 'approved';

/** Codes of `recourse-desk-error`. */
export const DESK_ERROR_CODES = [
  'unauthorized',
  'not_found',
  'network',
  'rejected',
  'invalid',
  'failed',
] as const;
/** A desk error code. */
export type DeskErrorCode = (typeof DESK_ERROR_CODES)[number];

export type { CaseDeskCatalog } from './i18n/en';

/** The desk's catalogs by language. */
export const CASE_DESK_CATALOGS: Readonly<Record<Lang, CaseDeskCatalog>> = defineCatalog('case-desk', en, {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./i18n/zh-TW').then((m) => m.zhTW),
  ja: () => import('./i18n/ja').then((m) => m.ja),
  es: () => import('./i18n/es').then((m) => m.es),
  ar: () => import('./i18n/ar').then((m) => m.ar),
});
