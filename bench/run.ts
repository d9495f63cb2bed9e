/**
 * `pnpm bench`: the performance figures of issue 8, printed as one table and written to
 * bench/RESULTS.md with the date and the machine. Sections can be picked:
 * `pnpm bench bundle render http live scale` (default: all). `pnpm bench compare <rev>`: the
 * widgets' first render against an earlier revision (bench/compare.ts, bench/COMPARE.md).
 * `pnpm bench profile [page…]`: where pages' first render spends the main thread (bench/profile.ts).
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureTestDeps } from '../scripts/test-deps.mjs';
import { cpuModel, type Row } from './lib';

// Chromium and PostgreSQL as the test command gets them (installed where missing, the cluster
// started), before the sections read their settings. Without them, their rows say so.
if (!ensureTestDeps())
  process.stderr.write('bench: Chromium or PostgreSQL is missing; their rows will say so\n');

// `pnpm bench compare <rev>`: this tree's first render against an earlier revision's (bench/compare.ts).
const args = process.argv.slice(2).filter((a) => a !== '--');
if (args[0] === 'compare') {
  const { compare } = await import('./compare');
  await compare(args[1]);
  process.exit(0);
}
// `pnpm bench profile [page…]`: where each page's first render spends the main thread (bench/profile.ts).
if (args[0] === 'profile') {
  const { profile } = await import('./profile');
  await profile(args.slice(1));
  process.exit(0);
}
const { DATABASE_URL, ROOT } = await import('./lib');
const { bundleRows } = await import('./bundle');
const { renderRows } = await import('./render');
const { httpRows } = await import('./http');
const { liveRows } = await import('./live');
const { scaleRows } = await import('./scale');

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const picked = new Set(args);
const want = (name: string) => picked.size === 0 || picked.has(name);

const rows: Row[] = [];
let chromium = 'not run';

async function section(name: string, title: string, fn: () => Promise<Row[]>): Promise<void> {
  if (!want(name)) return;
  process.stderr.write(`${title}…\n`);
  try {
    rows.push(...(await fn()));
  } catch (err) {
    rows.push({
      section: title,
      name: '(section failed)',
      value: '—',
      goal: '',
      status: `not measured: ${err}`,
    });
  }
}

await section('bundle', 'Bundle', bundleRows);
await section('render', 'First render', async () => {
  const r = await renderRows();
  chromium = r.chromium;
  return r.rows;
});
await section('http', 'Server', httpRows);
await section('live', 'Live', liveRows);
await section('scale', 'Scale', scaleRows);

const totalSeconds = Math.round((performance.now() - started) / 1000);

function postgresVersion(): string {
  try {
    return execFileSync('psql', [DATABASE_URL, '-Atc', 'SHOW server_version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const header = ['section', 'measure', 'figure', 'goal', 'status'];
const cells = rows.map((r) => [r.section, r.name, r.value, r.goal, r.status]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const c of cells) console.log(line(c));
console.log(`\ntotal runtime ${totalSeconds} s`);

const machine = [
  `- CPU: ${cpuModel()}, ${cpus().length} cores`,
  `- Node ${process.version}`,
  `- Chromium ${chromium}`,
  `- PostgreSQL ${postgresVersion()}`,
];
const md = `# Performance figures

Made by \`pnpm bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}; total runtime ${totalSeconds} s${picked.size ? ` (sections: ${[...picked].join(', ')})` : ''}.

${machine.join('\n')}

| section | measure | figure | goal | status |
| --- | --- | --- | --- | --- |
${cells.map((c) => `| ${c.map((x) => x.replace(/\|/g, '\\|').replace(/</g, '&lt;')).join(' | ')} |`).join('\n')}

## How each figure is made
- **Bundle**: from the packed packages, as a platform installs them (bench/size.mjs, docs/adr/0010): every package packed with \`pnpm pack\`, the tarballs npm-installed into one consumer project in a temporary folder outside the workspace (no \`@recourse/source\` condition, each package's \`exports\`), each entry imported by a JS entry file and bundled by esbuild 0.28 (ESM, browser, minified, code splitting) and by Vite 8.3.8 (app build, no library mode); the figure is gzip -9 of the entry chunk and every chunk it imports statically, lazy chunks beside. The script-tag rows are \`dist/cdn/\` of the installed package as served (no bundler): the file and its static imports. Shoelace and Web Awesome (versions from bench/package.json: \`components/input/input.js\` + \`components/button/button.js\`, \`components/qr-code/qr-code.js\` + \`components/otp-input/otp-input.js\`) are npm-installed into the same consumer project and go through the same functions in the same run; a peer that does not install shows —.
- **First render**: from the packed packages, as the Bundle rows: each publishable package built where its \`dist/\` is older than its sources, packed with \`pnpm pack\` and npm-installed into a consumer project outside the workspace (scripts/packed.mjs, as \`pnpm size\`); every page (the bench's own pages in bench/pages/ copied into that project) bundled there by esbuild (size.mjs settings, no \`@recourse/source\` condition). Chromium (Playwright, \`Emulation.setCPUThrottlingRate\` 4), a fresh context per load (cold cache), pages interleaved, one warm-up round not counted, median of 15 (\`BENCH_RENDER_RUNS\`); the figure is the ratio of the medians, and beside it the p25-p75 of the per-round ratios (each load against the bare page's load of the same round), to show how much the machine's noise moves it. Time from navigation start to \`performance.mark('first-meaningful-render')\`, read back from a console message (nothing is injected into or evaluated in the page while it loads): bare Lit: first \`updateComplete\`; report form: \`await el.ready\` (the first step rendered and its controls focusable; its templates and words are in the initial bundle, and everything after the first step loads after, on idle or at the first input, and \`Continue\` waits for it); TOTP set-up: \`await el.ready\` (view loaded and the status read from the API: its first screen); case tracker: \`recourse-case-updated\` (the case read from the API) then \`updateComplete\`; desk: the first queue row in its shadow root. Peers, same method, shown as information: Shoelace 2.20.1 \`sl-input\` + \`sl-button\` (\`components/input/input.js\` + \`components/button/button.js\`) and Web Awesome 3.14.0 \`wa-qr-code\` + \`wa-otp-input\` (\`components/qr-code/qr-code.js\` + \`components/otp-input/otp-input.js\`), each pair bundled together as one page (size.mjs settings; devDependencies of bench/package.json); ready = both elements defined and their first \`updateComplete\` resolved (the design systems' own measure of a rendered element; no API call). Pages, per-page bundles (size.mjs settings) and the API (Recourse on PGlite, demo seed) come from one loopback server in the bench process, so the widgets' figures include their API round trips. **Under latency**: the bare page and each widget again, 150 ms of emulated latency on every request (CDP \`Network.emulateNetworkConditions\`, no bandwidth limit, the same 4× CPU throttling), median of 9 (\`BENCH_LATENCY_RUNS\`), each widget against the bare page under the same latency (the tracker's goal ≤ 2.00×; the others information). Goals: the tracker ≤ 2.00× bare Lit, the report form ≤ 1.35×, the desk ≤ 2.50× bare Lit and ≤ 1.25× its checked floor (issue 20); the other rows keep ≤ 1.25×. Floors, for the widgets whose first screen is data (TOTP set-up, tracker, desk): a bare Lit element (bench/pages/bare-lit-reads.ts) that makes the same reads with plain \`fetch\` and \`JSON.parse\` (no client, no validation) and shows what they hold, dates from the \`Date\` getters (no \`Intl\`: the widgets' first screens use none since ADR 0033, so neither do their floors); ready = the reads answered and the element updated. No widget showing that data from that API can render before its floor, so each data widget has a second row: its ratio to its floor (same goal), beside the ratio to the bare page the issue asks for. The tracker's reads are the configuration and the case with its events (\`?include=events\`), in parallel; the desk's, the queue's first page. The tracker and the desk must also check every answer against the API contract before showing it (their client does, with the contract's zod schemas; the TOTP set-up checks its status by hand), so they have a second floor, the checked floor (bench/pages/checked-reads.ts): the same element, each answer checked with the very \`@recourse/core\` schema the client uses for that endpoint (for the configuration, the tracker's parts: \`platformConfigSchema\`) (through its Standard Schema \`validate\`), and nothing else of the client; its row is the widget's ratio to it (same goal). The report form's floor (bench/pages/static-first-step.ts): its first step as a static Lit template, the markup of its shadow root and the text of its adopted style sheets captured from the packed form (English, unthrottled) just before measuring, rendered through one template with none of the form's code; its row is what the form's own code costs above its markup (issue 20: 1.16× on 2026-11-28, to be cut; goal ≤ 1.16×). The tracker's floor of the same kind, its static floor (bench/pages/static-case.ts, ADR 0038): the reads its first paint starts (the configuration and the case with its events, in parallel), the case's answer checked with the check its first paint uses (\`checkReporterCaseWithEvents\` of \`@recourse/core/lite\`, generated from the contract, no zod), then the whole case as the packed tracker first paints it (its shadow root's markup and adopted style sheets, captured in English, unthrottled, just before measuring; the capture fails unless it holds the header, the stepper and the timeline) through one template; its row is what the tracker's own code costs above fetching, checking and drawing its case (the default goal ≤ 1.25×), and its ratio to the bare page is the least a tracker showing the whole case, checked, can reach.
- **Server**: autocannon 9 (10 connections, 1 s warm-up, 5 s measured) from the bench process against a child process holding the bare Hono routes (\`@hono/node-server\`), Recourse on PGlite and Recourse on PostgreSQL (schema \`bench_http\`, dropped after), all from the published build (\`dist/\` of core and server, built at the start of the section). On two cores the load generator and the server share the machine, and the generator's cost grows with the answer's size: a bare route answering \`{"ok":true}\` (\`/ping\`) is mostly a measure of autocannon. So each read is compared with a bare Hono route serving the very same answer (its bytes and headers, captured from Recourse at start): that ratio is the goal's; the ratio to \`/ping\` is shown beside it. Rate limits raised out of reach (counting still runs where a request counts; a right token is never counted, only failed guesses are); \`createCaseMinMs\` 0 (the default 150 ms floor caps creates at connections ÷ 0.15 s). Reads are of a seeded demo case (6 events), served as in production: from the store's read cache (PGlite: until the case is written; PostgreSQL: dropped by NOTIFY, at most 1 s) and the answer memo (per cached case version, within one clock second); see ADR 0006.
- **Live**: 1,000 raw HTTP streams on \`/v1/cases/{id}/stream\` of one case; once all have the backlog, one agent \`send_message\`; time from sending it until the last stream has the entry.
- **Scale**: schema \`bench_scale\` through the store's migrations; one real case cloned with \`generate_series\` up to 10k, 100k and 1M rows (ANALYZE after each); median of 51 sequential \`GET /v1/desk/cases?limit=25\` (after 5 warm-ups); schema dropped after. Replay/verify: a 10,000-event case made with \`decide\`/\`chainEvents\`, \`replay\` and \`verifyChain\` (with the expected head) in process, median of 7.

## Note
Load average (1 min) when the run started: ${loadAtStart.toFixed(2)}; when it ended: ${loadavg()[0]!.toFixed(2)}. On a 2-core machine anything else running moves these figures; compare runs only at a similar load.
`;
// Figures moved out of ADRs live below `## History`: a run rewrites the figures above and keeps them.
const resultsPath = join(ROOT, 'bench/RESULTS.md');
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const history = previous.indexOf('\n## History');
writeFileSync(resultsPath, history >= 0 ? `${md}${previous.slice(history)}` : md);
