/**
 * The typed Recourse client: one method per endpoint of the contract, on ky.
 * @module
 */
import * as z from 'zod/mini';
import type {
  AgentCommand,
  AttachmentMeta,
  CaseCreated,
  CommandResult,
  EventsPage,
  ReporterCaseView,
  ReporterCommand,
} from '../api/cases';
import { ReporterChainEntrySchema } from '../api/cases';
import type { PlatformConfig } from '../api/config';
import {
  type DeskCasesPage,
  type DeskCaseView,
  type DeskChange,
  DeskChangeSchema,
  type DeskCommandResult,
  type DeskPriority,
} from '../api/desk';
import { createEndpoints, type EndpointDefinition } from '../api/endpoints';
import type { DeadMessageRetry, DeadMessages } from '../api/outbox';
import { EVENT_STREAM_MEDIA_TYPE, HEADERS, isIdempotencyKey } from '../api/primitives';
import type { AllowedMediaType } from '../schemas/limits';
import type { ReportInput } from '../schemas/report';
import type { ChainEntry, MainState } from '../workflow/index';
import { type ContainmentClient, containmentMethods } from './containment';
import { type DeskSubscribeOptions, startDeskSubscription } from './desk-subscribe';
import { RecourseProtocolError } from './errors';
import { newIdempotencyKey } from './idempotency';
import {
  type FetchLike,
  platformRandom,
  platformSleep,
  type RandomBytes,
  type ResponseLike,
  type Sleep,
} from './platform';
import { type SubscribeOptions, type SubscribeTuning, startSubscription } from './subscribe';
import { createTransport, type RetryOptions } from './transport';

/** Options of {@link createRecourseClient}. */
export interface RecourseClientOptions {
  /** API origin and optional path prefix, e.g. `https://api.example.com`. */
  baseUrl: string;
  /** `fetch` to use (default the platform's, bound to `globalThis`). */
  fetch?: FetchLike;
  /** Timeout of each attempt until the answer's headers, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Retry settings: `limit` (default 2), `maxRetryAfterMs` cap (default 30 000), `backoffMs`. */
  retry?: RetryOptions;
  /** CSPRNG for idempotency keys (default `crypto.getRandomValues`). */
  random?: RandomBytes;
  /** The clock (for `Retry-After` dates). */
  now?: () => Date;
  /** Timer used by subscriptions (reconnection backoff, polling). */
  sleep?: Sleep;
  /** Subscription tuning (polling interval, failures before polling, reconnection delays). */
  subscribe?: SubscribeTuning;
}

/** Options of a submission: pass the key persisted for this logical submission. */
export interface SubmitOptions {
  /** The submission's idempotency key; a new one is made when absent (retries of this call still reuse it). */
  idempotencyKey?: string;
}

/** A file to upload; `sha256` is the lowercase hex digest of `bytes`. */
export interface UploadFile {
  /** The bytes. */
  bytes: Uint8Array;
  /** File name as the person chose it (display only). */
  name: string;
  /** Declared media type (the server checks the magic bytes). */
  mediaType: AllowedMediaType;
  /** SHA-256 of `bytes`, lowercase hex. */
  sha256: string;
}

/** Options of an upload. */
export interface UploadOptions extends SubmitOptions {
  /** Upload progress in bytes (only where the platform streams request bodies). */
  onProgress?: (progress: { loaded: number; total: number }) => void;
}

/** A downloaded attachment. */
export interface DownloadedAttachment {
  /** The bytes. */
  bytes: Uint8Array;
  /** `Content-Type` of the answer. */
  mediaType: string;
  /** File name from `Content-Disposition`, or `null`. */
  name: string | null;
}

/** Filters of the desk queue. */
export interface DeskCasesFilter {
  /** Main state. */
  state?: MainState;
  /** Only cases waiting (or not) on the reporter. */
  waiting?: boolean;
  /** Priority. */
  priority?: DeskPriority;
  /** Only cases whose next deadline falls before this instant (ISO 8601). */
  deadlineBefore?: string;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** Page size, 1 to 200. */
  limit?: number;
}

/** The client. Credentials go only into `Authorization`, never into a URL. */
export interface RecourseClient extends ContainmentClient {
  /** A new idempotency key (128 random bits); persist it for the whole life of a submission. */
  newIdempotencyKey(): string;
  /** `GET /v1/config`. */
  getConfig(): Promise<PlatformConfig>;
  /** `POST /v1/cases`: files a report. Retried with the same key until a definite answer. */
  createCase(report: ReportInput, options?: SubmitOptions): Promise<CaseCreated>;
  /** `GET /v1/cases/{id}`. */
  getCase(id: string, token: string): Promise<ReporterCaseView>;
  /** `GET /v1/cases/{id}/events?after=`. */
  listEvents(id: string, token: string, after?: number): Promise<EventsPage>;
  /** `POST /v1/cases/{id}/commands`. A refusal is a `RecourseApiError` with code `workflow_refused`. */
  sendCommand(
    id: string,
    token: string,
    command: ReporterCommand,
    options?: SubmitOptions,
  ): Promise<CommandResult>;
  /** `POST /v1/cases/{id}/attachments` (raw body). */
  uploadAttachment(
    id: string,
    token: string,
    file: UploadFile,
    options?: UploadOptions,
  ): Promise<AttachmentMeta>;
  /**
   * `POST /v1/cases/{id}/token/revoke`: the token stops working at once (for this case, everywhere).
   * Resolves when the server confirmed (204); a retry after that answers `not_found`.
   */
  revokeToken(id: string, token: string, options?: SubmitOptions): Promise<void>;
  /** `GET /v1/cases/{id}/attachments/{aid}`. */
  downloadAttachment(id: string, token: string, attachmentId: string): Promise<DownloadedAttachment>;
  /** `GET /v1/desk/cases`. */
  listDeskCases(agentKey: string, filter?: DeskCasesFilter): Promise<DeskCasesPage>;
  /** `GET /v1/desk/cases/{id}`. */
  getDeskCase(id: string, agentKey: string): Promise<DeskCaseView>;
  /** `POST /v1/desk/cases/{id}/commands`. */
  sendDeskCommand(
    id: string,
    agentKey: string,
    command: AgentCommand,
    options?: SubmitOptions,
  ): Promise<DeskCommandResult>;
  /** `GET /v1/desk/cases/{id}/attachments/{aid}`. */
  downloadDeskAttachment(id: string, agentKey: string, attachmentId: string): Promise<DownloadedAttachment>;
  /** `GET /v1/desk/outbox/dead`: notifications the delivery worker gave up on. */
  listDeadMessages(agentKey: string): Promise<DeadMessages>;
  /** `POST /v1/desk/outbox/dead/{id}/retry`: the message is pending again, due now. */
  retryDeadMessage(id: number, agentKey: string, options?: SubmitOptions): Promise<DeadMessageRetry>;
  /**
   * Follows a case live (`GET /v1/cases/{id}/stream`), resuming with `Last-Event-ID` and falling
   * back to polling `listEvents`. Entries arrive once each, in sequence order.
   * @returns a function that stops the subscription
   */
  subscribe(
    id: string,
    token: string,
    onEntry: (entry: ChainEntry) => void,
    options?: SubscribeOptions,
  ): () => void;
  /**
   * Follows the desk's queue live (`GET /v1/desk/stream`): `onChange` gets each case that changes,
   * and `null` after a reconnection (reload everything). When the status is `polling` the server
   * offers no stream (or it keeps failing): poll the queue instead.
   * @returns a function that stops the subscription
   */
  subscribeDesk(
    agentKey: string,
    onChange: (change: DeskChange | null) => void,
    options?: DeskSubscribeOptions,
  ): () => void;
}

/**
 * Answers are parsed without "not in the future" checks: a client whose clock runs behind the
 * server's must not refuse a report the server stored.
 */
const LENIENT_CLOCK = () => new Date(8_640_000_000_000_000);

/** One event's `data:` of a stream, parsed and checked; a broken one ends the subscription. */
function streamData<S extends z.ZodMiniType>(schema: S, data: string): z.output<S> {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    throw new RecourseProtocolError('invalid_stream', 200);
  }
  const result = z.safeParse(schema, body);
  if (!result.success) throw new RecourseProtocolError('invalid_stream', 200);
  return result.data;
}

function filenameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      return null;
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? plain[1]!.trim() : null;
}

/**
 * Creates a client.
 * @param options - base URL, fetch, timeout, retry, randomness, clock
 * @returns the client
 */
export function createRecourseClient(options: RecourseClientOptions): RecourseClient {
  const endpoints = createEndpoints({ now: LENIENT_CLOCK });
  const transport = createTransport(options);
  const random = options.random ?? platformRandom;
  const sleep = options.sleep ?? platformSleep;

  const keyFor = (submit?: SubmitOptions): string => {
    const key = submit?.idempotencyKey ?? newIdempotencyKey(random);
    if (!isIdempotencyKey(key)) throw new TypeError('invalid_idempotency_key');
    return key;
  };

  const json = async <S extends z.ZodMiniType>(
    endpoint: EndpointDefinition,
    schema: S,
    spec: Omit<Parameters<typeof transport.send>[0], 'endpoint'> = {},
  ): Promise<z.output<S>> => transport.parse(await transport.send({ endpoint, ...spec }), schema);

  const download = async (endpoint: EndpointDefinition, id: string, credential: string, aid: string) => {
    const response: ResponseLike = await transport.send({
      endpoint,
      params: { id, aid },
      credential,
      accept: '*/*',
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      bytes,
      mediaType: response.headers.get('content-type') ?? 'application/octet-stream',
      name: filenameFrom(response.headers.get('content-disposition')),
    };
  };

  const listEvents = (
    id: string,
    token: string,
    after?: number,
    signal?: Parameters<typeof transport.send>[0]['signal'],
  ) =>
    json(endpoints.listEvents, endpoints.listEvents.response.schema, {
      params: { id },
      credential: token,
      query: { after: after === undefined ? undefined : String(after) },
      signal,
    });

  return {
    newIdempotencyKey: () => newIdempotencyKey(random),

    getConfig: () => json(endpoints.getConfig, endpoints.getConfig.response.schema),

    createCase: async (report, submit) =>
      json(endpoints.createCase, endpoints.createCase.response.schema, {
        json: report,
        idempotencyKey: keyFor(submit),
      }),

    getCase: (id, token) =>
      json(endpoints.getCase, endpoints.getCase.response.schema, { params: { id }, credential: token }),

    listEvents: (id, token, after) => listEvents(id, token, after),

    sendCommand: async (id, token, command, submit) =>
      json(endpoints.sendCommand, endpoints.sendCommand.response.schema, {
        params: { id },
        credential: token,
        json: command,
        idempotencyKey: keyFor(submit),
      }),

    uploadAttachment: async (id, token, file, upload) => {
      const onProgress = upload?.onProgress;
      return json(endpoints.uploadAttachment, endpoints.uploadAttachment.response.schema, {
        params: { id },
        credential: token,
        body: file.bytes,
        headers: {
          'Content-Type': file.mediaType,
          [HEADERS.filename]: encodeURIComponent(file.name),
          [HEADERS.contentSha256]: file.sha256,
        },
        idempotencyKey: keyFor(upload),
        onUploadProgress: onProgress
          ? (p) => onProgress({ loaded: p.transferredBytes, total: p.totalBytes || file.bytes.length })
          : undefined,
      });
    },

    revokeToken: async (id, token, submit) => {
      await transport.send({
        endpoint: endpoints.revokeToken,
        params: { id },
        credential: token,
        idempotencyKey: keyFor(submit),
      });
    },

    downloadAttachment: (id, token, attachmentId) =>
      download(endpoints.downloadAttachment, id, token, attachmentId),

    ...containmentMethods(transport, keyFor),

    listDeskCases: (agentKey, filter = {}) =>
      json(endpoints.listDeskCases, endpoints.listDeskCases.response.schema, {
        credential: agentKey,
        query: {
          state: filter.state,
          waiting: filter.waiting === undefined ? undefined : String(filter.waiting),
          priority: filter.priority,
          deadlineBefore: filter.deadlineBefore,
          cursor: filter.cursor,
          limit: filter.limit === undefined ? undefined : String(filter.limit),
        },
      }),

    getDeskCase: (id, agentKey) =>
      json(endpoints.getDeskCase, endpoints.getDeskCase.response.schema, {
        params: { id },
        credential: agentKey,
      }),

    sendDeskCommand: async (id, agentKey, command, submit) =>
      json(endpoints.sendDeskCommand, endpoints.sendDeskCommand.response.schema, {
        params: { id },
        credential: agentKey,
        json: command,
        idempotencyKey: keyFor(submit),
      }),

    downloadDeskAttachment: (id, agentKey, attachmentId) =>
      download(endpoints.downloadDeskAttachment, id, agentKey, attachmentId),

    listDeadMessages: (agentKey) =>
      json(endpoints.listDeadMessages, endpoints.listDeadMessages.response.schema, { credential: agentKey }),

    retryDeadMessage: async (id, agentKey, submit) =>
      json(endpoints.retryDeadMessage, endpoints.retryDeadMessage.response.schema, {
        params: { id: String(id) },
        credential: agentKey,
        idempotencyKey: keyFor(submit),
      }),

    subscribeDesk: (agentKey, onChange, deskOptions) =>
      startDeskSubscription(
        {
          openStream: (signal) =>
            transport.send({
              endpoint: endpoints.streamDesk,
              credential: agentKey,
              accept: EVENT_STREAM_MEDIA_TYPE,
              retry: false,
              signal,
            }),
          parseChange: (data) => streamData(DeskChangeSchema, data),
          sleep,
          tuning: options.subscribe,
        },
        onChange,
        deskOptions,
      ),
    subscribe: (id, token, onEntry, subscribeOptions) =>
      startSubscription(
        {
          openStream: (lastSeq, signal) =>
            transport.send({
              endpoint: endpoints.streamEvents,
              params: { id },
              credential: token,
              accept: EVENT_STREAM_MEDIA_TYPE,
              headers: lastSeq > 0 ? { [HEADERS.lastEventId]: String(lastSeq) } : {},
              retry: false,
              signal,
            }),
          parseEntry: (data) => streamData(ReporterChainEntrySchema, data),
          listEvents: (after, signal) => listEvents(id, token, after, signal),
          sleep,
          tuning: options.subscribe,
        },
        onEntry,
        subscribeOptions,
      ),
  };
}
