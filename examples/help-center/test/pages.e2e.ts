// Every page of the help center, in both languages, narrow and wide: it loads under the strict
// CSP with Trusted Types required, nothing errors, axe finds nothing, the widget is upgraded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectPagesClean, launchChromium, type Running, startHelpCenter, watchPage } from './harness';

// Injected through the DevTools protocol: the page's Trusted Types policy would refuse a <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  ['index.html', null],
  ['report.html', 'recourse-report-form'],
  ['track.html', 'recourse-case-tracker'],
  ['secure.html', null],
  ['desk.html', null],
  ['mailbox.html', null],
  ['platform.html', null],
] as const;

/** What axe (WCAG 2.2 A and AA rules) finds on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o?: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

let app: Running;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startHelpCenter('pglite'), launchChromium()]);
});
afterEach(expectPagesClean);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('help center pages', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const width of [375, 1280]) {
      for (const [path, widget] of PAGES) {
        it(`${path} in ${lang} at ${width}px: no errors, axe clean${widget ? `, <${widget}> upgraded` : ''}`, async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await watchPage(page);
          const link =
            path === 'track.html'
              ? `${app.url}/track.html?lang=${lang}#case=${app.center.cases[0]!.id}&token=${app.center.cases[0]!.accessToken}`
              : `${app.url}/${path}?lang=${lang}`;
          await page.goto(link, { waitUntil: 'load' });
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          if (widget) {
            await page.waitForFunction((tag) => customElements.get(tag) !== undefined, widget);
            // The widget rendered its first heading (in the page's language) once its lazy parts loaded.
            await page.locator(`${widget} h2`).first().waitFor({ timeout: 15_000 });
          }
          expect(await axeViolations(page)).toEqual([]);
          await page.close();
        });
      }
    }
  }
});

describe('help center page text in every shipped language', () => {
  for (const lang of ['zh-TW', 'ja', 'es', 'ar'] as const) {
    it(`every page reads in ${lang}: its own blocks shown, no English fallback, title and direction set, axe clean`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
      await watchPage(page);
      for (const [path, widget] of PAGES) {
        const caseOpened = app.center.cases[0]!;
        const link =
          path === 'track.html'
            ? `${app.url}/track.html?lang=${lang}#case=${caseOpened.id}&token=${caseOpened.accessToken}`
            : `${app.url}/${path}?lang=${lang}`;
        await page.goto(link, { waitUntil: 'load' });
        if (widget) await page.locator(`${widget} h2`).first().waitFor({ timeout: 15_000 });
        const seen = await page.evaluate(() => {
          const shown = (node: Element) =>
            (node as HTMLElement).offsetParent !== null || node.getClientRects().length > 0;
          return {
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            title: document.title,
            titleMeta: document.querySelector<HTMLMetaElement>(
              `meta[name="title-${document.documentElement.lang}"]`,
            )?.content,
            // Blocks of the page's own text in another language (an English fallback is one).
            foreign: [...document.querySelectorAll<HTMLElement>('[data-lang]')]
              .filter((node) => !node.hidden && node.dataset.lang !== document.documentElement.lang)
              .map((node) => `${node.dataset.lang}: ${node.textContent?.trim().slice(0, 40)}`),
            ownBlocks: [...document.querySelectorAll<HTMLElement>('[data-lang]')].filter(
              (node) => !node.hidden && shown(node),
            ).length,
            // Text marked English (the language switch names each language in itself: not counted).
            marked: [...document.querySelectorAll('body [lang="en"]:not(.lang > button)')]
              .filter(shown)
              .map((node) => node.textContent?.trim().slice(0, 40)),
          };
        });
        expect(seen, path).toEqual({
          lang,
          dir: lang === 'ar' ? 'rtl' : 'ltr',
          title: seen.titleMeta,
          titleMeta: expect.stringMatching(/\S/),
          foreign: [],
          ownBlocks: expect.any(Number),
          marked: [],
        });
        expect(seen.ownBlocks, path).toBeGreaterThan(0);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.close();
    });
  }
});
