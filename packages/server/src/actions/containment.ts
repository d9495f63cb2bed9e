/**
 * Containment from the chain: the lock, the recovery hold, the owner's release and every platform
 * action with its attempts, folded from the case's events. The projection keeps the time-free
 * fold; the views apply the clock (a hold past its end has `ended`, a release past its cooling-off
 * is `releasing` until its unlock succeeds).
 * @module
 */
import {
  type ActionFailureReason,
  type ChainedEvent,
  type Containment,
  type DeskActionView,
  type DeskContainment,
  FINAL_ACTION_FAILURE_REASONS,
  type LockOrigin,
  type PlatformAction,
} from '@recourse/core';

interface Folded extends DeskActionView {
  holdMs?: number;
  origin?: string;
}

/** Folds a case's whole chain into its containment (desk shape, before the clock is applied). */
export function containmentOf(events: readonly ChainedEvent[]): DeskContainment {
  const actions = new Map<string, Folded>();
  const order: Folded[] = [];
  let release: {
    id: string;
    requestedAt: string;
    at: string;
    state: 'cooling_off' | 'done' | 'cancelled';
  } | null = null;
  for (const event of events) {
    const d = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'action_requested': {
        const folded: Folded = {
          id: String(d.actionId),
          action: d.action as PlatformAction,
          state: 'requested',
          attempts: 0,
          requestedAt: event.at,
          tries: [],
        };
        if (typeof d.credentialId === 'string') folded.credentialId = d.credentialId;
        if (typeof d.holdMs === 'number') folded.holdMs = d.holdMs;
        if (typeof d.origin === 'string') folded.origin = d.origin;
        actions.set(folded.id, folded);
        order.push(folded);
        break;
      }
      case 'action_succeeded':
      case 'action_failed': {
        const folded = actions.get(String(d.actionId));
        if (!folded) break;
        const attempt = typeof d.attempt === 'number' ? d.attempt : folded.attempts + 1;
        folded.attempts = Math.max(folded.attempts, attempt);
        if (event.type === 'action_succeeded') {
          folded.tries.push({ attempt, at: event.at, outcome: 'succeeded' });
          folded.state = 'done';
          delete folded.reason;
        } else {
          const reason = d.reason as ActionFailureReason;
          // `given_up` ends the retries after the last attempt; it is not an attempt itself.
          if (reason !== 'given_up') folded.tries.push({ attempt, at: event.at, outcome: 'failed', reason });
          // A late failure (an attempt that timed out after another succeeded) never undoes "done";
          // an attempt after a final one (a dead row retried by an agent) is being retried again.
          if (folded.state !== 'done') {
            folded.reason = reason;
            folded.state = FINAL_ACTION_FAILURE_REASONS.includes(reason) ? 'failed' : 'requested';
          }
        }
        break;
      }
      case 'lock_release_requested': {
        const coolingOffMs = typeof d.coolingOffMs === 'number' ? d.coolingOffMs : 0;
        release = {
          id: String(d.releaseId),
          requestedAt: event.at,
          at: new Date(new Date(event.at).getTime() + coolingOffMs).toISOString(),
          state: 'cooling_off',
        };
        break;
      }
      case 'lock_release_cancelled':
        if (release && release.id === d.releaseId) release.state = 'cancelled';
        break;
      case 'lock_released':
        if (release && release.id === d.releaseId) release.state = 'done';
        break;
      default:
        break;
    }
  }

  const out: DeskContainment = { actions: [] };
  const lastOf = (action: PlatformAction) => order.filter((a) => a.action === action).at(-1);
  const liftedAfter = (lock: Folded) =>
    order.some(
      (a) => a.action === 'unlock_account' && a.state === 'done' && order.indexOf(a) > order.indexOf(lock),
    );
  // The last lock, unless it has not taken yet while an earlier one is still in force (a lock
  // link used on a case already locked): then the one in force.
  const last = lastOf('lock_account');
  const held =
    last && last.state !== 'done'
      ? order.findLast((a) => a.action === 'lock_account' && a.state === 'done' && !liftedAfter(a))
      : undefined;
  const lock = held ?? last;
  if (lock) {
    const lifted = liftedAfter(lock);
    out.lock = {
      state: lifted
        ? 'released'
        : lock.state === 'done'
          ? 'in_force'
          : lock.state === 'failed'
            ? 'failed'
            : 'requested',
      origin: (lock.origin === 'session' || lock.origin === 'link' ? lock.origin : 'desk') as LockOrigin,
      since: lock.requestedAt,
    };
  }
  const hold = lastOf('hold_risky_actions');
  if (hold) {
    out.hold = {
      state: hold.state === 'done' ? 'in_force' : hold.state,
      until: new Date(new Date(hold.requestedAt).getTime() + (hold.holdMs ?? 0)).toISOString(),
    };
  }
  if (release) out.release = { state: release.state, requestedAt: release.requestedAt, at: release.at };
  out.actions = order.map(({ holdMs: _h, origin: _o, ...view }) => view);
  return out;
}

/** The id of the release still pending (cooling off or unlocking), if any. */
export function pendingReleaseOf(events: readonly ChainedEvent[]): { id: string; at: string } | null {
  let pending: { id: string; at: string } | null = null;
  for (const event of events) {
    const d = event.data as Record<string, unknown>;
    if (event.type === 'lock_release_requested') {
      const ms = typeof d.coolingOffMs === 'number' ? d.coolingOffMs : 0;
      pending = { id: String(d.releaseId), at: new Date(new Date(event.at).getTime() + ms).toISOString() };
    } else if (
      (event.type === 'lock_release_cancelled' || event.type === 'lock_released') &&
      pending?.id === d.releaseId
    ) {
      pending = null;
    }
  }
  return pending;
}

/** The desk's containment at `now`: a hold past its end has ended, a release past its cooling-off is unlocking. */
export function deskContainmentAt(folded: DeskContainment, now: Date): DeskContainment {
  const out: DeskContainment = { ...folded };
  if (folded.hold && folded.hold.state === 'in_force' && now.getTime() >= Date.parse(folded.hold.until))
    out.hold = { ...folded.hold, state: 'ended' };
  if (folded.release?.state === 'cooling_off' && now.getTime() >= Date.parse(folded.release.at))
    out.release = { ...folded.release, state: 'releasing' };
  return out;
}

/** The reporter's containment at `now`: the desk's without each attempt. */
export function reporterContainmentAt(folded: DeskContainment, now: Date): Containment {
  const at = deskContainmentAt(folded, now);
  return { ...at, actions: at.actions.map(({ tries: _tries, ...action }) => action) };
}
