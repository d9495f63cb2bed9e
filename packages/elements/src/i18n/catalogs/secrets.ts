/**
 * What the widgets say when the secret guard stops a text: what it looks like, why it must not be
 * sent, and that the platform never asks for it. Shared by the report form and the tracker, whose
 * catalogs of a language take the guard's words of the same language (`secrets.<lang>.ts`).
 * @module
 */
import type { Lang } from '../lang';
import { defineCatalog } from '../registry';
import { en, type SecretWords } from './secrets.en';

export type { SecretWords } from './secrets.en';

/** The guard's words by language (en is the source). */
export const SECRET_WORDS: Readonly<Record<Lang, SecretWords>> = defineCatalog('secrets', en, {
  'zh-CN': () => import('./secrets.zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./secrets.zh-TW').then((m) => m.zhTW),
  ja: () => import('./secrets.ja').then((m) => m.ja),
  es: () => import('./secrets.es').then((m) => m.es),
  ar: () => import('./secrets.ar').then((m) => m.ar),
});
