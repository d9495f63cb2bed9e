/**
 * The reporter's side of the contract: filing a case, the case view, its event chain,
 * commands and attachments.
 * @module
 */
import * as z from 'zod/mini';
import { ALLOWED_MEDIA_TYPES, LIMITS } from '../schemas/limits';
import type { SchemaOptions } from '../schemas/primitives';
import { createReportSchema } from '../schemas/report';
import { COMMAND_ID_PATTERN, COMMAND_LIMITS } from '../workflow/command-limits';
import {
  type ChainEntry,
  type ChainedEvent,
  CLAIM_STATES,
  COMMAND_PAYLOADS,
  COMMANDS,
  COMPLAINT_STATES,
  type CommandPayload,
  type CommandType,
  CUSTOMER_STATUSES,
  DEADLINE_CODES,
  type Deadline,
  EVENT_TYPES,
  INFO_STATES,
  MAIN_STATES,
  NEXT_STEP_CODES,
  type RedactedEvent,
  ROLES,
  type Role,
  TRANSITIONS,
  VISIBILITIES,
} from '../workflow/index';
import { ContainmentSchema } from './containment';
import {
  CountSchema,
  InstantSchema,
  label,
  RESOURCE_ID_PATTERN,
  ResourceIdSchema,
  Sha256HexSchema,
} from './primitives';

/**
 * Commands a reporter may send through `POST /v1/cases/{id}/commands`: every command the
 * transition table allows the `reporter` role, except `submit` (that is `POST /v1/cases`).
 */
export const REPORTER_COMMANDS = [
  'confirm_recovery',
  'dispute_recovery',
  'withdraw',
  'answer_request',
  'send_message',
  'file_claim',
  'file_complaint',
  'escalate_complaint',
  'resolve_complaint',
] as const satisfies readonly CommandType[];
/** A command a reporter may send. */
export type ReporterCommandType = (typeof REPORTER_COMMANDS)[number];

/** Commands an agent may send through `POST /v1/desk/cases/{id}/commands`: those the table allows the `agent` role. */
export const AGENT_COMMANDS = [
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
  'close',
  'request_info',
  'send_message',
  'add_note',
  'review_claim',
  'decide_claim',
  'answer_complaint',
  'resolve_complaint',
] as const satisfies readonly CommandType[];
/** A command an agent may send. */
export type AgentCommandType = (typeof AGENT_COMMANDS)[number];

/**
 * The commands the transition table allows a role, in {@link COMMANDS} order (the source the
 * const lists above are tested against).
 */
export function commandsForRole(role: Role): CommandType[] {
  return COMMANDS.filter((type) =>
    TRANSITIONS.some((row) => row.command === type && (row.roles as readonly Role[]).includes(role)),
  );
}

/** A typed command: `type` and the payload its schema accepts. */
export type TypedCommand<C extends CommandType> = { [K in C]: { type: K; payload: CommandPayload<K> } }[C];
/** A command a reporter sends. */
export type ReporterCommand = TypedCommand<ReporterCommandType>;
/** A command an agent sends. */
export type AgentCommand = TypedCommand<AgentCommandType>;

/** Builds the request schema for a list of commands: `{ type, payload }`, payload checked by {@link COMMAND_PAYLOADS}. */
function commandRequestSchema<C extends CommandType>(types: readonly C[]): z.ZodMiniType<TypedCommand<C>> {
  const options = types.map((type) =>
    z.strictObject({ type: z.literal(type), payload: COMMAND_PAYLOADS[type] }),
  );
  return z.discriminatedUnion('type', options as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]]) as never;
}

// Built at the first parse (`z.lazy`): most importers (a tracker reading its case) never send
// most commands, and building every payload schema would cost them at import.
/** Body of `POST /v1/cases/{id}/commands`. Commands outside {@link REPORTER_COMMANDS} are refused. */
export const ReporterCommandSchema: z.ZodMiniType<ReporterCommand> = z.lazy(() =>
  commandRequestSchema(REPORTER_COMMANDS),
);
/** Body of `POST /v1/desk/cases/{id}/commands`. */
export const AgentCommandSchema: z.ZodMiniType<AgentCommand> = z.lazy(() =>
  commandRequestSchema(AGENT_COMMANDS),
);

const JsonObjectSchema = z.record(z.string(), z.json());
const chainLink = {
  seq: z.int().check(z.minimum(1)),
  digest: Sha256HexSchema,
  prev: Sha256HexSchema,
  hash: Sha256HexSchema,
};

/** Schema of a redacted (internal) event as the reporter sees it. */
export const RedactedEventSchema: z.ZodMiniType<RedactedEvent> = z.strictObject({
  ...chainLink,
  redacted: z.literal(true),
});

function chainedEventSchema(visibility: z.ZodMiniType<'public' | 'internal'>): z.ZodMiniType<ChainedEvent> {
  return z.object({
    type: z.enum(EVENT_TYPES),
    at: InstantSchema,
    actor: z.object({ role: z.enum(ROLES), id: z.optional(z.string().check(z.maxLength(200))) }),
    visibility,
    data: JsonObjectSchema,
    ...chainLink,
  }) as never;
}

/** Schema of a full chained event (the desk's view). */
export const ChainedEventSchema = chainedEventSchema(z.enum(VISIBILITIES));

/**
 * Schema of a chain entry as the reporter receives it: a public event, or the redacted stub of
 * an internal one. An unredacted internal event is refused.
 */
export const ReporterChainEntrySchema: z.ZodMiniType<ChainEntry> = z.union([
  RedactedEventSchema,
  chainedEventSchema(z.literal('public')),
]);

/** The head of a case's chain: its last sequence number and hash (`0` and the genesis hash when empty). */
export const ChainHeadSchema = z.object({ seq: CountSchema, hash: Sha256HexSchema });
/** The head of a chain. */
export type ChainHead = z.output<typeof ChainHeadSchema>;

/** Schema of a running or finished clock. */
export const DeadlineSchema: z.ZodMiniType<Deadline> = z.object({
  code: z.enum(DEADLINE_CODES),
  due: InstantSchema,
  metAt: z.nullable(InstantSchema),
  overdue: z.boolean(),
  party: z.enum(['platform', 'reporter']),
});

/** The open information request: its id and the agent's prompt. */
export const PendingRequestSchema = z.nullable(
  z.object({
    requestId: z.string().check(z.regex(COMMAND_ID_PATTERN)),
    prompt: z.string().check(z.maxLength(COMMAND_LIMITS.promptMax)),
  }),
);

/** Fields every case view shares. */
const caseShape = {
  id: ResourceIdSchema,
  number: label(64),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  status: z.enum(CUSTOMER_STATUSES),
  state: z.enum(MAIN_STATES),
  info: z.enum(INFO_STATES),
  claim: z.enum(CLAIM_STATES),
  complaint: z.enum(COMPLAINT_STATES),
  pendingRequest: PendingRequestSchema,
  nextSteps: z.array(z.enum(NEXT_STEP_CODES)),
  deadlines: z.array(DeadlineSchema),
  head: ChainHeadSchema,
};

/** Metadata of a stored attachment (answer of an upload, 201). */
export const AttachmentMetaSchema = z.object({
  id: z.string().check(z.regex(RESOURCE_ID_PATTERN)),
  name: label(LIMITS.fileNameMax),
  mediaType: z.enum(ALLOWED_MEDIA_TYPES),
  size: z.int().check(z.minimum(1), z.maximum(LIMITS.fileSizeMax)),
  sha256: Sha256HexSchema,
  createdAt: InstantSchema,
});
/** Metadata of a stored attachment. */
export type AttachmentMeta = z.output<typeof AttachmentMetaSchema>;

/** The case as its reporter sees it (`GET /v1/cases/{id}`). */
export const ReporterCaseViewSchema = z.object({
  ...caseShape,
  /** The commands the reporter can send now. */
  allowedCommands: z.array(z.enum(REPORTER_COMMANDS)),
  /** Every attachment of the case (metadata only, oldest first): the evidence list of the case file. */
  attachments: z.array(AttachmentMetaSchema),
  /** The account's lock, recovery hold, the owner's release and the platform actions (servers before issue 18 leave it out). */
  containment: z.optional(ContainmentSchema),
});
/** The case as its reporter sees it. */
export type ReporterCaseView = z.output<typeof ReporterCaseViewSchema>;

/** The reporter's access token: at least 128 bits, base64url. */
export const AccessTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,256}$/));

/** Answer of `POST /v1/cases` (201). The token is shown once: keep it in the URL fragment only. */
export const CaseCreatedSchema = z.object({
  case: ReporterCaseViewSchema,
  accessToken: AccessTokenSchema,
  /** A URL fragment (`#...`) carrying the case id and token for the tracking page. */
  trackingUrlFragment: z.optional(z.string().check(z.regex(/^#[A-Za-z0-9_.~!$&'()*+,;=:@/?%-]{1,2047}$/))),
});
/** Answer of `POST /v1/cases`. */
export type CaseCreated = z.output<typeof CaseCreatedSchema>;

/**
 * Body of `POST /v1/cases`: the report, checked with the schemas module's rules.
 * @param options - the clock used for "not in the future" checks
 */
export function createCaseRequestSchema(options: SchemaOptions = {}) {
  return createReportSchema(options);
}

/** Query of `GET /v1/cases/{id}/events`: entries after sequence number `after` (default 0). */
export const EventsQuerySchema = z.object({
  after: z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,15}$/)),
      z.transform((s: string) => Number(s)),
    ),
  ),
});

/** Answer of `GET /v1/cases/{id}/events`: entries after `after`, internal ones redacted. */
export const EventsPageSchema = z.object({
  entries: z.array(ReporterChainEntrySchema),
  head: ChainHeadSchema,
});
/** A page of the reporter's chain. */
export type EventsPage = z.output<typeof EventsPageSchema>;

/** Answer of `POST /v1/cases/{id}/commands`: the case after the command and the new entries. */
export const CommandResultSchema = z.object({
  case: ReporterCaseViewSchema,
  entries: z.array(ReporterChainEntrySchema),
});
/** Answer of a reporter command. */
export type CommandResult = z.output<typeof CommandResultSchema>;
