/**
 * Delivery of the outbox: the worker, its channel contract, the email and sms channels.
 * @module
 */
export {
  type DeadReason,
  type DeliveryChannel,
  type DeliveryListener,
  type DeliveryOutcome,
  type OutboxDelivery,
  PermanentDeliveryError,
} from './channel';
export type { EmailCatalog, NoticeText } from './email/catalog';
export { createEmailChannel, type EmailChannelOptions, type SmtpSettings } from './email/channel';
export {
  EMAIL_LANGUAGES,
  escapeHtml,
  type RenderedEmail,
  type RenderOptions,
  renderEmail,
} from './email/render';
export {
  createLockLinkMinter,
  type LockFor,
  type LockLinkMinter,
  type LockLinkOptions,
} from './lock-links';
export { createSmsChannel, type SmsHook } from './sms';
export { backoffDelay, createDelivery, type Delivery, type DeliveryOptions } from './worker';
