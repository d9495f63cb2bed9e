/**
 * Languages the widgets speak and how an element finds its own: its `lang` attribute, else the
 * nearest ancestor's (crossing shadow roots), else `<html lang>`, else English.
 * @module
 */

/**
 * The shipped languages: each has a file in every catalog (English is the source). Languages
 * still being translated are listed in `translation-status.ts`.
 */
export const LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'es', 'ar'] as const;
/** A shipped language. */
export type Lang = (typeof LANGUAGES)[number];

/**
 * Maps any BCP 47 tag to a shipped language: Chinese in simplified script (`zh`, `zh-CN`,
 * `zh-Hans`, `zh-SG`, `zh-MY`) is `zh-CN`, in traditional script (`zh-TW`, `zh-HK`, `zh-MO`,
 * `zh-Hant`) `zh-TW`; `ja-*`, `es-*` and `ar-*` are `ja`, `es` and `ar`; everything else English.
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  const t = (tag ?? '').trim().toLowerCase();
  const [primary = '', ...rest] = t.split(/[-_]/);
  if (primary === 'zh') {
    const script = rest.find((s) => s === 'hans' || s === 'hant');
    if (script === 'hant') return 'zh-TW';
    if (script === 'hans') return 'zh-CN';
    return rest.some((s) => s === 'tw' || s === 'hk' || s === 'mo') ? 'zh-TW' : 'zh-CN';
  }
  if (primary === 'ja' || primary === 'es' || primary === 'ar') return primary;
  return 'en';
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
