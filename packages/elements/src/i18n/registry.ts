/**
 * The translation registry: every catalog's words by language, with English always present.
 * A host adds a language with `registerTranslation`, or changes single strings of any language
 * with `overrideTranslation`; the shipped languages other than English are loaded when a widget
 * first asks for them (each catalog of each language is its own module). A lookup never waits:
 * it answers from the nearest language in the tag's fallback chain that is here now, and starts
 * loading the shipped one it lacks; registered and loaded languages re-render the widgets
 * (`onTranslationChange`). Kept small: it sits in every widget's initial chunk.
 * @module
 */

import type { DeepPartial, Translation } from './translations';

type Words = Record<string, unknown>;

/** language (lower case) → catalog name → words. */
const registered = new Map<string, Map<string, Words>>();
/** language (lower case) → catalog name → partial words laid over the registered ones. */
const overrides = new Map<string, Map<string, Words>>();
/** catalog name → shipped language (lower case) → loader of that language's module. */
const loaders = new Map<string, Map<string, () => Promise<Words>>>();
/** What is being loaded (`name|lang`), until it is in. */
const loading = new Map<string, Promise<void>>();
/**
 * Languages a widget has asked for: every catalog declared, now or later (a lazy chunk's), starts
 * loading them at once, so that a later step's words are in before that step shows.
 */
const wanted = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;
const cache = new Map<string, { version: number; words: Words }>();

/** Tags as written by a registration (`zh-TW`), by their lower case. */
const spelled = new Map<string, string>();

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

function slot(map: Map<string, Map<string, Words>>, lang: string): Map<string, Words> {
  const key = lang.toLowerCase();
  let found = map.get(key);
  if (!found) {
    found = new Map();
    map.set(key, found);
    spelled.set(key, lang);
  }
  return found;
}

function deepMerge(base: Words, over: Words): Words {
  const out: Words = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] =
      value && typeof value === 'object' && under && typeof under === 'object'
        ? deepMerge(under as Words, value as Words)
        : value;
  }
  return out;
}

/**
 * The languages to try for a tag, best first, English last: the tag, then shorter prefixes of
 * it; Chinese in traditional script or from Taiwan, Hong Kong or Macau goes through `zh-TW`, in
 * simplified script through `zh-CN`, before `zh`. `zh-HK` → `zh-HK`, `zh-TW`, `zh`, `zh-CN`, `en`;
 * `es-MX` → `es-MX`, `es`, `en`.
 */
export function languageChain(tag: string): string[] {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  if (parts[0] === 'zh') {
    const rest = parts.slice(1);
    const traditional =
      rest.includes('hant') ||
      (!rest.includes('hans') && rest.some((s) => s === 'tw' || s === 'hk' || s === 'mo'));
    chain.splice(chain.length - 1, 0, traditional ? 'zh-tw' : 'zh-cn');
  }
  chain.push('en');
  return [...new Set(chain)];
}

/** Whether a language (lower case) has words here or a module to load them from. */
export function isKnownLanguage(lang: string): boolean {
  return registered.has(lang) || [...loaders.values()].some((byLang) => byLang.has(lang));
}

/** A language as its registration spells it (`zh-tw` → `zh-TW`). */
export function spellLanguage(lang: string): string {
  return spelled.get(lang) ?? lang;
}

/**
 * Adds a language, or replaces catalogs of one: each given catalog complete, as its English
 * type says (a missing string falls back to English). Widgets showing that language re-render.
 * @example registerTranslation('ko', { 'case-tracker': ko, domain: koDomain })
 */
export function registerTranslation(lang: string, catalogs: Partial<Translation>): void {
  const into = slot(registered, lang);
  for (const [name, words] of Object.entries(catalogs)) into.set(name, words as Words);
  changed();
}

/**
 * Replaces single strings of a language (shipped or registered) with the platform's own wording;
 * later calls add to earlier ones. Widgets showing that language re-render.
 * @example overrideTranslation('en', { 'case-tracker': { title: 'Your Acme case' } })
 */
export function overrideTranslation(lang: string, catalogs: DeepPartial<Translation>): void {
  const into = slot(overrides, lang);
  for (const [name, words] of Object.entries(catalogs))
    into.set(name, deepMerge(into.get(name) ?? {}, words as Words));
  changed();
}

/** Calls `listener` whenever a language is registered, loaded or overridden; returns the unsubscribe. */
export function onTranslationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Declares a catalog: its English words (always present) and the loaders of its other shipped
 * languages. Returns a read-only view by language: `view[lang]` is the catalog for any tag,
 * from the first language of its chain that is here, with that language's overrides laid over;
 * reading a shipped language not yet loaded starts loading it (and answers from the chain).
 */
export function defineCatalog<T extends object>(
  name: string,
  en: T,
  shipped: Record<string, () => Promise<T>>,
): Readonly<Record<string, T>> {
  slot(registered, 'en').set(name, en as Words);
  const byLang = new Map<string, () => Promise<Words>>();
  for (const [lang, load] of Object.entries(shipped)) {
    byLang.set(lang.toLowerCase(), load as () => Promise<Words>);
    spelled.set(lang.toLowerCase(), lang);
  }
  loaders.set(name, byLang);
  for (const tag of wanted) loadChain(name, tag);
  return new Proxy({} as Record<string, T>, {
    get: (_, lang) => (typeof lang === 'string' ? (catalogOf(name, lang) as T) : undefined),
  });
}

/** Starts loading the first shipped language of a tag's chain for one catalog (if not here). */
function loadChain(name: string, tag: string): void {
  for (const lang of languageChain(tag)) {
    if (registered.get(lang)?.has(name)) return;
    if (loaders.get(name)?.has(lang)) {
      load(name, lang);
      return;
    }
  }
}

/** Starts loading a shipped language's module of one catalog, once; settles when it is in. */
function load(name: string, lang: string): Promise<void> | undefined {
  const loader = loaders.get(name)?.get(lang);
  const key = `${name}|${lang}`;
  if (!loader || loading.has(key)) return loading.get(key);
  const job = loader().then(
    (words) => {
      slot(registered, spelled.get(lang) ?? lang).set(name, words);
      changed();
    },
    () => void loading.delete(key), // a failed chunk is tried again on the next lookup
  );
  loading.set(key, job);
  return job;
}

/**
 * One catalog of exactly one language, never another of its chain (with its overrides), or
 * `undefined` while a shipped language's module loads (the loading starts) or if the language
 * has none.
 */
export function ownCatalog(name: string, tag: string): Words | undefined {
  return registered.get(tag.toLowerCase())?.has(name)
    ? catalogOf(name, tag)
    : void load(name, tag.toLowerCase());
}

/** Settles once `ownCatalog(name, tag)` answers, for a shipped language (at once otherwise). */
export async function ownCatalogReady(name: string, tag: string): Promise<void> {
  if (!registered.get(tag.toLowerCase())?.has(name)) await load(name, tag.toLowerCase());
}

/** Whether a language has its own words for a catalog, here or to load. */
export function hasOwnCatalog(name: string, tag: string): boolean {
  const lang = tag.toLowerCase();
  return !!(registered.get(lang)?.has(name) || loaders.get(name)?.has(lang));
}

/** One catalog in one language, now (see `defineCatalog`). */
export function catalogOf(name: string, tag: string): Words {
  const key = `${name}|${tag}`;
  const hit = cache.get(key);
  if (hit?.version === version) return hit.words;
  const chain = languageChain(tag);
  if (!wanted.has(tag)) {
    wanted.add(tag);
    for (const other of loaders.keys()) loadChain(other, tag);
  }
  let words: Words | undefined;
  let from = 'en';
  for (const lang of chain) {
    words = registered.get(lang)?.get(name);
    if (words) {
      from = lang;
      break;
    }
    if (loaders.get(name)?.has(lang)) load(name, lang);
  }
  let result = words ?? {};
  for (const lang of [...chain.slice(0, chain.indexOf(from) + 1)].reverse()) {
    const over = overrides.get(lang)?.get(name);
    if (over) result = deepMerge(result, over);
  }
  cache.set(key, { version, words: result });
  return result;
}

/** Loads the shipped modules of a language for every declared catalog (tests, hosts that preload). */
export async function loadLanguage(tag: string): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  for (const [name, byLang] of loaders) {
    for (const lang of languageChain(tag)) {
      if (registered.get(lang)?.has(name)) break;
      const loader = byLang.get(lang);
      if (!loader) continue;
      jobs.push(
        loader().then((words) => {
          slot(registered, spelled.get(lang) ?? lang).set(name, words);
        }),
      );
      break;
    }
  }
  await Promise.all(jobs);
  changed();
}
