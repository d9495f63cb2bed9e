/**
 * What the contract's zod schemas cost a widget before it can show anything: `@recourse/core`
 * bundled for the browser (esbuild, the render bench's settings), then, in a fresh Node process
 * each round, the time to evaluate the bundle (every schema built at import) and the first and
 * second check of each first-screen answer (the answers of the demo server, read in process).
 * Median of 7 fresh processes. Not a section of `pnpm bench`: run it before and after a change
 * to the schemas' construction:
 *
 *   pnpm exec tsx --conditions=@recourse/source bench/schema-cost.ts
 *
 * Node is not throttled: the figures are about a quarter of a 4×-throttled phone's.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgliteStore, createRecourseServer } from '@recourse/server';
import { DEMO_CONFIG, seedDemo } from '@recourse/server/demo';
import { build, type Plugin } from 'esbuild';
import { median, ROOT, silent } from './lib';

const ROUNDS = 7;

/** What a data widget's chunk imports from core: the client and the schemas of its answers. */
const ENTRY = `export {
  createRecourseClient,
  DeskCasesPageSchema,
  EventsPageSchema,
  PlatformConfigSchema,
  ReporterCaseViewSchema,
  ReporterCaseWithEventsSchema,
} from './src/index.ts';`;

/** Counts zod's schema constructions (every `$constructor` of a new instance) at import. */
const COUNT_SCHEMAS: Plugin = {
  name: 'count-schemas',
  setup(b) {
    b.onLoad({ filter: /zod[/\\]v4[/\\]core[/\\]core\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const at = 'function init(inst, def) {\n        if (!inst._zod) {';
      if (!source.includes(at)) throw new Error('zod changed: cannot count its schema constructions');
      return {
        contents: source.replace(at, `${at} globalThis.__schemas = (globalThis.__schemas ?? 0) + 1;`),
        loader: 'js',
      };
    });
  },
};
const COUNT_CHILD = `import(process.argv[1]).then(() => console.log(globalThis.__schemas ?? 0));`;

/** The first screens' reads: the answer to check and the name of the schema the client uses. */
async function answers(): Promise<{ name: string; schema: string; body: unknown }[]> {
  const store = await createPgliteStore({});
  const seed = await seedDemo(store);
  const server = createRecourseServer({ store, config: DEMO_CONFIG, hooks: seed.hooks, logger: silent });
  const c = seed.cases[0]!;
  const get = async (path: string, credential?: string) => {
    const r = await server.fetch(
      new Request(`http://bench${path}`, {
        headers: credential ? { Authorization: `Bearer ${credential}` } : {},
      }),
    );
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.json();
  };
  const out = [
    { name: 'configuration', schema: 'PlatformConfigSchema', body: await get('/v1/config') },
    { name: 'case', schema: 'ReporterCaseViewSchema', body: await get(`/v1/cases/${c.id}`, c.accessToken) },
    {
      name: 'events',
      schema: 'EventsPageSchema',
      body: await get(`/v1/cases/${c.id}/events?after=0`, c.accessToken),
    },
    { name: 'desk queue', schema: 'DeskCasesPageSchema', body: await get('/v1/desk/cases', seed.agentKey!) },
  ];
  const withEvents = await server.fetch(
    new Request(`http://bench/v1/cases/${c.id}?include=events`, {
      headers: { Authorization: `Bearer ${c.accessToken}` },
    }),
  );
  // The one read of the tracker's first screen, where the server has it (ADR 0027).
  const withEventsBody = withEvents.ok ? ((await withEvents.json()) as Record<string, unknown>) : {};
  if ('events' in withEventsBody)
    out.push({ name: 'case with events', schema: 'ReporterCaseWithEventsSchema', body: withEventsBody });
  server.close();
  await store.close();
  return out;
}

/** The code run in each fresh process: import the bundle, check each answer twice. */
const CHILD = `
const [bundle, data] = process.argv.slice(1);
const answers = JSON.parse(require('node:fs').readFileSync(data, 'utf8'));
const t0 = performance.now();
import(bundle).then((core) => {
  const out = { import: performance.now() - t0 };
  for (const a of answers) {
    const schema = core[a.schema];
    if (!schema) continue;
    const t1 = performance.now();
    const first = schema['~standard'].validate(a.body);
    const t2 = performance.now();
    schema['~standard'].validate(a.body);
    out[a.name] = [t2 - t1, performance.now() - t2];
    if (first.issues) throw new Error(a.name + ' does not check: ' + JSON.stringify(first.issues).slice(0, 300));
  }
  console.log(JSON.stringify(out));
});`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'recourse-schema-cost-'));
  try {
    const pack = (contents: string, outfile: string, count = false) =>
      build({
        stdin: { contents, resolveDir: join(ROOT, 'packages/core'), loader: 'js' },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: !count,
        outfile,
        conditions: ['@recourse/source', 'browser', 'module', 'import'],
        tsconfig: join(ROOT, 'tsconfig.json'),
        logLevel: 'error',
        plugins: count ? [COUNT_SCHEMAS] : [],
      });
    const bundle = join(dir, 'core.mjs');
    const zodOnly = join(dir, 'zod.mjs');
    const counted = join(dir, 'counted.mjs');
    await pack(ENTRY, bundle);
    await pack(ENTRY, counted, true);
    // The floor of the import: zod/mini itself, every export kept, no schema built.
    await pack("export * from 'zod/mini';", zodOnly);
    const data = join(dir, 'answers.json');
    writeFileSync(data, JSON.stringify(await answers()));
    const runs: Record<string, number | number[]>[] = [];
    const zodRuns: number[] = [];
    const child = (file: string) => {
      const r = spawnSync(process.execPath, ['-e', CHILD, file, data], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return JSON.parse(r.stdout) as Record<string, number | number[]>;
    };
    for (let i = 0; i < ROUNDS; i++) {
      zodRuns.push(child(zodOnly).import as number);
      runs.push(child(bundle));
    }
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const count = spawnSync(process.execPath, ['-e', COUNT_CHILD, counted], { encoding: 'utf8' });
    if (count.status !== 0) throw new Error(count.stderr);
    console.log(`zod schema instances built at import: ${count.stdout.trim()}`);
    console.log(
      `@recourse/core, browser bundle, Node ${process.version}, median of ${ROUNDS} fresh processes`,
    );
    console.log(`import of zod/mini alone (no schema built): ${ms(median(zodRuns))}`);
    console.log(
      `import of @recourse/core (module evaluation, schemas built at import): ${ms(median(runs.map((r) => r.import as number)))}`,
    );
    for (const name of Object.keys(runs[0]!).filter((k) => k !== 'import')) {
      const first = median(runs.map((r) => (r[name] as number[])[0]!));
      const second = median(runs.map((r) => (r[name] as number[])[1]!));
      console.log(`${name}: first check ${ms(first)}, second ${ms(second)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
