/**
 * The webhook channel of the delivery worker: POSTs an outbox row's body to its endpoint with
 * Standard Webhooks 1.0 headers, signed by the `standardwebhooks` package with every secret of
 * the endpoint (two during a rotation).
 * @module
 */
import { Webhook } from 'standardwebhooks';
import { type DeliveryChannel, type OutboxDelivery, PermanentDeliveryError } from '../delivery/channel';
import { webhookSubscriptions } from './events';
import type { WebhookEndpoint } from './types';

/** Options of {@link createWebhookChannel}. */
export interface WebhookChannelOptions {
  endpoints: readonly WebhookEndpoint[];
  /** HTTP client (default the global `fetch`). */
  fetch?: typeof fetch;
  /** Clock: the `webhook-timestamp` of each attempt. */
  now?: () => Date;
  /** One attempt gives up after this long (default 15 000 ms). */
  timeoutMs?: number;
}

/** The signed headers of one delivery attempt. */
export function signWebhook(
  secrets: readonly string[],
  messageId: string,
  at: Date,
  body: string,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(messageId, at, body)).join(' '),
  };
}

/**
 * Creates the `'webhook'` delivery channel. A 2xx answer is a delivery; any other answer or a
 * network error is a failure (the worker retries with backoff, in order per endpoint and case);
 * a row naming an endpoint that is no longer configured is dead at once. Redirects are not
 * followed (a receiver that moved gets its URL updated in the configuration).
 * @throws TypeError when an endpoint is invalid (see the `webhooks` server option)
 */
export function createWebhookChannel(options: WebhookChannelOptions): DeliveryChannel {
  webhookSubscriptions(options.endpoints);
  const byId = new Map(options.endpoints.map((e) => [e.id, e]));
  const send = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    channel: 'webhook',
    async deliver(message: OutboxDelivery, signal: AbortSignal) {
      const endpoint = byId.get(message.recipient);
      if (!endpoint) throw new PermanentDeliveryError('webhook_endpoint_unknown');
      const body = JSON.stringify(message.data);
      const res = await send(endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Recourse-Webhooks/1',
          ...signWebhook(endpoint.secrets, message.messageId, now(), body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      });
      // Only the status matters; the body is read away so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status > 299) throw new Error(`webhook_http_${res.status}`);
    },
  };
}
