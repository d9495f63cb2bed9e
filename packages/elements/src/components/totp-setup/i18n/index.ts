/**
 * The words of `<recourse-totp-setup>`, one file per language (`en.ts` is the source and its type
 * the catalog type; `zh-CN.ts` is complete).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { en, type TotpSetupCatalog } from './en';
import { zhCN } from './zh-CN';

export type { TotpSetupCatalog } from './en';

/** Every language's words. */
export const TOTP_SETUP_CATALOGS: Record<Lang, TotpSetupCatalog> = { en, 'zh-CN': zhCN };
