/**
 * JSON values and canonical JSON: the byte-exact form that event digests are computed over.
 * @module
 */

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Serialises a value as canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers as `JSON.stringify` writes them.
 * @param value - plain JSON data
 * @returns the canonical text
 * @throws TypeError with message `canonical_json_unsupported` for `undefined`, non-finite
 *   numbers, bigints, functions, symbols and non-plain objects (Date, Map, class instances),
 *   at any depth, including object properties whose value is `undefined`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical_json_unsupported');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  throw new TypeError('canonical_json_unsupported');
}

/**
 * Copies data into plain JSON, dropping object properties whose value is `undefined` (as
 * `JSON.stringify` does) so optional fields never reach a digest as `undefined`.
 * @param value - data made of plain objects, arrays and JSON primitives
 * @returns the cleaned copy
 * @throws TypeError `canonical_json_unsupported` for anything {@link canonicalJson} rejects
 */
export function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical_json_unsupported');
    return value;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  throw new TypeError('canonical_json_unsupported');
}
