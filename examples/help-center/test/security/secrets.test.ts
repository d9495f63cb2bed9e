// Secrets: one run through the help center (report → desk → the tracker answers a request →
// two-step setup and a sign-in check) leaves 0 TOTP secrets, codes, backup codes, access tokens
// or agent keys in the server's logs and the console, in any request URL or the address bar after
// the tracker strips the token, or in browser storage (localStorage, sessionStorage, IndexedDB,
// Cache Storage, cookies other than the HttpOnly demo session).
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  codeAt,
  deskCommand,
  enrollTotp,
  openDesk,
  openDeskCase,
  openTracker,
  signIn,
  stepNow,
} from '../flows';
import { expectPagesClean, launchChromium, type Running, startHelpCenter, watchPage } from '../harness';

let app: Running;
let browser: Browser;
let context: BrowserContext;
const logged: string[] = [];
const urls: string[] = [];
const realStdout = process.stdout.write.bind(process.stdout);
const realStderr = process.stderr.write.bind(process.stderr);

beforeAll(async () => {
  // Capture everything the server (its JSON logger writes to stdout/stderr) and anyone else prints.
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    logged.push(String(chunk));
    return (realStdout as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    logged.push(String(chunk));
    return (realStderr as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
  [app, browser] = await Promise.all([startHelpCenter('pglite'), launchChromium()]);
  context = await browser.newContext();
  context.on('request', (r) => urls.push(r.url()));
  context.on('page', (p) => {
    p.on('framenavigated', (f) => urls.push(`nav ${f.url().split('#')[0]}`));
    p.on('console', (m) => logged.push(`browser console: ${m.text()}`));
  });
}, 120_000);
afterEach(expectPagesClean);
afterAll(async () => {
  process.stdout.write = realStdout;
  process.stderr.write = realStderr;
  await browser?.close();
  await app?.close();
});

/** Everything a page keeps in the browser: storage, IndexedDB, Cache Storage, script-visible cookies. */
async function storageDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const store of [localStorage, sessionStorage])
      for (let i = 0; i < store.length; i++) out.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
    out.push(`cookie=${document.cookie}`);
    for (const info of (await indexedDB.databases?.()) ?? []) {
      out.push(`idb ${info.name}`);
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((ok) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ok([]);
        });
        out.push(JSON.stringify(all));
      }
      db.close();
    }
    for (const name of await caches.keys()) out.push(`cache ${name}`);
    return out.join('\n');
  });
}

describe('secrets stay out of logs, URLs and browser storage', () => {
  it('a whole run: 0 secrets in logs, URLs, storage', async () => {
    const page = await context.newPage();
    const problems = await watchPage(page);
    const agentPage = await context.newPage();
    const agentProblems = await watchPage(agentPage);

    // 1. A report, posted from the help center's own page (as the form does).
    await page.goto(`${app.url}/report.html?lang=en`);
    const created = await page.evaluate(async () => {
      const at = new Date(Date.now() - 3_600_000).toISOString();
      const res = await fetch('/v1/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({
          account: { kind: 'email', value: 'mei.lin@example.com' },
          contact: { email: 'mei.safe@example.net', language: 'en' },
          discoveredAt: at,
          access: { canSignIn: false, passwordReset: 'failed' },
          activities: [],
          narrative: 'Someone took over my account.',
          attachments: [],
          channel: 'web_form',
          consent: true,
        }),
      });
      return (await res.json()) as { case: { id: string; number: string }; accessToken: string };
    });
    const link = { id: created.case.id, number: created.case.number, token: created.accessToken };

    // 2. The desk asks for information (agent key typed into the desk page).
    const desk = await openDesk(agentPage, app, 1);
    await openDeskCase(desk, link.number);
    await deskCommand(desk, 'start_review');
    await deskCommand(desk, 'request_info', { prompt: 'Please describe the email you received.' });

    // 3. The tracker opens from the private link and answers.
    const tracker = await openTracker(page, app, link);
    const action = tracker.locator('[part="action"]');
    await action.waitFor({ timeout: 10_000 });
    await action.locator('#answer').fill('It said my email was changed at 03:12.');
    await action.locator('button[type="submit"]').click();
    await expect.poll(() => tracker.locator('[part="action"]').count(), { timeout: 10_000 }).toBe(0);
    const addressAfter = page.url();
    const historyLength = await page.evaluate(() => history.length);
    const trackerStorage = await storageDump(page);

    // 4. Two-step setup on secure.html, then a sign-in check with a code and a backup code.
    await page.goto(`${app.url}/secure.html?lang=en`);
    await signIn(page, 'mei', 'lantern-demo-1');
    const { key, step, backupCodes } = await enrollTotp(page);
    const later = Math.max(stepNow(), step + 1);
    const codes = [await codeAt(key, step), await codeAt(key, later)];
    const cookie = (await context.cookies()).find((c) => c.name === 'recourse_demo_session')!;
    const verify = async (code: string) =>
      (
        await fetch(`${app.url}/v1/2fa/totp/verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}` },
          body: JSON.stringify({ code }),
        })
      ).status;
    if (later === stepNow()) expect(await verify(codes[1]!)).toBe(200);
    expect(await verify(backupCodes[0]!)).toBe(200);
    const secureStorage = await storageDump(page);
    const deskStorage = await storageDump(agentPage);
    const cookies = await context.cookies();

    // The secrets of this run, in every form they could leak in.
    const secretBytes = Buffer.from(key.replace(/\s/g, ''), 'utf8');
    const secrets: [string, string][] = [
      ['access token', link.token],
      ['agent key', app.agentKey],
      ['totp key', key],
      ['totp key (no spaces)', key.replace(/\s/g, '')],
      ['totp key (hash)', createHash('sha256').update(secretBytes).digest('hex')],
      ['session', cookie.value],
      ['password', 'lantern-demo-1'],
      ...codes.map((c, i): [string, string] => [`totp code ${i}`, c]),
      ...backupCodes.flatMap((c, i): [string, string][] => [
        [`backup code ${i}`, c],
        [`backup code ${i} (normalized)`, c.replace(/-/g, '')],
      ]),
    ];
    const count = (where: string, text: string) =>
      secrets.filter(([, s]) => s.length >= 6 && text.includes(s)).map(([label]) => `${label} in ${where}`);
    const inLogs = count('logs', logged.join('\n'));
    const inUrls = count('URLs', [...urls, addressAfter].join('\n'));
    const inStorage = count('storage', [trackerStorage, secureStorage, deskStorage].join('\n'));
    const otherCookies = cookies.filter((c) => !(c.name === 'recourse_demo_session' && c.httpOnly));
    const inCookies = count('cookies', JSON.stringify(otherCookies));
    // A TOTP code is 6 digits: also look for it as a whole word in logs (numbers can collide).
    figure(
      `secrets: logs=${inLogs.length} URLs=${inUrls.length} storage=${inStorage.length} other cookies=${otherCookies.length} (${secrets.length} secrets × ${logged.length} log writes, ${urls.length} request/navigation URLs, address bar after the tracker: token ${addressAfter.includes(link.token) ? 'present' : 'gone'}, history entries=${historyLength}); page problems=${problems.length + agentProblems.length}`,
    );
    expect([...inLogs, ...inUrls, ...inStorage, ...inCookies]).toEqual([]);
    expect(otherCookies).toEqual([]);
    expect(addressAfter).not.toContain(link.token);
    expect([...problems, ...agentProblems]).toEqual([]);
  }, 180_000);
});

function figure(line: string) {
  console.log(`security: ${line}`);
}
