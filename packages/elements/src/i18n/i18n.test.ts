import { expect, fixture, html } from '@open-wc/testing';
import { COMMUNICATION_KINDS, CUSTOMER_STATUSES, EVENT_TYPES, MAIN_STATES, ROLES } from '@recourse/core';
import {
  DOMAIN_CATALOGS,
  dossierLabels,
  formatBytes,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelative,
  interpolate,
  LANGUAGES,
  normalizeLang,
  resolveLang,
} from './index';

const CJK = /[\u4e00-\u9fff]/;

describe('normalizeLang', () => {
  it('maps Chinese tags by script, other shipped languages by primary subtag, the rest to English', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-cn', 'zh-Hans', 'zh-Hans-HK', 'zh-SG'])
      expect(normalizeLang(tag), tag).to.equal('zh-CN');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN'])
      expect(normalizeLang(tag), tag).to.equal('zh-TW');
    expect(normalizeLang('ja-JP')).to.equal('ja');
    expect(normalizeLang('es-MX')).to.equal('es');
    expect(normalizeLang('ar-EG')).to.equal('ar');
    for (const tag of ['en', 'en-GB', 'fr', '', null, undefined]) expect(normalizeLang(tag)).to.equal('en');
  });
});

describe('resolveLang', () => {
  it('uses the nearest lang, crossing shadow roots, then <html lang>', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><span id="host"></span></div>`);
    const host = outer.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    shadow.append(inner);
    expect(resolveLang(inner)).to.equal('zh-CN');
    outer.setAttribute('lang', 'en-GB');
    expect(resolveLang(inner)).to.equal('en');
    inner.setAttribute('lang', 'zh');
    expect(resolveLang(inner)).to.equal('zh-CN');
  });
});

describe('catalogs', () => {
  const lists = {
    status: CUSTOMER_STATUSES,
    state: ['none', ...MAIN_STATES],
    event: EVENT_TYPES,
    role: ROLES,
  } as const;

  for (const lang of LANGUAGES) {
    it(`${lang}: has a non-empty string for every code of core`, () => {
      const catalog = DOMAIN_CATALOGS[lang] as unknown as Record<string, Record<string, string>>;
      for (const [ns, codes] of Object.entries(lists)) {
        for (const code of codes) {
          const text = catalog[ns]?.[code];
          expect(text, `${lang} ${ns}.${code}`).to.be.a('string').and.not.equal('');
          if (lang === 'zh-CN') expect(CJK.test(text!), `${ns}.${code} is Chinese`).to.equal(true);
        }
      }
      const labels = dossierLabels(lang);
      for (const kind of COMMUNICATION_KINDS)
        expect(labels.communicationKinds[kind]).to.be.a('string').and.not.equal('');
      expect(labels.chainVerified).to.contain('{head}');
      expect(labels.chainBroken).to.contain('{seq}');
    });
  }
});

describe('formatting', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('says relative times in both languages', () => {
    expect(formatRelative('en', '2026-11-30T12:00:00Z', now)).to.equal('in 3 days');
    expect(formatRelative('zh-CN', '2026-11-30T12:00:00Z', now)).to.equal('3天后');
    expect(formatRelative('en', '2026-11-27T11:55:00Z', now)).to.equal('5 minutes ago');
    expect(formatRelative('en', '2026-11-27T11:59:50Z', now)).to.equal('now');
  });
  it('formats dates, sizes and numbers per language and time zone (formatters are reused, never mixed up)', () => {
    const at = '2026-11-27T23:30:00Z';
    for (let round = 0; round < 2; round++) {
      expect(formatDateTime('en', at, 'UTC')).to.equal('Nov 27, 2026, 11:30 PM');
      expect(formatDateTime('en', at, 'Asia/Shanghai')).to.equal('Nov 28, 2026, 7:30 AM');
      expect(formatDateTime('zh-CN', at, 'Asia/Shanghai')).to.equal('2026年11月28日 07:30');
      expect(formatDate('zh-CN', at, 'UTC')).to.equal('2026年11月27日');
      expect(formatBytes('en', 999)).to.equal('999 byte');
      expect(formatBytes('en', 1500)).to.equal('1.5 kB');
      expect(formatBytes('en', 2_500_000)).to.equal('2.5 MB');
      expect(formatNumber('en', 12345)).to.equal('12,345');
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} of {max}', { n: 2, max: 10 })).to.equal('2 of 10');
    expect(interpolate('{missing}', {})).to.equal('{missing}');
  });
});
