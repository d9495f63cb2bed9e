/**
 * Values made on first use. Building a zod schema costs far more than parsing with it once, and
 * a browser widget imports tables of schemas it may never use (every command's payload, every
 * endpoint's body); these helpers keep that cost out of the import and pay it at the first use.
 * @internal
 * @module
 */

/** A value made on first use, then kept. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * A record whose values are made on first read of each key, then kept as plain data properties
 * (enumerable, like an object literal's).
 * @param keys - the record's keys
 * @param make - makes the value of one key
 */
export function lazyRecord<T extends object>(
  keys: readonly (keyof T & string)[],
  make: (key: keyof T & string) => T[keyof T],
): T {
  const record = {} as T;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = make(key);
        Object.defineProperty(record, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return record;
}
