import { expect } from '@open-wc/testing';
import { readUrl, startEarlyReads } from './early-reads';

const API = 'https://api.example.test/base';

/** A `fetch` that records each call and answers with a fresh response naming its call number. */
function recordingFetch(fail = false) {
  const calls: { url: string; method: string; authorization: string | null; credentials?: string }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    calls.push({
      url: request.url,
      method: request.method,
      authorization: request.headers.get('authorization'),
      credentials: init?.credentials,
    });
    if (fail && calls.length === 1) throw new TypeError('network down');
    return new Response(JSON.stringify({ call: calls.length }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe('early reads', () => {
  it('builds the URL the client requests under a base with a path', () => {
    expect(readUrl(API, '/v1/cases/a%2Fb')).to.equal('https://api.example.test/base/v1/cases/a%2Fb');
    expect(readUrl(`${API}/`, 'v1/config')).to.equal('https://api.example.test/base/v1/config');
    expect(readUrl('/api', '/v1/config')).to.equal(`${location.origin}/api/v1/config`);
    expect(readUrl('', '/v1/config')).to.equal(new URL('v1/config', location.href).href);
  });

  it('starts every read at once, the credential only in Authorization and no cookies', () => {
    const base = recordingFetch();
    startEarlyReads(API, [{ path: '/v1/config' }, { path: '/v1/cases/c1', credential: 'tok' }], base.fetch);
    expect(base.calls).to.deep.equal([
      { url: `${API}/v1/config`, method: 'GET', authorization: null, credentials: 'omit' },
      { url: `${API}/v1/cases/c1`, method: 'GET', authorization: 'Bearer tok', credentials: 'omit' },
    ]);
  });

  it('hands each answer to the first identical GET (as ky sends it: a Request), then fetches as usual', async () => {
    const base = recordingFetch();
    const early = startEarlyReads(
      API,
      [{ path: '/v1/cases/c1/events?after=0', credential: 'tok' }],
      base.fetch,
    );
    const request = () =>
      new Request(`${API}/v1/cases/c1/events?after=0`, { headers: { Authorization: 'Bearer tok' } });
    const first = await early.fetch(request());
    expect(await first.json()).to.deep.equal({ call: 1 });
    expect(base.calls).to.have.length(1);
    const second = await early.fetch(request());
    expect(await second.json()).to.deep.equal({ call: 2 });
    expect(base.calls).to.have.length(2);
  });

  it('never gives an answer to another credential, another method or another URL', async () => {
    const base = recordingFetch();
    const early = startEarlyReads(API, [{ path: '/v1/cases/c1', credential: 'tok' }], base.fetch);
    const url = `${API}/v1/cases/c1`;
    await early.fetch(new Request(url, { headers: { Authorization: 'Bearer other' } }));
    await early.fetch(new Request(url));
    await early.fetch(new Request(url, { method: 'POST', headers: { Authorization: 'Bearer tok' } }));
    await early.fetch(new Request(`${url}/events`, { headers: { Authorization: 'Bearer tok' } }));
    expect(base.calls.map((c) => `${c.method} ${c.authorization}`)).to.deep.equal([
      'GET Bearer tok',
      'GET Bearer other',
      'GET null',
      'POST Bearer tok',
      'GET Bearer tok',
    ]);
    // The early answer is still there for the one request it was made for.
    const mine = await early.fetch(url, { headers: { Authorization: 'Bearer tok' } });
    expect(await mine.json()).to.deep.equal({ call: 1 });
    expect(base.calls).to.have.length(5);
  });

  it('passes a failed early read to its first claimer only; the retry reaches the network', async () => {
    const base = recordingFetch(true);
    const early = startEarlyReads(API, [{ path: '/v1/config' }], base.fetch);
    let failed: unknown;
    try {
      await early.fetch(`${API}/v1/config`);
    } catch (error) {
      failed = error;
    }
    expect(failed).to.be.instanceOf(TypeError);
    const retry = await early.fetch(`${API}/v1/config`);
    expect(await retry.json()).to.deep.equal({ call: 2 });
  });

  it("aborts the reads no one took when dropped; a taken read follows its taker's signal", async () => {
    const signals: AbortSignal[] = [];
    const base = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      return new Response('{}');
    }) as typeof globalThis.fetch;
    const early = startEarlyReads(
      API,
      [
        { path: '/v1/desk/stream', credential: 'k', accept: 'text/event-stream' },
        { path: '/v1/desk/cases?limit=2', credential: 'k' },
      ],
      base,
    );
    const taker = new AbortController();
    await early.fetch(`${API}/v1/desk/stream`, {
      headers: { Authorization: 'Bearer k' },
      signal: taker.signal,
    });
    early.drop();
    expect(signals.map((s) => s.aborted)).to.deep.equal([false, true]);
    taker.abort();
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('lets a first paint peek at an answer (a copy) and leaves the read to its taker: no second request', async () => {
    const base = recordingFetch();
    const early = startEarlyReads(
      API,
      [{ path: '/v1/cases/c1?include=events', credential: 'tok' }],
      base.fetch,
    );
    expect(early.peek('/v1/cases/c1?include=events', 'other'), 'another credential').to.equal(undefined);
    expect(early.peek('/v1/cases/c2?include=events', 'tok'), 'another path').to.equal(undefined);
    const copy = await early.peek('/v1/cases/c1?include=events', 'tok')!;
    expect(await copy.json()).to.deep.equal({ call: 1 });
    // A second peek gets the same copy (its body already read), never a new request.
    expect(await early.peek('/v1/cases/c1?include=events', 'tok')).to.equal(copy);
    const taken = await early.fetch(`${API}/v1/cases/c1?include=events`, {
      headers: { Authorization: 'Bearer tok' },
    });
    expect(await taken.json(), "the taker's answer is whole").to.deep.equal({ call: 1 });
    expect(base.calls).to.have.length(1);
    expect(early.peek('/v1/cases/c1?include=events', 'tok'), 'once taken, nothing to peek at').to.equal(
      undefined,
    );
  });

  it('once a first paint has shown the answer it peeked at, the next read of that URL is a new request', async () => {
    const base = recordingFetch();
    const early = startEarlyReads(API, [{ path: '/v1/desk/cases?limit=2', credential: 'key' }], base.fetch);
    expect(await (await early.peek('/v1/desk/cases?limit=2', 'key')!).json()).to.deep.equal({ call: 1 });
    early.shown('/v1/desk/cases?limit=2', 'key');
    expect(early.peek('/v1/desk/cases?limit=2', 'key'), 'nothing left to peek at').to.equal(undefined);
    const next = await early.fetch(`${API}/v1/desk/cases?limit=2`, {
      headers: { Authorization: 'Bearer key' },
    });
    expect(await next.json(), 'not the answer already shown').to.deep.equal({ call: 2 });
    expect(base.calls).to.have.length(2);
  });
});
