/**
 * The public endpoints: the platform's configuration, the OpenAPI description, the API docs page.
 * @module
 */
import { ENDPOINTS, PlatformConfigSchema, TOTP_ENDPOINTS, toOpenApi } from '@recourse/core';
import { Hono } from 'hono';
import { DOCS_STYLE_HASH, renderDocsPage } from '../docs-page';
import { contractJson } from '../http';
import type { ServerEnv } from '../middleware/server-env';
import type { RouteContext } from './route-context';

/**
 * `GET /config`, `GET /openapi.json`, `GET /docs` (mounted at `/v1`), cacheable for 5 minutes.
 * @param totpServed - whether the two-factor endpoints are mounted (and so described)
 */
export function configRoutes(deps: RouteContext, totpServed: boolean): Hono<ServerEnv> {
  const { config } = deps.service;
  const docsHtml = renderDocsPage(config.platform.name);
  let openApiText: string | null = null;
  const app = new Hono<ServerEnv>();

  app.get('/config', () =>
    deps.json(contractJson(PlatformConfigSchema, config), 200, { 'Cache-Control': 'public, max-age=300' }),
  );
  app.get('/openapi.json', () => {
    openApiText ??= JSON.stringify(
      toOpenApi({
        title: `${config.platform.name} · Recourse API`,
        endpoints: totpServed ? { ...ENDPOINTS, ...TOTP_ENDPOINTS } : ENDPOINTS,
      }),
    );
    return deps.json(openApiText, 200, { 'Cache-Control': 'public, max-age=300' });
  });
  app.get(
    '/docs',
    () =>
      new Response(docsHtml, {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
          'Content-Security-Policy': `default-src 'none'; style-src ${DOCS_STYLE_HASH}; frame-ancestors ${deps.frameAncestors}`,
        },
      }),
  );
  return app;
}
