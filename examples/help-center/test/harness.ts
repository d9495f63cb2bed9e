/**
 * End-to-end harness: the real help center (pages, widgets bundled from source, the reference
 * server) on loopback, on PGlite in memory or on a fresh PostgreSQL schema, driven by Debian's
 * Chromium through Playwright. Nothing here stands in for our own server.
 */
import { randomBytes } from 'node:crypto';
import { createPgliteStore, createPostgresStore, type Store } from '@recourse/server';
import pg from 'pg';
import { type Browser, chromium, type Page } from 'playwright';
import { createHelpCenter, type HelpCenter } from '../src/help-center';

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
    store = await createPgliteStore({});
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

/** Debian's Chromium, headless, as root. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** Collects console errors, page errors and CSP / Trusted Types violations of a page. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}
