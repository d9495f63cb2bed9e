/**
 * The desk's view of the outbox (mounted at `/v1/desk`, behind `requireAgent`): the messages the
 * delivery worker gave up on, and their retry. Never the message's data (it is rendered by the
 * channel; an agent needs the address, the template and the error).
 * @module
 */
import { DeadMessageRetrySchema, DeadMessagesSchema } from '@recourse/core';
import { Hono } from 'hono';
import { deadMessageOf } from '../delivery/dead-message';
import { contractJson, ProblemError } from '../http';
import type { ServerEnv } from '../middleware/server-env';
import { idempotencyKeyOf } from './request-checks';
import type { RouteContext } from './route-context';

/** The outbox endpoints, to mount at `/v1/desk`. */
export function outboxRoutes(deps: RouteContext): Hono<ServerEnv> {
  const { service, json, requireAgent } = deps;
  const { store } = service;
  const app = new Hono<ServerEnv>();

  app.get('/outbox/dead', requireAgent, async (c) => {
    const rows = await store.listDead({ limit: 200 });
    const items = rows.map(deadMessageOf);
    c.header('Cache-Control', 'no-store');
    return json(contractJson(DeadMessagesSchema, { items }));
  });

  app.post('/outbox/dead/:id/retry', requireAgent, async (c) => {
    // The key is required like on every POST; the retry itself is safe to repeat.
    idempotencyKeyOf(c);
    const raw = c.req.param('id');
    const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(id) || !(await store.retryDead(id, service.now()))) {
      throw new ProblemError('not_found');
    }
    return json(contractJson(DeadMessageRetrySchema, { id, retried: true }));
  });

  return app;
}
