import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { deskPages, reporterAnswers } from '../../../test/fixtures/plain-answers';
import { ReporterCaseWithEventsSchema } from '../cases';
import { DeskCasesPageSchema } from '../desk';
import { checkDeskCasesPage, checkReporterCaseWithEvents } from './answers';
import { checkPlain } from './check';
import { DESK_CASES_PAGE } from './desk-cases.generated';
import { REPORTER_CASE_WITH_EVENTS } from './reporter-case.generated';
import type { PlainSchema } from './types';

type Path = readonly (string | number)[];
type Json = unknown;

/** Every path of a JSON value, the root included. */
function paths(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...paths(v, [...at, i]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  }
  return out;
}

function get(value: Json, path: Path): Json {
  let v = value as Record<string | number, Json>;
  for (const key of path) v = v[key] as Record<string | number, Json>;
  return v;
}

const LONG = 'x'.repeat(5000);
const ASTRAL_SHORT = '😀'.repeat(40); // 80 UTF-16 units, 40 code points
const ASTRAL_LONG = '😀'.repeat(300);
const WRONG_TYPES: readonly Json[] = [null, 'x', 1, true, [], {}];
/** Not JSON, but a caller may pass them: refused by z.number() and z.json(). */
const NON_FINITE: readonly Json[] = [Number.NaN, Number.POSITIVE_INFINITY];

/** The values a node is replaced with. */
function replacements(node: Json): Json[] {
  const out: Json[] = WRONG_TYPES.filter(
    (w) => typeof w !== typeof node || Array.isArray(w) !== Array.isArray(node),
  );
  out.push(undefined, ...NON_FINITE);
  if (typeof node === 'string') {
    out.push(
      '',
      LONG,
      `${node}\u0007`,
      `\u202e${node}`,
      `${node} `,
      ` ${node}`,
      `${node}0`,
      node.toUpperCase(),
    );
    out.push(
      ASTRAL_SHORT,
      ASTRAL_LONG,
      '2026-02-30T00:00:00Z',
      '2026-11-01T08:00:00+01:00',
      '2026-11-01T08:00:00',
    );
  }
  if (typeof node === 'number')
    out.push(-1, 0, 1.5, 1e300, Number.MAX_SAFE_INTEGER + 1, Number.NaN, node + 1);
  if (Array.isArray(node)) {
    out.push([...node, null]);
    if (node.length) out.push([...node, node[0]], node.slice(1), [node[0]]);
  }
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    out.push({ ...node, unknownKey: 1 });
    const withProto = { ...node };
    Object.defineProperty(withProto, '__proto__', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    out.push(withProto);
  }
  return out;
}

/** Mutants of a value: each node replaced, deleted (object keys), each as a fresh clone. */
function* mutants(value: Json): Generator<{ what: string; mutant: Json }> {
  for (const path of paths(value)) {
    const node = get(value, path);
    const parentPath = path.slice(0, -1);
    const key = path.at(-1);
    if (key !== undefined && typeof key === 'string') {
      const mutant = structuredClone(value);
      delete (get(mutant, parentPath) as Record<string, Json>)[key];
      yield { what: `delete ${path.join('.')}`, mutant };
    }
    for (const replacement of replacements(node)) {
      if (path.length === 0) {
        yield { what: `root := ${String(replacement)}`, mutant: replacement };
        continue;
      }
      const mutant = structuredClone(value);
      (get(mutant, parentPath) as Record<string | number, Json>)[key as string] =
        typeof replacement === 'object' && replacement !== null
          ? cloneKeepingProto(replacement)
          : replacement;
      yield { what: `${path.join('.')} := ${safe(replacement)}`, mutant };
    }
  }
}

/** structuredClone drops an own `__proto__` key; this keeps it. */
function cloneKeepingProto(value: object): Json {
  const copy = structuredClone(value) as Record<string, Json>;
  if (Object.hasOwn(value, '__proto__')) {
    Object.defineProperty(copy, '__proto__', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return copy;
}

function safe(value: Json): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Asserts checkPlain agrees with zod on one value; returns whether zod accepted it. */
function agree(plain: PlainSchema, schema: z.ZodMiniType, value: Json, what: string): boolean {
  const p = checkPlain(plain, value);
  const zr = schema.safeParse(value);
  if (p.success !== zr.success) {
    throw new Error(`${what}: plain ${p.success}, zod ${zr.success}`);
  }
  if (p.success && zr.success) {
    expect(p.data, what).toStrictEqual(zr.data);
    expect(JSON.stringify(p.data), what).toBe(JSON.stringify(zr.data));
  }
  return zr.success;
}

const counts: Record<string, { mutants: number; accepted: number }> = {};

describe.each([
  ['REPORTER_CASE_WITH_EVENTS', REPORTER_CASE_WITH_EVENTS, ReporterCaseWithEventsSchema, reporterAnswers()],
  ['DESK_CASES_PAGE', DESK_CASES_PAGE, DeskCasesPageSchema, deskPages()],
] as const)('%s agrees with its zod schema', (name, plain, schema, fixtures) => {
  it.each(Object.keys(fixtures))('on the answer %s, as zod outputs it', (fixture) => {
    const value = JSON.parse(JSON.stringify(fixtures[fixture as keyof typeof fixtures]));
    expect(agree(plain, schema as z.ZodMiniType, value, fixture)).toBe(true);
    // The realistic answer, with an unknown key at the top: stripped by both.
    expect(agree(plain, schema as z.ZodMiniType, { ...value, extra: 1 }, `${fixture} + extra`)).toBe(true);
  });

  it.each(Object.keys(fixtures))(
    'on every mutant of %s',
    (fixture) => {
      const value = JSON.parse(JSON.stringify(fixtures[fixture as keyof typeof fixtures]));
      let n = 0;
      let accepted = 0;
      for (const { what, mutant } of mutants(value)) {
        n++;
        if (agree(plain, schema as z.ZodMiniType, mutant, `${fixture}: ${what}`)) accepted++;
      }
      counts[`${name}/${fixture}`] = { mutants: n, accepted };
      // Both outcomes are exercised: most mutants are refused, some (an unknown key, a valid other value) pass.
      expect(n).toBeGreaterThan(100);
      expect(accepted).toBeGreaterThan(0);
      expect(accepted).toBeLessThan(n);
      // A fixed, CPU-bound set (up to ~5,000 mutants, each parsed by zod too): about 1 s alone, five
      // times that on a loaded 2-core machine; the limit only guards against a hang.
    },
    60_000,
  );
});

describe('mutant counts', () => {
  it('are reported', () => {
    const total = Object.values(counts).reduce((s, c) => s + c.mutants, 0);
    console.log(`plain-check mutants compared with zod: ${total}`, counts);
    expect(total).toBeGreaterThan(1000);
  });
});

describe('the fixtures cover', () => {
  const answers = Object.values(reporterAnswers());
  it('containment present and absent, redacted and public events, a pending request and none', () => {
    expect(answers.some((a) => a.containment)).toBe(true);
    expect(answers.some((a) => !a.containment)).toBe(true);
    expect(answers.some((a) => a.events.entries.some((e) => 'redacted' in e))).toBe(true);
    expect(answers.some((a) => a.events.entries.some((e) => !('redacted' in e)))).toBe(true);
    expect(answers.some((a) => a.pendingRequest === null)).toBe(true);
    expect(answers.some((a) => a.pendingRequest !== null)).toBe(true);
  });
});

describe('checkReporterCaseWithEvents and checkDeskCasesPage', () => {
  it('give the answer as zod outputs it, or undefined', () => {
    for (const answer of Object.values(reporterAnswers())) {
      const value = JSON.parse(JSON.stringify({ ...answer, serverOnly: 'x' }));
      expect(checkReporterCaseWithEvents(value)).toStrictEqual(ReporterCaseWithEventsSchema.parse(value));
      expect(checkReporterCaseWithEvents({ ...value, number: 'RC\u0007' })).toBeUndefined();
    }
    for (const page of Object.values(deskPages())) {
      const value = JSON.parse(JSON.stringify(page));
      expect(checkDeskCasesPage(value)).toStrictEqual(DeskCasesPageSchema.parse(value));
      expect(checkDeskCasesPage({ ...value, nextCursor: 'x'.repeat(513) })).toBeUndefined();
    }
  });
});
