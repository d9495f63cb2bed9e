import type { FormatWords } from './formats.en';

/** Japanese dates and relative times (see `formats.en.ts`). */
export const ja: FormatWords = {
  date: 'y/MM/dd',
  dateTime: 'y/MM/dd H:mm',
  months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  periods: '00:00 午前|12:00 午後',
  group: ',',
  minimumGrouping: 1,
  plural: () => 'other',
  relative: {
    now: '今',
    year: {
      '-2': '2 年前',
      '-1': '昨年',
      '1': '来年',
      '2': '2 年後',
      past: { other: '{n} 年前' },
      future: { other: '{n} 年後' },
    },
    month: {
      '-2': '2 か月前',
      '-1': '先月',
      '1': '来月',
      '2': '2 か月後',
      past: { other: '{n} か月前' },
      future: { other: '{n} か月後' },
    },
    week: {
      '-2': '2 週間前',
      '-1': '先週',
      '1': '来週',
      '2': '2 週間後',
      past: { other: '{n} 週間前' },
      future: { other: '{n} 週間後' },
    },
    day: {
      '-2': '一昨日',
      '-1': '昨日',
      '1': '明日',
      '2': '明後日',
      past: { other: '{n} 日前' },
      future: { other: '{n} 日後' },
    },
    hour: {
      '-2': '2 時間前',
      '-1': '1 時間前',
      '1': '1 時間後',
      '2': '2 時間後',
      past: { other: '{n} 時間前' },
      future: { other: '{n} 時間後' },
    },
    minute: {
      '-2': '2 分前',
      '-1': '1 分前',
      '1': '1 分後',
      '2': '2 分後',
      past: { other: '{n} 分前' },
      future: { other: '{n} 分後' },
    },
  },
};
