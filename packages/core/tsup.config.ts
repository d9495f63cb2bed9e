import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'totp/index': 'src/totp/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
