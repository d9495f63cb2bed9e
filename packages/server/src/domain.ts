/**
 * The glue between the store and the core workflow: event conversion, the projection the desk
 * queue sorts on, the views the API answers with, and which events notify the account holder.
 * The server never decides a transition: `decide` from @recourse/core does.
 * @module
 */
import {
  AGENT_COMMANDS,
  type AgentCommandType,
  type AttachmentMeta,
  allowedCommands,
  type ChainEntry,
  type ChainedEvent,
  customerStatus,
  type DeadlinePolicy,
  type DeskCaseSummary,
  type DeskContainment,
  type DeskPriority,
  deadlinesFor,
  GENESIS_HASH,
  type JsonObject,
  type MainState,
  nextSteps,
  REPORTER_COMMANDS,
  type Report,
  type ReporterCaseView,
  type ReporterCommandType,
  redactForReporter,
  replay,
  triage,
  type WorkflowSnapshot,
} from '@recourse/core';
import { containmentOf, deskContainmentAt, reporterContainmentAt } from './actions/containment';
import type { CaseEvent, CaseProjection } from './store/types';

/** The projection kept with each case (the store indexes the first four fields). */
export interface Projection extends CaseProjection {
  state: MainState;
  priority: DeskPriority;
  waitingOnReporter: boolean;
  nextDeadline: string | null;
  /** The workflow snapshot after the last event. */
  snapshot: WorkflowSnapshot;
  /** Last seq and hash of the chain. */
  head: { seq: number; hash: string };
  /** The open information request, with the agent's prompt. */
  pendingRequest: { requestId: string; prompt: string } | null;
  /** When the first and the last event happened (the chain's own times). */
  createdAt: string;
  updatedAt: string;
  /** Whether the named account was found at the platform (desk only, never shown to the reporter). */
  accountOnRecord: boolean;
  /** Lock, hold, release and platform actions folded from the chain (absent in projections stored before issue 18). */
  containment?: DeskContainment;
}

/** What the views need of a case. */
export interface CaseHead {
  id: string;
  number: string;
  projection: CaseProjection;
}

/** A stored event as the core's chained event. */
export function toChained(e: CaseEvent): ChainedEvent {
  return {
    type: e.type as ChainedEvent['type'],
    at: e.at,
    actor:
      e.actorId === null
        ? { role: e.actorRole as ChainedEvent['actor']['role'] }
        : { role: e.actorRole as ChainedEvent['actor']['role'], id: e.actorId },
    visibility: e.visibility,
    data: e.data as JsonObject,
    seq: e.seq,
    digest: e.digest,
    prev: e.prev ?? GENESIS_HASH,
    hash: e.hash,
  };
}

/** A core chained event as the store keeps it. */
export function toStored(e: ChainedEvent): CaseEvent {
  return {
    seq: e.seq,
    type: e.type,
    at: e.at,
    actorRole: e.actor.role,
    actorId: e.actor.id ?? null,
    visibility: e.visibility,
    data: e.data,
    digest: e.digest,
    prev: e.prev,
    hash: e.hash,
  };
}

/** The desk priority of a report: the triage urgency (money moved → critical...). */
export function priorityOf(report: Report): DeskPriority {
  return triage({
    canSignIn: report.access.canSignIn,
    passwordReset: report.access.passwordReset,
    moneyMoved: report.activities.some((a) => a.kind === 'transfer'),
    profileChanged: report.activities.some((a) => a.kind === 'profile_change'),
  }).urgency;
}

/** Builds the projection from the whole chain. */
export function project(
  events: readonly ChainedEvent[],
  priority: DeskPriority,
  accountOnRecord: boolean,
  policy: DeadlinePolicy,
  now: Date,
): Projection {
  const snapshot = replay(events);
  const last = events[events.length - 1];
  let pendingRequest: Projection['pendingRequest'] = null;
  if (snapshot.openRequestId !== null) {
    const asked = [...events]
      .reverse()
      .find((e) => e.type === 'info_requested' && e.data.requestId === snapshot.openRequestId);
    pendingRequest = {
      requestId: snapshot.openRequestId,
      prompt: typeof asked?.data.prompt === 'string' ? asked.data.prompt : '',
    };
  }
  const running = deadlinesFor(snapshot, policy, now)
    .filter((d) => d.metAt === null && d.party === 'platform')
    .map((d) => d.due)
    .sort();
  return {
    state: snapshot.main as MainState,
    priority,
    waitingOnReporter: snapshot.info === 'requested',
    nextDeadline: running[0] ?? null,
    snapshot,
    head: { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH },
    pendingRequest,
    createdAt: events[0]?.at ?? now.toISOString(),
    updatedAt: last?.at ?? now.toISOString(),
    accountOnRecord,
    containment: containmentOf(events),
  };
}

/** The projection of a stored case. */
export function projectionOf(record: CaseHead): Projection {
  return record.projection as Projection;
}

/**
 * The projection of a stored case after new events: the whole chain replayed, keeping the desk
 * priority and whether the account is on record from the stored projection.
 */
export function reproject(
  record: CaseHead,
  events: readonly ChainedEvent[],
  policy: DeadlinePolicy,
  now: Date,
): Projection {
  const { priority, accountOnRecord } = projectionOf(record);
  return project(events, priority, accountOnRecord, policy, now);
}

function common(record: CaseHead, policy: DeadlinePolicy, now: Date) {
  const p = projectionOf(record);
  const s = p.snapshot;
  return {
    id: record.id,
    number: record.number,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    status: customerStatus(s) ?? 'submitted',
    state: p.state,
    info: s.info,
    claim: s.claim,
    complaint: s.complaint,
    pendingRequest: p.pendingRequest,
    deadlines: deadlinesFor(s, policy, now),
    head: p.head,
  };
}

/**
 * The case as its reporter sees it.
 * @param attachments - every attachment of the case (metadata), oldest first
 */
export function reporterView(
  record: CaseHead,
  policy: DeadlinePolicy,
  now: Date,
  attachments: readonly AttachmentMeta[],
): ReporterCaseView {
  const p = projectionOf(record);
  const s = p.snapshot;
  const ctx = { now, policy };
  return {
    ...common(record, policy, now),
    nextSteps: nextSteps(s, 'reporter', ctx),
    allowedCommands: allowedCommands(s, 'reporter', ctx).filter((c): c is ReporterCommandType =>
      (REPORTER_COMMANDS as readonly string[]).includes(c),
    ),
    attachments: [...attachments],
    ...(p.containment ? { containment: reporterContainmentAt(p.containment, now) } : {}),
  } as ReporterCaseView;
}

/** One row of the desk queue. */
export function deskSummary(record: CaseHead): DeskCaseSummary {
  const p = projectionOf(record);
  const s = p.snapshot;
  return {
    id: record.id,
    number: record.number,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    status: customerStatus(s) ?? 'submitted',
    state: p.state,
    info: s.info,
    claim: s.claim,
    complaint: s.complaint,
    priority: p.priority,
    waitingOnReporter: p.waitingOnReporter,
    nextDeadline: p.nextDeadline,
  } as DeskCaseSummary;
}

/** The desk's fields of a case besides report, attachments and entries. */
export function deskCommon(record: CaseHead, policy: DeadlinePolicy, now: Date) {
  const s = projectionOf(record).snapshot;
  const ctx = { now, policy };
  return {
    ...deskSummary(record),
    pendingRequest: projectionOf(record).pendingRequest,
    nextSteps: nextSteps(s, 'agent', ctx),
    deadlines: deadlinesFor(s, policy, now),
    head: projectionOf(record).head,
    allowedCommands: allowedCommands(s, 'agent', ctx).filter((c): c is AgentCommandType =>
      (AGENT_COMMANDS as readonly string[]).includes(c),
    ),
    ...(projectionOf(record).containment
      ? { containment: deskContainmentAt(projectionOf(record).containment!, now) }
      : {}),
  };
}

/** Entries as the reporter receives them: internal events redacted. */
export function forReporter(events: readonly ChainedEvent[]): ChainEntry[] {
  return redactForReporter(events);
}

/**
 * Events that notify every contact on record of the account (NIST SP 800-63B-4: every recovery
 * step is announced on all addresses on record, with how to dispute it).
 */
export const NOTIFYING_EVENTS: ReadonlySet<string> = new Set([
  'case_submitted',
  'compromise_confirmed',
  'case_ruled_out',
  'case_reopened',
  'account_frozen',
  'verification_requested',
  'verification_recorded',
  'account_restored',
  'confirmation_requested',
  'recovery_confirmed',
  'recovery_disputed',
  'case_closed',
  'case_withdrawn',
  'lock_release_requested',
  'lock_release_cancelled',
  'lock_released',
]);
