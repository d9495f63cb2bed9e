/**
 * URL hygiene for bindings: only absolute `http:`/`https:` URLs without credentials are ever
 * bound to an `href` (a configuration or an attribute may carry `javascript:` or `data:`).
 * @module
 */

/**
 * The URL as a string when it is http(s) without user info; otherwise `undefined`.
 * @param base - resolves a relative `value` against it (an element's page-relative attribute,
 *   e.g. `tracking-url="track.html"`, with `document.baseURI`); without it only absolute URLs pass
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
