/**
 * Counts every `Intl` entry point a page touches, for the tests that the first paint touches none
 * (ADR 0033): every `Intl` constructor and function, the methods and getters of their prototypes
 * (a formatter made earlier would hide behind its cache), and `toLocale…String` /
 * `localeCompare`. Self-contained (no imports, nothing from outside the function), so that an
 * end-to-end test can run it as a page's init script from its source text.
 */
export function countIntl(): { calls: string[]; restore: () => void } {
  type Target = Record<string, unknown>;
  const calls: string[] = [];
  (globalThis as { __intlCalls?: string[] }).__intlCalls = calls;
  const undo: (() => void)[] = [];
  const wrap = (target: Target, key: string, name: string) => {
    const original = target[key];
    if (typeof original !== 'function') return;
    target[key] = new Proxy(original, {
      apply: (fn, self, args) => {
        calls.push(name);
        return Reflect.apply(fn, self, args);
      },
      construct: (fn, args, to) => {
        calls.push(`new ${name}`);
        return Reflect.construct(fn, args, to);
      },
    });
    undo.push(() => {
      target[key] = original;
    });
  };
  /** A getter that hands out a bound function (`Intl.DateTimeFormat#format`): counted when read. */
  const wrapGetter = (target: Target, key: string, name: string) => {
    const original = Object.getOwnPropertyDescriptor(target, key)!;
    const get = original.get!;
    Object.defineProperty(target, key, {
      ...original,
      get(this: unknown) {
        calls.push(name);
        return get.call(this);
      },
    });
    undo.push(() => {
      Object.defineProperty(target, key, original);
    });
  };
  const intl = Intl as unknown as Target;
  for (const key of Object.getOwnPropertyNames(Intl)) {
    const value = intl[key];
    if (typeof value !== 'function') continue;
    const prototype = (value as { prototype?: Target }).prototype;
    if (prototype)
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const found = Object.getOwnPropertyDescriptor(prototype, method);
        if (method === 'constructor' || !found) continue;
        if (typeof found.value === 'function') wrap(prototype, method, `Intl.${key}#${method}`);
        else if (found.get) wrapGetter(prototype, method, `Intl.${key}#${method}`);
      }
    wrap(intl, key, `Intl.${key}`);
  }
  for (const method of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'])
    wrap(Date.prototype as unknown as Target, method, `Date#${method}`);
  wrap(Number.prototype as unknown as Target, 'toLocaleString', 'Number#toLocaleString');
  wrap(String.prototype as unknown as Target, 'localeCompare', 'String#localeCompare');
  return {
    calls,
    restore: () => {
      for (const f of undo.reverse()) f();
    },
  };
}
