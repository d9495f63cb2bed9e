/**
 * Commands on a case: `decide` on the replayed chain, then an append at the version read; the
 * attachments a command names are bound into the chain by their stored hashes.
 * @module
 */
import {
  type Command,
  CommandResultSchema,
  chainEvents,
  createDeskCommandResultSchema,
  decide,
  type Role,
  replay,
} from '@recourse/core';
import { actionRows, actionsStartedBy, requestEvents } from '../actions/service';
import {
  forReporter,
  NOTIFYING_EVENTS,
  projectionOf,
  reporterView,
  reproject,
  toChained,
  toStored,
} from '../domain';
import { contractJson, ProblemError } from '../http';
import { ConcurrencyError } from '../store/errors';
import type { AttachmentMeta, CaseRecord } from '../store/types';
import { deskView, reporterAttachments, reportOf, TOKEN_TTL_AFTER_CLOSE_MS } from './cases';
import type { Answer, ServiceContext } from './context';
import { idempotent, requestHashOf } from './idempotent';
import { dispatch, lookupAccount, messagesFor, outboxFor } from './notifications';
import { rateLimit } from './rate-limits';

/** Answers are parsed without "not in the future" checks of the stored report. */
const LENIENT = { now: () => new Date(8_640_000_000_000_000) };
const deskResultSchema = createDeskCommandResultSchema(LENIENT);

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
      const decided = chainEvents(last ?? null, decision.events);
      // freeze locks the account, restore unlocks it and holds risky actions: in the same write
      const added = [
        ...decided,
        ...requestEvents([...events, ...decided], actionsStartedBy(ctx, decided), now, ctx),
      ];
      const all = [...events, ...added];
      const projection = reproject(record, all, ctx.policy, now);
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
          outbox: [...outboxFor(ctx, messages, head, added), ...actionRows(record.id, added)],
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
