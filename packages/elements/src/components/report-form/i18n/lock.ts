/**
 * The lock offer's words by language: English with the offer's chunk, every other shipped
 * language its own module loaded when first read (see `defineCatalog`).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { defineCatalog } from '../../../i18n/registry';
import { en, type LockOfferWords } from './lock.en';

export type { LockAccountKind, LockOfferWords } from './lock.en';

/** The lock offer's words by language. */
export const LOCK_OFFER_WORDS: Readonly<Record<Lang, LockOfferWords>> = defineCatalog(
  'report-form-lock',
  en,
  {
    'zh-CN': () => import('./lock.zh-CN').then((m) => m.zhCN),
    'zh-TW': () => import('./lock.zh-TW').then((m) => m.zhTW),
    ja: () => import('./lock.ja').then((m) => m.ja),
    es: () => import('./lock.es').then((m) => m.es),
    ar: () => import('./lock.ar').then((m) => m.ar),
  },
);
