/**
 * Commands of the recovery workflow and the zod/mini schema of each command's payload.
 * Payload objects are strict: unknown keys (status, assignee, amounts the caller may not set)
 * are rejected, never silently dropped.
 * @module
 */
import * as z from 'zod/mini';
import { lazyRecord, once } from '../internal/lazy';
import { ASSET_PATTERN, COMMAND_ID_PATTERN, COMMAND_LIMITS, isPositiveAmount } from './command-limits';
import { DECIMAL_PATTERN } from './decimal';
import {
  ACTION_FAILURE_REASONS,
  CAUSES,
  CLAIM_DECISIONS,
  PLATFORM_ACTIONS,
  RECOVERY_CHECKLIST,
  RULE_OUT_REASONS,
} from './states';

/** Every command the workflow accepts, grouped by region. */
export const COMMANDS = [
  'submit',
  'start_review',
  'confirm_compromise',
  'rule_out',
  'reopen',
  'freeze',
  'start_investigation',
  'record_cause',
  'request_verification',
  'record_verification',
  'restore',
  'request_confirmation',
  'confirm_recovery',
  'dispute_recovery',
  'close',
  'withdraw',
  'request_info',
  'answer_request',
  'send_message',
  'add_note',
  'file_claim',
  'review_claim',
  'decide_claim',
  'file_complaint',
  'answer_complaint',
  'escalate_complaint',
  'resolve_complaint',
  'request_action',
  'record_action_success',
  'record_action_failure',
  'request_lock_release',
  'cancel_lock_release',
  'complete_lock_release',
] as const;
/** A command type. */
export type CommandType = (typeof COMMANDS)[number];

const idSchema = () =>
  z.string().check(z.minLength(1), z.maxLength(COMMAND_LIMITS.idMax), z.regex(COMMAND_ID_PATTERN));

const claimTransaction = () =>
  z.strictObject({
    txId: z.optional(idSchema()),
    asset: z.string().check(z.regex(ASSET_PATTERN)),
    amount: z.string().check(
      z.regex(DECIMAL_PATTERN),
      z.refine((v) => isPositiveAmount(v), { message: 'amount_not_positive' }),
    ),
    at: z.iso.datetime({ offset: true }),
  });

/**
 * One transaction of a loss claim. `amount` is a positive decimal string, never a float. (Built
 * where it is imported; the command payloads build their own copy at their first use, so a page
 * that sends no claim does not pay for it.)
 */
export const ClaimTransactionSchema = /* @__PURE__ */ claimTransaction();

/**
 * Builds every payload schema. Building them costs more than most callers' first parse (a
 * browser tracker that only reads its case never needs them), so it happens at the first read
 * of {@link COMMAND_PAYLOADS}, once.
 */
function buildPayloads() {
  const id = idSchema();
  const transaction = claimTransaction();
  const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
  const attachmentIds = z.optional(z.array(id).check(z.maxLength(COMMAND_LIMITS.attachmentsMax)));
  /**
   * The hash of each attachment a command names, as the server stored it: written by the server
   * into the event (whatever a client sent in this field), so the timeline's hash chain covers the
   * evidence's bytes, not only its ids.
   */
  const attachmentHashes = z.optional(
    z
      .array(z.strictObject({ id, sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }))
      .check(z.maxLength(COMMAND_LIMITS.attachmentsMax)),
  );
  const empty = z.strictObject({});

  /** The checklist a reporter ticks to confirm recovery: every item must be `true`. */
  const checklist = z.strictObject(
    Object.fromEntries(RECOVERY_CHECKLIST.map((item) => [item, z.literal(true)])) as {
      [K in (typeof RECOVERY_CHECKLIST)[number]]: z.ZodMiniLiteral<true>;
    },
  );

  return {
    submit: z.strictObject({
      reportDigest: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
      report: z.optional(z.json()),
    }),
    start_review: empty,
    confirm_compromise: empty,
    rule_out: z.strictObject({ reason: z.enum(RULE_OUT_REASONS) }),
    reopen: empty,
    freeze: empty,
    start_investigation: empty,
    record_cause: z.strictObject({ cause: z.enum(CAUSES) }),
    request_verification: z.strictObject({ method: z.optional(id) }),
    record_verification: z.strictObject({ outcome: z.enum(['passed', 'failed']), method: z.optional(id) }),
    restore: empty,
    request_confirmation: empty,
    confirm_recovery: z.strictObject({ checklist }),
    dispute_recovery: z.strictObject({
      items: z
        .array(z.enum(RECOVERY_CHECKLIST))
        .check(z.minLength(1), z.maxLength(RECOVERY_CHECKLIST.length)),
      details: text(COMMAND_LIMITS.textMax),
    }),
    close: z.strictObject({ resolution: z.optional(id) }),
    withdraw: z.strictObject({ reason: z.optional(id) }),
    request_info: z.strictObject({ requestId: id, prompt: text(COMMAND_LIMITS.promptMax) }),
    answer_request: z.strictObject({
      requestId: id,
      text: text(COMMAND_LIMITS.textMax),
      attachmentIds,
      attachments: attachmentHashes,
    }),
    send_message: z.strictObject({
      text: text(COMMAND_LIMITS.textMax),
      attachmentIds,
      attachments: attachmentHashes,
    }),
    add_note: z.strictObject({ text: text(COMMAND_LIMITS.textMax) }),
    file_claim: z.strictObject({
      transactions: z.array(transaction).check(z.minLength(1), z.maxLength(COMMAND_LIMITS.transactionsMax)),
    }),
    review_claim: empty,
    decide_claim: z.strictObject({
      decision: z.enum(CLAIM_DECISIONS),
      reason: z.optional(id),
      approved: z.optional(
        z.array(
          z.strictObject({
            asset: transaction.shape.asset,
            amount: transaction.shape.amount,
          }),
        ),
      ),
    }),
    file_complaint: z.strictObject({
      text: text(COMMAND_LIMITS.textMax),
      attachmentIds,
      attachments: attachmentHashes,
    }),
    answer_complaint: z.strictObject({ text: text(COMMAND_LIMITS.textMax) }),
    escalate_complaint: z.strictObject({ bodyId: id, reference: z.optional(id) }),
    resolve_complaint: z.strictObject({ outcome: z.optional(id) }),
    /** A platform action queued: `actionId` is passed to the hook on every attempt (idempotency). */
    request_action: z.strictObject({
      actionId: id,
      action: z.enum(PLATFORM_ACTIONS),
      credentialId: z.optional(id),
      /** What started it: a desk command (default), the owner's platform session, or a lock link. */
      origin: z.optional(z.enum(['desk', 'session', 'link', 'release'])),
      holdMs: z.optional(z.int().check(z.minimum(1), z.maximum(90 * 86_400_000))),
    }),
    record_action_success: z.strictObject({
      actionId: id,
      action: z.enum(PLATFORM_ACTIONS),
      attempt: z.int().check(z.minimum(1)),
    }),
    record_action_failure: z.strictObject({
      actionId: id,
      action: z.enum(PLATFORM_ACTIONS),
      attempt: z.int().check(z.minimum(1)),
      reason: z.enum(ACTION_FAILURE_REASONS),
    }),
    /**
     * The owner (the case's reporter) asked to lift the lock: it lifts `coolingOffMs` after the
     * event unless a lock link or a session lock cancels it; `actionId` is the unlock it will run.
     */
    request_lock_release: z.strictObject({
      releaseId: id,
      actionId: id,
      coolingOffMs: z.int().check(z.minimum(0), z.maximum(90 * 86_400_000)),
    }),
    /** A pending release cancelled by a new proven lock (a lock link or the owner's session). */
    cancel_lock_release: z.strictObject({
      releaseId: id,
      origin: z.enum(['session', 'link']),
    }),
    /** The release's unlock succeeded: the lock is lifted. */
    complete_lock_release: z.strictObject({ releaseId: id }),
  } as const satisfies Record<CommandType, z.ZodMiniType>;
}

type Payloads = ReturnType<typeof buildPayloads>;
const payloads = once(buildPayloads);

/**
 * Payload schema of every command. The report itself is validated elsewhere (schemas) and
 * travels here as opaque JSON. The schemas are built at the first read of any of them.
 */
export const COMMAND_PAYLOADS: Payloads = lazyRecord<Payloads>(COMMANDS, (type) => payloads()[type]);

/** The validated payload of a command. */
export type CommandPayload<C extends CommandType = CommandType> = z.output<(typeof COMMAND_PAYLOADS)[C]>;

/** A command as a caller sends it: the payload is validated by `decide`. */
export interface Command<C extends CommandType = CommandType> {
  /** Which command. */
  type: C;
  /** Unvalidated payload; see {@link COMMAND_PAYLOADS}. */
  payload?: unknown;
}
