/**
 * The public endpoints: the platform's configuration, the OpenAPI description, the API docs page.
 * @module
 */
import { ENDPOINTS, PlatformConfigSchema, TOTP_ENDPOINTS, toOpenApi } from '@recourse/core';
import { Hono } from 'hono';
import { sha256hex } from '../crypto';
import { DOCS_STYLE_HASH, renderDocsPage } from '../docs-page';
import { contractJson } from '../http';
import type { ServerEnv } from '../middleware/server-env';
import type { RouteContext } from './route-context';

/** `Cache-Control` of `GET /v1/config`: fresh 10 minutes, then used while revalidated, up to a day. */
export const CONFIG_CACHE_CONTROL = 'public, max-age=600, stale-while-revalidate=86400';

/** Whether an `If-None-Match` header names `tag` (weak comparison, `*` matches, RFC 9110 13.1.2). */
function matchesTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === tag);
}

/**
 * `GET /config`, `GET /openapi.json`, `GET /docs` (mounted at `/v1`), the configuration with an `ETag`; the others cacheable for 5 minutes.
 * @param totpServed - whether the two-factor endpoints are mounted (and so described)
 */
export function configRoutes(deps: RouteContext, totpServed: boolean): Hono<ServerEnv> {
  const { config } = deps.service;
  const docsHtml = renderDocsPage(config.platform.name);
  let openApiText: string | null = null;
  const app = new Hono<ServerEnv>();

  // The configuration changes only when the server restarts with another one: its text, checked
  // once, and a strong validator of it. A browser keeps it fresh for 10 minutes, then shows its
  // copy while it revalidates (a 304 without a body unless it changed), for up to a day (ADR 0027).
  let configText: string | null = null;
  let configTag = '';
  const configHeaders = () => ({ 'Cache-Control': CONFIG_CACHE_CONTROL, ETag: configTag });
  app.get('/config', (c) => {
    if (configText === null) {
      configText = contractJson(PlatformConfigSchema, config);
      configTag = `"${sha256hex(configText).slice(0, 32)}"`;
    }
    if (matchesTag(c.req.header('if-none-match'), configTag))
      return new Response(null, { status: 304, headers: configHeaders() });
    return deps.json(configText, 200, configHeaders());
  });
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
