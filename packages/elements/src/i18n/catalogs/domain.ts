/**
 * Words for the workflow's codes: customer statuses, internal states, timeline events, roles.
 * Shared by the tracker, the desk and the dossier. One file per language (`domain.<lang>.ts`):
 * English is the source and its interface the catalog type; a test checks them against core's
 * code lists.
 * @module
 */
import type { Lang } from '../lang';
import { defineCatalog } from '../registry';
import { type DomainCatalog, en } from './domain.en';

export type { DomainCatalog } from './domain.en';

/** The domain vocabulary in every language. */
export const DOMAIN_CATALOGS: Readonly<Record<Lang, DomainCatalog>> = defineCatalog('domain', en, {
  'zh-CN': () => import('./domain.zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./domain.zh-TW').then((m) => m.zhTW),
  ja: () => import('./domain.ja').then((m) => m.ja),
  es: () => import('./domain.es').then((m) => m.es),
  ar: () => import('./domain.ar').then((m) => m.ar),
});
