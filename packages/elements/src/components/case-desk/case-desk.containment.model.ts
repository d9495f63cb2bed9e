/**
 * The platform actions of a case as the desk shows them, read from the chain the desk already
 * verifies: each `action_requested` and the `action_succeeded` / `action_failed` of its attempts
 * (ADR 0020). Pure; tested on its own.
 * @module
 */
import {
  ACTION_FAILURE_REASONS,
  type ActionFailureReason,
  type ChainedEvent,
  PLATFORM_ACTIONS,
  type PlatformAction,
} from '@recourse/core';

/** What started a lock: a desk command, the owner's platform session, or a lock link. */
export type LockOrigin = 'desk' | 'session' | 'link';

/**
 * Where an action stands:
 * - `requested`: queued, no attempt recorded yet;
 * - `retrying`: every attempt so far failed for a reason that is retried (`platform_error`, `timeout`);
 * - `done`: an attempt succeeded;
 * - `failed`: an attempt failed for good (`refused`, `not_configured`).
 */
export type ActionState = 'requested' | 'retrying' | 'done' | 'failed';

/** One attempt's outcome. */
export interface ActionAttempt {
  attempt: number;
  at: string;
  ok: boolean;
  reason?: ActionFailureReason;
}

/** One platform action of the case, with its attempts oldest first. */
export interface ActionRow {
  id: string;
  action: PlatformAction;
  state: ActionState;
  requestedAt: string;
  /** For `lock_account`: what started it (`desk` when the event does not say). */
  origin?: LockOrigin;
  /** For `hold_risky_actions`: when the hold ends (requested time + `holdMs`). */
  until?: string;
  attempts: ActionAttempt[];
}

/** Failure reasons that end the retries. */
const FINAL: readonly ActionFailureReason[] = ['refused', 'not_configured'];
const ORIGINS: readonly LockOrigin[] = ['desk', 'session', 'link'];

const isAction = (v: unknown): v is PlatformAction => (PLATFORM_ACTIONS as readonly unknown[]).includes(v);
const isReason = (v: unknown): v is ActionFailureReason =>
  (ACTION_FAILURE_REASONS as readonly unknown[]).includes(v);

/** The case's platform actions in the order they were requested. */
export function actionRows(entries: readonly ChainedEvent[]): ActionRow[] {
  const rows = new Map<string, ActionRow>();
  for (const e of entries) {
    const d = e.data;
    const id = typeof d.actionId === 'string' ? d.actionId : '';
    if (!id || !isAction(d.action)) continue;
    if (e.type === 'action_requested') {
      const row: ActionRow = { id, action: d.action, state: 'requested', requestedAt: e.at, attempts: [] };
      if (d.action === 'lock_account')
        row.origin = ORIGINS.includes(d.origin as LockOrigin) ? (d.origin as LockOrigin) : 'desk';
      if (typeof d.holdMs === 'number') row.until = new Date(Date.parse(e.at) + d.holdMs).toISOString();
      rows.set(id, row);
      continue;
    }
    const row = rows.get(id);
    if (!row || (e.type !== 'action_succeeded' && e.type !== 'action_failed')) continue;
    const attempt = typeof d.attempt === 'number' ? d.attempt : row.attempts.length + 1;
    if (e.type === 'action_succeeded') {
      row.attempts.push({ attempt, at: e.at, ok: true });
      row.state = 'done';
    } else {
      const reason = isReason(d.reason) ? d.reason : 'platform_error';
      row.attempts.push({ attempt, at: e.at, ok: false, reason });
      if (row.state !== 'done') row.state = FINAL.includes(reason) ? 'failed' : 'retrying';
    }
  }
  return [...rows.values()];
}

/** The last failed attempt's reason, if the action is not done. */
export const lastReason = (row: ActionRow): ActionFailureReason | undefined =>
  row.state === 'done' ? undefined : row.attempts.filter((x) => !x.ok).at(-1)?.reason;
