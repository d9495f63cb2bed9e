// Smoke 1: a plain HTML page (no build step) loads the script-tag build from the installed
// @recourse/elements folder, served statically, and files a report with the server from its tarball.
import type { Browser } from 'playwright';
import { afterAll, expect, inject, it } from 'vitest';
import { fileReport, launchChromium, watchPage } from './browser';
import { apiUrl, consumerDir, fillTemplate, mustExist, publish, typecheck, within } from './harness';

/** The script-tag build, relative to the elements package. */
const CDN_SCRIPT = 'dist/cdn/recourse.js';
const ELEMENTS = 'node_modules/@recourse/elements';
/** The tags the script-tag build registers. */
const TAGS = ['recourse-report-form', 'recourse-totp-setup', 'recourse-case-tracker'];

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

it('typechecks against the installed types (tsc --noEmit, bundler resolution)', async () => {
  await typecheck(consumerDir('plain'));
});

it('a static page with the script-tag build files a report', async () => {
  const dir = consumerDir('plain');
  mustExist(dir, `${ELEMENTS}/${CDN_SCRIPT}`);
  fillTemplate(dir, 'plain', 'index.html', { SCRIPT: `./${ELEMENTS}/${CDN_SCRIPT}`, API: apiUrl() });
  const url = publish(inject('siteDir'), inject('siteUrl'), 'plain', dir);
  browser = await launchChromium();
  const page = await browser.newPage();
  const problems = watchPage(page);
  const filed = await fileReport(page, `${url}index.html`, 'plain_page_01');
  const defined = await within(
    5_000,
    `the script-tag build registering ${TAGS.join(', ')}`,
    page.evaluate(async (tags) => {
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      return tags.filter((t) => customElements.get(t) !== undefined);
    }, TAGS),
  );
  expect(defined).toEqual(TAGS);
  expect(filed.trackingLink.startsWith(`${url}index.html#`)).toBe(true);
  expect(problems).toEqual([]);
});
