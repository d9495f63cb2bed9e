/**
 * A small human-readable API page (`GET /v1/docs`): static HTML built from the endpoint table,
 * no script, no CDN, one inline style allowed by its hash.
 * @module
 */
import { createHash } from 'node:crypto';
import { ENDPOINTS, type EndpointDefinition, PROBLEM_CODES, PROBLEM_STATUS } from '@recourse/core';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font:14px ui-monospace,monospace;background:#f3f3f3;padding:.1rem .3rem;border-radius:3px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}
.m{font-weight:700}`;

/** `style-src` source of the page's only style element. */
export const DOCS_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const AUTH: Record<string, string> = {
  none: 'none',
  reporter: 'Bearer access token',
  agent: 'Bearer agent credential',
};

/** Renders the page. */
export function renderDocsPage(title: string): string {
  const rows = (Object.entries(ENDPOINTS) as [string, EndpointDefinition][])
    .map(
      ([id, e]) =>
        `<tr><td class="m">${e.method}</td><td><code>${escapeHtml(e.path)}</code></td><td>${escapeHtml(AUTH[e.auth] ?? e.auth)}</td>` +
        `<td>${e.idempotent ? 'required' : ''}</td><td>${escapeHtml(e.summary)}<br><small>${escapeHtml(id)} · ${e.problems.map(escapeHtml).join(', ')}</small></td></tr>`,
    )
    .join('\n');
  const problems = PROBLEM_CODES.map(
    (c) => `<tr><td><code>${c}</code></td><td>${PROBLEM_STATUS[c]}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} API</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)} API</h1>
<p>JSON over HTTPS. The machine-readable contract is <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).
Errors are <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code>.</p>
<h2>Endpoints</h2>
<table><thead><tr><th>Method</th><th>Path</th><th>Credential</th><th>Idempotency-Key</th><th>What it does</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Rules</h2>
<ul>
<li>The access token of a case is shown once, in the answer of <code>POST /v1/cases</code>. Send it as <code>Authorization: Bearer &lt;token&gt;</code>; keep it in the URL fragment, never in a query string.</li>
<li>Every <code>POST</code> needs an <code>Idempotency-Key</code> (8 to 128 of <code>A-Z a-z 0-9 _ -</code>), one per submission, reused on every retry. Same key and body: the first answer again. Same key, other body: 422. Still running: 409.</li>
<li>JSON bodies need <code>Content-Type: application/json</code> (415 otherwise). Oversized bodies answer 413 before they are read.</li>
<li>Uploads: raw bytes with the file's media type, <code>X-Filename</code> (percent-encoded) and <code>X-Content-SHA256</code>. PNG, JPEG, WebP, PDF and plain text, checked by their bytes.</li>
<li>Live updates: <code>GET /v1/cases/{id}/stream</code> (server-sent events, <code>id</code> = sequence number, resume with <code>Last-Event-ID</code>).</li>
<li>The desk's live queue: <code>GET /v1/desk/stream</code> with an agent credential (server-sent events, <code>event: changed</code>, <code>data</code> = the id of a case that changed; no ids, reload after a reconnection).</li>
<li>429 and 503 carry <code>Retry-After</code>.</li>
</ul>
<h2>Problem codes</h2>
<table><thead><tr><th>code</th><th>status</th></tr></thead><tbody>
${problems}
</tbody></table>
</main></body></html>
`;
}
