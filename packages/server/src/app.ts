/**
 * `createRecourseServer`: the HTTP API of Recourse as a Hono app a platform can mount, plus a
 * `serve` helper on @hono/node-server.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  AGENT_COMMANDS,
  createDeskCaseViewSchema,
  DeskCasesPageSchema,
  DeskCasesQuerySchema,
  ENDPOINTS,
  EventsPageSchema,
  EventsQuerySchema,
  hasControlCharacters,
  IDEMPOTENCY_KEY_PATTERN,
  PlatformConfigSchema,
  REPORTER_COMMANDS,
  ReporterCaseViewSchema,
  resolveDeadlinePolicy,
  sniffMediaType,
  TOTP_ENDPOINTS,
  toIssues,
  toOpenApi,
} from '@recourse/core';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routePath } from 'hono/route';
import { createAnswerMemo } from './answer-memo';
import { bearer, sameDigest, sha256, sha256hex } from './crypto';
import { DOCS_STYLE_HASH, renderDocsPage } from './docs-page';
import { deskSummary, forReporter, projectionOf, reporterView, toChained } from './domain';
import {
  ContractViolationError,
  contractJson,
  isJsonContentType,
  jsonText,
  ProblemError,
  problemResponse,
} from './http';
import { createLiveHub } from './live';
import type { AgentIdentity, Logger, LogRecord, RateLimits, RecourseServerOptions } from './options';
import {
  countFailure,
  createCase,
  deskView,
  rateLimit,
  refuseIfBlocked,
  reporterAttachments,
  revokeToken,
  runCommand,
  type ServiceContext,
  storeAttachment,
} from './service';
import { InvalidCursorError, StoreUnavailableError } from './store/errors';
import type { CaseRecord } from './store/types';
import { createTotpRoutes } from './totp/totp-routes';

/** The default rate limits. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  reportsPerIp: { limit: 10, windowSeconds: 3600 },
  reportsPerAccount: { limit: 5, windowSeconds: 86_400 },
  tokenAttempts: { limit: 300, windowSeconds: 300 },
  commandsPerCase: { limit: 60, windowSeconds: 600 },
  agentAuthFailures: { limit: 20, windowSeconds: 600 },
};

/** Headers a browser on an allowed origin may send. */
export const CORS_ALLOW_HEADERS = [
  'Content-Type',
  'Authorization',
  'Idempotency-Key',
  'Last-Event-ID',
  'X-Content-SHA256',
  'X-Filename',
];
/** Headers a browser on an allowed origin may read. */
export const CORS_EXPOSE_HEADERS = ['Retry-After', 'Content-Disposition', 'Content-Length'];

/** The default logger: one JSON line per record. */
export const jsonLogger: Logger = {
  info: (r) => process.stdout.write(`${JSON.stringify({ level: 'info', ...r })}\n`),
  warn: (r) => process.stderr.write(`${JSON.stringify({ level: 'warn', ...r })}\n`),
  error: (r) => process.stderr.write(`${JSON.stringify({ level: 'error', ...r })}\n`),
};

/** A running server from {@link RecourseServer.serve}. */
export interface RunningServer {
  /** The bound port (useful with `port: 0`). */
  port: number;
  /** `http://host:port`. */
  url: string;
  /** Stops accepting, ends open streams and connections. */
  close(): Promise<void>;
}

/** What {@link createRecourseServer} returns. */
export interface RecourseServer {
  /** The Hono app: mount it (`platform.route('/', server.app)`) or serve it. */
  app: Hono;
  /** `app.fetch`. */
  fetch: (request: Request) => Response | Promise<Response>;
  /** Listens on Node's HTTP server. */
  serve(options?: { port?: number; hostname?: string }): Promise<RunningServer>;
  /** Ends event streams and the store subscription (not the store: the caller owns it). */
  close(): void;
}

const JSON_LIMIT = 256 * 1024;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function stackWithoutMessage(err: unknown): string | undefined {
  const stack = (err as Error | undefined)?.stack;
  return stack ? stack.split('\n').slice(1, 8).join('\n') : undefined;
}

/**
 * An agent's id is written into the case's timeline, which its reporter (and anyone holding the
 * case's link) can read: it must be an opaque handle (`agent-7`, a staff number's hash), never a
 * name, an email address or a phone number. Letters, digits and `_ . : -`, at most 64.
 */
const OPAQUE_AGENT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const NOT_OPAQUE =
  'an agent id must be opaque (letters, digits, _ . : -, at most 64): reporters see it in their timeline';

/**
 * Creates the Recourse HTTP server.
 * @param options - store, platform configuration, hooks, CORS origins, agent keys, limits
 */
export function createRecourseServer(options: RecourseServerOptions): RecourseServer {
  const parsedConfig = PlatformConfigSchema.safeParse(options.config);
  if (!parsedConfig.success) {
    const paths = parsedConfig.error.issues.map((i) => i.path.join('.') || '(root)');
    throw new TypeError(`invalid platform configuration at: ${[...new Set(paths)].join(', ')}`);
  }
  const config = options.config;
  const store = options.store;
  const hooks = options.hooks ?? {};
  const logger = options.logger ?? jsonLogger;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? ((n: number) => randomBytes(n));
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const origins = new Set(options.cors?.origins ?? []);
  const frameAncestors = (options.frameAncestors?.length ? options.frameAncestors : ["'none'"]).join(' ');
  const createMinMs = options.createCaseMinMs ?? 150;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const streamMaxMs = options.streamMaxMs ?? 10 * 60_000;
  const jsonLimit = options.jsonBodyLimit ?? JSON_LIMIT;
  for (const k of options.agentKeys ?? []) {
    if (!OPAQUE_AGENT_ID.test(k.id)) throw new TypeError(`agentKeys: ${NOT_OPAQUE}`);
  }
  const agentKeyHashes = (options.agentKeys ?? []).map((k) => ({
    id: k.id,
    hash: 'key' in k ? sha256(k.key) : Buffer.from(k.keySha256, 'hex'),
  }));
  if (!hooks.authenticateAgent && agentKeyHashes.length === 0) {
    logger.warn({ msg: 'no_agent_authentication', error: 'desk endpoints will answer 401' });
  }
  const ctx: ServiceContext = {
    store,
    config,
    policy: resolveDeadlinePolicy(config),
    hooks,
    limits,
    now,
    random,
    logger,
    idempotencyWaitMs: options.idempotencyWaitMs ?? 5000,
    blocked: new Map(),
  };
  const live = createLiveHub(store);
  const answers = createAnswerMemo();
  /** Open event streams and the case each follows ('' for the desk's; a revocation ends that case's streams). */
  const streams = new Map<AbortController, string>();
  const deskCaseSchema = createDeskCaseViewSchema({ now: () => new Date(8_640_000_000_000_000) });
  let openApiText: string | null = null;
  const totpServed = Boolean(options.totp && hooks.authenticateUser);
  const docsHtml = renderDocsPage(config.platform.name);

  const clientIp = (c: Context): string => {
    let remote: string | undefined;
    try {
      remote = getConnInfo(c).remote.address;
    } catch {
      remote = undefined;
    }
    return options.clientIp ? options.clientIp(c.req.raw, remote) : (remote ?? 'unknown');
  };

  /** The headers every API answer carries (the middleware below adds them to any other answer). */
  const standardHeaders: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': `default-src 'none'; frame-ancestors ${frameAncestors}`,
    'Cache-Control': 'no-store',
    Vary: 'Origin',
  };
  /** Answers made whole by {@link json}: the middleware leaves their headers alone (cheaper). */
  const complete = new WeakSet<Response>();
  /** A JSON answer with every standard header set at once. */
  const json = (text: string, status = 200, headers: Record<string, string> = {}): Response => {
    const res = jsonText(text, status, { ...standardHeaders, ...headers });
    complete.add(res);
    return res;
  };

  const app = new Hono();

  // ── every answer: CORS for allowlisted embedding origins (no credentials: Bearer headers, no
  // cookies), the security headers, and a log line (never tokens, bodies or ids) ──
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && origins.has(origin);
    const preflight = c.req.method === 'OPTIONS';
    if (preflight) {
      const headers: Record<string, string> = {
        ...standardHeaders,
        Vary: 'Origin, Access-Control-Request-Headers',
      };
      if (allowed) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Methods'] = 'GET, POST';
        headers['Access-Control-Allow-Headers'] = CORS_ALLOW_HEADERS.join(', ');
        headers['Access-Control-Max-Age'] = '600';
      }
      c.res = new Response(null, { status: 204, headers });
    } else {
      await next();
      if (!complete.has(c.res)) {
        const h = c.res.headers;
        h.set('X-Content-Type-Options', 'nosniff');
        h.set('Referrer-Policy', 'no-referrer');
        if (!h.has('Content-Security-Policy'))
          h.set('Content-Security-Policy', standardHeaders['Content-Security-Policy']!);
        if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
        h.append('Vary', 'Origin');
      }
      if (allowed) {
        c.res.headers.set('Access-Control-Allow-Origin', origin);
        c.res.headers.set('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS.join(', '));
      }
    }
    let route = routePath(c, -1);
    if (!route || route === '*' || route === '/*') route = '(unmatched)';
    logger.info({
      msg: 'request',
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round((performance.now() - t0) * 10) / 10,
    });
  });

  // The unread body stays on the socket: close the connection so it is not reused.
  const tooLarge = () => problemResponse('payload_too_large', {}, { Connection: 'close' });
  const jsonBody = bodyLimit({ maxSize: jsonLimit, onError: () => tooLarge() });
  const uploadBody = bodyLimit({ maxSize: config.attachments.maxFileBytes, onError: () => tooLarge() });
  const requireJson: MiddlewareHandler = async (c, next) => {
    if (!isJsonContentType(c.req.header('content-type'))) throw new ProblemError('unsupported_media_type');
    await next();
  };

  const readJson = async (c: Context): Promise<unknown> => {
    const text = await c.req.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new ProblemError('validation_failed', { issues: [{ path: '', code: 'invalid' }] });
    }
  };

  const idempotencyKey = (c: Context): string => {
    const key = c.req.header('idempotency-key');
    if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key)) throw new ProblemError('idempotency_key_required');
    return key;
  };

  /**
   * The case of the bearer token: a wrong token and a missing case answer the same 404. Only
   * failed tokens count against the guess limit; once over it, right and wrong tokens alike
   * answer 429 until the window ends.
   */
  const reporterCase = async (c: Context): Promise<CaseRecord> => {
    const token = bearer(c.req.raw);
    if (token === null) throw new ProblemError('unauthorized');
    const id = c.req.param('id') ?? '';
    const bucket = () => `token:${clientIp(c)}:${sha256hex(id).slice(0, 32)}`;
    if (ctx.blocked.size > 0) refuseIfBlocked(ctx, bucket());
    const record = await store.findCaseForToken(id, sha256(token));
    if (record) return record;
    await countFailure(ctx, bucket(), limits.tokenAttempts);
    throw new ProblemError('not_found');
  };

  /** Query issues with the contract's issue codes. */
  const queryIssues = (issues: Parameters<typeof toIssues>[0]) =>
    new ProblemError('validation_failed', { issues: toIssues(issues).slice(0, 500) });

  const agent = async (c: Context): Promise<AgentIdentity> => {
    let identity: AgentIdentity | null = null;
    const token = bearer(c.req.raw);
    if (hooks.authenticateAgent) {
      identity = await hooks.authenticateAgent(c.req.raw);
      if (identity && !OPAQUE_AGENT_ID.test(identity.id)) {
        // A misconfigured hook: refuse before anything is written (the id itself is not logged).
        logger.error({ msg: 'agent_id_not_opaque', error: `authenticateAgent: ${NOT_OPAQUE}` });
        throw new ProblemError('internal');
      }
    } else if (token !== null) {
      const given = sha256(token);
      for (const k of agentKeyHashes)
        if (sameDigest(k.hash, given) && identity === null) identity = { id: k.id };
    }
    if (identity) return identity;
    if (token !== null || c.req.header('authorization')) {
      await rateLimit(ctx, `agent-auth:${clientIp(c)}`, limits.agentAuthFailures);
    }
    throw new ProblemError('unauthorized');
  };

  const answer = (a: { status: number; text: string }) => json(a.text, a.status);

  const commandBody = (body: unknown): { type: string; payload?: unknown } => {
    const ok =
      typeof body === 'object' &&
      body !== null &&
      !Array.isArray(body) &&
      typeof (body as { type?: unknown }).type === 'string' &&
      Object.keys(body).every((k) => k === 'type' || k === 'payload');
    if (!ok) throw new ProblemError('validation_failed', { issues: [{ path: '', code: 'invalid' }] });
    return body as { type: string; payload?: unknown };
  };

  const download = async (c: Context, caseId: string) => {
    const file = await store.getAttachment(caseId, c.req.param('aid') ?? '');
    if (!file) throw new ProblemError('not_found');
    const ascii = file.originalName.replace(/[^A-Za-z0-9._ -]/g, '_').slice(0, 150) || 'attachment';
    return new Response(Buffer.from(file.data), {
      status: 200,
      headers: {
        'Content-Type': file.mediaType,
        'Content-Length': String(file.size),
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
        'Content-Security-Policy': `default-src 'none'; sandbox; frame-ancestors ${frameAncestors}`,
        'Cache-Control': 'no-store',
        'Cross-Origin-Resource-Policy': 'same-site',
      },
    });
  };

  // ── public ──
  app.get('/v1/config', () =>
    json(contractJson(PlatformConfigSchema, config), 200, { 'Cache-Control': 'public, max-age=300' }),
  );
  app.get('/v1/openapi.json', () => {
    openApiText ??= JSON.stringify(
      toOpenApi({
        title: `${config.platform.name} · Recourse API`,
        endpoints: totpServed ? { ...ENDPOINTS, ...TOTP_ENDPOINTS } : ENDPOINTS,
      }),
    );
    return json(openApiText, 200, { 'Cache-Control': 'public, max-age=300' });
  });
  app.get(
    '/v1/docs',
    () =>
      new Response(docsHtml, {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
          'Content-Security-Policy': `default-src 'none'; style-src ${DOCS_STYLE_HASH}; frame-ancestors ${frameAncestors}`,
        },
      }),
  );

  // ── reporter ──
  app.post('/v1/cases', requireJson, jsonBody, async (c) => {
    const started = Date.now();
    try {
      const key = idempotencyKey(c);
      const body = await readJson(c);
      return answer(await createCase(ctx, body, key, clientIp(c)));
    } finally {
      // Same minimum duration for every outcome, so the account's existence cannot be timed.
      const left = started + createMinMs - Date.now();
      if (left > 0) await sleep(left);
    }
  });

  app.get('/v1/cases/:id', async (c) => {
    const record = await reporterCase(c);
    const text = await answers.text(record, 'case', now(), async (at) => {
      const attachments = await reporterAttachments(ctx, record.id);
      return contractJson(ReporterCaseViewSchema, reporterView(record, ctx.policy, at, attachments));
    });
    return json(text);
  });

  app.get('/v1/cases/:id/events', async (c) => {
    const record = await reporterCase(c);
    let after = 0;
    // No query string (the common read): nothing to parse.
    if (c.req.url.includes('?')) {
      const query = EventsQuerySchema.safeParse(c.req.query(), { reportInput: true });
      if (!query.success) throw queryIssues(query.error.issues);
      after = query.data.after ?? 0;
    }
    const text = await answers.text(record, `events:${after}`, now(), async () => {
      const events = (await store.loadEvents(record.id, { afterSeq: after })).map(toChained);
      const last = events[events.length - 1];
      const head = last ? { seq: last.seq, hash: last.hash } : projectionOf(record).head;
      return contractJson(EventsPageSchema, { entries: forReporter(events), head });
    });
    return json(text);
  });

  /** A server-sent event stream's answer (never cached, never buffered by a proxy). */
  const eventStream = (stream: ReadableStream<Uint8Array>) =>
    new Response(stream, {
      status: 200,
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      },
    });

  app.get('/v1/cases/:id/stream', async (c) => {
    const record = await reporterCase(c);
    const tokenHash = sha256(bearer(c.req.raw) ?? '');
    const lastEventId = c.req.header('last-event-id');
    let after = lastEventId && /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : 0;
    const abort = new AbortController();
    streams.set(abort, record.id);
    c.req.raw.signal?.addEventListener('abort', () => abort.abort(), { once: true });
    const waiter = live.waiter(record.id);
    const encoder = new TextEncoder();
    const endAt = Date.now() + streamMaxMs;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const write = (s: string) => controller.enqueue(encoder.encode(s));
        try {
          write('retry: 3000\n: connected\n\n');
          while (!abort.signal.aborted && Date.now() < endAt) {
            // A token revoked (or expired) on any instance ends the stream at its next wake.
            if (!(await store.findCaseForToken(record.id, tokenHash))) break;
            const events = (await store.loadEvents(record.id, { afterSeq: after })).map(toChained);
            for (const entry of forReporter(events)) {
              write(`id: ${entry.seq}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`);
              after = entry.seq;
            }
            const before = after;
            await waiter.wait(Math.min(heartbeatMs, Math.max(0, endAt - Date.now())), abort.signal);
            if (!abort.signal.aborted && after === before) write(': heartbeat\n\n');
          }
        } catch (err) {
          if (!abort.signal.aborted)
            logger.warn({
              msg: 'stream_failed',
              error: (err as Error)?.name,
              code: (err as { code?: string }).code,
            });
        } finally {
          waiter.done();
          streams.delete(abort);
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        }
      },
      cancel() {
        abort.abort();
      },
    });
    return eventStream(stream);
  });

  app.post('/v1/cases/:id/commands', requireJson, jsonBody, async (c) => {
    const record = await reporterCase(c);
    const key = idempotencyKey(c);
    const body = commandBody(await readJson(c));
    return answer(await runCommand(ctx, record, body, { role: 'reporter' }, key, REPORTER_COMMANDS));
  });

  app.post('/v1/cases/:id/token/revoke', async (c) => {
    const record = await reporterCase(c);
    const key = idempotencyKey(c);
    const done = await revokeToken(ctx, record.id, key);
    // The token stops at once: this instance's open streams of the case end now.
    for (const [abort, caseId] of streams) if (caseId === record.id) abort.abort();
    return new Response(null, { status: done.status, headers: { 'Cache-Control': 'no-store' } });
  });

  app.post('/v1/cases/:id/attachments', uploadBody, async (c) => {
    const record = await reporterCase(c);
    const declared = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(config.attachments.mediaTypes as readonly string[]).includes(declared))
      throw new ProblemError('unsupported_media_type');
    const key = idempotencyKey(c);
    const claimed = (c.req.header('x-content-sha256') ?? '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(claimed))
      throw new ProblemError('validation_failed', {
        issues: [{ path: 'X-Content-SHA256', code: 'invalid_sha256' }],
      });
    let name: string;
    try {
      name = decodeURIComponent(c.req.header('x-filename') ?? '');
    } catch {
      name = '';
    }
    if (
      name.length < 1 ||
      name.length > 255 ||
      hasControlCharacters(name) ||
      /[/\\]/.test(name) ||
      name === '.' ||
      name === '..'
    )
      throw new ProblemError('validation_failed', {
        issues: [{ path: 'X-Filename', code: 'invalid_file_name' }],
      });
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0)
      throw new ProblemError('validation_failed', { issues: [{ path: '', code: 'file_empty' }] });
    const sniffed = sniffMediaType(bytes);
    if (sniffed === null || sniffed !== declared) throw new ProblemError('attachment_rejected');
    const actual = sha256hex(bytes);
    if (actual !== claimed) throw new ProblemError('hash_mismatch');
    const requestHash = sha256hex(`${actual}\n${sniffed}\n${name}`);
    return answer(
      await storeAttachment(
        ctx,
        record.id,
        { name, mediaType: sniffed, bytes, role: 'reporter' },
        key,
        requestHash,
      ),
    );
  });

  app.get('/v1/cases/:id/attachments/:aid', async (c) => download(c, (await reporterCase(c)).id));

  // ── desk ──
  // The desk's live queue: the id of every case that changes, as it changes (no case data: the
  // desk reads what it shows through the queue and case endpoints, with the same credential).
  app.get('/v1/desk/stream', async (c) => {
    await agent(c);
    const abort = new AbortController();
    streams.set(abort, '');
    c.req.raw.signal?.addEventListener('abort', () => abort.abort(), { once: true });
    const encoder = new TextEncoder();
    const endAt = Date.now() + streamMaxMs;
    let stopWatching = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const write = (s: string) => {
          if (!abort.signal.aborted) controller.enqueue(encoder.encode(s));
        };
        write('retry: 3000\n: connected\n\n');
        stopWatching = live.watchAll((caseId) =>
          write(`event: changed\ndata: ${JSON.stringify({ caseId })}\n\n`),
        );
        const heartbeat = setInterval(
          () => {
            if (Date.now() >= endAt) abort.abort();
            else write(': heartbeat\n\n');
          },
          Math.min(heartbeatMs, streamMaxMs),
        );
        abort.signal.addEventListener(
          'abort',
          () => {
            clearInterval(heartbeat);
            stopWatching();
            streams.delete(abort);
            try {
              controller.close();
            } catch {
              // already closed by the client
            }
          },
          { once: true },
        );
      },
      cancel() {
        abort.abort();
      },
    });
    return eventStream(stream);
  });

  app.get('/v1/desk/cases', async (c) => {
    await agent(c);
    const q = DeskCasesQuerySchema.safeParse(c.req.query(), { reportInput: true });
    if (!q.success) throw queryIssues(q.error.issues);
    const page = await store.listCases({
      state: q.data.state,
      waitingOnReporter: q.data.waiting,
      priority: q.data.priority,
      deadlineBefore: q.data.deadlineBefore ? new Date(q.data.deadlineBefore) : undefined,
      cursor: q.data.cursor ?? null,
      limit: q.data.limit ?? 50,
    });
    return json(
      contractJson(DeskCasesPageSchema, { items: page.items.map(deskSummary), nextCursor: page.nextCursor }),
    );
  });

  app.get('/v1/desk/cases/:id', async (c) => {
    await agent(c);
    const record = await store.getCase(c.req.param('id'));
    if (!record) throw new ProblemError('not_found');
    const events = (await store.loadEvents(record.id)).map(toChained);
    const view = await deskView(ctx, { ...record, projection: projectionOf(record) }, events, now());
    return json(contractJson(deskCaseSchema, view));
  });

  app.post('/v1/desk/cases/:id/commands', requireJson, jsonBody, async (c) => {
    const who = await agent(c);
    const record = await store.getCase(c.req.param('id'));
    if (!record) throw new ProblemError('not_found');
    const key = idempotencyKey(c);
    const body = commandBody(await readJson(c));
    return answer(await runCommand(ctx, record, body, { role: 'agent', id: who.id }, key, AGENT_COMMANDS));
  });

  app.get('/v1/desk/cases/:id/attachments/:aid', async (c) => {
    await agent(c);
    return download(c, c.req.param('id'));
  });

  // ── two-factor (TOTP and backup codes), when configured ──
  if (options.totp && hooks.authenticateUser) {
    app.route(
      '/v1/2fa/totp',
      createTotpRoutes({ ...options.totp, store, authenticateUser: hooks.authenticateUser, now, logger }),
    );
  }

  // ── errors ──
  const templates = (Object.values(ENDPOINTS) as { method: string; path: string }[]).map((e) => ({
    method: e.method,
    re: new RegExp(`^${e.path.replace(/\{[A-Za-z0-9_]+\}/g, '[^/]+')}$`),
  }));
  app.notFound((c) => {
    const allow = templates.filter((t) => t.re.test(c.req.path)).map((t) => t.method);
    if (allow.length > 0)
      return problemResponse('method_not_allowed', {}, { Allow: [...new Set(allow)].join(', ') });
    return problemResponse('not_found');
  });
  app.onError((err) => {
    if (err instanceof ProblemError) return problemResponse(err.code, err.extras, err.headers);
    if (err instanceof StoreUnavailableError)
      return problemResponse('unavailable', { retryAfter: err.retryAfterSeconds });
    if (err instanceof InvalidCursorError)
      return problemResponse('validation_failed', { issues: [{ path: 'cursor', code: 'invalid' }] });
    const record: LogRecord = {
      msg: err instanceof ContractViolationError ? 'contract_violation' : 'request_failed',
      error: err?.name ?? 'Error',
      code: (err as { code?: string }).code,
      stack: stackWithoutMessage(err),
    };
    if (err instanceof ContractViolationError) record.code = err.paths.slice(0, 10).join(',');
    logger.error(record);
    return problemResponse('internal');
  });

  const closeStreams = () => {
    for (const s of streams.keys()) s.abort();
    streams.clear();
  };

  return {
    app,
    fetch: (request) => app.fetch(request),
    serve(serveOptions = {}) {
      return new Promise<RunningServer>((resolve) => {
        const hostname = serveOptions.hostname ?? '127.0.0.1';
        const server = nodeServe(
          { fetch: app.fetch, port: serveOptions.port ?? 8787, hostname },
          (info: AddressInfo) => {
            const host = hostname.includes(':') ? `[${hostname}]` : hostname;
            resolve({
              port: info.port,
              url: `http://${host}:${info.port}`,
              close: () =>
                new Promise<void>((done) => {
                  closeStreams();
                  server.close(() => done());
                  (server as { closeAllConnections?: () => void }).closeAllConnections?.();
                }),
            });
          },
        );
      });
    },
    close() {
      closeStreams();
      live.close();
    },
  };
}
