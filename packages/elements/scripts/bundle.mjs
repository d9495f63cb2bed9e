#!/usr/bin/env node
// The script-tag build (docs/adr/0010): `dist/cdn/`, ES modules with every dependency inlined
// (lit, lean-qr, @recourse/core, …), minified, split by esbuild so the parts after a widget's
// first paint load lazily. Entries and chunks sit side by side and import each other by relative
// URL, so the folder works from wherever it is served:
//   <script type="module" src="https://cdn.example/@recourse/elements@0.1/dist/cdn/recourse.js"></script>
// `recourse.js` registers the three widgets a person meets; `recourse-desk.js` registers the
// support desk (back office).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { build } from 'esbuild';
import MagicString from 'magic-string';
import { litCompile } from './lit-compile.mjs';

const pkg = new URL('..', import.meta.url).pathname;
const outdir = `${pkg}dist/cdn`;

rmSync(outdir, { recursive: true, force: true });
// Two builds, so the widgets' first load is not cut into extra chunks shared with the desk (they
// rarely meet on one page); chunk names are content hashes, so the two never collide.
for (const [name, entry] of [
  ['recourse', 'src/define/index.ts'],
  ['recourse-desk', 'src/define/recourse-case-desk.ts'],
]) {
  const result = await build({
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
    metafile: true,
    absWorkingDir: pkg,
    // The first paint's templates compiled, as in the npm build (docs/adr/0037).
    plugins: [litCompile()],
  });
  preloadDynamicImports(result.metafile.outputs);
}

/**
 * Every `import("./chunk.js")` in the folder also asks, at the same moment, for the chunks that
 * chunk imports statically and the importer has not loaded: `(import("./dep.js").catch(…),
 * import("./chunk.js"))`. Without it the browser finds `dep.js` only once `chunk.js` has arrived
 * and been parsed, one round trip per level before a widget's first paint (ADR 0036); Vite's
 * build does the same with its preload helper. A failed early request is ignored here: the
 * chunk's own import of it fails and reports. The source maps are carried through the edit.
 * @param {Record<string, import('esbuild').Metafile['outputs'][string]>} outputs
 */
function preloadDynamicImports(outputs) {
  const statics = (file, seen = new Set()) => {
    for (const i of outputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external && !seen.has(i.path)) {
        seen.add(i.path);
        statics(i.path, seen);
      }
    return seen;
  };
  for (const [file, output] of Object.entries(outputs)) {
    const dynamic = output.imports.filter((i) => i.kind === 'dynamic-import' && !i.external);
    if (!file.endsWith('.js') || dynamic.length === 0) continue;
    const loaded = statics(file).add(file);
    const path = join(pkg, file);
    const code = readFileSync(path, 'utf8');
    const edit = new MagicString(code);
    for (const target of dynamic) {
      const deps = [...statics(target.path)].filter((d) => !loaded.has(d));
      if (deps.length === 0) continue;
      const call = `import("./${basename(target.path)}")`;
      let at = code.indexOf(call);
      if (at < 0) throw new Error(`${file}: no ${call} to add its chunks to`);
      const early = deps.map((d) => `import("./${basename(d)}").catch(()=>{})`).join(',');
      for (; at >= 0; at = code.indexOf(call, at + call.length)) {
        edit.appendLeft(at, `(${early},`);
        edit.appendRight(at + call.length, ')');
      }
    }
    if (!edit.hasChanged()) continue;
    const map = edit.generateMap({ source: basename(file), hires: true });
    const original = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    const carried = remapping(map, (source) => (source === basename(file) ? original : null));
    writeFileSync(path, edit.toString());
    writeFileSync(`${path}.map`, JSON.stringify(carried));
  }
}
