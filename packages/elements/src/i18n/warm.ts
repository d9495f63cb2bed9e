import type { Lang } from './lang';

/**
 * Loads the `Intl` data a widget's first dates need, ahead of its first render. The first
 * `Intl` formatter of a page is far dearer than any later one, kept or not: it loads ICU's data
 * for the language (the measured cost: bench/RESULTS.md). A widget that waits for the network
 * calls this (on a timer) while it waits, so that cost is off the way to its first render.
 * Standalone (no formatter cache): the initial bundle only carries these few lines.
 */
export function warmIntl(lang: Lang): void {
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(1, 'day');
}
