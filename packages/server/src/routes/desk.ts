/**
 * The support desk's endpoints (mounted at `/v1/desk`), every one behind `requireAgent`
 * (`c.var.agent`): the live queue, the queue, a case, commands, attachments.
 * @module
 */
import {
  AGENT_COMMANDS,
  createDeskCaseViewSchema,
  DeskCasesPageSchema,
  DeskCasesQuerySchema,
} from '@recourse/core';
import { Hono } from 'hono';
import { deskSummary, projectionOf, toChained } from '../domain';
import { eventStream, HEARTBEAT, STREAM_OPENING } from '../event-stream';
import { contractJson, ProblemError } from '../http';
import { readJson, requireJson } from '../middleware/bodies';
import type { ServerEnv } from '../middleware/server-env';
import { deskView } from '../service/cases';
import { runCommand } from '../service/commands';
import { attachmentDownload } from './attachments';
import { commandBody, idempotencyKeyOf, queryIssues } from './request-checks';
import type { RouteContext } from './route-context';

/** The desk's endpoints, to mount at `/v1/desk`. */
export function deskRoutes(deps: RouteContext): Hono<ServerEnv> {
  const { service, json, requireAgent, jsonBody } = deps;
  const { store } = service;
  const deskCaseSchema = createDeskCaseViewSchema({ now: () => new Date(8_640_000_000_000_000) });
  const app = new Hono<ServerEnv>();

  // The desk's live queue: the id of every case that changes, as it changes (`changed`, no id:
  // no case data; the desk reads what it shows through the queue and case endpoints).
  app.get('/stream', requireAgent, (c) =>
    eventStream(c, async (stream) => {
      const abort = deps.streams.open('', c.req.raw);
      stream.onAbort(() => abort.abort());
      const endAt = Date.now() + deps.streamMaxMs;
      const ended = new Promise<void>((resolve) => {
        abort.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      void stream.write(STREAM_OPENING);
      const stopWatching = deps.live.watchAll((caseId) => {
        if (!abort.signal.aborted)
          void stream.writeSSE({ event: 'changed', data: JSON.stringify({ caseId }) });
      });
      const heartbeat = setInterval(
        () => {
          if (Date.now() >= endAt) abort.abort();
          else if (!abort.signal.aborted) void stream.write(HEARTBEAT);
        },
        Math.min(deps.heartbeatMs, deps.streamMaxMs),
      );
      try {
        await ended;
      } finally {
        clearInterval(heartbeat);
        stopWatching();
        deps.streams.close(abort);
      }
    }),
  );

  app.get('/cases', requireAgent, async (c) => {
    const q = DeskCasesQuerySchema.safeParse(c.req.query(), { reportInput: true });
    if (!q.success) throw queryIssues(q.error.issues);
    const page = await store.listCases({
      state: q.data.state,
      waitingOnReporter: q.data.waiting,
      priority: q.data.priority,
      deadlineBefore: q.data.deadlineBefore ? new Date(q.data.deadlineBefore) : undefined,
      cursor: q.data.cursor ?? null,
      limit: q.data.limit ?? 50,
    });
    return json(
      contractJson(DeskCasesPageSchema, { items: page.items.map(deskSummary), nextCursor: page.nextCursor }),
    );
  });

  app.get('/cases/:id', requireAgent, async (c) => {
    const record = await store.getCase(c.req.param('id'));
    if (!record) throw new ProblemError('not_found');
    const events = (await store.loadEvents(record.id)).map(toChained);
    const view = await deskView(
      service,
      { ...record, projection: projectionOf(record) },
      events,
      service.now(),
    );
    return json(contractJson(deskCaseSchema, view));
  });

  app.post('/cases/:id/commands', requireJson, jsonBody, requireAgent, async (c) => {
    const record = await store.getCase(c.req.param('id'));
    if (!record) throw new ProblemError('not_found');
    const key = idempotencyKeyOf(c);
    const body = commandBody(await readJson(c));
    const actor = { role: 'agent' as const, id: c.var.agent.id };
    const answer = await runCommand(service, record, body, actor, key, AGENT_COMMANDS);
    return json(answer.text, answer.status);
  });

  app.get('/cases/:id/attachments/:aid', requireAgent, (c) =>
    attachmentDownload(store, c.req.param('id'), c.req.param('aid'), deps.frameAncestors),
  );

  return app;
}
