// The tracker's first case and the desk's first queue page touch no `Intl` in any shipped
// language, as served: the real server, the demo's real chunks (each language's formats load
// lazily, and the widget waits for them with its own chunk), Chromium (ADR 0033). An init script
// counts every call of an `Intl` constructor or function, of their prototypes' methods and
// getters, and of `toLocale…String` / `localeCompare`, from the page's start to the widget's
// first render of the case or the queue.
import { LANGUAGES } from '@recourse/elements/i18n';
import type { Browser, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { countIntl } from '../../../packages/elements/src/i18n/count-intl.fixtures';
import { fileCase } from './flows';
import { type Running, useHelpCenter, watchPage } from './harness';

let app: Running;
let browser: Browser;
let link: { id: string; token: string };

useHelpCenter(
  async (shared) => {
    ({ app, browser } = shared);
    link = await fileCase(app, 'Someone changed my email and tried a withdrawal.');
  },
  { timeout: 60_000 },
);

/**
 * Watches `tag`'s shadow root (once the element exists) and keeps, in `window.__atFirstRender`, the
 * calls made until `shown` first matches in it.
 */
function keepCallsUntil({ tag, shown }: { tag: string; shown: string }): void {
  const w = window as unknown as { __intlCalls: string[]; __atFirstRender?: string[] };
  const watch = (root: ShadowRoot) => {
    const check = () => {
      if (w.__atFirstRender || !root.querySelector(shown)) return;
      w.__atFirstRender = [...w.__intlCalls];
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    check();
  };
  const find = () => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (root) watch(root);
    else requestAnimationFrame(find);
  };
  find();
}

async function newPage(tag: string, shown: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await watchPage(page);
  // The counter's own source, run before the page's scripts; `window.__intlCalls` lists the calls.
  await page.addInitScript(`(${countIntl.toString()})();`);
  await page.addInitScript(keepCallsUntil, { tag, shown });
  return page;
}

const atFirstRender = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __atFirstRender?: string[] }).__atFirstRender, null, {
      timeout: 15_000,
    })
    .then((handle) => handle.jsonValue() as Promise<string[]>);

describe('the first paint touches no Intl, as served (every shipped language)', () => {
  for (const lang of LANGUAGES) {
    it(`track.html?lang=${lang}: the tracker's first case`, async () => {
      const page = await newPage('recourse-case-tracker', '[part~="stepper"]');
      await page.goto(`${app.url}/track.html?lang=${lang}#case=${link.id}&token=${link.token}`);
      expect(await atFirstRender(page)).toEqual([]);
      await page.context().close();
    });

    it(`desk.html?lang=${lang}: the desk's first queue page`, async () => {
      const page = await newPage('recourse-case-desk', 'button[data-case]');
      await page.goto(`${app.url}/desk.html?lang=${lang}`);
      await page.locator('#agent-key').fill(app.agentKey);
      await page.locator('#agent-key').press('Enter');
      expect(await atFirstRender(page)).toEqual([]);
      await page.context().close();
    });
  }
});
