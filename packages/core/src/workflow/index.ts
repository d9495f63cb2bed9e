/**
 * The recovery workflow: one declarative transition table over four orthogonal regions
 * (main process, information requests, loss claim, complaint ladder), pure `decide` /
 * `evolve` / `replay`, reporter-facing status and next steps, deadline clocks and a
 * tamper-evident event chain. Codes only, no display text; the clock is injected.
 * @module
 */
export {
  CHAIN_PROBLEMS,
  type ChainEntry,
  type ChainedEvent,
  type ChainLink,
  type ChainProblem,
  type ChainVerification,
  chainEvents,
  eventDigest,
  GENESIS_HASH,
  linkHash,
  type RedactedEvent,
  redactForReporter,
  sha256Hex,
  verifyChain,
} from './chain';
export {
  ASSET_PATTERN,
  COMMAND_ID_CHARACTERS,
  COMMAND_ID_PATTERN,
  COMMAND_LIMITS,
  isCommandId,
  isPositiveAmount,
} from './command-limits';
export {
  ClaimTransactionSchema,
  COMMAND_PAYLOADS,
  COMMANDS,
  type Command,
  type CommandPayload,
  type CommandType,
} from './commands';
export {
  addDuration,
  complaintAnswerOverdue,
  DEADLINE_CODES,
  DEADLINE_PRESETS,
  DEADLINE_RULES,
  DEFAULT_DEADLINE_POLICY,
  type Deadline,
  type DeadlineCode,
  type DeadlinePolicy,
  type DeadlinePresetId,
  type Duration,
  deadlinesFor,
  type LiabilityTier,
  liabilityTierFor,
  reportWindowEnds,
} from './deadlines';
export {
  allowedCommands,
  type DecideContext,
  type Decision,
  decide,
  type PayloadIssue,
  REFUSAL_CODES,
  type Refusal,
  type RefusalCode,
} from './decide';
export { addDecimals, DECIMAL_PATTERN } from './decimal';
export type { Actor, WorkflowEvent } from './events';
export { GUARDS, type GuardContext, type GuardDefinition } from './guards';
export { canonicalJson, type JsonObject, type JsonValue, toJson } from './json';
export {
  type AssetTotal,
  evolve,
  initialSnapshot,
  MILESTONES,
  type Milestone,
  replay,
  type WorkflowSnapshot,
} from './snapshot';
export * from './states';
export {
  CUSTOMER_STATUS_BY_STATE,
  CUSTOMER_STATUSES,
  type CustomerStatus,
  customerStatus,
  NEXT_STEP_CODES,
  NEXT_STEP_RULES,
  type NextStepCode,
  nextSteps,
} from './status';
export {
  EVENT_EFFECTS,
  EVENT_TYPES,
  type EventEffect,
  type EventType,
  GUARD_CODES,
  type GuardCode,
  TRANSITIONS,
  type Transition,
  type TransitionOf,
} from './table';
