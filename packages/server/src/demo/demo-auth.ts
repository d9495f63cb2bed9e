/**
 * "Sign in as a demo account" for the demo help center: `POST /demo/sign-in { username, password }`
 * sets a session cookie, and {@link DemoAuth.authenticateUser} reads it for the TOTP routes and the
 * self-service lock. A locked account is refused (423 `account_locked` with the lock's case number).
 *
 * The session id is 128 bits from the CSPRNG, sent only in an HttpOnly, SameSite=Strict cookie
 * (Secure when the request came over https), and kept in memory only as its SHA-256. Passwords
 * are compared as scrypt hashes. A demo: a real platform brings its own sign-in.
 * @module
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContactOnRecord } from '../options';
import type { Store } from '../store/types';
import type { TotpUser } from '../totp/types';
import { DEMO_ACCOUNTS } from './platform';

/** A demo sign-in: a username and password for one of the demo accounts. */
export interface DemoLogin {
  username: string;
  password: string;
  /** The platform's account key (`DEMO_ACCOUNTS`). */
  accountKey: string;
  /** Shown in the authenticator app. */
  accountName: string;
  contacts: ContactOnRecord[];
}

const contactsOf = (accountKey: string): ContactOnRecord[] =>
  DEMO_ACCOUNTS.find((a) => a.accountKey === accountKey)?.contacts ?? [];

/** The demo's sign-ins (public on purpose: the help center prints them). */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    username: 'mei',
    password: 'lantern-demo-1',
    accountKey: 'acct_0001',
    accountName: 'mei.lin@example.com',
    contacts: contactsOf('acct_0001'),
  },
  {
    username: 'sam',
    password: 'lantern-demo-2',
    accountKey: 'acct_0002',
    accountName: 'sam.carter@example.org',
    contacts: contactsOf('acct_0002'),
  },
];

/** Name of the session cookie. */
export const DEMO_SESSION_COOKIE = 'recourse_demo_session';

/** Options of {@link createDemoAuth}. */
export interface DemoAuthOptions {
  /** For the sign-in rate limit (`store.hit`); without it, no limit. */
  store?: Store;
  /** Clock. */
  now?: () => Date;
  /** Session lifetime (default 8 h). */
  sessionSeconds?: number;
  /** Force the cookie's `Secure` flag (default: when the request URL is https). */
  secureCookie?: boolean;
  /**
   * The client's address for the sign-in limit (default: the socket's remote address). Wrong
   * passwords are counted per address and username, so a stranger cannot lock the owner out.
   */
  clientIp?: (request: Request, remote: string | undefined) => string;
  /** Accounts (default {@link DEMO_LOGINS}). */
  logins?: readonly DemoLogin[];
  /**
   * The case number of the lock in force on an account, or null (`createDemoActions().lockedBy`).
   * A locked account cannot sign in (423 `account_locked` with the case number), and its open
   * sessions stop working.
   */
  lockedBy?: (accountKey: string) => string | null;
}

/** What {@link createDemoAuth} returns. */
export interface DemoAuth {
  /** `POST /sign-in`, `POST /sign-out`, `GET /me` (`{ signedIn: false }` without a session): mount at `/demo`. */
  routes: Hono;
  /** The signed-in demo user of a request (for `createTotpRoutes`), or null. */
  authenticateUser(request: Request): TotpUser | null;
}

interface Session {
  login: DemoLogin;
  expiresAt: number;
}

const SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;
const MAX_SESSIONS = 10_000;

function hashPassword(password: string, salt: Buffer): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, SCRYPT);
}

const sha256hex = (text: string) => createHash('sha256').update(text).digest('hex');

function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function answer(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  const problem = status >= 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': problem ? 'application/problem+json' : 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
  });
}

const problemBody = (code: string, status: number, extra: Record<string, unknown> = {}) => ({
  type: `urn:recourse:problem:${code}`,
  title: code,
  status,
  code,
  ...extra,
});

/** The demo sign-in and its session cookie. */
export function createDemoAuth(options: DemoAuthOptions = {}): DemoAuth {
  const now = options.now ?? (() => new Date());
  const ttlMs = (options.sessionSeconds ?? 8 * 3600) * 1000;
  const logins = (options.logins ?? DEMO_LOGINS).map((login) => {
    const salt = randomBytes(16);
    return { login, salt, hash: hashPassword(login.password, salt) };
  });
  const dummy = { salt: randomBytes(16), hash: randomBytes(32) };
  /** SHA-256 of the session id → session. The id itself is never kept. */
  const sessions = new Map<string, Session>();

  const sessionOf = (request: Request): { key: string; session: Session } | null => {
    const id = readCookie(request.headers.get('cookie'), DEMO_SESSION_COOKIE);
    if (!id || !/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
    const key = sha256hex(id);
    const session = sessions.get(key);
    if (!session) return null;
    if (session.expiresAt <= now().getTime() || options.lockedBy?.(session.login.accountKey)) {
      sessions.delete(key);
      return null;
    }
    return { key, session };
  };

  const cookie = (c: Context, value: string, maxAge: number) => {
    const secure = options.secureCookie ?? new URL(c.req.url).protocol === 'https:';
    return `${DEMO_SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  };

  const routes = new Hono();
  routes.use(
    '*',
    bodyLimit({ maxSize: 2048, onError: () => answer(413, problemBody('payload_too_large', 413)) }),
  );

  routes.post('/sign-in', async (c) => {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      return answer(415, problemBody('unsupported_media_type', 415));
    }
    let body: { username?: unknown; password?: unknown };
    try {
      body = JSON.parse(await c.req.text()) as typeof body;
    } catch {
      return answer(400, problemBody('validation_failed', 400));
    }
    const username =
      typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
    const password = typeof body?.password === 'string' ? body.password.slice(0, 200) : '';
    if (!username || !password) return answer(400, problemBody('validation_failed', 400));
    if (options.store) {
      let remote: string | undefined;
      try {
        remote = getConnInfo(c).remote.address;
      } catch {
        remote = undefined;
      }
      const ip = options.clientIp ? options.clientIp(c.req.raw, remote) : (remote ?? 'unknown');
      const limit = await options.store.hit(
        `demo-sign-in:${sha256hex(`${ip}\n${username}`)}`,
        600,
        20,
        now(),
      );
      if (!limit.allowed) {
        return answer(429, problemBody('rate_limited', 429, { retryAfter: limit.retryAfterSeconds }), {
          'Retry-After': String(limit.retryAfterSeconds),
        });
      }
    }
    // The same scrypt work whether or not the username exists.
    const entry = logins.find((l) => l.login.username === username);
    const given = hashPassword(password, entry?.salt ?? dummy.salt);
    const ok = entry !== undefined && timingSafeEqual(given, entry.hash);
    if (!ok || !entry) return answer(401, problemBody('unauthorized', 401));
    // The right password is not enough while the account is locked: say so, with the case.
    const lockCase = options.lockedBy?.(entry.login.accountKey) ?? null;
    if (lockCase) return answer(423, problemBody('account_locked', 423, { caseNumber: lockCase }));
    if (sessions.size >= MAX_SESSIONS) {
      const at = now().getTime();
      for (const [k, s] of sessions) if (s.expiresAt <= at) sessions.delete(k);
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
    }
    const id = randomBytes(16).toString('base64url');
    sessions.set(sha256hex(id), { login: entry.login, expiresAt: now().getTime() + ttlMs });
    return answer(
      200,
      { username: entry.login.username, accountName: entry.login.accountName },
      { 'Set-Cookie': cookie(c, id, Math.floor(ttlMs / 1000)) },
    );
  });

  routes.post('/sign-out', (c) => {
    const found = sessionOf(c.req.raw);
    if (found) sessions.delete(found.key);
    return answer(200, { signedOut: true }, { 'Set-Cookie': cookie(c, '', 0) });
  });

  // Signed out is an ordinary answer here (a page asks on every load), not an error.
  routes.get('/me', (c) => {
    const found = sessionOf(c.req.raw);
    if (!found) return answer(200, { signedIn: false });
    return answer(200, {
      signedIn: true,
      username: found.session.login.username,
      accountName: found.session.login.accountName,
    });
  });

  return {
    routes,
    authenticateUser(request) {
      const found = sessionOf(request);
      if (!found) return null;
      const { login } = found.session;
      return {
        userId: login.accountKey,
        accountName: login.accountName,
        contacts: login.contacts,
        // The session's hash (never the cookie value) binds step-up to this session.
        sessionId: found.key,
      };
    },
  };
}
