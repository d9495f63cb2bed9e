import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile, GC, meanOf, PROGRAM, type Resolve } from './profile-stats';

const URL_A = 'http://127.0.0.1:1/assets/p/entry.js';
const URL_B = 'http://127.0.0.1:1/assets/p/chunk-AB12CD34.js';
const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
});

/**
 * root ─ (program), (idle), (garbage collector)
 *      └ top level of entry.js ─ render (entry.js 4:10) ─ commit (chunk 0:50) ─ importNode (native)
 *                                                      └ render again (recursion)
 */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5] },
    { id: 2, callFrame: frame('(program)') },
    { id: 3, callFrame: frame('(idle)') },
    { id: 4, callFrame: frame('(garbage collector)') },
    { id: 5, callFrame: frame('', URL_A), children: [6] },
    { id: 6, callFrame: frame('r', URL_A, 4, 10), children: [7, 9] },
    { id: 7, callFrame: frame('c', URL_B, 0, 50), children: [8] },
    { id: 8, callFrame: frame('importNode') },
    { id: 9, callFrame: frame('r', URL_A, 4, 10) },
  ],
  startTime: 1_000_000,
  // Samples at 1,000,000 + 1,000 µs steps; each stands for 1 ms, the last for 0.
  samples: [3, 2, 5, 6, 7, 8, 9, 4, 2, 3, 2],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

const resolve: Resolve = (url, line, column) => {
  if (url === URL_A && line === 4 && column === 10)
    return { source: 'src/view.ts', line: 40, name: 'render' };
  if (url === URL_B && line === 0 && column === 50)
    return { source: 'lit-html/lit-html.ts', line: 7, name: 'commit' };
  return undefined;
};

describe('bench profile: attribute', () => {
  it('charges each sample from navigation start to the mark to its source', () => {
    // Navigation started at the profile's start; the mark 9.5 ms later: samples 1-9 count,
    // the ninth (a (program) sample at 9 ms) for half its millisecond.
    const load = attribute(PROFILE, 1_000_000, 9.5, resolve);
    expect(load.toMark).toBe(9.5);
    expect(load.from).toBe(0);
    expect(load.idle).toBe(1);
    expect(load.busy).toBe(7.5);
    expect(Object.fromEntries(load.bySource)).toEqual({
      [PROGRAM]: 1.5,
      [GC]: 1,
      'entry.js': 1,
      'src/view.ts': 2,
      // its own sample and the browser function it called
      'lit-html/lit-html.ts': 2,
    });
    expect(Object.fromEntries(load.selfByFunction)).toEqual({
      '(top level) entry.js:1': 1,
      'render src/view.ts:40': 2,
      'commit lit-html/lit-html.ts:7': 2,
    });
    // Inclusive, once per sample: the recursive render's sample counts once for render.
    expect(Object.fromEntries(load.byFunction)).toEqual({
      '(top level) entry.js:1': 5,
      'render src/view.ts:40': 4,
      'commit lit-html/lit-html.ts:7': 2,
    });
  });

  it('counts only from navigation start, and says how late the profile started', () => {
    const late = attribute(PROFILE, 1_003_000, 2, resolve);
    // Samples at 3 ms and 4 ms after the profile's start: the top level and render.
    expect(late.busy).toBe(2);
    expect(Object.fromEntries(late.bySource)).toEqual({ 'entry.js': 1, 'src/view.ts': 1 });
    const early = attribute(PROFILE, 998_000, 5, resolve);
    expect(early.from).toBe(2);
    // The first sample comes 1 ms after the profile's start: 1,001,000 and 1,002,000 count.
    expect(early.busy + early.idle).toBe(2);
  });

  it('refuses a profile that does not reach the mark, or starts after it', () => {
    expect(() => attribute(PROFILE, 1_000_000, 50, resolve)).toThrow(/ends 39 ms before the mark/);
    expect(() => attribute(PROFILE, 990_000, 5, resolve)).toThrow(/started after the mark/);
  });

  it('averages maps over loads, a missing key counting 0', () => {
    const m = meanOf([
      new Map([['a', 2]]),
      new Map([
        ['a', 4],
        ['b', 2],
      ]),
    ]);
    expect(Object.fromEntries(m)).toEqual({ a: 3, b: 1 });
  });
});
