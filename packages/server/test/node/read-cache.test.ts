import { describe, expect, test } from 'vitest';
import { createReadCache, deepFreeze } from '../../src/store/read-cache';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('read cache', () => {
  test('concurrent misses of one case share one load', async () => {
    const cache = createReadCache({ ttlMs: Number.POSITIVE_INFINITY });
    let loads = 0;
    const gate = deferred<string[]>();
    const load = () => {
      loads++;
      return gate.promise;
    };
    const reads = Array.from({ length: 1000 }, () => cache.get('c1', 'events', load));
    gate.resolve(['e1']);
    const got = await Promise.all(reads);
    expect(loads).toBe(1);
    expect(new Set(got).size).toBe(1);
    expect(await cache.get('c1', 'events', load)).toEqual(['e1']);
    expect(loads).toBe(1);
  });

  test('an invalidation during a load: the next read loads again and gets the new value', async () => {
    const cache = createReadCache({ ttlMs: Number.POSITIVE_INFINITY });
    const first = deferred<string>();
    const before = cache.get('c1', 'head', () => first.promise);
    cache.invalidate('c1');
    const after = cache.get('c1', 'head', async () => 'new');
    first.resolve('old');
    expect(await before).toBe('old');
    expect(await after).toBe('new');
    expect(await cache.get('c1', 'head', async () => 'never')).toBe('new');
  });

  test('null results and failed loads are not kept', async () => {
    const cache = createReadCache({ ttlMs: Number.POSITIVE_INFINITY });
    expect(await cache.get('c1', 'head', async () => null)).toBeNull();
    expect(await cache.get('c1', 'head', async () => 'found')).toBe('found');
    await expect(cache.get('c2', 'head', async () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect(await cache.get('c2', 'head', async () => 'up')).toBe('up');
    expect(cache.size).toBe(2);
  });

  test('entries expire after ttlMs', async () => {
    let t = 0;
    const cache = createReadCache({ ttlMs: 1000, clock: () => t });
    expect(await cache.get('c1', 'head', async () => 'v1')).toBe('v1');
    t = 999;
    expect(await cache.get('c1', 'head', async () => 'v2')).toBe('v1');
    t = 1000;
    expect(await cache.get('c1', 'head', async () => 'v2')).toBe('v2');
  });

  test('at most maxCases cases, least recently used dropped first', async () => {
    const cache = createReadCache({ ttlMs: Number.POSITIVE_INFINITY, maxCases: 2 });
    await cache.get('a', 'head', async () => 'a1');
    await cache.get('b', 'head', async () => 'b1');
    await cache.get('a', 'head', async () => 'a2'); // touches a
    await cache.get('c', 'head', async () => 'c1'); // drops b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'head', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', 'head', async () => 'b2')).toBe('b2');
  });

  test('cached values are deeply frozen', async () => {
    const cache = createReadCache({ ttlMs: Number.POSITIVE_INFINITY });
    const value = await cache.get('c1', 'head', async () => ({ projection: { state: 'triage', list: [1] } }));
    expect(() => {
      value.projection.state = 'closed';
    }).toThrow(TypeError);
    expect(() => value.projection.list.push(2)).toThrow(TypeError);
    const bytes = deepFreeze({ hash: new Uint8Array([1, 2]) });
    expect(Object.isFrozen(bytes)).toBe(true);
  });
});
