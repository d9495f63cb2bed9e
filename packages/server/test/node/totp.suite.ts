/**
 * The TOTP endpoints' suite, run on PGlite (totp.pglite.test.ts) and PostgreSQL
 * (totp.postgres.test.ts), through real HTTP on loopback with an injected server clock.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { PROBLEM_STATUS, type ProblemCode, ProblemSchema, TOTP_ENDPOINTS } from '@recourse/core';
import { hotp, THROTTLE_POLICY, TOTP_PERIOD_SECONDS, throttleState } from '@recourse/core/totp';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDemoAuth, DEMO_LOGINS, DEMO_SESSION_COOKIE } from '../../src/demo/demo-auth';
import type { Logger, LogRecord } from '../../src/options';
import type { Db } from '../../src/store/db';
import { createTotpStore } from '../../src/store/totp-store';
import type { Store } from '../../src/store/types';
import { createTotpRoutes } from '../../src/totp/index';

/** What an engine gives the suite. */
export interface TotpEngine {
  store: Store;
  db: Db;
  /** Drops what the engine made. */
  close(): Promise<void>;
}

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
const SECRET_KEY = Buffer.alloc(32, 7).toString('base64');
const T0 = 1_900_000_020; // a step number: the clock starts at its first millisecond

function base32Decode(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The code of a step for a key as the widget shows it ("ABCD EFGH …"). */
const codeAt = (key: string, step: number) => hotp(base32Decode(key), step);

export function runTotpSuite(name: string, open: () => Promise<TotpEngine>): void {
  describe(`TOTP over HTTP (${name})`, () => {
    let engine: TotpEngine;
    let base: string;
    let server: ReturnType<typeof serve>;
    let clock = T0 * STEP_MS;
    const logs: LogRecord[] = [];
    const logger: Logger = {
      info: (r) => logs.push(r),
      warn: (r) => logs.push(r),
      error: (r) => logs.push(r),
    };
    const demo = createDemoAuth({ now: () => new Date(clock) });

    beforeAll(async () => {
      engine = await open();
      const app = new Hono();
      app.route('/demo', demo.routes);
      app.route(
        '/v1/2fa/totp',
        createTotpRoutes({
          factors: engine.store.totp!,
          secretKey: SECRET_KEY,
          issuer: 'Lantern Wallet',
          now: () => new Date(clock),
          backupCodeCost: { N: 1024, r: 8, p: 1 },
          logger,
          enqueue: (messages) => engine.store.enqueue(messages),
          lockLinks: true,
          authenticateUser: (request) => {
            const fromCookie = demo.authenticateUser(request);
            if (fromCookie) return fromCookie;
            const id = request.headers.get('x-test-user');
            if (!id) return null;
            return {
              userId: id,
              contacts: [{ email: `${id}@example.com` }, { phone: '+15550100999' }],
              sessionId: request.headers.get('x-test-session') ?? 'session-a',
            };
          },
        }),
      );
      await new Promise<void>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
          base = `http://127.0.0.1:${info.port}`;
          resolve();
        });
      });
    }, 60_000);

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    });

    const call = async (
      method: string,
      path: string,
      user: string | null,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(`${base}/v1/2fa/totp${path}`, {
        method,
        headers: {
          ...(user ? { 'x-test-user': user } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        // biome-ignore lint/suspicious/noExplicitAny: test answers are checked field by field
        body: text ? (JSON.parse(text) as Record<string, any>) : null,
      };
    };

    const at = (step: number, offsetMs = 0) => {
      clock = step * STEP_MS + offsetMs;
    };

    /** Enrolls a fresh user at step T0+k; returns its key and backup codes. */
    const enroll = async (user = `u-${randomUUID()}`, step = T0) => {
      at(step);
      const started = await call('POST', '/start', user);
      expect(started.status).toBe(200);
      const confirmed = await call('POST', '/confirm', user, { code: await codeAt(started.body!.key, step) });
      expect(confirmed.status).toBe(200);
      return {
        user,
        key: started.body!.key as string,
        uri: started.body!.uri as string,
        backupCodes: confirmed.body!.backupCodes as string[],
      };
    };

    test('enrollment → confirm → verify; answers no-store; status follows', async () => {
      const user = `u-${randomUUID()}`;
      at(T0, 1000);
      expect((await call('GET', '/status', user)).body).toMatchObject({
        state: 'disabled',
        backupCodesLeft: 0,
      });

      const started = await call('POST', '/start', user);
      expect(started.status).toBe(200);
      expect(started.headers.get('cache-control')).toBe('no-store');
      expect(started.body!.key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      const secret = (started.body!.key as string).replace(/ /g, '');
      expect(started.body!.uri).toBe(
        `otpauth://totp/Lantern%20Wallet:${user}?secret=${secret}&issuer=Lantern%20Wallet&algorithm=SHA1&digits=6&period=30`,
      );
      expect(started.body!.expiresAt).toBe(new Date(clock + 600_000).toISOString());
      expect((await call('GET', '/status', user)).body).toMatchObject({ state: 'pending' });
      // The status never repeats the secret.
      expect(JSON.stringify((await call('GET', '/status', user)).body)).not.toContain(secret);

      const confirmed = await call('POST', '/confirm', user, { code: await codeAt(started.body!.key, T0) });
      expect(confirmed.status).toBe(200);
      expect(confirmed.headers.get('cache-control')).toBe('no-store');
      const codes = confirmed.body!.backupCodes as string[];
      expect(codes).toHaveLength(10);
      for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(new Set(codes).size).toBe(10);

      const status = (await call('GET', '/status', user)).body!;
      expect(status).toMatchObject({
        state: 'enabled',
        backupCodesLeft: 10,
        totp: { attemptsLeft: 5, locked: false },
      });
      expect(JSON.stringify(status)).not.toContain(secret);

      // The enrollment code counts as used: the same code is refused right away.
      const again = await call('POST', '/verify', user, { code: await codeAt(started.body!.key, T0) });
      expect(again.status).toBe(422);
      expect(again.body).toMatchObject({ code: 'totp_code_used', factor: 'totp', attemptsLeft: 4 });
      expect(again.headers.get('content-type')).toBe('application/problem+json');

      at(T0 + 1);
      const verified = await call('POST', '/verify', user, {
        code: `${(await codeAt(started.body!.key, T0 + 1)).slice(0, 3)} ${(await codeAt(started.body!.key, T0 + 1)).slice(3)}`,
      });
      expect(verified.status).toBe(200);
      expect(verified.body).toEqual({ verified: true, method: 'totp', backupCodesLeft: 10 });

      // Starting again while enabled is refused (replace = disable with step-up, then enroll).
      expect((await call('POST', '/start', user)).body).toMatchObject({
        code: 'totp_already_enabled',
        status: 409,
      });

      // The change was queued to every contact on record, without any secret.
      const outbox = await engine.db.query<{ recipient: string; template: string; data: unknown }>(
        `SELECT recipient, template, data FROM outbox WHERE recipient IN ($1, '+15550100999') AND template = 'totp_enabled'`,
        [`${user}@example.com`],
      );
      expect(outbox.map((r) => r.recipient).sort()).toContain(`${user}@example.com`);
    });

    test('window: T-2 refused, T-1 and T accepted, T+1 refused, at step boundaries', async () => {
      const { user, key } = await enroll(`u-${randomUUID()}`, T0 - 10);
      const T = T0;
      // Last millisecond of step T: T-2 is out, T+1 is not yet valid.
      at(T, STEP_MS - 1);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, T - 2) })).body).toMatchObject({
        code: 'totp_code_invalid',
      });
      expect((await call('POST', '/verify', user, { code: await codeAt(key, T + 1) })).body).toMatchObject({
        code: 'totp_code_invalid',
      });
      // First millisecond of step T: T-1 then T are accepted.
      at(T, 0);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, T - 1) })).status).toBe(200);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, T) })).status).toBe(200);
      // And T+1 is refused until its own step begins.
      at(T, STEP_MS - 1);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, T + 1) })).status).toBe(422);
      at(T + 1, 0);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, T + 1) })).status).toBe(200);
    });

    test('a used code is refused at once and for its whole window', async () => {
      const { user, key } = await enroll(`u-${randomUUID()}`, T0 - 20);
      const T = T0 + 100;
      at(T, 5);
      const code = await codeAt(key, T);
      expect((await call('POST', '/verify', user, { code })).status).toBe(200);
      for (const [step, offset] of [
        [T, 6],
        [T, STEP_MS - 1],
        [T + 1, 0],
        [T + 1, STEP_MS - 1],
      ] as const) {
        at(step, offset);
        expect((await call('POST', '/verify', user, { code })).body).toMatchObject({
          code: 'totp_code_used',
        });
      }
      // Out of the window it is simply wrong.
      at(T + 2, 0);
      const late = await call('POST', '/verify', user, { code });
      expect(late.body).toMatchObject({ code: 'totp_code_invalid', attemptsLeft: 0, retryAfter: 30 });
      expect(late.headers.get('retry-after')).toBe('30');
    });

    test('50 concurrent submissions of one valid code: exactly 1 accepted', async () => {
      const { user, key } = await enroll(`u-${randomUUID()}`, T0 - 30);
      at(T0 + 200, 10);
      const code = await codeAt(key, T0 + 200);
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => call('POST', '/verify', user, { code })),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      for (const a of answers.filter((x) => x.status !== 200)) {
        expect(['totp_code_used', 'totp_throttled']).toContain(a.body!.code);
      }
    }, 60_000);

    test('backup codes running low: the answer says so at 3 left and the contacts are told', async () => {
      const { user, backupCodes } = await enroll(`u-${randomUUID()}`, T0 - 40);
      at(T0 + 300);
      const answers = [];
      for (const code of backupCodes.slice(0, 7))
        answers.push((await call('POST', '/verify', user, { code })).body);
      expect(answers.map((a) => [a!.backupCodesLeft, a!.backupCodesLow ?? false])).toEqual([
        [9, false],
        [8, false],
        [7, false],
        [6, false],
        [5, false],
        [4, false],
        [3, true],
      ]);
      const low = (await engine.store.listOutbox({ limit: 500 })).filter(
        (r) => r.template === 'totp_backup_codes_low' && r.recipient === `${user}@example.com`,
      );
      expect(low.map((r) => r.data.count)).toEqual([3]);
      // Like every notice to a contact on record, it asks for a lock link (minted when sent).
      expect(low[0]!.data.lockFor).toEqual({ accountRef: { kind: 'user_id', value: user } });
      expect(JSON.stringify(low[0]!.data)).not.toMatch(/#lock=/);
    }, 60_000);

    test('50 concurrent uses of one backup code: exactly 1 accepted; then it is used', async () => {
      const { user, backupCodes } = await enroll(`u-${randomUUID()}`, T0 - 40);
      at(T0 + 300);
      const code = backupCodes[3]!;
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => call('POST', '/verify', user, { code })),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.find((a) => a.status === 200)!.body).toEqual({
        verified: true,
        method: 'backup_code',
        backupCodesLeft: 9,
      });
      // Losers: lost the compare-and-set or read the set after the winner (used both ways), or throttled.
      for (const a of answers.filter((x) => x.status !== 200)) {
        expect(['totp_code_used', 'totp_throttled']).toContain(a.body!.code);
      }
      at(T0 + 400);
      // Typed loosely (lower case, spaces) another code still works; the used one never again.
      const other = backupCodes[4]!.toLowerCase().replace(/-/g, ' ');
      expect((await call('POST', '/verify', user, { code: other })).body).toMatchObject({
        method: 'backup_code',
      });
      // A reused code says so (not "invalid"), and counts as a failure like a wrong one.
      const reused = await call('POST', '/verify', user, { code });
      expect(reused.status).toBe(PROBLEM_STATUS.totp_code_used);
      expect(reused.body).toMatchObject({
        code: 'totp_code_used',
        factor: 'backup_code',
        attemptsLeft: throttleState(1).attemptsLeftBeforeDelay,
      });
      const wrong = await call('POST', '/verify', user, { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
      expect(wrong.body).toMatchObject({
        code: 'totp_code_invalid',
        factor: 'backup_code',
        attemptsLeft: throttleState(2).attemptsLeftBeforeDelay,
      });
    }, 60_000);

    test('the compare-and-set statements have exactly one winner (store level, 50 at once)', async () => {
      const { user } = await enroll(`u-${randomUUID()}`, T0 - 50);
      const store = createTotpStore(engine.db);
      const now = new Date(clock);
      const steps = await Promise.all(
        Array.from({ length: 50 }, () => store.acceptStep(user, T0 + 1000, now, { session: null })),
      );
      expect(steps.filter(Boolean)).toHaveLength(1);
      const [first] = await store.unusedBackupCodes(user);
      const used = await Promise.all(
        Array.from({ length: 50 }, () => store.consumeBackupCode(user, first!.id, now, { session: null })),
      );
      expect(used.filter(Boolean)).toHaveLength(1);
      // Attempt admission: 50 parallel charges admit exactly the 5 free attempts.
      const charges = await Promise.all(
        Array.from({ length: 50 }, () => store.chargeAttempt(user, 'totp', 'enabled', now)),
      );
      expect(
        charges
          .filter((x) => x !== null)
          .map((x) => x!.failures)
          .sort(),
      ).toEqual([1, 2, 3, 4, 5]);
    }, 60_000);

    test('throttle: schedule, attemptsLeft, Retry-After, a success resets, lock at 100', async () => {
      const { user, key, backupCodes } = await enroll(`u-${randomUUID()}`, T0 - 60);
      let step = T0 + 500;
      at(step);
      const wrong = async () => {
        const real = await codeAt(key, Math.floor(clock / STEP_MS));
        return call('POST', '/verify', user, { code: real === '000000' ? '111111' : '000000' });
      };
      // 5 free failures, attemptsLeft counting down; the 5th starts a 30 s delay.
      for (let f = 1; f <= 5; f++) {
        const a = await wrong();
        expect(a.status).toBe(422);
        expect(a.body!.attemptsLeft).toBe(5 - f);
        if (f < 5) expect(a.headers.get('retry-after')).toBeNull();
      }
      // The delay doubles per failure up to 1 h: 30, 60, 120 … 3600.
      for (let f = 5; f < 14; f++) {
        const delay = throttleState(f).retryAfterSeconds!;
        expect(delay).toBe(Math.min(3600, 30 * 2 ** (f - 5)));
        const blocked = await wrong();
        expect(blocked.status).toBe(429);
        expect(blocked.body).toMatchObject({ code: 'totp_throttled', attemptsLeft: 0, retryAfter: delay });
        expect(blocked.headers.get('retry-after')).toBe(String(delay));
        clock += (delay - 1) * 1000;
        expect((await wrong()).headers.get('retry-after')).toBe('1');
        clock += 1000;
        const next = await wrong();
        expect(next.status).toBe(422);
        expect(next.body!.retryAfter).toBe(throttleState(f + 1).retryAfterSeconds);
      }
      // Status reports it too.
      expect((await call('GET', '/status', user)).body!.totp).toMatchObject({
        attemptsLeft: 0,
        locked: false,
      });
      // A correct code after the delay resets the count.
      clock += 3600 * 1000;
      step = Math.floor(clock / STEP_MS);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, step) })).status).toBe(200);
      expect((await call('GET', '/status', user)).body!.totp).toEqual({
        attemptsLeft: 5,
        retryAfter: 0,
        locked: false,
      });

      // At 100 consecutive failures the factor locks (counter set to 99, delay over).
      await engine.db.query(
        `UPDATE totp_factors SET totp_failures = $2, totp_last_failure_at = $3::timestamptz WHERE user_id = $1`,
        [user, THROTTLE_POLICY.lockAtFailures - 1, new Date(clock - 7200_000).toISOString()],
      );
      const locked = await wrong();
      expect(locked.status).toBe(423);
      expect(locked.body).toMatchObject({ code: 'totp_locked', factor: 'totp' });
      clock += 48 * 3600_000;
      step = Math.floor(clock / STEP_MS);
      expect((await call('POST', '/verify', user, { code: await codeAt(key, step) })).body).toMatchObject({
        code: 'totp_locked',
      });
      expect((await call('GET', '/status', user)).body!.totp).toMatchObject({ locked: true });
      const notices = await engine.db.query<{ template: string }>(
        `SELECT template FROM outbox WHERE recipient = $1 AND template = 'totp_locked'`,
        [`${user}@example.com`],
      );
      expect(notices).toHaveLength(1);
      // Backup codes are a separate factor: they still work.
      expect((await call('POST', '/verify', user, { code: backupCodes[0] })).body).toMatchObject({
        method: 'backup_code',
      });
    }, 60_000);

    test('step-up: regenerate and disable need a fresh second factor in this session', async () => {
      const { user, key, backupCodes } = await enroll(`u-${randomUUID()}`, T0 - 70);
      // The enrollment itself was a verification: 5 minutes later it is stale.
      at(T0 - 70 + 11);
      expect((await call('POST', '/backup-codes', user)).body).toMatchObject({
        code: 'step_up_required',
        status: 403,
      });
      expect((await call('DELETE', '', user)).body).toMatchObject({ code: 'step_up_required' });
      // A code in the same request is a step-up.
      const step = T0 - 70 + 11;
      const regenerated = await call('POST', '/backup-codes', user, { code: await codeAt(key, step) });
      expect(regenerated.status).toBe(200);
      const fresh = regenerated.body!.backupCodes as string[];
      expect(fresh).toHaveLength(10);
      // The old set stopped working; the new set works.
      expect((await call('POST', '/verify', user, { code: backupCodes[1] })).body).toMatchObject({
        code: 'totp_code_invalid',
      });
      expect((await call('POST', '/verify', user, { code: fresh[0] })).status).toBe(200);
      // A verification in ANOTHER session does not count for this one.
      expect(
        (await call('DELETE', '', user, undefined, { 'x-test-session': 'session-b' })).body,
      ).toMatchObject({ code: 'step_up_required' });
      // A malformed code as step-up is refused without counting.
      expect((await call('DELETE', '', user, { code: '12345' })).body).toMatchObject({
        code: 'validation_failed',
      });
      // Within 5 minutes of a verification in this session: allowed.
      clock += 299_000;
      expect((await call('DELETE', '', user)).body).toEqual({ state: 'disabled' });
      expect((await call('GET', '/status', user)).body).toMatchObject({
        state: 'disabled',
        backupCodesLeft: 0,
      });
      const rows = await engine.db.query('SELECT 1 FROM totp_backup_codes WHERE user_id = $1', [user]);
      expect(rows).toHaveLength(0);
      const templates = (
        await engine.db.query<{ template: string }>(
          `SELECT template FROM outbox WHERE recipient = $1 ORDER BY id`,
          [`${user}@example.com`],
        )
      ).map((r) => r.template);
      expect(templates).toEqual(['totp_enabled', 'totp_backup_codes_regenerated', 'totp_disabled']);
      const sms = await engine.db.query<{ channel: string }>(
        `SELECT channel FROM outbox WHERE recipient = '+15550100999' AND data->>'change' = 'disabled' AND channel = 'sms'`,
      );
      expect(sms.length).toBeGreaterThan(0);
    });

    test('enrollment expires after 10 minutes; unauthenticated and malformed requests', async () => {
      const user = `u-${randomUUID()}`;
      at(T0 + 900);
      const started = await call('POST', '/start', user);
      clock += 600_000;
      const step = Math.floor(clock / STEP_MS);
      const late = await call('POST', '/confirm', user, { code: await codeAt(started.body!.key, step) });
      expect(late.status).toBe(410);
      expect(late.body).toMatchObject({ code: 'totp_enrollment_expired' });
      expect((await call('GET', '/status', user)).body).toMatchObject({ state: 'disabled' });
      expect((await call('POST', '/confirm', `u-${randomUUID()}`, { code: '123456' })).body).toMatchObject({
        code: 'totp_enrollment_missing',
      });
      expect((await call('POST', '/verify', `u-${randomUUID()}`, { code: '123456' })).body).toMatchObject({
        code: 'totp_not_enabled',
      });
      const anonymous = await call('POST', '/start', null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('cache-control')).toBe('no-store');
      const form = await fetch(`${base}/v1/2fa/totp/verify`, {
        method: 'POST',
        headers: { 'x-test-user': user, 'content-type': 'text/plain' },
        body: '{"code":"123456"}',
      });
      expect(form.status).toBe(415);
      const big = await call('POST', '/verify', user, { code: 'x'.repeat(5000) });
      expect(big.status).toBe(413);
      expect((await call('POST', '/verify', user, { code: 42 })).status).toBe(400);
    });

    test('demo sign-in: cookie flags, authenticateUser, full enrollment as a demo account', async () => {
      at(T0 + 2000);
      const bad = await fetch(`${base}/demo/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'mei', password: 'wrong' }),
      });
      expect(bad.status).toBe(401);
      const res = await fetch(`${base}/demo/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'Mei', password: DEMO_LOGINS[0]!.password }),
      });
      expect(res.status).toBe(200);
      const setCookie = res.headers.get('set-cookie')!;
      expect(setCookie).toMatch(
        new RegExp(
          `^${DEMO_SESSION_COOKIE}=[A-Za-z0-9_-]{22}; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict$`,
        ),
      );
      const cookie = setCookie.split(';')[0]!;
      const opts = (method: string, body?: unknown) => ({
        method,
        headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const started = (await (await fetch(`${base}/v1/2fa/totp/start`, opts('POST'))).json()) as {
        uri: string;
        key: string;
      };
      expect(started.uri).toContain('Lantern%20Wallet:mei.lin%40example.com');
      const confirm = await fetch(
        `${base}/v1/2fa/totp/confirm`,
        opts('POST', { code: await codeAt(started.key, T0 + 2000) }),
      );
      expect(confirm.status).toBe(200);
      at(T0 + 2001);
      const verify = await fetch(
        `${base}/v1/2fa/totp/verify`,
        opts('POST', { code: await codeAt(started.key, T0 + 2001) }),
      );
      expect(verify.status).toBe(200);
      const notices = await engine.db.query<{ recipient: string }>(
        `SELECT recipient FROM outbox WHERE template = 'totp_enabled' AND recipient IN ('mei.lin@example.com', '+15550100101')`,
      );
      expect(notices.map((n) => n.recipient).sort()).toEqual(['+15550100101', 'mei.lin@example.com']);
      // Signed out: the cookie no longer works.
      await fetch(`${base}/demo/sign-out`, opts('POST'));
      expect((await fetch(`${base}/v1/2fa/totp/status`, opts('GET'))).status).toBe(401);
    });

    test('every answer matches the contract: success schemas, problem codes and statuses', async () => {
      type Answer = Awaited<ReturnType<typeof call>>;
      const seen = new Set<string>();
      const check = async (method: string, path: string, user: string | null, body?: unknown) => {
        const answer: Answer = await call(method, path, user, body);
        const full = `/v1/2fa/totp${path}`;
        const def = Object.values(TOTP_ENDPOINTS).find((d) => d.method === method && d.path === full);
        expect(def, `${method} ${full}`).toBeDefined();
        if (answer.status < 300) {
          const parsed = def!.response.schema.safeParse(answer.body);
          expect(parsed.success, `${method} ${full} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        } else {
          const parsed = ProblemSchema.safeParse(answer.body);
          expect(parsed.success, JSON.stringify(answer.body)).toBe(true);
          const code = answer.body!.code as ProblemCode;
          expect(answer.status, code).toBe(PROBLEM_STATUS[code]);
          expect((def!.problems as readonly string[]).includes(code), `${full} lists ${code}`).toBe(true);
          // Nothing the contract does not describe.
          expect(
            Object.keys(answer.body!).every((k) => k in ProblemSchema.shape),
            code,
          ).toBe(true);
          seen.add(code);
        }
        return answer;
      };
      const user = `u-${randomUUID()}`;
      at(T0 + 5000);
      await check('GET', '/status', user);
      await check('GET', '/status', null);
      await check('POST', '/confirm', user, { code: '123456' }); // no enrollment yet
      await check('POST', '/verify', user, { code: '123456' }); // not enabled
      const started = await check('POST', '/start', user);
      await check('POST', '/confirm', user, { code: 'not a code' });
      const key = started.body!.key as string;
      const wrong = String((Number(await codeAt(key, T0 + 5000)) + 1) % 1_000_000).padStart(6, '0');
      await check('POST', '/confirm', user, { code: wrong });
      await check('POST', '/confirm', user, { code: await codeAt(key, T0 + 5000) });
      await check('GET', '/status', user);
      await check('POST', '/start', user); // already enabled
      await check('POST', '/verify', user, { code: await codeAt(key, T0 + 5000) }); // used
      at(T0 + 5001);
      await check('POST', '/verify', user, { code: await codeAt(key, T0 + 5001) });
      at(T0 + 5020);
      await check('POST', '/backup-codes', user); // the verification is no longer fresh
      for (let i = 0; i < 6; i++) await check('POST', '/verify', user, { code: '000000' });
      at(T0 + 5200);
      await check('POST', '/backup-codes', user, { code: await codeAt(key, T0 + 5200) });
      await check('DELETE', '', user);
      // An expired enrollment.
      const late = `u-${randomUUID()}`;
      at(T0 + 6000);
      const pending = await check('POST', '/start', late);
      at(T0 + 6000 + 21);
      await check('POST', '/confirm', late, { code: await codeAt(pending.body!.key, T0 + 6021) });
      expect([...seen].sort()).toEqual(
        [
          'step_up_required',
          'totp_already_enabled',
          'totp_code_invalid',
          'totp_code_used',
          'totp_enrollment_expired',
          'totp_enrollment_missing',
          'totp_not_enabled',
          'totp_throttled',
          'unauthorized',
          'validation_failed',
        ].sort(),
      );
    });

    test('no plaintext secret or backup code in the database, the logs or later answers', async () => {
      const user = `u-${randomUUID()}`;
      at(T0 + 3000);
      const started = await call('POST', '/start', user);
      const secret = (started.body!.key as string).replace(/ /g, '');
      const confirmed = await call('POST', '/confirm', user, {
        code: await codeAt(started.body!.key, T0 + 3000),
      });
      const codes = confirmed.body!.backupCodes as string[];
      at(T0 + 3001);
      const later = [
        await call('GET', '/status', user),
        await call('POST', '/verify', user, { code: codes[0] }),
        await call('POST', '/verify', user, { code: await codeAt(started.body!.key, T0 + 3001) }),
        await call('POST', '/backup-codes', user),
      ];
      const regenerated = later[3]!.body!.backupCodes as string[];
      const needles = [
        secret,
        started.body!.key as string,
        secret.toLowerCase(),
        ...[...codes, ...regenerated].flatMap((c) => [c, c.replace(/-/g, '')]),
      ];
      const tables = [
        'totp_factors',
        'totp_backup_codes',
        'outbox',
        'rate_limits',
        'idempotency',
        'schema_migrations',
      ];
      let dump = '';
      for (const table of tables) dump += JSON.stringify(await engine.db.query(`SELECT * FROM ${table}`));
      expect(dump).toContain(user); // the dump is real
      const answers = JSON.stringify(later.slice(0, 3).map((a) => a.body));
      for (const needle of needles) {
        expect(dump).not.toContain(needle);
        expect(JSON.stringify(logs)).not.toContain(needle);
        expect(answers).not.toContain(needle);
      }
      const [row] = await engine.db.query<{ secret_box: string }>(
        'SELECT secret_box FROM totp_factors WHERE user_id = $1',
        [user],
      );
      expect(row!.secret_box).toMatch(/^v1\./);
      const hashes = await engine.db.query<{ code_hash: string }>(
        'SELECT code_hash FROM totp_backup_codes WHERE user_id = $1',
        [user],
      );
      for (const h of hashes) expect(h.code_hash).toMatch(/^scrypt\$/);
    });
  });
}
