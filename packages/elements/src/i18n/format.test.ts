/**
 * The oracle: every shipped language's own formats (`catalogs/formats.<lang>.ts`, no `Intl`)
 * against Chromium's `Intl` for the same inputs, character for character: dates of every month,
 * the hours where a day period or a 12-hour clock turns, one- and two-digit days, odd years, the
 * daylight-saving edges of several time zones (emulated: the page's own zone, as a reader's would
 * be), and relative times of every unit, both ways, at every count that picks another form.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatsOf } from './catalogs/formats';
import { formatRelativeUnit } from './fast-format';
import { formatDate, formatDateTime, formatRelative } from './format';
import { LANGUAGES } from './lang';

/** Zones with daylight saving at 2 am, at midnight, by half an hour, and none (half-hour offset). */
const JANUARY_OFFSET: Record<string, number> = {
  'America/New_York': 300,
  'America/Santiago': 180,
  'Australia/Lord_Howe': -660,
  'Asia/Kolkata': -330,
};
const ZONES = [undefined, ...Object.keys(JANUARY_OFFSET)];
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
const MS = { year: 365 * 864e5, month: 30 * 864e5, week: 7 * 864e5, day: 864e5, hour: 36e5, minute: 6e4 };
const COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 21, 99, 100, 101, 102, 103, 111, 1000, 9999];
const BIG = [10_000, 12_345, 100_000, 1_000_000, 1_234_567, 2_000_000];
const HOURS: [number, number][] = [
  [0, 0],
  [0, 1],
  [0, 59],
  [1, 0],
  [4, 59],
  [5, 0],
  [7, 59],
  [8, 0],
  [9, 5],
  [11, 59],
  [12, 0],
  [12, 1],
  [12, 59],
  [13, 0],
  [17, 30],
  [18, 0],
  [18, 59],
  [19, 0],
  [21, 0],
  [23, 59],
];

/** Local dates of the corpus: every month, day and hour edge above, and a few years. */
function localDates(): Date[] {
  const dates: Date[] = [];
  for (const year of [2026, 2027, 2028])
    for (let month = 0; month < 12; month++)
      for (const day of [1, 9, 10, 28])
        for (const [h, m] of HOURS) dates.push(new Date(year, month, day, h, m));
  for (const year of [1, 9, 99, 999, 1000, 1999, 2000, 9999, 10_000, 275_000]) {
    const d = new Date(2026, 1, 29 % 28, 13, 7);
    d.setFullYear(year);
    dates.push(d);
  }
  dates.push(new Date(2028, 1, 29, 23, 59), new Date(2026, 11, 31, 23, 59), new Date(2027, 0, 1, 0, 0));
  return dates;
}

/** Instants around every change of this zone's UTC offset in 2026 and 2027, every 15 minutes. */
function offsetEdges(): Date[] {
  const dates: Date[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let t = start; t < Date.UTC(2028, 0, 1); t += 36e5) {
    if (new Date(t).getTimezoneOffset() === new Date(t + 36e5).getTimezoneOffset()) continue;
    for (let u = t - 3 * 36e5; u <= t + 4 * 36e5; u += 15 * 6e4) dates.push(new Date(u));
  }
  return dates;
}

/** What `Intl` gives, as the formatters did before they had formats of their own. */
const viaIntl = {
  dateTime: (lang: string, d: Date) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d),
  date: (lang: string, d: Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d),
};

function mismatches(lang: string, dates: Date[]): string[] {
  const dt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const d = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const out: string[] = [];
  for (const date of dates) {
    const fast = formatDateTime(lang as never, date);
    if (fast !== dt.format(date)) out.push(`${date.toISOString()}: ${fast} ≠ ${dt.format(date)}`);
    const fastDate = formatDate(lang as never, date);
    if (fastDate !== d.format(date)) out.push(`${date.toISOString()}: ${fastDate} ≠ ${d.format(date)}`);
  }
  return out;
}

describe('formats without Intl (the oracle: Chromium’s Intl)', () => {
  after(() => executeServerCommand('emulate-timezone', { timeZone: undefined }));

  it('every shipped language has formats of its own', () => {
    for (const lang of LANGUAGES) expect(formatsOf(lang), lang).to.not.equal(undefined);
    expect(formatsOf('ko')).to.equal(undefined);
  });

  for (const zone of ZONES) {
    it(`dates and times equal Intl's in ${zone ?? 'the machine’s zone'}`, async () => {
      await executeServerCommand('emulate-timezone', { timeZone: zone });
      // The emulation took: 1 January's offset is the zone's (minutes behind UTC).
      if (zone) expect(new Date(2026, 0, 1).getTimezoneOffset(), zone).to.equal(JANUARY_OFFSET[zone]);
      const edges = offsetEdges();
      if (zone && zone !== 'Asia/Kolkata')
        expect(edges.length, `${zone} changes its offset`).to.be.greaterThan(0);
      const dates = [...localDates(), ...edges];
      for (const lang of LANGUAGES) expect(mismatches(lang, dates), lang).to.deep.equal([]);
    });
  }

  it('relative times of every unit and count equal Intl’s (numeric: auto)', () => {
    for (const lang of LANGUAGES) {
      const words = formatsOf(lang)!;
      const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
      const out: string[] = [];
      for (const unit of UNITS)
        for (const n of [...COUNTS, ...BIG])
          for (const value of [n, -n]) {
            const fast = formatRelativeUnit(words, value, unit);
            if (fast !== rtf.format(value, unit))
              out.push(`${value} ${unit}: ${fast} ≠ ${rtf.format(value, unit)}`);
          }
      expect(out, lang).to.deep.equal([]);
    }
  });

  it('formatRelative picks the same unit and words as through Intl, to the minute and back', () => {
    const now = new Date(2026, 10, 27, 12, 0);
    for (const lang of LANGUAGES) {
      const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
      const reference = (diff: number) => {
        for (const unit of UNITS)
          if (Math.abs(diff) >= MS[unit]) return rtf.format(Math.round(diff / MS[unit]), unit);
        return rtf.format(0, 'second');
      };
      const out: string[] = [];
      const diffs = [0, 1, 59_999, 60_000, 89_999, 90_000];
      for (const unit of UNITS) for (const n of [...COUNTS, 1.49, 1.5, 2.5]) diffs.push(n * MS[unit]);
      for (const diff of [...diffs, ...diffs.map((x) => -x)]) {
        const fast = formatRelative(lang, new Date(now.getTime() + diff), now);
        if (fast !== reference(diff)) out.push(`${diff} ms: ${fast} ≠ ${reference(diff)}`);
      }
      expect(out, lang).to.deep.equal([]);
    }
  });

  it('an explicit time zone, a language without formats and a year before 1 go through Intl', () => {
    const at = new Date(Date.UTC(2026, 10, 27, 23, 30));
    expect(formatDateTime('en', at, 'Asia/Shanghai')).to.equal('Nov 28, 2026, 7:30 AM');
    expect(formatDateTime('ko' as never, at)).to.equal(viaIntl.dateTime('ko', at));
    const bc = new Date(at);
    bc.setFullYear(-5);
    expect(formatDate('en', bc)).to.equal(viaIntl.date('en', bc));
    expect(() => formatDateTime('en', new Date(Number.NaN))).to.throw(RangeError);
  });
});
