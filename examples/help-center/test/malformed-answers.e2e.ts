// No answer reaches the screen unchecked (issue 20): each first-screen read of each widget gets a
// malformed answer, and the widget shows its error state with nothing of that answer on screen.
// The answers come from the real server: a Playwright route lets the request through, then alters
// the body it got (a value the contract refuses, beside a marker that must never be shown).
import type { Browser, Page, Route } from 'playwright';
import { describe, expect, it } from 'vitest';
import { fileCase, signIn } from './flows';
import { type Running, takeProblems, useHelpCenter, watchPage } from './harness';

let app: Running;
let browser: Browser;

useHelpCenter((shared) => {
  ({ app, browser } = shared);
});

/** Text that must never be on screen: it travels only in the altered answers. */
const MARKER = 'UNCHECKED-7Q';

/** The members of the answers this file alters. */
interface Json {
  number?: string;
  state?: string;
  passwordResetUrl?: string;
  attachments: { maxFiles: number };
  outsideBodies?: unknown[];
  events: { entries: { type?: string }[] };
  items: { number?: string; state?: string }[];
}

/**
 * Routes `match` through the real server, altering each JSON answer with `alter`.
 * @returns the URLs it altered
 */
async function alterAnswers(page: Page, match: (url: URL) => boolean, alter: (body: Json) => void) {
  const altered: string[] = [];
  await page.route(
    (url) => match(url),
    async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Json;
      alter(body);
      altered.push(route.request().url());
      await route.fulfill({ response, json: body });
    },
  );
  return altered;
}

/** The widget's shadow text (what a person could read). */
const shadowText = (page: Page, tag: string) =>
  page.locator(tag).evaluate((el) => el.shadowRoot?.textContent ?? '');

/** The widget's alert text, once there is one. */
async function alertOf(page: Page, tag: string): Promise<string> {
  const alert = page.locator(`${tag} [role="alert"]`).first();
  await alert.waitFor({ timeout: 15_000 });
  return (await alert.textContent()) ?? '';
}

/** The 4xx/5xx lines Chromium logs for the page's refused reads are not problems of this test. */
function dropStatusLines(page: Page) {
  return takeProblems(page).filter((p) => !p.includes('Failed to load resource'));
}

describe('a malformed answer to each first-screen read shows the error state, nothing of it on screen', () => {
  it('tracker: the case with its events (one read)', async () => {
    const link = await fileCase(app, 'Malformed case answer.');
    const page = await (await browser.newContext()).newPage();
    await watchPage(page);
    const seen: string[] = [];
    page.on('request', (r) => seen.push(new URL(r.url()).pathname + new URL(r.url()).search));
    const altered = await alterAnswers(
      page,
      (u) => u.pathname === `/v1/cases/${link.id}` && u.searchParams.get('include') === 'events',
      (body) => {
        body.number = MARKER;
        body.events.entries[0]!.type = `${MARKER}_event`;
      },
    );
    await page.goto(`${app.url}/track.html?lang=en#case=${link.id}&token=${link.token}`);
    expect(await alertOf(page, 'recourse-case-tracker')).not.toBe('');
    expect(altered).toHaveLength(1);
    expect(
      await page.locator('recourse-case-tracker').evaluate((el) => (el as { phase?: string }).phase),
    ).toBe('failed');
    expect(await shadowText(page, 'recourse-case-tracker')).not.toContain(MARKER);
    // One read for the case and its events: no separate case or event read on the way.
    expect(seen.filter((p) => p.startsWith(`/v1/cases/${link.id}`))).toEqual([
      `/v1/cases/${link.id}?include=events`,
    ]);
    expect(dropStatusLines(page)).toEqual([]);
    await page.context().close();
  });

  it('tracker: the configuration', async () => {
    const link = await fileCase(app, 'Malformed configuration answer.');
    const page = await (await browser.newContext()).newPage();
    await watchPage(page);
    const altered = await alterAnswers(
      page,
      (u) => u.pathname === '/v1/config',
      (body) => {
        body.passwordResetUrl = `https://example.com/${MARKER}`;
        body.attachments.maxFiles = -1;
        body.outsideBodies = [{ id: MARKER, kind: 'regulator', name: { en: MARKER } }];
      },
    );
    await page.goto(`${app.url}/track.html?lang=en#case=${link.id}&token=${link.token}`);
    expect(await alertOf(page, 'recourse-case-tracker')).not.toBe('');
    expect(altered).toHaveLength(1);
    expect(await shadowText(page, 'recourse-case-tracker')).not.toContain(MARKER);
    expect(dropStatusLines(page)).toEqual([]);
    await page.context().close();
  });

  it("desk: the queue's first page (one read)", async () => {
    const page = await (await browser.newContext()).newPage();
    await watchPage(page);
    const reads: string[] = [];
    const altered = await alterAnswers(
      page,
      (u) => u.pathname === '/v1/desk/cases',
      (body) => {
        reads.push('queue');
        body.items[0]!.number = MARKER;
        body.items[0]!.state = `${MARKER}_state`;
      },
    );
    await page.goto(`${app.url}/desk.html?lang=en`);
    await page.locator('#agent-key').fill(app.agentKey);
    await page.locator('#agent-key').press('Enter');
    expect(await alertOf(page, 'recourse-case-desk')).not.toBe('');
    expect(altered).toHaveLength(1);
    expect(await page.locator('recourse-case-desk tbody tr').count()).toBe(0);
    expect(await shadowText(page, 'recourse-case-desk')).not.toContain(MARKER);
    expect(dropStatusLines(page)).toEqual([]);
    await page.context().close();
  });

  it('TOTP set-up: its status', async () => {
    const page = await (await browser.newContext()).newPage();
    await watchPage(page);
    const altered = await alterAnswers(
      page,
      (u) => u.pathname === '/v1/2fa/totp/status',
      (body) => {
        body.state = `${MARKER}_state`;
      },
    );
    await page.goto(`${app.url}/secure.html?lang=en`);
    await signIn(page, 'mei', 'lantern-demo-1');
    expect(await alertOf(page, 'recourse-totp-setup')).not.toBe('');
    expect(altered.length).toBeGreaterThan(0);
    expect(await shadowText(page, 'recourse-totp-setup')).not.toContain(MARKER);
    expect(dropStatusLines(page)).toEqual([]);
    await page.context().close();
  });
});
