import { defineProject } from 'vitest/config';

/**
 * `e2e`: the help center's pages, widgets and reference server on loopback, driven by Debian's
 * Chromium (Playwright). One file at a time: each starts its own database and browser.
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
  },
});
