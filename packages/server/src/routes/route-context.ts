/**
 * What the route modules share, built once by `createRecourseServer`.
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AnswerMemo } from '../answer-memo';
import type { OpenStreams } from '../event-stream';
import type { LiveHub } from '../live';
import type { ServerEnv } from '../middleware/server-env';
import type { ServiceContext } from '../service/context';

/** The server's parts, as the routes use them. */
export interface RouteContext {
  /** The operations' context (store, configuration, hooks, limits, clock, logger). */
  service: ServiceContext;
  /** A JSON answer with every standard header. */
  json(text: string, status?: number, headers?: Record<string, string>): Response;
  /** The client's IP (the socket's, or the platform's `clientIp`). */
  clientIp(c: Context): string;
  /** `frame-ancestors` sources of every answer, joined. */
  frameAncestors: string;
  /** Puts the reporter's case on `c.var.case` (bearer token), or answers 401/404/429. */
  requireReporter: MiddlewareHandler<ServerEnv>;
  /** Puts the agent on `c.var.agent`, or answers 401/429. */
  requireAgent: MiddlewareHandler<ServerEnv>;
  /** Body limit of JSON requests (413 above it). */
  jsonBody: MiddlewareHandler;
  /** Wakes streams when cases change. */
  live: LiveHub;
  /** The open event streams. */
  streams: OpenStreams;
  /** Serialized answers per case version. */
  answers: AnswerMemo;
  heartbeatMs: number;
  streamMaxMs: number;
  /** Minimum duration of `POST /v1/cases`. */
  createCaseMinMs: number;
}
