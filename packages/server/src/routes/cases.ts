/**
 * The reporter's endpoints of a case (mounted at `/v1/cases`): filing a report, reading the
 * case and its events, following it live, commands, revoking the token. Every route but the
 * filing runs behind `requireReporter` (`c.var.case`).
 * @module
 */
import {
  CaseQuerySchema,
  EventsPageSchema,
  EventsQuerySchema,
  REPORTER_COMMANDS,
  ReporterCaseViewSchema,
  ReporterCaseWithEventsSchema,
} from '@recourse/core';
import { Hono } from 'hono';
import { bearer, sha256 } from '../crypto';
import { forReporter, projectionOf, reporterView, toChained } from '../domain';
import { eventStream, HEARTBEAT, STREAM_OPENING } from '../event-stream';
import { contractJson } from '../http';
import { readJson, requireJson } from '../middleware/bodies';
import type { ServerEnv } from '../middleware/server-env';
import { createCase, reporterAttachments, revokeToken } from '../service/cases';
import { runCommand } from '../service/commands';
import type { CaseRecord } from '../store/types';
import { commandBody, idempotencyKeyOf, queryIssues } from './request-checks';
import type { RouteContext } from './route-context';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The reporter's case endpoints, to mount at `/v1/cases`. */
export function caseRoutes(deps: RouteContext): Hono<ServerEnv> {
  const { service, json, requireReporter, jsonBody, answers } = deps;
  const { store, logger } = service;
  const app = new Hono<ServerEnv>();

  app.post('/', requireJson, jsonBody, async (c) => {
    const started = Date.now();
    try {
      const key = idempotencyKeyOf(c);
      const body = await readJson(c);
      const answer = await createCase(service, body, key, deps.clientIp(c));
      return json(answer.text, answer.status);
    } finally {
      // Same minimum duration for every outcome, so the account's existence cannot be timed.
      const left = started + deps.createCaseMinMs - Date.now();
      if (left > 0) await sleep(left);
    }
  });

  /** The reporter's chain after `after`, internal events redacted, and its head. */
  const eventsPage = async (record: CaseRecord, after: number) => {
    const events = (await store.loadEvents(record.id, { afterSeq: after })).map(toChained);
    const last = events[events.length - 1];
    const head = last ? { seq: last.seq, hash: last.hash } : projectionOf(record).head;
    return { entries: forReporter(events), head };
  };

  app.get('/:id', requireReporter, async (c) => {
    const record = c.var.case;
    let withEvents = false;
    // No query string (the common read): nothing to parse.
    if (c.req.url.includes('?')) {
      const query = CaseQuerySchema.safeParse(c.req.query(), { reportInput: true });
      if (!query.success) throw queryIssues(query.error.issues);
      withEvents = query.data.include === 'events';
    }
    // `include=events`: the case and its chain in one answer, read from the same record version.
    const key = withEvents ? 'case+events' : 'case';
    const text = await answers.text(record, key, service.now(), async (at) => {
      const attachments = await reporterAttachments(service, record.id);
      const view = reporterView(record, service.policy, at, attachments);
      if (!withEvents) return contractJson(ReporterCaseViewSchema, view);
      return contractJson(ReporterCaseWithEventsSchema, { ...view, events: await eventsPage(record, 0) });
    });
    return json(text);
  });

  app.get('/:id/events', requireReporter, async (c) => {
    const record = c.var.case;
    let after = 0;
    // No query string (the common read): nothing to parse.
    if (c.req.url.includes('?')) {
      const query = EventsQuerySchema.safeParse(c.req.query(), { reportInput: true });
      if (!query.success) throw queryIssues(query.error.issues);
      after = query.data.after ?? 0;
    }
    const text = await answers.text(record, `events:${after}`, service.now(), async () =>
      contractJson(EventsPageSchema, await eventsPage(record, after)),
    );
    return json(text);
  });

  // The case live: its reporter-visible entries (`entry`, id = seq), resumed after
  // `Last-Event-ID`; a comment every `heartbeatMs` when nothing happened.
  app.get('/:id/stream', requireReporter, (c) => {
    const record = c.var.case;
    const tokenHash = sha256(bearer(c.req.raw) ?? '');
    const lastEventId = c.req.header('last-event-id');
    let after = lastEventId && /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : 0;
    return eventStream(c, async (stream) => {
      const abort = deps.streams.open(record.id, c.req.raw);
      stream.onAbort(() => abort.abort());
      const waiter = deps.live.waiter(record.id);
      const endAt = Date.now() + deps.streamMaxMs;
      try {
        await stream.write(STREAM_OPENING);
        while (!abort.signal.aborted && Date.now() < endAt) {
          // A token revoked (or expired) on any instance ends the stream at its next wake.
          if (!(await store.findCaseForToken(record.id, tokenHash))) break;
          const events = (await store.loadEvents(record.id, { afterSeq: after })).map(toChained);
          for (const entry of forReporter(events)) {
            await stream.writeSSE({ id: String(entry.seq), event: 'entry', data: JSON.stringify(entry) });
            after = entry.seq;
          }
          const before = after;
          await waiter.wait(Math.min(deps.heartbeatMs, Math.max(0, endAt - Date.now())), abort.signal);
          if (!abort.signal.aborted && after === before) await stream.write(HEARTBEAT);
        }
      } catch (err) {
        if (!abort.signal.aborted)
          logger.warn({
            msg: 'stream_failed',
            error: (err as Error)?.name,
            code: (err as { code?: string }).code,
          });
      } finally {
        waiter.done();
        deps.streams.close(abort);
      }
    });
  });

  app.post('/:id/commands', requireJson, jsonBody, requireReporter, async (c) => {
    const key = idempotencyKeyOf(c);
    const body = commandBody(await readJson(c));
    const answer = await runCommand(service, c.var.case, body, { role: 'reporter' }, key, REPORTER_COMMANDS);
    return json(answer.text, answer.status);
  });

  app.post('/:id/token/revoke', requireReporter, async (c) => {
    const caseId = c.var.case.id;
    const key = idempotencyKeyOf(c);
    const done = await revokeToken(service, caseId, key);
    // The token stops at once: this instance's open streams of the case end now.
    deps.streams.endCase(caseId);
    return new Response(null, { status: done.status, headers: { 'Cache-Control': 'no-store' } });
  });

  return app;
}
