/**
 * `pnpm bench profile [page…]`: where each page's main thread spends its first render, pages side
 * by side (default: the tracker and its static floor). The pages of bench/render.ts, bundled from
 * the packed packages as `pnpm bench render` bundles them, with their source maps; Chromium with
 * 4× CPU throttling, a fresh context per load, pages interleaved, one warm-up round not counted,
 * then `BENCH_PROFILE_RUNS` (default 7) rounds, each load under V8's sampling profiler (200 µs).
 * From navigation start to the page's `first-meaningful-render` mark: the busy time; its split by
 * the source each sample's code came from (through the bundles' source maps, so a row names the
 * packed package's module, not a chunk); the functions with the most self time (a browser
 * function's time is its caller's), their inclusive time beside. Means per load, as Markdown.
 * The profiler slows the page: these figures say where the time goes, not how long a load takes
 * (that is `pnpm bench`).
 * @module
 */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright';
import { fmtMs, progress } from './lib';
import { attribute, type CpuProfile, type LoadProfile, meanOf, type Resolve } from './profile-stats';
import { CHROMIUM, loadOnce, pages, preparePages, startPageServer } from './render';

const RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 7);
const DEFAULT_PAGES = ['case-tracker', 'floor-case-static'];
/** Rows of the source table and of each function table. */
const TOP = 20;

/** A source path as a reader knows it: from the package's name on. */
const shortSource = (source: string) => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');

/** Resolves positions in the bundles in `files` (served under `origin`) through their maps. */
function resolver(origin: string, files: Map<string, Uint8Array>): Resolve {
  const maps = new Map<string, TraceMap | null>();
  return (url, line, column) => {
    if (!url.startsWith(origin)) return undefined;
    const path = new URL(url).pathname;
    if (!maps.has(path)) {
      const map = files.get(`${path}.map`);
      maps.set(path, map ? new TraceMap(Buffer.from(map).toString('utf8')) : null);
    }
    const map = maps.get(path);
    if (!map) return undefined;
    const o = originalPositionFor(map, { line: line + 1, column });
    return o.source
      ? { source: shortSource(o.source), line: o.line ?? 0, name: o.name ?? undefined }
      : undefined;
  };
}

const ms = (n: number | undefined) => (n === undefined ? '' : fmtMs(n));

export async function profile(ids: string[]): Promise<void> {
  const picked = ids.length > 0 ? ids : DEFAULT_PAGES;
  const { origin, files, seed, close } = await startPageServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const all = pages(seed);
    const unknown = picked.filter((id) => !all.some((p) => p.id === id));
    if (unknown.length > 0)
      throw new Error(
        `bench profile: no page ${unknown.join(', ')} (pages: ${all.map((p) => p.id).join(', ')})`,
      );
    const list = picked.map((id) => all.find((p) => p.id === id)!);
    await preparePages(browser, origin, files, list, all, true);
    const resolve = resolver(origin, files);
    const loads = new Map<string, LoadProfile[]>(list.map((p) => [p.id, []]));
    for (let run = 0; run < RUNS + 1; run++) {
      progress(`profile: run ${run + 1}/${RUNS + 1}${run === 0 ? ' (warm-up, not counted)' : ''}`);
      for (const page of list) {
        let load: LoadProfile | undefined;
        await loadOnce(browser, `${origin}/bench/${page.id}.html${page.hash ?? ''}`, 0, {
          async start(cdp) {
            await cdp.send('Performance.enable');
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
            await cdp.send('Profiler.start');
          },
          async stop(cdp, mark) {
            const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
            const { metrics } = await cdp.send('Performance.getMetrics');
            const start = metrics.find((m) => m.name === 'NavigationStart')?.value;
            if (start === undefined) throw new Error('Chromium gave no NavigationStart metric');
            load = attribute(profile, start * 1e6, mark, resolve);
          },
        });
        if (!load) throw new Error(`bench profile: ${page.id} gave no profile`);
        if (run > 0) loads.get(page.id)!.push(load);
      }
    }
    process.stdout.write(report(list.map((p) => ({ id: p.id, name: p.name, loads: loads.get(p.id)! }))));
  } finally {
    await browser.close();
    await close();
  }
}

/** The Markdown: the pages' totals, self time by source side by side, each page's functions. */
function report(results: { id: string; name: string; loads: LoadProfile[] }[]): string {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const head = `| | ${results.map((r) => r.id).join(' | ')} |\n| --- |${' --- |'.repeat(results.length)}\n`;
  const totals = [
    ['to the mark', 'toMark'],
    ['profiled from', 'from'],
    ['main thread busy', 'busy'],
    ['idle', 'idle'],
  ] as const;
  let out = `# Where the first render's main thread goes (pnpm bench profile)\n\n`;
  out += `4× CPU throttling, sampling profiler at 200 µs, ${RUNS} load${RUNS === 1 ? '' : 's'} per page (one warm-up round not counted), means per load, from navigation start to the page's mark; busy and idle from the profile's start (Chromium starts the page's renderer during the navigation, before any of its scripts run). Pages: ${results.map((r) => `${r.id} = ${r.name}`).join('; ')}.\n\n`;
  out +=
    head +
    totals
      .map(
        ([label, key]) =>
          `| ${label} | ${results.map((r) => ms(mean(r.loads.map((l) => l[key])))).join(' | ')} |`,
      )
      .join('\n');
  const sources = results.map((r) => meanOf(r.loads.map((l) => l.bySource)));
  const keys = [...new Set(sources.flatMap((s) => [...s.keys()]))]
    .sort(
      (a, b) =>
        Math.max(...sources.map((s) => s.get(b) ?? 0)) - Math.max(...sources.map((s) => s.get(a) ?? 0)),
    )
    .slice(0, TOP);
  out += `\n\n## Busy time by source (self, ms per load; the top ${TOP})\n\n${head}`;
  out += keys.map((k) => `| ${k} | ${sources.map((s) => ms(s.get(k))).join(' | ')} |`).join('\n');
  for (const r of results) {
    const self = meanOf(r.loads.map((l) => l.selfByFunction));
    const inclusive = meanOf(r.loads.map((l) => l.byFunction));
    const fns = [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    out += `\n\n## ${r.id}: functions by self time (ms per load; the top ${TOP}), inclusive beside\n\n| function source:line | self | inclusive |\n| --- | --- | --- |\n`;
    out += fns
      .map(([k, v]) => `| ${k.replaceAll('|', '\\|')} | ${ms(v)} | ${ms(inclusive.get(k))} |`)
      .join('\n');
  }
  return `${out}\n`;
}
