/**
 * Build time only: describes a zod/mini schema as plain data ({@link PlainSchema}) that
 * `checkPlain` reads without zod. Only what the contract's answers use is supported; anything
 * else throws, so a schema change the checker cannot follow fails the generator instead of
 * weakening the check.
 * @module
 */
import type * as z from 'zod/mini';
import { PLAIN_REFINEMENTS } from './refinements';
import type { PlainNode, PlainPattern, PlainSchema, PlainValue } from './types';

// biome-ignore lint/suspicious/noExplicitAny: zod's internal defs are read structurally
type Def = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: any zod schema or check instance
type Internal = { _zod: { def: Def; innerType?: any; values?: Set<unknown> } };

/** Def keys that carry no semantics for a successful parse (messages). */
const IGNORED = new Set(['error', 'message']);

const REFINEMENT_NAMES = new Map<unknown, string>(
  Object.entries(PLAIN_REFINEMENTS).map(([name, fn]) => [fn, name]),
);

class Describer {
  readonly patterns: PlainPattern[] = [];
  private readonly path: string[] = [];

  fail(what: string): never {
    throw new Error(`describe: unsupported ${what} at ${this.path.join('') || '(root)'}`);
  }

  /** Throws when `def` has a key outside `allowed` (and the ignored message keys) that is set. */
  only(def: Def, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(def)) {
      if (def[key] === undefined || IGNORED.has(key) || allowed.includes(key)) continue;
      this.fail(`${what} def key '${key}' (${safeString(def[key])})`);
    }
  }

  pattern(re: RegExp): number {
    const index = this.patterns.findIndex((p) => p.source === re.source && p.flags === re.flags);
    if (index >= 0) return index;
    this.patterns.push({ source: re.source, flags: re.flags });
    return this.patterns.length - 1;
  }

  at<T>(segment: string, run: () => T): T {
    this.path.push(segment);
    try {
      return run();
    } finally {
      this.path.pop();
    }
  }

  node(schema: Internal): PlainNode {
    const def = schema._zod.def;
    switch (def.type) {
      case 'string':
        return this.string(def);
      case 'number':
        return this.number(def);
      case 'boolean':
        this.only(def, ['type'], 'boolean');
        return { k: 'boolean' };
      case 'enum':
      case 'literal':
        return this.values(schema, def);
      case 'null':
        this.only(def, ['type'], 'null');
        return { k: 'values', values: [null] };
      case 'object':
        return this.object(def);
      case 'array':
        return this.array(def);
      case 'union': {
        this.only(def, ['type', 'options'], 'union');
        const options = (def.options as Internal[]).map((o, i) => this.at(`|${i}`, () => this.node(o)));
        return { k: 'union', options };
      }
      case 'nullable':
        this.only(def, ['type', 'innerType'], 'nullable');
        return { k: 'nullable', inner: this.node(def.innerType) };
      case 'optional':
        // Only as an object's field: elsewhere (in a union, under nullable) zod's absent-key
        // rules differ and the checker does not follow them.
        return this.fail('optional outside an object field');
      case 'record':
        return this.record(def);
      case 'lazy':
        return this.lazy(schema, def);
      default:
        return this.fail(`schema type '${String(def.type)}'`);
    }
  }

  /** Checks of a string: its own (a format such as `z.iso.datetime`) and those of `.check()`. */
  string(def: Def): PlainNode {
    this.only(
      def,
      ['type', 'checks', 'check', 'format', 'pattern', 'offset', 'local', 'precision', 'abort'],
      'string',
    );
    let min: number | undefined;
    let max: number | undefined;
    const re: number[] = [];
    const refine: string[] = [];
    const checks: Def[] = [
      ...(def.check ? [def] : []),
      ...((def.checks ?? []) as Internal[]).map((c) => c._zod.def),
    ];
    for (const check of checks) {
      switch (check.check) {
        case 'min_length':
          this.only(check, ['check', 'minimum', 'abort', 'when'], 'min_length');
          min = Math.max(min ?? 0, check.minimum);
          break;
        case 'max_length':
          this.only(check, ['check', 'maximum', 'abort', 'when'], 'max_length');
          max = Math.min(max ?? Number.POSITIVE_INFINITY, check.maximum);
          break;
        case 'string_format':
          // A format is only its pattern for these (zod's check is `pattern.test`); others
          // (url, email with extra logic...) are refused.
          if (!['regex', 'datetime'].includes(check.format)) this.fail(`string format '${check.format}'`);
          if (!(check.pattern instanceof RegExp))
            this.fail(`string format '${check.format}' without pattern`);
          this.only(
            check,
            check === def
              ? ['type', 'checks', 'check', 'format', 'pattern', 'offset', 'local', 'precision', 'abort']
              : ['check', 'format', 'pattern', 'abort'],
            `string format '${check.format}'`,
          );
          re.push(this.pattern(check.pattern));
          break;
        case 'custom': {
          this.only(check, ['type', 'check', 'fn', 'abort'], 'refinement');
          const name = REFINEMENT_NAMES.get(check.fn);
          if (name === undefined) this.fail('refinement (not in PLAIN_REFINEMENTS)');
          refine.push(name);
          break;
        }
        default:
          this.fail(`string check '${String(check.check)}'`);
      }
    }
    return {
      k: 'string',
      ...(min !== undefined && min > 0 ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(re.length ? { re } : {}),
      ...(refine.length ? { refine } : {}),
    };
  }

  number(def: Def): PlainNode {
    this.only(def, ['type', 'checks', 'check', 'format', 'abort'], 'number');
    const node: { k: 'number'; int?: true; ge?: number; gt?: number; le?: number; lt?: number } = {
      k: 'number',
    };
    const checks: Def[] = [
      ...(def.check ? [def] : []),
      ...((def.checks ?? []) as Internal[]).map((c) => c._zod.def),
    ];
    for (const check of checks) {
      switch (check.check) {
        case 'number_format':
          if (check.format !== 'safeint') this.fail(`number format '${check.format}'`);
          node.int = true;
          break;
        case 'greater_than':
          this.only(check, ['check', 'value', 'inclusive', 'abort'], 'greater_than');
          if (typeof check.value !== 'number') this.fail('non-number bound');
          if (check.inclusive) node.ge = Math.max(node.ge ?? Number.NEGATIVE_INFINITY, check.value);
          else node.gt = Math.max(node.gt ?? Number.NEGATIVE_INFINITY, check.value);
          break;
        case 'less_than':
          this.only(check, ['check', 'value', 'inclusive', 'abort'], 'less_than');
          if (typeof check.value !== 'number') this.fail('non-number bound');
          if (check.inclusive) node.le = Math.min(node.le ?? Number.POSITIVE_INFINITY, check.value);
          else node.lt = Math.min(node.lt ?? Number.POSITIVE_INFINITY, check.value);
          break;
        default:
          this.fail(`number check '${String(check.check)}'`);
      }
    }
    return node;
  }

  values(schema: Internal, def: Def): PlainNode {
    this.only(def, ['type', def.type === 'enum' ? 'entries' : 'values'], def.type);
    const values = [...(schema._zod.values ?? [])];
    for (const v of values) {
      if (
        !(
          v === null ||
          ['string', 'boolean'].includes(typeof v) ||
          (typeof v === 'number' && Number.isFinite(v))
        )
      ) {
        this.fail(`${def.type} value ${safeString(v)}`);
      }
    }
    return { k: 'values', values: values as PlainValue[] };
  }

  object(def: Def): PlainNode {
    this.only(def, ['type', 'shape', 'catchall'], 'object');
    let strict = false;
    if (def.catchall !== undefined) {
      // z.strictObject: a `never` catchall refuses every unknown key; any other catchall
      // (z.looseObject's unknown, a typed catchall) is not supported.
      if ((def.catchall as Internal)._zod.def.type !== 'never') this.fail('object catchall');
      strict = true;
    }
    const shape: Record<string, PlainNode> = {};
    const source = def.shape as Record<string, Internal>;
    if (Object.getOwnPropertySymbols(source).length) this.fail('symbol key');
    for (const key of Object.keys(source)) {
      if (key === '__proto__') this.fail('key __proto__');
      shape[key] = this.at(`.${key}`, () => this.field(source[key] as Internal));
    }
    return strict ? { k: 'object', shape, strict: true } : { k: 'object', shape };
  }

  /** An object's field: `z.optional(X)` (absent allowed, left absent) or any other node. */
  field(schema: Internal): PlainNode {
    const def = schema._zod.def;
    if (def.type !== 'optional') return this.node(schema);
    this.only(def, ['type', 'innerType'], 'optional');
    return { k: 'optional', inner: this.node(def.innerType) };
  }

  array(def: Def): PlainNode {
    this.only(def, ['type', 'element', 'checks'], 'array');
    let min: number | undefined;
    let max: number | undefined;
    for (const c of (def.checks ?? []) as Internal[]) {
      const check = c._zod.def;
      if (check.check === 'min_length') {
        this.only(check, ['check', 'minimum', 'abort', 'when'], 'min_length');
        min = Math.max(min ?? 0, check.minimum);
      } else if (check.check === 'max_length') {
        this.only(check, ['check', 'maximum', 'abort', 'when'], 'max_length');
        max = Math.min(max ?? Number.POSITIVE_INFINITY, check.maximum);
      } else this.fail(`array check '${String(check.check)}'`);
    }
    const item = this.at('[]', () => this.node(def.element));
    return {
      k: 'array',
      item,
      ...(min !== undefined && min > 0 ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    };
  }

  record(def: Def): PlainNode {
    this.only(def, ['type', 'keyType', 'valueType'], 'record');
    const key = (def.keyType as Internal)._zod.def;
    if (key.type !== 'string' || key.checks?.length || key.check)
      this.fail('record key other than z.string()');
    return { k: 'record', value: this.at('{}', () => this.node(def.valueType)) };
  }

  private readonly expanding = new Set<unknown>();

  lazy(schema: Internal, def: Def): PlainNode {
    this.only(def, ['type', 'getter', '_cachedInner'], 'lazy');
    if (isJson(schema)) return { k: 'json' };
    if (this.expanding.has(schema)) this.fail('recursive lazy schema (other than z.json())');
    this.expanding.add(schema);
    try {
      return this.node(schema._zod.innerType ?? def.getter());
    } finally {
      this.expanding.delete(schema);
    }
  }
}

/** Whether `schema` is `z.json()`: a lazy union of string, number, boolean, null, arrays and string records of itself. */
function isJson(schema: Internal): boolean {
  const inner = (schema._zod.innerType ?? schema._zod.def.getter()) as Internal;
  const def = inner._zod.def;
  if (def.type !== 'union' || def.options.length !== 6) return false;
  const [s, n, b, nul, arr, rec] = (def.options as Internal[]).map((o) => o._zod.def) as Def[];
  const bare = (d: Def | undefined, type: string) =>
    d !== undefined && d.type === type && !d.check && !d.checks?.length && !d.coerce;
  return (
    bare(s, 'string') &&
    bare(n, 'number') &&
    bare(b, 'boolean') &&
    bare(nul, 'null') &&
    bare(arr, 'array') &&
    arr?.element === schema &&
    bare(rec, 'record') &&
    bare((rec?.keyType as Internal | undefined)?._zod.def, 'string') &&
    rec?.valueType === schema
  );
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'function' ? 'function' : String(value);
  } catch {
    return typeof value;
  }
}

/**
 * Describes a zod/mini schema as plain data for `checkPlain`. Throws an Error naming the path
 * and the construct when the schema uses anything the plain checker does not support.
 */
export function describe(schema: z.ZodMiniType): PlainSchema {
  const describer = new Describer();
  const root = describer.node(schema as unknown as Internal);
  return { patterns: describer.patterns, root };
}
