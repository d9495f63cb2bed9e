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
 * the demo). A widget whose first screen is data (TOTP set-up, tracker, desk) also gets a floor:
 * a bare Lit element making the same reads with plain `fetch` (bench/pages/bare-lit-reads.ts),
 * which no widget showing that data can beat; the widget's ratio to its floor is reported beside
 * its ratio to the bare page. The tracker and the desk check every answer against the API
 * contract's schemas before showing it (the TOTP set-up's status is checked by hand), so they
 * get a second floor that does the same and nothing more (bench/pages/checked-reads.ts).
 * @module
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createPgliteStore, createRecourseServer } from '@recourse/server';
import { DEMO_CONFIG, seedDemo } from '@recourse/server/demo';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { BENCH_LIMITS, fmtMs, fmtRatio, median, percentile, progress, ROOT, type Row, silent } from './lib';

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 21);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

interface Page {
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
}

const define = (tag: string) => join(ROOT, `packages/elements/src/define/${tag}.ts`);
const nm = (path: string) => join(ROOT, 'bench/node_modules', path);
/** A peer page is ready when its elements are defined and their first `updateComplete` resolved. */
const peerReady = (tags: string[]) => `const tags = ${JSON.stringify(tags)};
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all(tags.flatMap((t) => [...document.querySelectorAll(t)]).map((e) => e.updateComplete));`;
/** The enrollment address the peer QR code encodes (the shape of the TOTP set-up's). */
const OTPAUTH =
  'otpauth://totp/Lantern%20Wallet:bench.user%40example.net?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Lantern%20Wallet';

/**
 * A floor page: a bare Lit element making one widget's first reads (see `Page.floors`); `checked`:
 * and checking each answer with the contract's schema for it.
 */
const floorPage = (id: string, reads: string, what: string, hash = '', checked = false): Page => ({
  id,
  name: `bare Lit element making ${what}${checked ? ", checked with the API's schemas" : ''}`,
  entry: join(ROOT, `bench/pages/${checked ? 'checked-reads' : 'bare-lit-reads'}.ts`),
  tag: checked ? 'bench-checked-reads' : 'bench-bare-lit-reads',
  attrs: ` reads="${reads}"`,
  hash,
  ready: `await new Promise((r) => el.addEventListener('bench-read', r, { once: true }));
await el.updateComplete;`,
  isFloor: true,
});

const TRACKER_READS = "the tracker's reads (configuration, case, events)";
const DESK_READ = "the desk's read (the queue's first page)";

function pages(seed: { caseId: string; token: string; agentKey: string }): Page[] {
  const caseHash = `#case=${seed.caseId}&token=${seed.token}`;
  const deskHash = `#agent=${seed.agentKey}`;
  return [
    {
      id: 'bare',
      name: 'bare Lit element',
      entry: join(ROOT, 'bench/pages/bare-lit.ts'),
      tag: 'bench-bare-lit',
      ready: 'await el.updateComplete;',
    },
    floorPage('floor-totp', 'totp', "the TOTP set-up's read (its status)"),
    floorPage('floor-case', 'case', TRACKER_READS, caseHash),
    floorPage('floor-case-checked', 'case', TRACKER_READS, caseHash, true),
    floorPage('floor-desk', 'desk', DESK_READ, deskHash),
    floorPage('floor-desk-checked', 'desk', DESK_READ, deskHash, true),
    {
      id: 'report-form',
      name: '<recourse-report-form>',
      entry: define('recourse-report-form'),
      tag: 'recourse-report-form',
      ready: 'await el.ready;',
    },
    {
      id: 'totp-setup',
      name: '<recourse-totp-setup>',
      entry: define('recourse-totp-setup'),
      tag: 'recourse-totp-setup',
      ready: 'await el.ready;',
      floors: ['floor-totp'],
    },
    {
      id: 'case-tracker',
      name: '<recourse-case-tracker>',
      entry: define('recourse-case-tracker'),
      tag: 'recourse-case-tracker',
      hash: caseHash,
      ready: `await new Promise((r) => el.addEventListener('recourse-case-updated', r, { once: true }));
await el.updateComplete;`,
      floors: ['floor-case', 'floor-case-checked'],
    },
    {
      id: 'case-desk',
      name: '<recourse-case-desk>',
      entry: define('recourse-case-desk'),
      tag: 'recourse-case-desk',
      ready: `el.agentKey = ${JSON.stringify(seed.agentKey)};
await new Promise((r) => {
  const root = el.renderRoot;
  const done = () => root.querySelector('tbody tr') && r();
  new MutationObserver(done).observe(root, { childList: true, subtree: true });
  done();
});`,
      floors: ['floor-desk', 'floor-desk-checked'],
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
 * Bundles one page's entry the way bench/size.mjs does (several files: one page importing them
 * all); files by URL under `/assets/<id>/`, the entry as `entry.js`.
 */
async function bundle(page: Page, files: Map<string, Uint8Array>): Promise<void> {
  const entries = Array.isArray(page.entry) ? page.entry : undefined;
  const result = await build({
    ...(entries
      ? {
          stdin: {
            contents: entries.map((f) => `import ${JSON.stringify(f)};`).join('\n'),
            resolveDir: ROOT,
            sourcefile: 'entry.js',
            loader: 'js' as const,
          },
        }
      : { entryPoints: { entry: page.entry as string } }),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: join(ROOT, 'node_modules/.bench', page.id),
    conditions: ['@recourse/source', 'browser', 'module', 'import'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'error',
  });
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    files.set(`/assets/${page.id}/${entries && name === 'stdin.js' ? 'entry.js' : name}`, file.contents);
  }
}

function html(page: Page): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${page.id}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>${page.body ?? `<${page.tag}${page.attrs ?? ''}></${page.tag}>`}
<script type="module">
import '/assets/${page.id}/entry.js';
const el = document.querySelector('${page.tag}');
${page.ready}
performance.mark('first-meaningful-render');
window.__fmr = performance.now();
console.log('__fmr ' + window.__fmr);
</script></body></html>`;
}

export async function renderRows(): Promise<{ rows: Row[]; chromium: string }> {
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
  const list = pages({
    caseId: seed.cases[0]!.id,
    token: seed.cases[0]!.accessToken,
    agentKey: seed.agentKey!,
  });
  const files = new Map<string, Uint8Array>();
  progress('first render: bundling the pages');
  for (const page of list) {
    await bundle(page, files);
    files.set(`/bench/${page.id}.html`, Buffer.from(html(page)));
  }
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
  const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const version = browser.version();
  const times = new Map<string, number[]>(list.map((p) => [p.id, []]));
  const failures = new Map<string, string>();
  try {
    for (let run = 0; run < RUNS + 1; run++) {
      progress(`first render: run ${run + 1}/${RUNS + 1}${run === 0 ? ' (warm-up, not counted)' : ''}`);
      for (const page of list) {
        if (failures.has(page.id)) continue;
        const context = await browser.newContext();
        try {
          const tab = await context.newPage();
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          // The figure comes back as a console message: nothing is injected into or evaluated in
          // the page while it loads (Playwright's waitForFunction compiles its injected script
          // in the page, which cost a throttled main thread 70-230 ms in the middle of a load).
          const message = tab.waitForEvent('console', {
            predicate: (m) => m.text().startsWith('__fmr '),
            timeout: 60_000,
          });
          await tab.goto(`${origin}/bench/${page.id}.html${page.hash ?? ''}`, { waitUntil: 'commit' });
          const ms = Number((await message).text().slice('__fmr '.length));
          if (run > 0) times.get(page.id)!.push(ms);
        } catch (err) {
          failures.set(page.id, (err as Error).message.split('\n')[0]!);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    const closed = new Promise<void>((r) => httpServer.close(() => r()));
    httpServer.closeAllConnections();
    await closed;
    server.close();
    await store.close();
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
    const row: Row = {
      section: 'First render',
      name: `${page.name} vs bare Lit`,
      value,
      goal: '≤ 1.25×',
      status: ratio <= 1.25 ? 'ok' : 'FAIL',
    };
    // The same widget against the floors of its data: what it costs over the reads themselves
    // (and over checking them, where it must).
    const overFloors = (page.floors ?? []).flatMap((id): Row[] => {
      const floor = list.find((p) => p.id === id)!;
      if (failures.has(id)) return [];
      const floorTimes = times.get(id)!;
      const overFloor = m / median(floorTimes);
      return [
        {
          section: 'First render',
          name: `${page.name} vs ${floor.name}`,
          value: `${fmtRatio(overFloor)} (${spread(times.get(page.id)!, floorTimes)})`,
          goal: '≤ 1.25×',
          status: overFloor <= 1.25 ? 'ok' : 'FAIL',
        },
      ];
    });
    return [row, ...overFloors];
  });
  return { rows, chromium: version };
}
