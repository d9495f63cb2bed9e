/**
 * The writing direction of a language, for documents core renders (the dossier).
 * @module
 */

/** Primary subtags of languages written right to left. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'fa',
  'ur',
  'ps',
  'yi',
  'dv',
  'ckb',
  'sd',
  'ug',
]);

/** `rtl` for Arabic, Hebrew, Persian, Urdu… (by primary subtag), else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
