/**
 * The shape of a plain description: a JSON value, generated at build time from a zod schema
 * (`describe`), read at run time by `checkPlain` without zod.
 * @module
 */

/** A regular expression as data: `new RegExp(source, flags)`. */
export interface PlainPattern {
  readonly source: string;
  readonly flags: string;
}

/** A value an enum or literal allows. */
export type PlainValue = string | number | boolean | null;

/** One node of a description; `k` names its kind. */
export type PlainNode =
  | {
      readonly k: 'string';
      /** Fewest code points. */
      readonly min?: number;
      /** Most code points. */
      readonly max?: number;
      /** Indexes into {@link PlainSchema.patterns}; each must match. */
      readonly re?: readonly number[];
      /** Names in `PLAIN_REFINEMENTS`; each must hold. */
      readonly refine?: readonly string[];
    }
  | {
      readonly k: 'number';
      /** A safe integer. */
      readonly int?: true;
      readonly ge?: number;
      readonly gt?: number;
      readonly le?: number;
      readonly lt?: number;
    }
  | { readonly k: 'boolean' }
  | { readonly k: 'values'; readonly values: readonly PlainValue[] }
  | {
      readonly k: 'object';
      readonly shape: Readonly<Record<string, PlainNode>>;
      /** Unknown keys refused (`z.strictObject`); else stripped. */
      readonly strict?: true;
    }
  | { readonly k: 'array'; readonly item: PlainNode; readonly min?: number; readonly max?: number }
  /** The first option that accepts the value gives the output. */
  | { readonly k: 'union'; readonly options: readonly PlainNode[] }
  | { readonly k: 'nullable'; readonly inner: PlainNode }
  | { readonly k: 'optional'; readonly inner: PlainNode }
  /** Keys are any string. */
  | { readonly k: 'record'; readonly value: PlainNode }
  /** `z.json()`: any JSON value (finite numbers, plain objects). */
  | { readonly k: 'json' };

/** A description: its root node and the patterns its string nodes refer to. */
export interface PlainSchema {
  readonly patterns: readonly PlainPattern[];
  readonly root: PlainNode;
}
