/**
 * `POST /v1/locks`: the self-service lock. Proof by the platform's session (`authenticateUser`)
 * or by a lock link's token locks at once (201, a new case; 200, recorded in the link's case or a
 * session's `{ caseId }` of its own account); without proof, `{ account }` only
 * mails a fresh lock link to the contacts on record (202, the same for every account, after the
 * same minimum duration as filing a report).
 * @module
 */
import { createAccountRefSchema, RESOURCE_ID_PATTERN } from '@recourse/core';
import { Hono } from 'hono';
import { ProblemError } from '../http';
import { readJson, requireJson } from '../middleware/bodies';
import type { ServerEnv } from '../middleware/server-env';
import type { RecourseHooks } from '../options';
import { lockWithSession, lockWithToken, requestLockLink } from '../service/locks';
import { idempotencyKeyOf } from './request-checks';
import type { RouteContext } from './route-context';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const accountSchema = createAccountRefSchema();

/** The lock endpoint, to mount at `/v1/locks`. */
export function lockRoutes(deps: RouteContext, hooks: RecourseHooks): Hono<ServerEnv> {
  const { service, json } = deps;
  const app = new Hono<ServerEnv>();

  app.post('/', requireJson, deps.jsonBody, async (c) => {
    const started = Date.now();
    const body = (await readJson(c)) as Record<string, unknown> | null;
    const ip = deps.clientIp(c);
    const key = idempotencyKeyOf(c);
    const user = hooks.authenticateUser ? await hooks.authenticateUser(c.req.raw) : null;
    if (user) {
      const caseId = body && typeof body === 'object' ? body.caseId : undefined;
      if (caseId !== undefined && !(typeof caseId === 'string' && RESOURCE_ID_PATTERN.test(caseId)))
        throw new ProblemError('validation_failed', { issues: [{ path: 'caseId', code: 'invalid' }] });
      const answer = await lockWithSession(service, user, key, caseId);
      return json(answer.text, answer.status);
    }
    if (body && typeof body === 'object' && typeof body.token === 'string') {
      const answer = await lockWithToken(service, body.token, key, ip);
      return json(answer.text, answer.status);
    }
    const parsed = accountSchema.safeParse(body && typeof body === 'object' ? body.account : undefined);
    if (!parsed.success)
      throw new ProblemError('validation_failed', { issues: [{ path: 'account', code: 'invalid' }] });
    try {
      const answer = await requestLockLink(service, parsed.data, key, ip);
      return json(answer.text, answer.status);
    } finally {
      // Same minimum duration for every outcome, so the account's existence cannot be timed.
      const left = started + deps.createCaseMinMs - Date.now();
      if (left > 0) await sleep(left);
    }
  });
  return app;
}
