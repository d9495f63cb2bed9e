/**
 * Containment in the case views: the account's lock, the recovery hold, the owner's release of a
 * lock and every platform action with its outcome. Derived by the server from the case's chain;
 * the reporter and the desk read the same shape, the desk with each attempt's outcome. Codes and
 * times only: no credential labels, no account keys, no secrets.
 * @module
 */
import * as z from 'zod/mini';
import { ACTION_FAILURE_REASONS, PLATFORM_ACTIONS } from '../workflow/index';
import { CountSchema, InstantSchema } from './primitives';

/**
 * States of the account's lock: asked of the platform (`requested`, attempts may be failing and
 * retried), confirmed by it (`in_force`), given up (`failed`: refused, not configured), or lifted
 * (`released`: by support's `restore` or by the owner's release after its cooling-off).
 */
export const LOCK_STATES = ['requested', 'in_force', 'failed', 'released'] as const;
/** A state of the lock. */
export type LockState = (typeof LOCK_STATES)[number];

/** What proved a lock: the owner's platform session, a lock link from a notice, or the desk's `freeze`. */
export const LOCK_ORIGINS = ['session', 'link', 'desk'] as const;
/** What proved a lock. */
export type LockOrigin = (typeof LOCK_ORIGINS)[number];

/**
 * States of the recovery hold (withdrawals and security changes held after `restore`): asked of
 * the platform, confirmed, given up, or past its end.
 */
export const HOLD_STATES = ['requested', 'in_force', 'failed', 'ended'] as const;
/** A state of the recovery hold. */
export type HoldState = (typeof HOLD_STATES)[number];

/**
 * States of the owner's release of a lock: waiting out the cooling-off (every contact on record
 * was told and can cancel it with the lock link in that notice), unlocking (the cooling-off is over,
 * the platform's unlock is running), `done` (lifted), or `cancelled` by a new proven lock.
 */
export const RELEASE_STATES = ['cooling_off', 'releasing', 'done', 'cancelled'] as const;
/** A state of the owner's release. */
export type ReleaseState = (typeof RELEASE_STATES)[number];

/**
 * States of one platform action: `requested` (not done yet: no attempt, or attempts failed and it
 * is retried; `reason` says why the last one failed), `done` (the platform's hook succeeded), or
 * `failed` for good (refused, not configured, or retries given up).
 */
export const ACTION_STATES = ['requested', 'done', 'failed'] as const;
/** A state of a platform action. */
export type ActionState = (typeof ACTION_STATES)[number];

/** The account's lock. */
export const LockViewSchema = z.object({
  state: z.enum(LOCK_STATES),
  origin: z.enum(LOCK_ORIGINS),
  /** When the lock was asked for. */
  since: InstantSchema,
});
/** The account's lock. */
export type LockView = z.output<typeof LockViewSchema>;

/** The recovery hold. */
export const HoldViewSchema = z.object({
  state: z.enum(HOLD_STATES),
  /** End of the hold, fixed when it was requested. */
  until: InstantSchema,
});
/** The recovery hold. */
export type HoldView = z.output<typeof HoldViewSchema>;

/** The owner's release of the lock. */
export const ReleaseViewSchema = z.object({
  state: z.enum(RELEASE_STATES),
  /** When the owner asked (every contact on record was told then). */
  requestedAt: InstantSchema,
  /** End of the cooling-off: when the lock lifts unless cancelled. */
  at: InstantSchema,
});
/** The owner's release of the lock. */
export type ReleaseView = z.output<typeof ReleaseViewSchema>;

const actionShape = {
  /** The action id (`act_…`), the idempotency key the platform's hook received. */
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  action: z.enum(PLATFORM_ACTIONS),
  state: z.enum(ACTION_STATES),
  /** Attempts made so far (0 while queued). */
  attempts: CountSchema,
  /** Why the last attempt failed (while `requested`: it is being retried; when `failed`: why it stopped). */
  reason: z.optional(z.enum(ACTION_FAILURE_REASONS)),
  /** For `revoke_credential`: the credential's id from the credential list. */
  credentialId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  requestedAt: InstantSchema,
};

/** One platform action as the reporter sees it. */
export const ActionViewSchema = z.object(actionShape);
/** One platform action as the reporter sees it. */
export type ActionView = z.output<typeof ActionViewSchema>;

/** One attempt of a platform action (desk only). */
export const ActionAttemptSchema = z.object({
  attempt: z.int().check(z.minimum(1)),
  at: InstantSchema,
  outcome: z.enum(['succeeded', 'failed']),
  reason: z.optional(z.enum(ACTION_FAILURE_REASONS)),
});
/** One attempt of a platform action. */
export type ActionAttempt = z.output<typeof ActionAttemptSchema>;

/** One platform action as the desk sees it: with every attempt's outcome. */
export const DeskActionViewSchema = z.object({ ...actionShape, tries: z.array(ActionAttemptSchema) });
/** One platform action as the desk sees it. */
export type DeskActionView = z.output<typeof DeskActionViewSchema>;

const containmentShape = {
  /** The latest lock of the account on this case, if any. */
  lock: z.optional(LockViewSchema),
  /** The latest recovery hold, if any. */
  hold: z.optional(HoldViewSchema),
  /** The latest owner's release, if any. */
  release: z.optional(ReleaseViewSchema),
};

/** Containment as the reporter sees it (`containment` of `GET /v1/cases/{id}`). */
export const ContainmentSchema = z.object({ ...containmentShape, actions: z.array(ActionViewSchema) });
/** Containment as the reporter sees it. */
export type Containment = z.output<typeof ContainmentSchema>;

/** Containment as the desk sees it (`containment` of `GET /v1/desk/cases/{id}`). */
export const DeskContainmentSchema = z.object({
  ...containmentShape,
  actions: z.array(DeskActionViewSchema),
});
/** Containment as the desk sees it. */
export type DeskContainment = z.output<typeof DeskContainmentSchema>;
