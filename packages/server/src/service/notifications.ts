/**
 * Who hears of a case's events: the contacts ON RECORD of the account it names (never a
 * report's contacts), through the outbox in the domain write or the platform's `notify` hook
 * after commit.
 * @module
 */
import type { AccountRef, ChainedEvent } from '@recourse/core';
import { NOTIFYING_EVENTS } from '../domain';
import type { AccountOnRecord, Notification } from '../options';
import { StoreUnavailableError } from '../store/errors';
import type { OutboxMessage } from '../store/types';
import { webhookRowsFor } from '../webhooks/events';
import type { ServiceContext } from './context';

/** The platform's record of the account a report names (null without the hook or the account). */
export async function lookupAccount(
  ctx: ServiceContext,
  account: AccountRef,
): Promise<AccountOnRecord | null> {
  if (!ctx.hooks.lookupAccount) return null;
  try {
    return await ctx.hooks.lookupAccount(account);
  } catch (err) {
    ctx.logger.error({ msg: 'lookup_account_failed', error: (err as Error)?.name ?? 'Error' });
    throw new StoreUnavailableError('account lookup failed', 5);
  }
}

/** Replaced addresses keep getting notices this long after the change. */
export const REPLACED_CONTACT_MS = 30 * 86_400_000;

/** The contacts on record a notice goes to: every current one, and those replaced in the last 30 days. */
export function reachableContacts(account: AccountOnRecord, now: Date): AccountOnRecord['contacts'] {
  return account.contacts.filter((c) => {
    if (!c.replacedAt) return true;
    const at = Date.parse(c.replacedAt);
    return Number.isNaN(at) || now.getTime() - at <= REPLACED_CONTACT_MS;
  });
}

/** Notifications of `events` to the contacts on record of the account (never the report's contacts). */
export function messagesFor(
  ctx: ServiceContext,
  record: { id: string; number: string },
  events: readonly ChainedEvent[],
  account: AccountOnRecord | null,
): Notification[] {
  if (!account) return [];
  return events
    .filter((event) => NOTIFYING_EVENTS.has(event.type))
    .flatMap((event) => noticesOf(ctx, record, event.type, event.at, account));
}

/**
 * The `account_case_event` notices of one thing that happened on a case (`event`: a notifying
 * event's type, or `account_locked` for a lock recorded in an existing case), one per contact on
 * record reachable at `at`.
 */
export function noticesOf(
  ctx: ServiceContext,
  record: { id: string; number: string },
  event: string,
  at: string,
  account: AccountOnRecord,
): Notification[] {
  const out: Notification[] = [];
  const data: Record<string, unknown> = {
    event,
    caseNumber: record.number,
    platform: ctx.config.platform.name,
    at,
  };
  // The lock link is minted when the worker sends the notice: the row keeps only the case.
  if (ctx.lockLinks) data.lockFor = { caseId: record.id };
  for (const contact of reachableContacts(account, new Date(at))) {
    if (contact.email)
      out.push({
        caseId: record.id,
        channel: 'email',
        recipient: contact.email,
        template: 'account_case_event',
        data: contact.language ? { ...data, language: contact.language } : data,
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
  return out;
}

/** Outbox rows for the domain write, or none when the platform's `notify` hook sends them. */
export function outboxOf(ctx: ServiceContext, messages: Notification[]): OutboxMessage[] {
  if (ctx.hooks.notify) return [];
  return messages.map(({ caseId: _caseId, ...m }) => m);
}

/**
 * Every outbox row of a domain write: the notifications (unless the `notify` hook sends them)
 * and one webhook per chain event and subscribed endpoint, so the rows commit or roll back with
 * the events they announce.
 */
export function outboxFor(
  ctx: ServiceContext,
  messages: Notification[],
  record: { id: string; number: string },
  events: readonly ChainedEvent[],
): OutboxMessage[] {
  return [...outboxOf(ctx, messages), ...webhookRowsFor(ctx.webhooks, record, events)];
}

/** After commit: hands messages to the platform's hook, without waiting. */
export function dispatch(ctx: ServiceContext, messages: Notification[]): void {
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
