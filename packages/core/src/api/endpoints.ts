/**
 * The endpoint table: every route of the HTTP API as data. The server routes and generates
 * OpenAPI from it; the client builds its requests and parses its answers with it.
 * @module
 */
import type * as z from 'zod/mini';
import { once } from '../internal/lazy';
import { ALLOWED_MEDIA_TYPES } from '../schemas/limits';
import type { SchemaOptions } from '../schemas/primitives';
import type { ReportInput } from '../schemas/report';
import {
  AgentCommandSchema,
  AttachmentMetaSchema,
  CaseCreatedSchema,
  CaseQuerySchema,
  CommandResultSchema,
  createCaseRequestSchema,
  EventsPageSchema,
  EventsQuerySchema,
  ReporterCaseAnswerSchema,
  ReporterChainEntrySchema,
  ReporterCommandSchema,
} from './cases';
import { PlatformConfigSchema } from './config';
import {
  createDeskCaseViewSchema,
  createDeskCommandResultSchema,
  DeskCasesPageSchema,
  DeskCasesQuerySchema,
  DeskChangeSchema,
} from './desk';
import { LOCK_ENDPOINTS } from './locks';
import { DeadMessageRetrySchema, DeadMessagesSchema } from './outbox';
import type { ProblemCode } from './problem';

/**
 * Who may call an endpoint: anyone, the case's reporter (access token), an agent (agent key), or
 * the platform's signed-in user (its own session, checked by the `authenticateUser` hook).
 */
export const AUTH_KINDS = ['none', 'reporter', 'agent', 'user'] as const;
/** An endpoint's credential. */
export type AuthKind = (typeof AUTH_KINDS)[number];

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** A JSON request body, with a valid example for the generated documentation. */
export interface JsonRequest<S extends z.ZodMiniType = z.ZodMiniType> {
  /** `application/json`. */
  kind: 'json';
  /** The body's schema. */
  schema: S;
  /** A body the schema accepts. */
  example: z.input<S>;
  /** Whether the body may be left out (default: required). */
  optional?: boolean;
}

/** A raw binary request body (attachment upload): the media type in `Content-Type`. */
export interface BinaryRequest {
  /** Raw bytes. */
  kind: 'binary';
  /** Accepted `Content-Type`s. */
  mediaTypes: readonly string[];
  /** Required request headers besides `Content-Type`. */
  headers: readonly string[];
}

/** A JSON answer. */
export interface JsonResponse<S extends z.ZodMiniType = z.ZodMiniType> {
  /** `application/json`. */
  kind: 'json';
  /** Success status. */
  status: 200 | 201;
  /** The answer's schema. */
  schema: S;
  /** A second success answer, `202 Accepted` (`POST /v1/locks` without proof), with its own schema. */
  accepted?: { status: 202; schema: z.ZodMiniType; description: string };
  /**
   * A third success answer, `200` (`POST /v1/locks` recorded in an existing case), with its own
   * schema.
   */
  recorded?: { status: 200; schema: z.ZodMiniType; description: string };
}

/** Raw bytes, always with `Content-Disposition: attachment` and `X-Content-Type-Options: nosniff`. */
export interface BinaryResponse {
  /** Raw bytes. */
  kind: 'binary';
  /** Success status. */
  status: 200;
}

/** No content (`204`). */
export interface EmptyResponse {
  /** Nothing in the body. */
  kind: 'empty';
  /** Success status. */
  status: 204;
}

/**
 * A `text/event-stream`. A case's stream: `id:` is the entry's seq, `event: entry`, `data:` the
 * entry as JSON, resumable with `Last-Event-ID`. The desk's: `event: changed`, `data:` the id of a
 * case that changed, no ids (a client that reconnects reloads what it shows).
 */
export interface StreamResponse<S extends z.ZodMiniType = z.ZodMiniType> {
  /** Server-sent events. */
  kind: 'sse';
  /** Success status. */
  status: 200;
  /** The SSE event name. */
  event: 'entry' | 'changed';
  /** Whether events carry ids and the stream resumes after `Last-Event-ID`. */
  resumable: boolean;
  /** Schema of each event's data. */
  schema: S;
}

/** One route of the API. */
export interface EndpointDefinition {
  /** HTTP method. */
  method: HttpMethod;
  /** Path template; `{name}` segments are resource ids. */
  path: string;
  /** Credential required. */
  auth: AuthKind;
  /** Whether the request requires an `Idempotency-Key` (and may therefore be retried). */
  idempotent: boolean;
  /** Query schema (query values are strings on the wire). */
  query: z.ZodMiniType | null;
  /** Request body, or `null`. */
  request: JsonRequest | BinaryRequest | null;
  /** Success answer. */
  response: JsonResponse | BinaryResponse | StreamResponse | EmptyResponse;
  /** Problem codes the endpoint answers with (for documentation). */
  problems: readonly ProblemCode[];
  /** One-line summary for the generated documentation. */
  summary: string;
}

const COMMON: readonly ProblemCode[] = ['rate_limited', 'unavailable', 'internal'];
const AUTHED: readonly ProblemCode[] = ['unauthorized', 'not_found', ...COMMON];
const IDEMPOTENT: readonly ProblemCode[] = [
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_in_flight',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
];

const EXAMPLE_AT = '2025-01-02T03:04:05.000Z';

/** A valid example report, used in the generated documentation. */
export const EXAMPLE_REPORT: ReportInput = {
  account: { kind: 'email', value: 'owner@example.com' },
  contact: { email: 'safe-inbox@example.org', language: 'en' },
  discoveredAt: EXAMPLE_AT,
  suspectedStartAt: '2025-01-01T22:00:00.000Z',
  access: { canSignIn: false, passwordReset: 'failed' },
  activities: [
    {
      kind: 'transfer',
      asset: 'BTC',
      amount: '0.25',
      destination: 'bc1qexampleexampleexampleexample0000',
      at: '2025-01-02T01:00:00.000Z',
    },
  ],
  narrative: 'My email and 2FA were changed overnight.',
  attachments: [],
  channel: 'web_form',
  consent: true,
};

/**
 * Builds the endpoint table. The clock feeds the report schemas' "not in the future" checks.
 * @param options - schema options (the clock)
 * @returns the table, keyed by operation id
 */
export function createEndpoints(options: SchemaOptions = {}) {
  // The clock-dependent schemas are built on first use, not with the table: a tracker that only
  // reads its case never builds the report or desk schemas. Building them was a large share of
  // the tracker's first render on a slow CPU, and the module's own table is built at import (the
  // measured cost: bench/RESULTS.md, ADR 0014).
  const report = once(() => createCaseRequestSchema(options));
  const deskCase = once(() => createDeskCaseViewSchema(options));
  const deskResult = once(() => createDeskCommandResultSchema(options));
  return {
    getConfig: {
      method: 'GET',
      path: '/v1/config',
      auth: 'none',
      idempotent: false,
      query: null,
      request: null,
      response: { kind: 'json', status: 200, schema: PlatformConfigSchema },
      problems: COMMON,
      summary: 'The platform configuration the widgets read.',
    },
    createCase: {
      method: 'POST',
      path: '/v1/cases',
      auth: 'none',
      idempotent: true,
      query: null,
      request: {
        kind: 'json',
        get schema() {
          return report();
        },
        example: EXAMPLE_REPORT,
      },
      response: { kind: 'json', status: 201, schema: CaseCreatedSchema },
      problems: [...IDEMPOTENT, ...COMMON],
      summary: 'Files a takeover report; answers the case and its access token (shown once).',
    },
    getCase: {
      method: 'GET',
      path: '/v1/cases/{id}',
      auth: 'reporter',
      idempotent: false,
      query: CaseQuerySchema,
      request: null,
      response: { kind: 'json', status: 200, schema: ReporterCaseAnswerSchema },
      problems: ['validation_failed', ...AUTHED],
      summary:
        "The case as its reporter sees it; with include=events, also its chain from the start in `events` (the answer of listEvents with after=0): the tracker's first screen in one read.",
    },
    listEvents: {
      method: 'GET',
      path: '/v1/cases/{id}/events',
      auth: 'reporter',
      idempotent: false,
      query: EventsQuerySchema,
      request: null,
      response: { kind: 'json', status: 200, schema: EventsPageSchema },
      problems: ['validation_failed', ...AUTHED],
      summary: 'Chain entries after a sequence number, internal events redacted.',
    },
    streamEvents: {
      method: 'GET',
      path: '/v1/cases/{id}/stream',
      auth: 'reporter',
      idempotent: false,
      query: null,
      request: null,
      response: {
        kind: 'sse',
        status: 200,
        event: 'entry',
        resumable: true,
        schema: ReporterChainEntrySchema,
      },
      problems: AUTHED,
      summary: 'Chain entries as server-sent events; resumable with Last-Event-ID.',
    },
    sendCommand: {
      method: 'POST',
      path: '/v1/cases/{id}/commands',
      auth: 'reporter',
      idempotent: true,
      query: null,
      request: {
        kind: 'json',
        schema: ReporterCommandSchema,
        example: { type: 'send_message', payload: { text: 'I still cannot sign in.' } },
      },
      response: { kind: 'json', status: 200, schema: CommandResultSchema },
      problems: [...IDEMPOTENT, 'workflow_refused', 'version_conflict', ...AUTHED],
      summary: "Sends a reporter command; 409 workflow_refused carries the workflow's refusal.",
    },
    uploadAttachment: {
      method: 'POST',
      path: '/v1/cases/{id}/attachments',
      auth: 'reporter',
      idempotent: true,
      query: null,
      request: {
        kind: 'binary',
        mediaTypes: ALLOWED_MEDIA_TYPES,
        headers: ['X-Filename', 'X-Content-SHA256'],
      },
      response: { kind: 'json', status: 201, schema: AttachmentMetaSchema },
      problems: [...IDEMPOTENT, 'attachment_rejected', 'hash_mismatch', 'attachment_limit', ...AUTHED],
      summary:
        'Uploads one piece of evidence as the raw request body (no multipart): the media type in Content-Type, the name in X-Filename, the SHA-256 in X-Content-SHA256; checked by magic bytes.',
    },
    revokeToken: {
      method: 'POST',
      path: '/v1/cases/{id}/token/revoke',
      auth: 'reporter',
      idempotent: true,
      query: null,
      request: null,
      response: { kind: 'empty', status: 204 },
      problems: ['idempotency_key_required', 'idempotency_in_flight', ...AUTHED],
      summary:
        'Revokes the access token it is sent with: it stops working at once (open streams end). A later call with it answers 404.',
    },
    downloadAttachment: {
      method: 'GET',
      path: '/v1/cases/{id}/attachments/{aid}',
      auth: 'reporter',
      idempotent: false,
      query: null,
      request: null,
      response: { kind: 'binary', status: 200 },
      problems: AUTHED,
      summary: 'The bytes of an attachment, always as a download.',
    },
    listDeskCases: {
      method: 'GET',
      path: '/v1/desk/cases',
      auth: 'agent',
      idempotent: false,
      query: DeskCasesQuerySchema,
      request: null,
      response: { kind: 'json', status: 200, schema: DeskCasesPageSchema },
      problems: ['validation_failed', 'unauthorized', 'forbidden', ...COMMON],
      summary: 'The desk queue, filtered and paged.',
    },
    streamDesk: {
      method: 'GET',
      path: '/v1/desk/stream',
      auth: 'agent',
      idempotent: false,
      query: null,
      request: null,
      response: { kind: 'sse', status: 200, event: 'changed', resumable: false, schema: DeskChangeSchema },
      problems: ['unauthorized', 'forbidden', ...COMMON],
      summary: 'The id of every case that changes, as server-sent events (the live queue); no case data.',
    },
    getDeskCase: {
      method: 'GET',
      path: '/v1/desk/cases/{id}',
      auth: 'agent',
      idempotent: false,
      query: null,
      request: null,
      response: {
        kind: 'json',
        status: 200,
        get schema() {
          return deskCase();
        },
      },
      problems: ['forbidden', ...AUTHED],
      summary: 'The full case: report, every event, attachments, allowed agent commands.',
    },
    sendDeskCommand: {
      method: 'POST',
      path: '/v1/desk/cases/{id}/commands',
      auth: 'agent',
      idempotent: true,
      query: null,
      request: {
        kind: 'json',
        schema: AgentCommandSchema,
        example: { type: 'request_info', payload: { requestId: 'req-1', prompt: 'proof_of_ownership' } },
      },
      response: {
        kind: 'json',
        status: 200,
        get schema() {
          return deskResult();
        },
      },
      problems: [...IDEMPOTENT, 'workflow_refused', 'version_conflict', 'forbidden', ...AUTHED],
      summary: 'Sends an agent command.',
    },
    downloadDeskAttachment: {
      method: 'GET',
      path: '/v1/desk/cases/{id}/attachments/{aid}',
      auth: 'agent',
      idempotent: false,
      query: null,
      request: null,
      response: { kind: 'binary', status: 200 },
      problems: ['forbidden', ...AUTHED],
      summary: 'The bytes of an attachment, for the desk.',
    },
    listDeadMessages: {
      method: 'GET',
      path: '/v1/desk/outbox/dead',
      auth: 'agent',
      idempotent: false,
      query: null,
      request: null,
      response: { kind: 'json', status: 200, schema: DeadMessagesSchema },
      problems: ['unauthorized', 'forbidden', ...COMMON],
      summary: 'Notifications the delivery worker gave up on, newest first, with their last error.',
    },
    retryDeadMessage: {
      method: 'POST',
      path: '/v1/desk/outbox/dead/{id}/retry',
      auth: 'agent',
      idempotent: true,
      query: null,
      request: null,
      response: { kind: 'json', status: 200, schema: DeadMessageRetrySchema },
      problems: ['idempotency_key_required', 'forbidden', ...AUTHED],
      summary:
        'Makes a dead notification pending again, due now. Safe to repeat: once it is no longer dead, a repeat answers 404.',
    },
    ...LOCK_ENDPOINTS,
  } as const satisfies Record<string, EndpointDefinition>;
}

/** The endpoint table with the system clock. */
export const ENDPOINTS = /* @__PURE__ */ createEndpoints();
/** The endpoint table's type. */
export type Endpoints = ReturnType<typeof createEndpoints>;
/** An operation id (a key of {@link ENDPOINTS}). */
export type EndpointId = keyof Endpoints;
/** Every operation id, in table order. */
export const ENDPOINT_IDS = /* @__PURE__ */ Object.keys(ENDPOINTS) as EndpointId[];
