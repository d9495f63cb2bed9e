/**
 * The words of `<recourse-totp-setup>`, one file per language (`en.ts` is the source and its type
 * the catalog type; `zh-CN.ts` is complete).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { ar } from './ar';
import { en, type TotpSetupCatalog } from './en';
import { es } from './es';
import { ja } from './ja';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export type { TotpSetupCatalog } from './en';

/** Every language's words. */
export const TOTP_SETUP_CATALOGS: Record<Lang, TotpSetupCatalog> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  es,
  ar,
};
