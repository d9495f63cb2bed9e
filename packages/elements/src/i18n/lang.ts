/**
 * Languages the widgets speak and how an element finds its own: its `lang` attribute, else the
 * nearest ancestor's (crossing shadow roots), else `<html lang>`, else English.
 * @module
 */
import { isKnownLanguage, languageChain, spellLanguage } from './registry';

/**
 * The shipped languages: each has a file in every catalog (English is the source, in the initial
 * bundle; the others load when a widget first speaks them). Languages still being translated are
 * listed in `translation-status.ts`.
 */
export const LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'es', 'ar'] as const;
/** A shipped language. */
export type ShippedLang = (typeof LANGUAGES)[number];
/**
 * A language a widget speaks. Typed as the shipped languages (so catalogs index without
 * `undefined`); at run time it may also be a tag a host registered (`registerTranslation`), which
 * every catalog answers too, and which `shippedLang` maps back where only a shipped one will do.
 */
export type Lang = ShippedLang;

const SHIPPED = new Map<string, ShippedLang>(LANGUAGES.map((lang) => [lang.toLowerCase(), lang]));

/**
 * Maps any BCP 47 tag to the language a widget speaks: the first of its fallback chain
 * (`languageChain`: `zh-HK` → `zh-TW` → `zh`, `es-MX` → `es`, anything → `en`) that is shipped or
 * registered. Chinese in simplified script (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`) is `zh-CN`, in
 * traditional script (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`) `zh-TW`.
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  for (const lang of languageChain(tag ?? '')) {
    const shipped = SHIPPED.get(lang);
    if (shipped) return shipped;
    if (isKnownLanguage(lang)) return spellLanguage(lang) as Lang;
  }
  return 'en';
}

/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`. */
export function directionOf(lang: Lang): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A shipped language for a spoken one (contact language, notices): itself, else English. */
export function shippedLang(lang: Lang): ShippedLang {
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as ShippedLang) : 'en';
}

/** Finds the `lang` that applies to an element, walking out of shadow roots. */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const value = found.getAttribute('lang');
      if (value) return normalizeLang(value);
    }
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return normalizeLang(element.ownerDocument?.documentElement.lang);
}
