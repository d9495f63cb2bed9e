import { defineConfig } from 'tsup';
import { keepModules, sourceModules } from '../../scripts/keep-modules.mjs';
import { litCompile } from './scripts/lit-compile.mjs';

/**
 * Unbundled ES modules, one per source file (every `src/**` module but tests, stories and
 * fixtures, found by glob), so a host's bundler sees the widgets' dynamic `import()` boundaries
 * and the class modules' purity as written (docs/adr/0010). Class entries are side-effect free;
 * `define/*` entries register tags. Types are rolled up per public entry. The script-tag builds
 * (`dist/cdn/`) are made by scripts/bundle.mjs after this.
 */
const entry = sourceModules(import.meta.dirname);

export default defineConfig({
  entry,
  outDir: 'dist',
  format: ['esm'],
  dts: {
    // Workspace packages by their built types (core is built first), not from source: the roll-up
    // then does not type-check core's source again (same output, ~15 s less CPU per package).
    compilerOptions: { customConditions: [] },
    entry: {
      index: 'src/index.ts',
      'i18n/index': 'src/i18n/index.ts',
      'i18n/all': 'src/i18n/all.ts',
      'report-form': 'src/report-form.ts',
      'case-tracker': 'src/case-tracker.ts',
      'totp-setup': 'src/totp-setup.ts',
      'case-desk': 'src/case-desk.ts',
      'define/index': 'src/define/index.ts',
      'define/recourse-report-form': 'src/define/recourse-report-form.ts',
      'define/recourse-case-tracker': 'src/define/recourse-case-tracker.ts',
      'define/recourse-totp-setup': 'src/define/recourse-totp-setup.ts',
      'define/recourse-case-desk': 'src/define/recourse-case-desk.ts',
    },
  },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  bundle: true,
  splitting: true,
  // Templates compiled at build time (docs/adr/0037); module graph kept (docs/adr/0010).
  esbuildPlugins: [litCompile(), keepModules(entry.map((e) => `${import.meta.dirname}/${e}`))],
});
