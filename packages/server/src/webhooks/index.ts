/**
 * Webhooks to the platform (Standard Webhooks 1.0): endpoint options, event names and bodies,
 * the outbox rows, and the delivery channel.
 * @module
 */
export { createWebhookChannel, signWebhook, type WebhookChannelOptions } from './channel';
export {
  WEBHOOK_EVENT_TYPES,
  type WebhookBody,
  type WebhookRow,
  webhookBody,
  webhookEventType,
  webhookRowsFor,
  webhookSubscriptions,
} from './events';
export type { WebhookEndpoint, WebhookOptions, WebhookSubscription } from './types';
