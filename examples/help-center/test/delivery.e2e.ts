// The demo delivers: its worker sends the notices over SMTP. With SMTP_URL (here `smtpUrl`, which
// main.ts fills from SMTP_URL) pointed at another SMTP server on loopback, a report naming the demo
// account mei.lin@example.com reaches that address within seconds, without the report's content
// or the private token. Without it, the demo's own SMTP server receives them and the mailbox page
// shows them: text as text, the HTML part only in a sandboxed frame (no scripts), with no page
// error and no CSP or Trusted Types violation.
import type { Browser } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestPgliteStore } from '../../../packages/server/test/pglite-template';
import { createHelpCenter } from '../src/help-center';
import { startMailbox } from '../src/mailbox';
import { fileCase } from './flows';
import { expectPagesClean, launchChromium, type Running, startHelpCenter, watchPage } from './harness';

const MEI = { kind: 'email', value: 'mei.lin@example.com' };

describe('demo delivery', () => {
  let browser: Browser | undefined;
  let app: Running | undefined;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchChromium(), startHelpCenter('pglite')]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  afterEach(expectPagesClean);

  it('with SMTP_URL set, a report naming mei.lin@example.com is delivered there within seconds', async () => {
    const external = await startMailbox();
    const store = await createTestPgliteStore();
    const center = await createHelpCenter({ store, smtpUrl: external.url });
    const running = await center.serve({ port: 0 });
    try {
      expect(center.mailbox).toBeNull();
      const narrative = `External check ${crypto.randomUUID()}`;
      const t0 = Date.now();
      const filed = await fileCase({ ...app!, url: running.url }, narrative, MEI);
      const mail = await external.waitFor(
        (m) => m.kind === 'email' && m.to.includes('mei.lin@example.com') && m.text.includes(filed.number),
        10_000,
      );
      const ms = Date.now() - t0;
      console.log(`e2e: demo delivery to SMTP_URL: mei.lin@example.com received in ${ms} ms`);
      expect(mail.kind).toBe('email');
      if (mail.kind !== 'email') return;
      expect(mail.subject).toBe('Lantern Wallet: someone reported your account as taken over');
      expect(mail.text).toContain('https://help.lantern-wallet.example.com/report');
      for (const part of [mail.text, mail.html ?? '', mail.subject]) {
        expect(part).not.toContain(filed.token);
        expect(part).not.toContain(narrative);
      }
    } finally {
      await running.close();
      await store.close();
      await external.close();
    }
  });

  it('the demo answers /healthz and /readyz on its own port (200, no details)', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const res = await fetch(`${app!.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.json(), path).toEqual({ status: 'ok' });
    }
  });

  it('the demo mailbox shows what its SMTP server received: text, headers, HTML in a sandboxed frame', async () => {
    const filed = await fileCase(app!, 'Mailbox check', MEI);
    await app!.center.mailbox!.waitFor(
      (m) => m.kind === 'email' && m.to.includes('mei.lin@example.com') && m.text.includes(filed.number),
      10_000,
    );
    const page = await browser!.newPage();
    await watchPage(page);
    await page.goto(`${app!.url}/mailbox.html?lang=en`);
    const rows = page.locator('#mail-rows');
    await expect
      .poll(() => rows.textContent(), { timeout: 10_000 })
      .toContain('someone reported your account');
    const text = (await rows.textContent()) ?? '';
    expect(text).toContain(filed.number);
    expect(text).toContain('message-id');
    expect(text).not.toContain(filed.token);
    const frame = rows.locator('iframe.mail-html').first();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await page.close();
  });
});
