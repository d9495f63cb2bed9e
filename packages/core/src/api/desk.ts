/**
 * The desk's side of the contract (agent credential): the queue, the full case and agent commands.
 * @module
 */
import * as z from 'zod/mini';
import type { SchemaOptions } from '../schemas/primitives';
import { createReportSchema } from '../schemas/report';
import {
  CLAIM_STATES,
  COMPLAINT_STATES,
  CUSTOMER_STATUSES,
  INFO_STATES,
  MAIN_STATES,
  NEXT_STEP_CODES,
} from '../workflow/index';
import {
  AGENT_COMMANDS,
  AttachmentMetaSchema,
  ChainedEventSchema,
  ChainHeadSchema,
  DeadlineSchema,
  PendingRequestSchema,
} from './cases';
import { DeskContainmentSchema } from './containment';
import { DESK_PRIORITIES } from './desk-priorities';
import { InstantSchema, label, ResourceIdSchema } from './primitives';

export { DESK_PRIORITIES, type DeskPriority } from './desk-priorities';

/** Largest page of the desk queue. */
export const DESK_PAGE_MAX = 200;

const digits = (max: number) =>
  z.pipe(
    z.pipe(
      z.string().check(z.regex(/^\d{1,4}$/)),
      z.transform((s: string) => Number(s)),
    ),
    z.int().check(z.minimum(1), z.maximum(max)),
  );

/** Query of `GET /v1/desk/cases`. */
export const DeskCasesQuerySchema = z.lazy(() =>
  z.object({
    state: z.optional(z.enum(MAIN_STATES)),
    waiting: z.optional(
      z.pipe(
        z.enum(['true', 'false']),
        z.transform((s) => s === 'true'),
      ),
    ),
    priority: z.optional(z.enum(DESK_PRIORITIES)),
    /** Only cases whose next deadline falls before this instant ("deadline near"). */
    deadlineBefore: z.optional(InstantSchema),
    cursor: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_.=-]{1,512}$/))),
    limit: z.optional(digits(DESK_PAGE_MAX)),
  }),
);
/** The desk queue filters, as a client passes them. */
export type DeskCasesQuery = z.input<typeof DeskCasesQuerySchema>;

// Built at first use, as the reporter's schemas are (see api/cases).
const summaryShape = () => ({
  id: ResourceIdSchema,
  number: label(64),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  status: z.enum(CUSTOMER_STATUSES),
  state: z.enum(MAIN_STATES),
  info: z.enum(INFO_STATES),
  claim: z.enum(CLAIM_STATES),
  complaint: z.enum(COMPLAINT_STATES),
  priority: z.enum(DESK_PRIORITIES),
  waitingOnReporter: z.boolean(),
  /** The earliest running deadline, or `null`. */
  nextDeadline: z.nullable(InstantSchema),
});

/** One row of the desk queue. */
export const DeskCaseSummarySchema = z.lazy(() => z.object(summaryShape()));
/** One row of the desk queue. */
export type DeskCaseSummary = z.output<typeof DeskCaseSummarySchema>;

/** Answer of `GET /v1/desk/cases`. */
/** The data of the desk stream's `changed` event: a case that changed (new event, new state). */
export const DeskChangeSchema = z.lazy(() => z.object({ caseId: ResourceIdSchema }));
/** A case that changed, as the desk stream says it. */
export type DeskChange = z.output<typeof DeskChangeSchema>;

export const DeskCasesPageSchema = z.lazy(() =>
  z.object({
    items: z.array(DeskCaseSummarySchema),
    nextCursor: z.nullable(z.string().check(z.maxLength(512))),
  }),
);
/** A page of the desk queue. */
export type DeskCasesPage = z.output<typeof DeskCasesPageSchema>;

/**
 * Schema of the desk's full case view: the report, every event (internal notes included),
 * attachments and the commands the agent can send now.
 * @param options - the clock for the report's "not in the future" checks
 */
export function createDeskCaseViewSchema(options: SchemaOptions = {}) {
  return z.object({
    ...summaryShape(),
    pendingRequest: PendingRequestSchema,
    nextSteps: z.array(z.enum(NEXT_STEP_CODES)),
    deadlines: z.array(DeadlineSchema),
    head: ChainHeadSchema,
    allowedCommands: z.array(z.enum(AGENT_COMMANDS)),
    /**
     * Whether the platform's `lookupAccount` found the named account when the case was filed.
     * Desk only: never in the reporter's view (the report form answers alike either way).
     */
    accountOnRecord: z.boolean(),
    report: createReportSchema(options),
    attachments: z.array(AttachmentMetaSchema),
    entries: z.array(ChainedEventSchema),
    /** The reporter's containment plus every attempt of each platform action. */
    containment: z.optional(DeskContainmentSchema),
  });
}

/** The desk's full case view, with the system clock. */
export const DeskCaseViewSchema = z.lazy(() => createDeskCaseViewSchema());
/** The desk's full case view. */
export type DeskCaseView = z.output<typeof DeskCaseViewSchema>;

/** Answer of `POST /v1/desk/cases/{id}/commands`: the case after the command and the new events. */
export function createDeskCommandResultSchema(options: SchemaOptions = {}) {
  return z.object({ case: createDeskCaseViewSchema(options), entries: z.array(ChainedEventSchema) });
}
/** Answer of an agent command, with the system clock. */
export const DeskCommandResultSchema = z.lazy(() => createDeskCommandResultSchema());
/** Answer of an agent command. */
export type DeskCommandResult = z.output<typeof DeskCommandResultSchema>;
