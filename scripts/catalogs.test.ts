/**
 * Every catalog of every shipped language, walked (issue 19). A catalog is found by its English
 * source: every `en.ts` or `<name>.en.ts` under a package's `src`; its languages are the files
 * beside it with the language in place of `en` (`zh-CN.ts`, `first-step.ja.ts`...), each exporting
 * the catalog under the language's name (`en`, `zhCN`, `zhTW`, `ja`, `es`, `ar`). For each
 * language, the test fails on:
 * - a missing file, or a file without that export;
 * - a missing or an extra key (the typecheck catches most; this catches the rest, e.g. a catalog
 *   built by spreading);
 * - a placeholder (`{name}`) that differs from English, or an empty string;
 * - a plural message (`{ one, other }`) without `other` or with a form `Intl.PluralRules` has not;
 * - a string identical to English (non-English languages), unless it has no letters or it is
 *   listed in `IDENTICAL_TO_ENGLISH` (names, codes). A language listed in
 *   `TRANSLATIONS_IN_PROGRESS` is exempt from this rule in its files still marked
 *   `// TODO(translate)` on their first line (English copies waiting for a translator);
 * - a `TODO(translate)` mark in a language that is not in progress (or in English), and a
 *   language in progress with no file left to translate (empty the list).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CONTACT_LANGUAGES } from '../packages/core/src/schemas/limits';
import { LANGUAGES } from '../packages/elements/src/i18n/lang';
import {
  IDENTICAL_TO_ENGLISH,
  TRANSLATIONS_IN_PROGRESS,
} from '../packages/elements/src/i18n/translation-status';
import { EMAIL_LANGUAGES } from '../packages/server/src/delivery/email/render';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'elements', 'server', 'react'];
const TODO = '// TODO(translate)';
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** The export name of a language's catalog: `zh-TW` → `zhTW`. */
const exportName = (lang: string) => lang.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A catalog: its folder and name prefix (`packages/elements/src/i18n/catalogs/`, `domain.`). */
interface Catalog {
  dir: string;
  prefix: string;
  /** How the allow list and the failures name it: `elements/i18n/catalogs/domain.<lang>.ts`. */
  id: string;
}

const CATALOGS: Catalog[] = PACKAGES.flatMap((pkg) => {
  const src = join(root, 'packages', pkg, 'src');
  if (!existsSync(src)) return [];
  return (readdirSync(src, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /(^|\/|\.)en\.ts$/.test(f) && !f.includes('node_modules'))
    .map((f) => {
      const slash = f.lastIndexOf('/') + 1;
      const dir = `packages/${pkg}/src/${f.slice(0, slash)}`;
      const prefix = f.slice(slash, -'en.ts'.length);
      return { dir, prefix, id: `${pkg}/${f.slice(0, -'en.ts'.length)}<lang>.ts` };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
});

const fileOf = (c: Catalog, lang: string) => `${c.dir}${c.prefix}${lang}.ts`;

async function load(c: Catalog, lang: string): Promise<unknown> {
  const module = (await import(pathToFileURL(join(root, fileOf(c, lang))).href)) as Record<string, unknown>;
  return module[exportName(lang)];
}

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort().join(' ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPlural = (v: Record<string, unknown>) =>
  'other' in v && Object.keys(v).every((k) => PLURAL.has(k) && typeof v[k] === 'string');

/** What is wrong with one language's catalog, compared with English (empty when nothing is). */
function problemsOf(
  c: Catalog,
  lang: string,
  source: unknown,
  translated: unknown,
  checkIdentical: boolean,
): string[] {
  const problems: string[] = [];
  const identicalAllowed = (path: string) => {
    const allowed = IDENTICAL_TO_ENGLISH[`${c.id} ${path}`];
    return allowed === '*' || (allowed?.includes(lang as never) ?? false);
  };
  const string = (path: string, en: string, value: unknown, enForms: string[] = [en]) => {
    if (typeof value !== 'string') return problems.push(`${path}: not a string`);
    if (value.trim() === '') return problems.push(`${path}: empty`);
    if (placeholders(value) !== placeholders(en))
      problems.push(`${path}: placeholders "${placeholders(value)}", English has "${placeholders(en)}"`);
    if (
      checkIdentical &&
      enForms.includes(value) &&
      /\p{L}/u.test(value.replace(/\{\w+\}/g, '')) &&
      !identicalAllowed(path)
    )
      problems.push(`${path}: identical to English ("${value.slice(0, 60)}")`);
  };
  const walk = (path: string, en: unknown, value: unknown) => {
    if (typeof en === 'string') {
      if (path === 'lang') {
        if (value !== lang) problems.push(`lang: "${String(value)}", the file is ${lang}`);
        return;
      }
      string(path, en, value);
      return;
    }
    if (!isObject(en)) return;
    if (!isObject(value)) return problems.push(`${path}: missing or not an object`);
    if (isPlural(en)) {
      const rules = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
      if (!('other' in value)) problems.push(`${path}.other: missing (plural)`);
      const forms = Object.values(en) as string[];
      for (const [form, text] of Object.entries(value)) {
        if (!rules.has(form as Intl.LDMLPluralRule))
          problems.push(`${path}.${form}: not a plural category of ${lang}`);
        else string(`${path}.${form}`, en.other as string, text, forms);
      }
      return;
    }
    for (const key of Object.keys(en)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in value)) problems.push(`${at}: missing`);
      else walk(at, en[key], value[key]);
    }
    for (const key of Object.keys(value))
      if (!(key in en)) problems.push(`${path ? `${path}.` : ''}${key}: not in English`);
  };
  walk('', source, translated);
  return problems;
}

describe('catalogs', () => {
  test('the shipped languages are the same for the widgets, the contract and the notices', () => {
    expect([...CONTACT_LANGUAGES]).toEqual([...LANGUAGES]);
    expect([...EMAIL_LANGUAGES]).toEqual([...LANGUAGES]);
  });

  test('are found (every widget, the shared vocabularies, the notices)', () => {
    expect(CATALOGS.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'elements/components/case-tracker/i18n/<lang>.ts',
        'elements/components/case-desk/i18n/<lang>.ts',
        'elements/components/totp-setup/i18n/<lang>.ts',
        'elements/components/report-form/i18n/<lang>.ts',
        'elements/components/report-form/i18n/first-step.<lang>.ts',
        'elements/views/i18n/report-summary.<lang>.ts',
        'elements/i18n/catalogs/domain.<lang>.ts',
        'elements/i18n/catalogs/dossier.<lang>.ts',
        'elements/i18n/catalogs/secrets.<lang>.ts',
        'server/delivery/email/<lang>.ts',
      ]),
    );
  });

  for (const c of CATALOGS) {
    for (const lang of LANGUAGES) {
      test(`${c.id.replace('<lang>', lang)}`, async () => {
        const file = fileOf(c, lang);
        expect(existsSync(join(root, file)), `${file} exists`).toBe(true);
        const text = readFileSync(join(root, file), 'utf8');
        const marked = text.startsWith(TODO);
        const inProgress = TRANSLATIONS_IN_PROGRESS.includes(lang);
        if (marked || text.includes('TODO(translate)'))
          expect(
            inProgress && lang !== 'en',
            `${file} is marked TODO(translate) but ${lang} is not in TRANSLATIONS_IN_PROGRESS: translate it`,
          ).toBe(true);
        const source = await load(c, 'en');
        const translated = await load(c, lang);
        expect(translated, `${file} exports ${exportName(lang)}`).toBeDefined();
        expect(problemsOf(c, lang, source, translated, lang !== 'en' && !marked)).toEqual([]);
      });
    }
  }

  test('a language in progress still has a file to translate (else empty it from the list)', () => {
    const done = TRANSLATIONS_IN_PROGRESS.filter(
      (lang) => !CATALOGS.some((c) => readFileSync(join(root, fileOf(c, lang)), 'utf8').startsWith(TODO)),
    );
    expect(done, 'translated: remove from TRANSLATIONS_IN_PROGRESS').toEqual([]);
  });

  test('every entry of IDENTICAL_TO_ENGLISH names a catalog string', async () => {
    const stale: string[] = [];
    for (const key of Object.keys(IDENTICAL_TO_ENGLISH)) {
      const [id, path] = key.split(' ');
      const c = CATALOGS.find((x) => x.id === id);
      let value: unknown = c && (await load(c, 'en'));
      for (const part of path?.split('.') ?? []) value = isObject(value) ? value[part] : undefined;
      if (typeof value !== 'string') stale.push(key);
    }
    expect(stale).toEqual([]);
  });
});
