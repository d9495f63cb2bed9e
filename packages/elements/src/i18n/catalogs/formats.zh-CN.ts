import type { FormatWords } from './formats.en';

/** Simplified Chinese dates and relative times (see `formats.en.ts`). */
export const zhCN: FormatWords = {
  date: 'y年M月d日',
  dateTime: 'y年M月d日 HH:mm',
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  periods: '00:00 上午|12:00 下午',
  group: ',',
  minimumGrouping: 1,
  plural: () => 'other',
  relative: {
    now: '现在',
    year: {
      '-2': '2年前',
      '-1': '去年',
      '1': '明年',
      '2': '2年后',
      past: { other: '{n}年前' },
      future: { other: '{n}年后' },
    },
    month: {
      '-2': '2个月前',
      '-1': '上个月',
      '1': '下个月',
      '2': '2个月后',
      past: { other: '{n}个月前' },
      future: { other: '{n}个月后' },
    },
    week: {
      '-2': '2周前',
      '-1': '上周',
      '1': '下周',
      '2': '2周后',
      past: { other: '{n}周前' },
      future: { other: '{n}周后' },
    },
    day: {
      '-2': '前天',
      '-1': '昨天',
      '1': '明天',
      '2': '后天',
      past: { other: '{n}天前' },
      future: { other: '{n}天后' },
    },
    hour: {
      '-2': '2小时前',
      '-1': '1小时前',
      '1': '1小时后',
      '2': '2小时后',
      past: { other: '{n}小时前' },
      future: { other: '{n}小时后' },
    },
    minute: {
      '-2': '2分钟前',
      '-1': '1分钟前',
      '1': '1分钟后',
      '2': '2分钟后',
      past: { other: '{n}分钟前' },
      future: { other: '{n}分钟后' },
    },
  },
};
