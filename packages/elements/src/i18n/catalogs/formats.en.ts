/**
 * English dates and relative times, as Chromium's `Intl` writes them (`dateStyle: 'medium'`,
 * `timeStyle: 'short'`, `RelativeTimeFormat` with `numeric: 'auto'`), so the tracker and the desk
 * show them without starting ICU (ADR 0033). Every shipped language has this catalog; a platform's
 * language may register one (`registerTranslation(lang, { formats })`), else its dates go
 * through `Intl`. The oracle test (`i18n/format.test.ts`) holds each language to `Intl`'s output.
 * @module
 */
import type { PluralForms } from '../plural';
/** One unit of relative time: the words for ±1 and ±2 (`numeric: 'auto'`), and the counted forms. */
export interface RelativeUnitWords {
  '-2': string;
  '-1': string;
  '1': string;
  '2': string;
  /** `{n}` units ago, by plural category. */
  past: PluralForms;
  /** In `{n}` units, by plural category. */
  future: PluralForms;
}

/** A language's dates and relative times, for `formatDate`, `formatDateTime`, `formatRelative`. */
export interface FormatWords {
  /** CLDR pattern of a medium date (`y`, `M`, `MM`, `MMM`, `d`, `dd`; text in '…'). */
  date: string;
  /** CLDR pattern of a medium date with a short time (also `h`, `hh`, `H`, `HH`, `mm`, `a`, `B`). */
  dateTime: string;
  /** Abbreviated month names (`MMM`), January first. */
  months: readonly string[];
  /**
   * Day periods: `HH:MM word` from that time of day on, `|` between them. `B` takes the one in
   * force at the time; `a` the one in force at midnight (AM) or noon (PM).
   */
  periods: string;
  /** The thousands separator of counts. */
  group: string;
  /** Digits a count needs above the first group before it is grouped (1: 1,000; 2: 10.000). */
  minimumGrouping: number;
  /** The plural category of a whole number, as `Intl.PluralRules` gives it. */
  plural(n: number): Intl.LDMLPluralRule;
  relative: {
    /** Under a minute. */
    now: string;
    year: RelativeUnitWords;
    month: RelativeUnitWords;
    week: RelativeUnitWords;
    day: RelativeUnitWords;
    hour: RelativeUnitWords;
    minute: RelativeUnitWords;
  };
}

/** English dates and relative times (see `formats.en.ts`). */
export const en: FormatWords = {
  date: 'MMM d, y',
  dateTime: 'MMM d, y, h:mm a',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  periods: '00:00 AM|12:00 PM',
  group: ',',
  minimumGrouping: 1,
  plural: (n) => (n === 1 ? 'one' : 'other'),
  relative: {
    now: 'now',
    year: {
      '-2': '2 years ago',
      '-1': 'last year',
      '1': 'next year',
      '2': 'in 2 years',
      past: { other: '{n} years ago' },
      future: { other: 'in {n} years' },
    },
    month: {
      '-2': '2 months ago',
      '-1': 'last month',
      '1': 'next month',
      '2': 'in 2 months',
      past: { other: '{n} months ago' },
      future: { other: 'in {n} months' },
    },
    week: {
      '-2': '2 weeks ago',
      '-1': 'last week',
      '1': 'next week',
      '2': 'in 2 weeks',
      past: { other: '{n} weeks ago' },
      future: { other: 'in {n} weeks' },
    },
    day: {
      '-2': '2 days ago',
      '-1': 'yesterday',
      '1': 'tomorrow',
      '2': 'in 2 days',
      past: { other: '{n} days ago' },
      future: { other: 'in {n} days' },
    },
    hour: {
      '-2': '2 hours ago',
      '-1': '1 hour ago',
      '1': 'in 1 hour',
      '2': 'in 2 hours',
      past: { other: '{n} hours ago' },
      future: { other: 'in {n} hours' },
    },
    minute: {
      '-2': '2 minutes ago',
      '-1': '1 minute ago',
      '1': 'in 1 minute',
      '2': 'in 2 minutes',
      past: { other: '{n} minutes ago' },
      future: { other: 'in {n} minutes' },
    },
  },
};
