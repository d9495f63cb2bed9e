// Smoke 3: a React app renders @recourse/react's ReportForm, is built with Vite and
// @vitejs/plugin-react, served statically, and files a report; the event reaches React as a prop.
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import {
  apiUrl,
  fileReport,
  installConsumer,
  launchChromium,
  publish,
  run,
  typecheck,
  VERSIONS,
  watchPage,
} from './harness';

let consumer: ReturnType<typeof installConsumer>;
let browser: Browser;

beforeAll(async () => {
  consumer = installConsumer({
    name: 'react',
    tarballs: inject('tarballs'),
    recourse: ['@recourse/react'],
    dependencies: { react: VERSIONS.react, 'react-dom': VERSIONS.react },
    devDependencies: {
      typescript: VERSIONS.typescript,
      vite: VERSIONS.vite,
      '@vitejs/plugin-react': VERSIONS.pluginReact,
      '@types/react': VERSIONS.typesReact,
      '@types/react-dom': VERSIONS.typesReactDom,
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  consumer?.close();
});

it('typechecks against the installed types (tsc --noEmit, bundler resolution, JSX)', async () => {
  await typecheck(consumer.dir);
});

it('built with vite and plugin-react, renders the form and files a report', async () => {
  await run(
    join(consumer.dir, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'warn'],
    consumer.dir,
    {
      env: { VITE_RECOURSE_API: apiUrl() },
    },
  );
  const url = publish(inject('siteDir'), inject('siteUrl'), 'react', `${consumer.dir}/dist`);
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
