/**
 * The `action` delivery channel: runs one platform action per outbox row through the platform's
 * hook, and records each attempt's outcome in the case's chain. A success is recorded only after
 * the hook resolved; a failure or a timeout is recorded and thrown, so the worker retries the row
 * (with the same action id) with backoff. When the worker gives up on the row (still failing
 * `maxAgeMs` after it was requested), `onDead` records `given_up`: the action is failed for good.
 * @module
 */
import type { ActionFailureReason } from '@recourse/core';
import {
  type DeadReason,
  type DeliveryChannel,
  type OutboxDelivery,
  PermanentDeliveryError,
} from '../delivery/channel';
import { toChained } from '../domain';
import { reportOf } from '../service/cases';
import type { ServiceContext } from '../service/context';
import { lookupAccount } from '../service/notifications';
import { pendingReleaseOf } from './containment';
import { type ActionRowData, appendSystemEvent, appendSystemEvents } from './service';
import { ACTION_HOOKS, ActionRefusedError, type PlatformActions } from './types';

class AttemptTimeout extends Error {
  override name = 'AttemptTimeout';
}

/** Resolves or rejects with `work`, or rejects with {@link AttemptTimeout} once `signal` aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new AttemptTimeout('attempt aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AttemptTimeout('attempt aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** Creates the `action` channel over the server's context (made by `createRecourseServer`). */
export function createActionChannel(ctx: ServiceContext, actions: PlatformActions): DeliveryChannel {
  return {
    channel: 'action',
    // A permanent failure already recorded its reason (`refused`, `not_configured`); an age-out
    // records `given_up` once after the last attempt, unless that attempt's outcome is already
    // final (a success, or `given_up` recorded before the row could be marked dead).
    async onDead(message: OutboxDelivery, why: DeadReason): Promise<void> {
      if (why !== 'aged_out') return;
      const data = message.data as ActionRowData;
      if (!(await ctx.store.getCase(data.caseId))) return;
      await appendSystemEvents(ctx, data.caseId, (chain) => {
        const outcomes = chain.filter(
          (e) =>
            (e.type === 'action_succeeded' || e.type === 'action_failed') &&
            e.data.actionId === data.actionId,
        );
        const requested = chain.some(
          (e) => e.type === 'action_requested' && e.data.actionId === data.actionId,
        );
        const last = outcomes.at(-1);
        if (!requested || last?.type === 'action_succeeded' || last?.data.reason === 'given_up') return null;
        const payload = {
          actionId: data.actionId,
          action: data.action,
          attempt: Math.max(1, message.attempts),
        };
        return [{ type: 'record_action_failure', payload: { ...payload, reason: 'given_up' } }];
      });
    },
    async deliver(message: OutboxDelivery, signal: AbortSignal): Promise<void> {
      const data = message.data as ActionRowData;
      const base = { actionId: data.actionId, action: data.action, attempt: message.attempts };
      const fail = async (reason: ActionFailureReason, permanent: boolean, cause: string): Promise<never> => {
        await appendSystemEvent(ctx, data.caseId, 'record_action_failure', { ...base, reason });
        throw permanent ? new PermanentDeliveryError(cause) : new Error(cause);
      };
      const hook = actions[ACTION_HOOKS[data.action]] as
        | ((request: Record<string, unknown>) => Promise<void> | void)
        | undefined;
      if (!hook) return fail('not_configured', true, `no ${ACTION_HOOKS[data.action]} hook`);
      const record = await ctx.store.getCase(data.caseId);
      if (!record) throw new PermanentDeliveryError('no such case');
      const events = (await ctx.store.loadEvents(data.caseId)).map(toChained);
      if (data.releaseId !== undefined) {
        // The owner's release, due now: nothing to do if it was cancelled meanwhile. Its unlock is
        // requested (in the chain) at the first attempt, not when the owner asked.
        const pending = pendingReleaseOf(events);
        if (pending?.id !== data.releaseId) return;
        await appendSystemEvents(ctx, data.caseId, (chain) =>
          chain.some((e) => e.type === 'action_requested' && e.data.actionId === data.actionId)
            ? null
            : [
                {
                  type: 'request_action',
                  payload: { actionId: data.actionId, action: data.action, origin: 'release' },
                },
              ],
        );
      }
      const account = await lookupAccount(ctx, reportOf(events).account);
      if (!account) return fail('refused', true, 'account not on record');
      const request: Record<string, unknown> = {
        actionId: data.actionId,
        accountKey: account.accountKey,
        caseNumber: record.number,
        signal,
      };
      if (data.credentialId !== undefined) request.credentialId = data.credentialId;
      if (data.holdMs !== undefined)
        request.until = new Date(new Date(data.requestedAt).getTime() + data.holdMs);
      try {
        await untilAborted(
          Promise.resolve().then(() => hook(request)),
          signal,
        );
      } catch (err) {
        if (err instanceof ActionRefusedError) return fail('refused', true, 'refused by the platform');
        if (err instanceof AttemptTimeout)
          return fail('timeout', false, 'the platform did not answer in time');
        return fail('platform_error', false, `the platform failed: ${(err as Error)?.name ?? 'Error'}`);
      }
      if (data.releaseId === undefined) {
        await appendSystemEvent(ctx, data.caseId, 'record_action_success', base);
        return;
      }
      const releaseId = data.releaseId;
      // The release is done: recorded with the unlock's success, every contact on record told.
      await appendSystemEvents(
        ctx,
        data.caseId,
        (chain) => [
          { type: 'record_action_success', payload: base },
          ...(pendingReleaseOf(chain)?.id === releaseId
            ? [{ type: 'complete_lock_release' as const, payload: { releaseId } }]
            : []),
        ],
        account,
      );
    },
  };
}
