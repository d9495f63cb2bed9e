/**
 * Test fixtures for the workflow (not exported from the package index): a valid sample
 * payload for every command and helpers to walk a case along the happy path.
 * @internal
 * @module
 */
import type { CommandType } from './commands';
import { type DecideContext, decide } from './decide';
import type { Actor, WorkflowEvent } from './events';
import { evolve, initialSnapshot, type WorkflowSnapshot } from './snapshot';
import { CLAIM_DECISIONS, type MainState, type Role } from './states';

const text = 'Text from the case.';

/**
 * A valid payload for a command. `variant` picks among alternatives (verification outcome,
 * claim decision); answers reuse the snapshot's open request id.
 * @internal
 */
export function samplePayload(
  command: CommandType,
  snapshot: WorkflowSnapshot,
  variant = 0,
): Record<string, unknown> {
  switch (command) {
    case 'submit':
      return {
        reportDigest: 'a'.repeat(64),
        report: { account: 'user-1', noticedAt: '2025-01-01T00:00:00Z' },
      };
    case 'rule_out':
      return { reason: 'not_compromised' };
    case 'request_action':
      return { actionId: `act-${variant}`, action: 'lock_account' };
    case 'record_action_success':
      return { actionId: `act-${variant}`, action: 'lock_account', attempt: 1 };
    case 'record_action_failure':
      return { actionId: `act-${variant}`, action: 'lock_account', attempt: 1, reason: 'timeout' };
    case 'request_lock_release':
      return { releaseId: `rel-${variant}`, actionId: `act-${variant}`, coolingOffMs: 3_600_000 };
    case 'cancel_lock_release':
      return { releaseId: `rel-${variant}`, origin: 'link' };
    case 'complete_lock_release':
      return { releaseId: `rel-${variant}` };
    case 'record_cause':
      return { cause: 'phishing' };
    case 'record_verification':
      return { outcome: variant % 3 === 2 ? 'failed' : 'passed', method: 'document_check' };
    case 'confirm_recovery':
      return {
        checklist: {
          notice_received: true,
          profile_ok: true,
          email_phone_ok: true,
          transactions_ok: true,
          login_history_ok: true,
        },
      };
    case 'dispute_recovery':
      return { items: ['transactions_ok'], details: text };
    case 'request_info':
      return { requestId: `req-${variant}`, prompt: 'prompt_code_or_text' };
    case 'answer_request':
      return { requestId: snapshot.openRequestId ?? 'req-0', text, attachmentIds: ['att-1'] };
    case 'send_message':
    case 'add_note':
    case 'file_complaint':
    case 'answer_complaint':
      return { text };
    case 'file_claim':
      return {
        transactions: [
          { txId: 'tx-1', asset: 'BTC', amount: '0.1', at: '2025-01-01T00:00:00Z' },
          { asset: 'BTC', amount: '0.2', at: '2025-01-01T01:00:00Z' },
          { asset: 'USDT', amount: '150.50', at: '2025-01-01T02:00:00+08:00' },
        ],
      };
    case 'decide_claim':
      return { decision: CLAIM_DECISIONS[variant % CLAIM_DECISIONS.length] };
    case 'escalate_complaint':
      return { bodyId: 'cfpb' };
    default:
      return {};
  }
}

/** The happy path to each main state: `[command, role]` steps from an empty case. @internal */
export const PATH_TO: Record<MainState, readonly [CommandType, Role][]> = (() => {
  const submitted: [CommandType, Role][] = [['submit', 'reporter']];
  const inReview = [...submitted, ['start_review', 'agent']] as [CommandType, Role][];
  const confirmed = [...inReview, ['confirm_compromise', 'agent']] as [CommandType, Role][];
  const frozen = [...confirmed, ['freeze', 'agent']] as [CommandType, Role][];
  const investigating = [...frozen, ['start_investigation', 'agent']] as [CommandType, Role][];
  const awaitingVerification = [...investigating, ['request_verification', 'agent']] as [CommandType, Role][];
  const restored = [...awaitingVerification, ['record_verification', 'agent'], ['restore', 'agent']] as [
    CommandType,
    Role,
  ][];
  const awaitingConfirmation = [...restored, ['request_confirmation', 'system']] as [CommandType, Role][];
  return {
    submitted,
    in_review: inReview,
    compromise_confirmed: confirmed,
    ruled_out: [...inReview, ['rule_out', 'agent']],
    frozen,
    investigating,
    awaiting_verification: awaitingVerification,
    restored,
    awaiting_confirmation: awaitingConfirmation,
    closed: [...awaitingConfirmation, ['confirm_recovery', 'reporter'], ['close', 'system']],
    withdrawn: [...submitted, ['withdraw', 'reporter']],
  };
})();

/** A case history built by running commands that must all be accepted. @internal */
export interface Run {
  /** Final snapshot. */
  snapshot: WorkflowSnapshot;
  /** Every event, in order. */
  events: WorkflowEvent[];
  /** The clock after the last step. */
  now: Date;
}

/**
 * Runs steps one hour apart from `start`, throwing on any refusal.
 * @internal
 */
export function run(
  steps: readonly [CommandType, Role, Record<string, unknown>?][],
  start = new Date('2025-01-03T10:00:00Z'),
  from: Run = { snapshot: initialSnapshot(), events: [], now: start },
  policy?: DecideContext['policy'],
): Run {
  let { snapshot, now } = from;
  const events = [...from.events];
  for (const [command, role, payload] of steps) {
    now = new Date(now.getTime() + 3_600_000);
    const actor: Actor = role === 'reporter' ? { role } : { role, id: `${role}-1` };
    const decision = decide(
      snapshot,
      { type: command, payload: payload ?? samplePayload(command, snapshot) },
      actor,
      {
        now,
        policy,
      },
    );
    if (!decision.ok) throw new Error(`${command} by ${role} refused: ${JSON.stringify(decision.refusal)}`);
    for (const event of decision.events) {
      events.push(event);
      snapshot = evolve(snapshot, event);
    }
  }
  return { snapshot, events, now };
}

/**
 * Walks a fresh case to a main state along {@link PATH_TO}.
 * @internal
 */
export function reach(state: MainState, start?: Date): Run {
  return run(PATH_TO[state], start);
}
