/**
 * The sms channel: the platform's own hook (Recourse ships no SMS provider). Without it, sms rows
 * die at once with `no sms channel configured`, visible in the dead list and retriable once a
 * hook is configured (see docs/deploy.md).
 * @module
 */
import { type DeliveryChannel, type OutboxDelivery, PermanentDeliveryError } from './channel';
import type { LockLinkMinter } from './lock-links';

/** Sends one sms notice (render it from `template` and `data`); throws to retry. */
export type SmsHook = (message: OutboxDelivery, signal: AbortSignal) => Promise<void>;

/**
 * Wraps the platform's sms hook as a channel. With `lockLinks`, a row that asks for a lock link
 * (`data.lockFor`) reaches the hook with `data.lockUrl` minted for this attempt (put it in the text).
 */
export function createSmsChannel(send: SmsHook, lockLinks?: LockLinkMinter): DeliveryChannel {
  return {
    channel: 'sms',
    async deliver(message, signal) {
      const lockUrl = lockLinks ? await lockLinks(message) : null;
      if (message.template === 'lock_link' && !lockUrl)
        throw new PermanentDeliveryError('lock_link without a lock link (locks not configured)');
      return send(lockUrl ? { ...message, data: { ...message.data, lockUrl } } : message, signal);
    },
  };
}
