/**
 * Words for the workflow's codes: customer statuses, internal states, timeline events, roles.
 * Shared by the tracker, the desk and the dossier. One file per language (`domain.<lang>.ts`):
 * English is the source and its interface the catalog type; a test checks them against core's
 * code lists.
 * @module
 */
import type { Lang } from '../lang';
import { ar } from './domain.ar';
import { type DomainCatalog, en } from './domain.en';
import { es } from './domain.es';
import { ja } from './domain.ja';
import { zhCN } from './domain.zh-CN';
import { zhTW } from './domain.zh-TW';

export type { DomainCatalog } from './domain.en';

/** The domain vocabulary in every language. */
export const DOMAIN_CATALOGS: Record<Lang, DomainCatalog> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, es, ar };
