/**
 * Checks a value against a plain description ({@link PlainSchema}) the way zod checks it against
 * the schema the description was generated from, without zod: the tracker's first paint checks
 * the server's answer with this. Success gives zod's output (objects and records rebuilt with
 * their schema's keys, arrays rebuilt). Meant for JSON values (`JSON.parse` output).
 * @module
 */
import { PLAIN_REFINEMENTS } from './refinements';
import type { PlainNode, PlainSchema } from './types';

/** The result of {@link checkPlain}: zod's output when the value matches. */
export type PlainResult = { success: true; data: unknown } | { success: false };

const FAILURE: PlainResult = Object.freeze({ success: false });

/** RegExps of each description, built at its first check. */
const compiled = new WeakMap<PlainSchema, RegExp[]>();

// State of the running check (checks are synchronous and never re-entered): the patterns of the
// description and the output of the last node that accepted its value.
let patterns: RegExp[] = [];
let out: unknown;

const hasOwn = Object.prototype.hasOwnProperty;

/** Length in code points, as zod measures strings. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function isRecordLike(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function checkString(node: Extract<PlainNode, { k: 'string' }>, v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (node.min !== undefined && (v.length < node.min || codePoints(v) < node.min)) return false;
  if (node.max !== undefined && v.length > node.max && codePoints(v) > node.max) return false;
  if (node.re !== undefined) {
    for (const i of node.re) {
      const re = patterns[i] as RegExp;
      re.lastIndex = 0;
      if (!re.test(v)) return false;
    }
  }
  if (node.refine !== undefined) {
    for (const name of node.refine) {
      const fn = PLAIN_REFINEMENTS[name];
      if (fn === undefined || !fn(v)) return false;
    }
  }
  out = v;
  return true;
}

function checkNumber(node: Extract<PlainNode, { k: 'number' }>, v: unknown): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  if (node.int && !Number.isSafeInteger(v)) return false;
  if (node.ge !== undefined && !(v >= node.ge)) return false;
  if (node.gt !== undefined && !(v > node.gt)) return false;
  if (node.le !== undefined && !(v <= node.le)) return false;
  if (node.lt !== undefined && !(v < node.lt)) return false;
  out = v;
  return true;
}

function checkObject(node: Extract<PlainNode, { k: 'object' }>, v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const input = v as Record<string, unknown>;
  const shape = node.shape;
  const result: Record<string, unknown> = {};
  for (const key in shape) {
    const field = shape[key] as PlainNode;
    const present = key in input;
    if (!present) {
      // An absent key: allowed (and left absent) only when the field is optional.
      if (field.k === 'optional') continue;
      return false;
    }
    if (!check(field, input[key])) return false;
    result[key] = out;
  }
  if (node.strict) {
    for (const key in input) if (!hasOwn.call(shape, key)) return false;
  }
  out = result;
  return true;
}

function checkArray(node: Extract<PlainNode, { k: 'array' }>, v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  if (node.min !== undefined && v.length < node.min) return false;
  if (node.max !== undefined && v.length > node.max) return false;
  const result = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    if (!check(node.item, v[i])) return false;
    result[i] = out;
  }
  out = result;
  return true;
}

function checkRecord(value: PlainNode | undefined, v: unknown): boolean {
  if (!isRecordLike(v)) return false;
  if (Object.getOwnPropertySymbols(v).length) return false;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    if (key === '__proto__') continue;
    if (!(value === undefined ? checkJson(v[key]) : check(value, v[key]))) return false;
    result[key] = out;
  }
  out = result;
  return true;
}

/** `z.json()`: a string, finite number, boolean, null, or an array or plain object of those. */
function checkJson(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      out = v;
      return true;
    case 'number':
      out = v;
      return Number.isFinite(v);
    case 'object': {
      if (v === null) {
        out = v;
        return true;
      }
      if (Array.isArray(v)) {
        const result = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          if (!checkJson(v[i])) return false;
          result[i] = out;
        }
        out = result;
        return true;
      }
      return checkRecord(undefined, v);
    }
    default:
      return false;
  }
}

function check(node: PlainNode, v: unknown): boolean {
  switch (node.k) {
    case 'string':
      return checkString(node, v);
    case 'number':
      return checkNumber(node, v);
    case 'boolean':
      out = v;
      return typeof v === 'boolean';
    case 'values':
      out = v;
      return node.values.includes(v as never);
    case 'object':
      return checkObject(node, v);
    case 'array':
      return checkArray(node, v);
    case 'union':
      for (const option of node.options) if (check(option, v)) return true;
      return false;
    case 'nullable':
      if (v === null) {
        out = v;
        return true;
      }
      return check(node.inner, v);
    case 'optional':
      if (v === undefined) {
        out = v;
        return true;
      }
      return check(node.inner, v);
    case 'record':
      return checkRecord(node.value, v);
    case 'json':
      return checkJson(v);
    default:
      return false;
  }
}

/**
 * Checks `value` against a plain description: `{ success: true, data }` with the output zod
 * would give for the schema the description came from, or `{ success: false }`.
 */
export function checkPlain(schema: PlainSchema, value: unknown): PlainResult {
  let res = compiled.get(schema);
  if (res === undefined) {
    res = schema.patterns.map((p) => new RegExp(p.source, p.flags));
    compiled.set(schema, res);
  }
  patterns = res;
  out = undefined;
  const ok = check(schema.root, value);
  const data = out;
  out = undefined;
  return ok ? { success: true, data } : FAILURE;
}
