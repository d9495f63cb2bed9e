// The reporter's tracker and the agent's desk side by side in one browser, against the real
// server (issue 6, "Must show"): an agent's command reaches the open tracker live (SSE, < 2 s, no
// reload); an answer with a file reaches the desk (hash shown, download checked); restore → the
// checklist → dispute (back to investigating) → confirm → close; a complaint filed in the tracker
// is shown in the desk; the downloaded dossier verifies and an edited one does not; internal
// notes never reach the reporter (page, events, stream).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Dossier, verifyChain, verifyDossier } from '@recourse/core';
import { DOMAIN_CATALOGS } from '@recourse/elements/i18n';
import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  commandSeenLive,
  deskCommand,
  deskState,
  fileCase,
  openDesk,
  openDeskCase,
  openTracker,
  reporterGet,
  seenWithin,
} from './flows';
import { expectPagesClean, launchChromium, type Running, startHelpCenter, watchPage } from './harness';

const EV = DOMAIN_CATALOGS.en.event;
const ST = DOMAIN_CATALOGS.en.state;
/** A 1×1 PNG (real magic bytes: the server sniffs them). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PNG_SHA256 = createHash('sha256').update(PNG).digest('hex');
const NOTE = 'INTERNAL-7f3a: withdrawal address matches a known phishing kit';

let app: Running;
let browser: Browser;
let reporterContext: BrowserContext;
let agentContext: BrowserContext;
let reporter: Page;
let agent: Page;
let tracker: Locator;
let desk: Locator;
let link: { id: string; number: string; token: string };
/** Server answer → tracker shows it, per agent command (ms). */
const timings: number[] = [];

/** Sends a desk command and measures until the tracker's timeline shows its event. */
async function liveInTracker(type: string, event: keyof typeof EV, fields: Record<string, string> = {}) {
  const ms = await commandSeenLive(desk, tracker, type, EV[event], fields);
  timings.push(ms);
  return ms;
}

/** The events of the case as stored. */
const stored = async () => (await app.store.loadEvents(link.id)).map((e) => e.type);

beforeAll(async () => {
  [app, browser] = await Promise.all([startHelpCenter('pglite'), launchChromium()]);
  link = await fileCase(app, 'Someone changed my email and tried a withdrawal.');
  // One browser, two windows (contexts): a background tab's timers would be throttled.
  [reporterContext, agentContext] = await Promise.all([
    browser.newContext({ acceptDownloads: true }),
    browser.newContext({ acceptDownloads: true }),
  ]);
  [reporter, agent] = await Promise.all([reporterContext.newPage(), agentContext.newPage()]);
  await Promise.all([watchPage(reporter), watchPage(agent)]);
});
afterEach(expectPagesClean);
afterAll(async () => {
  console.info(`tracker-desk: agent command → open tracker, ms: ${timings.join(', ')}`);
  await browser?.close();
  await app?.close();
});

describe('tracker and desk against the real server', () => {
  it('the tracker opens from the private link (token out of the address bar), the desk with the agent key', async () => {
    tracker = await openTracker(reporter, app, link);
    expect(await tracker.locator('#heading').textContent()).toContain(link.number);
    desk = await openDesk(agent, app);
    await openDeskCase(desk, link.number);
    expect(await deskState(desk)).toBe(ST.submitted);
    // A reload of the tracker page would lose this mark.
    await reporter.evaluate(() => {
      (window as unknown as { mark: number }).mark = 42;
    });
  });

  it("an agent's command appears in the open tracker within 2 s, without reload (SSE)", async () => {
    const ms = await liveInTracker('start_review', 'review_started');
    expect(ms).toBeLessThan(2_000);
    await expect
      .poll(() => tracker.locator('.badge').textContent())
      .toBe(DOMAIN_CATALOGS.en.status.in_review);
    expect(await reporter.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(42);
    expect(await tracker.locator('[part="connection"]').getAttribute('class')).toContain('live');
  });

  it('a request for information shows as "action needed"; the answer with a file reaches the desk (hash shown, download checked)', async () => {
    const prompt = 'Please send a screenshot of the email-change notice.';
    const accepted = await deskCommand(desk, 'request_info', { prompt });
    const action = tracker.locator('[part="action"]');
    expect(await seenWithin(action.locator('.quote', { hasText: prompt }), accepted, 3_000)).toBeLessThan(
      2_000,
    );

    await action.locator('#answer').fill('Here is the notice I received at 03:12.');
    await action.locator('#files').setInputFiles({ name: 'notice.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => action.locator('.files code.hash').textContent()).toBe(PNG_SHA256);
    await action.locator('button[type="submit"]').click();
    await expect.poll(() => tracker.locator('[part="action"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await tracker.locator('[part="thread"]').textContent()).toContain('Here is the notice I received');

    // The desk (refreshing) shows the answer and the file with its hash.
    const messages = desk.locator('[part="messages"]');
    await expect
      .poll(() => messages.textContent(), { timeout: 5_000 })
      .toContain('Here is the notice I received at 03:12.');
    const row = desk.locator('[part="evidence"] tbody tr', { hasText: 'notice.png' });
    await row.waitFor({ timeout: 5_000 });
    expect(await row.locator('code.hash').textContent()).toBe(PNG_SHA256);
    const [download] = await Promise.all([agent.waitForEvent('download'), row.locator('button').click()]);
    expect(download.suggestedFilename()).toBe('notice.png');
    expect(Buffer.from(await readFile((await download.path())!)).equals(PNG)).toBe(true);
    await expect.poll(() => row.locator('strong.ok').textContent()).toBe('✓');

    // The database: the answer names the stored file, whose hash is the one shown.
    const events = await app.store.loadEvents(link.id);
    const provided = events.find((e) => e.type === 'info_provided')!;
    const [meta] = await app.store.listAttachments(link.id);
    expect(meta).toMatchObject({ sha256: PNG_SHA256, size: PNG.length, mediaType: 'image/png' });
    expect((provided.data as { attachmentIds: string[] }).attachmentIds).toEqual([meta!.id]);
  });

  it('internal notes never reach the reporter: not on the page, not in the events, not in the stream', async () => {
    const accepted = await deskCommand(desk, 'add_note', { text: NOTE });
    // The desk marks it internal; the tracker gets only a stub, live.
    await expect.poll(() => desk.locator('[part="timeline"] li.internal').textContent()).toContain(NOTE);
    const stub = tracker.locator('[part="timeline"] li.internal');
    expect(await seenWithin(stub, accepted, 3_000)).toBeLessThan(2_000);
    const shown = await tracker.evaluate((el) => el.shadowRoot!.innerHTML + el.innerHTML);
    expect(shown).not.toContain('INTERNAL-7f3a');
    expect(shown).not.toContain('phishing kit');
    expect(await reporter.content()).not.toContain('INTERNAL-7f3a');

    // The database holds the note (so the checks below are not vacuous).
    const note = (await app.store.loadEvents(link.id)).find((e) => e.type === 'note_added')!;
    expect(note.visibility).toBe('internal');
    expect(JSON.stringify(note.data)).toContain('INTERNAL-7f3a');

    // The reporter API: a redacted stub in its place, and the chain still verifies.
    const events = await reporterGet(app, `/v1/cases/${link.id}/events`, link.token);
    expect(events.status).toBe(200);
    expect(events.text).not.toContain('INTERNAL-7f3a');
    expect(events.text).not.toContain('note_added');
    const page = JSON.parse(events.text) as { entries: Record<string, unknown>[]; head: { hash: string } };
    const stubEntry = page.entries.find((e) => e.seq === note.seq)!;
    expect(Object.keys(stubEntry).sort()).toEqual(['digest', 'hash', 'prev', 'redacted', 'seq']);
    expect(stubEntry).toMatchObject({ redacted: true, hash: note.hash });
    expect(verifyChain(page.entries as never, { expectedHead: page.head.hash }).ok).toBe(true);
    const view = await reporterGet(app, `/v1/cases/${link.id}`, link.token);
    expect(view.status).toBe(200);
    expect(view.text).not.toContain('INTERNAL-7f3a');

    // The live stream, read raw until it has replayed the note's seq.
    const abort = new AbortController();
    const res = await fetch(`${app.url}/v1/cases/${link.id}/stream`, {
      headers: { authorization: `Bearer ${link.token}` },
      signal: abort.signal,
    });
    const reader = res.body!.getReader();
    let text = '';
    const until = Date.now() + 5_000;
    while (!text.includes(`id: ${note.seq}\n`) && Date.now() < until) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    abort.abort();
    expect(text).toContain(`id: ${note.seq}\n`);
    expect(text).not.toContain('INTERNAL-7f3a');
    expect(text).not.toContain('note_added');

    // A wrong token sees nothing at all.
    expect(
      (await reporterGet(app, `/v1/cases/${link.id}/events`, `${link.token.slice(0, -2)}xx`)).status,
    ).toBe(404);
  });

  it('a complaint filed in the tracker is shown in the desk, and its answer comes back live', async () => {
    const complaint = tracker.locator('[part="complaint"]');
    await complaint.locator('#open-complaint').click();
    await complaint.locator('#complaint-text').fill('Nobody told me the account was frozen until I asked.');
    await complaint.locator('button[type="submit"]').click();
    await expect.poll(() => complaint.locator('.state').textContent(), { timeout: 5_000 }).toBeTruthy();

    await expect
      .poll(() => desk.locator('[part="messages"]').textContent(), { timeout: 5_000 })
      .toContain('Nobody told me the account was frozen');
    const accepted = await deskCommand(desk, 'answer_complaint', {
      text: 'You are right; we now notify on every freeze.',
    });
    const answer = tracker.locator('[part="complaint"] blockquote', { hasText: 'we now notify' });
    expect(await seenWithin(answer, accepted, 3_000)).toBeLessThan(2_000);
    expect(await stored()).toEqual(expect.arrayContaining(['complaint_filed', 'complaint_answered']));
  });

  it('restore → the checklist; a dispute sends the case back to investigating', async () => {
    const from = timings.length;
    await liveInTracker('confirm_compromise', 'compromise_confirmed');
    await liveInTracker('freeze', 'account_frozen');
    await liveInTracker('start_investigation', 'investigation_started');
    await liveInTracker('request_verification', 'verification_requested');
    // The tracker tells the reporter support will verify their identity.
    await expect.poll(() => tracker.locator('[part="action"] h4').count()).toBe(1);
    await liveInTracker('record_verification', 'verification_recorded', { outcome: 'passed' });
    await liveInTracker('restore', 'account_restored');
    for (const ms of timings.slice(from)) expect(ms).toBeLessThan(2_000);

    // Restored: hardening advice, with the link to two-step verification on secure.html.
    const hardening = tracker.locator('[part="hardening"]');
    await hardening.waitFor({ timeout: 2_000 });
    expect(await hardening.locator('a[href$="secure.html"]').count()).toBe(1);

    await liveInTracker('request_confirmation', 'confirmation_requested');
    const checklist = tracker.locator('[part="checklist"]');
    await expect.poll(() => checklist.locator('input[name="check"]').count(), { timeout: 2_000 }).toBe(5);
    expect(await checklist.locator('#confirm').isDisabled()).toBe(true);

    // Something is wrong: the reporter disputes; the case goes back to investigating.
    // Everything is fine except the transactions: the dispute form starts with what was left unticked.
    for (const item of ['notice_received', 'profile_ok', 'email_phone_ok', 'login_history_ok'])
      await checklist.locator(`input[name="check"][value="${item}"]`).check();
    expect(await checklist.locator('#confirm').isDisabled()).toBe(true);
    await checklist.locator('#open-dispute').click();
    const dispute = checklist.locator('form.dispute');
    expect(
      await dispute
        .locator('input[name="dispute"]:checked')
        .evaluateAll((l) => l.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['transactions_ok']);
    await dispute.locator('#dispute-text').fill('A withdrawal I did not make is still pending.');
    await dispute.locator('button[type="submit"]').click();
    await expect.poll(() => tracker.locator('[part="checklist"]').count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => deskState(desk), { timeout: 5_000 }).toBe(ST.investigating);
    expect((await app.store.getCase(link.id))!.projection.state).toBe('investigating');
    const disputed = (await app.store.loadEvents(link.id)).find((e) => e.type === 'recovery_disputed')!;
    expect(disputed.data).toMatchObject({
      items: ['transactions_ok'],
      details: 'A withdrawal I did not make is still pending.',
    });
  });

  it('restore again → the checklist confirmed → close; the tracker follows', async () => {
    await liveInTracker('restore', 'account_restored');
    await liveInTracker('request_confirmation', 'confirmation_requested');
    const checklist = tracker.locator('[part="checklist"]');
    const boxes = checklist.locator('input[name="check"]');
    await expect.poll(() => boxes.count(), { timeout: 2_000 }).toBe(5);
    for (let i = 0; i < 5; i++) await boxes.nth(i).check();
    await checklist.locator('#confirm').click();
    // Confirmed: nothing left to tick (a dispute stays possible until the case is closed).
    await expect.poll(() => checklist.locator('input[name="check"]').count(), { timeout: 5_000 }).toBe(0);
    expect(await checklist.locator('#confirm').count()).toBe(0);

    // The desk sees the confirmation, then closes.
    await expect
      .poll(() => desk.locator('[part="timeline"]').textContent(), { timeout: 5_000 })
      .toContain(EV.recovery_confirmed);
    await liveInTracker('close', 'case_closed');
    await expect.poll(() => tracker.locator('.badge').textContent()).toBe(DOMAIN_CATALOGS.en.status.closed);
    expect(await tracker.locator('[part="step"][aria-current="step"] .label').textContent()).toBe(
      DOMAIN_CATALOGS.en.status.closed,
    );
    const confirmed = (await app.store.loadEvents(link.id)).find((e) => e.type === 'recovery_confirmed')!;
    expect(confirmed.data).toMatchObject({
      checklist: {
        notice_received: true,
        profile_ok: true,
        email_phone_ok: true,
        transactions_ok: true,
        login_history_ok: true,
      },
    });
    expect((await app.store.getCase(link.id))!.projection.state).toBe('closed');
    expect(await reporter.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(42);
  });

  it('the downloaded dossier verifies; an edited one does not', async () => {
    const [download] = await Promise.all([
      reporter.waitForEvent('download'),
      tracker.locator('#dossier-json').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`case-${link.number}.json`);
    const text = await readFile((await download.path())!, 'utf8');
    const checked = verifyDossier(text);
    expect(checked.ok).toBe(true);
    const dossier = JSON.parse(text) as Dossier;
    // The whole chain as the reporter sees it (the note as a stub), with the evidence hash.
    expect(dossier.timeline.entries).toHaveLength((await app.store.loadEvents(link.id)).length);
    expect(text).not.toContain('INTERNAL-7f3a');
    expect(dossier.evidence.map((e) => e.sha256)).toEqual([PNG_SHA256]);
    expect(dossier.communications.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['request', 'answer', 'complaint', 'complaint_answer']),
    );

    // Edited: a message reworded (timeline and communications alike) → the chain breaks.
    const edited = JSON.parse(text) as Dossier;
    for (const e of edited.timeline.entries) {
      if (!('redacted' in e) && e.type === 'complaint_answered') e.data.text = 'We did nothing wrong.';
    }
    for (const c of edited.communications)
      if (c.kind === 'complaint_answer') (c as { text: string }).text = 'We did nothing wrong.';
    expect(verifyDossier(JSON.stringify(edited))).toEqual({ ok: false, problem: 'chain_broken' });
    // Edited: an event dropped → broken too.
    const dropped = JSON.parse(text) as Dossier;
    dropped.timeline.entries.splice(3, 1);
    expect(verifyDossier(JSON.stringify(dropped)).ok).toBe(false);
    // Edited: a time changed → broken.
    const retimed = JSON.parse(text) as Dossier;
    const first = retimed.timeline.entries.find((e) => !('redacted' in e)) as { at: string };
    first.at = new Date(Date.parse(first.at) - 86_400_000).toISOString();
    expect(verifyDossier(JSON.stringify(retimed)).ok).toBe(false);
  });
});
