/**
 * The plain answer checks (src/api/plain) as shipped: the committed descriptions are the
 * generator's output, and the runtime modules bundle without zod. Here, not beside the code,
 * because they read files and run esbuild (core's src may not import Node built-ins).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(plainDir), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@recourse/source'],
    metafile: true,
    logLevel: 'silent',
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

  it('leave zod out of a bundle that imports checkReporterCaseWithEvents from the package root', async () => {
    const { shipped } = await bundle(
      "import { checkReporterCaseWithEvents } from '../../index';\nconsole.log(checkReporterCaseWithEvents({}));",
    );
    expect(shipped.some((p) => p.endsWith('check.ts'))).toBe(true);
    expect(shipped.filter((p) => p.includes('zod'))).toEqual([]);
  });
});
