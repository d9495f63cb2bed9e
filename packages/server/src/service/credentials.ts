/**
 * The credential sweep: once support restored the account (identity verified), the case's
 * reporter lists the credentials the platform reports (`listCredentials`) and keeps or removes
 * each; every removal is a `revoke_credential` action (chain event and outbox row, in one write).
 * Before that the list stays closed: a stranger who filed a report naming someone else's account
 * must learn nothing about its devices or keys, nor remove them.
 * @module
 */
import {
  CaseUpdatedSchema,
  type Credential,
  CredentialReviewSchema,
  CredentialSchema,
  CredentialsSchema,
  type MainState,
} from '@recourse/core';
import { containmentOf } from '../actions/containment';
import { actionRows, newActionId, requestEvents } from '../actions/service';
import { projectionOf, reporterView, reproject, toChained, toStored } from '../domain';
import { contractJson, ProblemError } from '../http';
import type { AccountOnRecord } from '../options';
import { ConcurrencyError } from '../store/errors';
import type { CaseRecord } from '../store/types';
import { reporterAttachments, reportOf } from './cases';
import type { Answer, ServiceContext } from './context';
import { idempotent, requestHashOf } from './idempotent';
import { lookupAccount, outboxFor } from './notifications';
import { rateLimit } from './rate-limits';

/** Main states in which the review is open: after `restore` (which needs identity verification). */
export const CREDENTIAL_REVIEW_STATES: readonly MainState[] = ['restored', 'awaiting_confirmation'];

async function openReview(
  ctx: ServiceContext,
  record: CaseRecord,
): Promise<{ account: AccountOnRecord; credentials: Credential[] }> {
  const list = ctx.actions?.listCredentials;
  const projection = projectionOf(record);
  if (!list || !CREDENTIAL_REVIEW_STATES.includes(projection.state) || !projection.snapshot.identityVerified)
    throw new ProblemError('credential_review_closed');
  const events = (await ctx.store.loadEvents(record.id)).map(toChained);
  const account = await lookupAccount(ctx, reportOf(events).account);
  if (!account) throw new ProblemError('credential_review_closed');
  let reported: unknown[];
  try {
    reported = await list({ accountKey: account.accountKey });
  } catch (err) {
    ctx.logger.error({ msg: 'list_credentials_failed', error: (err as Error)?.name ?? 'Error' });
    throw new ProblemError('unavailable', { retryAfter: 5 }, { 'Retry-After': '5' });
  }
  // Only what the contract allows reaches the owner (a label with control characters is dropped).
  const credentials = (Array.isArray(reported) ? reported : []).flatMap((item) => {
    const parsed = CredentialSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  if (credentials.length < (Array.isArray(reported) ? reported.length : 0))
    ctx.logger.warn({ msg: 'credentials_dropped', code: 'invalid_credential' });
  return { account, credentials: credentials.slice(0, 500) };
}

/** `GET /v1/cases/{id}/credentials`. */
export async function listCaseCredentials(ctx: ServiceContext, record: CaseRecord): Promise<Answer> {
  const { credentials } = await openReview(ctx, record);
  return { status: 200, text: contractJson(CredentialsSchema, { credentials }) };
}

/** `POST /v1/cases/{id}/credentials/review`: a `revoke_credential` action per removal not already asked. */
export async function reviewCredentials(
  ctx: ServiceContext,
  record: CaseRecord,
  body: unknown,
  key: string,
): Promise<Answer> {
  const parsed = CredentialReviewSchema.safeParse(body);
  if (!parsed.success)
    throw new ProblemError('validation_failed', {
      issues: parsed.error.issues
        .slice(0, 50)
        .map((i) => ({ path: i.path.map(String).join('.'), code: 'invalid' as const })),
    });
  const decisions = parsed.data.decisions;
  return idempotent(ctx, `credentials:${record.id}`, key, requestHashOf(parsed.data), async (seal) => {
    await rateLimit(ctx, `commands:${record.id}`, ctx.limits.commandsPerCase);
    const { credentials } = await openReview(ctx, record);
    const known = new Set(credentials.map((c) => c.id));
    const seen = new Set<string>();
    const issues = decisions.flatMap((d, i) => {
      const bad = !known.has(d.id) || seen.has(d.id);
      seen.add(d.id);
      return bad ? [{ path: `decisions.${i}.id`, code: 'invalid' as const }] : [];
    });
    if (issues.length > 0) throw new ProblemError('validation_failed', { issues });
    const removals = decisions.filter((d) => d.decision === 'remove').map((d) => d.id);
    if (removals.length > 0 && !ctx.actions?.revokeCredential)
      throw new ProblemError('credential_review_closed');
    for (let attempt = 0; attempt < 8; attempt++) {
      const events = (await ctx.store.loadEvents(record.id)).map(toChained);
      // A credential already being removed (or removed) is not asked again.
      const asked = new Set(
        containmentOf(events)
          .actions.filter((a) => a.action === 'revoke_credential' && a.state !== 'failed')
          .map((a) => a.credentialId),
      );
      const payloads = removals
        .filter((id) => !asked.has(id))
        .map((credentialId) => ({ actionId: newActionId(ctx), action: 'revoke_credential', credentialId }));
      const now = ctx.now();
      const added = requestEvents(events, payloads, now, ctx);
      const projection = reproject(record, [...events, ...added], ctx.policy, now);
      const head = { id: record.id, number: record.number, projection };
      const text = contractJson(CaseUpdatedSchema, {
        case: reporterView(head, ctx.policy, now, await reporterAttachments(ctx, record.id)),
      });
      if (added.length === 0) {
        // Everything kept (or already being removed): nothing to append, the answer is recorded.
        await ctx.store.completeIdempotent(seal({ status: 200, text }));
        return { status: 200, text };
      }
      try {
        await ctx.store.appendEvents(record.id, events.length, added.map(toStored), projection, {
          idempotency: seal({ status: 200, text }),
          outbox: [...outboxFor(ctx, [], head, added), ...actionRows(record.id, added)],
        });
      } catch (err) {
        if (err instanceof ConcurrencyError) {
          const fresh = await ctx.store.getCase(record.id);
          if (fresh) record = fresh;
          continue;
        }
        throw err;
      }
      return { status: 200, text };
    }
    throw new ProblemError('version_conflict');
  });
}
