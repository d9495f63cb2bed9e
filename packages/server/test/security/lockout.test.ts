// Lock-out abuse: 1,000 hostile reports naming a demo account and 1,000 wrong TOTP codes against
// it (the attacker holds the stolen password; the server clock is moved past every delay so each
// attempt counts), then the owner signs in. What the design promises (SECURITY.md): reports never
// lock anyone; the TOTP factor stops at 100 consecutive failures and "recovery is required": the
// owner's way in is the password plus a backup code (its own counter). Printed: what a valid TOTP
// code gets after the lock.
import { createHash } from 'node:crypto';
import { totpAt } from '@recourse/core/totp';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createDemoAuth, createDemoHooks, DEMO_CONFIG } from '../../src/demo/index';
import { createRecourseServer } from '../../src/index';
import { createTestPgliteStore } from '../pglite-template';
import { figure, jsonHeaders, openStore, report } from './helpers';

function base32Bytes(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text.replace(/[\s=]/g, '').toUpperCase()) {
    buffer = (buffer << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

describe('lock-out abuse against a demo account', () => {
  it('1,000 hostile reports + 1,000 wrong codes: the owner still signs in (password + backup code)', async () => {
    let offsetMs = 0;
    const now = () => new Date(Date.now() + offsetMs);
    // On PostgreSQL: openStore fails without DATABASE_URL (no silent PGlite).
    const { store, drop } = await openStore('postgres');
    const auth = createDemoAuth({ store, now });
    const hooks = createDemoHooks({ agents: [] });
    const recourse = createRecourseServer({
      store,
      config: DEMO_CONFIG,
      hooks: { lookupAccount: hooks.lookupAccount, authenticateUser: auth.authenticateUser },
      // A cheaper scrypt for the backup codes (the option exists for tests); the rules are the same.
      totp: {
        secretKey: Buffer.alloc(32, 3).toString('base64'),
        issuer: 'Lantern Wallet',
        backupCodeCost: { N: 2 ** 10, r: 8, p: 1 },
      },
      logger: { info() {}, warn() {}, error() {} },
      createCaseMinMs: 0,
      now,
    });
    const site = new Hono();
    site.route('/demo', auth.routes);
    site.all('/v1/*', (c) => recourse.fetch(c.req.raw));
    const req = async (
      path: string,
      init: { method?: string; headers?: Record<string, string>; body?: string } = {},
    ) => {
      const res = await site.fetch(
        new Request(`http://help.test${path}`, { method: init.method ?? 'GET', ...init }),
      );
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      };
    };
    const signIn = async (password = 'lantern-demo-1') => {
      const res = await site.fetch(
        new Request('http://help.test/demo/sign-in', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'mei', password }),
        }),
      );
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      return { status: res.status, cookie };
    };
    const totp = (cookie: string, path: string, code?: string) =>
      req(`/v1/2fa/totp${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie },
        body: JSON.stringify(code === undefined ? {} : { code }),
      });
    const codeNow = (secret: Uint8Array) => totpAt(secret, Math.floor(now().getTime() / 30_000) * 30);

    try {
      // The owner enrolls.
      const owner = await signIn();
      expect(owner.status).toBe(200);
      const started = await totp(owner.cookie, '/start');
      const secret = base32Bytes(new URL(String(started.json.uri)).searchParams.get('secret')!);
      const confirmed = await totp(owner.cookie, '/confirm', await codeNow(secret));
      expect(confirmed.status).toBe(200);
      const backupCodes = confirmed.json.backupCodes as string[];
      offsetMs += 31_000;

      // 1,000 hostile reports naming the account (the real default rate limits).
      const reportStatuses: Record<number, number> = {};
      for (let batch = 0; batch < 1000; batch += 50) {
        await Promise.all(
          Array.from({ length: 50 }, async (_, j) => {
            const a = await req('/v1/cases', {
              method: 'POST',
              headers: jsonHeaders(),
              body: JSON.stringify(report((batch + j) % 2 ? 'mei.lin@example.com' : 'MEI.LIN@example.com')),
            });
            reportStatuses[a.status] = (reportStatuses[a.status] ?? 0) + 1;
          }),
        );
      }

      // 1,000 wrong codes from the attacker's own session (stolen password), past every delay.
      let attacker = await signIn();
      const codeStatuses: Record<string, number> = {};
      for (let i = 0; i < 1000; i++) {
        const valid = new Set([
          await codeNow(secret),
          await totpAt(secret, (Math.floor(now().getTime() / 30_000) - 1) * 30),
        ]);
        let wrong = String((i * 7919) % 1_000_000).padStart(6, '0');
        while (valid.has(wrong)) wrong = String((Number(wrong) + 1) % 1_000_000).padStart(6, '0');
        let a = await totp(attacker.cookie, '/verify', wrong);
        if (a.status === 401) {
          attacker = await signIn();
          a = await totp(attacker.cookie, '/verify', wrong);
        }
        const label = `${a.status}:${String(a.json.code ?? 'ok')}`;
        codeStatuses[label] = (codeStatuses[label] ?? 0) + 1;
        const retry = Number(a.json.retryAfter ?? 0);
        if (retry > 0) offsetMs += retry * 1000 + 1000;
      }
      offsetMs += 60_000;

      // The owner comes back: password, then a valid TOTP code, then a backup code.
      const back = await signIn();
      const statusAfter = await req('/v1/2fa/totp/status', { headers: { cookie: back.cookie } });
      const validTotp = await totp(back.cookie, '/verify', await codeNow(secret));
      const backup = await totp(back.cookie, '/verify', backupCodes[0]);
      const outbox = await store.listOutbox({ limit: 10_000 });
      const lockNotices = outbox.filter((m) => m.template === 'totp_locked').length;
      figure(
        `lockout[postgres]: reports=${JSON.stringify(reportStatuses)} wrong codes=${JSON.stringify(codeStatuses)} (clock moved ${(offsetMs / 3_600_000).toFixed(1)} h); owner password sign-in=${back.status}, valid TOTP after=${validTotp.status}:${String(validTotp.json.code ?? validTotp.json.method)}, backup code=${backup.status}:${String(backup.json.method ?? backup.json.code)}; lock notices to contacts on record=${lockNotices}; status totp.locked=${String((statusAfter.json.totp as { locked?: boolean })?.locked)}`,
      );
      expect(reportStatuses[201]! + (reportStatuses[429] ?? 0)).toBe(1000);
      expect(back.status).toBe(200);
      // The documented path: the factor locked at 100, recovery with a backup code works.
      expect(validTotp.json.code).toBe('totp_locked');
      expect(backup.status).toBe(200);
      expect(backup.json.method).toBe('backup_code');
      expect(lockNotices).toBeGreaterThan(0);
    } finally {
      recourse.close();
      await drop();
    }
  }, 120_000);

  it('wrong passwords from a stranger do not lock the owner out of the demo sign-in', async () => {
    const store = await createTestPgliteStore({});
    try {
      // The test names the client's address; the server never trusts such a header by default.
      const auth = createDemoAuth({
        store,
        clientIp: (request) => request.headers.get('x-test-ip') ?? 'none',
      });
      const post = (password: string, ip = '203.0.113.9') =>
        auth.routes.fetch(
          new Request('http://help.test/sign-in', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'x-test-ip': ip },
            body: JSON.stringify({ username: 'mei', password }),
          }),
        );
      const statuses: Record<number, number> = {};
      for (let i = 0; i < 25; i++) {
        const s = (await post(`wrong-${createHash('sha256').update(String(i)).digest('hex').slice(0, 8)}`))
          .status;
        statuses[s] = (statuses[s] ?? 0) + 1;
      }
      const owner = (await post('lantern-demo-1', '198.51.100.4')).status;
      figure(
        `lockout[pglite] (demo sign-in): 25 wrong passwords → ${JSON.stringify(statuses)}; the owner's right password then → ${owner} (limited per address and username: 20 / 10 min)`,
      );
      expect(statuses[429]).toBe(5);
      expect(owner).toBe(200);
    } finally {
      await store.close();
    }
  }, 60_000);
});
