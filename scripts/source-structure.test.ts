/**
 * The structure rules every package's `src` keeps (issue 16), one test per rule, each listing its
 * offenders by file:
 * - no source module over 450 lines (tests, stories and fixtures aside; catalogs count);
 * - no runtime import cycle (the graph esbuild follows from every source module; type-only
 *   imports are not in it, dynamic `import()`s are);
 * - file signatures ("magic bytes") written only in `packages/core/src`, the one place that sniffs;
 * - no component helper module imports its element class (ADRs 0011 and 0012);
 * - no view (`*.view.ts`) imports a controller at run time, nor an element class at all (ADR 0022);
 * - at most 40 `@internal` members in the elements package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { FILE_SIGNATURES } from '../packages/core/src/files/sniff-media-type';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'elements', 'server', 'react'] as const;
type Package = (typeof PACKAGES)[number];

const MAX_LINES = 450;
const MAX_INTERNAL = 40;

/**
 * The widgets whose conversion to state, controller and views (ADR 0012) is landing in parallel:
 * until then their folders still break the elements rules (class files and catalogs over 450
 * lines, dozens of `@internal` fields, helpers that take the element), and one fixture writes a
 * PDF header. Offences inside these folders are set aside; offences anywhere else fail. Each
 * entry must still offend against at least one rule, so the list cannot go stale: remove an
 * entry once its widget is converted, and empty the list when all three are.
 */
const PENDING_CONVERSION: readonly string[] = [];

/** One offence: the file (from the repository root) and what is wrong with it. */
interface Offence {
  file: string;
  what: string;
  /** How many, where the rule counts (the `@internal` members of a file). */
  count?: number;
}

const TEST_FILE = /\.(test|stories)\.tsx?$/;
const FIXTURE_FILE = /(^|[./])fixtures?\.ts$/;

/** Every TypeScript file under a package's `src`, from the repository root. */
const filesOf = memo((pkg: Package) =>
  (readdirSync(join(root, 'packages', pkg, 'src'), { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => `packages/${pkg}/src/${f.split('\\').join('/')}`)
    .sort(),
);
const isSource = (file: string) => !TEST_FILE.test(file) && !FIXTURE_FILE.test(file);
const textOf = memo((file: string) => readFileSync(join(root, file), 'utf8'));
const astOf = memo((file: string) =>
  ts.createSourceFile(
    file,
    textOf(file),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  ),
);

function memo<A, R>(f: (a: A) => R): (a: A) => R {
  const cache = new Map<A, R>();
  return (a) => {
    if (!cache.has(a)) cache.set(a, f(a));
    return cache.get(a) as R;
  };
}

const pendingFolder = (file: string) => PENDING_CONVERSION.find((p) => file.startsWith(p));

/** Offences outside the pending folders, and the pending folders that had some. */
function split(offences: Offence[]) {
  const kept = offences.filter((o) => !pendingFolder(o.file));
  const used = new Set(offences.map((o) => pendingFolder(o.file)).filter((p) => p !== undefined));
  return { rest: kept.map((o) => `${o.file}: ${o.what}`), kept, used };
}

// ---------------------------------------------------------------------------------------------
// Line count

/** Lines as an editor numbers them (a final newline does not start another). */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

function longModules(pkg: Package): Offence[] {
  return filesOf(pkg)
    .filter(isSource)
    .map((file) => ({ file, lines: lineCount(textOf(file)) }))
    .filter((f) => f.lines > MAX_LINES)
    .map(({ file, lines }) => ({ file, what: `${lines} lines` }));
}

// ---------------------------------------------------------------------------------------------
// Import cycles

/** The package's runtime import graph: esbuild's metafile for one bundle of every source module. */
async function runtimeGraph(pkg: Package): Promise<Map<string, { path: string; kind: string }[]>> {
  const src = join(root, 'packages', pkg, 'src');
  const modules = filesOf(pkg).filter(isSource);
  const result = await build({
    stdin: {
      contents: modules
        .map((f, i) => `export * as m${i} from './${relative(src, join(root, f))}';`)
        .join('\n'),
      resolveDir: src,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    platform: pkg === 'server' ? 'node' : 'browser',
    format: 'esm',
    outfile: join(root, 'dist-graph.js'),
    conditions: ['@recourse/source'],
    packages: 'external',
    logLevel: 'silent',
  });
  const inside = (p: string) => p.startsWith(`packages/${pkg}/src/`);
  const graph = new Map<string, { path: string; kind: string }[]>();
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    if (!inside(file)) continue;
    graph.set(
      file,
      input.imports.filter((i) => !i.external && inside(i.path)).map((i) => ({ path: i.path, kind: i.kind })),
    );
  }
  for (const m of modules) if (!graph.has(m)) throw new Error(`${m} is not in the ${pkg} graph`);
  return graph;
}

/** Each strongly connected component with a cycle, as one cycle through it (`a → b → a`). */
function cycles(graph: Map<string, { path: string; kind: string }[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    for (const { path: next } of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (stack.includes(next))
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = stack.splice(stack.indexOf(node));
    const selfLoop = graph.get(node)?.some((e) => e.path === node);
    if (component.length > 1 || selfLoop) found.push(cycleThrough(graph, new Set(component), node));
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return found;
}

/** A shortest path from `start` back to itself inside one component, edges named by kind. */
function cycleThrough(
  graph: Map<string, { path: string; kind: string }[]>,
  inside: Set<string>,
  start: string,
) {
  const previous = new Map<string, { from: string; kind: string }>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const { path: next, kind } of graph.get(node) ?? []) {
      if (!inside.has(next) || previous.has(next)) continue;
      previous.set(next, { from: node, kind });
      if (next === start) queue.length = 0;
      else queue.push(next);
    }
  }
  const steps: string[] = [start];
  for (let at = start; ; ) {
    const step = previous.get(at) as { from: string; kind: string };
    steps.unshift(`${step.from} ${step.kind === 'dynamic-import' ? '⇢ import()' : '→'}`);
    at = step.from;
    if (at === start) break;
  }
  return steps.join(' ');
}

// ---------------------------------------------------------------------------------------------
// File signatures

interface Needle {
  type: string;
  /** Byte values to find as a run of number literals (the first three of a part). */
  numbers: readonly number[];
  /** Text to find inside a string, template or regular expression literal. */
  text: string;
  /** The same bytes written as hexadecimal digits (`'89504e'`). */
  hex: string;
  /** The part's bytes in base64, after `base64,` or at a string's start (offset 0 only). */
  base64?: string;
}

const printable = (bytes: readonly number[]) => bytes.every((b) => b >= 0x20 && b < 0x7f);
/** Text with its unprintable characters as `\xHH`, as a reader would write it. */
const escaped = (text: string) =>
  text.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/**
 * What a signature looks like when written in code: every part of every signature in core's
 * table; a part of printable bytes (`%PDF-`, `RIFF`) as its whole text, any other part by its
 * first three bytes (`\x89PN`, `\xff\xd8\xff`).
 */
const NEEDLES: Needle[] = Object.entries(FILE_SIGNATURES).flatMap(([type, parts]) =>
  parts.map(({ offset, bytes }) => {
    const shown = printable(bytes) ? bytes : bytes.slice(0, 3);
    const whole = Math.floor((bytes.length * 8) / 6);
    return {
      type,
      numbers: bytes.slice(0, 3),
      text: String.fromCharCode(...shown),
      hex: shown.map((b) => b.toString(16).padStart(2, '0')).join(''),
      ...(offset === 0 ? { base64: Buffer.from(bytes).toString('base64').slice(0, whole) } : {}),
    };
  }),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cheap look before parsing (parsing every file is most of this test's time): a file can only
 * write a signature if its text holds a needle's text, base64 or hexadecimal digits, an escape
 * sequence, or the first byte of a needle as a number in any notation.
 */
const MAY_HOLD = [
  new RegExp(
    [...NEEDLES.flatMap((n) => [n.text, ...(n.base64 ? [n.base64] : [])]).map(escapeRegExp), '\\\\[xu]'].join(
      '|',
    ),
  ),
  new RegExp(
    NEEDLES.flatMap((n) => {
      const b = n.numbers[0] as number;
      return [
        n.hex,
        `0x0*${b.toString(16)}`,
        `0o0*${b.toString(8)}`,
        `0b0*${b.toString(2)}`,
        `(?<![\\w.])${b}(?![\\w.])`,
      ];
    }).join('|'),
    'i',
  ),
];

const includesRun = (values: readonly number[], run: readonly number[]) =>
  values.some((_, i) => run.every((b, k) => values[i + k] === b));

/** Decodes `\xHH`, `\uHHHH` and `\u{H…}` escapes in a regular expression's source. */
const unescapeRegExp = (source: string) =>
  source.replace(/\\x([0-9a-f]{2})|\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (_, x, u, v) =>
    String.fromCodePoint(Number.parseInt(x ?? u ?? v, 16)),
  );

/** The signatures a file writes, as `type (how)` with a line number. */
function signaturesIn(file: string): string[] {
  if (!MAY_HOLD.some((re) => re.test(textOf(file)))) return [];
  const found: string[] = [];
  const sf = astOf(file);
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const hexLiterals: { value: number; node: ts.Node }[] = [];
  const numberValue = (n: ts.NumericLiteral) => Number(n.text);

  const checkText = (text: string, node: ts.Node) => {
    const lower = text.toLowerCase();
    for (const n of NEEDLES) {
      if (text.includes(n.text)) found.push(`${n.type} (text "${escaped(n.text)}") line ${at(node)}`);
      else if (lower.includes(n.hex)) found.push(`${n.type} (hex "${n.hex}") line ${at(node)}`);
      else if (n.base64 && (text.startsWith(n.base64) || text.includes(`base64,${n.base64}`)))
        found.push(`${n.type} (base64 "${n.base64}") line ${at(node)}`);
    }
  };
  const checkRun = (elements: readonly ts.Node[]) => {
    const values = elements.map((e) => (ts.isNumericLiteral(e) ? numberValue(e) : Number.NaN));
    for (const n of NEEDLES)
      if (includesRun(values, n.numbers))
        found.push(
          `${n.type} (bytes ${n.numbers.map((b) => `0x${b.toString(16)}`).join(', ')}) line ${at(elements[0] as ts.Node)}`,
        );
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) checkText(node.text, node);
    else if (ts.isRegularExpressionLiteral(node)) checkText(unescapeRegExp(node.text), node);
    else if (ts.isNumericLiteral(node) && /^0x/i.test(node.getText(sf)))
      hexLiterals.push({ value: numberValue(node), node });
    if (ts.isArrayLiteralExpression(node)) checkRun(node.elements);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) checkRun(node.arguments);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // Hexadecimal bytes in a row anywhere (comparisons such as `b[0] === 0xff && b[1] === 0xd8`).
  const hexValues = hexLiterals.map((h) => h.value);
  for (const n of NEEDLES) {
    const i = hexValues.findIndex((_, i) => n.numbers.every((b, k) => hexValues[i + k] === b));
    if (i < 0) continue;
    const line = at((hexLiterals[i] as { node: ts.Node }).node);
    const seen = found.some((f) => f.startsWith(`${n.type} (`) && f.endsWith(` line ${line}`));
    if (!seen) found.push(`${n.type} (hexadecimal literals in a row) line ${line}`);
  }
  return [...new Set(found)];
}

function signatureWriters(): Offence[] {
  return PACKAGES.filter((p) => p !== 'core')
    .flatMap(filesOf)
    .flatMap((file) => signaturesIn(file).map((what) => ({ file, what })));
}

// ---------------------------------------------------------------------------------------------
// Imports of a component's class module

/** The relative module specifiers a file names: imports (type-only too), re-exports, `import()`. */
const specifiers = (file: string) =>
  ts
    .preProcessFile(textOf(file), true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'));

const COMPONENTS = 'packages/elements/src/components/';
/** The folders beside the components that serve them all: never tied to one element class. */
const SHARED = ['controllers', 'views', 'internal', 'i18n', 'events', 'styles'].map(
  (f) => `packages/elements/src/${f}/`,
);

/**
 * Who may import `components/<name>/<name>.ts`: the class itself, tests, stories, fixtures and
 * define files (`*.define.ts`).
 * Everything else in its folder (state, controller, view, model, catalogs, styles, lazy chunks)
 * and the shared folders take narrow interfaces instead; `define/` and the package entries,
 * outside both, register and re-export the class.
 */
function classImports(): Offence[] {
  const elements = filesOf('elements');
  const classModule = /^packages\/elements\/src\/components\/([^/]+)\/\1\.ts$/;
  const classes = new Set(elements.filter((f) => classModule.test(f)));
  const offences: Offence[] = [];
  for (const file of elements) {
    if (!isSource(file) || classes.has(file) || file.endsWith('.define.ts')) continue;
    if (!file.startsWith(COMPONENTS) && !SHARED.some((s) => file.startsWith(s))) continue;
    for (const spec of specifiers(file)) {
      const target = relative(root, resolve(root, dirname(file), spec))
        .split('\\')
        .join('/');
      const imported = [`${target}.ts`, target].find((t) => classes.has(t));
      if (imported) offences.push({ file, what: `imports ${spec} (the class module ${imported})` });
    }
  }
  return offences;
}

// ---------------------------------------------------------------------------------------------
// What a view may import

const CONTROLLER_MODULE = /[.-]controller$/;

/**
 * The imports of a file, resolved from the repository root (without `.ts`), each with whether it
 * is type-only (`import type`, or every name imported with `type`; such imports are erased).
 */
function importsOf(file: string): { target: string; spec: string; typeOnly: boolean }[] {
  const found: { target: string; spec: string; typeOnly: boolean }[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (!spec.startsWith('.')) return;
    const target = relative(root, resolve(root, dirname(file), spec))
      .split('\\')
      .join('/');
    found.push({ target: target.replace(/\.ts$/, ''), spec, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!named &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      add(node.moduleSpecifier.text, node.isTypeOnly);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      add(node.arguments[0].text, false);
    ts.forEachChild(node, visit);
  };
  visit(astOf(file));
  return found;
}

/**
 * Views are functions of `(state, actions, words)` (ADRs 0012 and 0022): a `*.view.ts` under
 * `components/` or `views/` never loads a controller module (`*.controller.ts`,
 * `controllers/*-controller.ts`) and never names an element class, not even for a type. A
 * type-only import of a controller module (its actions interface) is erased and allowed.
 */
const viewFiles = () =>
  filesOf('elements').filter(
    (f) =>
      f.endsWith('.view.ts') && (f.startsWith(COMPONENTS) || f.startsWith('packages/elements/src/views/')),
  );

function viewImports(): Offence[] {
  const classModule = /^packages\/elements\/src\/components\/([^/]+)\/\1$/;
  return viewFiles().flatMap((file) =>
    importsOf(file).flatMap(({ target, spec, typeOnly }) => {
      if (classModule.test(target)) return [{ file, what: `imports ${spec} (an element class)` }];
      if (CONTROLLER_MODULE.test(target) && !typeOnly)
        return [{ file, what: `imports ${spec} (a controller) at run time` }];
      return [];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// @internal members

function internalMembers(): Offence[] {
  return filesOf('elements').flatMap((file) => {
    const count = textOf(file).match(/@internal\b/g)?.length ?? 0;
    return count > 0 ? [{ file, what: `${count} @internal`, count }] : [];
  });
}

// ---------------------------------------------------------------------------------------------

describe('source structure of every package', () => {
  test('every package has its sources where the rules look', () => {
    for (const pkg of PACKAGES) expect(filesOf(pkg).filter(isSource).length, pkg).toBeGreaterThan(4);
    expect(Object.keys(FILE_SIGNATURES).length).toBeGreaterThanOrEqual(4);
  });

  test(`no source module over ${MAX_LINES} lines`, () => {
    const { rest } = split(PACKAGES.flatMap(longModules));
    expect(rest).toEqual([]);
  });

  test('no runtime import cycle', async () => {
    const found: string[] = [];
    for (const pkg of PACKAGES) found.push(...cycles(await runtimeGraph(pkg)));
    expect(found).toEqual([]);
  });

  test('file signatures are written only in packages/core/src', () => {
    // The scan finds every signature where core writes them, so it would find a copy elsewhere.
    const inCore = signaturesIn('packages/core/src/files/sniff-media-type.ts').join('\n');
    for (const type of Object.keys(FILE_SIGNATURES)) expect(inCore, type).toContain(type);
    expect(split(signatureWriters()).rest).toEqual([]);
  });

  test('no component helper or shared module imports an element class', () => {
    expect(split(classImports()).rest).toEqual([]);
  });

  test('no view imports a controller at run time or an element class', () => {
    // The rule reads every view and resolves its imports (the report form's views import each other).
    expect(viewFiles().length).toBeGreaterThan(5);
    const fromView = importsOf('packages/elements/src/components/report-form/report-form.view.ts');
    expect(fromView.map((i) => i.target)).toContain(
      'packages/elements/src/components/report-form/report-form.fields.view',
    );
    expect(split(viewImports()).rest).toEqual([]);
  });

  test(`at most ${MAX_INTERNAL} @internal members in packages/elements/src`, () => {
    const { rest, kept } = split(internalMembers());
    const total = kept.reduce((sum, o) => sum + (o.count ?? 0), 0);
    expect(total, rest.join('\n')).toBeLessThanOrEqual(MAX_INTERNAL);
  });

  test('every PENDING_CONVERSION folder still offends (else remove it from the list)', () => {
    const used = new Set<string>();
    for (const offences of [longModules('elements'), signatureWriters(), classImports(), internalMembers()])
      for (const p of split(offences).used) used.add(p);
    expect(PENDING_CONVERSION.filter((p) => !used.has(p))).toEqual([]);
  });
});
