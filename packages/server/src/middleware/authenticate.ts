/**
 * Who is calling: the reporter of a case (its access token) or a support agent (the platform's
 * hook, or an agent key). The middleware puts the case (`c.var.case`) or the agent
 * (`c.var.agent`) on the context; failures count against their rate limits.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { bearer, sameDigest, sha256, sha256hex } from '../crypto';
import { ProblemError } from '../http';
import type { AgentIdentity, AgentKey, Logger, RecourseHooks } from '../options';
import type { ServiceContext } from '../service/context';
import { countFailure, rateLimit, refuseIfBlocked } from '../service/rate-limits';
import type { ServerEnv } from './server-env';

/**
 * An agent's id is written into the case's timeline, which its reporter (and anyone holding the
 * case's link) can read: it must be an opaque handle (`agent-7`, a staff number's hash), never a
 * name, an email address or a phone number. Letters, digits and `_ . : -`, at most 64.
 */
const OPAQUE_AGENT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const NOT_OPAQUE =
  'an agent id must be opaque (letters, digits, _ . : -, at most 64): reporters see it in their timeline';

/**
 * The reporter's case from the bearer token: a wrong token and a missing case answer the same
 * 404. Only failed tokens count against the guess limit; once over it, right and wrong tokens
 * alike answer 429 until the window ends.
 */
export function requireReporter(
  service: ServiceContext,
  clientIp: (c: Parameters<MiddlewareHandler>[0]) => string,
): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const token = bearer(c.req.raw);
    if (token === null) throw new ProblemError('unauthorized');
    const id = c.req.param('id') ?? '';
    const bucket = () => `token:${clientIp(c)}:${sha256hex(id).slice(0, 32)}`;
    if (service.blocked.size > 0) refuseIfBlocked(service, bucket());
    const record = await service.store.findCaseForToken(id, sha256(token));
    if (!record) {
      await countFailure(service, bucket(), service.limits.tokenAttempts);
      throw new ProblemError('not_found');
    }
    c.set('case', record);
    await next();
  };
}

/** Checks `agentKeys` at start: every id must be opaque. */
export function agentKeyHashes(keys: readonly AgentKey[]): { id: string; hash: Buffer }[] {
  for (const k of keys) {
    if (!OPAQUE_AGENT_ID.test(k.id)) throw new TypeError(`agentKeys: ${NOT_OPAQUE}`);
  }
  return keys.map((k) => ({
    id: k.id,
    hash: 'key' in k ? sha256(k.key) : Buffer.from(k.keySha256, 'hex'),
  }));
}

/**
 * The agent from the platform's `authenticateAgent` hook or, without it, an agent key (hashes
 * compared in constant time); 401 otherwise, and failed credentials count per client IP.
 */
export function requireAgent(
  service: ServiceContext,
  hooks: RecourseHooks,
  keys: readonly { id: string; hash: Buffer }[],
  logger: Logger,
  clientIp: (c: Parameters<MiddlewareHandler>[0]) => string,
): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
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
      for (const k of keys) if (sameDigest(k.hash, given) && identity === null) identity = { id: k.id };
    }
    if (!identity) {
      if (token !== null || c.req.header('authorization')) {
        await rateLimit(service, `agent-auth:${clientIp(c)}`, service.limits.agentAuthFailures);
      }
      throw new ProblemError('unauthorized');
    }
    c.set('agent', identity);
    await next();
  };
}
