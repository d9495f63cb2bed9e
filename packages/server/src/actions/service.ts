/**
 * Platform actions in the chain: which actions a desk command starts (`freeze` locks, `restore`
 * unlocks and holds), their `action_requested` events and outbox rows (written with the command
 * that starts them), and the outcome of each attempt appended by the `action` channel.
 * @module
 */
import {
  type ChainedEvent,
  chainEvents,
  decide,
  type PlatformAction,
  replay,
  type WorkflowEvent,
} from '@recourse/core';
import { reproject, toChained, toStored } from '../domain';
import type { AccountOnRecord } from '../options';
import type { ServiceContext } from '../service/context';
import { dispatch, messagesFor, outboxFor } from '../service/notifications';
import { ConcurrencyError } from '../store/errors';
import type { OutboxMessage } from '../store/types';
import { ACTION_HOOKS, DEFAULT_RECOVERY_HOLD_MS } from './types';

/** What an `action` outbox row carries (no account key: the channel looks it up at each attempt). */
export interface ActionRowData extends Record<string, unknown> {
  caseId: string;
  actionId: string;
  action: PlatformAction;
  /** ISO 8601: when it was requested (the hold's end counts from here). */
  requestedAt: string;
  holdMs?: number;
  credentialId?: string;
  /**
   * The owner's release this unlock carries out (due at the end of the cooling-off): skipped if
   * the release was cancelled meanwhile; its `action_requested` is appended at the first attempt.
   */
  releaseId?: string;
}

/** A fresh action id: `act_` and 32 hex digits from the CSPRNG. */
export function newActionId(ctx: ServiceContext): string {
  return `act_${Buffer.from(ctx.random(16)).toString('hex')}`;
}

/** The actions a command's events start, limited to the hooks the platform implements. */
export function actionsStartedBy(
  ctx: ServiceContext,
  events: readonly WorkflowEvent[],
): Record<string, unknown>[] {
  const hooks = ctx.actions;
  if (!hooks) return [];
  const out: Record<string, unknown>[] = [];
  const add = (action: PlatformAction, extra: Record<string, unknown> = {}) => {
    if (hooks[ACTION_HOOKS[action]]) out.push({ actionId: newActionId(ctx), action, ...extra });
  };
  for (const event of events) {
    if (event.type === 'account_frozen') add('lock_account');
    if (event.type === 'account_restored') {
      add('unlock_account');
      add('hold_risky_actions', { holdMs: ctx.recoveryHoldMs ?? DEFAULT_RECOVERY_HOLD_MS });
    }
  }
  return out;
}

/**
 * Decides `request_action` for each payload after `events` (as the system) and chains the
 * results after them.
 * @throws Error `action_refused` if the workflow refuses one (a bug: the rows allow it in every state).
 */
export function requestEvents(
  events: readonly ChainedEvent[],
  payloads: readonly Record<string, unknown>[],
  now: Date,
  ctx: ServiceContext,
): ChainedEvent[] {
  let all = [...events];
  const added: ChainedEvent[] = [];
  for (const payload of payloads) {
    const decision = decide(
      replay(all),
      { type: 'request_action', payload },
      { role: 'system' },
      {
        now,
        policy: ctx.policy,
      },
    );
    if (!decision.ok) throw new Error(`action_refused: ${decision.refusal.code}`);
    const chained = chainEvents(all[all.length - 1] ?? null, decision.events);
    all = [...all, ...chained];
    added.push(...chained);
  }
  return added;
}

/** One `action` outbox row per `action_requested` event, ordered per case (lock before unlock before hold). */
export function actionRows(caseId: string, events: readonly ChainedEvent[]): OutboxMessage[] {
  return events
    .filter((e) => e.type === 'action_requested')
    .map((e) => {
      const d = e.data as {
        actionId: string;
        action: PlatformAction;
        holdMs?: number;
        credentialId?: string;
      };
      const data: ActionRowData = { caseId, actionId: d.actionId, action: d.action, requestedAt: e.at };
      if (d.holdMs !== undefined) data.holdMs = d.holdMs;
      if (d.credentialId !== undefined) data.credentialId = d.credentialId;
      return {
        channel: 'action' as const,
        recipient: d.action,
        template: d.action,
        data,
        messageId: d.actionId,
        orderKey: `action:${caseId}`,
      };
    });
}

/** A system command to append. */
export interface SystemCommand {
  type:
    | 'request_action'
    | 'record_action_success'
    | 'record_action_failure'
    | 'request_lock_release'
    | 'cancel_lock_release'
    | 'complete_lock_release';
  payload: Record<string, unknown>;
}

/**
 * Appends system events to a case, retried on a concurrent change, with their webhooks (and,
 * given the account, the notices of those that notify) in the same transaction. `plan` sees the
 * chain as it is at each try and returns the commands, or `null` to append nothing.
 * @returns the events appended (none when `plan` returned null)
 */
export async function appendSystemEvents(
  ctx: ServiceContext,
  caseId: string,
  plan: (events: readonly ChainedEvent[], now: Date) => SystemCommand[] | null,
  account: AccountOnRecord | null = null,
): Promise<ChainedEvent[]> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const record = await ctx.store.getCase(caseId);
    if (!record) throw new Error('case_missing');
    const events = (await ctx.store.loadEvents(caseId)).map(toChained);
    const now = ctx.now();
    const commands = plan(events, now);
    if (!commands || commands.length === 0) return [];
    let all = events;
    const added: ChainedEvent[] = [];
    for (const command of commands) {
      const decision = decide(replay(all), command, { role: 'system' }, { now, policy: ctx.policy });
      if (!decision.ok) throw new Error(`system_command_refused: ${decision.refusal.code}`);
      const chained = chainEvents(all[all.length - 1] ?? null, decision.events);
      all = [...all, ...chained];
      added.push(...chained);
    }
    const projection = reproject(record, all, ctx.policy, now);
    const head = { id: record.id, number: record.number };
    const messages = messagesFor(ctx, head, added, account);
    try {
      await ctx.store.appendEvents(caseId, events.length, added.map(toStored), projection, {
        outbox: outboxFor(ctx, messages, head, added),
      });
      dispatch(ctx, messages);
      return added;
    } catch (err) {
      if (err instanceof ConcurrencyError) continue;
      throw err;
    }
  }
  throw new Error('system_event_conflict');
}

/** Appends one system event (an attempt's outcome) to a case; see {@link appendSystemEvents}. */
export async function appendSystemEvent(
  ctx: ServiceContext,
  caseId: string,
  type: SystemCommand['type'],
  payload: Record<string, unknown>,
): Promise<void> {
  await appendSystemEvents(ctx, caseId, () => [{ type, payload }]);
}
