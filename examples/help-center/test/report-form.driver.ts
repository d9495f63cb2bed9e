/**
 * Drives `<recourse-report-form>` in a real page: focus inside its shadow root, Tab until a
 * control is reached, the catalog words, every request the page makes, the case a test created.
 * Playwright locators pierce open shadow roots, so `form(page).locator('#f-narrative')` works.
 */
import type { Report } from '@recourse/core';
import type { Store } from '@recourse/server';
import type { Locator, Page } from 'playwright';
// Every shipped language registered: the tests read any language's words synchronously.
import '../../../packages/elements/src/i18n/all';
import {
  REPORT_FORM_CATALOGS,
  type ReportFormCatalog,
  type StepId,
} from '../../../packages/elements/src/components/report-form/i18n';

export type Lang = 'en' | 'zh-CN';
export { REPORT_FORM_CATALOGS, type ReportFormCatalog, type StepId };

/** `{name}` holes filled. */
export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

/** The form element. */
export const form = (page: Page): Locator => page.locator('recourse-report-form');

/** What has focus, looking through shadow roots. */
export interface Focused {
  id: string;
  tag: string;
  name: string;
  type: string;
  text: string;
  /** Inside the report form's shadow root. */
  inForm: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    let inForm = false;
    while (active?.shadowRoot?.activeElement) {
      if (active.tagName === 'RECOURSE-REPORT-FORM') inForm = true;
      active = active.shadowRoot.activeElement;
    }
    const input = active as HTMLInputElement | null;
    return {
      id: active?.id ?? '',
      tag: active?.tagName ?? '',
      name: input?.name ?? '',
      type: input?.type ?? '',
      text: (active?.textContent ?? '').trim(),
      inForm,
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus inside the form matches; fails with the path taken. */
export async function tabTo(
  page: Page,
  match: (f: Focused) => boolean,
  what: string,
  { limit = 80, back = false } = {},
): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    const f = await focused(page);
    if (f.inForm && match(f)) return;
    path.push(f.id || f.name || f.text.slice(0, 20) || f.tag);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what}: ${path.join(' → ')}`);
}

export const byId =
  (id: string) =>
  (f: Focused): boolean =>
    f.id === id;
export const byButton =
  (label: string) =>
  (f: Focused): boolean =>
    f.tag === 'BUTTON' && f.text === label;

/** Opens a page with the form and waits until it is interactive, guarded and configured. */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('recourse-report-form') !== undefined);
  await page.evaluate(async () => {
    // `loaded` (public, read-only): the guard and the configuration are in place.
    const el = document.querySelector('recourse-report-form') as unknown as {
      ready: Promise<void>;
      loaded: Promise<void>;
    };
    await el.ready;
    await el.loaded;
  });
}

/** Waits until the step's heading shows. */
export async function atStep(page: Page, t: ReportFormCatalog, step: StepId): Promise<void> {
  try {
    await form(page).locator('h2#heading').filter({ hasText: t.steps[step] }).waitFor({ timeout: 10_000 });
  } catch (error) {
    const shown = await page.evaluate(() => {
      const root = document.querySelector('recourse-report-form')?.shadowRoot;
      const text = (s: string) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the words as shown, hidden ones left out
        (root?.querySelector<HTMLElement>(s)?.innerText ?? '').replace(/\s+/g, ' ');
      return `heading "${text('#heading')}", summary "${text('#summary')}", status "${text('[role="status"]')}"`;
    });
    throw new Error(`step "${step}" never showed: ${shown}`, { cause: error });
  }
}

/** A button of the form by its exact visible label. */
export const button = (page: Page, label: string): Locator =>
  form(page).getByRole('button', { name: label, exact: true });

/** Sets the seconds between automatic retries (a documented property). */
export async function setRetryDelay(page: Page, seconds: number): Promise<void> {
  await page.evaluate((s) => {
    (document.querySelector('recourse-report-form') as unknown as { retryDelay: number }).retryDelay = s;
  }, seconds);
}

/** Every request the page makes, with its body as text. */
export interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export function recordRequests(page: Page): Seen[] {
  const seen: Seen[] = [];
  page.on('request', (r) => {
    seen.push({
      method: r.method(),
      url: r.url(),
      headers: r.headers(),
      body: r.postDataBuffer()?.toString('utf8') ?? '',
    });
  });
  return seen;
}

export const casePosts = (seen: Seen[]): Seen[] =>
  seen.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/cases');

/** Everything in the page's localStorage, as one string. */
export function storageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      out.push(`${key}=${localStorage.getItem(key)}`);
    }
    return out.join('\n');
  });
}

/** The stored report draft (parsed), or null. */
export function storedDraft(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.includes('report-draft')) return JSON.parse(localStorage.getItem(key)!);
    }
    return null;
  });
}

/** Ids of every case in the store. */
export async function caseIds(store: Store): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await store.listCases({ limit: 200, cursor });
    for (const c of page.items) ids.add(c.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** Cases created since `before`. */
export async function newCases(store: Store, before: Set<string>): Promise<string[]> {
  return [...(await caseIds(store))].filter((id) => !before.has(id));
}

/** The report a case was filed with (the data of its first event). */
export async function reportOf(store: Store, caseId: string): Promise<Report> {
  const [first] = await store.loadEvents(caseId);
  if (!first) throw new Error(`case ${caseId} has no events`);
  return (first.data as { report: Report }).report;
}

/** `YYYY-MM-DD` and the `datetime-local` value of yesterday 10:30 in the page's (UTC) zone. */
export function yesterday(): { y: number; m: number; d: number; local: string; iso: string } {
  const t = new Date(Date.now() - 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  const local = `${y}-${p(m)}-${p(d)}T10:30`;
  return { y, m, d, local, iso: `${local}:00.000Z` };
}

/** Answers the first step and goes on (mouse allowed: for tests not about the keyboard). */
export async function passFirst(page: Page, t: ReportFormCatalog): Promise<void> {
  const f = form(page);
  await f.locator('#f-access-canSignIn-no').check();
  await f.locator('#f-access-passwordReset-failed').check();
  await button(page, t.ui.goToReport).click();
  await atStep(page, t, 'account');
}

/** Fills account and contact and goes on. */
export async function passAccount(page: Page, t: ReportFormCatalog, account: string): Promise<void> {
  const f = form(page);
  await f.locator('#f-account-value').fill(account);
  await f.locator('#f-contact-email').fill('safe.contact@example.org');
  await button(page, t.ui.next).click();
  await atStep(page, t, 'incident');
}

/** Adds one transfer and a narrative, and goes on unless told otherwise. */
export async function passIncident(
  page: Page,
  t: ReportFormCatalog,
  narrative: string,
  { go = true } = {},
): Promise<void> {
  const f = form(page);
  await f.locator('#add-activity').selectOption('transfer');
  await button(page, t.ui.add).click();
  await f.locator('#f-activities-0-at').fill(yesterday().local);
  await f.locator('#f-activities-0-asset').fill('USDT');
  await f.locator('#f-activities-0-amount').fill('250');
  await f.locator('#f-activities-0-destination').fill('0x52908400098527886E0F7030069857D2E4169EE7');
  await f.locator('#f-narrative').fill(narrative);
  if (!go) return;
  await button(page, t.ui.next).click();
  await atStep(page, t, 'evidence');
}

/** From the evidence step: on to the review, consent, send; waits for the done step. */
export async function sendFromEvidence(
  page: Page,
  t: ReportFormCatalog,
  { wait = true } = {},
): Promise<void> {
  await button(page, t.ui.next).click();
  await atStep(page, t, 'review');
  await form(page).locator('#f-consent').check();
  await button(page, t.ui.submit).click();
  if (wait) await atStep(page, t, 'done');
}
