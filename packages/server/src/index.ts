/**
 * @packageDocumentation
 * `@recourse/server`: the reference backend of Recourse. A Hono app a platform can mount or
 * serve as is, on the storage layer (embedded PGlite by default, PostgreSQL to scale out).
 */

export { sniffMediaType } from '@recourse/core';
export { createActionChannel } from './actions/channel';
export {
  type AccountCredential,
  ActionRefusedError,
  DEFAULT_RECOVERY_HOLD_MS,
  type HoldRequest,
  type PlatformActionRequest,
  type PlatformActions,
  type RevokeCredentialRequest,
} from './actions/types';
export {
  CORS_ALLOW_HEADERS,
  CORS_EXPOSE_HEADERS,
  createRecourseServer,
  DEFAULT_RATE_LIMITS,
  jsonLogger,
  type RecourseServer,
  type RunningServer,
} from './app';
export * from './delivery/index';
export {
  createServerMetrics,
  METRICS_CONTENT_TYPE,
  type MetricsOptions,
  type RunningMetrics,
  type ServerMetrics,
} from './metrics/index';
export type {
  AccountOnRecord,
  AgentIdentity,
  AgentKey,
  ContactOnRecord,
  Logger,
  LogRecord,
  NoticeOptions,
  Notification,
  RateLimit,
  RateLimits,
  RecourseHooks,
  RecourseServerOptions,
  ServerDeliveryOptions,
} from './options';
export { normalizeAccountRef, TOKEN_TTL_AFTER_CLOSE_MS } from './service/cases';
export { DEFAULT_COOLING_OFF_MS } from './service/lock-release';
export * from './store/index';
export {
  createWebhookChannel,
  signWebhook,
  WEBHOOK_EVENT_TYPES,
  type WebhookBody,
  type WebhookChannelOptions,
  type WebhookEndpoint,
  type WebhookOptions,
  webhookEventType,
} from './webhooks/index';
