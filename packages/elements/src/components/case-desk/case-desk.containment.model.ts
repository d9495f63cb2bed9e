/**
 * The platform actions of a case as the desk shows them: from the case view's `containment`
 * (the server derives it from the chain, with each attempt and the retries it gave up), or, from a
 * server that sends none, from the chain the desk already verifies (each `action_requested` and
 * the `action_succeeded` / `action_failed` of its attempts, ADR 0020). Pure; tested on its own.
 * @module
 */
import type {
  ActionFailureReason,
  ChainedEvent,
  DeskCaseView,
  LockOrigin,
  LockState,
  PlatformAction,
  ReleaseView,
} from '@recourse/core';
import { ACTION_FAILURE_REASONS, FINAL_ACTION_FAILURE_REASONS, PLATFORM_ACTIONS } from '@recourse/core/lite';

/**
 * Where an action stands, as the desk says it:
 * - `requested`: queued, no attempt recorded yet;
 * - `retrying`: attempts failed for a reason that is retried (`platform_error`, `timeout`);
 * - `done`: an attempt succeeded;
 * - `failed`: it stopped for good (`refused`, `not_configured`, or `given_up`: the retries ran out).
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
  /** For `hold_risky_actions`: when the hold ends. */
  until?: string;
  attempts: ActionAttempt[];
  /** Why the last attempt failed, while the action is not done. */
  reason?: ActionFailureReason;
}

/** The account-protection section's data. */
export interface DeskContainmentRows {
  rows: ActionRow[];
  lock?: { state: LockState; origin: LockOrigin };
  release?: ReleaseView;
}

const ORIGINS: readonly LockOrigin[] = ['desk', 'session', 'link'];

const isAction = (v: unknown): v is PlatformAction => (PLATFORM_ACTIONS as readonly unknown[]).includes(v);
const isReason = (v: unknown): v is ActionFailureReason =>
  (ACTION_FAILURE_REASONS as readonly unknown[]).includes(v);

/** The case's platform actions read from the chain, in the order they were requested. */
export function actionRows(entries: readonly ChainedEvent[]): ActionRow[] {
  const rows = new Map<string, ActionRow>();
  for (const e of entries) {
    const d = e.data;
    const id = typeof d.actionId === 'string' ? d.actionId : '';
    if (!id || !isAction(d.action)) continue;
    if (e.type === 'action_requested') {
      const row: ActionRow = { id, action: d.action, state: 'requested', requestedAt: e.at, attempts: [] };
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
      delete row.reason;
    } else {
      const reason = isReason(d.reason) ? d.reason : 'platform_error';
      // `given_up` ends the retries after the last attempt; it is not an attempt itself.
      if (reason !== 'given_up') row.attempts.push({ attempt, at: e.at, ok: false, reason });
      if (row.state !== 'done') {
        row.state = FINAL_ACTION_FAILURE_REASONS.includes(reason) ? 'failed' : 'retrying';
        row.reason = reason;
      }
    }
  }
  return [...rows.values()];
}

/**
 * The lock read from the chain: the last `lock_account` (or, while it has not taken, an earlier
 * one still in force), lifted once an unlock after it is done.
 */
function lockFromChain(entries: readonly ChainedEvent[], rows: readonly ActionRow[]) {
  const liftedAfter = (lock: ActionRow) =>
    rows.some(
      (r) => r.action === 'unlock_account' && r.state === 'done' && r.requestedAt >= lock.requestedAt,
    );
  const locks = rows.filter((r) => r.action === 'lock_account');
  const last = locks.at(-1);
  const held =
    last && last.state !== 'done' ? locks.findLast((r) => r.state === 'done' && !liftedAfter(r)) : undefined;
  const lock = held ?? last;
  if (!lock) return undefined;
  const origin = entries.find((e) => e.type === 'action_requested' && e.data.actionId === lock.id)?.data
    .origin as LockOrigin | undefined;
  const lifted = liftedAfter(lock);
  const state: LockState = lifted
    ? 'released'
    : lock.state === 'done'
      ? 'in_force'
      : lock.state === 'failed'
        ? 'failed'
        : 'requested';
  return { state, origin: origin && ORIGINS.includes(origin) ? origin : 'desk' };
}

/** What the desk shows of a case's containment: the server's, else the chain's. */
export function deskContainment(view: Pick<DeskCaseView, 'entries' | 'containment'>): DeskContainmentRows {
  const c = view.containment;
  if (!c) {
    const rows = actionRows(view.entries);
    const lock = lockFromChain(view.entries, rows);
    return lock ? { rows, lock } : { rows };
  }
  const holds = c.actions.filter((a) => a.action === 'hold_risky_actions');
  const rows = c.actions.map((a): ActionRow => {
    const state: ActionState =
      a.state === 'requested' ? (a.attempts > 0 && a.reason ? 'retrying' : 'requested') : a.state;
    const row: ActionRow = {
      id: a.id,
      action: a.action,
      state,
      requestedAt: a.requestedAt,
      attempts: a.tries.map((t) => ({
        attempt: t.attempt,
        at: t.at,
        ok: t.outcome === 'succeeded',
        ...(t.reason ? { reason: t.reason } : {}),
      })),
    };
    if (a.reason && state !== 'done') row.reason = a.reason;
    // The hold's end is the latest hold's (the one `containment.hold` describes).
    if (c.hold && a === holds.at(-1)) row.until = c.hold.until;
    return row;
  });
  return {
    rows,
    ...(c.lock ? { lock: { state: c.lock.state, origin: c.lock.origin } } : {}),
    ...(c.release ? { release: c.release } : {}),
  };
}
