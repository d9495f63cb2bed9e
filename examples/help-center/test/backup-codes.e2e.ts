// Few backup codes left (issue 18), against the real server: a demo account turns on two-step
// verification in <recourse-totp-setup>, then spends backup codes through `POST /verify` as the
// platform's sign-in would; the answer that leaves 3 (the server's `totp.backupCodesLowAt`) says
// `backupCodesLow`, and the Secure page's widget then warns first and gets a new set with one of
// the remaining codes, by keyboard.
import type { Browser } from 'playwright';
import { describe, expect, it } from 'vitest';
// The widget's own words (not a public export), so the checks read what the owner reads.
import { TOTP_SETUP_CATALOGS } from '../../../packages/elements/src/components/totp-setup/i18n';
import { axeViolations, enrollTotp, sessionCookie, signIn, verifyCode } from './flows';
import { type Running, useHelpCenter, watchPage } from './harness';

const T = TOTP_SETUP_CATALOGS.en.already;

let app: Running;
let browser: Browser;

useHelpCenter((shared) => {
  ({ app, browser } = shared);
});

describe('few backup codes left', () => {
  it('the verify answer at 3 left says so, and the Secure page warns first and makes a new set', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchPage(page);
    await page.goto(`${app.url}/secure.html?lang=en`);
    await signIn(page, 'sam', 'lantern-demo-2');
    const cookie = await sessionCookie(context);
    const setup = page.locator('recourse-totp-setup');
    await expect.poll(() => setup.locator('#totp-heading').textContent(), { timeout: 15_000 }).toBeTruthy();
    const { backupCodes } = await enrollTotp(page);

    // Seven codes spent: 9 … 4 left is not few; 3 left is.
    const answers = [];
    for (const code of backupCodes.slice(0, 7)) answers.push((await verifyCode(app, cookie, code)).body);
    expect(answers.map((a) => [a.backupCodesLeft, a.backupCodesLow === true])).toEqual([
      [9, false],
      [8, false],
      [7, false],
      [6, false],
      [5, false],
      [4, false],
      [3, true],
    ]);

    // Back on the Secure page: the warning first, with the offer of new codes.
    await page.reload();
    await expect
      .poll(() => setup.locator('#totp-heading').textContent(), { timeout: 15_000 })
      .toBe(T.lowHeading);
    const warning = setup.locator('[part~="low-codes"]');
    expect(await warning.textContent()).toContain('Only 3 backup codes are left.');
    expect(await warning.textContent()).toContain(T.lowBody);
    expect(await axeViolations(page)).toEqual([]);

    // A remaining backup code confirms it is the owner; the new set replaces the old one.
    await setup.locator('#totp-code').fill(backupCodes[7]!);
    await setup.locator('#totp-code').press('Enter');
    const codes = setup.locator('ol.codes li');
    await expect.poll(() => codes.count(), { timeout: 10_000 }).toBe(10);
    const fresh = (await codes.allTextContents()).map((c) => c.trim());
    expect(fresh.some((c) => backupCodes.includes(c))).toBe(false);
    // An old code no longer works.
    expect((await verifyCode(app, cookie, backupCodes[8]!)).status).toBeGreaterThanOrEqual(400);
    await context.close();
  });
});
