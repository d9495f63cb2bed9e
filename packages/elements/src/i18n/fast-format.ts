/**
 * Dates and relative times from a language's `FormatWords`, with the `Date` getters of the
 * reader's time zone and no `Intl` (the first `Intl` object of a page starts ICU: ADR 0033). The
 * output is `Intl`'s, character for character, in Chromium (the oracle test, `format.test.ts`).
 * @module
 */
import type { FormatWords } from './catalogs/formats';

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The word of `periods` ("HH:MM word|…") that applies at `minutes` past midnight. */
function period(periods: string, minutes: number): string {
  let word = '';
  for (const entry of periods.split('|')) {
    const space = entry.indexOf(' ');
    const [h, m] = entry.slice(0, space).split(':');
    if (Number(h) * 60 + Number(m) <= minutes) word = entry.slice(space + 1);
  }
  return word;
}

/** One CLDR field (`MMM`, `d`, `HH`…) of a date; `undefined` for a field this does not know. */
function field(words: FormatWords, token: string, date: Date): string | undefined {
  const hours = date.getHours();
  switch (token) {
    case 'y':
      return String(date.getFullYear());
    case 'M':
      return String(date.getMonth() + 1);
    case 'MM':
      return pad(date.getMonth() + 1);
    case 'MMM':
      return words.months[date.getMonth()];
    case 'd':
      return String(date.getDate());
    case 'dd':
      return pad(date.getDate());
    case 'H':
      return String(hours);
    case 'HH':
      return pad(hours);
    case 'h':
      return String(hours % 12 || 12);
    case 'hh':
      return pad(hours % 12 || 12);
    case 'mm':
      return pad(date.getMinutes());
    case 'a':
      return period(words.periods, hours < 12 ? 0 : 720);
    case 'B':
      return period(words.periods, hours * 60 + date.getMinutes());
    default:
      return undefined;
  }
}

/** A pattern's tokens (quoted text, a field, literal text), split once per pattern. */
const tokenized = new Map<string, string[]>();
function tokensOf(pattern: string): string[] {
  let tokens = tokenized.get(pattern);
  if (!tokens) {
    tokens = Array.from(pattern.matchAll(/'[^']*'|([A-Za-z])\1*|[^'A-Za-z]+/g), ([token]) => token);
    tokenized.set(pattern, tokens);
  }
  return tokens;
}

/**
 * A date by a CLDR pattern (`MMM d, y, h:mm a`; text in '…'), or `undefined` where `Intl` must
 * answer: an invalid date, a year before 1 (an era), a field not known here.
 */
export function formatPattern(words: FormatWords, pattern: string, date: Date): string | undefined {
  if (!(date.getFullYear() >= 1)) return undefined;
  let out = '';
  for (const token of tokensOf(pattern)) {
    if (token.startsWith("'")) out += token.length === 2 ? "'" : token.slice(1, -1);
    else if (/^[A-Za-z]/.test(token)) {
      const value = field(words, token, date);
      if (value === undefined) return undefined;
      out += value;
    } else out += token;
  }
  return out;
}

/** A whole count with the language's grouping (`1,000`; Spanish `1000`, `10.000`). */
function count(words: FormatWords, n: number): string {
  const digits = String(n);
  if (digits.length < 4 + words.minimumGrouping - 1) return digits;
  return digits.replace(/\B(?=(\d{3})+$)/g, words.group);
}

/** `RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit)` for a whole `value` ≠ 0. */
export function formatRelativeUnit(
  words: FormatWords,
  value: number,
  unit: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute',
): string {
  const w = words.relative[unit];
  const named = w[String(value) as '-2' | '-1' | '1' | '2'];
  if (named !== undefined) return named;
  const n = Math.abs(value);
  const forms = value < 0 ? w.past : w.future;
  return (forms[words.plural(n)] ?? forms.other).replace('{n}', count(words, n));
}
