import { defineConfig } from 'tsup';

/**
 * Class entries are side-effect free; `define/*` entries register tags. The script-tag bundle
 * (`dist/recourse.js`, every dependency inlined) is made by scripts/bundle.mjs after this.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'i18n/index': 'src/i18n/index.ts',
    'report-form': 'src/report-form.ts',
    'case-tracker': 'src/case-tracker.ts',
    'totp-setup': 'src/totp-setup.ts',
    'case-desk': 'src/case-desk.ts',
    'define/index': 'src/define/index.ts',
    'define/report-form': 'src/define/recourse-report-form.ts',
    'define/case-tracker': 'src/define/recourse-case-tracker.ts',
    'define/totp-setup': 'src/define/recourse-totp-setup.ts',
    'define/case-desk': 'src/define/recourse-case-desk.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  external: ['lit', /^lit\//, '@recourse/core', 'lean-qr', /^lean-qr\//],
});
