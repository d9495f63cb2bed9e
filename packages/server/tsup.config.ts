import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'demo/index': 'src/demo/index.ts',
    'testing/index': 'src/testing/index.ts',
    'bin/delivery': 'src/bin/delivery.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
});
