/**
 * Dates and relative times written out per language (`formats.<lang>.ts`), so the tracker and
 * the desk format them without `Intl` (ADR 0033). English is here; the other shipped languages
 * load as their own chunks, like every catalog. Unlike words, a language never borrows another's
 * formats: a language without its own (a platform's, or a shipped one still loading) goes through
 * `Intl`.
 * @module
 */
import { defineCatalog, ownCatalog, ownCatalogReady } from '../registry';
import { en, type FormatWords } from './formats.en';

export type { FormatWords, RelativeUnitWords } from './formats.en';

defineCatalog('formats', en, {
  'zh-CN': () => import('./formats.zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./formats.zh-TW').then((m) => m.zhTW),
  ja: () => import('./formats.ja').then((m) => m.ja),
  es: () => import('./formats.es').then((m) => m.es),
  ar: () => import('./formats.ar').then((m) => m.ar),
});

/** A language's own formats, or `undefined` (loading, or none: use `Intl`). */
export const formatsOf = (lang: string): FormatWords | undefined =>
  ownCatalog('formats', lang) as FormatWords | undefined;

/**
 * Settles once a language's own formats are in (at once for English, a registered language or
 * one without): a widget awaits it before its first dated render, so that render needs no `Intl`.
 */
export const formatsReady = (lang: string): Promise<void> => ownCatalogReady('formats', lang);
