/**
 * Evidence files (mounted at `/v1/cases`): the reporter's upload (checked in the service) and
 * download; the download answer the desk's route shares.
 * @module
 */
import { Hono } from 'hono';
import { ProblemError } from '../http';
import { limitBody } from '../middleware/bodies';
import type { ServerEnv } from '../middleware/server-env';
import { uploadAttachment } from '../service/attachments';
import type { Store } from '../store/types';
import type { RouteContext } from './route-context';

/**
 * An attachment as a download: never rendered by the browser (`attachment`, a sandboxing CSP),
 * its name in ASCII and in UTF-8 (RFC 6266). 404 when the case has no such attachment.
 */
export async function attachmentDownload(
  store: Store,
  caseId: string,
  attachmentId: string,
  frameAncestors: string,
): Promise<Response> {
  const file = await store.getAttachment(caseId, attachmentId);
  if (!file) throw new ProblemError('not_found');
  const ascii = file.originalName.replace(/[^A-Za-z0-9._ -]/g, '_').slice(0, 150) || 'attachment';
  return new Response(Buffer.from(file.data), {
    status: 200,
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      'Content-Security-Policy': `default-src 'none'; sandbox; frame-ancestors ${frameAncestors}`,
      'Cache-Control': 'no-store',
      'Cross-Origin-Resource-Policy': 'same-site',
    },
  });
}

/** The reporter's upload and download, to mount at `/v1/cases`. */
export function attachmentRoutes(deps: RouteContext): Hono<ServerEnv> {
  const { service, requireReporter } = deps;
  const app = new Hono<ServerEnv>();

  app.post(
    '/:id/attachments',
    limitBody(service.config.attachments.maxFileBytes),
    requireReporter,
    async (c) => {
      const answer = await uploadAttachment(
        service,
        c.var.case.id,
        {
          contentType: c.req.header('content-type'),
          idempotencyKey: c.req.header('idempotency-key'),
          claimedSha256: c.req.header('x-content-sha256'),
          encodedName: c.req.header('x-filename'),
          readBytes: async () => new Uint8Array(await c.req.arrayBuffer()),
        },
        'reporter',
      );
      return deps.json(answer.text, answer.status);
    },
  );

  app.get('/:id/attachments/:aid', requireReporter, (c) =>
    attachmentDownload(service.store, c.var.case.id, c.req.param('aid'), deps.frameAncestors),
  );

  return app;
}
