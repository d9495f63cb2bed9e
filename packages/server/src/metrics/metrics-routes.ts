/**
 * Serving the metrics: on a port of their own (the default: `serveMetrics`), or on a path of the
 * API's port behind a bearer token (`metrics.token`).
 * @module
 */
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import { Hono } from 'hono';
import { sha256 } from '../crypto';
import type { Logger } from '../options';
import { METRICS_CONTENT_TYPE, type ServerMetrics } from './server-metrics';

/** The `metrics` option of the server. */
export interface MetricsOptions {
  /** The path of the exposition (default `/metrics`). */
  path?: string;
  /**
   * A bearer token (at least 32 characters, from configuration): the path is then ALSO served on
   * the API's port, answering 401 without `Authorization: Bearer <token>`. Without it the metrics
   * are served only by `server.metrics.serve()`, on a port of their own that the platform keeps
   * off the internet.
   */
  token?: string;
}

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Answers a scrape: the text, or 503 when a source (the database) fails. */
async function scrape(metrics: ServerMetrics, logger: Logger): Promise<Response> {
  try {
    const text = await metrics.text();
    return new Response(text, { headers: { ...HEADERS, 'Content-Type': METRICS_CONTENT_TYPE } });
  } catch (err) {
    logger.warn({ msg: 'metrics_unavailable', error: (err as Error)?.name ?? 'Error' });
    return new Response('unavailable\n', {
      status: 503,
      headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

/** `GET <path>` behind the bearer token, for the API's app. */
export function protectedMetricsRoute(metrics: ServerMetrics, options: MetricsOptions, logger: Logger): Hono {
  const token = options.token;
  if (!token || token.length < 32) throw new TypeError('metrics.token: at least 32 characters');
  const expected = sha256(new TextEncoder().encode(token));
  const app = new Hono();
  app.get(options.path ?? '/metrics', async (c) => {
    const header = c.req.header('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    const ok = timingSafeEqual(Buffer.from(sha256(new TextEncoder().encode(given))), Buffer.from(expected));
    if (!ok) {
      return new Response('{"status":"unauthorized"}', {
        status: 401,
        headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' },
      });
    }
    return scrape(metrics, logger);
  });
  return app;
}

/** A running metrics listener. */
export interface RunningMetrics {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Serves `GET <path>` (no token) on a port of its own (default 127.0.0.1:9464). */
export function serveMetrics(
  metrics: ServerMetrics,
  options: MetricsOptions,
  logger: Logger,
  listen: { port?: number; hostname?: string } = {},
): Promise<RunningMetrics> {
  const path = options.path ?? '/metrics';
  const app = new Hono();
  app.get(path, () => scrape(metrics, logger));
  app.notFound(() => new Response('not found\n', { status: 404, headers: HEADERS }));
  const hostname = listen.hostname ?? '127.0.0.1';
  return new Promise((resolve) => {
    const server = nodeServe(
      { fetch: app.fetch, port: listen.port ?? 9464, hostname },
      (info: AddressInfo) => {
        const host = hostname.includes(':') ? `[${hostname}]` : hostname;
        resolve({
          port: info.port,
          url: `http://${host}:${info.port}${path}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
  });
}
