#!/usr/bin/env node
// Size budgets, measured the way a host page loads each entry: esbuild bundle (ESM, browser,
// minified, every dependency included, code splitting for lazy chunks), then gzip -9.
// Prints a table; exits 1 when an entry is over budget or when TOTP code reaches a browser bundle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const el = (tag) => `packages/elements/src/define/${tag}.ts`;

/**
 * What we measure. `files` are bundled together as one page would load them; `budget` is gzip
 * bytes of the initial load (lazy chunks are reported beside it, not counted).
 */
export const ENTRIES = [
  { name: '<recourse-report-form>', files: [el('recourse-report-form')], budget: 18_000 },
  { name: '<recourse-totp-setup>', files: [el('recourse-totp-setup')], budget: null },
  { name: '<recourse-case-tracker>', files: [el('recourse-case-tracker')], budget: null },
  {
    name: 'all three widgets',
    files: [el('recourse-report-form'), el('recourse-totp-setup'), el('recourse-case-tracker')],
    budget: 24_000,
  },
  // The support desk runs on the platform's own back-office pages: counted apart, no budget.
  { name: '<recourse-case-desk>', files: [el('recourse-case-desk')], budget: null },
  // Everything core exports, as a product team's bundle would carry it if it used all of it.
  {
    name: '@recourse/core (everything, browser)',
    files: ['packages/core/src/index.ts'],
    budget: null,
    exports: true,
  },
];

/** Bundles `files` as one page; returns gzip bytes of the initial chunk(s) and of lazy chunks. */
export async function measure(files, { exports = false } = {}) {
  const stdin = {
    contents: files
      .map((f) => `${exports ? 'export * from' : 'import'} ${JSON.stringify(join(root, f))};`)
      .join('\n'),
    resolveDir: root,
    loader: 'js',
  };
  const result = await build({
    stdin,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    outdir: join(root, 'node_modules/.size'),
    conditions: ['@recourse/source', 'browser', 'module', 'import'],
    legalComments: 'none',
    logLevel: 'error',
  });
  let initial = 0;
  let lazy = 0;
  const forbidden = [];
  const stdinOut = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === '<stdin>');
  const initialFiles = new Set([
    stdinOut?.[0],
    ...(stdinOut?.[1].imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path),
  ]);
  for (const file of result.outputFiles) {
    const rel = file.path.slice(root.length);
    const gz = gzipSync(file.contents, { level: 9 }).length;
    if (initialFiles.has(rel)) initial += gz;
    else lazy += gz;
  }
  for (const input of Object.keys(result.metafile.inputs)) {
    if (/(^|\/)otplib\/|core\/src\/totp\//.test(input)) forbidden.push(input);
  }
  return { initial, lazy, forbidden };
}

async function main() {
  const rows = [];
  let failed = false;
  for (const entry of ENTRIES) {
    const missing = entry.files.filter((f) => !existsSync(join(root, f)));
    if (missing.length > 0) {
      rows.push([entry.name, '—', '—', entry.budget ?? '—', 'not built yet']);
      continue;
    }
    const { initial, lazy, forbidden } = await measure(entry.files, entry);
    const over = entry.budget !== null && initial > entry.budget;
    if (over || forbidden.length > 0) failed = true;
    const status =
      forbidden.length > 0
        ? `FAIL: TOTP code in bundle (${forbidden[0]})`
        : over
          ? 'FAIL: over budget'
          : 'ok';
    rows.push([entry.name, initial, lazy, entry.budget ?? '—', status]);
  }
  const header = ['entry', 'gzip bytes', 'lazy chunks', 'budget', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)) + 2);
  const line = (r) =>
    r
      .map((c, i) => (i === 0 || i === 4 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ');
  console.log('\nBundle size (esbuild, minified, gzip -9, as a host page loads each entry)');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
