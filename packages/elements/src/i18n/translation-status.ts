/**
 * Shipped languages whose translation is under way. While a language is listed here, its catalog
 * files that still start with the `// TODO(translate)` line (an English copy) are exempt from the
 * "not identical to English" rule of the catalog test (`scripts/catalogs.test.ts`); a file
 * without that line is checked in full. Once the translations are merged this list is emptied,
 * and from then on any file still marked `TODO(translate)`, or any string left in English that is
 * not listed as intentionally identical, fails the test.
 * @module
 */
import type { Lang } from './lang';

/** Languages being translated now (empty once every shipped language is complete). */
export const TRANSLATIONS_IN_PROGRESS: readonly Lang[] = [];

/**
 * Catalog strings that are the same in English and in other languages on purpose (names, codes,
 * units): `'<catalog> <path>'` (the catalog as the test names it, e.g.
 * `elements/i18n/catalogs/dossier.<lang>.ts`, and the key path) → the languages, or `'*'` for all.
 */
export const IDENTICAL_TO_ENGLISH: Readonly<Record<string, readonly Lang[] | '*'>> = {
  'elements/i18n/catalogs/dossier.<lang>.ts sha256': '*',
  'elements/views/i18n/report-summary.<lang>.ts no': ['es'],
  'elements/components/report-form/i18n/first-step.<lang>.ts ui.no': ['es'],
};
