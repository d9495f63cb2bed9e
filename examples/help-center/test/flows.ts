/**
 * Helpers of the end-to-end flows (tracker ↔ desk, two-step verification, the whole story): the
 * pages as a person and an agent use them, and the database as the server wrote it. Everything
 * goes through the real pages, the real API or the real store; nothing is injected.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { totpAt } from '@recourse/core/totp';
import type { Store } from '@recourse/server';
import type { BrowserContext, Locator, Page } from 'playwright';
import { expect } from 'vitest';
// The store's own database handle (not part of the package's public entry): the TOTP tables are
// read through it, on PGlite as on PostgreSQL.
import { storeDb } from '../../../packages/server/src/store/sql-store';
import type { Running } from './harness';

/** Runs SQL on the database under the help center's store. */
export async function sql<T = Record<string, unknown>>(store: Store, text: string, params: unknown[] = []) {
  const db = storeDb(store);
  if (!db) throw new Error('the store has no SQL database');
  return db.query<T>(text, params);
}

/** RFC 4648 base32 (the setup key the widget shows, spaces ignored) → bytes. */
export function base32Bytes(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const value = alphabet.indexOf(ch);
    if (value < 0) throw new Error(`not base32: ${ch}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The 30-second step of now. */
export const stepNow = () => Math.floor(Date.now() / 30_000);

/** The authenticator app: the code of a key at a step. */
export const codeAt = (key: string, step: number) => totpAt(base32Bytes(key), step * 30);

/** Waits (really) until the clock reaches a step. */
export async function waitForStep(step: number): Promise<void> {
  const ms = step * 30_000 - Date.now();
  if (ms > 0) await new Promise((r) => setTimeout(r, ms + 250));
}

/** The demo session cookie of a browser context, as a `Cookie` header. */
export async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'recourse_demo_session');
  if (!cookie) throw new Error('no demo session cookie in the browser');
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Strict');
  return `${cookie.name}=${cookie.value}`;
}

/** Signs in on secure.html with the demo form (keyboard only). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#password').press('Enter');
  await expect.poll(() => page.locator('#signed-in').isVisible(), { timeout: 10_000 }).toBe(true);
}

/**
 * Enrolls two-step verification in `<recourse-totp-setup>` as a person with an authenticator app
 * would: reads the key the widget shows, types the app's code, saves the backup codes.
 * @returns the key, the step of the code used, the backup codes shown
 */
export async function enrollTotp(page: Page): Promise<{ key: string; step: number; backupCodes: string[] }> {
  const setup = page.locator('recourse-totp-setup');
  await page.evaluate(() => {
    const w = window as unknown as { enabled?: unknown[] };
    w.enabled = [];
    document
      .querySelector('recourse-totp-setup')
      ?.addEventListener('recourse-totp-enabled', (e) => w.enabled!.push((e as CustomEvent).detail));
  });
  await setup.locator('button.primary').click(); // "Set up"
  const keyText = (await setup.locator('#totp-key').textContent({ timeout: 10_000 }))!.trim();
  expect(keyText).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  expect(base32Bytes(keyText)).toHaveLength(20);
  await expect.poll(() => setup.locator('svg[part="qr"] path').count()).toBe(1);
  await setup.locator('button.primary').click(); // "Next"
  const step = stepNow();
  const code = await codeAt(keyText, step);
  await setup.locator('#totp-code').fill(code);
  await setup.locator('#totp-code').press('Enter');
  const codes = setup.locator('ol.codes li');
  await expect.poll(() => codes.count(), { timeout: 10_000 }).toBe(10);
  const backupCodes = (await codes.allTextContents()).map((c) => c.trim());
  for (const c of backupCodes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  const finish = setup.locator('button.primary');
  expect(await finish.isDisabled()).toBe(true);
  await setup.locator('#totp-saved').check();
  await finish.click();
  await expect.poll(() => setup.locator('ol.codes').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { enabled: unknown[] }).enabled)).toEqual([
    { backupCodes: 10 },
  ]);
  return { key: keyText, step, backupCodes };
}

/** `POST /v1/2fa/totp/verify` with a session cookie, as the platform's sign-in would call it. */
export async function verifyCode(app: Running, cookie: string, code: string) {
  const res = await fetch(`${app.url}/v1/2fa/totp/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Opens the desk page and enters the agent key (as an agent pastes it). */
export async function openDesk(page: Page, app: Running, pollSeconds = 0): Promise<Locator> {
  await page.goto(`${app.url}/desk.html?lang=en`);
  await page.locator('#agent-key').fill(app.agentKey);
  await page.locator('#agent-key').press('Enter');
  const desk = page.locator('recourse-case-desk');
  // The desk is live over its stream of changed cases, as the tracker is over its case's; the
  // tests turn its fallback polling off (the demo page keeps 10 s), so what they see came live.
  await desk.evaluate((el, s) => {
    const d = el as unknown as { pollInterval: number; sent: { type: string; at: number }[] };
    d.pollInterval = s;
    d.sent = [];
    el.addEventListener('recourse-desk-command', (e) =>
      d.sent.push({ type: (e as CustomEvent).detail.command, at: Date.now() }),
    );
  }, pollSeconds);
  await desk.locator('#queue-heading').waitFor({ timeout: 15_000 });
  return desk;
}

/** Opens a case in the desk from the queue. */
export async function openDeskCase(desk: Locator, number: string): Promise<void> {
  await desk.locator('button[data-case]', { hasText: number }).click({ timeout: 15_000 });
  await expect.poll(() => desk.locator('#case-heading').textContent(), { timeout: 10_000 }).toBe(number);
}

/**
 * Sends a desk command through its form; fills the form's fields first.
 * @returns when the server accepted it (the desk's `recourse-desk-command`, wall clock in ms)
 */
export async function deskCommand(
  desk: Locator,
  type: string,
  fields: Record<string, string> = {},
): Promise<number> {
  const form = desk.locator(`form[data-command="${type}"]`);
  await form.waitFor({ timeout: 10_000 });
  for (const [name, value] of Object.entries(fields)) {
    const input = form.locator(`#${type}-${name}`);
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  const sent = () =>
    desk.evaluate(
      (el, t) =>
        ((el as unknown as { sent?: { type: string; at: number }[] }).sent ?? []).filter((x) => x.type === t),
      type,
    );
  const before = (await sent()).length;
  await form.locator('button[type="submit"]').click();
  // Accepted: the desk fired `recourse-desk-command` for it (see openDesk).
  await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBe(before + 1);
  expect(await desk.locator('[role="alert"]').count()).toBe(0);
  return (await sent()).at(-1)!.at;
}

/** The desk's state line (`<strong>` of the case meta). */
export const deskState = (desk: Locator) => desk.locator('.case .meta strong').first().textContent();

/** The tracker's timeline entries' labels, oldest first. */
export async function trackerTimeline(tracker: Locator): Promise<string[]> {
  const items = await tracker.locator('[part="timeline"] li').allTextContents();
  return items.map((t) => t.replace(/\s+/g, ' ').trim()).reverse();
}

/**
 * Waits until something shows in a page and returns how long it took (ms since `since`, a wall
 * clock time: the browser and this process share the machine's clock).
 */
export async function seenWithin(what: Locator, since: number, timeout: number): Promise<number> {
  await what.first().waitFor({ state: 'visible', timeout });
  return Date.now() - since;
}

/** Files a report through the real API (as the report form does) and returns the private link's parts. */
export async function fileCase(
  app: Running,
  narrative: string,
  account = { kind: 'email', value: 'sam.carter@example.org' },
): Promise<{ id: string; number: string; token: string }> {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  const res = await fetch(`${app.url}/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      account,
      contact: { email: 'sam.safe@example.net', language: 'en' },
      discoveredAt: hoursAgo(2),
      access: { canSignIn: false, passwordReset: 'failed' },
      activities: [{ kind: 'profile_change', field: 'email', at: hoursAgo(3) }],
      narrative,
      attachments: [],
      channel: 'web_form',
      consent: true,
    }),
  });
  const body = (await res.json()) as { case: { id: string; number: string }; accessToken: string };
  expect(res.status).toBe(201);
  return { id: body.case.id, number: body.case.number, token: body.accessToken };
}

/** The reporter's tracker page opened from the private link; resolves once it is live. */
export async function openTracker(
  page: Page,
  app: Running,
  link: { id: string; token: string },
  lang = 'en',
): Promise<Locator> {
  await page.goto(`${app.url}/track.html?lang=${lang}#case=${link.id}&token=${link.token}`);
  const tracker = page.locator('recourse-case-tracker');
  await tracker.locator('#heading').waitFor({ timeout: 15_000 });
  await expect
    .poll(() => tracker.locator('[part="connection"]').getAttribute('class'), { timeout: 10_000 })
    .toContain('live');
  // The token left the address bar at once.
  expect(page.url()).not.toContain(link.token);
  return tracker;
}

/** The reporter API as a platform's own page (or an attacker holding only the link) sees it. */
export async function reporterGet(app: Running, path: string, token: string) {
  const res = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe (WCAG 2.2 AA rules) on the page as it is now; injected through the DevTools protocol. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o?: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/**
 * Sends a desk command and measures, from the server's answer to the desk until the reporter's
 * tracker shows `eventLabel` once more in its timeline, the live (SSE) path in ms.
 */
export async function commandSeenLive(
  desk: Locator,
  tracker: Locator,
  type: string,
  eventLabel: string,
  fields: Record<string, string> = {},
): Promise<number> {
  const entry = tracker.locator('[part="timeline"] li .what', { hasText: eventLabel });
  const before = await entry.count();
  const accepted = await deskCommand(desk, type, fields);
  await expect.poll(() => entry.count(), { timeout: 3_000, interval: 25 }).toBe(before + 1);
  return Date.now() - accepted;
}
