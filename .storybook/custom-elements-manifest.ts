import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What preview.ts imports; typed in ./virtual.d.ts. */
export const MANIFEST_ID = 'virtual:recourse/custom-elements-manifest';
const RESOLVED = `\0${MANIFEST_ID}`;

const elements = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const config = fileURLToPath(new URL('../custom-elements-manifest.config.mjs', import.meta.url));
const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
const components = `${elements}src/components/`;

/**
 * Runs the analyzer exactly as the package build does (`pnpm run manifest` in packages/elements),
 * so Storybook shows the manifest that ships, and returns it.
 */
export function analyze(): unknown {
  execFileSync(process.execPath, [cem, 'analyze', '--config', config, '--quiet'], {
    cwd: elements,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(`${elements}custom-elements.json`, 'utf8'));
}

/**
 * Serves `custom-elements.json` to the preview as a virtual module, generated from JSDoc when
 * Storybook (dev, build, or the vitest story project) starts and again whenever a component's
 * source changes in dev. No build step, and nothing generated is committed.
 */
export function customElementsManifest(): Plugin {
  return {
    name: 'recourse:custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(analyze())};` : undefined),
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(components) || /\.(stories|test)\.ts$/.test(file)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
    },
  };
}
