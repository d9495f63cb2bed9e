/**
 * URL hygiene for bindings: only absolute `http:`/`https:` URLs without credentials are ever
 * bound to an `href` (a configuration or an attribute may carry `javascript:` or `data:`).
 * @module
 */

/** The URL as a string when it is absolute http(s) without user info; otherwise `undefined`. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
