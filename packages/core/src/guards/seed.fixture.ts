/**
 * Test fixture (not exported by the package): real BIP-39 seed phrases made with @scure/bip39
 * from fresh entropy, in any language of the guard's lists, for the secret guard's tests in core and in
 * the widgets. Never a phrase anyone uses: each call makes a new one.
 * @module
 */
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as chinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js';

const LISTS = { en: english, es: spanish, ja: japanese, 'zh-CN': chinese, 'zh-TW': traditional } as const;

/**
 * A new, valid seed phrase (words separated by spaces).
 * @param strength - entropy bits: 128 → 12 words, 256 → 24 words
 */
export function seedPhrase(lang: keyof typeof LISTS, strength: 128 | 160 | 192 | 224 | 256 = 128): string {
  const phrase = generateMnemonic(LISTS[lang], strength);
  if (!validateMnemonic(phrase, LISTS[lang])) throw new Error('generated an invalid phrase');
  return phrase;
}
