// Containment after a takeover (issue 18, "Must show"), against the real server, its delivery
// worker and Lantern's demo platform: support freezes → the platform locks the account (the demo
// sign-in refuses it) and the tracker and the desk say so, with the lock's origin; `restore` is
// refused until support verified the owner's identity; after it the platform unlocks the account
// (the sign-in works again) and a recovery hold starts, shown in the tracker with its end and why
// it protects the owner; at the confirmation step the owner reviews the account's credentials and a
// removal runs through the platform, its outcome shown in the tracker. Then the owner locks again
// with a lock link from the mailbox and asks, in the tracker, to lift it: the cooling-off's end is
// shown, every contact on record is told, and the account stays locked meanwhile.
import { DOMAIN_CATALOGS } from '@recourse/elements/i18n';
import type { Browser, Locator, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
// The tracker's own words (not a public export), so the checks read what the reporter reads.
import { CASE_TRACKER_CATALOGS } from '../../../packages/elements/src/components/case-tracker/case-tracker.i18n';
import { en as EMAIL_EN } from '../../../packages/server/src/delivery/email/en';
import {
  axeViolations,
  commandSeenLive,
  fileCase,
  openDesk,
  openDeskCase,
  openTracker,
  reporterGet,
} from './flows';
import { type Running, useHelpCenter, watchPage } from './harness';

/** The end of the lock-link message's subject, after the platform's name ("{platform}: lock your account"). */
const LOCK_LINK_SUBJECT = EMAIL_EN.lockLink.subject.replace('{platform}', '');

const EV = DOMAIN_CATALOGS.en.event;
const T = CASE_TRACKER_CATALOGS.en;

let app: Running;
let browser: Browser;
let reporter: Page;
let agent: Page;
let tracker: Locator;
let desk: Locator;
let link: { id: string; number: string; token: string };

/** The demo platform's sign-in for sam (the account the case names): its status and problem code. */
async function signInSam(): Promise<{ status: number; code?: string; caseNumber?: string }> {
  const res = await fetch(`${app.url}/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sam', password: 'lantern-demo-2' }),
  });
  const body = (await res.json().catch(() => ({}))) as { code?: string; caseNumber?: string };
  return { status: res.status, code: body.code, caseNumber: body.caseNumber };
}

/** The reporter's containment, as the API serves it. */
async function containment() {
  const view = await reporterGet(app, `/v1/cases/${link.id}`, link.token);
  expect(view.status).toBe(200);
  return (JSON.parse(view.text) as { containment?: Record<string, unknown> }).containment;
}

/** Sends a desk command and waits until the tracker shows its event (live). */
const live = (type: string, event: keyof typeof EV, fields: Record<string, string> = {}) =>
  commandSeenLive(desk, tracker, type, EV[event], fields);

useHelpCenter(async (shared) => {
  ({ app, browser } = shared);
  link = await fileCase(app, 'Someone changed my email and an API key I never made appeared.');
  const [reporterContext, agentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  [reporter, agent] = await Promise.all([reporterContext.newPage(), agentContext.newPage()]);
  await Promise.all([watchPage(reporter), watchPage(agent)]);
});

describe('containment against the real server and the demo platform', () => {
  it('a freeze locks the account at the platform: the sign-in is refused, the tracker and the desk show the lock and its origin', async () => {
    expect((await signInSam()).status).toBe(200);
    tracker = await openTracker(reporter, app, link);
    desk = await openDesk(agent, app);
    await openDeskCase(desk, link.number);
    await live('start_review', 'review_started');
    await live('confirm_compromise', 'compromise_confirmed');
    const frozen = Date.now();
    await live('freeze', 'account_frozen');

    // The worker ran the platform's lockAccount: the demo sign-in refuses sam, naming the case.
    await expect.poll(signInSam, { timeout: 10_000, interval: 100 }).toMatchObject({
      status: 423,
      code: 'account_locked',
      caseNumber: link.number,
    });
    console.info(`containment: freeze → sign-in refused in ${Date.now() - frozen} ms`);

    const lock = tracker.locator('[part="containment"] .lock');
    await expect
      .poll(() => lock.locator('.lock-state').textContent(), { timeout: 5_000 })
      .toBe(T.containment.lock.in_force);
    expect(await lock.textContent()).toContain(T.containment.origins.desk);
    const deskLock = desk.locator('[part="containment"] .lock');
    await expect.poll(() => deskLock.getAttribute('data-lock-origin'), { timeout: 5_000 }).toBe('desk');
    await expect
      .poll(
        () => desk.locator('[part="containment"] tr[data-action="lock_account"]').getAttribute('data-state'),
        {
          timeout: 5_000,
        },
      )
      .toBe('done');
    expect(await containment()).toMatchObject({ lock: { state: 'in_force', origin: 'desk' } });
  });

  it('restore is refused until support verified the owner’s identity', async () => {
    await live('start_investigation', 'investigation_started');
    expect(await desk.locator('form[data-command="restore"]').count()).toBe(0);
    const res = await fetch(`${app.url}/v1/desk/cases/${link.id}/commands`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${app.agentKey}`,
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({ type: 'restore', payload: {} }),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('workflow_refused');
    // Still locked.
    expect((await signInSam()).status).toBe(423);
  });

  it('support verifies identity and unlocks: the sign-in works again, and the recovery hold shows in the tracker with its end and why', async () => {
    await live('request_verification', 'verification_requested');
    await live('record_verification', 'verification_recorded', { outcome: 'passed' });
    const restored = Date.now();
    await live('restore', 'account_restored');

    await expect.poll(signInSam, { timeout: 10_000, interval: 100 }).toMatchObject({ status: 200 });
    console.info(`containment: restore → sign-in works again in ${Date.now() - restored} ms`);

    const hold = tracker.locator('[part="containment"] .hold');
    await expect.poll(() => hold.getAttribute('class'), { timeout: 5_000 }).toContain('in_force');
    const served = (await containment()) as {
      hold: { until: string; state: string };
      lock: { state: string };
    };
    expect(served.lock.state).toBe('released');
    // The hold's end, as the server fixed it: 48 h (the default) after the restore.
    const until = Date.parse(served.hold.until);
    expect(Math.abs(until - restored - 48 * 3_600_000)).toBeLessThan(60_000);
    expect(await hold.locator('time').getAttribute('datetime')).toBe(served.hold.until);
    expect(await hold.textContent()).toContain(T.containment.holdWhy);
    expect(await tracker.locator('[part="containment"] .lock-state').textContent()).toBe(
      T.containment.lock.released,
    );
    for (const action of ['unlock_account', 'hold_risky_actions']) {
      await expect
        .poll(
          () => desk.locator(`[part="containment"] tr[data-action="${action}"]`).getAttribute('data-state'),
          {
            timeout: 5_000,
          },
        )
        .toBe('done');
    }
    expect(await axeViolations(reporter)).toEqual([]);
  });

  it('at the confirmation step the owner reviews the credentials: a removal runs at the platform and its outcome shows', async () => {
    await live('request_confirmation', 'confirmation_requested');
    const review = tracker.locator('[part="credentials"]');
    const items = review.locator('[data-credential]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(5);
    const ids = await items.evaluateAll((list) => list.map((li) => li.getAttribute('data-credential')!));
    const key = ids.find((id) => id.startsWith('key_'))!;
    // Keyboard: each choice by its radio, then the submit button.
    for (const id of ids) {
      const radio = review.locator(
        `[data-credential="${id}"] input[value="${id === key ? 'remove' : 'keep'}"]`,
      );
      await radio.focus();
      await reporter.keyboard.press('Space');
    }
    await review.locator('#cred-submit').focus();
    await reporter.keyboard.press('Enter');
    const outcome = (id: string) => review.locator(`[data-credential="${id}"] .outcome`).textContent();
    await expect.poll(() => outcome(key), { timeout: 10_000 }).toBe(T.credentials.outcomes.done);
    expect(await outcome(ids.find((id) => id !== key)!)).toBe(T.credentials.outcomes.kept);
    // The platform's list no longer has it.
    const list = await reporterGet(app, `/v1/cases/${link.id}/credentials`, link.token);
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(key);
    expect(await axeViolations(reporter)).toEqual([]);
  });

  it('the owner locks with a lock link, then asks in the tracker to lift it: when it lifts is shown, every contact on record is told, the lock holds meanwhile', async () => {
    // Without proof: a lock link goes to the addresses on record; following it locks at once.
    const post = (body: object) =>
      fetch(`${app.url}/v1/locks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
    const since = Date.now();
    expect((await post({ account: { kind: 'email', value: 'sam.carter@example.org' } })).status).toBe(202);
    const mail = await app.center.mailbox!.waitFor(
      (e) =>
        e.kind === 'email' &&
        e.to.includes('sam.carter@example.org') &&
        // The lock-link message itself: a notice of a case (also to this address, also with a
        // lock link, possibly delivered late from an earlier test) names that case instead.
        e.subject.endsWith(LOCK_LINK_SUBJECT) &&
        /#lock=/.test(e.text) &&
        Date.parse(e.receivedAt) >= since - 1_000,
      10_000,
    );
    const token = /#lock=([A-Za-z0-9_-]+)/.exec(mail.kind === 'email' ? mail.text : '')![1]!;
    const res = await post({ token });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { case: { id: string; number: string }; accessToken: string };
    // In force at the platform (read from the case: the demo sign-in's rate limit is spent by now).
    const lockOf = async () =>
      (
        JSON.parse((await reporterGet(app, `/v1/cases/${created.case.id}`, created.accessToken)).text) as {
          containment?: { lock?: { state: string } };
        }
      ).containment?.lock?.state;
    await expect.poll(lockOf, { timeout: 10_000, interval: 100 }).toBe('in_force');

    const page = await reporter.context().newPage();
    await watchPage(page);
    const own = await openTracker(page, app, { id: created.case.id, token: created.accessToken });
    const section = own.locator('[part="containment"]');
    await expect
      .poll(() => section.locator('.lock-state').textContent(), { timeout: 5_000 })
      .toBe(T.containment.lock.in_force);
    expect(await section.locator('.lock').textContent()).toContain(T.containment.origins.link);
    await section.locator('#release-open').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id))
      .toBe('release-h');
    const asked = Date.now();
    await section.locator('#release-confirm').click();
    const release = section.locator('.release.cooling_off');
    await release.waitFor({ timeout: 5_000 });
    expect(await release.textContent()).toContain('every email address and phone number on record');

    // Every contact on record is told (both email addresses, the old one too, and the phone).
    const mailbox = app.center.mailbox!;
    for (const to of ['sam.carter@example.org', 'sam.c.old@example.org', '+15550100102']) {
      await mailbox.waitFor(
        (e) =>
          e.to.includes(to) &&
          Date.parse(e.receivedAt) >= asked - 1_000 &&
          (e.kind === 'email'
            ? e.subject.includes('asked to lift the lock')
            : e.data.event === 'lock_release_requested'),
        10_000,
      );
    }
    // The cooling-off (72 h by default) has not passed: still locked.
    const served = JSON.parse(
      (await reporterGet(app, `/v1/cases/${created.case.id}`, created.accessToken)).text,
    ) as {
      containment: { lock: { state: string }; release: { state: string; at: string } };
    };
    expect(served.containment.release.state).toBe('cooling_off');
    expect(Math.abs(Date.parse(served.containment.release.at) - asked - 72 * 3_600_000)).toBeLessThan(60_000);
    expect(await release.textContent()).toContain(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(served.containment.release.at)),
    );
    expect(served.containment.lock.state).toBe('in_force');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
