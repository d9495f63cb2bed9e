#!/usr/bin/env node
// The script-tag build (docs/adr/0010): `dist/cdn/`, ES modules with every dependency inlined
// (lit, lean-qr, @recourse/core, …), minified, split by esbuild so the parts after a widget's
// first paint load lazily. Entries and chunks sit side by side and import each other by relative
// URL, so the folder works from wherever it is served:
//   <script type="module" src="https://cdn.example/@recourse/elements@0.1/dist/cdn/recourse.js"></script>
// `recourse.js` registers the three widgets a person meets; `recourse-desk.js` registers the
// support desk (back office).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = new URL('..', import.meta.url).pathname;
const outdir = `${pkg}dist/cdn`;

rmSync(outdir, { recursive: true, force: true });
// Two builds, so the widgets' first load is not cut into extra chunks shared with the desk (they
// rarely meet on one page); chunk names are content hashes, so the two never collide.
for (const [name, entry] of [
  ['recourse', 'src/define/index.ts'],
  ['recourse-desk', 'src/define/recourse-case-desk.ts'],
]) {
  await build({
    entryPoints: { [name]: `${pkg}${entry}` },
    outdir,
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'external',
    legalComments: 'external',
    // Workspace packages from source, so this never depends on another package's build.
    conditions: ['@recourse/source', 'browser', 'module', 'import'],
    tsconfig: `${pkg}../../tsconfig.json`,
    logLevel: 'warning',
  });
}
