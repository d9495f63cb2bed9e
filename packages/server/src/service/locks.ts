/**
 * The self-service lock (`POST /v1/locks`): with proof (the owner's platform session, or a lock
 * link's one-time token) it records the `lock_account` action, queued in the same write, in the
 * named case (the one a lock link's notice was about, or a session's `caseId`) while it is open and
 * on the same account, else in a new case (ADR 0031); without proof it only mails a fresh lock
 * link to the contacts on record, and answers the same whether or not the account exists.
 * @module
 */
import {
  type AccountRef,
  canonicalJson,
  chainEvents,
  decide,
  initialSnapshot,
  type JsonObject,
  LockRecordedSchema,
  replay,
  sha256Hex,
  TERMINAL_MAIN_STATES,
  toJson,
  validateReport,
} from '@recourse/core';
import { actionRows, newActionId, requestEvents } from '../actions/service';
import { sha256hex } from '../crypto';
import { priorityOf, project, reproject, toChained, toStored } from '../domain';
import { contractJson, ProblemError } from '../http';
import type { AccountOnRecord } from '../options';
import { ConcurrencyError } from '../store/errors';
import type { IdempotencyCompletion } from '../store/types';
import { normalizeAccountRef, reportOf, storeNewCase } from './cases';
import type { Answer, ServiceContext } from './context';
import { idempotent, requestHashOf } from './idempotent';
import { cancelPendingRelease } from './lock-release';
import { dispatch, lookupAccount, noticesOf, outboxFor, reachableContacts } from './notifications';
import { countFailure, rateLimit, refuseIfBlocked } from './rate-limits';

/** The answer to a lock request without proof: the same for every account, existing or not. */
export const LINK_REQUESTED_TEXT = JSON.stringify({ status: 'lock_link_requested' });

/**
 * Records a lock: a new case on the account (its report made from the contacts on record) whose
 * chain holds `case_submitted` and `action_requested` (`lock_account`, `origin`), with the lock's
 * outbox row and the notices to every contact on record, in one write.
 */
export async function recordLock(
  ctx: ServiceContext,
  accountRef: AccountRef,
  account: AccountOnRecord,
  origin: 'session' | 'link',
  seal: (answer: Answer) => IdempotencyCompletion,
): Promise<Answer> {
  const contact = account.contacts.find((c) => c.email || c.phone);
  if (!contact)
    throw new ProblemError('validation_failed', { issues: [{ path: 'account', code: 'invalid' }] });
  const now = ctx.now();
  const checked = validateReport(
    {
      account: accountRef,
      contact: {
        ...(contact.email ? { email: contact.email } : { phone: contact.phone }),
        language: contact.language === 'zh-CN' ? 'zh-CN' : 'en',
      },
      discoveredAt: now.toISOString(),
      access: { canSignIn: origin === 'session', passwordReset: 'not_tried' },
      channel: 'web_form',
      consent: true,
    },
    { now: ctx.now },
  );
  if (!checked.ok) throw new ProblemError('validation_failed', { issues: checked.issues.slice(0, 50) });
  const reportJson = toJson(checked.value) as JsonObject;
  const decision = decide(
    initialSnapshot(),
    { type: 'submit', payload: { report: reportJson, reportDigest: sha256Hex(canonicalJson(reportJson)) } },
    { role: 'reporter' },
    { now, policy: ctx.policy },
  );
  if (!decision.ok) throw new Error(`submit refused: ${decision.refusal.code}`);
  const submitted = chainEvents(null, decision.events);
  const lock = { actionId: newActionId(ctx), action: 'lock_account', origin };
  const events = [...submitted, ...requestEvents(submitted, [lock], now, ctx)];
  const projection = project(events, priorityOf(checked.value), true, ctx.policy, now);
  return storeNewCase(ctx, {
    events,
    projection,
    accountKey: normalizeAccountRef(accountRef),
    account,
    seal,
    outbox: (caseId) => actionRows(caseId, events),
  });
}

/**
 * Where a named case stands for a lock on `account`: `open` (on the same account: the lock goes
 * in it), `closed` (same account, closed or withdrawn: a new case), or `foreign` (no such case, or
 * a case on another account; the two are never told apart).
 */
async function namedCase(
  ctx: ServiceContext,
  caseId: string,
  account: AccountOnRecord,
): Promise<'open' | 'closed' | 'foreign'> {
  if (!(await ctx.store.getCase(caseId))) return 'foreign';
  const events = (await ctx.store.loadEvents(caseId)).map(toChained);
  const report = reportOf(events);
  const owner = report?.account ? await lookupAccount(ctx, report.account) : null;
  if (!owner || owner.accountKey !== account.accountKey) return 'foreign';
  return (TERMINAL_MAIN_STATES as readonly string[]).includes(replay(events).main) ? 'closed' : 'open';
}

/**
 * Records a lock in an existing open case: `action_requested` (`lock_account`, `origin`) appended
 * to its chain, with the lock's outbox row and the `account_locked` notice to every contact on
 * record, in one write. Answers `200` with the case's number (never an access token).
 * @returns the answer, or null when the case was closed meanwhile (the caller records a new case)
 */
async function recordLockInCase(
  ctx: ServiceContext,
  caseId: string,
  account: AccountOnRecord,
  origin: 'session' | 'link',
  seal: (answer: Answer) => IdempotencyCompletion,
): Promise<Answer | null> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const record = await ctx.store.getCase(caseId);
    if (!record) return null;
    const events = (await ctx.store.loadEvents(caseId)).map(toChained);
    if ((TERMINAL_MAIN_STATES as readonly string[]).includes(replay(events).main)) return null;
    const now = ctx.now();
    const added = requestEvents(
      events,
      [{ actionId: newActionId(ctx), action: 'lock_account', origin }],
      now,
      ctx,
    );
    const projection = reproject(record, [...events, ...added], ctx.policy, now);
    const head = { id: record.id, number: record.number };
    const messages = noticesOf(ctx, head, 'account_locked', added[0]!.at, account);
    const answer = {
      status: 200,
      text: contractJson(LockRecordedSchema, { status: 'lock_recorded', case: { number: record.number } }),
    };
    try {
      await ctx.store.appendEvents(caseId, events.length, added.map(toStored), projection, {
        idempotency: seal(answer),
        outbox: [...outboxFor(ctx, messages, head, added), ...actionRows(caseId, added)],
      });
    } catch (err) {
      if (err instanceof ConcurrencyError) continue;
      throw err;
    }
    dispatch(ctx, messages);
    return answer;
  }
  throw new ProblemError('version_conflict');
}

/**
 * A lock proven by the platform's session (idempotent per user and key): in a new case, or in
 * `caseId` when it is an open case of the session's own account (a closed one: a new case). A
 * `caseId` of another account answers `404 not_found`, exactly like an unknown one.
 */
export async function lockWithSession(
  ctx: ServiceContext,
  user: { userId: string; contacts: AccountOnRecord['contacts'] },
  key: string,
  caseId?: string,
): Promise<Answer> {
  const ref: AccountRef = { kind: 'user_id', value: user.userId };
  return idempotent(
    ctx,
    `lock:user:${sha256hex(user.userId)}`,
    key,
    requestHashOf(caseId === undefined ? { session: true } : { session: true, caseId }),
    async (seal) => {
      const account = (await lookupAccount(ctx, ref)) ?? { accountKey: user.userId, contacts: user.contacts };
      if (caseId !== undefined) {
        const named = await namedCase(ctx, caseId, account);
        if (named === 'foreign') throw new ProblemError('not_found');
        if (named === 'open') {
          await cancelPendingRelease(ctx, caseId, 'session', account);
          const answer = await recordLockInCase(ctx, caseId, account, 'session', seal);
          if (answer) return answer;
        }
      }
      return recordLock(ctx, ref, account, 'session', seal);
    },
  );
}

/** A lock proven by a lock link's token; a used, expired or unknown token answers 401. */
export async function lockWithToken(
  ctx: ServiceContext,
  token: string,
  key: string,
  ip: string,
): Promise<Answer> {
  const bucket = `lock:token:${ip}`;
  refuseIfBlocked(ctx, bucket);
  const hash = sha256hex(token);
  return idempotent(ctx, 'lock:token', key, requestHashOf({ token: hash }), (seal) =>
    useToken(ctx, hash, bucket, seal),
  );
}

async function useToken(
  ctx: ServiceContext,
  hash: string,
  bucket: string,
  seal: (answer: Answer) => IdempotencyCompletion,
): Promise<Answer> {
  const store = ctx.store.lockTokens;
  const used = store ? await store.use(hash, ctx.now()) : null;
  const account = used ? await lookupAccount(ctx, used.accountRef) : null;
  if (!used || !account) {
    await countFailure(ctx, bucket, ctx.limits.tokenAttempts);
    throw new ProblemError('unauthorized');
  }
  // A link from a notice about a case cancels that case's pending release (the owner said no),
  // and the lock goes in that case while it is open and on the same account.
  if (used.caseId) {
    await cancelPendingRelease(ctx, used.caseId, 'link', account);
    if ((await namedCase(ctx, used.caseId, account)) === 'open') {
      const answer = await recordLockInCase(ctx, used.caseId, account, 'link', seal);
      if (answer) return answer;
    }
  }
  return recordLock(ctx, used.accountRef, account, 'link', seal);
}

/**
 * A lock request without proof: locks nothing. Counts against the IP's limit (429 past it, the
 * same for every account), then against the account's mail bound: while the account (existing or
 * not) is under `lockLinksPerAccount`, an existing account's contacts on record get a fresh lock
 * link; past it, nothing is queued. The answer is the same either way (202).
 */
export async function requestLockLink(
  ctx: ServiceContext,
  accountRef: AccountRef,
  key: string,
  ip: string,
): Promise<Answer> {
  return idempotent(ctx, 'locks', key, requestHashOf({ account: accountRef }), async (seal) => {
    await rateLimit(ctx, `lock:ip:${ip}`, ctx.limits.lockRequestsPerIp);
    const now = ctx.now();
    const bound = await ctx.store.hit(
      `lock:account:${sha256hex(normalizeAccountRef(accountRef))}`,
      ctx.limits.lockLinksPerAccount.windowSeconds,
      ctx.limits.lockLinksPerAccount.limit,
      now,
    );
    const account = await lookupAccount(ctx, accountRef);
    const answer = { status: 202, text: LINK_REQUESTED_TEXT };
    if (account && bound.allowed && ctx.store.lockTokens) {
      // No token yet: the worker mints one per send (ADR 0023); the row keeps the account only.
      const data = { platform: ctx.config.platform.name, lockFor: { accountRef }, at: now.toISOString() };
      const outbox = reachableContacts(account, now).flatMap((c) => [
        ...(c.email
          ? [
              {
                channel: 'email' as const,
                recipient: c.email,
                template: 'lock_link',
                data: c.language ? { ...data, language: c.language } : data,
              },
            ]
          : []),
        ...(c.phone ? [{ channel: 'sms' as const, recipient: c.phone, template: 'lock_link', data }] : []),
      ]);
      await ctx.store.enqueue(outbox);
    }
    await ctx.store.completeIdempotent(seal(answer));
    return answer;
  });
}
