/**
 * The storage contract of @recourse/server. Two adapters implement it with the same SQL:
 * `createPgliteStore` (embedded, the default) and `createPostgresStore` (scale-out, durable).
 */
import type { OUTBOX_CHANNELS } from '@recourse/core';
import type { LockTokenStore } from './lock-token-store';
import type { TotpStore } from './totp-store';

/** Who may see an event: the reporter (`public`) or only the desk (`internal`). */
export type Visibility = 'public' | 'internal';

/**
 * One event of a case's append-only, hash-chained log. The caller computes `seq`, `digest`,
 * `prev` and `hash`; the store keeps them verbatim.
 *
 * Round-trip rules, so a chain verified before storing verifies after loading:
 * - `at` must be an ISO-8601 UTC instant with milliseconds, as `Date#toISOString()` makes it
 *   (`2026-01-02T03:04:05.678Z`); it comes back in the same form.
 * - `data` is stored as jsonb: object key order and whitespace are not kept, so hash a canonical
 *   form (sorted keys), never the raw `JSON.stringify` text.
 */
export interface CaseEvent {
  /** 1 for the first event of a case, then +1 for each. */
  seq: number;
  /** Event type code, e.g. `reported`, `claimed`, `message_sent`. */
  type: string;
  /** When it happened (ISO-8601 UTC with milliseconds). */
  at: string;
  /** Role of the actor: `reporter`, `agent`, `system`… */
  actorRole: string;
  /** Actor identifier, when the role has one. */
  actorId: string | null;
  /** Who may see the event. */
  visibility: Visibility;
  /** Event payload (JSON). */
  data: unknown;
  /** Digest of the event's content, as computed by the caller. */
  digest: string;
  /** Hash of the previous event (`null` or a genesis value for seq 1). */
  prev: string | null;
  /** Chain hash of this event. */
  hash: string;
}

/**
 * The desk queue projection of a case, computed by the workflow from the events. The store
 * copies `state`, `priority`, `waitingOnReporter` and `nextDeadline` into indexed columns and
 * keeps the whole object as jsonb.
 */
export interface CaseProjection {
  /** Main workflow state code. */
  state: string;
  /** Priority code. */
  priority: string;
  /** True when the desk waits for the reporter. */
  waitingOnReporter: boolean;
  /** The next deadline (ISO-8601), or null. */
  nextDeadline: string | null;
  /** Claim (assignee) details. */
  claim?: unknown;
  /** Complaint sub-state. */
  complaint?: unknown;
  /** Information requests. */
  info?: unknown;
  /** Anything else the workflow projects. */
  [key: string]: unknown;
}

/** A case as stored, without its token hash. */
export interface CaseRecord {
  id: string;
  /** Human-friendly number, e.g. `RC-7K3P-9M2X`. */
  number: string;
  createdAt: Date;
  updatedAt: Date;
  /** When the reporter's access token stops working (null: no expiry set yet). */
  tokenExpiresAt: Date | null;
  /** Normalized account reference (for rate limiting and duplicates), if any. */
  accountKey: string | null;
  projection: CaseProjection;
  /** Number of events; equals the last event's seq. */
  version: number;
}

/**
 * Completes an idempotency record inside the same transaction as a domain write. The write
 * fails with `IdempotencyConflictError` (and nothing is written) if the key was already
 * completed or belongs to another request body.
 */
export interface IdempotencyCompletion {
  scope: string;
  key: string;
  requestHash: string;
  /** HTTP status to replay. */
  status: number;
  /** JSON body to replay. */
  body: unknown;
}

/** A notification to send later. */
export interface OutboxMessage {
  /** Where it goes out: one of core's {@link OUTBOX_CHANNELS}. */
  channel: (typeof OUTBOX_CHANNELS)[number];
  /** An address, a phone number, or a webhook endpoint id. */
  recipient: string;
  /** Template code (email, sms) or event type (webhook); the channel renders it. */
  template: string;
  data: Record<string, unknown>;
  /**
   * Stable id of the message (the email's `Message-ID` local part, the webhook's `webhook-id`).
   * Default: `msg_` and 32 random hex digits, made by the database.
   */
  messageId?: string;
  /**
   * Messages with the same key are delivered in insertion order: a row is never claimed while an
   * earlier one with the same key is neither delivered nor dead. Default: no ordering.
   */
  orderKey?: string | null;
  /**
   * Not claimed before this instant (ISO 8601), e.g. the end of a lock release's cooling-off; the
   * row's age (for the worker's `maxAgeMs`) counts from it. Default: due now.
   */
  notBefore?: string;
}

/** A notification as stored in the outbox. */
export interface OutboxRecord extends OutboxMessage {
  id: number;
  messageId: string;
  orderKey: string | null;
  createdAt: Date;
  /** Delivered at (NULL: not yet). */
  sentAt: Date | null;
  /** Delivery attempts started (a claim counts as one). */
  attempts: number;
  /** Not claimed before this time (NULL: due now). */
  nextAttemptAt: Date | null;
  /** The error of the last failed attempt. */
  lastError: string | null;
  /** Given up at (NULL: still pending or delivered). */
  deadAt: Date | null;
}

/** A row claimed by a delivery worker, see {@link OutboxStore.claim}. */
export interface ClaimedOutboxRecord {
  id: number;
  messageId: string;
  channel: OutboxMessage['channel'];
  recipient: string;
  template: string;
  data: Record<string, unknown>;
  /** Attempts including this one (1 on the first claim). */
  attempts: number;
  createdAt: Date;
  orderKey: string | null;
  /** When the message was last retried from the dead list (its age counts from then). */
  retriedAt: Date | null;
}

/** Figures of the outbox (for metrics). */
export interface OutboxStats {
  /** Neither delivered nor dead. */
  pending: number;
  /** Creation time of the oldest pending message (NULL: none). */
  oldestPendingAt: Date | null;
  dead: number;
}

/** Input of {@link Store.createCase}. */
export interface NewCase {
  id: string;
  number: string;
  /** SHA-256 of the access token (32 bytes). Never the token. */
  tokenHash: Uint8Array;
  tokenExpiresAt?: Date | null;
  accountKey: string | null;
  /** The first events, seq 1…n. At least one. */
  events: CaseEvent[];
  projection: CaseProjection;
  idempotency?: IdempotencyCompletion;
  outbox?: OutboxMessage[];
}

/** Options of {@link Store.appendEvents}. */
export interface AppendOptions {
  idempotency?: IdempotencyCompletion;
  outbox?: OutboxMessage[];
  /** Sets (Date) or clears (null) the token expiry in the same transaction, e.g. on close. */
  tokenExpiresAt?: Date | null;
}

/** Outcome of {@link Store.beginIdempotent}. */
export type IdempotencyBegin =
  /** First time: do the work, then complete the record in the domain transaction. */
  | { kind: 'new' }
  /** Already done with the same body: answer with the stored response. */
  | { kind: 'replay'; status: number; body: unknown }
  /** Same key, other body: answer 422. */
  | { kind: 'mismatch' }
  /** The first request is still running: answer 409. */
  | { kind: 'in_flight' };

/** Filters and page of the desk queue. */
export interface ListCasesQuery {
  state?: string;
  waitingOnReporter?: boolean;
  priority?: string;
  /** Only cases whose next deadline is before this instant. */
  deadlineBefore?: Date;
  /** Page size, 1…200 (default 50). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
}

/** One page of the desk queue, newest activity first. */
export interface CasePage {
  items: CaseRecord[];
  /** Opaque cursor of the next page, or null on the last page. */
  nextCursor: string | null;
}

/** Input of {@link Store.putAttachment}. */
export interface NewAttachment {
  /** Defaults to a random UUID. */
  id?: string;
  caseId: string;
  /** The uploader's file name: display text only, never used as a path. */
  originalName: string;
  /** Media type established by the caller from the magic bytes. */
  mediaType: string;
  data: Uint8Array;
  uploadedByRole: string;
  /** Checked inside the transaction (race-safe): 10 files / 50 MB a case in the defaults. */
  limits?: { maxCount: number; maxBytes: number };
}

/** Attachment metadata. */
export interface AttachmentMeta {
  id: string;
  caseId: string;
  /** Made by the server: `<id>.<ext>` from the media type. */
  storageName: string;
  originalName: string;
  mediaType: string;
  size: number;
  /** SHA-256 (hex) computed by the store. */
  sha256: string;
  createdAt: Date;
  uploadedByRole: string;
}

/** Attachment with its bytes. */
export interface Attachment extends AttachmentMeta {
  data: Uint8Array;
}

/** Outcome of {@link Store.hit}. */
export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in the current window. */
  remaining: number;
  /** 0 when allowed; else seconds until the window ends (for `Retry-After`). */
  retryAfterSeconds: number;
}

/** Result of {@link Store.health}. */
export type StoreHealth =
  | { ok: true; engine: 'pglite' | 'postgres'; latencyMs: number }
  | { ok: false; engine: 'pglite' | 'postgres'; error: string };

/** Called once per committed event: `(caseId, seq)`. */
export type CaseEventListener = (caseId: string, seq: number) => void;

/** Cases and their event logs: the domain writes, the reads, the reporter's token, the desk queue. */
export interface CaseEventStore {
  /**
   * Writes the case, its first events, the idempotency record and the outbox rows in ONE
   * transaction, then notifies subscribers of each event. Throws `DuplicateCaseError` (id or
   * number taken), `IdempotencyConflictError`, `InvalidDataError`; on any error nothing is
   * written.
   */
  createCase(input: NewCase): Promise<CaseRecord>;
  /**
   * Appends already-chained events (seq `expectedVersion + 1`…) and replaces the projection in
   * ONE transaction. Throws `ConcurrencyError` when the case is no longer at
   * `expectedVersion`, `CaseNotFoundError` when it does not exist; nothing is written then.
   */
  appendEvents(
    caseId: string,
    expectedVersion: number,
    events: CaseEvent[],
    projection: CaseProjection,
    options?: AppendOptions,
  ): Promise<CaseRecord>;
  /** The case, or null (also for a malformed id). */
  getCase(id: string): Promise<CaseRecord | null>;
  /** The case with this human-friendly number (normalized: upper case, spaces trimmed), or null. */
  getCaseByNumber(number: string): Promise<CaseRecord | null>;
  /** Events in seq order, optionally after a seq and of one visibility. */
  loadEvents(caseId: string, options?: { afterSeq?: number; visibility?: Visibility }): Promise<CaseEvent[]>;
  /**
   * The case if `tokenHash` matches its stored hash (constant-time compare) and the token has
   * not expired; null for a missing case, a wrong token and an expired one alike.
   */
  findCaseForToken(id: string, tokenHash: Uint8Array): Promise<CaseRecord | null>;
  /** Replaces the token hash (rotation) and/or its expiry (revocation: a past date). */
  updateToken(caseId: string, change: { tokenHash?: Uint8Array; expiresAt?: Date | null }): Promise<void>;
  /** The desk queue, (updated_at desc, id desc), keyset-paginated. */
  listCases(query?: ListCasesQuery): Promise<CasePage>;
}

/** Idempotency keys: claimed before the work, completed in the domain write, replayed after. */
export interface IdempotencyStore {
  /**
   * Claims an idempotency key, race-safe (INSERT … ON CONFLICT DO NOTHING, then re-read). A
   * record `in_flight` for more than 30 s counts as abandoned and is taken over (`new`).
   */
  beginIdempotent(scope: string, key: string, requestHash: string): Promise<IdempotencyBegin>;
  /** Completes a record outside a domain write (for answers that write nothing else). */
  completeIdempotent(completion: IdempotencyCompletion): Promise<void>;
  /** Drops an `in_flight` marker after the domain write failed, so a retry can run at once. */
  releaseIdempotent(scope: string, key: string): Promise<void>;
}

/**
 * The notification outbox, for delivery workers. Rows are claimed with a lease (PostgreSQL:
 * `FOR UPDATE SKIP LOCKED`, so concurrent workers never claim the same row while its lease
 * holds); a worker that dies leaves its rows to be claimed again once the lease ends.
 */
export interface OutboxStore {
  /** Queues notifications on their own (prefer the `outbox` option of the domain writes). */
  enqueue(messages: OutboxMessage[]): Promise<void>;
  /** Newest first; `pending: true` lists pending ones (neither sent nor dead) oldest first. */
  listOutbox(options?: { limit?: number; pending?: boolean }): Promise<OutboxRecord[]>;
  /** Marks messages as sent (a sender of its own; the delivery worker uses `markDelivered`). */
  markSent(ids: number[], at?: Date): Promise<void>;
  /**
   * Claims up to `limit` due rows for `owner` until `now + leaseMs`: pending, due
   * (`next_attempt_at <= now`), not leased by anyone else, and with no earlier pending row of the
   * same order key. Counts one attempt per claimed row. Oldest first.
   */
  claim(
    owner: string,
    options: { limit: number; leaseMs: number; now: Date },
  ): Promise<ClaimedOutboxRecord[]>;
  /** Records a delivery (even if the lease has passed to another owner). False: already done. */
  markDelivered(id: number, owner: string, at?: Date): Promise<boolean>;
  /** Records a failed attempt and frees the row until `nextAttemptAt`. False: lease lost. */
  markFailed(id: number, owner: string, error: string, nextAttemptAt: Date): Promise<boolean>;
  /** Gives up on a row, keeping `error`. False: lease lost. */
  markDead(id: number, owner: string, error: string, at?: Date): Promise<boolean>;
  /** Dead rows, newest death first. */
  listDead(options?: { limit?: number }): Promise<OutboxRecord[]>;
  /** Makes a dead row pending again, due now, its age counted from now. False: not dead. */
  retryDead(id: number, at?: Date): Promise<boolean>;
  /** Pending and dead counts, and the oldest pending creation time. */
  outboxStats(): Promise<OutboxStats>;
}

/** Evidence files of a case. */
export interface AttachmentStore {
  /**
   * Stores an attachment; computes size and SHA-256; makes the storage name. With `limits`,
   * counts the case's attachments under a lock of the case row and throws
   * `AttachmentLimitError` when full. Throws `CaseNotFoundError` for a missing case.
   */
  putAttachment(input: NewAttachment): Promise<AttachmentMeta>;
  /** The attachment if it belongs to `caseId`; null otherwise (foreign = missing). */
  getAttachment(caseId: string, id: string): Promise<Attachment | null>;
  /** The case's attachments (metadata only), oldest first. */
  listAttachments(caseId: string): Promise<AttachmentMeta[]>;
  /** How many attachments and bytes the case holds. */
  caseAttachmentTotals(caseId: string): Promise<{ count: number; bytes: number }>;
}

/** Fixed-window rate-limit counters. */
export interface RateLimitStore {
  /**
   * Counts one hit in the fixed window of `windowSeconds` containing `now` (atomic upsert).
   * Denied hits count too.
   */
  hit(bucket: string, windowSeconds: number, limit: number, now?: Date): Promise<RateLimitResult>;
}

/** Committed events as they happen (this instance's and, on PostgreSQL, every other's). */
export interface CaseEventFeed {
  /**
   * Calls `onCaseEvent(caseId, seq)` for every event committed from now on, by this or (on
   * PostgreSQL) any other instance on the same database. Returns the unsubscribe function.
   * Delivery is at most once: after a reconnect, reload from the last seq you saw.
   */
  subscribe(onCaseEvent: CaseEventListener): () => void;
}

/**
 * The storage layer: every capability above, plus maintenance and lifecycle. Every method may
 * throw `StoreUnavailableError` when the database is down. Check an implementation with the
 * contract suite of `@recourse/server/testing`.
 */
export interface Store
  extends CaseEventStore,
    IdempotencyStore,
    OutboxStore,
    AttachmentStore,
    RateLimitStore,
    CaseEventFeed {
  /** `'pglite'` or `'postgres'`. */
  readonly engine: 'pglite' | 'postgres';
  /**
   * The second factor's rows (TOTP secrets, throttle counters, backup codes), on the same
   * database: stores made by `createPgliteStore`/`createPostgresStore` have it. The `/v1/2fa/totp`
   * endpoints need it; a store without it cannot serve them (the server refuses to start).
   */
  readonly totp?: TotpStore;
  /** Self-service lock tokens (migration 005): `POST /v1/locks` needs it. */
  readonly lockTokens?: LockTokenStore;
  /** Deletes expired idempotency records and rate-limit windows. */
  purgeExpired(now?: Date): Promise<{ idempotency: number; rateLimits: number }>;

  /** Round-trips to the database; never throws. */
  health(): Promise<StoreHealth>;
  /** Closes connections (and releases the PGlite folder lock). Idempotent. */
  close(): Promise<void>;
}
