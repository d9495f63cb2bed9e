/**
 * The arithmetic of `pnpm bench profile` (bench/profile.ts), pure: where one load's main thread
 * spent its time between navigation start and the page's `first-meaningful-render` mark, from a
 * V8 CPU profile (CDP `Profiler`). Each sample is charged to the source its code came from (a
 * resolver maps a bundle's position to its source, through the bundle's source map): a sample in
 * a browser function without a script (`fetch`, `importNode`) goes to the source that called it;
 * V8's `(program)` (the engine and Blink outside JS: parsing, compiling, style) and
 * `(garbage collector)` keep their own rows; `(idle)` is not busy time. Inclusive time per
 * function (a function's own samples and its callees') is counted once per sample even when the
 * function recurses.
 * @module
 */

/** The parts of a V8 CPU profile (`Profiler.Profile`) this reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  /** Microseconds, on the clock of `Performance.getMetrics`'s `NavigationStart`. */
  startTime: number;
  samples: number[];
  /** Microseconds between samples (the first from `startTime`). */
  timeDeltas: number[];
}

/** Where a script position comes from: its source file and, when the map has one, its name. */
export interface Origin {
  source: string;
  line: number;
  name?: string;
}

/** Maps a script's URL and 0-based line and column to its origin (`undefined`: not mapped). */
export type Resolve = (url: string, line: number, column: number) => Origin | undefined;

/** One load: busy and idle ms up to the mark, self ms per source, self and inclusive ms per function. */
export interface LoadProfile {
  /** ms from navigation start to the mark. */
  toMark: number;
  /**
   * ms from navigation start to the profile's start: the profiler runs in the renderer that loads
   * the page, which Chromium may start during the navigation; busy and idle count from there.
   */
  from: number;
  busy: number;
  idle: number;
  bySource: Map<string, number>;
  /** Self ms per function (a browser function's samples are its caller's, as for sources). */
  selfByFunction: Map<string, number>;
  byFunction: Map<string, number>;
}

/** The rows of the engine's own time, kept apart from any source. */
export const PROGRAM = '(program: parsing, compiling, style, layout)';
export const GC = '(garbage collection)';

const IDLE = '(idle)';
/** A script's file name without its content hash (`chunk-AB12CD34.js` → `chunk.js`). */
const fileOf = (url: string) =>
  (url.split(/[?#]/)[0]!.split('/').pop() ?? url).replace(/-[A-Za-z0-9_]{8}(?=\.js$)/, '');
const ENGINE: Record<string, string> = { '(program)': PROGRAM, '(garbage collector)': GC };

/**
 * Charges one load's samples from navigation start to the mark.
 * @param profile - the load's CPU profile (started before the navigation)
 * @param navigationStart - navigation start, µs on the profile's clock
 * @param mark - the mark, ms after navigation start (the page's `performance.now()`)
 * @param resolve - maps a bundle position to its source
 */
export function attribute(
  profile: CpuProfile,
  navigationStart: number,
  mark: number,
  resolve: Resolve,
): LoadProfile {
  const end = navigationStart + mark * 1000;
  if (profile.startTime >= end) throw new Error('the profile started after the mark');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const origin = new Map<number, Origin | undefined>();
  const originOf = (id: number) => {
    if (!origin.has(id)) {
      const { url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      // A script's top level starts at its first character, which the map gives to whatever
      // module the bundler put first: it is the file's own.
      const top = lineNumber === 0 && columnNumber === 0;
      origin.set(id, url && !top ? resolve(url, lineNumber, columnNumber) : undefined);
    }
    return origin.get(id);
  };
  const load: LoadProfile = {
    toMark: mark,
    from: Math.max(0, (profile.startTime - navigationStart) / 1000),
    busy: 0,
    idle: 0,
    bySource: new Map(),
    selfByFunction: new Map(),
    byFunction: new Map(),
  };
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  let t = profile.startTime;
  let last = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    last = t;
    // A sample stands for the time until the next one.
    const next = t + (profile.timeDeltas[i + 1] ?? 0);
    const counted = Math.min(next, end) - Math.max(t, navigationStart);
    if (counted <= 0) continue;
    const ms = counted / 1000;
    const leaf = byId.get(profile.samples[i]!)!;
    const fn = leaf.callFrame.functionName;
    if (fn === IDLE) {
      load.idle += ms;
      continue;
    }
    load.busy += ms;
    if (ENGINE[fn] && !leaf.callFrame.url) {
      add(load.bySource, ENGINE[fn]!, ms);
      continue;
    }
    // Self: the nearest frame with a script (a browser function is its caller's cost).
    let cur: number | undefined = leaf.id;
    let charged = false;
    const seen = new Set<string>();
    while (cur !== undefined) {
      const node = byId.get(cur)!;
      if (node.callFrame.url) {
        const o = originOf(cur);
        const source = o?.source ?? fileOf(node.callFrame.url);
        const name = `${o?.name ?? (node.callFrame.functionName || '(top level)')} ${source}:${o?.line ?? node.callFrame.lineNumber + 1}`;
        if (!charged) {
          add(load.bySource, source, ms);
          add(load.selfByFunction, name, ms);
          charged = true;
        }
        if (!seen.has(name)) {
          seen.add(name);
          add(load.byFunction, name, ms);
        }
      }
      cur = parent.get(cur);
    }
    if (!charged) add(load.bySource, `(browser: ${fn || 'unknown'})`, ms);
  }
  if (last < end) throw new Error(`the profile ends ${((end - last) / 1000).toFixed(0)} ms before the mark`);
  return load;
}

/** The mean of each key over `loads` (a key missing from a load counts 0 there). */
export function meanOf(loads: readonly Map<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const m of loads) for (const [k, v] of m) sum.set(k, (sum.get(k) ?? 0) + v);
  return new Map([...sum].map(([k, v]) => [k, v / loads.length]));
}
