/**
 * Webhook endpoints a platform configures (`webhooks: { endpoints }` of the server options).
 * @module
 */

/** One receiving endpoint of the platform. */
export interface WebhookEndpoint {
  /**
   * A stable handle: letters, digits and `_ . : -`, at most 64 (`fraud-desk`). It is the outbox
   * row's `recipient` and part of its order key; renaming it orphans queued rows (they go dead).
   */
  id: string;
  /** Where events are POSTed (`https:`; `http:` only for loopback and tests). */
  url: string;
  /**
   * Signing secrets, `whsec_` + base64 (Standard Webhooks). One, or two during a rotation: every
   * delivery is signed with each, so the `webhook-signature` header carries one `v1,` signature
   * per secret and a receiver holding either verifies.
   */
  secrets: readonly string[];
  /**
   * The event types it receives (`case.submitted`, `case.account_frozen`...; see
   * {@link WEBHOOK_EVENT_TYPES}). Default: every event type its `internal` flag allows.
   */
  events?: readonly string[];
  /**
   * Whether it also receives the chain's internal events (agent-only, e.g. `case.note_added`).
   * Default false: those events are never queued for it (its per-case `seq` then has gaps).
   */
  internal?: boolean;
}

/** The `webhooks` option of the server. */
export interface WebhookOptions {
  endpoints: readonly WebhookEndpoint[];
}

/** What the service needs of an endpoint to queue rows (never its secrets). */
export interface WebhookSubscription {
  id: string;
  /** The event types (webhook names) it receives; null: all. */
  events: ReadonlySet<string> | null;
  internal: boolean;
}
