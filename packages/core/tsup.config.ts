import { defineConfig } from 'tsup';
import { keepModules, sourceModules } from '../../scripts/keep-modules.mjs';

/**
 * Unbundled ES modules, one per source file (every `src/**` module but tests and fixtures, found
 * by glob): a host's bundler keeps only the modules a widget imports (`sideEffects: false`), so
 * zod, ky and the client stay out of a first paint that needs only `triage` (docs/adr/0010).
 * Types are rolled up per public entry, as before.
 */
// The plain descriptions' generator runs at build time only (`generate:plain`): not shipped.
const entry = sourceModules(import.meta.dirname, {
  exclude: [/^src\/api\/plain\/(describe|generate)\.ts$/],
});

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
});
