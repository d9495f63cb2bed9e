// The self-service lock end to end (issue 18), on the real help center (pages, widgets bundled
// from source, the reference server, its delivery worker, the demo's SMTP mailbox on loopback),
// in Debian's Chromium:
// - signed in on secure.html, "Lock my account now" in the report form locks at once: the demo
//   account cannot sign in within 2 s, the Secure page says why and names the case;
// - signed out, the form asks which account and says "we sent a lock link" (the same words for a
//   missing account); the lock link arrives by mail over SMTP, following it locks; the link works
//   once;
// - each lock is in its case's timeline and in the desk with its origin, and every contact on
//   record was notified.
import type { Browser, Locator, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { en as EMAIL_EN } from '../../../packages/server/src/delivery/email/en';
import type { MailboxEntry } from '../src/mailbox';
import {
  axeViolations,
  openDesk,
  openDeskCase,
  openTracker,
  reporterGet,
  signIn,
  trackerTimeline,
} from './flows';
import { type Running, takeProblems, useHelpCenter, watchPage } from './harness';

let app: Running;
let browser: Browser;

useHelpCenter((shared) => {
  ({ app, browser } = shared);
});

const EN = {
  lock: 'Lock my account now',
  send: 'Send me a lock link',
  linkSent:
    'We sent a lock link to the addresses on record for this account. Open it on any device to lock the account. It works once and for a limited time.',
  refused: 'This lock link no longer works: it was used already or it expired. Ask for a new one below.',
};

/** `POST /demo/sign-in` as the platform's sign-in page sends it. */
async function demoSignIn(username: string, password: string) {
  const res = await fetch(`${app.url}/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * Tries the platform's sign-in until it refuses the account as locked (423), for at most 2 s
 * after `since`; returns the refusal and how long after `since` it came (undefined: not refused).
 */
async function refusedWithin2s(username: string, password: string, since: number) {
  while (Date.now() - since < 2_000) {
    const tried = await demoSignIn(username, password);
    if (tried.status === 423) return { ...tried, ms: Date.now() - since };
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

/** The lock offer inside the report form on `page`. */
const offerOf = (page: Page) => page.locator('recourse-report-form section[aria-labelledby="lock-heading"]');

/** Waits for the lock's result in the offer; returns the case number and the private link. */
async function lockedIn(offer: Locator): Promise<{ number: string; id: string; token: string }> {
  await offer.locator('.case-number').waitFor({ timeout: 15_000 });
  const number = (await offer.locator('.case-number').textContent()) ?? '';
  const link = new URL(await offer.locator('#lock-tracking').inputValue());
  const params = new URLSearchParams(link.hash.slice(1));
  return { number, id: params.get('case') ?? '', token: params.get('token') ?? '' };
}

/** The end of the lock-link email's subject, after the platform's name. */
const LOCK_LINK_SUBJECT = EMAIL_EN.lockLink.subject.replace('{platform}', '');

/**
 * The lock-link message to `to` (an email by the subject the server's English catalog gives it, a
 * text by its template), within `ms`: not any message with `#lock=`, since every case notice
 * carries a lock link too (issue 18), naming its case.
 */
async function lockLinkFor(to: string, ms = 10_000): Promise<MailboxEntry> {
  return app.center.mailbox!.waitFor(
    (m) =>
      m.to.includes(to) &&
      (m.kind === 'email' ? m.subject.endsWith(LOCK_LINK_SUBJECT) : m.template === 'lock_link'),
    ms,
  );
}

/** Every message the mailbox got for `to` that mentions `text`, within `ms`. */
async function mailFor(to: string, text: string, ms = 10_000): Promise<MailboxEntry> {
  return app.center.mailbox!.waitFor((m) => m.to.includes(to) && JSON.stringify(m).includes(text), ms);
}

/**
 * The lock is recorded: in the case's chain (the desk's timeline: the lock requested, then done,
 * in the desk page too), in force with its origin in the reporter's and the desk's views, and the
 * reporter's tracker opens on the case from the private link.
 */
async function lockRecorded(
  page: Page,
  locked: { id: string; number: string; token: string },
  origin: 'session' | 'link',
): Promise<void> {
  const reporter = async () =>
    JSON.parse((await reporterGet(app, `/v1/cases/${locked.id}`, locked.token)).text) as {
      containment?: { lock?: { state: string; origin: string } };
    };
  await expect
    .poll(async () => (await reporter()).containment?.lock, { timeout: 10_000 })
    .toEqual(expect.objectContaining({ state: 'in_force', origin }));
  const res = await fetch(`${app.url}/v1/desk/cases/${locked.id}`, {
    headers: { authorization: `Bearer ${app.agentKey}` },
  });
  expect(res.status).toBe(200);
  const desk = (await res.json()) as {
    entries: { type: string; data: Record<string, unknown> }[];
    containment?: { lock?: { state: string; origin: string } };
  };
  expect(desk.containment?.lock).toEqual(expect.objectContaining({ state: 'in_force', origin }));
  const lockEvents = desk.entries
    .filter((e) => e.data.action === 'lock_account')
    .map((e) => `${e.type}${e.data.origin ? ` ${String(e.data.origin)}` : ''}`);
  expect(lockEvents).toEqual([`action_requested ${origin}`, 'action_succeeded']);

  const deskView = await openDesk(page, app);
  await openDeskCase(deskView, locked.number);
  const timeline = deskView.locator('[part="timeline"]');
  await expect.poll(() => timeline.textContent(), { timeout: 10_000 }).toContain('Platform action done');
  expect(await timeline.textContent()).toContain('Platform action requested');
  expect(await axeViolations(page)).toEqual([]);

  const tracker = await openTracker(page, app, locked);
  expect((await trackerTimeline(tracker)).length).toBeGreaterThan(0);
}

describe('self-service lock in the report form against the real server', () => {
  it('signed in: "Lock my account now" locks at once; the account cannot sign in within 2 s; Secure page says why', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchPage(page);
    await page.goto(`${app.url}/secure.html?lang=en`);
    await signIn(page, 'mei', 'lantern-demo-1');

    await page.goto(`${app.url}/report.html?lang=en`);
    const form = page.locator('recourse-report-form');
    await form.locator('#f-access-canSignIn').check(); // yes, still signed in
    await form.locator('#f-triage-moneyMoved').check(); // money moved
    const offer = offerOf(page);
    const button = offer.getByRole('button', { name: EN.lock });
    await button.waitFor({ timeout: 10_000 });
    expect(await axeViolations(page)).toEqual([]);
    await button.focus();
    await page.keyboard.press('Enter');
    const locked = await lockedIn(offer);
    const answeredAt = Date.now();
    expect(locked.number).toMatch(/^RC-/);
    expect(await offer.locator('[role="status"]').textContent()).toBe(
      `Your account is locked. Case number ${locked.number}.`,
    );
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe(
      'lock-heading',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The platform's sign-in refuses the account within 2 s of the answer.
    const refused = await refusedWithin2s('mei', 'lantern-demo-1', answeredAt);
    console.log(`e2e: signed-in lock: sign-in refused ${refused?.ms ?? 'not'} ms after the lock's answer`);
    expect(refused, 'sign-in refused within 2 s').toBeDefined();
    expect(refused!.body.caseNumber).toBe(locked.number);
    // The session that proved the lock has ended too.
    expect(await (await context.request.get(`${app.url}/demo/me`)).json()).toEqual({ signedIn: false });

    // The Secure page says why and names the case.
    const stranger = await browser.newPage();
    await watchPage(stranger);
    await stranger.goto(`${app.url}/secure.html?lang=en`);
    await stranger.locator('#username').fill('mei');
    await stranger.locator('#password').fill('lantern-demo-1');
    await stranger.locator('#password').press('Enter');
    await expect.poll(() => stranger.locator('#locked').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await stranger.locator('#locked-case').textContent()).toBe(`case ${locked.number}`);
    expect(await stranger.locator('#sign-in-error').textContent()).toBe('This account is locked.');
    expect(await stranger.evaluate(() => document.activeElement?.id)).toBe('locked');
    expect(await stranger.locator('#signed-in').isVisible()).toBe(false);
    expect(await axeViolations(stranger)).toEqual([]);
    // The refused sign-in is a 423, which Chromium reports on the console; nothing else is there.
    expect(takeProblems(stranger)).toEqual([
      'console /secure.html?lang=en: Failed to load resource: the server responded with a status of 423 (Locked)',
    ]);

    // In the case's chain and the desk, with its origin; the tracker opens on it.
    const deskPage = await browser.newPage();
    await watchPage(deskPage);
    await lockRecorded(deskPage, locked, 'session');

    // Every contact on record (mei: an email address and a phone) was told.
    await mailFor('mei.lin@example.com', locked.number);
    await mailFor('+15550100101', locked.number);

    // The lock link in that notice locks again IN THAT CASE (ADR 0031): no new case on the desk,
    // the form shows the case's number and no new private link.
    const notice = await app.center.mailbox!.waitFor(
      (m) =>
        m.to.includes('mei.lin@example.com') &&
        JSON.stringify(m).includes(locked.number) &&
        JSON.stringify(m).includes('#lock='),
      10_000,
    );
    const noticeLink = /https?:\/\/\S+#lock=[A-Za-z0-9_-]+/.exec(
      notice.kind === 'email' ? notice.text : '',
    )?.[0];
    expect(noticeLink, 'a lock link in the case notice').toBeDefined();
    const deskCases = async () => {
      const r = await fetch(`${app.url}/v1/desk/cases?limit=200`, {
        headers: { authorization: `Bearer ${app.agentKey}` },
      });
      return ((await r.json()) as { items: unknown[] }).items.length;
    };
    const casesBefore = await deskCases();
    const fromNotice = await browser.newPage();
    await watchPage(fromNotice);
    await fromNotice.goto(noticeLink!);
    const noticeOffer = offerOf(fromNotice);
    await noticeOffer.getByRole('button', { name: EN.lock }).click();
    await noticeOffer.locator('.in-case').waitFor({ timeout: 15_000 });
    expect(await noticeOffer.locator('.case-number').textContent()).toBe(locked.number);
    expect(await noticeOffer.locator('.in-case').textContent()).toBe(
      'The lock was added to this existing case. Follow it with the private link you already have for it.',
    );
    expect(await noticeOffer.locator('#lock-tracking').count()).toBe(0);
    expect(await axeViolations(fromNotice)).toEqual([]);
    expect(await deskCases()).toBe(casesBefore);
    const inCase = async () => {
      const r = await fetch(`${app.url}/v1/desk/cases/${locked.id}`, {
        headers: { authorization: `Bearer ${app.agentKey}` },
      });
      const view = (await r.json()) as { entries: { type: string; data: Record<string, unknown> }[] };
      return view.entries
        .filter((e) => e.data.action === 'lock_account')
        .map((e) => `${e.type}${e.data.origin ? ` ${String(e.data.origin)}` : ''}`);
    };
    await expect
      .poll(inCase, { timeout: 10_000 })
      .toEqual(['action_requested session', 'action_succeeded', 'action_requested link', 'action_succeeded']);
    // Every contact on record is told of the lock in the case (the text message, as the demo shows it).
    await expect
      .poll(
        async () => {
          const box = (await (await fetch(`${app.url}/demo/mailbox?lang=en`)).json()) as {
            messages: { kind: string; to: string[]; text?: string }[];
          };
          return box.messages.some(
            (m) =>
              m.kind === 'sms' &&
              m.to.includes('+15550100101') &&
              (m.text ?? '').startsWith(`Lantern Wallet case ${locked.number}: your account was locked.`),
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await context.close();
    await stranger.close();
    await deskPage.close();
    await fromNotice.close();
  });

  it('signed out: the lock link arrives by mail over SMTP; following it locks, once; every contact on record told', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchPage(page);
    await page.goto(`${app.url}/report.html?lang=en`);
    const form = page.locator('recourse-report-form');
    await form.locator('#f-access-canSignIn-no').check();
    const offer = offerOf(page);
    await offer.getByRole('button', { name: EN.lock }).click();
    // Not signed in here: which account? (the refused lock on no session is a 4xx on the console)
    const field = offer.locator('#lock-account');
    await field.waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe(
      'lock-account',
    );
    takeProblems(page);

    // A missing account: the same words as an existing one.
    await offer.locator('#lock-kind').selectOption('email');
    await field.fill('nobody-here@example.org');
    await field.press('Enter');
    await expect
      .poll(() => offer.locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toBe(EN.linkSent);
    const forNobody = (await offer.textContent()) ?? '';

    await field.fill('sam.carter@example.org');
    await offer.getByRole('button', { name: 'Send the link again' }).click();
    await expect
      .poll(() => offer.locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toBe(EN.linkSent);
    expect((await offer.textContent())?.replace('sam.carter@example.org', '')).toBe(
      forNobody.replace('nobody-here@example.org', ''),
    );
    expect(await axeViolations(page)).toEqual([]);

    // The lock link reaches every contact on record, the previous email address included.
    const mail = await lockLinkFor('sam.carter@example.org');
    await lockLinkFor('sam.c.old@example.org');
    await lockLinkFor('+15550100102');
    expect(mail.kind).toBe('email');
    const text = mail.kind === 'email' ? mail.text : '';
    const link = /https?:\/\/\S+#lock=[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link, 'a lock link in the email').toBeDefined();
    expect(new URL(link!).origin).toBe(app.url);
    // The text message, as the demo mailbox page shows it, carries its own link, in each language.
    for (const [lang, text] of [
      ['en', /^Lantern Wallet: Not you\? Lock your account now: http:\/\/\S+#lock=[\w-]+ \(works once\)$/],
      [
        'zh-CN',
        /^【灯笼钱包】如果不是您本人在操作，请立即锁定账号：http:\/\/\S+#lock=[\w-]+（链接仅可使用一次）$/,
      ],
    ] as const) {
      const box = (await (await fetch(`${app.url}/demo/mailbox?lang=${lang}`)).json()) as {
        messages: { kind: string; to: string[]; text?: string }[];
      };
      const texts = box.messages.filter((m) => m.kind === 'sms' && m.to.includes('+15550100102'));
      expect(
        texts.map((m) => m.text).filter((t) => text.test(t ?? '')),
        lang,
      ).toHaveLength(1);
    }

    // Following it: the lock is offered first; the token leaves the address bar at once.
    const opened = await context.newPage();
    await watchPage(opened);
    await opened.goto(link!);
    const linkOffer = offerOf(opened);
    await linkOffer.getByRole('button', { name: EN.lock }).waitFor({ timeout: 10_000 });
    expect(opened.url()).not.toContain('#lock=');
    expect(
      await opened.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      ),
    ).not.toContain(new URL(link!).hash.slice(6));
    await linkOffer.getByRole('button', { name: EN.lock }).click();
    const locked = await lockedIn(linkOffer);
    const refused = await refusedWithin2s('sam', 'lantern-demo-2', Date.now());
    console.log(`e2e: lock link: sign-in refused ${refused?.ms ?? 'not'} ms after the lock's answer`);
    expect(refused, 'sign-in refused within 2 s').toBeDefined();
    expect(refused!.body.caseNumber).toBe(locked.number);

    // The link works once.
    const again = await context.newPage();
    await watchPage(again);
    await again.goto(link!);
    await offerOf(again).getByRole('button', { name: EN.lock }).click();
    await expect
      .poll(() => offerOf(again).locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toBe(EN.refused);
    takeProblems(again); // the refused token is a 401 on the console

    // In the case's chain and the desk, origin "link"; every contact on record told of the lock.
    await lockRecorded(await context.newPage(), locked, 'link');
    for (const to of ['sam.carter@example.org', 'sam.c.old@example.org', '+15550100102'])
      await mailFor(to, locked.number);
    await context.close();
  });
});
