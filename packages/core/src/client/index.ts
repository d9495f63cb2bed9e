/**
 * The typed HTTP client of the Recourse API, on ky: idempotent submissions with one key per
 * submission, safe retries, typed errors, and live case updates over fetch-streamed SSE with a
 * polling fallback. Isomorphic: `fetch`, randomness and timers are injectable.
 * @module
 */
export {
  createRecourseClient,
  type DeskCasesFilter,
  type DownloadedAttachment,
  type RecourseClient,
  type RecourseClientOptions,
  type SubmitOptions,
  type UploadFile,
  type UploadOptions,
} from './client';
export type { ContainmentClient, LockOptions } from './containment';
export type { DeskSubscribeOptions } from './desk-subscribe';
export {
  isRecourseError,
  type NetworkFailure,
  PROTOCOL_ERROR_CODES,
  type ProtocolErrorCode,
  RecourseApiError,
  type RecourseError,
  RecourseNetworkError,
  RecourseProtocolError,
} from './errors';
export { IDEMPOTENCY_KEY_BYTES, newIdempotencyKey } from './idempotency';
export type {
  AbortSignalLike,
  ByteStreamLike,
  FetchInit,
  FetchLike,
  HeadersLike,
  RandomBytes,
  RequestLike,
  ResponseLike,
  Sleep,
  StreamReaderLike,
  UrlLike,
} from './platform';
export {
  IN_FLIGHT_CODE,
  isRetryableAnswer,
  RETRY_AFTER_STATUS_CODES,
  RETRY_POLICY,
  RETRY_STATUS_CODES,
  retryWaitMs,
} from './retry-policy';
export { createSseParser, type SseEvent, type SseHandlers, type SseParser } from './sse';
export {
  SUBSCRIPTION_STATUSES,
  type SubscribeOptions,
  type SubscribeTuning,
  type SubscriptionStatus,
} from './subscribe';
export type { RetryOptions } from './transport';
