import { expect, describe as group, it } from 'vitest';
import * as z from 'zod/mini';
import { label } from '../primitives';
import { checkPlain } from './check';
import { describe } from './describe';
import { noControlCharacters, PLAIN_REFINEMENTS } from './refinements';

/** Asserts checkPlain on describe(schema) agrees with zod on every value, output included. */
function agrees(schema: z.ZodMiniType, values: readonly unknown[]): void {
  const plain = JSON.parse(JSON.stringify(describe(schema)));
  for (const value of values) {
    const p = checkPlain(plain, value);
    const zr = schema.safeParse(value);
    expect(p.success, JSON.stringify(value)).toBe(zr.success);
    if (p.success && zr.success) expect(p.data, JSON.stringify(value)).toStrictEqual(zr.data);
  }
}

group('describe', () => {
  it('names label()’s refinement by identity (PLAIN_REFINEMENTS)', () => {
    expect(PLAIN_REFINEMENTS.noControlCharacters).toBe(noControlCharacters);
    expect(describe(label(5))).toEqual({
      patterns: [],
      root: { k: 'string', min: 1, max: 5, refine: ['noControlCharacters'] },
    });
  });

  it.each([
    ['a URL format', z.url()],
    ['an email format', z.email()],
    ['an unnamed refinement', z.string().check(z.refine((s) => s.length > 2))],
    ['a loose object', z.looseObject({ a: z.string() })],
    ['a catchall', z.catchall(z.object({ a: z.string() }), z.number())],
    [
      'a transform',
      z.pipe(
        z.string(),
        z.transform((s) => s.length),
      ),
    ],
    ['a default', z.object({ a: z._default(z.string(), 'x') })],
    ['optional in a union', z.union([z.optional(z.string()), z.number()])],
    ['a record of enum keys', z.record(z.enum(['a', 'b']), z.string())],
    ['a multiple-of check', z.number().check(z.multipleOf(2))],
    ['a bigint', z.bigint()],
    ['a date', z.date()],
    ['a tuple', z.tuple([z.string()])],
    ['a discriminated union', z.discriminatedUnion('t', [z.object({ t: z.literal('a') })])],
    ['a trimming string', z.string().check(z.trim())],
    ['an int32', z.int32()],
    ['a coerced number', z.coerce.number()],
  ] as const)('throws on %s', (_name, schema) => {
    expect(() => describe(schema as z.ZodMiniType)).toThrow(/describe: unsupported/);
  });

  it('throws on a recursive lazy schema other than z.json(), naming the path', () => {
    type Tree = { children: Tree[] };
    const Tree: z.ZodMiniType<Tree> = z.lazy(() => z.object({ children: z.array(Tree) }));
    expect(() => describe(Tree)).toThrow(/recursive lazy schema .* at \.children\[\]/);
  });

  it('agrees with zod: first union option that parses wins', () => {
    const schema = z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.number() })]);
    agrees(schema, [{ a: 'x', b: 1 }, { a: 'x' }, { b: 1 }, null]);
    agrees(z.union([z.object({ a: z.string(), b: z.number() }), z.object({ a: z.string() })]), [
      { a: 'x', b: 1 },
    ]);
  });

  it('agrees with zod: strict and stripping objects, optional keys', () => {
    const proto = JSON.parse('{"a":"x","__proto__":{"polluted":1}}');
    const values = [{ a: 'x' }, { a: 'x', c: 1 }, {}, { a: 'x', b: undefined }, { a: 'x', b: 2 }, proto, []];
    agrees(z.object({ a: z.string(), b: z.optional(z.number()) }), values);
    agrees(z.strictObject({ a: z.string(), b: z.optional(z.number()) }), values);
  });

  it('agrees with zod: strings by code points, patterns, formats', () => {
    const emoji = '😀';
    agrees(z.string().check(z.minLength(2), z.maxLength(3)), [
      'a',
      'ab',
      'abcd',
      emoji,
      emoji.repeat(2),
      emoji.repeat(3),
      emoji.repeat(4),
      `a${emoji}`,
    ]);
    agrees(z.string().check(z.regex(/^a+$/g)), ['a', 'aa', 'b', '', 'aab']);
    agrees(z.iso.datetime({ offset: true }), [
      '2026-11-01T08:00:00Z',
      '2026-11-01T08:00:00.5+08:00',
      '2026-02-29T00:00:00Z',
      '2028-02-29T00:00:00Z',
      'x',
    ]);
  });

  it('agrees with zod: numbers', () => {
    const values = [
      -1,
      0,
      0.5,
      1,
      2,
      3,
      1e300,
      Number.MAX_SAFE_INTEGER + 1,
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      '1',
    ];
    agrees(z.int().check(z.minimum(0), z.maximum(2)), values);
    agrees(z.number().check(z.gt(0), z.lt(2)), values);
  });

  it('agrees with zod: z.json(), records, arrays, nullable, enums and literals', () => {
    const proto = JSON.parse('{"__proto__":{"x":1},"a":1}');
    const json = [
      1,
      'x',
      true,
      null,
      [1, [2, { a: null }]],
      { a: { b: [1.5] } },
      Number.NaN,
      [Number.POSITIVE_INFINITY],
      { a: undefined },
      undefined,
      proto,
      new Date(0),
    ];
    agrees(z.json(), json);
    agrees(z.record(z.string(), z.json()), json);
    agrees(z.array(z.nullable(z.enum(['a', 'b']))).check(z.minLength(1), z.maxLength(2)), [
      [],
      ['a'],
      ['a', null],
      ['a', 'b', 'a'],
      ['c'],
      [undefined],
    ]);
    agrees(z.literal(true), [true, false, 'true']);
  });
});
