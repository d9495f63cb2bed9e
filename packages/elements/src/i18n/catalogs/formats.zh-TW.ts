import type { FormatWords } from './formats.en';

/** Traditional Chinese dates and relative times (see `formats.en.ts`). */
export const zhTW: FormatWords = {
  date: 'y年M月d日',
  dateTime: 'y年M月d日 Bh:mm',
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  periods: '00:00 凌晨|05:00 清晨|08:00 上午|12:00 中午|13:00 下午|19:00 晚上',
  group: ',',
  minimumGrouping: 1,
  plural: () => 'other',
  relative: {
    now: '現在',
    year: {
      '-2': '2 年前',
      '-1': '去年',
      '1': '明年',
      '2': '2 年後',
      past: { other: '{n} 年前' },
      future: { other: '{n} 年後' },
    },
    month: {
      '-2': '2 個月前',
      '-1': '上個月',
      '1': '下個月',
      '2': '2 個月後',
      past: { other: '{n} 個月前' },
      future: { other: '{n} 個月後' },
    },
    week: {
      '-2': '2 週前',
      '-1': '上週',
      '1': '下週',
      '2': '2 週後',
      past: { other: '{n} 週前' },
      future: { other: '{n} 週後' },
    },
    day: {
      '-2': '前天',
      '-1': '昨天',
      '1': '明天',
      '2': '後天',
      past: { other: '{n} 天前' },
      future: { other: '{n} 天後' },
    },
    hour: {
      '-2': '2 小時前',
      '-1': '1 小時前',
      '1': '1 小時後',
      '2': '2 小時後',
      past: { other: '{n} 小時前' },
      future: { other: '{n} 小時後' },
    },
    minute: {
      '-2': '2 分鐘前',
      '-1': '1 分鐘前',
      '1': '1 分鐘後',
      '2': '2 分鐘後',
      past: { other: '{n} 分鐘前' },
      future: { other: '{n} 分鐘後' },
    },
  },
};
