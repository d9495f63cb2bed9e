// Two-step verification end to end (issue 5): a demo account signs in on secure.html, turns on
// TOTP in <recourse-totp-setup> by reading the key it shows and computing the app's code, saves
// the backup codes; then the real server verifies a later code with the browser's session cookie.
// The database holds no secret or backup code in the clear; the mailbox shows the notice.
import type { Browser } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  base32Bytes,
  codeAt,
  enrollTotp,
  sessionCookie,
  signIn,
  sql,
  stepNow,
  verifyCode,
  waitForStep,
} from './flows';
import { type Running, takeProblems, useHelpCenter, watchPage } from './harness';

let app: Running;
let browser: Browser;

useHelpCenter((shared) => {
  ({ app, browser } = shared);
});

describe('two-step verification on secure.html against the real server', () => {
  it('signs in, enrolls with the shown key, saves backup codes, verifies a later code; nothing secret stored; mailbox notified', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${app.url}/secure.html?lang=en`);

    // Not signed in: the sign-in form, no widget (it would only get 401s).
    await expect.poll(() => page.locator('#sign-in').isVisible()).toBe(true);
    expect(await page.locator('recourse-totp-setup').count()).toBe(0);

    // A wrong password is refused and said so.
    await page.locator('#username').fill('mei');
    await page.locator('#password').fill('not-the-password');
    await page.locator('#password').press('Enter');
    await expect.poll(() => page.locator('#sign-in-error').textContent()).toContain('do not match');
    expect(await page.locator('#signed-in').isVisible()).toBe(false);
    // The refused sign-in is a 401, which Chromium reports on the console; nothing else is there.
    await expect.poll(() => problems.length).toBe(1);
    expect(takeProblems(page)).toEqual([
      'console /secure.html?lang=en: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);

    await signIn(page, 'mei', 'lantern-demo-1');
    expect(await page.locator('#who').textContent()).toBe('Signed in as mei.lin@example.com');
    const cookie = await sessionCookie(context);
    const setup = page.locator('recourse-totp-setup');
    await expect.poll(() => setup.locator('#totp-heading').textContent(), { timeout: 15_000 }).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]); // signed in, the widget's first step

    const { key, step, backupCodes } = await enrollTotp(page);
    // Done: the widget forgot the key and the codes.
    const done = (await setup.locator('section').textContent()) ?? '';
    expect(done).not.toContain(key);
    for (const c of backupCodes) expect(done).not.toContain(c);

    // The code used to confirm cannot be used again (replay), at once.
    const confirmCode = await codeAt(key, step);
    const replay = await verifyCode(app, cookie, confirmCode);
    expect(replay.status).toBeGreaterThanOrEqual(400);
    expect(replay.body.code).toBe('totp_code_used');

    // A backup code works once.
    const backup = await verifyCode(app, cookie, backupCodes[0]!);
    expect(backup).toMatchObject({
      status: 200,
      body: { verified: true, method: 'backup_code', backupCodesLeft: 9 },
    });
    const backupAgain = await verifyCode(app, cookie, backupCodes[0]!);
    expect(backupAgain.status).toBeGreaterThanOrEqual(400);

    // Without the session the server does not know who is asking.
    expect((await verifyCode(app, 'recourse_demo_session=AAAAAAAAAAAAAAAAAAAAAA', confirmCode)).status).toBe(
      401,
    );

    // The next 30-second step, on the real clock: the app's new code verifies.
    await waitForStep(step + 1);
    const later = await verifyCode(app, cookie, await codeAt(key, stepNow()));
    expect(later).toMatchObject({ status: 200, body: { verified: true, method: 'totp' } });

    // The database: the secret only encrypted, the backup codes only hashed.
    const tables = ['totp_factors', 'totp_backup_codes', 'outbox', 'idempotency', 'rate_limits'];
    let dump = '';
    for (const table of tables) dump += JSON.stringify(await sql(app.store, `SELECT * FROM ${table}`));
    expect(dump).toContain('acct_0001'); // the dump is real
    const secret = key.replace(/ /g, '');
    for (const needle of [
      secret,
      secret.toLowerCase(),
      key,
      Buffer.from(base32Bytes(secret)).toString('hex'),
      ...backupCodes.flatMap((c) => [c, c.replace(/-/g, ''), c.toLowerCase()]),
    ]) {
      expect(dump).not.toContain(needle);
    }
    const [factor] = await sql<{ state: string; secret_box: string; last_step: string | number }>(
      app.store,
      "SELECT state, secret_box, last_step FROM totp_factors WHERE user_id = 'acct_0001'",
    );
    expect(factor!.state).toBe('enabled');
    expect(factor!.secret_box).toMatch(/^v1\./);
    expect(Number(factor!.last_step)).toBeGreaterThan(step);
    const hashes = await sql<{ code_hash: string; used_at: Date | null }>(
      app.store,
      "SELECT code_hash, used_at FROM totp_backup_codes WHERE user_id = 'acct_0001'",
    );
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(h.code_hash).toMatch(/^scrypt\$/);
    expect(hashes.filter((h) => h.used_at !== null)).toHaveLength(1);

    // Back on the page later: "already on", with the codes left.
    await page.reload();
    await expect
      .poll(() => setup.locator('#totp-heading').textContent(), { timeout: 15_000 })
      .toMatch(/already on|is on/i);
    expect(await setup.locator('section').textContent()).toContain('Backup codes left: 9.');

    // The demo mailbox shows the notice to the contacts on record.
    const mailbox = await context.newPage();
    await watchPage(mailbox);
    await mailbox.goto(`${app.url}/mailbox.html?lang=en`);
    await expect
      .poll(() => mailbox.locator('#mail-rows').textContent(), { timeout: 10_000 })
      .toContain('Two-step verification was turned on.');

    // Sign out: the session ends on the server too.
    await page.locator('#sign-out').click();
    await expect.poll(() => page.locator('#sign-in').isVisible()).toBe(true);
    expect(await page.locator('recourse-totp-setup').count()).toBe(0);
    expect((await verifyCode(app, cookie, backupCodes[1]!)).status).toBe(401);

    await context.close();
  });
});
