/**
 * One webhook event per chain event: the names (derived from the workflow's event types), the
 * body a receiver gets, and the outbox rows the service writes in the same transaction as the
 * events they announce.
 * @module
 */
import { type ChainedEvent, EVENT_EFFECTS, EVENT_TYPES, type EventType } from '@recourse/core';
import type { WebhookEndpoint, WebhookSubscription } from './types';

/** The webhook event type of a chain event type: `case_submitted` → `case.submitted`. */
export function webhookEventType(type: string): string {
  return `case.${type.startsWith('case_') ? type.slice(5) : type}`;
}

/** Every webhook event type, in the workflow's order, with the chain event it announces. */
export const WEBHOOK_EVENT_TYPES: readonly {
  type: string;
  chainEvent: EventType;
  internal: boolean;
}[] = EVENT_TYPES.map((chainEvent) => ({
  type: webhookEventType(chainEvent),
  chainEvent,
  internal: EVENT_EFFECTS[chainEvent].visibility === 'internal',
}));

const KNOWN = new Set(WEBHOOK_EVENT_TYPES.map((e) => e.type));
const ID_SHAPE = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * The body of one webhook (Standard Webhooks' `{ type, timestamp, data }`): `data` holds the
 * case's id and number, the chain event (seq, type, time, actor, visibility, its data) and its
 * links in the hash chain (`digest`, `prev`, `hash`), so a receiver can check it against the
 * reporter's or the desk's copy of the chain.
 */
export interface WebhookBody {
  type: string;
  timestamp: string;
  data: {
    caseId: string;
    caseNumber: string;
    seq: number;
    event: string;
    at: string;
    actor: ChainedEvent['actor'];
    visibility: ChainedEvent['visibility'];
    data: ChainedEvent['data'];
    digest: string;
    prev: string;
    hash: string;
  };
}

/** The body announcing one chain event. */
export function webhookBody(record: { id: string; number: string }, event: ChainedEvent): WebhookBody {
  return {
    type: webhookEventType(event.type),
    timestamp: event.at,
    data: {
      caseId: record.id,
      caseNumber: record.number,
      seq: event.seq,
      event: event.type,
      at: event.at,
      actor: event.actor,
      visibility: event.visibility,
      data: event.data,
      digest: event.digest,
      prev: event.prev,
      hash: event.hash,
    },
  };
}

/** An outbox row of the webhook channel (the delivery worker sends it). */
export interface WebhookRow {
  channel: 'webhook';
  /** The endpoint id. */
  recipient: string;
  /** The webhook event type. */
  template: string;
  data: Record<string, unknown>;
  /** `${endpointId}:${caseId}`: one endpoint gets a case's events in chain order. */
  orderKey: string;
}

/**
 * The outbox rows announcing `events` to every subscribed endpoint, in chain order. Internal
 * events (notes) go only to endpoints marked `internal`.
 */
export function webhookRowsFor(
  subscriptions: readonly WebhookSubscription[],
  record: { id: string; number: string },
  events: readonly ChainedEvent[],
): WebhookRow[] {
  const rows: WebhookRow[] = [];
  for (const event of events) {
    const type = webhookEventType(event.type);
    for (const sub of subscriptions) {
      if (event.visibility === 'internal' && !sub.internal) continue;
      if (sub.events && !sub.events.has(type)) continue;
      rows.push({
        channel: 'webhook',
        recipient: sub.id,
        template: type,
        data: webhookBody(record, event) as unknown as Record<string, unknown>,
        orderKey: `${sub.id}:${record.id}`,
      });
    }
  }
  return rows;
}

/**
 * Checks the configured endpoints (at start) and returns what the service needs of them.
 * @throws TypeError naming the endpoint and the field (never a secret)
 */
export function webhookSubscriptions(endpoints: readonly WebhookEndpoint[]): WebhookSubscription[] {
  const seen = new Set<string>();
  return endpoints.map((e, i) => {
    const where = `webhooks.endpoints[${i}]`;
    if (typeof e.id !== 'string' || !ID_SHAPE.test(e.id)) throw new TypeError(`${where}.id: invalid`);
    if (seen.has(e.id)) throw new TypeError(`${where}.id: duplicate`);
    seen.add(e.id);
    let url: URL;
    try {
      url = new URL(e.url);
    } catch {
      throw new TypeError(`${where}.url: invalid`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)))
      throw new TypeError(`${where}.url: https only (http for loopback)`);
    if (url.username || url.password) throw new TypeError(`${where}.url: no credentials in the URL`);
    if (!Array.isArray(e.secrets) || e.secrets.length < 1 || e.secrets.length > 2)
      throw new TypeError(`${where}.secrets: one, or two during a rotation`);
    for (const [j, s] of e.secrets.entries()) {
      if (typeof s !== 'string' || !/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/.test(s))
        throw new TypeError(`${where}.secrets[${j}]: expected whsec_ + base64 of at least 24 bytes`);
    }
    for (const t of e.events ?? []) {
      if (!KNOWN.has(t)) throw new TypeError(`${where}.events: unknown event type ${JSON.stringify(t)}`);
    }
    return {
      id: e.id,
      events: e.events ? new Set(e.events) : null,
      internal: e.internal === true,
    };
  });
}
