/**
 * Dates, relative times and numbers in the reader's language. Dates and relative times in the
 * reader's time zone come from the language's own formats where it has them (every shipped
 * language: `catalogs/formats.<lang>.ts`, no `Intl`, ADR 0033); the rest through `Intl`.
 * @module
 */
import { formatsOf } from './catalogs/formats';
import { formatPattern, formatRelativeUnit } from './fast-format';
import type { Lang } from './lang';

/**
 * `Intl` formatters by language, options and time zone, made once: building one costs far more
 * than using it, and a timeline formats dozens of dates. The first formatter of a page is the
 * dearest (it loads ICU's data for the language, paid once whatever we do; its measured cost is
 * in bench/RESULTS.md).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** A date and time, e.g. "27 Nov 2026, 14:05" / "2026年11月27日 14:05". */
export function formatDateTime(lang: Lang, value: string | Date, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const words = timeZone === undefined ? formatsOf(lang) : undefined;
  const fast = words && formatPattern(words, words.dateTime, date);
  if (fast !== undefined) return fast;
  return formatter(
    `dt|${lang}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(date);
}

/** A date without time. */
export function formatDate(lang: Lang, value: string | Date, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const words = timeZone === undefined ? formatsOf(lang) : undefined;
  const fast = words && formatPattern(words, words.date, date);
  if (fast !== undefined) return fast;
  return formatter(
    `d|${lang}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone }),
  ).format(date);
}

const UNITS: ['year' | 'month' | 'week' | 'day' | 'hour' | 'minute', number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 days", "5 minutes ago", "3天后", "5分钟前"; under a minute is "now". */
export function formatRelative(lang: Lang, value: string | Date, now: Date = new Date()): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const diff = date.getTime() - now.getTime();
  const words = formatsOf(lang);
  const rtf = () => formatter(`rt|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) {
      const value = Math.round(diff / ms);
      return words ? formatRelativeUnit(words, value, unit) : rtf().format(value, unit);
    }
  }
  return words ? words.relative.now : rtf().format(0, 'second');
}

/** A number with the language's grouping. */
export function formatNumber(lang: Lang, value: number): string {
  return formatter(`n|${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** A file size, e.g. "1.2 MB". */
export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  const unit = units[i]!;
  return formatter(
    `b|${lang}|${unit}`,
    () =>
      new Intl.NumberFormat(lang, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: i === 0 ? 0 : 1,
      }),
  ).format(value);
}
