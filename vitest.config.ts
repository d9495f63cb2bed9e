import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const chromium = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

/** Debian's Chromium, headless; a fresh object per project (plugins mutate it). */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

/**
 * One vitest config, six projects:
 * - `unit`: Node code (core, server, scripts) on Node.
 * - `storybook`: every story rendered in Debian's Chromium, with its play function and axe.
 * - `react`: the @recourse/react wrappers and examples/react rendered by React in Chromium.
 * - `e2e`: the help-center demo (pages, widgets, the real server) driven by Chromium
 *   (examples/help-center/vitest.config.ts).
 * - `security`: the security and reliability suite (`pnpm test:security`, which starts Chromium and
 *   PostgreSQL first): XSS in Chromium, API fuzzing, races, access, enumeration, lock-out, secrets,
 *   headers, crash safety. Files run one at a time (the crash test restarts PostgreSQL); a figure
 *   claimed on PostgreSQL fails without DATABASE_URL instead of falling back to PGlite.
 * - `consumers`: projects made from the packed tarballs outside the workspace (a static page, a
 *   Vite app, a React app, a Node service on PostgreSQL), each typechecked, built and driven in
 *   Chromium against the server from its tarball (`pnpm test:consumers`, after `pnpm build`).
 */
export default defineConfig({
  resolve: { conditions: ['@recourse/source'] },
  ssr: { resolve: { conditions: ['@recourse/source'] } },
  test: {
    projects: [
      'examples/help-center/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/node/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/dist/**', 'packages/elements/**'],
          // The files share the modules they import (one worker on 2 cores: each file importing
          // the server, core and PGlite afresh was ~30 s of the layer); nothing here mocks a
          // module or changes the environment, and every file opens its own stores and servers.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'security',
          environment: 'node',
          include: [
            'packages/server/test/security/**/*.test.ts',
            'examples/help-center/test/security/**/*.test.ts',
          ],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'consumers',
          environment: 'node',
          include: ['test/consumers/*.test.ts'],
          globalSetup: ['test/consumers/global-setup.ts'],
          // One worker per consumer: most of their time is tsc, a build or a browser waiting.
          maxWorkers: 4,
          testTimeout: 150_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [react()],
        resolve: { conditions: ['@recourse/source', 'browser', 'module', 'import', 'default'] },
        test: {
          name: 'react',
          include: ['packages/react/src/**/*.test.tsx', 'examples/react/src/**/*.test.tsx'],
          browser: browser(),
        },
      },
    ],
  },
});
