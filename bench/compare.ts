/**
 * `pnpm bench compare <rev>`: the first render of the four widgets, this tree against an earlier
 * revision, both measured in the same run. The revision is checked out as a detached worktree in
 * a temporary folder (removed at the end, also on failure), installed offline and built; both
 * trees' packages are packed and installed into a consumer project each (scripts/packed.mjs), and
 * each widget page of bench/render.ts (same entry, tag, attributes, ready script) is bundled from
 * both, the base pages under `/base/`. One loopback server (render.ts's: this tree's Recourse on
 * PGlite with the demo seed) serves both sets. After one warm-up round, each round loads every
 * widget from base and current, the order alternating from round to round (ABBA), a fresh
 * context per load, 4× CPU throttling, and the bare Lit page once. Per widget: the ratio of the
 * medians (current / base) with a 95% bootstrap interval over rounds and a verdict
 * (bench/compare-stats.ts). Printed as a table and written to bench/COMPARE.md.
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { type Comparison, compare as compareSeries, MARGIN, RESAMPLES } from './compare-stats';
import { cpuModel, fmtMs, median, progress, ROOT } from './lib';
import { buildStale, bundle, CHROMIUM, html, loadOnce, type Page, pages, startPageServer } from './render';
import { prepareConsumer } from './size.mjs';

/** Measured rounds after the warm-up. */
const RUNS = Number(process.env.BENCH_COMPARE_RUNS ?? 15);
/** The widgets compared (render.ts's page ids); `BENCH_COMPARE_PAGES` (comma-separated) picks some. */
const ALL_WIDGETS = ['report-form', 'totp-setup', 'case-tracker', 'case-desk'];
const WIDGETS = process.env.BENCH_COMPARE_PAGES
  ? ALL_WIDGETS.filter((id) => process.env.BENCH_COMPARE_PAGES!.split(',').includes(id))
  : ALL_WIDGETS;
if (WIDGETS.length === 0) throw new Error(`BENCH_COMPARE_PAGES names none of ${ALL_WIDGETS.join(', ')}`);
/** Where the base revision's pages and bundles are served. */
const BASE = '/base';
/** Fewer rounds than this give intervals too rough to trust (a smoke run, not figures). */
const FEW_ROUNDS = 10;

const git = (args: string[], cwd = ROOT) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** Runs a command in `cwd`, its errors to stderr; throws if it fails. */
function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${r.status})`);
}

/** Short hash and subject of a revision. */
function describe(rev: string): { hash: string; subject: string } {
  const hash = git(['rev-parse', '--short', `${rev}^{commit}`]);
  return { hash, subject: git(['log', '-1', '--format=%s', hash]) };
}

/**
 * Checks the revision out as a detached worktree in a temporary folder outside the workspace,
 * installs it offline and builds its publishable packages. Returns its folder and the removal.
 */
function baseTree(rev: string): { dir: string; remove: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'recourse-compare-'));
  const dir = join(work, 'base');
  const remove = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: ROOT, stdio: 'ignore' });
  };
  try {
    progress(`compare: checking ${rev} out in ${dir}`);
    run('git', ['worktree', 'add', '--detach', dir, rev], ROOT);
    progress('compare: installing the base tree (pnpm install --frozen-lockfile --offline)');
    run('pnpm', ['install', '--frozen-lockfile', '--offline'], dir);
    const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};
    if (!scripts.build) throw new Error(`${rev} has no build script`);
    progress("compare: building the base tree's publishable packages");
    run('pnpm', ['-r', '--filter', './packages/*', 'run', 'build'], dir);
  } catch (err) {
    remove();
    throw err;
  }
  return { dir, remove };
}

interface Result {
  page: Page;
  /** Why the widget has no figure (its base or current page never reached its ready mark). */
  failure?: string;
  base: number[];
  current: number[];
  stats?: Comparison;
  /** Bytes of the page's bundle (all its chunks, minified) from each tree: equal means same code. */
  bytes: { base: number; current: number };
}

const fmtCi = (c: Comparison) => `${c.ratio.toFixed(3)} [${c.lower.toFixed(3)}, ${c.upper.toFixed(3)}]`;
const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0]!;

export async function compare(rev: string | undefined): Promise<void> {
  if (!rev) throw new Error('usage: pnpm bench compare <rev>');
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const baseRev = describe(rev);
  const current = describe('HEAD');
  const dirty = git(['status', '--porcelain']) !== '';
  const currentLabel = `${current.hash}${dirty ? ' + uncommitted changes' : ''}`;

  const tree = baseTree(baseRev.hash);
  const removeOnSignal = () => {
    tree.remove();
    process.exit(130);
  };
  process.once('SIGINT', removeOnSignal);
  process.once('SIGTERM', removeOnSignal);
  const consumers: { cleanup: () => void }[] = [];
  let server: Awaited<ReturnType<typeof startPageServer>> | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const results: Result[] = [];
  const bareTimes: number[] = [];
  let version = 'unknown';
  try {
    buildStale();
    progress('compare: packing both trees and installing them outside the workspace');
    const currentConsumer = prepareConsumer();
    consumers.push(currentConsumer);
    const baseConsumer = prepareConsumer({ root: tree.dir });
    consumers.push(baseConsumer);
    server = await startPageServer();
    const { origin, files } = server;
    const all = pages(server.seed);
    const bare = all.find((p) => p.id === 'bare')!;
    cpSync(join(ROOT, 'bench/pages'), join(currentConsumer.dir, 'pages'), { recursive: true });
    progress('compare: bundling the pages from both installs');
    await bundle(bare, currentConsumer.dir, files);
    files.set(`/bench/${bare.id}.html`, Buffer.from(html(bare)));
    for (const id of WIDGETS) {
      const page = all.find((p) => p.id === id)!;
      const result: Result = { page, base: [], current: [], bytes: { base: 0, current: 0 } };
      results.push(result);
      for (const [dir, prefix, side] of [
        [currentConsumer.dir, '', 'current'],
        [baseConsumer.dir, BASE, 'base'],
      ] as const) {
        try {
          await bundle(page, dir, files, prefix);
          files.set(`${prefix}/bench/${page.id}.html`, Buffer.from(html(page, prefix)));
          for (const [path, body] of files)
            if (path.startsWith(`${prefix}/assets/${page.id}/`)) result.bytes[side] += body.length;
        } catch (err) {
          result.failure ??= `${side} page does not bundle: ${firstLine(err)}`;
        }
      }
    }
    for (const c of consumers.splice(0)) c.cleanup();

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    version = browser.version();
    const url = (page: Page, prefix: string) => `${origin}${prefix}/bench/${page.id}.html${page.hash ?? ''}`;
    // Round 0 is the warm-up, and the check: a page that does not reach its ready mark there (or
    // later) leaves its widget without a figure, with the reason.
    for (let round = 0; round <= RUNS; round++) {
      progress(`compare: round ${round + 1}/${RUNS + 1}${round === 0 ? ' (warm-up, not counted)' : ''}`);
      try {
        const ms = await loadOnce(browser, url(bare, ''));
        if (round > 0) bareTimes.push(ms);
      } catch (err) {
        progress(`compare: the bare page failed: ${firstLine(err)}`);
      }
      for (const result of results) {
        if (result.failure) continue;
        const order = round % 2 === 0 ? (['base', 'current'] as const) : (['current', 'base'] as const);
        const times: Partial<Record<'base' | 'current', number>> = {};
        for (const side of order) {
          try {
            times[side] = await loadOnce(browser, url(result.page, side === 'base' ? BASE : ''));
          } catch (err) {
            result.failure = `${side} page did not reach its ready mark: ${firstLine(err)}`;
            break;
          }
        }
        if (round > 0 && !result.failure) {
          result.base.push(times.base!);
          result.current.push(times.current!);
        }
      }
    }
  } finally {
    process.off('SIGINT', removeOnSignal);
    process.off('SIGTERM', removeOnSignal);
    await browser?.close();
    await server?.close();
    for (const c of consumers) c.cleanup();
    tree.remove();
  }
  for (const r of results) if (!r.failure && RUNS > 0) r.stats = compareSeries(r.base, r.current);
  const loadAtEnd = loadavg()[0]!;
  const seconds = Math.round((Date.now() - started) / 1000);

  const header = ['widget', 'base median', 'current median', 'ratio [95% CI]', 'verdict'];
  const cells = results.map((r) =>
    r.stats
      ? [
          r.page.name,
          fmtMs(r.stats.baseMedian),
          fmtMs(r.stats.currentMedian),
          fmtCi(r.stats),
          r.stats.verdict,
        ]
      : [r.page.name, '—', '—', '—', `not measured: ${r.failure ?? 'no rounds'}`],
  );
  const bareCell = [
    `bare Lit element (information)`,
    '',
    bareTimes.length ? fmtMs(median(bareTimes)) : '—',
    '',
    '',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...[...cells, bareCell].map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
  console.log(
    `\nFirst render, ${currentLabel} (current) against ${baseRev.hash} (base), ${RUNS} round${RUNS === 1 ? '' : 's'}`,
  );
  console.log(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of [...cells, bareCell]) console.log(line(c));
  const fewRounds =
    RUNS < FEW_ROUNDS
      ? `Only ${RUNS} round${RUNS === 1 ? '' : 's'}: a smoke run, its intervals too rough to trust (use ${FEW_ROUNDS} or more for figures).`
      : '';
  if (fewRounds) console.log(`\n${fewRounds}`);
  console.log(`\ntotal runtime ${seconds} s`);

  const cell = (x: string) => x.replace(/\|/g, '\\|').replace(/</g, '&lt;');
  const md = `# First render: this tree against an earlier revision

Made by \`pnpm bench compare ${rev}\` (bench/compare.ts) on ${new Date().toISOString().slice(0, 10)}; total runtime ${seconds} s.

- Base: \`${baseRev.hash}\` ${baseRev.subject}
- Current: \`${currentLabel}\` ${current.subject}
- Machine: ${cpuModel()}, ${cpus().length} cores; load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end
- Node ${process.version}; Chromium ${version}
- Rounds: ${RUNS} (\`BENCH_COMPARE_RUNS\`) after one warm-up

| widget | base median | current median | ratio current/base [95% CI] | verdict |
| --- | --- | --- | --- | --- |
${cells.map((c) => `| ${c.map(cell).join(' | ')} |`).join('\n')}

${fewRounds ? `**${fewRounds}**\n\n` : ''}The bare Lit page, loaded once per round as a gauge of the machine: median ${bareCell[2]}. Bundle bytes (minified, all chunks), base → current: ${results.map((r) => `${r.page.id} ${r.bytes.base.toLocaleString('en-US')} → ${r.bytes.current.toLocaleString('en-US')}`).join('; ')}.

## How it is made
The base revision is checked out as a detached git worktree in a temporary folder, installed with \`pnpm install --frozen-lockfile --offline\` and its publishable packages built; this tree's packages are built where their \`dist/\` is older than their sources. Both trees' packages are packed with \`pnpm pack\` and npm-installed into a consumer project each, outside the workspace (scripts/packed.mjs), and each widget page of bench/render.ts (same entry, tag, attributes and ready script) is bundled from each project (esbuild, bench/size.mjs's settings); one loopback server (this tree's Recourse on PGlite, demo seed) serves both sets of pages and the API, so a base widget talks to the current server. Chromium (Playwright), a fresh context per load (cold cache), 4× CPU throttling, time from navigation start to the page's \`first-meaningful-render\` mark. One warm-up round, not counted, also checks that every page reaches its ready mark (a page that does not, there or later, leaves its widget unmeasured, with the reason). Then ${RUNS} round${RUNS === 1 ? '' : 's'}: in each, every widget is loaded from base and current back to back, the order alternating from round to round (ABBA), and the bare Lit page once. Per widget, the ratio of the medians (current / base) and its 95% interval from a bootstrap over rounds (${RESAMPLES} resamples of the rounds with replacement, each round's base and current loads kept together, a seeded generator so the same figures give the same interval; bench/compare-stats.ts). Verdict: "no worse" when the interval's upper end is ≤ ${MARGIN.toFixed(2)}, "worse" when its lower end is > ${MARGIN.toFixed(2)}, else "inconclusive". Why both trees in one run: on a shared 2-core machine two runs differ by 20-30% (docs/adr/0032).
`;
  writeFileSync(join(ROOT, 'bench/COMPARE.md'), md);
  progress('compare: wrote bench/COMPARE.md');
}
