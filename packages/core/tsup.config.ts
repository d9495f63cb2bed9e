import { build } from 'esbuild';
import { defineConfig } from 'tsup';
import { keepModules, sourceModules } from '../../scripts/keep-modules.mjs';

/**
 * Unbundled ES modules, one per source file (every `src/**` module but tests and fixtures, found
 * by glob): a host's bundler keeps only the modules a widget imports (`sideEffects: false`), so
 * zod, ky and the client stay out of a first paint that needs only `triage` (docs/adr/0010).
 * Types are rolled up per public entry, as before.
 */
// The plain descriptions' generator runs at build time only (`generate:plain`): not shipped.
// `lite` is the one entry built as a single file (below), so it is not one of the modules.
const entry = sourceModules(import.meta.dirname, {
  exclude: [/^src\/api\/plain\/(describe|generate)\.ts$/, /^src\/lite\.ts$/],
});

/**
 * `dist/lite.js`: the `lite` entry as one self-contained file (ADR 0036), with its own copy of the
 * few modules it shares with the root (the workflow's vocabulary, command bounds, triage's codes:
 * about 2 kB minified). A browser's first paint imports `lite` and the code after it imports the
 * root; as separate files, a bundler that splits code would put those shared modules in a third
 * chunk the first paint must wait for, one more round trip. Fails if anything outside `src/`
 * (zod, ky) would be bundled into it.
 */
async function bundleLite(): Promise<void> {
  const result = await build({
    entryPoints: { lite: `${import.meta.dirname}/src/lite.ts` },
    outdir: `${import.meta.dirname}/dist`,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
    metafile: true,
    absWorkingDir: import.meta.dirname,
    logLevel: 'warning',
  });
  const outside = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('src/'));
  if (outside.length)
    throw new Error(
      `@recourse/core/lite must hold only src/ modules, not ${outside.slice(0, 3).join(', ')} (${outside.length} in all)`,
    );
}

export default defineConfig({
  entry,
  outDir: 'dist',
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', lite: 'src/lite.ts', 'totp/index': 'src/totp/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  bundle: true,
  splitting: true,
  esbuildPlugins: [keepModules(entry.map((e) => `${import.meta.dirname}/${e}`))],
  onSuccess: bundleLite,
});
