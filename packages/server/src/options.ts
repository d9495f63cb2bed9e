/**
 * What a platform passes to {@link createRecourseServer}: the store, its configuration, and the
 * hooks it implements (agent authentication, account lookup, notifications).
 * @module
 */
import type { AccountRef, PlatformConfig } from '@recourse/core';
import type { PlatformActions } from './actions/types';
import type { DeliveryChannel } from './delivery/channel';
import type { EmailChannelOptions } from './delivery/email/channel';
import type { SmsHook } from './delivery/sms';
import type { DeliveryOptions } from './delivery/worker';
import type { MetricsOptions } from './metrics/metrics-routes';
import type { OutboxMessage, Store } from './store/types';
import type { TotpRoutesOptions, TotpUser } from './totp/types';
import type { WebhookOptions } from './webhooks/types';

/** An authenticated support agent. */
export interface AgentIdentity {
  /**
   * An opaque handle: letters, digits and `_ . : -`, at most 64 (`agent-7`). It lands in the
   * case's events (`actor.id`), which the reporter reads (and so does anyone holding the case's
   * link): never a name, an email address or a phone number. Any other id answers 500, and the
   * request writes nothing.
   */
  id: string;
}

/** A contact detail ON RECORD at the platform (never one typed into a report). */
export interface ContactOnRecord {
  email?: string;
  phone?: string;
  /** The language notices to this contact are written in (`en`, `zh-CN`); default English. */
  language?: string;
  /**
   * When this address was replaced (ISO 8601), for a previous email or phone the platform still
   * reports: it keeps getting every notice (with its lock link) for 30 days after the change, so
   * the owner hears of a change an attacker made; older replaced addresses are left out.
   */
  replacedAt?: string;
}

/** What the platform knows about an account named in a report. */
export interface AccountOnRecord {
  /** The platform's own stable key of the account (never shown to the reporter). */
  accountKey: string;
  /**
   * Every address on record. Include addresses replaced recently (the attacker may have changed
   * them): recovery notices must reach the owner, not only the current values.
   */
  contacts: ContactOnRecord[];
}

/** A notification the server wants sent: always to a contact on record, never to a report's contact. */
export interface Notification extends OutboxMessage {
  /** The case it is about. */
  caseId: string;
}

/** The hooks a platform implements. Every hook may be async. */
export interface RecourseHooks {
  /**
   * Authenticates a support agent from the request (e.g. `Authorization: Bearer <agent key>`,
   * a session cookie of the platform's back office, mTLS). `null`: 401.
   * Optional when `agentKeys` is given.
   */
  authenticateAgent?: (request: Request) => Promise<AgentIdentity | null> | AgentIdentity | null;
  /**
   * Looks up the account a report names. Called for EVERY report, existing or not; keep its
   * duration independent of the outcome (the answer to the reporter does not change either way).
   */
  lookupAccount?: (account: AccountRef) => Promise<AccountOnRecord | null> | AccountOnRecord | null;
  /**
   * Sends (or queues) one notification. Called after the change committed, never awaited by the
   * answer; failures are logged (without content). Default: the store's outbox, written in the
   * same transaction as the change, for a sender process to deliver.
   */
  notify?: (message: Notification) => Promise<void> | void;
  /**
   * The signed-in END USER of a request (the platform's own session), for the two-factor
   * endpoints under `/v1/2fa/totp`: `{ userId, contacts, accountName?, sessionId? }`, or null
   * (401). The endpoints are mounted only with this hook AND the `totp` option.
   */
  authenticateUser?: (request: Request) => Promise<TotpUser | null> | TotpUser | null;
}

/** One log record: never a token, a code, a body, a header value or a case id. */
export interface LogRecord {
  /** `request`, `request_failed`, `notify_failed`, `stream`... */
  msg: string;
  method?: string;
  /** The route template (`/v1/cases/:id`), never the concrete path. */
  route?: string;
  status?: number;
  durationMs?: number;
  /** Error class name and stable code, for failures. */
  error?: string;
  code?: string;
  /** Stack frames without the message line. */
  stack?: string;
}

/** A structured logger. The default writes one JSON line per record to stdout/stderr. */
export interface Logger {
  info(record: LogRecord): void;
  warn(record: LogRecord): void;
  error(record: LogRecord): void;
}

/** A fixed-window rate limit. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The rate limits the server enforces through `store.hit`. */
export interface RateLimits {
  /** New report submissions per client IP (replays do not count). Default 10 per hour. */
  reportsPerIp: RateLimit;
  /** New report submissions per named account (normalized reference). Default 5 per day. */
  reportsPerAccount: RateLimit;
  /** Reporter-authenticated requests per client IP and case (token guesses). Default 300 per 5 min. */
  tokenAttempts: RateLimit;
  /** Commands and uploads per case. Default 60 per 10 min. */
  commandsPerCase: RateLimit;
  /** Failed agent authentications per client IP. Default 20 per 10 min. */
  agentAuthFailures: RateLimit;
  /** Lock requests without proof per client IP (429 past it). Default 10 per hour. */
  lockRequestsPerIp: RateLimit;
  /**
   * Lock links mailed per account (counted for every request naming it, existing or not; past
   * the bound, nothing is queued and the answer does not change). Default 3 per day.
   */
  lockLinksPerAccount: RateLimit;
}

/**
 * Agent keys checked by the built-in agent authentication: only hashes are kept in memory. `id`
 * follows {@link AgentIdentity.id} (checked at start).
 */
export type AgentKey = { id: string; key: string } | { id: string; keySha256: string };

/** Options of {@link createRecourseServer}. */
export interface RecourseServerOptions {
  /** The storage layer (`createPgliteStore` or `createPostgresStore`). */
  store: Store;
  /** The platform configuration served at `GET /v1/config` (validated at start). */
  config: PlatformConfig;
  /** The platform's hooks. */
  hooks?: RecourseHooks;
  /** Origins allowed to call the API from a browser (the pages embedding the widgets). */
  cors?: { origins: string[] };
  /** Agent keys (`Authorization: Bearer <key>`), used when `hooks.authenticateAgent` is absent. */
  agentKeys?: AgentKey[];
  /** `frame-ancestors` sources of every answer (default `'none'`). */
  frameAncestors?: string[];
  /** Rate limits (merged over the defaults). */
  rateLimits?: Partial<RateLimits>;
  /** The client's IP (default: the socket's remote address; set this behind a proxy). */
  clientIp?: (request: Request, remoteAddress: string | undefined) => string;
  /** Minimum duration of `POST /v1/cases` in ms, so account existence cannot be timed (default 150). */
  createCaseMinMs?: number;
  /** How long a request waits for a running request with the same idempotency key (default 5000 ms). */
  idempotencyWaitMs?: number;
  /** Body limit of JSON requests in bytes (default 256 KiB). */
  jsonBodyLimit?: number;
  /** Heartbeat interval of event streams (default 15 000 ms). */
  heartbeatMs?: number;
  /** A stream is closed after this long; the client resumes with `Last-Event-ID` (default 10 min). */
  streamMaxMs?: number;
  /** Clock. */
  now?: () => Date;
  /** CSPRNG (default `crypto.randomBytes`). */
  random?: (size: number) => Uint8Array;
  /** Logger (default JSON lines on stdout/stderr); pass `null`-like `{info(){},...}` to silence. */
  logger?: Logger;
  /**
   * Two-factor endpoints under `/v1/2fa/totp` (TOTP + backup codes): `secretKey` (32 bytes,
   * base64, from configuration) and `issuer`; mounted when given together with
   * `hooks.authenticateUser`. Needs migration 002_totp.
   */
  totp?: Omit<TotpRoutesOptions, 'factors' | 'authenticateUser' | 'now' | 'logger'>;
  /**
   * Webhooks to the platform (Standard Webhooks 1.0): every chain event is queued in the outbox,
   * in the same transaction, for each endpoint subscribed to its type (`case.submitted`...), and
   * the delivery worker signs and POSTs it. Checked at start (URL, `whsec_` secrets, event types).
   */
  webhooks?: WebhookOptions;
  /**
   * Prometheus metrics (off by default). Given, `server.metrics` holds the registry and
   * `server.metrics.serve({ port })` serves them on a port of their own; with `token`, the path is
   * also served on the API's port behind `Authorization: Bearer <token>`.
   */
  metrics?: MetricsOptions;
  /**
   * Starts a delivery worker in this process that drains the outbox (see `createDelivery`).
   * Leave it out when workers run on their own (`recourse-delivery`).
   */
  delivery?: ServerDeliveryOptions;
  /** What notices to contacts on record link to. */
  notices?: NoticeOptions;
  /**
   * The platform's action hooks (see {@link PlatformActions} and docs/deploy.md): the desk's
   * `freeze` runs `lockAccount`; `restore` runs `unlockAccount`, then `holdRiskyActions` for
   * `recoveryHoldMs`. Each run is an `action_requested` event and an `action` outbox row written
   * with the command; the delivery worker calls the hook (with the action id, on every attempt)
   * and records `action_succeeded` or `action_failed` (with a reason code) per attempt, retrying
   * failures with backoff. Needs migration 004_actions. Without `delivery` in this process, run
   * `server.actionChannel` in the worker that drains the outbox.
   */
  actions?: PlatformActions;
  /**
   * The self-service lock, `POST /v1/locks` (mounted with `actions.lockAccount` and a store with
   * lock tokens, migrations 005 and 006): `lockUrl` is the page a lock link opens (the token
   * follows as `#lock=<token>`); a link works for `tokenTtlMs` (default 24 h), once. Every notice
   * to a contact on record then carries a lock link, minted when the worker sends it.
   */
  locks?: {
    /** The lock page (a function is read each time a link is minted, e.g. when the port is known late). */
    lockUrl: string | (() => string);
    tokenTtlMs?: number;
    /**
     * The owner's release of a lock (`POST /v1/cases/{id}/lock-release`, with `unlockAccount`):
     * the lock lifts this long after the request unless a lock link cancels it. Default 72 h.
     */
    coolingOffMs?: number;
  };
  /** The recovery hold `restore` starts through `holdRiskyActions`, in ms. Default 48 hours. */
  recoveryHoldMs?: number;
}

/** Options of the notices sent to contacts on record. */
export interface NoticeOptions {
  /**
   * The "this wasn't me" page every notice links to. Default: the configuration's
   * `contacts.webForm.url` (the platform's report page).
   */
  disputeUrl?: string;
}

/** `createRecourseServer`'s `delivery`: the worker's options without the store. */
export interface ServerDeliveryOptions extends Omit<DeliveryOptions, 'store' | 'channels'> {
  /** Channels made by the platform (e.g. webhooks); merged with `email` and `sms`. */
  channels?: readonly DeliveryChannel[];
  /** Email over SMTP; `disputeUrl` and `platformName` default to `notices` and the configuration. */
  email?: Omit<EmailChannelOptions, 'platformName' | 'disputeUrl'> &
    Partial<Pick<EmailChannelOptions, 'platformName' | 'disputeUrl'>>;
  /** The platform's sms sender; without it sms rows die with `no sms channel configured`. */
  sms?: SmsHook;
}
