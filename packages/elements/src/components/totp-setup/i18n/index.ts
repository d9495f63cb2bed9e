/**
 * The words of `<recourse-totp-setup>`, one file per language (`en.ts` is the source and its type
 * the catalog type; `zh-CN.ts` is complete).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { defineCatalog } from '../../../i18n/registry';
import { en, type TotpSetupCatalog } from './en';

export type { TotpSetupCatalog } from './en';

/** Every language's words. */
export const TOTP_SETUP_CATALOGS: Readonly<Record<Lang, TotpSetupCatalog>> = defineCatalog('totp-setup', en, {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.zhTW),
  ja: () => import('./ja').then((m) => m.ja),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
});
