// <recourse-report-form> in Debian's Chromium against the real reference server (PGlite), checked
// in the database: a report by keyboard alone, a draft across reload, a server that goes away
// mid-submit, pasted recovery phrases, refused files, and every string in zh-CN.
import { createHash } from 'node:crypto';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as chinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SUMMARY_CATALOGS } from '../../../packages/elements/src/views/report-summary.i18n';
import {
  expectPagesClean,
  launchChromium,
  type Running,
  startHelpCenter,
  takeProblems,
  watchPage,
} from './harness';
import {
  atStep,
  button,
  byButton,
  byId,
  caseIds,
  casePosts,
  fill,
  focused,
  form,
  type Lang,
  newCases,
  openForm,
  passAccount,
  passFirst,
  passIncident,
  REPORT_FORM_CATALOGS,
  recordRequests,
  reportOf,
  sendFromEvidence,
  setRetryDelay,
  storageDump,
  storedDraft,
  tabTo,
  yesterday,
} from './report-form.driver';

const en = REPORT_FORM_CATALOGS.en;
const zh = REPORT_FORM_CATALOGS['zh-CN'];
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest();
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

// Rate limits: the server allows 10 new reports an hour per client address. The help center
// hands the API its requests without the connection (`recourse.fetch(c.req.raw)`), so every
// visitor counts as "unknown", the same bucket as the 3 seeded cases: this file may create at
// most 7 cases. It creates 7 (keyboard, outage, lost answer, seed phrase, files, en and zh walks).

let app: Running;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startHelpCenter('pglite'), launchChromium()]);
});
afterEach(expectPagesClean);
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A fresh context (own localStorage) in UTC, en-US formats unless told; its page is watched. */
async function newPage(lang: Lang = 'en', permissions: string[] = []): Promise<Page> {
  const context = await browser.newContext({
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  });
  if (permissions.length) await context.grantPermissions(permissions, { origin: app.url });
  contexts.push(context);
  const page = await context.newPage();
  await watchPage(page);
  return page;
}

describe('<recourse-report-form> end to end', () => {
  it('a full report by keyboard alone creates exactly that case; the link opens the tracker', async () => {
    const page = await newPage();
    const seen = recordRequests(page);
    const before = await caseIds(app.store);
    await openForm(page, `${app.url}/report.html`);
    const key = (k: string) => page.keyboard.press(k);
    const type = (text: string) => page.keyboard.type(text);

    // First response, from the top of the page: can't sign in, the reset failed, money moved.
    await tabTo(page, byId('f-access-canSignIn'), 'the first question');
    await key('ArrowRight'); // No
    await tabTo(page, byId('f-access-passwordReset'), 'the reset question');
    await key('ArrowRight');
    await key('ArrowRight'); // Yes, it failed
    await tabTo(page, byId('f-triage-moneyMoved'), 'the money question');
    await key('Space'); // Yes
    await form(page).getByText(en.first.urgency.critical).waitFor();
    await tabTo(page, byButton(en.ui.goToReport), 'go on to the report');
    await key('Enter');
    await atStep(page, en, 'account');
    expect((await focused(page)).id, 'focus on the heading').toBe('heading');

    // Account (by email address: ArrowDown on the closed select) and a safe contact.
    await tabTo(page, byId('f-account-kind'), 'the account kind');
    await key('ArrowDown');
    await tabTo(page, byId('f-account-value'), 'the account');
    await type('victim.kbd@example.com');
    await tabTo(page, byId('f-contact-email'), 'the contact email');
    await type('safe.kbd@example.org');
    await key('Enter');
    await atStep(page, en, 'incident');

    // What happened: one transfer, typed segment by segment into datetime-local (en-US).
    await tabTo(page, byButton(en.ui.add), 'add an activity');
    await key('Enter');
    await page.waitForFunction(() => {
      const root = document.querySelector('recourse-report-form')!.shadowRoot!;
      return root.activeElement?.id === 'f-activities-0-at';
    });
    const when = yesterday();
    await type(`${String(when.m).padStart(2, '0')}${String(when.d).padStart(2, '0')}${when.y}`);
    await key('ArrowRight'); // the year segment takes up to six digits
    await type('1030A');
    await tabTo(page, byId('f-activities-0-asset'), 'the asset');
    await type('USDT');
    await tabTo(page, byId('f-activities-0-amount'), 'the amount');
    await type('1500');
    await tabTo(page, byId('f-activities-0-destination'), 'the destination');
    await type('0x52908400098527886E0F7030069857D2E4169EE7');
    await tabTo(page, byId('f-activities-0-txId'), 'the transaction id');
    const txId = `0x${'9f3c'.repeat(16)}`;
    await type(txId);
    const narrative = 'Someone changed my email overnight and sent 1500 USDT to an address I do not know.';
    await tabTo(page, byId('f-narrative'), 'the narrative');
    await type(narrative);
    await tabTo(page, byButton(en.ui.next), 'continue');
    await key('Enter');
    await atStep(page, en, 'evidence');

    // Evidence: reach the picker by keyboard; the OS dialog is the one thing set directly.
    await tabTo(page, byId('files'), 'the file picker');
    await form(page)
      .locator('#files')
      .setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: PNG });
    await form(page).getByText(en.evidence.ready).waitFor();
    await tabTo(page, byButton(en.ui.next), 'continue');
    await key('Enter');
    await atStep(page, en, 'review');

    // Review: consent with Space, send with Enter.
    await tabTo(page, byId('f-consent'), 'the consent');
    await key('Space');
    await tabTo(page, byButton(en.ui.submit), 'send');
    await key('Enter');
    await atStep(page, en, 'done');
    expect((await focused(page)).id, 'focus on the done heading').toBe('heading');

    // The database: exactly one new case, with what was typed.
    const created = await newCases(app.store, before);
    expect(created).toHaveLength(1);
    const caseId = created[0]!;
    const record = (await app.store.getCase(caseId))!;
    const report = await reportOf(app.store, caseId);
    expect(report.account).toEqual({ kind: 'email', value: 'victim.kbd@example.com' });
    expect(report.contact).toMatchObject({ email: 'safe.kbd@example.org', language: 'en' });
    expect(report.access).toEqual({ canSignIn: false, passwordReset: 'failed' });
    expect(report.activities).toEqual([
      {
        kind: 'transfer',
        at: when.iso,
        asset: 'USDT',
        amount: '1500',
        destination: '0x52908400098527886E0F7030069857D2E4169EE7',
        txId,
      },
    ]);
    expect(report.narrative).toBe(narrative);
    expect(report.attachments).toEqual([
      expect.objectContaining({ name: 'shot.png', mediaType: 'image/png', size: PNG.length }),
    ]);
    expect(casePosts(seen)).toHaveLength(1);

    // The done screen: the database's number, and a link to the tracker carrying case and token.
    const shownNumber = (await form(page).locator('.case-number').textContent())!.trim();
    expect(shownNumber).toBe(record.number);
    const link = await form(page).locator('#tracking').inputValue();
    const match = link.match(/^(.*)#case=([^&]+)&token=([^&]+)$/);
    expect(match, link).not.toBeNull();
    expect(match![1]).toBe(`${app.url}/track.html`);
    expect(decodeURIComponent(match![2]!)).toBe(caseId);
    const token = decodeURIComponent(match![3]!);
    expect(await app.store.findCaseForToken(caseId, sha256(token))).not.toBeNull();

    // The file was uploaded after the case, hashed alike in the browser and the server.
    await form(page).getByText(en.evidence.uploaded).waitFor();
    const files = await app.store.listAttachments(caseId);
    expect(files.map((f) => [f.originalName, f.mediaType, f.sha256])).toEqual([
      ['shot.png', 'image/png', sha256(PNG).toString('hex')],
    ]);
    expect(report.attachments[0]?.sha256).toBe(sha256(PNG).toString('hex'));
    expect(await storedDraft(page), 'draft cleared after submit').toBeNull();
    expect(await storageDump(page)).not.toContain(token);

    // The link opens the tracker on that case.
    await page.goto(link, { waitUntil: 'load' });
    await page
      .locator('recourse-case-tracker h2#heading')
      .filter({ hasText: record.number })
      .waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => location.hash)).toBe(`#case=${caseId}`);
  });
  it('the first step works while the rest of the form cannot load; "go on" says so, then works once it can', async () => {
    const page = await newPage();
    let blocked = 0;
    // Everything after the first step is one chunk: fail it, as a connection lost right after the
    // page loaded would.
    await page.route('**/report-form.lazy-*.js', (route) => {
      blocked++;
      return route.abort('internetdisconnected');
    });
    await page.goto(`${app.url}/report.html`, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await customElements.whenDefined('recourse-report-form');
      await (document.querySelector('recourse-report-form') as unknown as { ready: Promise<void> }).ready;
    });
    const f = form(page);
    await f.locator('#f-access-canSignIn-no').check();
    // The first step answers from the initial bundle: what to do now shows without the rest.
    await f.locator('ol li').first().waitFor();
    await button(page, en.ui.goToReport).click();
    await f.locator('[role="status"]').filter({ hasText: en.status.laterFailed }).waitFor();
    await atStep(page, en, 'first');
    // The draft's save (250 ms after the last answer) needs the same chunk: let it run and fail
    // too, so an uncaught rejection from it shows below every time, not only on a slow run.
    await page.waitForTimeout(400);
    expect(blocked).toBeGreaterThan(0);
    // Chromium reports each aborted request on the console; nothing else may be there.
    expect(takeProblems(page)).toEqual(
      Array(blocked).fill('console /report.html: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'),
    );
    expect(await f.locator('#f-access-canSignIn-no').isChecked()).toBe(true);

    await page.unroute('**/report-form.lazy-*.js');
    await button(page, en.ui.goToReport).click();
    await atStep(page, en, 'account');
  });

  it('a reload after step 3 restores the draft with a notice; "start over" empties it', async () => {
    const page = await newPage();
    const seen = recordRequests(page);
    const before = await caseIds(app.store);
    await openForm(page, `${app.url}/report.html`);
    const f = form(page);
    await passFirst(page, en);
    await passAccount(page, en, 'draft_user_02');
    await passIncident(page, en, 'My phone number was changed while I slept.');
    // Saved by itself (no unload needed): what a crashed tab would leave.
    await expect.poll(async () => (await storedDraft(page))?.step, { timeout: 5000 }).toBe('evidence');

    await page.reload({ waitUntil: 'load' });
    await openForm(page, page.url());
    await atStep(page, en, 'evidence');
    await f.locator('[part="notice"]').filter({ hasText: en.status.restored }).waitFor();
    await button(page, en.ui.back).click();
    await atStep(page, en, 'incident');
    expect(await f.locator('#f-narrative').inputValue()).toBe('My phone number was changed while I slept.');
    expect(await f.locator('#f-activities-0-asset').inputValue()).toBe('USDT');
    expect(await f.locator('#f-activities-0-amount').inputValue()).toBe('250');
    expect(await f.locator('#f-activities-0-at').inputValue()).toBe(yesterday().local);
    await button(page, en.ui.back).click();
    await atStep(page, en, 'account');
    expect(await f.locator('#f-account-value').inputValue()).toBe('draft_user_02');
    expect(await f.locator('#f-contact-email').inputValue()).toBe('safe.contact@example.org');

    // Start over: everything empty, and nothing left to restore after another reload.
    await button(page, en.ui.discard).click();
    await atStep(page, en, 'first');
    await f.getByText(en.status.discarded).waitFor();
    expect(await f.locator('[part="notice"]').filter({ hasText: en.status.restored }).count()).toBe(0);
    expect(await f.locator('#f-access-canSignIn-no').isChecked()).toBe(false);
    await page.waitForTimeout(400); // past the draft's save delay
    const stored = await storageDump(page);
    expect(stored).not.toContain('draft_user_02');
    expect(stored).not.toContain('My phone number');
    await page.reload({ waitUntil: 'load' });
    await openForm(page, page.url());
    await atStep(page, en, 'first');
    expect(await f.locator('[part="notice"]').filter({ hasText: en.status.restored }).count()).toBe(0);
    await button(page, en.ui.goToReport).click();
    await atStep(page, en, 'account');
    expect(await f.locator('#f-account-value').inputValue()).toBe('');
    expect(await f.locator('#f-contact-email').inputValue()).toBe('');

    expect(casePosts(seen)).toHaveLength(0);
    expect(await newCases(app.store, before)).toEqual([]);
  });
  it('the server going away mid-submit and coming back yields exactly one case, one key', async () => {
    // A server of its own (same center, same store) that this test stops and starts on one port.
    let server = await app.center.serve({ port: 0 });
    const port = Number(new URL(server.url).port);
    try {
      const page = await newPage();
      const seen = recordRequests(page);
      const failed: string[] = [];
      page.on('requestfailed', (r) => {
        if (r.method() === 'POST') failed.push(r.failure()?.errorText ?? '');
      });
      const before = await caseIds(app.store);
      await openForm(page, `${server.url}/report.html`);
      await setRetryDelay(page, 1);
      await passFirst(page, en);
      await passAccount(page, en, 'outage_user_03');
      await passIncident(page, en, 'The server test: my account was emptied.');
      await server.close();
      await sendFromEvidence(page, en, { wait: false });

      // Offline: shown, the answers kept, the key in the draft; it retries on its own.
      await form(page).locator('.notice.danger').filter({ hasText: en.status.offline }).waitFor();
      await expect.poll(() => failed.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      const posts = casePosts(seen);
      const key = posts[0]!.headers['idempotency-key']!;
      expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect((await storedDraft(page))?.idempotencyKey).toBe(key);
      expect(await newCases(app.store, before)).toEqual([]);

      server = await app.center.serve({ port });
      await atStep(page, en, 'done');
      // Chromium reports each refused request on the console; nothing else may be there.
      expect(takeProblems(page)).toEqual(
        failed.map((e) => `console /report.html: Failed to load resource: ${e}`),
      );
      const created = await newCases(app.store, before);
      expect(created).toHaveLength(1);
      const record = (await app.store.getCase(created[0]!))!;
      expect((await form(page).locator('.case-number').textContent())!.trim()).toBe(record.number);
      expect((await reportOf(app.store, record.id)).narrative).toBe(
        'The server test: my account was emptied.',
      );
      const all = casePosts(seen);
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(new Set(all.map((r) => r.headers['idempotency-key']))).toEqual(new Set([key]));
      expect(new Set(all.map((r) => r.body)).size, 'the same body every time').toBe(1);
      expect(await storedDraft(page)).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('the server commits but the answer is lost: the retries get the same case, still one', async () => {
    const page = await newPage();
    const seen = recordRequests(page);
    const before = await caseIds(app.store);
    // The first three attempts reach the server; their answers never reach the page (the
    // client's own quick retries, then the form's offline loop); the fourth goes through.
    const answers: { status: number; body: { case: { id: string; number: string }; accessToken: string } }[] =
      [];
    let posts = 0;
    await page.route('**/v1/cases', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      if (++posts > 3) return route.continue();
      const response = await route.fetch();
      answers.push({ status: response.status(), body: await response.json() });
      await route.abort('connectionreset');
    });
    await openForm(page, `${app.url}/report.html`);
    await setRetryDelay(page, 1);
    await passFirst(page, en);
    await passAccount(page, en, 'lost_answer_04');
    await passIncident(page, en, 'Lost answer: the first reply never came.');
    await sendFromEvidence(page, en, { wait: false });
    await form(page).locator('.notice.danger').filter({ hasText: en.status.offline }).waitFor();
    // Committed at the first attempt, while the page still thinks it is offline.
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(await newCases(app.store, before)).toEqual([answers[0]!.body.case.id]);

    await atStep(page, en, 'done');
    expect(posts).toBe(4);
    const created = await newCases(app.store, before);
    expect(created).toEqual([answers[0]!.body.case.id]);
    const record = (await app.store.getCase(created[0]!))!;
    for (const a of answers) expect(a.body.case.number, 'a replay of the first answer').toBe(record.number);
    expect((await form(page).locator('.case-number').textContent())!.trim()).toBe(record.number);
    const link = await form(page).locator('#tracking').inputValue();
    const token = answers[0]!.body.accessToken;
    expect(link).toBe(`${app.url}/track.html#case=${record.id}&token=${encodeURIComponent(token)}`);
    const keys = casePosts(seen).map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    // Chromium reports the failed requests on the console; nothing else may be there.
    expect(takeProblems(page)).toEqual(
      Array(3).fill('console /report.html: Failed to load resource: net::ERR_CONNECTION_RESET'),
    );
  });

  for (const [name, lang, wordlist, join] of [
    ['English', 'en', english, ' '],
    ['Chinese', 'zh-CN', chinese, ''],
  ] as const) {
    it(`a pasted ${name} recovery phrase is stopped, never sent and never stored`, async () => {
      const t = REPORT_FORM_CATALOGS[lang];
      const words = generateMnemonic(wordlist).split(/[\s\u3000]+/);
      expect(words).toHaveLength(12);
      const phrases = [words.join(' '), words.join(join)];
      const page = await newPage(lang, ['clipboard-read', 'clipboard-write']);
      const seen = recordRequests(page);
      const before = await caseIds(app.store);
      await openForm(page, `${app.url}/report.html?lang=${lang}`);
      const f = form(page);
      await passFirst(page, t);
      await passAccount(page, t, `seed_${lang}_05`);
      await passIncident(page, t, '', { go: false });
      const narrative = f.locator('#f-narrative');

      for (const phrase of phrases) {
        // A real paste: the clipboard, then Ctrl+V into the focused field.
        await narrative.focus();
        await page.evaluate((text) => navigator.clipboard.writeText(text), phrase);
        await page.keyboard.press('Control+V');
        const error = f.locator('#f-narrative-err');
        await error.filter({ hasText: t.errors.secret.seed_phrase }).waitFor();
        expect(await error.textContent()).toContain(t.errors.neverAsks);
        expect(await narrative.getAttribute('aria-invalid')).toBe('true');
        expect(await narrative.inputValue(), 'nothing was inserted').toBe('');
        await f.locator('[role="status"]').filter({ hasText: t.errors.secret.seed_phrase }).waitFor();
      }
      // Typed rather than pasted: kept on screen, but it cannot go on, and is never stored.
      await narrative.focus();
      await page.keyboard.type(phrases[0]!);
      await button(page, t.ui.next).click();
      await f.locator('#summary').filter({ hasText: t.errors.secret.seed_phrase }).waitFor();
      await atStep(page, t, 'incident');
      await page.waitForTimeout(400); // past the draft's save delay
      const stored = await storageDump(page);
      expect(stored, 'the draft was saved').toContain(`seed_${lang}_05`);

      // Replaced by ordinary words, it goes on; in English it is sent (the IP's report budget
      // cannot pay for every test to send one: see the note on rate limits at the top).
      await narrative.fill('They emptied my wallet after a fake support chat.');
      await button(page, t.ui.next).click();
      await atStep(page, t, 'evidence');
      if (lang === 'en') await sendFromEvidence(page, t);
      else {
        await button(page, t.ui.next).click();
        await atStep(page, t, 'review');
      }

      const sent = seen.map((r) => `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
      expect(casePosts(seen)).toHaveLength(lang === 'en' ? 1 : 0);
      const fragments = [...phrases, words.slice(0, 3).join(' '), words.slice(0, 3).join('')];
      for (const fragment of fragments) {
        expect(sent.includes(fragment), `a request carried "${fragment}"`).toBe(false);
        expect(stored.includes(fragment), `storage held "${fragment}"`).toBe(false);
        expect((await storageDump(page)).includes(fragment)).toBe(false);
      }
      const created = await newCases(app.store, before);
      expect(created).toHaveLength(lang === 'en' ? 1 : 0);
      if (lang === 'en') {
        const report = await reportOf(app.store, created[0]!);
        expect(report.narrative).toBe('They emptied my wallet after a fake support chat.');
        expect(JSON.stringify(report)).not.toContain(words.slice(0, 3).join(' '));
      }
    });
  }

  it('a bad file type is refused in the browser with its reason; it is never uploaded', async () => {
    const page = await newPage();
    const seen = recordRequests(page);
    const before = await caseIds(app.store);
    await openForm(page, `${app.url}/report.html`);
    const f = form(page);
    await passFirst(page, en);
    await passAccount(page, en, 'files_user_06');
    await passIncident(page, en, 'They changed my withdrawal address.');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const page1 = '<!doctype html><html><body><img src=x onerror=alert(1)></body></html>';
    await f.locator('#files').setInputFiles([
      { name: 'screenshot.png', mimeType: 'image/png', buffer: Buffer.from(svg) },
      { name: 'chat.png', mimeType: 'image/png', buffer: Buffer.from(page1) },
      { name: 'chat.txt', mimeType: 'text/plain', buffer: Buffer.from('support: pay a fee to unlock') },
    ]);
    const refusals = f.locator('ul.error');
    const refused = (name: string) => fill(en.evidence.refused, { name, reason: en.evidence.reasons.type });
    await refusals.filter({ hasText: 'chat.png' }).waitFor();
    expect(await refusals.textContent()).toContain(refused('screenshot.png'));
    expect(await refusals.textContent()).toContain(refused('chat.png'));
    await f
      .locator('[role="status"]')
      .filter({ hasText: refused('chat.png') })
      .waitFor();
    // And a zip, dropped on the drop zone.
    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
      data.items.add(new File([zip], 'records.zip', { type: 'application/zip' }));
      return data;
    });
    await f.locator('[part="drop-zone"]').dispatchEvent('drop', { dataTransfer: dropped });
    await refusals.filter({ hasText: 'records.zip' }).waitFor();
    expect(await refusals.textContent()).toContain(refused('records.zip'));
    const list = (await f.locator('ul.files').textContent()) ?? '';
    expect(list).toContain('chat.txt');
    expect(list).not.toMatch(/screenshot\.png|chat\.png|records\.zip/);
    expect(
      seen.filter((r) => r.method !== 'GET'),
      'nothing sent before the report',
    ).toEqual([]);
    await sendFromEvidence(page, en);
    await f.getByText(en.evidence.uploaded).waitFor();

    const created = await newCases(app.store, before);
    expect(created).toHaveLength(1);
    const files = await app.store.listAttachments(created[0]!);
    expect(files.map((x) => [x.originalName, x.mediaType])).toEqual([['chat.txt', 'text/plain']]);
    expect((await reportOf(app.store, created[0]!)).attachments.map((a) => a.name)).toEqual(['chat.txt']);
    const uploads = seen.filter((r) => r.method !== 'GET' && r.url.includes('/attachments'));
    expect(uploads).toHaveLength(1);
    for (const r of seen) {
      expect(r.body).not.toContain('<svg');
      expect(r.body).not.toContain('<html');
      expect(r.body).not.toContain('PK\u0003\u0004');
    }
  });
  it('zh-CN renders every string: each one shown in English has its Chinese shown; no English leaks', async () => {
    const [enWalk, zhWalk] = await Promise.all([walk('en'), walk('zh-CN')]);
    expect([...zhWalk.keys()]).toEqual([...enWalk.keys()]);
    // The checker is not vacuous: English pages are full of English catalog strings.
    expect(englishLeaks(enWalk).length).toBeGreaterThan(100);
    expect(englishLeaks(zhWalk)).toEqual([]);
    expect(missingChinese(enWalk, zhWalk)).toEqual([]);
    for (const [label, text] of zhWalk) {
      expect(text, label).toMatch(/[\u3400-\u9fff]/);
      expect(text, `${label}: a hole or a missing value`).not.toMatch(/\{\w+\}|undefined|\[object |NaN/);
    }
    // A key missing from zh-CN (rendered empty) fails, and so does one that fell back to English.
    const withoutRetry = new Map([...zhWalk].map(([k, v]) => [k, v.replaceAll(zh.ui.retry, '')]));
    expect(missingChinese(enWalk, withoutRetry)).toContain('review-offline: ui.retry');
    const withEnglish = new Map([...zhWalk].map(([k, v]) => [k, v.replaceAll(zh.ui.retry, en.ui.retry)]));
    expect(englishLeaks(withEnglish)).toContain(`review-offline: ui.retry "${en.ui.retry}"`);
  });
});

// ── the language walk ───────────────────────────────────────────────────────

/** Every catalog string with its path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const at = (catalog: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], catalog);
/** The literal text of a catalog string between its `{holes}`, longest first. */
const pieces = (s: string): string[] =>
  s
    .split(/\{\w+\}/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0)
    .sort((a, b) => b.length - a.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` shows `piece` as words (not inside a longer word). */
const shows = (text: string, piece: string): boolean =>
  /[A-Za-z]/.test(piece)
    ? new RegExp(`(?<![A-Za-z])${escapeRe(piece)}(?![A-Za-z])`).test(text)
    : text.includes(piece);

/** English catalog strings that differ in zh-CN, by their longest literal piece, longest first. */
/**
 * Every catalog the form shows: its own, and the shared report summary's (its review step), under
 * `summary.`; a string both have is found under both paths, either language's counterpart counts.
 */
const SHOWN_EN = { ...en, summary: REPORT_SUMMARY_CATALOGS.en };
const SHOWN_ZH = { ...zh, summary: REPORT_SUMMARY_CATALOGS['zh-CN'] };

const EN_PIECES = (() => {
  const byPiece = new Map<string, string[]>();
  for (const [path, s] of leaves(SHOWN_EN)) {
    const piece = pieces(s)[0];
    if (!piece || at(SHOWN_ZH, path) === s || !/[A-Za-z]{2}/.test(piece)) continue;
    byPiece.set(piece, [...(byPiece.get(piece) ?? []), path]);
  }
  return [...byPiece].sort(([a], [b]) => b.length - a.length);
})();

/**
 * The English catalog strings a text shows, as `[piece, paths]`. Longest first, each match
 * blanked out, so "When" is not found inside "When did you notice?".
 */
function englishIn(text: string): [string, string[]][] {
  let rest = text;
  const found: [string, string[]][] = [];
  for (const [piece, paths] of EN_PIECES) {
    if (!shows(rest, piece)) continue;
    found.push([piece, paths]);
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${escapeRe(piece)}(?![A-Za-z])`, 'g'), '\u0000');
  }
  return found;
}

/** `label: path "english"` for every English catalog string visible in a walk. */
function englishLeaks(walked: Map<string, string>): string[] {
  return [...walked].flatMap(([label, text]) =>
    englishIn(text).map(([piece, paths]) => `${label}: ${paths.join('|')} "${piece}"`),
  );
}

/** `label: path` for every string the English walk showed whose Chinese the zh-CN walk did not. */
function missingChinese(enWalk: Map<string, string>, zhWalk: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [label, enText] of enWalk) {
    const zhText = zhWalk.get(label) ?? '';
    for (const [, paths] of englishIn(enText)) {
      const shown = paths.some((path) => {
        const value = at(SHOWN_ZH, path);
        const piece = typeof value === 'string' ? pieces(value)[0] : undefined;
        return piece !== undefined && zhText.includes(piece);
      });
      if (!shown) out.push(`${label}: ${paths.join('|')}`);
    }
  }
  return out;
}

/** The form's visible words: text, accessible names, options. */
function formText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('recourse-report-form')!.shadowRoot!;
    const out: string[] = [];
    // biome-ignore lint/performance/useDomNodeTextContent: the words as shown, hidden ones left out
    for (const el of root.querySelectorAll<HTMLElement>('form, [role="status"]')) out.push(el.innerText);
    for (const el of root.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label')!);
    for (const el of root.querySelectorAll('option')) out.push(el.textContent!);
    return out.join('\n');
  });
}

/** Walks every step and state in one language; returns the words shown at each point. */
async function walk(lang: Lang): Promise<Map<string, string>> {
  const t = REPORT_FORM_CATALOGS[lang];
  const page = await newPage(lang);
  const shots = new Map<string, string>();
  const snap = async (label: string) => shots.set(label, await formText(page));
  let posts = 0;
  await page.route('**/v1/cases', (route) =>
    // Three failures: past the client's own quick retries, so the form shows it is offline.
    route.request().method() === 'POST' && ++posts <= 3
      ? route.abort('internetdisconnected')
      : route.continue(),
  );
  await openForm(page, `${app.url}/report.html?lang=${lang}`);
  await setRetryDelay(page, 30);
  const f = form(page);
  const next = () => button(page, t.ui.next).click();

  await atStep(page, t, 'first');
  await snap('first');
  await f.locator('#f-access-canSignIn-no').check();
  await f.locator('#f-access-passwordReset-failed').check();
  await f.locator('#f-triage-moneyMoved').check();
  await f.locator('#f-triage-profileChanged').check();
  await f.locator('input[name="checked"]').first().check();
  await snap('first-triage');
  await button(page, t.ui.goToReport).click();

  await atStep(page, t, 'account');
  await next();
  await f.locator('#summary').waitFor();
  await snap('account-errors');
  await f.locator('#f-account-value').fill('lw_0427');
  await f.locator('#f-contact-email').fill('not-an-email');
  await f.locator('#f-contact-phone').fill('12');
  await next();
  await f.locator('#f-contact-email-err').waitFor();
  await snap('account-invalid');
  await f.locator('#f-contact-email').fill('safe.zh@example.org');
  await f.locator('#f-contact-phone').fill('+8613800138000');
  await f.locator('#f-contact-language').selectOption('en'); // the same answers in both walks
  await next();

  await atStep(page, t, 'incident');
  await snap('incident');
  for (const kind of ['transfer', 'profile_change', 'sign_in', 'other']) {
    await f.locator('#add-activity').selectOption(kind);
    await button(page, t.ui.add).click();
  }
  await next();
  await f.locator('#summary').waitFor();
  await snap('incident-errors');
  const when = yesterday().local;
  await f.locator('#f-activities-0-at').fill(when);
  await f.locator('#f-activities-0-asset').fill('USDT');
  await f.locator('#f-activities-0-amount').fill('88');
  await f.locator('#f-activities-0-destination').fill('0x52908400098527886E0F7030069857D2E4169EE7');
  await f.locator('#f-activities-1-at').fill(when);
  await f.locator('#f-activities-1-field').selectOption('phone');
  await f.locator('#f-activities-2-at').fill(when);
  await f.locator('#f-activities-2-ip').fill('203.0.113.7');
  await f.locator('#f-activities-3-description').fill('假客服让我安装远程软件');
  await f.locator('#f-narrative').fill('有人改了我的手机号并转走了资产');
  await expect
    .poll(async () => (await storedDraft(page))?.values, { timeout: 5000 })
    .toMatchObject({
      narrative: '有人改了我的手机号并转走了资产',
    });
  await page.reload({ waitUntil: 'load' });
  await openForm(page, page.url());
  await setRetryDelay(page, 30);
  await atStep(page, t, 'incident');
  await f.locator('[part="notice"]').filter({ hasText: t.status.restored }).waitFor();
  await snap('incident-restored');
  await next();

  await atStep(page, t, 'evidence');
  await snap('evidence');
  await f.locator('#files').setInputFiles([
    {
      name: 'shot.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    },
    { name: 'chat.txt', mimeType: 'text/plain', buffer: Buffer.from('客服聊天记录') },
  ]);
  await f.locator('ul.files').filter({ hasText: 'chat.txt' }).waitFor();
  await snap('evidence-files');
  await next();

  await atStep(page, t, 'review');
  await snap('review');
  await button(page, t.ui.submit).click();
  await f.locator('#f-consent-err').waitFor();
  await snap('review-errors');
  await f.locator('#f-consent').check();
  await button(page, t.ui.submit).click();
  await f.locator('.notice.danger').filter({ hasText: t.status.offline }).waitFor();
  await snap('review-offline');
  await button(page, t.ui.retry).click();

  await atStep(page, t, 'done');
  await f.getByText(t.evidence.uploaded).waitFor();
  await snap('done');
  // Chromium reports each aborted request on the console; nothing else may be there.
  expect(takeProblems(page)).toEqual(
    Array(3).fill(
      `console /report.html?lang=${lang}: Failed to load resource: net::ERR_INTERNET_DISCONNECTED`,
    ),
  );
  await page.close();
  return shots;
}
