/**
 * The owner's release of a lock (`POST /v1/cases/{id}/lock-release`): the case's reporter asks,
 * every contact on record is told at once (each notice with a lock link that cancels it), and the
 * unlock is queued for the end of the cooling-off. A lock link from a notice about the case, used
 * before then, cancels it. Support lifts a lock with `restore` instead (identity verified).
 * @module
 */
import { CaseUpdatedSchema, chainEvents, decide, replay } from '@recourse/core';
import { containmentOf, pendingReleaseOf } from '../actions/containment';
import { type ActionRowData, appendSystemEvents, newActionId } from '../actions/service';
import { sha256hex } from '../crypto';
import { reporterView, reproject, toChained, toStored } from '../domain';
import { contractJson, ProblemError } from '../http';
import type { AccountOnRecord } from '../options';
import { ConcurrencyError } from '../store/errors';
import type { CaseRecord, OutboxMessage } from '../store/types';
import { reporterAttachments, reportOf } from './cases';
import type { Answer, ServiceContext } from './context';
import { idempotent } from './idempotent';
import { dispatch, lookupAccount, messagesFor, outboxFor } from './notifications';
import { rateLimit } from './rate-limits';

/** Default cooling-off of the owner's release: 72 hours. */
export const DEFAULT_COOLING_OFF_MS = 72 * 3_600_000;

/**
 * Records the owner's release request. Refused with `lock_not_in_force` when the case holds no
 * lock (or it was lifted or never took), `lock_release_pending` while one is pending.
 */
export async function requestLockRelease(
  ctx: ServiceContext,
  record: CaseRecord,
  key: string,
): Promise<Answer> {
  return idempotent(ctx, `release:${record.id}`, key, sha256hex('lock-release'), async (seal) => {
    await rateLimit(ctx, `commands:${record.id}`, ctx.limits.commandsPerCase);
    for (let attempt = 0; attempt < 8; attempt++) {
      const events = (await ctx.store.loadEvents(record.id)).map(toChained);
      const lock = containmentOf(events).lock;
      if (!lock || lock.state === 'released' || lock.state === 'failed')
        throw new ProblemError('lock_not_in_force');
      if (pendingReleaseOf(events)) throw new ProblemError('lock_release_pending');
      const now = ctx.now();
      const coolingOffMs = ctx.coolingOffMs ?? DEFAULT_COOLING_OFF_MS;
      const releaseId = `rel_${Buffer.from(ctx.random(16)).toString('hex')}`;
      const actionId = newActionId(ctx);
      const decision = decide(
        replay(events),
        { type: 'request_lock_release', payload: { releaseId, actionId, coolingOffMs } },
        { role: 'system' },
        { now, policy: ctx.policy },
      );
      if (!decision.ok) throw new ProblemError('workflow_refused', { refusal: decision.refusal });
      const added = chainEvents(events[events.length - 1] ?? null, decision.events);
      const projection = reproject(record, [...events, ...added], ctx.policy, now);
      const head = { id: record.id, number: record.number, projection };
      const text = contractJson(CaseUpdatedSchema, {
        case: reporterView(head, ctx.policy, now, await reporterAttachments(ctx, record.id)),
      });
      const account = await lookupAccount(ctx, reportOf(events).account);
      const messages = messagesFor(ctx, head, added, account);
      const requestedAt = added[0]!.at;
      const data: ActionRowData = {
        caseId: record.id,
        actionId,
        action: 'unlock_account',
        requestedAt,
        releaseId,
      };
      const unlock: OutboxMessage = {
        channel: 'action',
        recipient: 'unlock_account',
        template: 'unlock_account',
        data,
        messageId: actionId,
        // Its own order key: a row due in days must not hold back the case's other actions.
        orderKey: `release:${record.id}`,
        notBefore: new Date(Date.parse(requestedAt) + coolingOffMs).toISOString(),
      };
      try {
        await ctx.store.appendEvents(record.id, events.length, added.map(toStored), projection, {
          idempotency: seal({ status: 200, text }),
          outbox: [...outboxFor(ctx, messages, head, added), unlock],
        });
      } catch (err) {
        if (err instanceof ConcurrencyError) {
          const fresh = await ctx.store.getCase(record.id);
          if (fresh) record = fresh;
          continue;
        }
        throw err;
      }
      dispatch(ctx, messages);
      return { status: 200, text };
    }
    throw new ProblemError('version_conflict');
  });
}

/**
 * Cancels the case's release while it is cooling off (a new proven lock: a lock link from one of
 * its notices). After the cooling-off the unlock runs; the new lock then locks again.
 * @returns whether a release was cancelled
 */
export async function cancelPendingRelease(
  ctx: ServiceContext,
  caseId: string,
  origin: 'session' | 'link',
  account: AccountOnRecord | null,
): Promise<boolean> {
  if (!(await ctx.store.getCase(caseId))) return false;
  const added = await appendSystemEvents(
    ctx,
    caseId,
    (events, now) => {
      const pending = pendingReleaseOf(events);
      if (!pending || now.getTime() >= Date.parse(pending.at)) return null;
      return [{ type: 'cancel_lock_release', payload: { releaseId: pending.id, origin } }];
    },
    account ?? (await lookupAccountOfCase(ctx, caseId)),
  );
  return added.length > 0;
}

async function lookupAccountOfCase(ctx: ServiceContext, caseId: string): Promise<AccountOnRecord | null> {
  const events = (await ctx.store.loadEvents(caseId)).map(toChained);
  return events.length ? lookupAccount(ctx, reportOf(events).account) : null;
}
