import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CASE_TRACKER_CATALOGS } from '../components/case-tracker/case-tracker.i18n';
import type { CaseTrackerCatalog } from '../components/case-tracker/i18n/en';
import '../define/recourse-case-tracker';
import { DOMAIN_CATALOGS } from './catalogs/domain';
import { normalizeLang } from './lang';
import {
  defineCatalog,
  hasOwnCatalog,
  languageChain,
  overrideTranslation,
  ownCatalog,
  ownCatalogReady,
  registerTranslation,
} from './registry';

describe('languageChain', () => {
  it('falls back by tag, through the Chinese scripts, to English', () => {
    expect(languageChain('zh-HK')).to.deep.equal(['zh-hk', 'zh-tw', 'zh', 'en']);
    expect(languageChain('zh-Hant-TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh-tw', 'zh', 'en']);
    expect(languageChain('zh-SG')).to.deep.equal(['zh-sg', 'zh-cn', 'zh', 'en']);
    expect(languageChain('es-MX')).to.deep.equal(['es-mx', 'es', 'en']);
    expect(languageChain('fr')).to.deep.equal(['fr', 'en']);
  });
});

describe('defineCatalog', () => {
  it('answers from the chain at once and loads a shipped language when first read, once', async () => {
    let loads = 0;
    const view = defineCatalog(
      'test-lazy',
      { hello: 'Hello' },
      {
        ja: () => {
          loads++;
          return Promise.resolve({ hello: 'こんにちは' });
        },
      },
    );
    expect(view['ja-JP']!.hello).to.equal('Hello');
    expect(view.ja!.hello).to.equal('Hello');
    await waitUntil(() => view.ja!.hello === 'こんにちは', 'ja loaded');
    expect(view['ja-JP']!.hello).to.equal('こんにちは');
    expect(view.es!.hello).to.equal('Hello');
    expect(loads).to.equal(1);
  });
});

describe('ownCatalog', () => {
  it("answers a language's own words only, never another of its chain, and loads a shipped one", async () => {
    let loads = 0;
    defineCatalog(
      'test-own',
      { when: 'English' },
      {
        ar: () => {
          loads++;
          return Promise.resolve({ when: 'عربي' });
        },
      },
    );
    expect(ownCatalog('test-own', 'en')).to.deep.equal({ when: 'English' });
    expect(hasOwnCatalog('test-own', 'ar')).to.equal(true);
    expect(ownCatalog('test-own', 'ar')).to.equal(undefined);
    await ownCatalogReady('test-own', 'ar');
    expect(ownCatalog('test-own', 'ar')).to.deep.equal({ when: 'عربي' });
    // A language with none (here, a platform's): no English in its place, so `Intl` answers.
    expect(hasOwnCatalog('test-own', 'tlh')).to.equal(false);
    expect(ownCatalog('test-own', 'tlh')).to.equal(undefined);
    await ownCatalogReady('test-own', 'tlh');
    registerTranslation('tlh', { 'test-own': { when: 'tlhIngan' } } as never);
    expect(ownCatalog('test-own', 'tlh')).to.deep.equal({ when: 'tlhIngan' });
    expect(loads).to.equal(1);
  });
});

describe('languages in use', () => {
  it('a catalog declared after a widget asked for a language (a lazy chunk) loads it at once, unread', async () => {
    const first: Readonly<Record<string, { a: string }>> = defineCatalog(
      'test-first',
      { a: 'A' },
      {
        es: () => Promise.resolve({ a: 'A-es' }),
      },
    );
    expect(first['es-AR']!.a).to.equal('A');
    let loaded = false;
    defineCatalog(
      'test-later',
      { b: 'B' },
      {
        es: () => {
          loaded = true;
          return Promise.resolve({ b: 'B-es' });
        },
      },
    );
    expect(loaded, 'started when declared').to.equal(true);
  });
});

describe('registerTranslation', () => {
  it('a host registers Korean and a tracker on a ko page shows it; a single-string override shows', async () => {
    const en = CASE_TRACKER_CATALOGS.en;
    const ko: CaseTrackerCatalog = {
      ...en,
      loading: '사건을 여는 중…',
      errors: { ...en.errors, missing_link: '이 페이지에는 신고할 때 받은 비공개 링크가 필요합니다.' },
    };
    const el = await fixture<HTMLDivElement>(
      html`<div lang="ko-KR"><recourse-case-tracker></recourse-case-tracker></div>`,
    );
    const tracker = el.querySelector('recourse-case-tracker')!;
    const shown = () => tracker.shadowRoot!.textContent ?? '';
    await waitUntil(() => shown().includes(en.errors.missing_link), 'English before ko is registered', {
      timeout: 5000, // the first load of the tracker's lazy chunk from the dev server
    });
    expect(normalizeLang('ko-KR')).to.equal('en');

    registerTranslation('ko', { 'case-tracker': ko });
    expect(normalizeLang('ko-KR')).to.equal('ko');
    await waitUntil(() => shown().includes(ko.errors.missing_link), 'Korean shown once registered');

    overrideTranslation('ko', { 'case-tracker': { errors: { missing_link: '링크를 여세요.' } } });
    await waitUntil(() => shown().includes('링크를 여세요.'), 'the override shown');
    expect(shown()).not.to.contain(ko.errors.missing_link);
    expect(CASE_TRACKER_CATALOGS['ko' as 'en'].loading).to.equal(ko.loading);
  });

  it('overrides a string of a shipped language and leaves the rest of it and the other languages', () => {
    const before = DOMAIN_CATALOGS.en.role.reporter;
    overrideTranslation('en', { domain: { role: { agent: 'Acme support' } } });
    expect(DOMAIN_CATALOGS.en.role.agent).to.equal('Acme support');
    expect(DOMAIN_CATALOGS['en-GB' as 'en'].role.agent).to.equal('Acme support');
    expect(DOMAIN_CATALOGS.en.role.reporter).to.equal(before);
    expect(DOMAIN_CATALOGS['zh-CN'].role.agent).to.equal('客服');
  });
});

describe('direction', () => {
  it('the host is right to left in Arabic, left to right otherwise, and a dir the page set wins', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="ar"><recourse-case-tracker></recourse-case-tracker><recourse-case-tracker dir="ltr"></recourse-case-tracker></div>`,
    );
    const [tracker, pinned] = [...outer.querySelectorAll('recourse-case-tracker')];
    await waitUntil(() => tracker!.getAttribute('dir') === 'rtl', 'rtl in Arabic');
    expect(pinned!.getAttribute('dir')).to.equal('ltr');
    await waitUntil(() => tracker!.shadowRoot!.querySelector('[role="alert"]'), 'rendered', {
      timeout: 5000,
    });
    await expect(tracker).to.be.accessible();
    outer.lang = 'ja';
    await waitUntil(() => tracker!.getAttribute('dir') === 'ltr', 'ltr in Japanese');
    expect(pinned!.getAttribute('dir')).to.equal('ltr');
  });
});
