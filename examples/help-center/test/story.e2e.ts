// The whole story (issue 7, first "Must show"), two windows side by side against the real server:
// Sam reports with the form (mouse) → the desk sees the new case, reviews, freezes, asks for
// identity verification → Sam answers in the tracker → the desk verifies and restores → Sam
// confirms the checklist → the desk closes → Sam follows the tracker's link to secure.html and
// turns on two-step verification; the mailbox shows what the contacts on record were told.
// Every step is seen live in the other window: the tracker over SSE (< 2 s), the desk refreshing.

import { DOMAIN_CATALOGS } from '@recourse/elements/i18n';
import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  commandSeenLive,
  deskState,
  enrollTotp,
  openDesk,
  openDeskCase,
  sessionCookie,
  signIn,
  verifyCode,
} from './flows';
import { expectPagesClean, launchChromium, type Running, startHelpCenter, watchPage } from './harness';

const EV = DOMAIN_CATALOGS.en.event;
const ST = DOMAIN_CATALOGS.en.state;
/** A 1×1 PNG: the "photo" Sam sends. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let app: Running;
let browser: Browser;
let sam: BrowserContext;
let agentContext: BrowserContext;
let reporter: Page;
let agent: Page;
let desk: Locator;
let tracker: Locator;
let caseNumber = '';
let caseId = '';
/** Server answer → tracker shows it, per agent command (ms). */
const timings: number[] = [];

/** An agent's command, seen in Sam's open tracker within 2 s. */
async function agentDoes(type: string, event: keyof typeof EV, fields: Record<string, string> = {}) {
  const ms = await commandSeenLive(desk, tracker, type, EV[event], fields);
  timings.push(ms);
  expect(ms).toBeLessThan(2_000);
}

/** Something Sam did, seen in the agent's open desk (refreshing every second). */
async function deskSees(text: string) {
  await expect
    .poll(() => desk.locator('[part="timeline"]').textContent(), { timeout: 5_000 })
    .toContain(text);
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startHelpCenter('pglite'), launchChromium()]);
  // Two people, two browsers' worth of state: Sam, and the support agent.
  [sam, agentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  [reporter, agent] = await Promise.all([sam.newPage(), agentContext.newPage()]);
  await Promise.all([watchPage(reporter), watchPage(agent)]);
});
afterEach(expectPagesClean);
afterAll(async () => {
  console.info(`story: agent command → open tracker, ms: ${timings.join(', ')}`);
  await browser?.close();
  await app?.close();
});

describe('the whole story, live in two windows', () => {
  it('Sam reports with the form; the open desk queue shows the new case', async () => {
    desk = await openDesk(agent, app);
    const rows = desk.locator('button[data-case]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(app.center.cases.length);

    await reporter.goto(`${app.url}/report.html?lang=en`);
    const form = reporter.locator('recourse-report-form');
    const primary = form.locator('button.primary');
    await form.locator('#f-access-canSignIn-no').waitFor({ timeout: 15_000 });
    // First steps (triage)
    await form.locator('#f-access-canSignIn-no').click();
    await form.locator('#f-access-passwordReset-failed').click();
    await form.locator('#f-triage-moneyMoved-no').click();
    await form.locator('#f-triage-profileChanged').click();
    await primary.click();
    // The account and a safe contact
    await form.locator('#f-account-kind').selectOption('email');
    await form.locator('#f-account-value').click();
    await reporter.keyboard.type('sam.carter@example.org');
    await form.locator('#f-contact-email').click();
    await reporter.keyboard.type('sam.safe.inbox@example.net');
    await primary.click();
    // What happened
    const local = await reporter.evaluate(() => {
      const d = new Date(Date.now() - 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await form.locator('#f-discoveredAt').fill(local);
    await form.locator('#f-narrative').click();
    await reporter.keyboard.type('My email address was changed last night and I cannot sign in any more.');
    await primary.click();
    // Evidence (none now), then review and consent
    await form.locator('#files').waitFor();
    await primary.click();
    await form.locator('#f-consent').click();
    await primary.click();

    const number = form.locator('.case-number');
    await number.waitFor({ timeout: 15_000 });
    caseNumber = (await number.textContent())!.trim();
    const link = await form.locator('#tracking').inputValue();
    // The private link opens the tracker page (the form's tracking-url), token in the fragment only.
    expect(link).toMatch(new RegExp(`^${app.url}/track\\.html#case=[0-9a-f-]{36}&token=`));
    caseId = new URLSearchParams(link.split('#')[1]).get('case')!;

    // The desk, without reload, lists it: live through its stream (its polling interval is 10 s).
    const shownAfter = Date.now();
    await expect.poll(() => rows.count(), { timeout: 2_000, interval: 20 }).toBe(app.center.cases.length + 1);
    console.log('story: new report → open desk queue, ms:', Date.now() - shownAfter);
    await openDeskCase(desk, caseNumber);
    expect(await deskState(desk)).toBe(ST.submitted);
    expect(await desk.locator('.report').textContent()).toContain('sam.carter@example.org');

    // Sam follows the link.
    await reporter.goto(link);
    tracker = reporter.locator('recourse-case-tracker');
    await expect
      .poll(() => tracker.locator('#heading').textContent(), { timeout: 15_000 })
      .toContain(caseNumber);
    await expect.poll(() => tracker.locator('[part="connection"]').getAttribute('class')).toContain('live');
    expect(reporter.url()).not.toContain('token=');
  });

  it('the desk reviews, freezes and asks for identity verification; Sam sees each step live', async () => {
    await agentDoes('start_review', 'review_started');
    await agentDoes('confirm_compromise', 'compromise_confirmed');
    await agentDoes('freeze', 'account_frozen');
    await agentDoes('start_investigation', 'investigation_started');
    await agentDoes('request_verification', 'verification_requested', { method: 'selfie_with_case_number' });
    await expect.poll(() => tracker.locator('[part="action"] h4').count()).toBe(1);
    await agentDoes('request_info', 'info_requested', {
      prompt: 'For the identity check: send a photo of yourself holding a paper with your case number.',
    });
    await expect
      .poll(() => tracker.locator('[part="action"] .quote').textContent(), { timeout: 2_000 })
      .toContain('holding a paper with your case number');
  });

  it('Sam answers in the tracker with a photo; the desk sees the answer and the file', async () => {
    const action = tracker.locator('[part="action"]');
    await action.locator('#answer').click();
    await reporter.keyboard.type(`Here is the photo with ${caseNumber}.`);
    await action.locator('#files').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PHOTO });
    await action.locator('.files code.hash').waitFor();
    await action.locator('button[type="submit"]').click();
    await expect.poll(() => action.locator('form').count(), { timeout: 5_000 }).toBe(0);

    await deskSees(EV.info_provided);
    await expect
      .poll(() => desk.locator('[part="messages"]').textContent(), { timeout: 5_000 })
      .toContain(`Here is the photo with ${caseNumber}.`);
    await expect
      .poll(() => desk.locator('[part="evidence"] tbody tr').textContent(), { timeout: 5_000 })
      .toContain('me.png');
  });

  it('the desk verifies and restores; Sam confirms the checklist; the desk closes', async () => {
    await agentDoes('record_verification', 'verification_recorded', {
      outcome: 'passed',
      method: 'selfie_with_case_number',
    });
    await agentDoes('record_cause', 'cause_recorded', { cause: 'phishing' });
    await agentDoes('restore', 'account_restored');
    await agentDoes('request_confirmation', 'confirmation_requested');

    const checklist = tracker.locator('[part="checklist"]');
    const boxes = checklist.locator('input[name="check"]');
    await expect.poll(() => boxes.count(), { timeout: 2_000 }).toBe(5);
    for (let i = 0; i < 5; i++) await boxes.nth(i).click();
    await checklist.locator('#confirm').click();
    await deskSees(EV.recovery_confirmed);

    await agentDoes('close', 'case_closed');
    await expect.poll(() => tracker.locator('.badge').textContent()).toBe(DOMAIN_CATALOGS.en.status.closed);
    expect(await deskState(desk)).toBe(ST.closed);

    // The database: the story as the chain recorded it (the platform's lock, unlock and hold are
    // internal action events between these).
    const types = (await app.store.loadEvents(caseId, { visibility: 'public' })).map((e) => e.type);
    expect(types).toEqual([
      'case_submitted',
      'review_started',
      'compromise_confirmed',
      'account_frozen',
      'investigation_started',
      'verification_requested',
      'info_requested',
      'info_provided',
      'verification_recorded',
      'cause_recorded',
      'account_restored',
      'confirmation_requested',
      'recovery_confirmed',
      'case_closed',
    ]);
  });

  it("Sam follows the tracker's link and turns on two-step verification; the mailbox shows every notice", async () => {
    const link = tracker.locator('[part="hardening"] a[href$="secure.html"]');
    await link.click();
    await reporter.waitForURL(/\/secure\.html$/);
    await signIn(reporter, 'sam', 'lantern-demo-2');
    await expect
      .poll(() => reporter.locator('recourse-totp-setup #totp-heading').textContent(), { timeout: 15_000 })
      .toBeTruthy();
    const { backupCodes } = await enrollTotp(reporter);
    const cookie = await sessionCookie(sam);
    expect((await verifyCode(app, cookie, backupCodes[9]!)).body).toMatchObject({ verified: true });

    // The agent's window shows the mailbox: what Sam's contacts on record were told.
    await agent.goto(`${app.url}/mailbox.html?lang=en`);
    const rows = agent.locator('#mail-rows');
    await expect
      .poll(() => rows.textContent(), { timeout: 10_000 })
      .toContain('Two-step verification was turned on.');
    const text = (await rows.textContent()) ?? '';
    expect(text).toContain(`case ${caseNumber}`);
    expect(text).toContain('sam.c.old@example.org'); // the address the attacker replaced is told too
  });
});
