/**
 * Languages the widgets speak and how an element finds its own: its `lang` attribute, else the
 * nearest ancestor's (crossing shadow roots), else `<html lang>`, else English.
 * @module
 */

/** Languages with a complete catalog. English is the source. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
/** A supported language. */
export type Lang = (typeof LANGUAGES)[number];

/**
 * Maps any BCP 47 tag to a supported language: every Chinese tag written in simplified script
 * (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`, `zh-Hans-HK`) is `zh-CN`; everything else falls back to
 * English (a traditional-script catalog does not exist yet, and English beats a wrong script).
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  const t = (tag ?? '').trim().toLowerCase();
  if (
    t === 'zh' ||
    t.startsWith('zh-cn') ||
    t.startsWith('zh-sg') ||
    t.startsWith('zh-hans') ||
    t === 'zh-my'
  ) {
    return 'zh-CN';
  }
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
