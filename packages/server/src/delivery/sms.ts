/**
 * The sms channel: the platform's own hook (Recourse ships no SMS provider). Without it, sms rows
 * die at once with `no sms channel configured`, visible in the dead list and retriable once a
 * hook is configured (see docs/deploy.md).
 * @module
 */
import type { DeliveryChannel, OutboxDelivery } from './channel';

/** Sends one sms notice (render it from `template` and `data`); throws to retry. */
export type SmsHook = (message: OutboxDelivery, signal: AbortSignal) => Promise<void>;

/** Wraps the platform's sms hook as a channel. */
export function createSmsChannel(send: SmsHook): DeliveryChannel {
  return { channel: 'sms', deliver: (message, signal) => send(message, signal) };
}
