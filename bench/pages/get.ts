// The floor pages' reads: plain `fetch` and `JSON.parse` (no client, no words), credentials only
// in `Authorization` unless a read needs its session cookie.

/** GETs `path` (JSON), with `credential` as its bearer token if given. */
export function getJson(
  path: string,
  credential?: string,
  credentials: RequestCredentials = 'omit',
): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (credential) headers.Authorization = `Bearer ${credential}`;
  return fetch(path, { headers, credentials }).then((r) => r.json());
}

/**
 * The tracker's first reads, started together as its early reads are: the configuration and the
 * case with its events (`#case=…&token=…`).
 */
export function trackerReads(p: URLSearchParams): [config: Promise<unknown>, withEvents: Promise<unknown>] {
  const id = encodeURIComponent(p.get('case') ?? '');
  return [getJson('/v1/config'), getJson(`/v1/cases/${id}?include=events`, p.get('token') ?? '')];
}
