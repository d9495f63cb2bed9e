/**
 * First render in Chromium with 4× CPU throttling: each widget's page against a page with one
 * bare Lit element, from navigation start to the widget's first meaningful render (its real
 * content, data included), median of 21 cold loads each, pages interleaved. What each `ready`
 * waits for: report form, `el.ready` = its first step rendered and usable (from the initial
 * bundle; everything after the first step loads after it, on idle or at the first input); TOTP
 * set-up, `el.ready` = its first screen
 * (view loaded, status read from the API); tracker, `recourse-case-updated` (the case read from
 * the API) then the render; desk, its first queue row. Beside them, as information (no goal),
 * two peers measured the same way: Shoelace 2.20.1 `sl-input` + `sl-button` and Web Awesome
 * 3.14.0 `wa-qr-code` + `wa-otp-input` (the component files bench/size.mjs's peers use, bundled
 * together as one page); ready = both elements defined and their first `updateComplete`
 * resolved. The figure is the ratio of the medians; beside it, the p25-p75 of the per-round
 * ratios shows the machine's noise. The pages, their bundles (built per page with the settings
 * of bench/size.mjs) and the API are served by one local server (Recourse on PGlite, seeded with
 * the demo). Everything a page loads comes from the packed packages (scripts/packed.mjs, as
 * `pnpm size` measures them): the packages are built where their `dist/` is older than their
 * sources, packed, npm-installed into a consumer project outside the workspace, and each page is
 * bundled from there (no `@recourse/source` condition). The widgets and the bare page are also
 * measured under 150 ms of emulated round-trip latency per request (CDP
 * `Network.emulateNetworkConditions`, same CPU throttling), each widget against the bare page
 * under the same latency. A widget whose first screen is data (TOTP set-up, tracker, desk) also gets a floor:
 * a bare Lit element making the same reads with plain `fetch` (bench/pages/bare-lit-reads.ts),
 * which no widget showing that data can beat; the widget's ratio to its floor is reported beside
 * its ratio to the bare page. The tracker and the desk check every answer against the API
 * contract's schemas before showing it (the TOTP set-up's status is checked by hand), so they
 * get a second floor that does the same and nothing more (bench/pages/checked-reads.ts).
 * The report form's floor is its own first step as a static template (bench/pages/static-first-step.ts),
 * captured from the packed form before measuring: what the form's code costs above its markup.
 * The tracker has a third floor of the same kind (bench/pages/static-case.ts): its reads, the check
 * its first paint makes (generated from the contract, no zod), then the whole case as the packed
 * tracker first paints it, as a static template: what the tracker's code costs above its case.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createPgliteStore, createRecourseServer } from '@recourse/server';
import { DEMO_CONFIG, seedDemo } from '@recourse/server/demo';
import { build } from 'esbuild';
import { type Browser, type CDPSession, chromium } from 'playwright';
import { publishable } from '../scripts/packed.mjs';
import { BENCH_LIMITS, fmtMs, fmtRatio, median, percentile, progress, ROOT, type Row, silent } from './lib';
import { prepareConsumer } from './size.mjs';

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 15);
/** Rounds of the latency rows (fewer: each load waits several emulated round trips). */
const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 9);
/** Only these pages (ids, comma-separated; the bare page always), for a quick look at a few. */
const ONLY = process.env.BENCH_RENDER_PAGES?.split(',');
/** Emulated round-trip latency of each request in the latency rows, in ms. */
const LATENCY_MS = 150;
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export interface Page {
  id: string;
  name: string;
  /** The module(s) the page loads; several are bundled together, as bench/size.mjs does. */
  entry: string | string[];
  tag: string;
  attrs?: string;
  /** The page's body markup, when it is not one `<tag attrs>` element. */
  body?: string;
  /** Inline script run after the bundle: sets `el` up and awaits its first meaningful render. */
  ready: string;
  hash?: string;
  /** A peer design system: reported as information beside our widgets, without the goal. */
  peer?: boolean;
  /**
   * For a widget whose first screen is data: the pages of a bare Lit element making the same reads
   * (bench/pages/bare-lit-reads.ts), and checking them as the widget must
   * (bench/pages/checked-reads.ts): the floors any widget showing that data would stand on.
   */
  floors?: string[];
  /** A floor page: reported as information (its ratio to the bare page). */
  isFloor?: boolean;
  /** Goals (ratios) of this widget's rows: against the bare page, and against each floor. */
  goals?: { bare?: number; floors?: Record<string, number>; latency?: number };
  /** Also measured under {@link LATENCY_MS} of latency, against the bare page under the same. */
  latency?: boolean;
}

/** The goal of rows the issue gives none for (the earlier table's). */
const DEFAULT_GOAL = 1.25;

/** A widget's entry as a platform imports it from the installed package. */
const define = (name: string) => `@recourse/elements/define/${name}`;
/** A bench page, copied into the consumer project (`pages/`), so it imports the installed packages. */
const benchPage = (file: string) => `./pages/${file}`;
const nm = (path: string) => join(ROOT, 'bench/node_modules', path);
/** A peer page is ready when its elements are defined and their first `updateComplete` resolved. */
const peerReady = (tags: string[]) => `const tags = ${JSON.stringify(tags)};
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all(tags.flatMap((t) => [...document.querySelectorAll(t)]).map((e) => e.updateComplete));`;
/** The enrollment address the peer QR code encodes (the shape of the TOTP set-up's). */
const OTPAUTH =
  'otpauth://totp/Lantern%20Wallet:bench.user%40example.net?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Lantern%20Wallet';

/** A floor page is ready when its reads answered (its `bench-read` event) and it rendered them. */
const READ_AND_RENDERED = `await new Promise((r) => el.addEventListener('bench-read', r, { once: true }));
await el.updateComplete;`;

/**
 * A floor page: a bare Lit element making one widget's first reads (see `Page.floors`); `checked`:
 * and checking each answer with the contract's schema for it.
 */
const floorPage = (id: string, reads: string, what: string, hash = '', checked = false): Page => ({
  id,
  name: `bare Lit element making ${what}${checked ? ", checked with the API's schemas" : ''}`,
  entry: benchPage(`${checked ? 'checked-reads' : 'bare-lit-reads'}.ts`),
  tag: checked ? 'bench-checked-reads' : 'bench-bare-lit-reads',
  attrs: ` reads="${reads}"`,
  hash,
  ready: READ_AND_RENDERED,
  isFloor: true,
});

/** The report form's floor: its first step captured from the packed form, shown as a static template. */
const STATIC_FIRST_STEP = 'floor-report-static';
/** The tracker's floor at its design: its reads, its first paint's check, its case as a static template. */
const STATIC_CASE = 'floor-case-static';

/**
 * The static floors: each shows the markup and styles of a widget's first paint, captured from the
 * packed widget (its page, `source`) before measuring and written to `pages/<file>.data.ts`.
 * `must`: what the capture must hold, so that an empty or wrong capture fails instead of
 * flattering the widget.
 */
const STATIC_FLOORS: Record<string, { source: string; tag: string; file: string; must: string[] }> = {
  [STATIC_FIRST_STEP]: {
    source: 'report-form',
    tag: 'recourse-report-form',
    file: 'static-first-step',
    must: ['<form'],
  },
  [STATIC_CASE]: {
    source: 'case-tracker',
    tag: 'recourse-case-tracker',
    file: 'static-case',
    must: ['part="header"', 'part="stepper"', 'part="timeline"'],
  },
};

const TRACKER_READS = "the tracker's reads (configuration, case with events)";
const DESK_READ = "the desk's read (the queue's first page)";

/** Every page of the bench, built around the demo seed's case and agent. */
export function pages(seed: { caseId: string; token: string; agentKey: string }): Page[] {
  const caseHash = `#case=${seed.caseId}&token=${seed.token}`;
  const deskHash = `#agent=${seed.agentKey}`;
  return [
    {
      id: 'bare',
      name: 'bare Lit element',
      entry: benchPage('bare-lit.ts'),
      tag: 'bench-bare-lit',
      ready: 'await el.updateComplete;',
      latency: true,
    },
    floorPage('floor-totp', 'totp', "the TOTP set-up's read (its status)"),
    floorPage('floor-case', 'case', TRACKER_READS, caseHash),
    floorPage('floor-case-checked', 'case', TRACKER_READS, caseHash, true),
    {
      id: STATIC_CASE,
      name: "the tracker's case as a static Lit template after its first read, checked as its first paint checks it (its markup and styles, none of its code)",
      entry: benchPage('static-case.ts'),
      tag: 'bench-static-case',
      hash: caseHash,
      ready: READ_AND_RENDERED,
      isFloor: true,
    },
    floorPage('floor-desk', 'desk', DESK_READ, deskHash),
    floorPage('floor-desk-checked', 'desk', DESK_READ, deskHash, true),
    {
      id: STATIC_FIRST_STEP,
      name: "the report form's first step as a static Lit template (its markup and styles, none of its code)",
      entry: benchPage('static-first-step.ts'),
      tag: 'bench-static-first-step',
      ready: 'await el.updateComplete;',
      isFloor: true,
    },
    {
      id: 'report-form',
      name: '<recourse-report-form>',
      entry: define('report-form'),
      tag: 'recourse-report-form',
      ready: 'await el.ready;',
      floors: [STATIC_FIRST_STEP],
      // Issue 20: what its own code costs above that static step (1.16× on 2026-11-28), cut.
      goals: { bare: 1.35, floors: { [STATIC_FIRST_STEP]: 1.16 } },
      latency: true,
    },
    {
      id: 'totp-setup',
      name: '<recourse-totp-setup>',
      entry: define('totp-setup'),
      tag: 'recourse-totp-setup',
      ready: 'await el.ready;',
      floors: ['floor-totp'],
      latency: true,
    },
    {
      id: 'case-tracker',
      name: '<recourse-case-tracker>',
      entry: define('case-tracker'),
      tag: 'recourse-case-tracker',
      hash: caseHash,
      ready: `await new Promise((r) => el.addEventListener('recourse-case-updated', r, { once: true }));
await el.updateComplete;`,
      floors: ['floor-case', 'floor-case-checked', STATIC_CASE],
      goals: { bare: 2.0, latency: 2.0 },
      latency: true,
    },
    {
      id: 'case-desk',
      name: '<recourse-case-desk>',
      entry: define('case-desk'),
      tag: 'recourse-case-desk',
      ready: `el.agentKey = ${JSON.stringify(seed.agentKey)};
await new Promise((r) => {
  const root = el.renderRoot;
  const done = () => root.querySelector('tbody tr') && r();
  new MutationObserver(done).observe(root, { childList: true, subtree: true });
  done();
});`,
      floors: ['floor-desk', 'floor-desk-checked'],
      goals: { bare: 2.5, floors: { 'floor-desk-checked': 1.25 } },
      latency: true,
    },
    {
      id: 'shoelace',
      name: 'Shoelace sl-input + sl-button',
      entry: [
        nm('@shoelace-style/shoelace/dist/components/input/input.js'),
        nm('@shoelace-style/shoelace/dist/components/button/button.js'),
      ],
      tag: 'sl-input',
      body: '<sl-input label="Email" type="email" name="email"></sl-input>\n<sl-button variant="primary">Next</sl-button>',
      ready: peerReady(['sl-input', 'sl-button']),
      peer: true,
    },
    {
      id: 'webawesome',
      name: 'Web Awesome wa-qr-code + wa-otp-input',
      entry: [
        nm('@awesome.me/webawesome/dist/components/qr-code/qr-code.js'),
        nm('@awesome.me/webawesome/dist/components/otp-input/otp-input.js'),
      ],
      tag: 'wa-qr-code',
      body: `<wa-qr-code value="${OTPAUTH}" label="Scan with your authenticator app" size="192"></wa-qr-code>\n<wa-otp-input label="Code from the app" length="6"></wa-otp-input>`,
      ready: peerReady(['wa-qr-code', 'wa-otp-input']),
      peer: true,
    },
  ];
}

/**
 * Bundles one page's entry the way bench/size.mjs does, from the consumer project `dir` (the
 * packed packages as npm installed them; several files: one page importing them all); files by
 * URL under `<prefix>/assets/<id>/`, the entry as `entry.js`.
 */
export async function bundle(
  page: Page,
  dir: string,
  files: Map<string, Uint8Array>,
  prefix = '',
  sourcemap = false,
): Promise<void> {
  const entries = Array.isArray(page.entry) ? page.entry : [page.entry];
  const result = await build({
    stdin: {
      contents: entries.map((f) => `import ${JSON.stringify(f)};`).join('\n'),
      resolveDir: dir,
      sourcefile: 'entry.js',
      loader: 'js',
    },
    absWorkingDir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: join(dir, 'out-render', page.id),
    legalComments: 'none',
    logLevel: 'error',
    // External maps: the code served is the same byte for byte, no `sourceMappingURL` in it.
    ...(sourcemap ? { sourcemap: 'external' as const } : {}),
  });
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    files.set(`${prefix}/assets/${page.id}/${name.replace(/^stdin\.js/, 'entry.js')}`, file.contents);
  }
}

/** The newest modification time under `dir` (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * Builds each publishable package whose `dist/` is missing or older than its sources, so the
 * packed packages are the code as it stands (never an old build measured as the new one).
 */
export function buildStale(): void {
  for (const { name, dir } of publishable()) {
    if (existsSync(join(dir, 'dist')) && newest(join(dir, 'src')) <= newest(join(dir, 'dist'))) continue;
    progress(`first render: building ${name} (its dist/ is older than its sources)`);
    const r = spawnSync('pnpm', ['--filter', name, 'run', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`pnpm --filter ${name} run build failed`);
  }
}

/** A page's HTML, served as `<prefix>/bench/<id>.html`; its bundle under `<prefix>/assets/<id>/`. */
export function html(page: Page, prefix = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${page.id}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>${page.body ?? `<${page.tag}${page.attrs ?? ''}></${page.tag}>`}
<script type="module">
import '${prefix}/assets/${page.id}/entry.js';
const el = document.querySelector('${page.tag}');
${page.ready}
performance.mark('first-meaningful-render');
window.__fmr = performance.now();
console.log('__fmr ' + window.__fmr);
</script></body></html>`;
}

/**
 * Captures a widget's first paint as the packed widget renders it (English, no throttling): its
 * shadow root's markup and the text of its adopted style sheets, written to the consumer
 * project's `pages/<file>.data.ts` for a static floor page (see {@link STATIC_FLOORS}).
 */
async function captureStatic(
  browser: Browser,
  url: string,
  dir: string,
  { tag, file, must }: (typeof STATIC_FLOORS)[string],
): Promise<void> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const done = tab.waitForEvent('console', {
      predicate: (m) => m.text().startsWith('__fmr '),
      timeout: 60_000,
    });
    await tab.goto(url, { waitUntil: 'commit' });
    await done;
    const captured = await tab.evaluate((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) return null;
      const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
      return { markup: root.innerHTML, css: css.join('\n') };
    }, tag);
    // A floor with nothing in it would flatter the widget: refuse an empty or partial capture.
    const missing = must.filter((part) => !captured?.markup.includes(part));
    if (!captured || missing.length > 0 || captured.css.length < 1000)
      throw new Error(
        `first render: could not capture ${tag}'s first paint (${missing.length ? `no ${missing.join(', ')}` : 'no styles'})`,
      );
    writeFileSync(
      join(dir, `pages/${file}.data.ts`),
      `export const MARKUP: string = ${JSON.stringify(captured.markup)};\nexport const CSS: string = ${JSON.stringify(captured.css)};\n`,
    );
  } finally {
    await context.close();
  }
}

/** The demo seed's case and agent, as {@link pages} needs them. */
export interface Seed {
  caseId: string;
  token: string;
  agentKey: string;
}

/**
 * The bench's one loopback server: Recourse on PGlite seeded with the demo, and beside its API
 * the pages and bundles put in `files` (by URL path), served uncached.
 */
export async function startPageServer(): Promise<{
  origin: string;
  files: Map<string, Uint8Array>;
  seed: Seed;
  close: () => Promise<void>;
}> {
  const store = await createPgliteStore({});
  const seed = await seedDemo(store);
  const server = createRecourseServer({
    store,
    config: DEMO_CONFIG,
    hooks: {
      ...seed.hooks,
      authenticateUser: () => ({ userId: 'bench-user', contacts: [{ email: 'bench.user@example.net' }] }),
    },
    totp: { secretKey: randomBytes(32).toString('base64'), issuer: 'Lantern Wallet' },
    logger: silent,
    rateLimits: BENCH_LIMITS,
  });
  const files = new Map<string, Uint8Array>();
  const api = getRequestListener(server.fetch);
  const httpServer = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const body = files.get(path);
    if (body) {
      res.writeHead(200, {
        'Content-Type': path.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } else void api(req, res);
  });
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    files,
    seed: { caseId: seed.cases[0]!.id, token: seed.cases[0]!.accessToken, agentKey: seed.agentKey! },
    close: async () => {
      const closed = new Promise<void>((r) => httpServer.close(() => r()));
      httpServer.closeAllConnections();
      await closed;
      server.close();
      await store.close();
    },
  };
}

/** What runs around one load on its DevTools session: `start` before the navigation, `stop` after the mark. */
export interface LoadProbe {
  start(cdp: CDPSession): Promise<void>;
  /** @param mark - the page's mark, ms after navigation start */
  stop(cdp: CDPSession, mark: number): Promise<void>;
}

/**
 * One cold load of `url` in a fresh context (empty cache), 4× CPU throttling and `latency` ms of
 * emulated round-trip latency per request (0: none): ms from navigation start to the page's
 * `first-meaningful-render` mark, read back from its console message. `probe`: what
 * `pnpm bench profile` runs around the load (its profiler).
 */
export async function loadOnce(
  browser: Browser,
  url: string,
  latency = 0,
  probe?: LoadProbe,
): Promise<number> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (latency) {
      // Every request waits this long for its answer (Chromium's network emulation).
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    // The figure comes back as a console message: nothing is injected into or evaluated in
    // the page while it loads (Playwright's waitForFunction compiles its injected script
    // in the page, which cost a throttled main thread 70-230 ms in the middle of a load).
    const message = tab.waitForEvent('console', {
      predicate: (m) => m.text().startsWith('__fmr '),
      timeout: 60_000,
    });
    await probe?.start(cdp);
    await tab.goto(url, { waitUntil: 'commit' });
    const mark = Number((await message).text().slice('__fmr '.length));
    await probe?.stop(cdp, mark);
    return mark;
  } finally {
    await context.close();
  }
}

/**
 * Builds what `list` needs to load from the packed packages: packs and installs them outside the
 * workspace, copies the bench's pages there, bundles each page into `files` (and a static floor
 * once its widget's first paint is captured), then removes the consumer project. `all`: every
 * page, for a static floor's source page when it is not in `list`. `sourcemap`: each bundle's map
 * beside it in `files` (`<file>.map`, never requested by the pages), for `pnpm bench profile`.
 */
export async function preparePages(
  browser: Browser,
  origin: string,
  files: Map<string, Uint8Array>,
  list: readonly Page[],
  all: readonly Page[],
  sourcemap = false,
): Promise<void> {
  buildStale();
  progress('first render: packing the packages and installing them outside the workspace');
  const consumer = prepareConsumer();
  try {
    cpSync(join(ROOT, 'bench/pages'), join(consumer.dir, 'pages'), { recursive: true });
    progress('first render: bundling the pages from the installed packages');
    // A static floor is bundled once its widget's first paint is captured, and that widget's
    // page is bundled for the capture even when it is not measured (BENCH_RENDER_PAGES).
    const statics = list.filter((p) => STATIC_FLOORS[p.id]);
    const sources = statics.map((p) => all.find((q) => q.id === STATIC_FLOORS[p.id]!.source)!);
    for (const page of [...new Set([...list, ...sources])]) {
      if (statics.includes(page)) continue;
      await bundle(page, consumer.dir, files, '', sourcemap);
      files.set(`/bench/${page.id}.html`, Buffer.from(html(page)));
    }
    for (const [i, page] of statics.entries()) {
      const source = sources[i]!;
      const url = `${origin}/bench/${source.id}.html${source.hash ?? ''}`;
      await captureStatic(browser, url, consumer.dir, STATIC_FLOORS[page.id]!);
      await bundle(page, consumer.dir, files, '', sourcemap);
      files.set(`/bench/${page.id}.html`, Buffer.from(html(page)));
    }
  } finally {
    consumer.cleanup();
  }
}

export async function renderRows(): Promise<{ rows: Row[]; chromium: string }> {
  const { origin, files, seed, close } = await startPageServer();
  const all = pages(seed);
  const list = all.filter((p) => !ONLY || p.id === 'bare' || ONLY.includes(p.id));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const version = browser.version();
  try {
    await preparePages(browser, origin, files, list, all);
  } catch (err) {
    await browser.close();
    await close();
    throw err;
  }
  const times = new Map<string, number[]>(list.map((p) => [p.id, []]));
  const failures = new Map<string, string>();
  // The latency pass: its own times and failures, keyed by page id.
  const slowTimes = new Map<string, number[]>(list.filter((p) => p.latency).map((p) => [p.id, []]));
  const slowFailures = new Map<string, string>();
  const passes = [
    { runs: RUNS, pages: list, times, failures, latency: 0 },
    {
      runs: LATENCY_RUNS,
      pages: list.filter((p) => p.latency),
      times: slowTimes,
      failures: slowFailures,
      latency: LATENCY_MS,
    },
  ];
  try {
    // A pass of 0 runs (BENCH_LATENCY_RUNS=0) is skipped, warm-up and rows too: no row without a figure.
    for (const pass of passes.filter((p) => p.runs > 0))
      for (let run = 0; run < pass.runs + 1; run++) {
        const what = pass.latency ? `, ${pass.latency} ms latency` : '';
        progress(
          `first render${what}: run ${run + 1}/${pass.runs + 1}${run === 0 ? ' (warm-up, not counted)' : ''}`,
        );
        for (const page of pass.pages) {
          if (pass.failures.has(page.id)) continue;
          try {
            const ms = await loadOnce(
              browser,
              `${origin}/bench/${page.id}.html${page.hash ?? ''}`,
              pass.latency,
            );
            if (run > 0) pass.times.get(page.id)!.push(ms);
          } catch (err) {
            pass.failures.set(page.id, (err as Error).message.split('\n')[0]!);
          }
        }
      }
  } finally {
    await browser.close();
    await close();
  }
  const bare = times.get('bare')!;
  const base = median(bare);
  /**
   * The spread of the ratio: each round's load against the bare page's load of the same round
   * (interleaved, so a slow moment of a shared machine weighs on both), p25-p75. Information
   * beside the goal's figure (the ratio of the medians), so a reader sees how much of a
   * difference the machine's noise could hide.
   */
  const spread = (values: number[], against = bare): string => {
    const ratios = values.slice(0, against.length).map((v, i) => v / against[i]!);
    return `per-round ratio p25-p75 ${percentile(ratios, 25).toFixed(2)}-${fmtRatio(percentile(ratios, 75))}`;
  };
  const rows: Row[] = list.flatMap((page): Row[] => {
    const failure = failures.get(page.id);
    if (failure)
      return [{ section: 'First render', name: page.name, value: '—', goal: '', status: `FAIL: ${failure}` }];
    const m = median(times.get(page.id)!);
    if (page.id === 'bare')
      return [
        {
          section: 'First render',
          name: `bare Lit element (4× CPU throttling, median of ${RUNS})`,
          value: fmtMs(m),
          goal: '',
          status: 'info',
        },
      ];
    const ratio = m / base;
    const value = `${fmtRatio(ratio)} (${fmtMs(m)}; ${spread(times.get(page.id)!)})`;
    if (page.peer || page.isFloor)
      return [{ section: 'First render', name: `${page.name} vs bare Lit`, value, goal: '', status: 'info' }];
    const goal = page.goals?.bare ?? DEFAULT_GOAL;
    const row: Row = {
      section: 'First render',
      name: `${page.name} vs bare Lit`,
      value,
      goal: `≤ ${fmtRatio(goal)}`,
      status: ratio <= goal ? 'ok' : 'FAIL',
    };
    // The same widget against the floors of its data: what it costs over the reads themselves
    // (and over checking them, where it must).
    const overFloors = (page.floors ?? []).flatMap((id): Row[] => {
      const floor = list.find((p) => p.id === id);
      if (!floor || failures.has(id)) return [];
      const floorTimes = times.get(id)!;
      const overFloor = m / median(floorTimes);
      const floorGoal = page.goals?.floors?.[id] ?? DEFAULT_GOAL;
      return [
        {
          section: 'First render',
          name: `${page.name} vs ${floor.name}`,
          value: `${fmtRatio(overFloor)} (${spread(times.get(page.id)!, floorTimes)})`,
          goal: `≤ ${fmtRatio(floorGoal)}`,
          status: overFloor <= floorGoal ? 'ok' : 'FAIL',
        },
      ];
    });
    return [row, ...overFloors];
  });
  // Under latency: the bare page's figure, then each widget against it (same latency, same CPU).
  const slowBare = slowTimes.get('bare') ?? [];
  const slowName = `${LATENCY_MS} ms latency per request, 4× CPU throttling, median of ${LATENCY_RUNS}`;
  for (const page of list.filter((p) => p.latency && LATENCY_RUNS > 0)) {
    const failure = slowFailures.get(page.id) ?? (page.id === 'bare' ? undefined : slowFailures.get('bare'));
    const name =
      page.id === 'bare'
        ? `bare Lit element (${slowName})`
        : `${page.name} vs bare Lit, ${LATENCY_MS} ms latency`;
    if (failure) {
      rows.push({ section: 'First render', name, value: '—', goal: '', status: `FAIL: ${failure}` });
      continue;
    }
    const m = median(slowTimes.get(page.id)!);
    if (page.id === 'bare') {
      rows.push({ section: 'First render', name, value: fmtMs(m), goal: '', status: 'info' });
      continue;
    }
    const ratio = m / median(slowBare);
    const goal = page.goals?.latency;
    rows.push({
      section: 'First render',
      name,
      value: `${fmtRatio(ratio)} (${fmtMs(m)}; ${spread(slowTimes.get(page.id)!, slowBare)})`,
      goal: goal === undefined ? '' : `≤ ${fmtRatio(goal)}`,
      status: goal === undefined ? 'info' : ratio <= goal ? 'ok' : 'FAIL',
    });
  }
  return { rows, chromium: version };
}
