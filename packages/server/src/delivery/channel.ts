/**
 * The contract between the delivery worker and the ways out (email, sms, webhooks): a channel
 * delivers one claimed outbox row or throws.
 * @module
 */
import type { ClaimedOutboxRecord } from '../store/types';

/**
 * One claimed outbox row, as a channel delivers it: the store's claimed record without the
 * worker's own bookkeeping (when a dead message was last retried).
 */
export type OutboxDelivery = Omit<ClaimedOutboxRecord, 'retriedAt'>;

/** A way out: email (nodemailer), webhook (standardwebhooks), sms (platform hook). */
export interface DeliveryChannel {
  readonly channel: OutboxDelivery['channel'];
  /** Resolves when delivered; throws on failure. `PermanentDeliveryError`: dead at once. */
  deliver(message: OutboxDelivery, signal: AbortSignal): Promise<void>;
  /**
   * Called by the worker when it gives up on a row, before the row is marked dead: `aged_out`
   * (still failing `maxAgeMs` after it was created or last retried) or `permanent` (a
   * {@link PermanentDeliveryError}). Records a final outcome where the channel keeps one (the
   * `action` channel appends `given_up` for an age-out). If it throws, the row is not marked
   * dead: it is retried later like a failed attempt, so the final outcome is not lost.
   */
  onDead?(message: OutboxDelivery, why: DeadReason): Promise<void>;
  /** Releases connections (called by the worker's `stop()`). */
  close?(): Promise<void>;
}

/** Why the worker gave up on a row: a permanent failure, or still failing after `maxAgeMs`. */
export type DeadReason = 'permanent' | 'aged_out';

/** A failure that retrying cannot fix (unknown template, no such endpoint): the row dies at once. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/** Outcomes the worker reports (metrics listen here). */
export type DeliveryOutcome = 'delivered' | 'failed' | 'dead';

/** Called once per attempt with the channel, the outcome and the attempt's duration. */
export type DeliveryListener = (channel: string, outcome: DeliveryOutcome, ms: number) => void;
