import { describe, expect, it } from 'vitest';
import { lazyRecord, once } from './lazy';

describe('once', () => {
  it('makes the value at the first call, then returns the same one', () => {
    let made = 0;
    const get = once(() => ({ n: ++made }));
    expect(made).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(made).toBe(1);
  });
});

describe('lazyRecord', () => {
  it('makes each value at its first read, once, and behaves like an object literal after', () => {
    const made: string[] = [];
    const record = lazyRecord<{ a: { key: string }; b: { key: string } }>(['a', 'b'], (key) => {
      made.push(key);
      return { key };
    });
    expect(made).toEqual([]);
    expect(Object.keys(record)).toEqual(['a', 'b']);
    expect(made).toEqual([]);
    const a = record.a;
    expect(a).toEqual({ key: 'a' });
    expect(record.a).toBe(a);
    expect(made).toEqual(['a']);
    expect(Object.getOwnPropertyDescriptor(record, 'a')).toEqual({
      value: a,
      enumerable: true,
      writable: false,
      configurable: false,
    });
    expect({ ...record }).toEqual({ a: { key: 'a' }, b: { key: 'b' } });
    expect(made).toEqual(['a', 'b']);
  });
});
