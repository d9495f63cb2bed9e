#!/usr/bin/env node
// The script-tag build: one ESM file that registers the widgets (src/define/index.ts) with every
// dependency inlined (lit, @recourse/core, …) and lazy parts folded in, minified.
//   <script type="module" src="https://cdn.example/@recourse/elements/dist/recourse.js"></script>
import { build } from 'esbuild';

const pkg = new URL('..', import.meta.url).pathname;

await build({
  entryPoints: [`${pkg}src/define/index.ts`],
  outfile: `${pkg}dist/recourse.js`,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  // Workspace packages from source, so this never depends on another package's build.
  conditions: ['@recourse/source', 'browser', 'module', 'import'],
  tsconfig: `${pkg}../../tsconfig.json`,
  logLevel: 'warning',
});
