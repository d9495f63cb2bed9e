import { LANGUAGES, type Lang } from './lang';
import { hasOwnCatalog } from './registry';

/**
 * Whether a language's dates go through `Intl`: it has no formats of its own (a platform's
 * language that registered none). The shipped languages all have theirs (ADR 0033).
 */
export const datesNeedIntl = (lang: Lang): boolean =>
  !(LANGUAGES as readonly string[]).includes(lang) && !hasOwnCatalog('formats', lang);

/**
 * Loads the `Intl` data a widget's first dates need, ahead of its first render, for a language
 * whose dates go through `Intl` (`datesNeedIntl`): the first `Intl` formatter of a page is far
 * dearer than any later one (it starts ICU: ADR 0033, the measured cost in bench/RESULTS.md). A
 * widget that waits for the network calls this (on a timer) while it waits. Standalone (no
 * formatter cache): the initial bundle only carries these few lines.
 */
export function warmIntl(lang: Lang): void {
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(1, 'day');
}
