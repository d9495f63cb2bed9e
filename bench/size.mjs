#!/usr/bin/env node
// Size budgets, measured on what a platform installs (docs/adr/0010): every package packed with
// `pnpm pack` (scripts/packed.mjs), the tarballs installed with npm into one fresh consumer
// project outside the workspace (no `@recourse/source` condition, each package's `exports`), then
// each entry bundled the way consumers bundle it, by both Vite (app build, a JS entry importing
// the entry) and esbuild (ESM, browser, minified, code splitting). Figures are gzip -9 bytes of
// the initial load (the entry chunk and every chunk it imports statically, transitively) and, beside
// it, of the lazy chunks. The script-tag folder `dist/cdn/` is measured as served: the entry file
// and what it imports statically, no bundler.
// Exits 1 when an entry is over budget in either bundler, when an entry cannot be resolved or
// was not built, or when TOTP code (otplib, @noble/hashes' HMAC, `@recourse/core/totp`) reaches
// any emitted browser chunk or any file in dist/cdn. For the tracker and the desk, esbuild's
// first-paint chunk (`firstPaint`: their `*.first` module's chunk and what it imports statically,
// beyond the initial load) is measured too, and fails when zod or ky reach it (ADR 0035), or, for
// an entry with `firstPaintFiles`, when it needs more files than that (ADR 0036: each file more
// is one more round trip before the first paint, as the browser finds a chunk's imports only
// once the chunk has arrived). Every entry's esbuild initial load fails when it carries Lit's
// decorators (ADR 0039: widgets declare their properties with `static properties`).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { makeConsumer, packAll } from '../scripts/packed.mjs';

/**
 * What we measure. `imports`: module specifiers one page imports together; `budget`: gzip bytes
 * of the initial load, in each bundler (lazy chunks are reported beside it, not counted).
 */
export const ENTRIES = [
  {
    name: '<recourse-report-form>',
    imports: ['@recourse/elements/define/report-form'],
    budget: 18_000,
    // Its first step renders from the initial load: those templates are compiled (ADR 0037).
    compiledInitial: true,
  },
  { name: '<recourse-totp-setup>', imports: ['@recourse/elements/define/totp-setup'], budget: null },
  {
    name: '<recourse-case-tracker>',
    imports: ['@recourse/elements/define/case-tracker'],
    budget: null,
    firstPaint: 'case-tracker.first.js',
    // Its first paint is one file beyond the initial load: nothing it imports is shared with the
    // code after it (ADR 0036), so no second round trip before the case is on screen.
    firstPaintFiles: 1,
  },
  {
    name: 'all three widgets',
    imports: [
      '@recourse/elements/define/report-form',
      '@recourse/elements/define/totp-setup',
      '@recourse/elements/define/case-tracker',
    ],
    budget: 24_000,
  },
  { name: '@recourse/elements/define', imports: ['@recourse/elements/define'], budget: 24_000 },
  // The support desk runs on the platform's own back-office pages: counted apart, no budget.
  {
    name: '<recourse-case-desk>',
    imports: ['@recourse/elements/define/case-desk'],
    budget: null,
    firstPaint: 'case-desk.first.js',
    firstPaintFiles: 1,
  },
  // Everything core exports, as a product team's bundle would carry it if it used all of it.
  { name: '@recourse/core (everything, browser)', imports: ['@recourse/core'], budget: null, exports: true },
];

/** The script-tag files, measured as served from the installed package. */
export const SERVED = [
  { name: 'script tag dist/cdn/recourse.js', file: 'recourse.js', budget: 24_000 },
  { name: 'script tag dist/cdn/recourse-desk.js', file: 'recourse-desk.js', budget: null },
];

/** Modules a first-paint chunk must not carry: the schema library and the HTTP client's. */
const NOT_AT_FIRST_PAINT = /(^|\/)node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|ky)\//;
/**
 * Lit's decorators (and the modules they come from): no widget's initial load carries them, as
 * every widget declares its properties with `static properties` (ADR 0039).
 */
const DECORATORS =
  /(^|\/)node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(@lit\/reactive-element|lit)\/decorators(\/|\.js)/;

/**
 * A template compiled at build time (ADR 0037: `{h: b\`<…>\`, parts: […]}`, minified): the
 * prepared HTML under the key `h`. lit-html's runtime has no such literal.
 */
const COMPILED_TEMPLATE = /[{,]h:[\w$]+`/;
/**
 * The modules with code in the outputs `names` whose installed path matches `pattern`, each as its
 * path under `node_modules/` (the metafile also lists modules parsed, then shaken out: skipped).
 */
const modulesIn = (outputs, names, pattern) =>
  [...names].flatMap((f) =>
    Object.entries(outputs[f]?.inputs ?? {})
      .filter(([p, i]) => i.bytesInOutput > 0 && pattern.test(p.replaceAll('\\', '/')))
      .map(([p]) => p.replaceAll('\\', '/').replace(/.*node_modules\//, '')),
  );
/** Whether any of `names` (output files of `files`) holds a {@link COMPILED_TEMPLATE}. */
const holdsCompiled = (files, names) =>
  [...names].some((f) => COMPILED_TEMPLATE.test(Buffer.from(files.get(f)).toString('utf8')));

/** Module paths that must never reach a browser file. */
const TOTP_MODULE =
  /(^|\/)(otplib|@otplib\/[^/]+)\/|@noble\/hashes\/(src\/)?hmac\.|(^|\/)core\/(dist|src)\/totp\//;
/** Strings only TOTP code carries (otplib's errors, the HMAC's check, the secret box's cipher). */
const TOTP_TEXT = ['SecretTooShortError', 'expected Hash instance', 'aes-256-gcm'];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Packs every package and installs one consumer project from the tarballs (with `dependencies`
 * from npm beside, e.g. design systems to compare with). Returns its folder and a cleanup.
 * @param {{ dependencies?: Record<string, string>, root?: string }} [options] `root`: the
 *   repository whose packages to pack (default: this one)
 */
export function prepareConsumer({ dependencies = {}, root } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'recourse-size-'));
  const tarballs = packAll(join(work, 'tarballs'), root);
  const dir = join(work, 'consumer');
  mkdirSync(dir);
  makeConsumer({
    name: 'size',
    dir,
    tarballs,
    recourse: ['@recourse/core', '@recourse/elements'],
    dependencies,
  });
  return { dir, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

let seq = 0;
/** Writes the page's entry module into the consumer project; returns its path. */
function entryFile(dir, imports, exports) {
  const file = join(dir, `entry-${seq++}.js`);
  const source = imports.map((s) => `${exports ? 'export * from' : 'import'} ${JSON.stringify(s)};`);
  writeFileSync(file, `${source.join('\n')}\n`);
  return file;
}

/** Names of TOTP modules among `ids`, and TOTP strings in `code`. */
function totpIn(ids, code) {
  const found = ids.filter((id) => TOTP_MODULE.test(id.replaceAll('\\', '/')));
  for (const text of TOTP_TEXT) if (code.includes(text)) found.push(`"${text}"`);
  return found;
}

/** Sums gzip bytes of `initial` (closure of static imports from `entry`) and of the rest. */
function split(files, entry, staticImports) {
  const initial = new Set();
  const walk = (f) => {
    if (initial.has(f)) return;
    initial.add(f);
    for (const i of staticImports(f)) walk(i);
  };
  walk(entry);
  let init = 0;
  let lazy = 0;
  for (const [name, bytes] of files) {
    if (initial.has(name)) init += gz(bytes);
    else lazy += gz(bytes);
  }
  return { initial: init, lazy, files: files.size, initialFiles: initial.size, initialSet: initial };
}

/**
 * The chunk of the module ending in `suffix` (a widget's first paint, loaded by `import()`) and
 * every chunk it imports statically that the initial load does not already hold: gzip bytes, and
 * the modules there that a first paint must not carry ({@link NOT_AT_FIRST_PAINT}).
 */
function firstPaintOf(outputs, files, initial, suffix) {
  const out = Object.keys(outputs).find((o) => outputs[o].entryPoint?.endsWith(suffix));
  if (!out) throw new Error(`no chunk for ${suffix}: was the first paint renamed?`);
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f) || initial.has(f)) return;
    seen.add(f);
    for (const i of outputs[f]?.imports ?? []) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(out);
  let bytes = 0;
  for (const f of seen) bytes += gz(files.get(f));
  // Named by package (zod, ky).
  const forbidden = new Set(modulesIn(outputs, seen, NOT_AT_FIRST_PAINT).map((m) => m.split('/')[0]));
  return { bytes, chunks: seen.size, forbidden: [...forbidden], compiled: holdsCompiled(files, seen) };
}

/**
 * esbuild, as a consumer runs it: ESM, browser, minified, code splitting.
 * @returns {Promise<{ initial: number, lazy: number, forbidden: string[], metafile: object, initialCompiled: boolean }>}
 */
export async function measureEsbuild(dir, imports, options = {}) {
  const exports = options.exports ?? false;
  const entry = entryFile(dir, imports, exports);
  const outdir = join(dir, 'out-esbuild');
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    outdir,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const rel = (p) => p.slice(dir.length + 1);
  const files = new Map(
    result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => [rel(f.path), f.contents]),
  );
  // The output of our entry file: every dynamic import() target is an entry point of its own too.
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint === rel(entry));
  const sizes = split(files, entryOut, (f) =>
    (outputs[f]?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path),
  );
  const code = result.outputFiles.map((f) => f.text).join('\n');
  const firstPaint = options.firstPaint
    ? firstPaintOf(outputs, files, sizes.initialSet, options.firstPaint)
    : undefined;
  // Modules with code in some output (the metafile's inputs also list modules parsed, then shaken out).
  const used = Object.values(outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([p]) => p),
  );
  const initialCompiled = holdsCompiled(files, sizes.initialSet);
  const initialDecorators = modulesIn(outputs, sizes.initialSet, DECORATORS);
  return {
    ...sizes,
    forbidden: totpIn(used, code),
    metafile: result.metafile,
    firstPaint,
    initialCompiled,
    initialDecorators,
  };
}

let vite;
/**
 * Vite (8.3.8, the workspace's), an app build (no library mode) with a JS entry that imports the
 * entry, as a platform's app would; modules resolved from the consumer project.
 */
export async function measureVite(dir, imports, { exports = false } = {}) {
  vite ??= await import('vite');
  const entry = entryFile(dir, imports, exports);
  const result = await vite.build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      outDir: join(dir, 'out-vite'),
      emptyOutDir: false,
      reportCompressedSize: false,
      rollupOptions: { input: entry, preserveEntrySignatures: exports ? 'strict' : false },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = output.filter((o) => o.type === 'chunk');
  const files = new Map(chunks.map((c) => [c.fileName, Buffer.from(c.code)]));
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entryChunk = chunks.find((c) => c.isEntry);
  if (!entryChunk) throw new Error('vite emitted no entry chunk');
  const sizes = split(files, entryChunk.fileName, (f) => byName.get(f)?.imports ?? []);
  const ids = chunks
    .flatMap((c) => c.moduleIds ?? Object.keys(c.modules ?? {}))
    .map((id) => (id.startsWith(`${dir}/`) ? id.slice(dir.length + 1) : id));
  return { ...sizes, forbidden: totpIn(ids, chunks.map((c) => c.code).join('\n')) };
}

/**
 * A script-tag file as served: its bytes and those of every file it imports statically
 * (transitively), read from the installed package; the files reachable only by `import()` as lazy.
 * esbuild only reads the graph (metafile); the sizes are of the files themselves.
 */
export async function measureServed(cdnDir, file) {
  const result = await esbuild({
    entryPoints: [join(cdnDir, file)],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(cdnDir, '..', 'out-served'),
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const base = Object.keys(inputs).find((p) => p.endsWith(`/${file}`) || p === file);
  if (!base) throw new Error(`${file} is not in its own graph`);
  const prefix = base.slice(0, base.length - file.length);
  const files = new Map(
    Object.keys(inputs).map((p) => [
      p.slice(prefix.length),
      readFileSync(join(cdnDir, p.slice(prefix.length))),
    ]),
  );
  const statics = (f) =>
    (inputs[prefix + f]?.imports ?? [])
      .filter((i) => i.kind === 'import-statement')
      .map((i) => i.path.slice(prefix.length));
  return { ...split(files, file, statics), late: lateImports(files, inputs, prefix, statics) };
}

/**
 * The script-tag files' dynamic imports whose chunk has static imports the importer has not
 * loaded and does not ask for with it (`import("./dep.js")` beside `import("./chunk.js")`, added
 * by the elements' scripts/bundle.mjs): each is a round trip the browser learns of only once the
 * chunk has arrived (ADR 0036). Returns `importer → chunk: missing` lines.
 */
function lateImports(files, inputs, prefix, statics) {
  const closure = (f, seen = new Set()) => {
    for (const i of statics(f))
      if (!seen.has(i)) {
        seen.add(i);
        closure(i, seen);
      }
    return seen;
  };
  const late = [];
  for (const f of files.keys()) {
    const text = files.get(f).toString('utf8');
    const loaded = closure(f).add(f);
    for (const d of inputs[prefix + f]?.imports ?? []) {
      if (d.kind !== 'dynamic-import') continue;
      const target = d.path.slice(prefix.length);
      const missing = [...closure(target)].filter(
        (dep) => !loaded.has(dep) && !text.includes(`import("./${dep}")`),
      );
      if (missing.length > 0) late.push(`${f} → ${target}: ${missing.join(', ')}`);
    }
  }
  return late;
}

/**
 * Every file in dist/cdn: its text for TOTP strings, and each source map's `sources` for TOTP
 * modules. A `.js` without its map cannot be checked and counts as a failure.
 */
export function scanServed(cdnDir) {
  const found = [];
  const names = readdirSync(cdnDir);
  for (const name of names) {
    const text = readFileSync(join(cdnDir, name), 'utf8');
    if (name.endsWith('.map')) {
      const sources = JSON.parse(text).sources ?? [];
      for (const s of totpIn(sources, '')) found.push(`${name}: ${s}`);
      continue;
    }
    for (const s of totpIn([], text)) found.push(`${name}: ${s}`);
    if (name.endsWith('.js') && !names.includes(`${name}.map`)) found.push(`${name}: no source map to check`);
  }
  return { files: names.length, found };
}

const fmt = (n) => n.toLocaleString('en-US');

async function main() {
  const started = Date.now();
  const { dir, cleanup } = prepareConsumer();
  const rows = [];
  let failed = false;
  const fail = (row, why) => {
    failed = true;
    row.push(`FAIL: ${why}`);
  };
  try {
    for (const entry of ENTRIES) {
      for (const [bundler, measure] of [
        ['esbuild', measureEsbuild],
        ['vite', measureVite],
      ]) {
        const row = [entry.name, bundler];
        try {
          const m = await measure(dir, entry.imports, entry);
          row.push(fmt(m.initial), fmt(m.lazy), entry.budget === null ? '—' : fmt(entry.budget));
          if (m.forbidden.length > 0)
            fail(row, `TOTP code in a browser chunk (${m.forbidden.slice(0, 3).join(', ')})`);
          else if (entry.budget !== null && m.initial > entry.budget) fail(row, 'over budget');
          else if (entry.compiledInitial && bundler === 'esbuild' && !m.initialCompiled)
            fail(row, 'its first templates are not compiled (ADR 0037: lit-compile.mjs)');
          else if (m.initialDecorators?.length > 0)
            fail(row, `Lit's decorators in the initial load (${m.initialDecorators[0]}; ADR 0039)`);
          else row.push('ok');
          if (m.firstPaint) {
            const n = m.firstPaint.chunks;
            const first = [`${entry.name} first paint (${n} file${n === 1 ? '' : 's'})`, bundler];
            first.push(fmt(m.firstPaint.bytes), '', '—');
            const most = bundler === 'esbuild' ? entry.firstPaintFiles : undefined;
            if (m.firstPaint.forbidden.length > 0)
              fail(first, `${m.firstPaint.forbidden.join(', ')} in the first paint`);
            else if (!m.firstPaint.compiled)
              fail(first, 'its templates are not compiled (ADR 0037: lit-compile.mjs)');
            else if (most !== undefined && m.firstPaint.chunks > most)
              fail(first, `${m.firstPaint.chunks} files (at most ${most}): a round trip more`);
            else
              first.push(
                most === undefined ? 'ok: no zod, no ky' : `ok: no zod, no ky; ≤ ${most} file; compiled`,
              );
            rows.push(row);
            rows.push(first);
            continue;
          }
        } catch (error) {
          row.push('—', '—', entry.budget === null ? '—' : fmt(entry.budget));
          fail(
            row,
            `cannot build (${String(error.errors?.[0]?.message ?? error.message ?? error)
              .split('\n')
              .slice(0, 2)
              .join(' ')})`,
          );
        }
        rows.push(row);
      }
    }
    const cdnDir = join(dir, 'node_modules/@recourse/elements/dist/cdn');
    for (const served of SERVED) {
      const row = [served.name, 'none (as served)'];
      try {
        const m = await measureServed(cdnDir, served.file);
        row.push(fmt(m.initial), fmt(m.lazy), served.budget === null ? '—' : fmt(served.budget));
        if (served.budget !== null && m.initial > served.budget) fail(row, 'over budget');
        else if (m.late.length > 0)
          fail(row, `a lazy chunk's imports asked for late (${m.late.slice(0, 2).join('; ')})`);
        else row.push('ok; every lazy chunk asked for with its imports');
      } catch (error) {
        row.push('—', '—', served.budget === null ? '—' : fmt(served.budget));
        fail(row, `cannot read (${String(error.message ?? error).split('\n')[0]})`);
      }
      rows.push(row);
    }
    const row = ['every file in dist/cdn', 'scan'];
    try {
      const scan = scanServed(cdnDir);
      row.push(`${scan.files} files`, '', '');
      if (scan.found.length > 0) fail(row, `TOTP code (${scan.found.slice(0, 3).join(', ')})`);
      else row.push('ok: no TOTP code');
    } catch (error) {
      row.push('—', '', '');
      fail(row, `cannot scan (${String(error.message ?? error).split('\n')[0]})`);
    }
    rows.push(row);
  } finally {
    cleanup();
  }
  const header = ['entry', 'bundler', 'initial gzip', 'lazy gzip', 'budget', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const left = new Set([0, 1, 5]);
  const line = (r) =>
    r.map((c, i) => (left.has(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(
    `\nBundle size of the packed packages (npm-installed outside the workspace; minified, gzip -9 bytes; initial = entry + static imports)`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\n${failed ? 'FAIL' : 'ok'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
