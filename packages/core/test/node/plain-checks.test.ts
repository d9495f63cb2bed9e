/**
 * The plain answer checks (src/api/plain) as shipped: the committed descriptions are the
 * generator's output, and the runtime modules bundle without zod. Here, not beside the code,
 * because they read files and run esbuild (core's src may not import Node built-ins).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { generatePlainSources } from '../../src/api/plain/generate';

const plainDir = new URL('../../src/api/plain/', import.meta.url);

describe('generated plain descriptions', () => {
  it.each(generatePlainSources().map((g) => [g.file, g.text] as const))(
    '%s is what the generator writes now',
    (file, text) => {
      const committed = readFileSync(new URL(file, plainDir), 'utf8');
      // Fix: `pnpm --filter @recourse/core generate:plain`, then commit the file.
      expect(
        committed === text,
        `${file} is stale: run \`pnpm --filter @recourse/core generate:plain\` and commit it`,
      ).toBe(true);
    },
  );
});

/** esbuild as a consumer runs it for the browser (from core's sources). */
const BROWSER_BUILD: BuildOptions = {
  bundle: true,
  write: false,
  minify: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['@recourse/source'],
  logLevel: 'silent',
};

async function bundle(contents: string) {
  const result = await build({
    ...BROWSER_BUILD,
    metafile: true,
    stdin: { contents, resolveDir: fileURLToPath(plainDir), loader: 'ts', sourcefile: 'entry.ts' },
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    inputs: Object.keys(result.metafile.inputs),
    /** Inputs with code in the output (after tree shaking). */
    shipped: Object.entries(output.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path),
    bytes: output.bytes,
  };
}

describe('the runtime plain checks', () => {
  it('bundle without zod: check.ts, the generated descriptions and the answers module', async () => {
    const { inputs, bytes } = await bundle(
      [
        "export { checkPlain } from './check';",
        "export { REPORTER_CASE_WITH_EVENTS } from './reporter-case.generated';",
        "export { DESK_CASES_PAGE } from './desk-cases.generated';",
        "export { checkReporterCaseWithEvents, checkDeskCasesPage } from './answers';",
      ].join('\n'),
    );
    expect(inputs.some((p) => p.endsWith('check.ts'))).toBe(true);
    expect(inputs.filter((p) => p.includes('zod'))).toEqual([]);
    expect(bytes).toBeLessThan(20_000);
  });

  it('keep zod out of a first paint importing them from the package root while a lazy chunk uses the schemas', async () => {
    // A first paint in the entry checks the answer, a lazy chunk parses commands with zod. Through
    // a barrel that also re-exports schemas (api/index), esbuild put the zod schemas into a chunk
    // the first paint imports statically (ADR 0008); from the root, it does not. This holds for a
    // first paint in the entry only: when the first paint is itself a lazy chunk beside the one
    // using the schemas (the tracker's and the desk's), both importing the root puts zod in their
    // shared chunk, so those import `@recourse/core/lite` (ADR 0035; checked by `pnpm size`).
    const dir = fileURLToPath(new URL('./', plainDir));
    const result = await build({
      stdin: {
        contents: [
          "import { checkReporterCaseWithEvents } from '../../index';",
          'console.log(checkReporterCaseWithEvents({}));',
          "export const later = () => import('../cases').then((m) => m.ReporterCaseWithEventsSchema.safeParse({}));",
        ].join('\n'),
        resolveDir: fileURLToPath(plainDir),
        loader: 'ts',
        sourcefile: 'first-paint.ts',
      },
      ...BROWSER_BUILD,
      metafile: true,
      splitting: true,
      outdir: `${dir}/.plain-split-out`,
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((k) => outputs[k]!.entryPoint !== undefined)!;
    // The first paint: the entry and every chunk it imports statically, transitively.
    const firstPaint = new Set<string>();
    const visit = (file: string) => {
      if (firstPaint.has(file)) return;
      firstPaint.add(file);
      for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(entry);
    const shipped = [...firstPaint].flatMap((file) =>
      Object.entries(outputs[file]!.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(shipped.some((p) => p.endsWith('plain/check.ts'))).toBe(true);
    expect(shipped.filter((p) => p.includes('zod'))).toEqual([]);
    // ...and the lazy chunk does have zod (the test would pass vacuously otherwise).
    const all = Object.values(outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(all.some((p) => p.includes('zod'))).toBe(true);
  });
});
