// Smoke 2: a Vite app imports @recourse/elements' define entries, is built with `vite build`,
// served statically, files a report and opens the tracker with the private link the form returns.
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, expect, inject, it } from 'vitest';
import { fileReport, launchChromium, watchPage } from './browser';
import { apiUrl, consumerDir, publish, run, typecheck } from './harness';

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

it('typechecks against the installed types (tsc --noEmit, bundler resolution)', async () => {
  await typecheck(consumerDir('vite'));
});

it('built with vite, files a report and opens the tracker with the private link', async () => {
  const dir = consumerDir('vite');
  await run(join(dir, 'node_modules', '.bin', 'vite'), ['build', '--base', './', '--logLevel', 'warn'], dir, {
    env: { VITE_RECOURSE_API: apiUrl() },
  });
  const url = publish(inject('siteDir'), inject('siteUrl'), 'vite', `${dir}/dist`);
  browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page);
  const filed = await fileReport(page, `${url}index.html`, 'vite_app_02');
  expect(filed.trackingLink.startsWith(`${url}index.html#`)).toBe(true);

  // The reporter opens the link later, in a new tab.
  const tracker = await context.newPage();
  const trackerProblems = watchPage(tracker);
  await tracker.goto(filed.trackingLink, { waitUntil: 'load' });
  await tracker
    .locator('recourse-case-tracker')
    .getByText(filed.caseNumber)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch((error: Error) => {
      throw new Error(`the tracker never showed ${filed.caseNumber}`, { cause: error });
    });
  const seen = [...problems, ...trackerProblems];
  await context.close();
  expect(seen).toEqual([]);
});
