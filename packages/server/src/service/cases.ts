/**
 * A case's life outside commands: filing the report, the views of it (reporter's attachments,
 * the desk's full view), and revoking the reporter's token.
 * @module
 */
import {
  type AccountRef,
  type AttachmentMeta as ApiAttachmentMeta,
  CaseCreatedSchema,
  type ChainedEvent,
  canonicalJson,
  chainEvents,
  decide,
  initialSnapshot,
  type JsonObject,
  type Report,
  sha256Hex,
  toJson,
  validateReport,
} from '@recourse/core';
import { newAccessToken, sha256, sha256hex } from '../crypto';
import { deskCommon, type Projection, priorityOf, project, reporterView, toStored } from '../domain';
import { contractJson, ProblemError } from '../http';
import type { AccountOnRecord } from '../options';
import { generateCaseNumber } from '../store/case-number';
import { DuplicateCaseError } from '../store/errors';
import type { IdempotencyCompletion, OutboxMessage } from '../store/types';
import { apiAttachment } from './attachments';
import type { Answer, ServiceContext } from './context';
import { idempotent, requestHashOf } from './idempotent';
import { dispatch, lookupAccount, messagesFor, outboxFor } from './notifications';
import { rateLimit } from './rate-limits';

const DAY_MS = 86_400_000;
/** The access token stops working this long after the case is closed or withdrawn. */
export const TOKEN_TTL_AFTER_CLOSE_MS = 30 * DAY_MS;

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

    return storeNewCase(ctx, { events, projection, accountKey: accountRef, account, seal });
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

/** What {@link storeNewCase} writes. */
export interface NewCase {
  events: ChainedEvent[];
  projection: Projection;
  /** The account's normalized reference (`kind:value`), or null. */
  accountKey: string | null;
  /** The account on record (its contacts are told), or null. */
  account: AccountOnRecord | null;
  seal: (answer: Answer) => IdempotencyCompletion;
  /** Outbox rows besides the notices, for the new case's id (a lock's action rows). */
  outbox?: (caseId: string) => OutboxMessage[];
}

/**
 * Writes a new case: a fresh id, number and access token (retried on the rare duplicate), its
 * chain, projection, sealed answer, notices and `outbox` rows in one write; then dispatches the
 * notices. The answer is the contract's `CaseCreated`. Shared by a report and a self-service lock.
 */
export async function storeNewCase(ctx: ServiceContext, c: NewCase): Promise<Answer> {
  const now = ctx.now();
  for (let attempt = 0; ; attempt++) {
    const id = uuidFrom(ctx.random);
    const number = generateCaseNumber(ctx.random);
    const token = newAccessToken(ctx.random);
    const head = { id, number, projection: c.projection };
    const text = contractJson(CaseCreatedSchema, {
      // A new case has no attachments yet: the form uploads them with the case's token.
      case: reporterView(head, ctx.policy, now, []),
      accessToken: token,
      trackingUrlFragment: `#case=${id}&token=${token}`,
    });
    const messages = messagesFor(ctx, head, c.events, c.account);
    try {
      await ctx.store.createCase({
        id,
        number,
        tokenHash: sha256(token),
        tokenExpiresAt: null,
        accountKey: c.accountKey,
        events: c.events.map(toStored),
        projection: c.projection,
        idempotency: c.seal({ status: 201, text }),
        outbox: [...outboxFor(ctx, messages, head, c.events), ...(c.outbox?.(id) ?? [])],
      });
    } catch (err) {
      if (err instanceof DuplicateCaseError && attempt < 5) continue;
      throw err;
    }
    dispatch(ctx, messages);
    return { status: 201, text };
  }
}
