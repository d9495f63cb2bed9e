/**
 * `createRecourseServer`: the HTTP API of Recourse as a Hono app a platform can mount, plus a
 * `serve` helper on @hono/node-server. The app is assembled from one sub-app per resource
 * (`routes/`), behind middleware for the request log, the standard headers and CORS; the
 * authentication middleware puts the reporter's case or the agent on `c.var`.
 * @module
 */

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { PlatformConfigSchema, resolveDeadlinePolicy } from '@recourse/core';
import { type Context, Hono } from 'hono';
import { createActionChannel } from './actions/channel';
import { DEFAULT_RECOVERY_HOLD_MS } from './actions/types';
import { createAnswerMemo } from './answer-memo';
import type { DeliveryChannel, DeliveryListener } from './delivery/channel';
import { createEmailChannel } from './delivery/email/channel';
import { createLockLinkMinter, type LockLinkMinter } from './delivery/lock-links';
import { createSmsChannel } from './delivery/sms';
import { createDelivery, type Delivery } from './delivery/worker';
import { createOpenStreams } from './event-stream';
import { createLiveHub } from './live';
import {
  createServerMetrics,
  protectedMetricsRoute,
  type RunningMetrics,
  type ServerMetrics,
  serveMetrics,
} from './metrics';
import { createAnswerHeaders } from './middleware/answer-headers';
import { agentKeyHashes, requireAgent, requireReporter } from './middleware/authenticate';
import { limitBody } from './middleware/bodies';
import { answerError, answerNotFound } from './middleware/error-answers';
import { requestLog } from './middleware/request-log';
import type { Logger, RateLimits, RecourseServerOptions } from './options';
import { attachmentRoutes } from './routes/attachments';
import { caseRoutes } from './routes/cases';
import { configRoutes } from './routes/config';
import { containmentRoutes } from './routes/containment';
import { deskRoutes } from './routes/desk';
import { healthRoutes } from './routes/health';
import { lockRoutes } from './routes/locks';
import { outboxRoutes } from './routes/outbox';
import type { RouteContext } from './routes/route-context';
import { createTotpRoutes } from './routes/totp';
import type { ServiceContext } from './service/context';
import { DEFAULT_COOLING_OFF_MS } from './service/lock-release';
import { createWebhookChannel } from './webhooks/channel';
import { webhookSubscriptions } from './webhooks/events';

export { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS } from './middleware/answer-headers';

/** The default rate limits. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  reportsPerIp: { limit: 10, windowSeconds: 3600 },
  reportsPerAccount: { limit: 5, windowSeconds: 86_400 },
  tokenAttempts: { limit: 300, windowSeconds: 300 },
  commandsPerCase: { limit: 60, windowSeconds: 600 },
  agentAuthFailures: { limit: 20, windowSeconds: 600 },
  lockRequestsPerIp: { limit: 10, windowSeconds: 3600 },
  lockLinksPerAccount: { limit: 3, windowSeconds: 86_400 },
};

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
  /**
   * The `action` delivery channel, when `actions` is given: pass it to a worker of your own
   * (`createDelivery({ store, channels: [server.actionChannel, ...] })`) when this process runs no
   * `delivery`.
   */
  actionChannel?: DeliveryChannel;
  /**
   * Mints lock links at send time, when locks are served: pass it to the email and sms channels
   * of a worker of your own (`createEmailChannel({ …, lockLinks: server.lockLinks })`,
   * `createSmsChannel(send, server.lockLinks)`).
   */
  lockLinks?: LockLinkMinter;
  /** The delivery worker started by the `delivery` option, if any. */
  delivery?: Delivery;
  /**
   * Ends event streams and the store subscription, and stops the delivery worker (not the store:
   * the caller owns it). Resolves once the worker's round in flight has ended.
   */
  close(): Promise<void>;
  /**
   * The metrics, when the `metrics` option is given: the per-server registry, the delivery
   * listener, and `serve()` for a port of their own (default 127.0.0.1:9464).
   */
  metrics?: ServerMetrics & {
    serve(options?: { port?: number; hostname?: string }): Promise<RunningMetrics>;
  };
}

const JSON_LIMIT = 256 * 1024;

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
  const { config, store } = options;
  const hooks = options.hooks ?? {};
  const logger = options.logger ?? jsonLogger;
  const now = options.now ?? (() => new Date());
  const frameAncestors = (options.frameAncestors?.length ? options.frameAncestors : ["'none'"]).join(' ');
  const agentKeys = agentKeyHashes(options.agentKeys ?? []);
  if (!hooks.authenticateAgent && agentKeys.length === 0) {
    logger.warn({ msg: 'no_agent_authentication', error: 'desk endpoints will answer 401' });
  }
  const totpServed = Boolean(options.totp && hooks.authenticateUser);
  if (totpServed && !store.totp) {
    throw new TypeError(
      'totp: the store has no `totp` capability (use createPgliteStore or createPostgresStore)',
    );
  }
  const locksServed = Boolean(options.locks && options.actions?.lockAccount && store.lockTokens);
  const service: ServiceContext = {
    store,
    config,
    policy: resolveDeadlinePolicy(config),
    hooks,
    limits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    now,
    random: options.random ?? ((n: number) => randomBytes(n)),
    logger,
    idempotencyWaitMs: options.idempotencyWaitMs ?? 5000,
    blocked: new Map(),
    webhooks: webhookSubscriptions(options.webhooks?.endpoints ?? []),
    ...(options.actions ? { actions: options.actions } : {}),
    recoveryHoldMs: options.recoveryHoldMs ?? DEFAULT_RECOVERY_HOLD_MS,
    lockLinks: locksServed,
    coolingOffMs: options.locks?.coolingOffMs ?? DEFAULT_COOLING_OFF_MS,
  };
  const actionChannel = options.actions ? createActionChannel(service, options.actions) : undefined;
  // Lock links: minted by the email and sms channels at each send (ADR 0023).
  const lockLinks =
    locksServed && options.locks
      ? createLockLinkMinter({
          store,
          lockUrl: options.locks.lockUrl,
          tokenTtlMs: options.locks.tokenTtlMs ?? 86_400_000,
          random: service.random,
          now,
        })
      : undefined;
  const clientIp = (c: Context): string => {
    let remote: string | undefined;
    try {
      remote = getConnInfo(c).remote.address;
    } catch {
      remote = undefined;
    }
    return options.clientIp ? options.clientIp(c.req.raw, remote) : (remote ?? 'unknown');
  };
  const headers = createAnswerHeaders(frameAncestors, new Set(options.cors?.origins ?? []));
  const live = createLiveHub(store);
  const streams = createOpenStreams();
  const deps: RouteContext = {
    service,
    json: headers.json,
    clientIp,
    frameAncestors,
    requireReporter: requireReporter(service, clientIp),
    requireAgent: requireAgent(service, hooks, agentKeys, logger, clientIp),
    jsonBody: limitBody(options.jsonBodyLimit ?? JSON_LIMIT),
    live,
    streams,
    answers: createAnswerMemo(),
    heartbeatMs: options.heartbeatMs ?? 15_000,
    streamMaxMs: options.streamMaxMs ?? 10 * 60_000,
    createCaseMinMs: options.createCaseMinMs ?? 150,
  };

  const metrics = options.metrics
    ? createServerMetrics({ outbox: store, openStreams: () => streams.size(), now })
    : undefined;

  const app = new Hono();
  // Every answer: a log line (never tokens, bodies or ids), metrics, the standard headers and CORS.
  app.use('*', requestLog(logger));
  if (metrics) app.use('*', metrics.requests);
  app.use('*', headers.middleware);

  app.route('/', healthRoutes({ store, logger, json: headers.json }));
  if (metrics && options.metrics?.token)
    app.route('/', protectedMetricsRoute(metrics, options.metrics, logger));

  app.route('/v1', configRoutes(deps, totpServed));
  app.route('/v1/cases', caseRoutes(deps));
  app.route('/v1/cases', attachmentRoutes(deps));
  app.route('/v1/desk', deskRoutes(deps));
  app.route('/v1/desk', outboxRoutes(deps));
  if (options.totp && hooks.authenticateUser && store.totp) {
    app.route(
      '/v1/2fa/totp',
      createTotpRoutes({
        ...options.totp,
        factors: store.totp,
        authenticateUser: hooks.authenticateUser,
        now,
        logger,
        enqueue: (messages) => store.enqueue(messages),
        lockLinks: locksServed,
      }),
    );
  }

  if (locksServed) app.route('/v1/locks', lockRoutes(deps, hooks));
  app.route(
    '/v1/cases',
    containmentRoutes(deps, { release: Boolean(locksServed && options.actions?.unlockAccount) }),
  );

  let delivery: Delivery | undefined;
  if (options.delivery) {
    const { email, sms, channels = [], ...workerOptions } = options.delivery;
    const all: DeliveryChannel[] = [...channels];
    if (email) {
      all.push(
        createEmailChannel({
          ...email,
          platformName: email.platformName ?? config.platform.name,
          disputeUrl: email.disputeUrl ?? options.notices?.disputeUrl ?? config.contacts.webForm?.url,
          ...(lockLinks && !email.lockLinks ? { lockLinks } : {}),
        }),
      );
    }
    if (sms) all.push(createSmsChannel(sms, lockLinks));
    if (actionChannel && !all.some((c) => c.channel === 'action')) all.push(actionChannel);
    if (options.webhooks?.endpoints.length && !all.some((c) => c.channel === 'webhook'))
      all.push(
        createWebhookChannel({ endpoints: options.webhooks.endpoints, now: workerOptions.now ?? now }),
      );
    const listener = workerOptions.onOutcome;
    const onOutcome: DeliveryListener | undefined = metrics
      ? (channel, outcome, ms) => {
          metrics.delivery(channel, outcome, ms);
          listener?.(channel, outcome, ms);
        }
      : listener;
    delivery = createDelivery({
      now,
      logger,
      ...workerOptions,
      ...(onOutcome ? { onOutcome } : {}),
      store,
      channels: all,
    });
    delivery.start();
  }

  app.notFound(answerNotFound());
  app.onError(answerError(logger));

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
                  streams.endAll();
                  server.close(() => done());
                  (server as { closeAllConnections?: () => void }).closeAllConnections?.();
                }),
            });
          },
        );
      });
    },
    ...(delivery ? { delivery } : {}),
    ...(actionChannel ? { actionChannel } : {}),
    ...(lockLinks ? { lockLinks } : {}),
    async close() {
      streams.endAll();
      live.close();
      await delivery?.stop();
    },
    ...(metrics && {
      metrics: Object.assign(metrics, {
        serve: (listen?: { port?: number; hostname?: string }) =>
          serveMetrics(metrics, options.metrics ?? {}, logger, listen),
      }),
    }),
  };
}
