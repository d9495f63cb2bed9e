/**
 * Deciding commands against the table: the only way new events are made.
 * @module
 */
import { COMMAND_PAYLOADS, COMMANDS, type Command, type CommandType } from './commands';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadlines';
import { addDecimals } from './decimal';
import type { Actor, WorkflowEvent } from './events';
import { GUARDS, type GuardContext } from './guards';
import { type JsonObject, toJson } from './json';
import type { AssetTotal, WorkflowSnapshot } from './snapshot';
import type { Role } from './states';
import { type GuardCode, TRANSITIONS, type Transition } from './table';

/** Context of a decision: the injected clock and the deadline policy (default {@link DEFAULT_DEADLINE_POLICY}). */
export interface DecideContext {
  /** The current instant; events are stamped with it. */
  now: Date;
  /** Deadline policy for time-based guards. */
  policy?: DeadlinePolicy;
}

/** Why a command was refused, checked in this order. */
export const REFUSAL_CODES = [
  'unknown_command',
  'role_not_allowed',
  'invalid_state',
  'invalid_payload',
  'guard_failed',
] as const;
/** A refusal code. */
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A payload problem: a path into the payload and a zod issue code. */
export interface PayloadIssue {
  /** Path of the offending value. */
  path: (string | number)[];
  /** zod issue code, e.g. `too_big`, `invalid_type`, `unrecognized_keys`. */
  code: string;
}

/** A refused command. */
export interface Refusal {
  /** Why. */
  code: RefusalCode;
  /** The first guard that failed, for `guard_failed`. */
  guard?: GuardCode;
  /** Payload issues, for `invalid_payload`. */
  issues?: PayloadIssue[];
}

/** The result of {@link decide}: events to append, or a refusal (and no events). */
export type Decision = { ok: true; events: WorkflowEvent[] } | { ok: false; refusal: Refusal };

const isCommand = (type: unknown): type is CommandType =>
  typeof type === 'string' && (COMMANDS as readonly string[]).includes(type);

function inState(row: Transition, snapshot: WorkflowSnapshot): boolean {
  const regionState: string = snapshot[row.region];
  if (!(row.from as readonly string[]).includes(regionState)) return false;
  return row.main === undefined || (row.main as readonly string[]).includes(snapshot.main);
}

function candidates(snapshot: WorkflowSnapshot, type: CommandType, role: Role) {
  const rows = (TRANSITIONS as readonly Transition[]).filter((r) => r.command === type);
  const byRole = rows.filter((r) => r.roles.includes(role));
  return { rows, byRole, byState: byRole.filter((r) => inState(r, snapshot)) };
}

/** Computed fields some commands add to their event's data. */
const ENRICH: Partial<Record<CommandType, (payload: Record<string, unknown>) => Record<string, unknown>>> = {
  file_claim: (p) => ({ totals: totalsByAsset(p.transactions as { asset: string; amount: string }[]) }),
};

function totalsByAsset(transactions: readonly { asset: string; amount: string }[]): AssetTotal[] {
  const byAsset = new Map<string, string[]>();
  for (const tx of transactions) byAsset.set(tx.asset, [...(byAsset.get(tx.asset) ?? []), tx.amount]);
  return [...byAsset.keys()]
    .sort()
    .map((asset) => ({ asset, amount: addDecimals(byAsset.get(asset) ?? []) }));
}

/**
 * Decides a command: checks it against the table (command, role, state, payload, guards, in
 * that order) and returns the events to append, or a refusal with no events. Pure.
 * @param snapshot - the case as it is
 * @param command - `{ type, payload }`
 * @param actor - who sends it
 * @param ctx - injected clock and optional deadline policy
 * @returns `{ ok: true, events }` or `{ ok: false, refusal }`
 */
export function decide(
  snapshot: WorkflowSnapshot,
  command: Command,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  if (!isCommand(command.type)) return { ok: false, refusal: { code: 'unknown_command' } };
  const { byRole, byState } = candidates(snapshot, command.type, actor.role);
  if (byRole.length === 0) return { ok: false, refusal: { code: 'role_not_allowed' } };
  if (byState.length === 0) return { ok: false, refusal: { code: 'invalid_state' } };
  const parsed = COMMAND_PAYLOADS[command.type].safeParse(command.payload ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
      code: i.code,
    }));
    return { ok: false, refusal: { code: 'invalid_payload', issues } };
  }
  const payload = parsed.data as Record<string, unknown>;
  const guardCtx: GuardContext = { now: ctx.now, policy: ctx.policy ?? DEFAULT_DEADLINE_POLICY };
  let failed: GuardCode | undefined;
  for (const row of byState) {
    const failing = (row.guards ?? []).find((g) => !GUARDS[g].test(snapshot, payload, guardCtx));
    if (failing === undefined) {
      const data = toJson({ ...payload, ...ENRICH[command.type]?.(payload) }) as JsonObject;
      const event: WorkflowEvent = {
        type: row.event,
        at: ctx.now.toISOString(),
        actor: actor.id === undefined ? { role: actor.role } : { role: actor.role, id: actor.id },
        visibility: row.visibility,
        data,
      };
      return { ok: true, events: [event] };
    }
    failed ??= failing;
  }
  return { ok: false, refusal: { code: 'guard_failed', guard: failed } };
}

/**
 * The commands a role can send now: exactly those {@link decide} accepts for some valid payload
 * (guards that read the payload count as passable).
 * @param snapshot - the case as it is
 * @param role - who would send them
 * @param ctx - injected clock and optional deadline policy
 * @returns command types in {@link COMMANDS} order
 */
export function allowedCommands(snapshot: WorkflowSnapshot, role: Role, ctx: DecideContext): CommandType[] {
  const guardCtx: GuardContext = { now: ctx.now, policy: ctx.policy ?? DEFAULT_DEADLINE_POLICY };
  return COMMANDS.filter((type) =>
    candidates(snapshot, type, role).byState.some((row) =>
      (row.guards ?? []).every((g) => GUARDS[g].payload || GUARDS[g].test(snapshot, {}, guardCtx)),
    ),
  );
}
