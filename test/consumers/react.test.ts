// Smoke 3: a React app renders @recourse/react's ReportForm, is built with Vite and
// @vitejs/plugin-react, served statically, and files a report; the event reaches React as a prop.
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, expect, inject, it } from 'vitest';
import { fileReport, launchChromium, watchPage } from './browser';
import { apiUrl, consumerDir, publish, run, typecheck } from './harness';

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

it('typechecks against the installed types (tsc --noEmit, bundler resolution, JSX)', async () => {
  await typecheck(consumerDir('react'));
});

it('built with vite and plugin-react, renders the form and files a report', async () => {
  const dir = consumerDir('react');
  await run(join(dir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], dir, {
    env: { VITE_RECOURSE_API: apiUrl() },
  });
  const url = publish(inject('siteDir'), inject('siteUrl'), 'react', `${dir}/dist`);
  browser = await launchChromium();
  const page = await browser.newPage();
  const problems = watchPage(page);
  const filed = await fileReport(page, `${url}index.html`, 'react_app_03');
  await page
    .locator('#filed')
    .filter({ hasText: filed.caseNumber })
    .waitFor({ timeout: 5_000 })
    .catch((error: Error) => {
      throw new Error(`React never rendered the case number ${filed.caseNumber}`, { cause: error });
    });
  expect(problems).toEqual([]);
});
