/**
 * What the operations on cases share: the context a server builds once, and the answer they
 * return (ready to send, and to replay byte for byte).
 * @module
 */
import type { DeadlinePolicy, PlatformConfig } from '@recourse/core';
import type { PlatformActions } from '../actions/types';
import type { Logger, RateLimits, RecourseHooks } from '../options';
import type { Store } from '../store/types';
import type { WebhookSubscription } from '../webhooks/types';

/** Everything the operations need. */
export interface ServiceContext {
  store: Store;
  config: PlatformConfig;
  policy: DeadlinePolicy;
  hooks: RecourseHooks;
  limits: RateLimits;
  now: () => Date;
  random: (n: number) => Uint8Array;
  logger: Logger;
  idempotencyWaitMs: number;
  /**
   * Buckets this instance saw go over their limit, with when their window ends (ms since the
   * epoch): checked before work that only counts failures (see {@link countFailure}).
   */
  blocked: Map<string, number>;
  /** Webhook endpoints: every chain event is queued for each one subscribed to it. */
  webhooks: readonly WebhookSubscription[];
  /** The platform's action hooks (none: no action is ever requested). */
  actions?: PlatformActions;
  /** The recovery hold after `restore`, in ms. */
  recoveryHoldMs?: number;
  /** Whether notices ask for a lock link (`data.lockFor`, minted at send): locks are served. */
  lockLinks?: boolean;
  /** The owner's release cooling-off, in ms. */
  coolingOffMs?: number;
}

/** An answer ready to send (and to replay byte for byte). */
export interface Answer {
  status: number;
  text: string;
}
