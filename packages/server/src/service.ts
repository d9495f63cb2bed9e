/**
 * The server's operations on cases: filing a report, running a command through the core's
 * `decide`, storing an attachment, building the desk's view. HTTP-free; the routes call these.
 * @module
 */
import {
  type AccountRef,
  type AttachmentMeta as ApiAttachmentMeta,
  AttachmentMetaSchema,
  CaseCreatedSchema,
  type ChainedEvent,
  type Command,
  CommandResultSchema,
  canonicalJson,
  chainEvents,
  createDeskCommandResultSchema,
  type DeadlinePolicy,
  decide,
  initialSnapshot,
  type JsonObject,
  type PlatformConfig,
  type Report,
  type Role,
  replay,
  sha256Hex,
  toJson,
  validateReport,
} from '@recourse/core';
import { idempotencyKeyId, newAccessToken, openAnswer, sealAnswer, sha256, sha256hex } from './crypto';
import {
  deskCommon,
  forReporter,
  NOTIFYING_EVENTS,
  type Projection,
  priorityOf,
  project,
  projectionOf,
  reporterView,
  toChained,
  toStored,
} from './domain';
import { contractJson, ProblemError } from './http';
import type { AccountOnRecord, Logger, Notification, RateLimit, RateLimits, RecourseHooks } from './options';
import { generateCaseNumber } from './store/case-number';
import {
  AttachmentLimitError,
  ConcurrencyError,
  DuplicateCaseError,
  IdempotencyConflictError,
  StoreUnavailableError,
} from './store/errors';
import type { AttachmentMeta, CaseRecord, IdempotencyCompletion, OutboxMessage, Store } from './store/types';

/** Everything the operations need. */
export interface ServiceContext {
  store: Store;
  config: PlatformConfig;
  policy: DeadlinePolicy;
  hooks: RecourseHooks;
  limits: RateLimits;
  now: () => Date;
  random: (n: number) => Uint8Array;
  logger: Logger;
  idempotencyWaitMs: number;
  /**
   * Buckets this instance saw go over their limit, with when their window ends (ms since the
   * epoch): checked before work that only counts failures (see {@link countFailure}).
   */
  blocked: Map<string, number>;
}

/** An answer ready to send (and to replay byte for byte). */
export interface Answer {
  status: number;
  text: string;
}

const DAY_MS = 86_400_000;
/** The access token stops working this long after the case is closed or withdrawn. */
export const TOKEN_TTL_AFTER_CLOSE_MS = 30 * DAY_MS;
/** Answers are parsed without "not in the future" checks of the stored report. */
const LENIENT = { now: () => new Date(8_640_000_000_000_000) };
const deskResultSchema = createDeskCommandResultSchema(LENIENT);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A UUID v4 from the injected CSPRNG. */
export function uuidFrom(random: (n: number) => Uint8Array): string {
  const b = Buffer.from(random(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The normalized reference of an account, for rate limits and duplicates. */
export function normalizeAccountRef(account: AccountRef): string {
  const v = account.value.normalize('NFKC').trim();
  switch (account.kind) {
    case 'email':
    case 'username':
      return `${account.kind}:${v.toLowerCase()}`;
    default:
      return `${account.kind}:${v}`;
  }
}

/** Counts a hit; throws 429 when over the limit. */
export async function rateLimit(ctx: ServiceContext, bucket: string, limit: RateLimit): Promise<void> {
  const result = await ctx.store.hit(bucket, limit.windowSeconds, limit.limit, ctx.now());
  if (!result.allowed) throw new ProblemError('rate_limited', { retryAfter: result.retryAfterSeconds });
}

/**
 * Counts a failed attempt for a limit that counts failures only (token guesses); throws 429 when
 * over the limit, and remembers the block so {@link refuseIfBlocked} answers later attempts
 * without touching the store.
 */
export async function countFailure(ctx: ServiceContext, bucket: string, limit: RateLimit): Promise<void> {
  const at = ctx.now();
  const result = await ctx.store.hit(bucket, limit.windowSeconds, limit.limit, at);
  if (!result.allowed) {
    remember(ctx, bucket, at.getTime() + result.retryAfterSeconds * 1000);
    throw new ProblemError('rate_limited', { retryAfter: result.retryAfterSeconds });
  }
}

const MAX_BLOCKED = 10_000;

function remember(ctx: ServiceContext, bucket: string, until: number): void {
  if (ctx.blocked.size >= MAX_BLOCKED) {
    const t = ctx.now().getTime();
    for (const [b, u] of ctx.blocked) if (u <= t) ctx.blocked.delete(b);
    // Still full (a flood of distinct buckets): drop the oldest; the store still counts them.
    if (ctx.blocked.size >= MAX_BLOCKED) ctx.blocked.delete(ctx.blocked.keys().next().value!);
  }
  ctx.blocked.set(bucket, until);
}

/**
 * For limits that count failures only (token guesses): throws 429 without touching the store
 * when this instance already saw the bucket go over its limit in the current window. Call it
 * before the attempt, and {@link countFailure} after a failed one. Successful attempts cost no
 * write; another instance learns of the block at its first failed attempt past the limit.
 */
export function refuseIfBlocked(ctx: ServiceContext, bucket: string): void {
  const until = ctx.blocked.get(bucket);
  if (until === undefined) return;
  const left = until - ctx.now().getTime();
  if (left <= 0) {
    ctx.blocked.delete(bucket);
    return;
  }
  throw new ProblemError('rate_limited', { retryAfter: Math.max(1, Math.ceil(left / 1000)) });
}

/** Local in-flight requests, so waiters in this process wake as soon as the first one ends. */
const inflight = new Map<string, Promise<void>>();

/**
 * Runs `work` once per idempotency key: a completed key replays the stored answer, a key of
 * another body answers 422, a running one is waited for (then replayed) or answers 409.
 * `work` must record its answer through `seal` inside its domain transaction; answers it throws
 * (problems) release the key, so a corrected retry can run.
 */
export async function idempotent(
  ctx: ServiceContext,
  scope: string,
  key: string,
  requestHash: string,
  work: (seal: (answer: Answer) => IdempotencyCompletion) => Promise<Answer>,
): Promise<Answer> {
  const keyId = idempotencyKeyId(key);
  const localId = `${scope}\n${keyId}`;
  const deadline = Date.now() + ctx.idempotencyWaitMs;
  for (let attempt = 0; ; attempt++) {
    const begin = await ctx.store.beginIdempotent(scope, keyId, requestHash);
    if (begin.kind === 'replay') {
      const text = openAnswer(begin.body, key, scope);
      if (text === null) throw new Error('stored idempotent answer cannot be opened');
      return { status: begin.status, text };
    }
    if (begin.kind === 'mismatch') throw new ProblemError('idempotency_key_reused');
    if (begin.kind === 'in_flight') {
      const left = deadline - Date.now();
      if (left <= 0) throw new ProblemError('idempotency_in_flight', {}, { 'Retry-After': '1' });
      const local = inflight.get(localId);
      await (local
        ? Promise.race([local, sleep(left)])
        : sleep(Math.min(left, 25 * 2 ** Math.min(attempt, 4))));
      continue;
    }
    let release!: () => void;
    inflight.set(
      localId,
      new Promise<void>((r) => {
        release = r;
      }),
    );
    try {
      return await work((answer) => ({
        scope,
        key: keyId,
        requestHash,
        status: answer.status,
        body: sealAnswer(answer.text, key, scope, ctx.random),
      }));
    } catch (err) {
      if (err instanceof IdempotencyConflictError) continue; // another request completed it: replay
      await ctx.store.releaseIdempotent(scope, keyId).catch(() => {});
      throw err;
    } finally {
      inflight.delete(localId);
      release();
    }
  }
}

/** The hash of a request body: canonical JSON, so formatting does not matter. */
export function requestHashOf(body: unknown): string {
  return sha256Hex(canonicalJson(toJson(body)));
}

async function lookupAccount(ctx: ServiceContext, account: AccountRef): Promise<AccountOnRecord | null> {
  if (!ctx.hooks.lookupAccount) return null;
  try {
    return await ctx.hooks.lookupAccount(account);
  } catch (err) {
    ctx.logger.error({ msg: 'lookup_account_failed', error: (err as Error)?.name ?? 'Error' });
    throw new StoreUnavailableError('account lookup failed', 5);
  }
}

/** Notifications of `events` to the contacts on record of the account (never the report's contacts). */
function messagesFor(
  ctx: ServiceContext,
  record: { id: string; number: string },
  events: readonly ChainedEvent[],
  account: AccountOnRecord | null,
): Notification[] {
  if (!account) return [];
  const out: Notification[] = [];
  for (const event of events) {
    if (!NOTIFYING_EVENTS.has(event.type)) continue;
    const data = {
      event: event.type,
      caseNumber: record.number,
      platform: ctx.config.platform.name,
      at: event.at,
    };
    for (const contact of account.contacts) {
      if (contact.email)
        out.push({
          caseId: record.id,
          channel: 'email',
          recipient: contact.email,
          template: 'account_case_event',
          data,
        });
      if (contact.phone)
        out.push({
          caseId: record.id,
          channel: 'sms',
          recipient: contact.phone,
          template: 'account_case_event',
          data,
        });
    }
  }
  return out;
}

/** Outbox rows for the domain write, or none when the platform's `notify` hook sends them. */
function outboxOf(ctx: ServiceContext, messages: Notification[]): OutboxMessage[] {
  if (ctx.hooks.notify) return [];
  return messages.map(({ caseId: _caseId, ...m }) => m);
}

/** After commit: hands messages to the platform's hook, without waiting. */
function dispatch(ctx: ServiceContext, messages: Notification[]): void {
  const notify = ctx.hooks.notify;
  if (!notify || messages.length === 0) return;
  setImmediate(() => {
    for (const m of messages) {
      Promise.resolve()
        .then(() => notify(m))
        .catch((err: unknown) =>
          ctx.logger.error({ msg: 'notify_failed', error: (err as Error)?.name ?? 'Error' }),
        );
    }
  });
}

/** The report a case was filed with (the data of its first event). */
export function reportOf(events: readonly ChainedEvent[]): Report {
  return (events[0]?.data as { report?: unknown } | undefined)?.report as Report;
}

/**
 * Files a report. Same status, shape and work whether or not the account exists: the lookup
 * runs for every report and only decides where the account holder's notice goes.
 */
export async function createCase(
  ctx: ServiceContext,
  body: unknown,
  key: string,
  ip: string,
): Promise<Answer> {
  const checked = validateReport(body, { now: ctx.now });
  if (!checked.ok) throw new ProblemError('validation_failed', { issues: checked.issues.slice(0, 500) });
  const report = checked.value;
  return idempotent(ctx, 'cases', key, requestHashOf(body), async (seal) => {
    await rateLimit(ctx, `report:ip:${ip}`, ctx.limits.reportsPerIp);
    const accountRef = normalizeAccountRef(report.account);
    await rateLimit(ctx, `report:account:${sha256hex(accountRef)}`, ctx.limits.reportsPerAccount);
    const account = await lookupAccount(ctx, report.account);

    const now = ctx.now();
    const reportJson = toJson(report) as JsonObject;
    const decision = decide(
      initialSnapshot(),
      { type: 'submit', payload: { report: reportJson, reportDigest: sha256Hex(canonicalJson(reportJson)) } },
      { role: 'reporter' },
      { now, policy: ctx.policy },
    );
    if (!decision.ok) throw new Error(`submit refused: ${decision.refusal.code}`);
    const events = chainEvents(null, decision.events);
    const projection = project(events, priorityOf(report), account !== null, ctx.policy, now);

    for (let attempt = 0; ; attempt++) {
      const id = uuidFrom(ctx.random);
      const number = generateCaseNumber(ctx.random);
      const token = newAccessToken(ctx.random);
      const head = { id, number, projection };
      const text = contractJson(CaseCreatedSchema, {
        // A new case has no attachments yet: the form uploads them with the case's token.
        case: reporterView(head, ctx.policy, now, []),
        accessToken: token,
        trackingUrlFragment: `#case=${id}&token=${token}`,
      });
      const messages = messagesFor(ctx, head, events, account);
      try {
        await ctx.store.createCase({
          id,
          number,
          tokenHash: sha256(token),
          tokenExpiresAt: null,
          accountKey: accountRef,
          events: events.map(toStored),
          projection,
          idempotency: seal({ status: 201, text }),
          outbox: outboxOf(ctx, messages),
        });
      } catch (err) {
        if (err instanceof DuplicateCaseError && attempt < 5) continue;
        throw err;
      }
      dispatch(ctx, messages);
      return { status: 201, text };
    }
  });
}

/** The desk's full case view. */
export async function deskView(
  ctx: ServiceContext,
  head: { id: string; number: string; projection: Projection },
  events: readonly ChainedEvent[],
  now: Date,
) {
  const attachments = await ctx.store.listAttachments(head.id);
  return {
    ...deskCommon(head, ctx.policy, now),
    accountOnRecord: head.projection.accountOnRecord,
    report: reportOf(events),
    attachments: attachments.map(apiAttachment),
    entries: [...events],
  };
}

/** The case's attachments as the reporter's view lists them (metadata only, oldest first). */
export async function reporterAttachments(ctx: ServiceContext, caseId: string): Promise<ApiAttachmentMeta[]> {
  return (await ctx.store.listAttachments(caseId)).map(apiAttachment);
}

/**
 * Revokes the reporter's access token: a hash nobody knows replaces it and it expires now, so it
 * stops opening the case whatever the clocks say (a later close cannot revive it either). Runs
 * once per idempotency key (answers 204).
 */
export async function revokeToken(ctx: ServiceContext, caseId: string, key: string): Promise<Answer> {
  return idempotent(ctx, `revoke:${caseId}`, key, sha256hex('revoke'), async (seal) => {
    await ctx.store.updateToken(caseId, {
      tokenHash: sha256(ctx.random(32)),
      expiresAt: ctx.now(),
    });
    const answer = { status: 204, text: '' };
    await ctx.store.completeIdempotent(seal(answer));
    return answer;
  });
}

/** An attachment's metadata as the contract shows it. */
export function apiAttachment(meta: AttachmentMeta): ApiAttachmentMeta {
  return {
    id: meta.id,
    name: meta.originalName,
    mediaType: meta.mediaType as ApiAttachmentMeta['mediaType'],
    size: meta.size,
    sha256: meta.sha256,
    createdAt: meta.createdAt.toISOString(),
  };
}

/** An actor sending a command. */
export interface CommandActor {
  role: Extract<Role, 'reporter' | 'agent'>;
  id?: string;
}

/**
 * Runs a command: `decide` on the replayed chain, then an append at the version read (retried
 * on a concurrent change). A refusal answers 409 `workflow_refused` and writes nothing.
 */
export async function runCommand(
  ctx: ServiceContext,
  record: CaseRecord,
  body: { type: string; payload?: unknown },
  actor: CommandActor,
  key: string,
  allowed: readonly string[],
): Promise<Answer> {
  const scope = `${actor.role}:${record.id}`;
  return idempotent(ctx, scope, key, requestHashOf(body), async (seal) => {
    await rateLimit(ctx, `commands:${record.id}`, ctx.limits.commandsPerCase);
    const stored = namesAttachments(body.payload) ? await ctx.store.listAttachments(record.id) : [];
    const payload = withAttachmentHashes(body.payload, stored);
    for (let attempt = 0; attempt < 8; attempt++) {
      const events = (await ctx.store.loadEvents(record.id)).map(toChained);
      const current = projectionOf(record);
      const now = ctx.now();
      const command: Command = { type: body.type as Command['type'], payload };
      const decision = decide(
        replay(events),
        command,
        actor.id === undefined ? { role: actor.role } : { role: actor.role, id: actor.id },
        { now, policy: ctx.policy },
      );
      if (!decision.ok) throw new ProblemError('workflow_refused', { refusal: decision.refusal });
      // `submit` is the reporter's only other command, and it is `POST /v1/cases`.
      if (!allowed.includes(body.type))
        throw new ProblemError('workflow_refused', { refusal: { code: 'role_not_allowed' } });
      checkAttachmentIds(stored, body.payload);

      const last = events[events.length - 1];
      const added = chainEvents(last ?? null, decision.events);
      const all = [...events, ...added];
      const projection = project(all, current.priority, current.accountOnRecord, ctx.policy, now);
      const head = { id: record.id, number: record.number, projection };
      const text =
        actor.role === 'reporter'
          ? contractJson(CommandResultSchema, {
              case: reporterView(head, ctx.policy, now, await reporterAttachments(ctx, record.id)),
              entries: forReporter(added),
            })
          : contractJson(deskResultSchema, {
              case: await deskView(ctx, head, all, now),
              entries: added,
            });
      const notifying = added.some((e) => NOTIFYING_EVENTS.has(e.type));
      const account = notifying ? await lookupAccount(ctx, reportOf(events).account) : null;
      const messages = messagesFor(ctx, head, added, account);
      const ended = projection.state === 'closed' || projection.state === 'withdrawn';
      const wasEnded = current.state === 'closed' || current.state === 'withdrawn';
      try {
        await ctx.store.appendEvents(record.id, events.length, added.map(toStored), projection, {
          idempotency: seal({ status: 200, text }),
          outbox: outboxOf(ctx, messages),
          ...(ended && !wasEnded
            ? { tokenExpiresAt: new Date(now.getTime() + TOKEN_TTL_AFTER_CLOSE_MS) }
            : {}),
        });
      } catch (err) {
        if (err instanceof ConcurrencyError) {
          const fresh = await ctx.store.getCase(record.id);
          if (fresh) record = fresh;
          continue;
        }
        throw err;
      }
      dispatch(ctx, messages);
      return { status: 200, text };
    }
    throw new ProblemError('version_conflict');
  });
}

/** The attachment ids a command payload names, if any. */
function attachmentIdsOf(payload: unknown): unknown[] {
  const ids = (payload as { attachmentIds?: unknown } | null | undefined)?.attachmentIds;
  return Array.isArray(ids) ? ids : [];
}

/** Whether the payload names attachments or carries hashes (which only the server may write). */
function namesAttachments(payload: unknown): boolean {
  return attachmentIdsOf(payload).length > 0 || (isObject(payload) && 'attachments' in payload);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The payload with `attachments` set to the stored hash of each attachment it names, replacing
 * whatever a client sent there (dropped when it names none): the event then binds the evidence's
 * bytes into the hash chain, and nobody can bind a hash of their choosing.
 */
function withAttachmentHashes(payload: unknown, stored: readonly AttachmentMeta[]): unknown {
  if (!isObject(payload) || !namesAttachments(payload)) return payload;
  const { attachments: _ignored, ...rest } = payload;
  const byId = new Map(stored.map((a) => [a.id, a.sha256]));
  const bound = attachmentIdsOf(payload).flatMap((id) => {
    const sha256 = byId.get(String(id));
    return sha256 ? [{ id: String(id), sha256 }] : [];
  });
  return bound.length > 0 ? { ...rest, attachments: bound } : rest;
}

/** Attachment ids in a payload must be attachments of this case. */
function checkAttachmentIds(stored: readonly AttachmentMeta[], payload: unknown): void {
  const ids = attachmentIdsOf(payload);
  if (ids.length === 0) return;
  const own = new Set(stored.map((a) => a.id));
  const issues = ids.flatMap((id, i) =>
    own.has(String(id)) ? [] : [{ path: `payload.attachmentIds.${i}`, code: 'invalid' as const }],
  );
  if (issues.length > 0) throw new ProblemError('validation_failed', { issues });
}

/** Stores an uploaded attachment (already sniffed and hashed by the route). */
export async function storeAttachment(
  ctx: ServiceContext,
  caseId: string,
  input: { name: string; mediaType: string; bytes: Uint8Array; role: string },
  key: string,
  requestHash: string,
): Promise<Answer> {
  return idempotent(ctx, `attachment:${caseId}`, key, requestHash, async (seal) => {
    await rateLimit(ctx, `commands:${caseId}`, ctx.limits.commandsPerCase);
    let meta: AttachmentMeta;
    try {
      meta = await ctx.store.putAttachment({
        caseId,
        originalName: input.name,
        mediaType: input.mediaType,
        data: input.bytes,
        uploadedByRole: input.role,
        limits: { maxCount: ctx.config.attachments.maxFiles, maxBytes: ctx.config.attachments.maxCaseBytes },
      });
    } catch (err) {
      if (err instanceof AttachmentLimitError)
        throw new ProblemError('attachment_limit', { detail: err.limit });
      throw err;
    }
    const answer = { status: 201, text: contractJson(AttachmentMetaSchema, apiAttachment(meta)) };
    // putAttachment takes no idempotency record: complete it right after (see the report).
    await ctx.store.completeIdempotent(seal(answer));
    return answer;
  });
}
