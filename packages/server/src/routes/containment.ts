/**
 * The owner's side of containment on a case (mounted at `/v1/cases`, behind `requireReporter`:
 * the case's bearer token only, never the platform's session): the release of a lock after its
 * cooling-off, and the credential sweep.
 * @module
 */
import { Hono } from 'hono';
import { readJson, requireJson } from '../middleware/bodies';
import type { ServerEnv } from '../middleware/server-env';
import { listCaseCredentials, reviewCredentials } from '../service/credentials';
import { requestLockRelease } from '../service/lock-release';
import { idempotencyKeyOf } from './request-checks';
import type { RouteContext } from './route-context';

/** Release and credential routes; `release` only when the platform implements `unlockAccount`. */
export function containmentRoutes(deps: RouteContext, options: { release: boolean }): Hono<ServerEnv> {
  const { service, json, requireReporter, jsonBody } = deps;
  const app = new Hono<ServerEnv>();

  if (options.release) {
    app.post('/:id/lock-release', requireReporter, async (c) => {
      const key = idempotencyKeyOf(c);
      const answer = await requestLockRelease(service, c.var.case, key);
      return json(answer.text, answer.status);
    });
  }

  app.get('/:id/credentials', requireReporter, async (c) => {
    const answer = await listCaseCredentials(service, c.var.case);
    return json(answer.text, answer.status);
  });

  app.post('/:id/credentials/review', requireJson, jsonBody, requireReporter, async (c) => {
    const key = idempotencyKeyOf(c);
    const answer = await reviewCredentials(service, c.var.case, await readJson(c), key);
    return json(answer.text, answer.status);
  });

  return app;
}
