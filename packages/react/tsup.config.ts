import { defineConfig } from 'tsup';

/** One entry per wrapper (importing one registers only its element), plus all of them. react, @lit/react and @recourse/elements stay external (peer and dependencies). */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'report-form': 'src/report-form.ts',
    'case-tracker': 'src/case-tracker.ts',
    'totp-setup': 'src/totp-setup.ts',
    'case-desk': 'src/case-desk.ts',
  },
  format: ['esm'],
  // Workspace packages by their built types (elements and core are built first), not from source:
  // the roll-up then does not type-check their source again (same output).
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', '@lit/react', /^@recourse\/elements(\/|$)/],
});
