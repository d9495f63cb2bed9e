/**
 * Messages that depend on a count. A catalog holds one form per plural category of its language
 * (`Intl.PluralRules`: English has `one` and `other`, Arabic `zero`, `one`, `two`, `few`, `many`
 * and `other`, Chinese and Japanese only `other`); `other` is always there.
 * @module
 */

/** A message's forms by plural category; `other` is required, the rest as the language has them. */
export type PluralForms = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** The plural categories of `Intl.PluralRules`. */
export const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
];

/** The form of `forms` for `count` in `lang` (its plural category, else `other`). */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}
