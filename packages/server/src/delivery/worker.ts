/**
 * The delivery worker: drains the transactional outbox AT LEAST ONCE. Each round claims a small
 * batch with a lease (the store's `claim`: `FOR UPDATE SKIP LOCKED` on PostgreSQL), hands every
 * row to its channel, then records the outcome: delivered, failed (retried later with
 * exponential backoff and jitter), or dead (a permanent error, or still failing after
 * `maxAgeMs`; the channel's `onDead` records its final outcome first). A worker killed mid-batch leaves its rows leased; once the lease ends another
 * worker claims them again, so a message may arrive twice after a crash but is never lost.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../options';
import type { ClaimedOutboxRecord, OutboxStore } from '../store/types';
import {
  type DeadReason,
  type DeliveryChannel,
  type DeliveryListener,
  type OutboxDelivery,
  PermanentDeliveryError,
} from './channel';

/** Options of {@link createDelivery} (and of `createRecourseServer`'s `delivery`, minus `store`). */
export interface DeliveryOptions {
  /** The outbox: the server's store, or `createPostgresStore(...)` in a separate process. */
  store: OutboxStore;
  /**
   * One channel per kind of row (`email`, `sms`, `webhook`). A row whose channel is missing dies
   * at once with `no <channel> channel configured` (and can be retried once one is configured):
   * give every worker sharing a database the same channels.
   */
  channels: readonly DeliveryChannel[];
  /** Clock. Default `() => new Date()`. */
  now?: () => Date;
  /** Jitter source in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** How long a claim holds a row. Default 60 000 ms. A crashed worker's rows wait this long. */
  leaseMs?: number;
  /** Rows per claim. Default 10. */
  batch?: number;
  /** A failing message dies once it is this old (from creation or its last retry). Default 3 days. */
  maxAgeMs?: number;
  /** First retry delay; doubles per attempt. Default 30 000 ms. */
  backoffBaseMs?: number;
  /** Longest retry delay. Default 1 hour. */
  backoffMaxMs?: number;
  /** Time allowed for one delivery; then its signal aborts. Default: half the lease. */
  attemptTimeoutMs?: number;
  /** Pause between rounds when the outbox is drained. Default 1000 ms. */
  pollMs?: number;
  /** Names this worker in leases. Default `<host>:<pid>:<random>`. */
  owner?: string;
  /** Called once per attempt (metrics). */
  onOutcome?: DeliveryListener;
  /** Failures are logged without recipient or content. Default: nothing is logged. */
  logger?: Logger;
}

/** A running or idle delivery worker. */
export interface Delivery {
  /** Starts the polling loop (idempotent). */
  start(): void;
  /** Stops the loop, waits for the round in flight, closes the channels. */
  stop(): Promise<void>;
  /** One round: claims a batch and delivers it. Resolves with the number of rows claimed. */
  runOnce(): Promise<number>;
  /** The owner name written in leases. */
  readonly owner: string;
}

const DAY_MS = 86_400_000;

/**
 * The delay before attempt `attempts + 1`: `base * 2^(attempts - 1)`, capped, times a jitter
 * factor in [0.5, 1).
 */
export function backoffDelay(attempts: number, random: () => number, baseMs: number, maxMs: number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 40)));
  return Math.round(exp * (0.5 + 0.5 * Math.min(Math.max(random(), 0), 1)));
}

/** An error as stored in `last_error`: class name and message, one line. */
function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.replace(/[\r\n]+/g, ' ');
  return String(err).replace(/[\r\n]+/g, ' ');
}

/**
 * Creates a delivery worker over an outbox store.
 *
 * @example
 * ```ts
 * const delivery = createDelivery({ store, channels: [createEmailChannel({ smtp: process.env.SMTP_URL, from })] });
 * delivery.start();
 * // on shutdown
 * await delivery.stop();
 * ```
 */
export function createDelivery(options: DeliveryOptions): Delivery {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const leaseMs = options.leaseMs ?? 60_000;
  const batch = options.batch ?? 10;
  const maxAgeMs = options.maxAgeMs ?? 3 * DAY_MS;
  const baseMs = options.backoffBaseMs ?? 30_000;
  const maxMs = options.backoffMaxMs ?? 3_600_000;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? Math.max(1, Math.floor(leaseMs / 2));
  const pollMs = options.pollMs ?? 1000;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const channels = new Map(options.channels.map((c) => [c.channel, c]));
  const log = options.logger;

  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  const stopping = new AbortController();

  /** Lets the channel record its final outcome; false (logged) when that failed: the row lives on. */
  async function recordedDead(
    channel: DeliveryChannel | undefined,
    message: OutboxDelivery,
    why: DeadReason,
  ): Promise<boolean> {
    try {
      await channel?.onDead?.(message, why);
      return true;
    } catch (err) {
      log?.error({
        msg: 'delivery_dead_hook_failed',
        error: (err as Error)?.name ?? 'Error',
        code: message.channel,
      });
      return false;
    }
  }

  async function deliverOne(row: ClaimedOutboxRecord): Promise<void> {
    const started = performance.now();
    const channel = channels.get(row.channel);
    const message: OutboxDelivery = {
      id: row.id,
      messageId: row.messageId,
      channel: row.channel,
      recipient: row.recipient,
      template: row.template,
      data: row.data,
      attempts: row.attempts,
      createdAt: row.createdAt,
      orderKey: row.orderKey,
    };
    let error: unknown;
    try {
      if (!channel) throw new PermanentDeliveryError(`no ${row.channel} channel configured`);
      const signal = AbortSignal.any([stopping.signal, AbortSignal.timeout(attemptTimeoutMs)]);
      await channel.deliver(message, signal);
    } catch (err) {
      error = err ?? new Error('delivery failed');
    }
    const ms = performance.now() - started;
    const at = now();
    if (error === undefined) {
      await store.markDelivered(row.id, owner, at);
      options.onOutcome?.(row.channel, 'delivered', ms);
      return;
    }
    const since = (row.retriedAt ?? row.createdAt).getTime();
    const permanent = error instanceof PermanentDeliveryError;
    if (permanent || at.getTime() - since >= maxAgeMs) {
      if (await recordedDead(channel, message, permanent ? 'permanent' : 'aged_out')) {
        await store.markDead(row.id, owner, describe(error), at);
        options.onOutcome?.(row.channel, 'dead', ms);
        log?.error({ msg: 'delivery_dead', error: (error as Error)?.name ?? 'Error', code: row.channel });
        return;
      }
    }
    const next = new Date(at.getTime() + backoffDelay(row.attempts, random, baseMs, maxMs));
    await store.markFailed(row.id, owner, describe(error), next);
    options.onOutcome?.(row.channel, 'failed', ms);
    log?.warn({ msg: 'delivery_failed', error: (error as Error)?.name ?? 'Error', code: row.channel });
  }

  async function runOnce(): Promise<number> {
    const rows = await store.claim(owner, { limit: batch, leaseMs, now: now() });
    // Rows of one order key are never claimed together (the later waits for the earlier), so
    // the batch can go out concurrently.
    await Promise.all(rows.map((row) => deliverOne(row)));
    return rows.length;
  }

  function schedule(delay: number): void {
    if (!running) return;
    timer = setTimeout(() => {
      timer = undefined;
      const round = runOnce().then(
        (n) => schedule(n >= batch ? 0 : pollMs),
        (err: unknown) => {
          log?.error({ msg: 'delivery_round_failed', error: (err as Error)?.name ?? 'Error' });
          schedule(pollMs);
        },
      );
      inFlight = round;
    }, delay);
  }

  return {
    owner,
    runOnce,
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight.catch(() => undefined);
      stopping.abort();
      await Promise.all([...channels.values()].map((c) => c.close?.()));
    },
  };
}
