/**
 * The server's source stays readable: no runtime import cycle between its modules (the graph
 * esbuild follows from the three package entries; type-only imports are not in it), and no
 * module over 450 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** Every cycle found by a depth-first walk, as `a → b → a`. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('server module graph', () => {
  test('no runtime import cycle', async () => {
    const result = await build({
      entryPoints: ['index.ts', 'demo/index.ts', 'testing/index.ts'].map((e) => join(src, e)),
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      outdir: join(root, 'dist-graph'),
      packages: 'external',
      logLevel: 'silent',
    });
    const graph = new Map<string, string[]>();
    for (const [file, input] of Object.entries(result.metafile.inputs)) {
      if (!file.includes('packages/server/src/')) continue;
      graph.set(
        file,
        input.imports
          .filter((i) => !i.external && i.path.includes('packages/server/src/'))
          .map((i) => i.path),
      );
    }
    expect(graph.size).toBeGreaterThan(40);
    expect(cycles(graph)).toEqual([]);
  });

  test('no source module over 450 lines', () => {
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const long = files
      .map((f) => ({
        file: relative(src, join(src, f)),
        lines: readFileSync(join(src, f), 'utf8').split('\n').length,
      }))
      .filter((f) => f.lines > 450);
    expect(files.length).toBeGreaterThan(40);
    expect(long).toEqual([]);
  });
});
