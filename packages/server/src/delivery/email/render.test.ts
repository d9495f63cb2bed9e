import { describe, expect, it } from 'vitest';
import { catalogFor, EMAIL_LANGUAGES } from './render';

describe('catalogFor', () => {
  it('finds every shipped language exactly', () => {
    for (const lang of EMAIL_LANGUAGES) expect(catalogFor(lang).lang).toBe(lang);
  });

  it('falls back by tag: Chinese by script or region, then the primary subtag, then English', () => {
    const cases: [string, string][] = [
      ['zh-HK', 'zh-TW'],
      ['zh-MO', 'zh-TW'],
      ['zh-Hant', 'zh-TW'],
      ['zh-Hans-HK', 'zh-CN'],
      ['zh', 'zh-CN'],
      ['zh-SG', 'zh-CN'],
      ['es-MX', 'es'],
      ['ja-JP', 'ja'],
      ['ar-EG', 'ar'],
      ['ko', 'en'],
      ['', 'en'],
    ];
    for (const [tag, lang] of cases) expect(catalogFor(tag).lang, tag).toBe(lang);
    expect(catalogFor(undefined, 'ja').lang).toBe('ja');
  });
});
