/**
 * The server's Prometheus metrics (prom-client, one `Registry` per server: several servers in
 * one process never share series): requests by route template and status with latency
 * histograms, rate-limit refusals, outbox depth and oldest age, deliveries by channel and
 * outcome, open event streams.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DeliveryOutcome } from '../delivery/channel';
import type { OutboxStore } from '../store/types';

/** Prometheus' text exposition format, version 0.0.4. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** What the metrics read at scrape time. */
export interface MetricsSources {
  /** The outbox's figures (`outboxStats()`); a failure fails the scrape (no invented figure). */
  outbox: Pick<OutboxStore, 'outboxStats'>;
  /** Open event streams (the reporter's and the desk's). */
  openStreams: () => number;
  /** Clock for the oldest message's age. */
  now: () => Date;
}

/** A server's metrics. */
export interface ServerMetrics {
  /** This server's registry. */
  readonly registry: Registry;
  /** Counts every request (route template, method, status) and its duration; 429s as refusals. */
  readonly requests: MiddlewareHandler;
  /** The delivery worker's `onOutcome` listener. */
  delivery(channel: string, outcome: DeliveryOutcome, ms: number): void;
  /** The exposition text. Rejects when a source fails (the outbox's database is down). */
  text(): Promise<string>;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Creates the metrics of one server. */
export function createServerMetrics(sources: MetricsSources): ServerMetrics {
  const registry = new Registry();
  const requestsTotal = new Counter({
    name: 'recourse_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'recourse_http_request_duration_seconds',
    help: 'Time to the answer (headers), by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'recourse_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit (429), by route template.',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'recourse_deliveries_total',
    help: 'Delivery attempts of outbox messages, by channel and outcome (delivered, failed, dead).',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const deliverySeconds = new Histogram({
    name: 'recourse_delivery_duration_seconds',
    help: 'Duration of delivery attempts, by channel and outcome.',
    labelNames: ['channel', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const pending = new Gauge({
    name: 'recourse_outbox_pending',
    help: 'Outbox messages neither delivered nor dead.',
    registers: [registry],
  });
  const oldestAge = new Gauge({
    name: 'recourse_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest pending outbox message (0 when none is pending).',
    registers: [registry],
  });
  const dead = new Gauge({
    name: 'recourse_outbox_dead',
    help: 'Outbox messages given up on (dead), waiting for an operator.',
    registers: [registry],
  });
  new Gauge({
    name: 'recourse_sse_subscribers',
    help: 'Open event streams (reporters and desks) on this instance.',
    registers: [registry],
    collect() {
      this.set(sources.openStreams());
    },
  });

  const requests: MiddlewareHandler = async (c, next) => {
    const t0 = performance.now();
    await next();
    let route = routePath(c, -1);
    if (!route || route === '*' || route === '/*') route = '(unmatched)';
    const labels = { method: c.req.method, route, status: String(c.res.status) };
    requestsTotal.inc(labels);
    requestSeconds.observe(labels, (performance.now() - t0) / 1000);
    if (c.res.status === 429) refusals.inc({ route });
  };

  return {
    registry,
    requests,
    delivery(channel, outcome, ms) {
      deliveries.inc({ channel, outcome });
      deliverySeconds.observe({ channel, outcome }, ms / 1000);
    },
    async text() {
      // Read at scrape time, once for the three outbox gauges; a failure rejects the scrape.
      const stats = await sources.outbox.outboxStats();
      pending.set(stats.pending);
      dead.set(stats.dead);
      oldestAge.set(
        stats.oldestPendingAt
          ? Math.max(0, (sources.now().getTime() - stats.oldestPendingAt.getTime()) / 1000)
          : 0,
      );
      return registry.metrics();
    },
  };
}
