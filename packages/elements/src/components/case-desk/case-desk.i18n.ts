/**
 * The words of `<recourse-case-desk>` (support agents): the codes its catalogs cover and the
 * catalogs by language, one file per language (`i18n/en.ts` is the source and its interface the
 * catalog type; the test checks core's code lists). State and event labels come from the shared
 * domain catalog.
 * @module
 */
import type { Lang } from '../../i18n/lang';
import { ar } from './i18n/ar';
import { type CaseDeskCatalog, en } from './i18n/en';
import { es } from './i18n/es';
import { ja } from './i18n/ja';
import { zhCN } from './i18n/zh-CN';
import { zhTW } from './i18n/zh-TW';

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
export const CASE_DESK_CATALOGS: Record<Lang, CaseDeskCatalog> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  es,
  ar,
};
