/**
 * End-to-end harness: the real help center (pages, widgets bundled from source, the reference
 * server) on loopback, on PGlite in memory or on a fresh PostgreSQL schema, driven by Debian's
 * Chromium through Playwright. Nothing here stands in for our own server.
 */
import { randomBytes } from 'node:crypto';
import { createPostgresStore, type Store } from '@recourse/server';
import pg from 'pg';
import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
// In-memory PGlite from a migrated template (the same store, without initdb per file).
import { createTestPgliteStore } from '../../../packages/server/test/pglite-template';
import { createHelpCenter, type HelpCenter } from '../src/help-center';
import { launchChromium } from './chromium';

export type Engine = 'pglite' | 'postgres';

/** A running help center for one test file. */
export interface Running {
  url: string;
  store: Store;
  center: HelpCenter;
  agentKey: string;
  close(): Promise<void>;
}

/** Starts the help center on a free port. PostgreSQL gets a schema of its own, dropped at close. */
export async function startHelpCenter(engine: Engine = 'pglite'): Promise<Running> {
  let store: Store;
  let dropSchema = async () => {};
  if (engine === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error('DATABASE_URL is not set: start PostgreSQL (scripts/ensure-test-deps.sh) first');
    const schema = `e2e_${randomBytes(6).toString('hex')}`;
    store = await createPostgresStore({ connectionString: url, schema });
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    };
  } else {
    store = await createTestPgliteStore({});
  }
  const center = await createHelpCenter({ store });
  const running = await center.serve({ port: 0 });
  if (!center.agentKey) throw new Error('the seed made no agent key');
  return {
    url: running.url,
    store,
    center,
    agentKey: center.agentKey,
    close: async () => {
      await running.close();
      await store.close();
      await dropSchema();
    },
  };
}

export { launchChromium } from './chromium';

/** What one test file shares: the running help center and one Chromium. */
export interface Shared {
  app: Running;
  browser: Browser;
}

/**
 * One test file's set-up, registered in its hooks: `beforeAll` starts the help center (PGlite
 * unless told) and Chromium side by side, then hands both to `ready`; `afterEach` checks every
 * watched page ({@link expectPagesClean}); `afterAll` closes Chromium, then the help center.
 * @param ready - runs in the same `beforeAll` once both are up: the file keeps them, and makes
 *   what its tests share (a filed case, pages)
 * @param options.timeout - for the `beforeAll` (vitest's hook timeout unless told)
 */
export function useHelpCenter(
  ready: (shared: Shared) => void | Promise<void>,
  options: { engine?: Engine; timeout?: number } = {},
): void {
  let shared: Partial<Shared> = {};
  beforeAll(async () => {
    const [app, browser] = await Promise.all([startHelpCenter(options.engine), launchChromium()]);
    shared = { app, browser };
    await ready({ app, browser });
  }, options.timeout);
  afterEach(expectPagesClean);
  afterAll(async () => {
    await shared.browser?.close();
    await shared.app?.close();
  });
}

const watched = new Map<Page, string[]>();

/** Where a page is, for a problem's line (path and query; never the fragment, which may hold a token). */
const where = (page: Page) => {
  try {
    const u = new URL(page.url());
    return `${u.pathname}${u.search}`;
  } catch {
    return page.url();
  }
};

/**
 * Watches a page until it closes: console errors, uncaught page errors and every CSP / Trusted
 * Types violation (a `securitypolicyviolation` listener in every frame, reported through a
 * binding). Call it before the page's first `goto`.
 * @returns the page's problems: the live array, growing as the page runs
 */
export async function watchPage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console ${where(page)}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror ${where(page)}: ${e.message}`));
  await page.exposeBinding('__recourseViolation', (_source, text: string) => {
    problems.push(`violation ${where(page)}: ${text}`);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __recourseViolation: (t: string) => void }).__recourseViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => void report(`${e.effectiveDirective} blocked=${e.blockedURI} sample=${e.sample}`),
      true,
    );
  });
  watched.set(page, problems);
  return problems;
}

/**
 * Takes what a watched page collected so far and forgets it: for a test that provokes an error on
 * purpose and asserts exactly that error.
 */
export function takeProblems(page: Page): string[] {
  const problems = watched.get(page);
  if (!problems) throw new Error('takeProblems: the page is not watched (call watchPage first)');
  return problems.splice(0);
}

/**
 * `afterEach(expectPagesClean)`: every watched page collected no problem since the last check
 * (problems a test took with {@link takeProblems} excepted). Empties them; forgets closed pages.
 */
export function expectPagesClean(): void {
  const all: string[] = [];
  for (const [page, problems] of watched) {
    all.push(...problems.splice(0));
    if (page.isClosed()) watched.delete(page);
  }
  expect(all, 'page errors, console errors, CSP / Trusted Types violations').toEqual([]);
}
