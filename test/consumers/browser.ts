/**
 * The browser side of the consumer smokes: Debian's Chromium, a page's problems, and a report filed
 * through the real form with the help center's driver.
 */
import type { Browser, Page } from 'playwright';
import { launchChromium as launch } from '../../examples/help-center/test/chromium';
import {
  openForm,
  passAccount,
  passFirst,
  passIncident,
  REPORT_FORM_CATALOGS,
  sendFromEvidence,
} from '../../examples/help-center/test/report-form.driver';
import { within } from './harness';

/** Debian's Chromium (CHROME_PATH), headless, as root; throws if it has not started in 30 s. */
export function launchChromium(): Promise<Browser> {
  return within(30_000, 'Chromium starting', launch());
}

/** Collects a page's console errors, page errors and failed requests; assert it stays empty. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return problems;
}

/** What the form's `recourse-report-submitted` event carried. */
export interface Filed {
  caseId: string;
  caseNumber: string;
  trackingLink: string;
}

/**
 * Files a report through the real form on `url` with the help center's driver (every step, in
 * English) and returns the detail of the form's `recourse-report-submitted` event.
 */
export async function fileReport(page: Page, url: string, account: string): Promise<Filed> {
  const en = REPORT_FORM_CATALOGS.en;
  await openForm(page, url);
  await page.evaluate(() => {
    const w = window as unknown as { filed: Promise<unknown> };
    w.filed = new Promise((resolve) =>
      document.addEventListener('recourse-report-submitted', (e) => resolve((e as CustomEvent).detail), {
        once: true,
      }),
    );
  });
  await passFirst(page, en);
  await passAccount(page, en, account);
  await passIncident(page, en, 'Someone signed in from a new device and moved my funds.');
  await sendFromEvidence(page, en);
  const filed = await within(
    10_000,
    'the recourse-report-submitted event',
    page.evaluate(() => (window as unknown as { filed: Promise<unknown> }).filed),
  );
  const { caseId, caseNumber, trackingLink } = filed as Filed;
  if (!caseId || !/^RC-/.test(caseNumber) || !trackingLink)
    throw new Error(`the submitted event carried ${JSON.stringify(filed)}`);
  return { caseId, caseNumber, trackingLink };
}
