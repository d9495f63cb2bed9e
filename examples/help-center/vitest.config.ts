import { defineProject } from 'vitest/config';

/**
 * `e2e`: the help center's pages, widgets and reference server on loopback, driven by Debian's
 * Chromium (Playwright). One file at a time: each starts its own database and browser.
 * `isolate: false`: the files share the modules they import (Playwright, the help center, the
 * server, core: ~3 s of imports per file when each file imports them afresh); each file still
 * starts its own help center, database and Chromium, and nothing here mocks a module.
 */
export default defineProject({
  resolve: { conditions: ['@recourse/source'] },
  ssr: { resolve: { conditions: ['@recourse/source'] } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    isolate: false,
  },
});
