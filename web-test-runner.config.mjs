// @web/test-runner: browser code (core in Chromium, elements) in Debian's Chromium.

import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { junitReporter } from '@web/test-runner-junit-reporter';

const chromium = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export default {
  files: ['packages/*/test/browser/**/*.test.ts', 'packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@recourse/source', 'browser', 'import'] },
  // Points at the root tsconfig, which sets experimentalDecorators itself (esbuild does not follow `extends`).
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // `a11ySnapshot()` in tests: accessible names as Chromium computes them.
    a11ySnapshotPlugin(),
    // `executeServerCommand('emulate-timezone', { timeZone })`: the page's local time zone, as the
    // reader's would be (Date getters and `Intl` both follow it; `undefined` restores the machine's).
    {
      name: 'emulate-timezone',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-timezone') return undefined;
        await session.browser.getPage(session.id).emulateTimezone(payload?.timeZone);
        return true;
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
          '--no-default-browser-check',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    junitReporter({
      outputPath: fileURLToPath(new URL('./node_modules/.verify/browser.xml', import.meta.url)),
    }),
  ],
  // One page at a time: Chromium throttles background pages, which stalls axe in a second page.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Every shipped language registered before the tests run (they read any language's catalog
  // synchronously); the lazy loading itself is tested on catalogs of its own (registry.test.ts).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/packages/elements/src/i18n/all.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
