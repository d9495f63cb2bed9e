/**
 * The platform's action hooks: what Recourse asks the platform to do to an account (lock it,
 * unlock it, hold risky actions after a recovery...), each call recorded in the case's chain.
 * @module
 */
import type { CredentialKind, PlatformAction } from '@recourse/core';

/** What every action hook receives. */
export interface PlatformActionRequest {
  /**
   * The action's id (`act_` and 32 hex digits), the same on every attempt: the hook MUST be
   * idempotent on it (a retry after a timeout may reach a platform that already did it).
   */
  actionId: string;
  /** The platform's own key of the account (from `hooks.lookupAccount`). */
  accountKey: string;
  /** The case's human-friendly number, for the platform's audit log. */
  caseNumber: string;
  /** Aborted when the attempt's time is up (the worker's `attemptTimeoutMs`); the attempt then counts as failed. */
  signal: AbortSignal;
}

/** `revokeCredential`'s request: which credential (an id from `listCredentials`). */
export interface RevokeCredentialRequest extends PlatformActionRequest {
  credentialId: string;
}

/** `holdRiskyActions`' request: hold withdrawals and security changes until `until`. */
export interface HoldRequest extends PlatformActionRequest {
  /** End of the hold, fixed when the action was requested (the same on every attempt). */
  until: Date;
}

/** A credential the platform reports on an account. */
export interface AccountCredential {
  /** Opaque id, passed back to `revokeCredential`. */
  id: string;
  kind: CredentialKind;
  /**
   * A label safe to show the account's owner (device and city, key name, masked address; at most
   * 200 characters, no control characters): never a secret, a full address or a key.
   */
  label: string;
  /** When it was added (ISO 8601), if known. */
  addedAt?: string;
}

/** A hook's result: resolve when done (or already done for this `actionId`). */
type ActionHook<R extends PlatformActionRequest = PlatformActionRequest> = (
  request: R,
) => Promise<void> | void;

/**
 * The hooks a platform implements to let Recourse act on accounts. Every hook is optional; an
 * action whose hook is missing is never requested. Contract of every action hook:
 * - **Idempotent** on `actionId`: called again after a failure, a timeout or a crash.
 * - **Resolves** only once the action is in force (a lock: sign-ins refused from now on).
 * - **Throws** to fail the attempt: it is recorded as `action_failed` (`platform_error`, or
 *   `timeout` when `signal` aborted) and retried through the outbox with backoff until the
 *   worker's `maxAgeMs`. Throw {@link ActionRefusedError} when retrying cannot help (the account
 *   is gone): recorded as `refused`, not retried.
 */
export interface PlatformActions {
  /** Locks the account: sign-ins, withdrawals and security changes refused until unlocked. Run by the desk's `freeze`. */
  lockAccount?: ActionHook;
  /**
   * Lifts the lock. Run by the desk's `restore` (which requires identity verification), or at the
   * end of the owner's release cooling-off (`locks.coolingOffMs`) unless a lock link cancelled it.
   */
  unlockAccount?: ActionHook;
  /** Ends every session and token of the account. */
  signOutEverywhere?: ActionHook;
  /** Removes one credential (session, API key, withdrawal address, second factor, app, recovery contact). */
  revokeCredential?: ActionHook<RevokeCredentialRequest>;
  /** Holds withdrawals and security changes until `until`. Run by `restore`, after `unlockAccount`. */
  holdRiskyActions?: ActionHook<HoldRequest>;
  /**
   * Lists the account's credentials (a read: not recorded in the chain). Shown to the case's
   * reporter only after `restore` (identity verified), for the keep/remove review.
   */
  listCredentials?: (request: { accountKey: string }) => Promise<AccountCredential[]> | AccountCredential[];
}

/** Thrown by a hook when retrying cannot help: the attempt is recorded as `refused` and not retried. */
export class ActionRefusedError extends Error {
  override name = 'ActionRefusedError';
}

/** The hook of each action. */
export const ACTION_HOOKS: Readonly<Record<PlatformAction, keyof PlatformActions>> = {
  lock_account: 'lockAccount',
  unlock_account: 'unlockAccount',
  sign_out_everywhere: 'signOutEverywhere',
  revoke_credential: 'revokeCredential',
  hold_risky_actions: 'holdRiskyActions',
};

/** Default recovery hold after `restore`: 48 hours. */
export const DEFAULT_RECOVERY_HOLD_MS = 48 * 3_600_000;
