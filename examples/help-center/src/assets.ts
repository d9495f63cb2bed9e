/**
 * Bundles the widgets from source the way a platform's page loads them: one ESM entry for the
 * three widgets a person meets, one for the agents' desk, lazy chunks beside them.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Built files by URL path under `/assets/`. */
export type Assets = Map<string, { body: Uint8Array; type: string }>;

/** Builds the widget bundles in memory (about a second). */
export async function buildAssets(): Promise<Assets> {
  const result = await build({
    entryPoints: {
      'recourse-elements': `${root}packages/elements/src/define/index.ts`,
      'recourse-desk': `${root}packages/elements/src/define/recourse-case-desk.ts`,
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    write: false,
    outdir: `${root}node_modules/.help-center`,
    conditions: ['@recourse/source', 'browser', 'module', 'import'],
    tsconfig: `${root}tsconfig.json`,
    legalComments: 'none',
    logLevel: 'error',
  });
  const assets: Assets = new Map();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    assets.set(name, { body: file.contents, type: 'text/javascript; charset=utf-8' });
  }
  return assets;
}
