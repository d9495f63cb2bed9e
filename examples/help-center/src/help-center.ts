/**
 * The Lantern Wallet help center: the platform's own pages with the Recourse widgets in them,
 * the reference server under `/v1` with its delivery worker, the demo sign-in under `/demo`, and a
 * demo mailbox: a real SMTP server in process that receives the notices the worker sends (or,
 * with `SMTP_URL`, the worker sends to that server instead) — the whole loop on one machine.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve as nodeServe } from '@hono/node-server';
import { DOMAIN_CATALOGS, interpolate, type Lang, normalizeLang } from '@recourse/elements/i18n';
// A server renders any language at once: every shipped language registered, none loaded lazily.
import '@recourse/elements/i18n/all';
import { createRecourseServer, type Store } from '@recourse/server';
import { createDemoAuth, type SeededCase, seedDemo } from '@recourse/server/demo';
import { Hono } from 'hono';
import { type Assets, buildAssets } from './assets';
import { type DemoMailbox, startMailbox } from './mailbox';
import { startPlatformReceiver } from './platform-receiver';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The pages' policy: scripts only from this origin, no inline script, Trusted Types required
 * (Lit's `lit-html` policy is the only one allowed), nothing framed, no referrer.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The demo's text messages (what an SMS provider would send), in every shipped language. */
interface SmsWords {
  /** A case event; takes `{platform}`, `{number}`, `{event}`. */
  caseEvent: string;
  /** A lock link's message; takes `{line}`. */
  lockLink: string;
  /** Any security notice; takes `{what}`. */
  notice: string;
  /** The lock link's line; takes `{url}`. */
  lockLine: string;
  /** The `{event}` of a lock recorded in an existing case (`account_locked`). */
  accountLocked: string;
  totp: Record<'totp_enabled' | 'totp_disabled' | 'totp_backup_codes_regenerated' | 'totp_locked', string>;
}

const SMS: Record<Lang, SmsWords> = {
  en: {
    caseEvent: "{platform} case {number}: {event}. If this wasn't you, contact us now.",
    lockLink: 'Lantern Wallet: {line} (works once)',
    notice: "Lantern Wallet: {what} If this wasn't you, contact us now.",
    lockLine: 'Not you? Lock your account now: {url}',
    accountLocked: 'your account was locked',
    totp: {
      totp_enabled: 'Two-step verification was turned on.',
      totp_disabled: 'Two-step verification was turned off.',
      totp_backup_codes_regenerated: 'New backup codes were made; the old ones no longer work.',
      totp_locked: 'Two-step verification was locked after too many wrong codes.',
    },
  },
  'zh-CN': {
    caseEvent: '【{platform}】案件 {number}：{event}。如果这不是您的操作，请立即联系我们。',
    lockLink: '【灯笼钱包】{line}（链接仅可使用一次）',
    notice: '【灯笼钱包】{what} 如果这不是您的操作，请立即联系我们。',
    lockLine: '如果不是您本人在操作，请立即锁定账号：{url}',
    accountLocked: '您的账号已被锁定',
    totp: {
      totp_enabled: '两步验证已开启。',
      totp_disabled: '两步验证已关闭。',
      totp_backup_codes_regenerated: '已生成新的备用码，旧备用码已失效。',
      totp_locked: '验证码错误次数过多，两步验证已锁定。',
    },
  },
  'zh-TW': {
    caseEvent: '【{platform}】案件 {number}：{event}。如果這不是您的操作，請立即聯絡我們。',
    lockLink: '【燈籠錢包】{line}（連結只能使用一次）',
    notice: '【燈籠錢包】{what} 如果這不是您的操作，請立即聯絡我們。',
    lockLine: '如果不是您本人在操作，請立即鎖定帳戶：{url}',
    accountLocked: '您的帳戶已被鎖定',
    totp: {
      totp_enabled: '兩步驟驗證已開啟。',
      totp_disabled: '兩步驟驗證已關閉。',
      totp_backup_codes_regenerated: '已產生新的備用碼，舊的備用碼已失效。',
      totp_locked: '驗證碼錯誤次數過多，兩步驟驗證已鎖定。',
    },
  },
  ja: {
    caseEvent: '{platform} ケース {number}：{event}。心当たりがない場合は、すぐにご連絡ください。',
    lockLink: 'Lantern Wallet：{line}（1 回のみ有効）',
    notice: 'Lantern Wallet：{what} 心当たりがない場合は、すぐにご連絡ください。',
    lockLine: 'ご本人でない場合は、今すぐアカウントをロックしてください：{url}',
    accountLocked: 'アカウントがロックされました',
    totp: {
      totp_enabled: '2 段階認証がオンになりました。',
      totp_disabled: '2 段階認証がオフになりました。',
      totp_backup_codes_regenerated: '新しいバックアップコードを作成しました。古いコードは使えません。',
      totp_locked: '誤ったコードが何度も入力されたため、2 段階認証がロックされました。',
    },
  },
  es: {
    caseEvent: '{platform}, caso {number}: {event}. Si no fue usted, contáctenos ahora.',
    lockLink: 'Lantern Wallet: {line} (funciona una sola vez)',
    notice: 'Lantern Wallet: {what} Si no fue usted, contáctenos ahora.',
    lockLine: '¿No fue usted? Bloquee su cuenta ahora: {url}',
    accountLocked: 'se bloqueó su cuenta',
    totp: {
      totp_enabled: 'Se activó la verificación en dos pasos.',
      totp_disabled: 'Se desactivó la verificación en dos pasos.',
      totp_backup_codes_regenerated:
        'Se generaron nuevos códigos de respaldo; los anteriores ya no funcionan.',
      totp_locked: 'La verificación en dos pasos se bloqueó tras demasiados códigos incorrectos.',
    },
  },
  ar: {
    caseEvent: '{platform}، البلاغ {number}: {event}. إذا لم تكن أنت، فتواصل معنا الآن.',
    lockLink: 'Lantern Wallet: {line} (يعمل مرة واحدة)',
    notice: 'Lantern Wallet: {what} إذا لم تكن أنت، فتواصل معنا الآن.',
    lockLine: 'لست أنت؟ اقفل حسابك الآن: {url}',
    accountLocked: 'قُفل حسابك',
    totp: {
      totp_enabled: 'تم تفعيل التحقق بخطوتين.',
      totp_disabled: 'تم إيقاف التحقق بخطوتين.',
      totp_backup_codes_regenerated: 'تم إنشاء رموز احتياطية جديدة؛ لم تعد الرموز القديمة تعمل.',
      totp_locked: 'تم قفل التحقق بخطوتين بعد إدخال رموز خاطئة كثيرة.',
    },
  },
};

/** A lock link's line in a text message ("this wasn't me — lock my account"), if it has one. */
function lockLine(lang: Lang, data: Record<string, unknown>): string {
  const url = typeof data.lockUrl === 'string' && /^https?:\/\//.test(data.lockUrl) ? data.lockUrl : '';
  return url ? ` ${interpolate(SMS[lang].lockLine, { url })}` : '';
}

/**
 * Renders a queued notification as the text the platform's mail or SMS provider would send,
 * with the lock link the delivery worker minted for it (`data.lockUrl`) when it has one.
 */
export function renderNotification(template: string, data: Record<string, unknown>, langTag: string): string {
  const lang = normalizeLang(langTag);
  const words = SMS[lang];
  if (template === 'account_case_event') {
    const event = String(data.event);
    const label =
      event === 'account_locked'
        ? words.accountLocked
        : (DOMAIN_CATALOGS[lang].event[event as keyof (typeof DOMAIN_CATALOGS)['en']['event']] ?? event);
    const number = String(data.caseNumber ?? '');
    return (
      interpolate(words.caseEvent, { platform: String(data.platform), number, event: label }) +
      lockLine(lang, data)
    );
  }
  if (template === 'lock_link') return interpolate(words.lockLink, { line: lockLine(lang, data).trim() });
  const what = words.totp[template as keyof SmsWords['totp']];
  if (what) return interpolate(words.notice, { what }) + lockLine(lang, data);
  return template;
}

/** Options of {@link createHelpCenter}. */
export interface HelpCenterOptions {
  /** The store (PGlite or PostgreSQL); the caller owns it. */
  store: Store;
  /** Folder for the demo's own state (agent key hash, TOTP key); default: memory only. */
  stateDir?: string;
  /** Clock. */
  now?: () => Date;
  /** Extra CORS origins allowed to call the API (e.g. Storybook, examples/react). */
  corsOrigins?: string[];
  /**
   * Where the delivery worker sends email (`smtp://host:port`, `SMTP_URL` in `pnpm demo`).
   * Default: the demo's own mailbox, an SMTP server on loopback shown at `/mailbox.html`.
   */
  smtpUrl?: string;
}

/** A running help center. */
export interface HelpCenter {
  /** Handles a request (pages, assets, API, demo). */
  fetch(request: Request): Response | Promise<Response>;
  /** Serves on loopback; port 0 picks a free port. */
  serve(options?: { port?: number; hostname?: string }): Promise<{ url: string; close(): Promise<void> }>;
  /** The agent key, when it was made now (print it once). */
  agentKey: string | null;
  /** Seeded cases with their private tracking links (demo only). */
  cases: SeededCase[];
  /** The in-process mailbox (null when `smtpUrl` sends elsewhere). */
  mailbox: DemoMailbox | null;
  /** Ends streams, stops the delivery worker and the mailbox. The store stays open. */
  close(): Promise<void>;
}

function loadTotpKey(stateDir: string | undefined): string {
  if (process.env.RECOURSE_TOTP_KEY) return process.env.RECOURSE_TOTP_KEY;
  const file = stateDir ? join(stateDir, 'totp-key') : null;
  if (file && existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('base64');
  if (file && stateDir) {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
  }
  return key;
}

/** Builds the help center: seeds the demo platform, bundles the widgets, mounts everything. */
export async function createHelpCenter(options: HelpCenterOptions): Promise<HelpCenter> {
  const { store, stateDir, now } = options;
  const [demo, assets]: [Awaited<ReturnType<typeof seedDemo>>, Assets] = await Promise.all([
    seedDemo(store, { stateDir, now }),
    buildAssets(),
  ]);
  const auth = createDemoAuth({ store, now, lockedBy: demo.actions.lockedBy });
  // Lock links open the report page of wherever the help center is served (known at `serve`).
  let origin = 'http://127.0.0.1:8000';
  // The platform's own back end: a webhook receiver on loopback (see platform.html).
  const platform = await startPlatformReceiver();
  const mailbox = options.smtpUrl ? null : await startMailbox();
  const recourse = createRecourseServer({
    store,
    config: demo.config,
    hooks: { ...demo.hooks, authenticateUser: auth.authenticateUser },
    totp: { secretKey: loadTotpKey(stateDir), issuer: 'Lantern Wallet' },
    cors: { origins: options.corsOrigins ?? [] },
    now,
    webhooks: { endpoints: [{ id: 'lantern-platform', url: platform.url, secrets: [platform.secret] }] },
    // Lantern's lock, hold and credentials, in memory; the lock link opens the report page.
    actions: demo.actions,
    locks: { lockUrl: () => `${origin}/report.html` },
    // The worker drains the outbox: email over SMTP; text messages into the demo mailbox (a
    // platform plugs its SMS provider in here).
    delivery: {
      email: {
        smtp: options.smtpUrl ?? mailbox!.url,
        from: 'Lantern Wallet <security@lantern-wallet.example.com>',
      },
      ...(mailbox ? { sms: (message) => mailbox.sms(message) } : {}),
      pollMs: 250,
    },
  });
  const closeAll = async () => {
    await recourse.close();
    await mailbox?.close();
    await platform.close();
  };

  const site = new Hono();
  site.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  // Hand the connection on (c.env): rate limits key on the client's address.
  site.all('/v1/*', (c) => recourse.app.fetch(c.req.raw, c.env));
  // The server's health routes, as an orchestrator probes them.
  site.get('/healthz', (c) => recourse.app.fetch(c.req.raw, c.env));
  site.get('/readyz', (c) => recourse.app.fetch(c.req.raw, c.env));
  site.route('/demo', auth.routes);
  // The demo mailbox: what the in-process SMTP server received (and the text messages).
  site.get('/demo/mailbox', (c) => {
    const lang = c.req.query('lang') ?? 'en';
    const messages = (mailbox?.entries() ?? []).map((m) =>
      m.kind === 'sms'
        ? {
            kind: m.kind,
            id: m.id,
            receivedAt: m.receivedAt,
            to: m.to,
            text: renderNotification(m.template, m.data, lang),
          }
        : m,
    );
    c.header('Cache-Control', 'no-store');
    return c.json({ external: mailbox === null, messages });
  });
  site.get('/demo/platform', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ received: platform.received() });
  });
  site.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });
  site.get('/*', async (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    if (!/^\/[a-z0-9-]+\.(html|css|js|svg)$/.test(path)) return c.notFound();
    try {
      const body = await readFile(join(publicDir, path.slice(1)));
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      c.header('Content-Type', type);
      c.header('Cache-Control', 'no-cache');
      if (type.startsWith('text/html')) c.header('Content-Security-Policy', PAGE_CSP);
      return c.body(body as Uint8Array<ArrayBuffer>);
    } catch {
      return c.notFound();
    }
  });

  return {
    fetch: (request) => site.fetch(request),
    agentKey: demo.agentKey,
    cases: demo.cases,
    mailbox,
    close: closeAll,
    serve: ({ port = 8000, hostname = '127.0.0.1' } = {}) =>
      new Promise((resolve) => {
        const server = nodeServe({ fetch: site.fetch, port, hostname }, (info) => {
          origin = `http://${hostname}:${info.port}`;
          resolve({
            url: `http://${hostname}:${info.port}`,
            close: async () => {
              await closeAll();
              await new Promise<void>((done) => {
                server.close(() => done());
                (server as { closeAllConnections?: () => void }).closeAllConnections?.();
              });
            },
          });
        });
      }),
  };
}
