import { validateMnemonic } from '@scure/bip39';

/** Kinds of secret the guard recognizes. */
export const SECRET_KINDS = ['seed_phrase', 'private_key', 'one_time_code'] as const;

/** A kind of secret. */
export type SecretKind = (typeof SECRET_KINDS)[number];

/** Where a secret was found: `text.slice(start, end)` is the secret. */
export interface Finding {
  /** What was found. */
  kind: SecretKind;
  /** Offset of the first character (UTF-16 code units). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** For seed phrases: the wordlist's language. */
  language?: SeedLanguage;
}

/** Languages of the BIP-39 wordlists the guard knows. */
export type SeedLanguage = 'en' | 'es' | 'ja' | 'zh-CN' | 'zh-TW';

/** BIP-39 wordlists, injected so that a widget can load them lazily. */
export interface Wordlists {
  /** The English list (2048 words). */
  en?: readonly string[];
  /** The Spanish list (2048 words, accents as the list spells them). */
  es?: readonly string[];
  /** The Japanese list (2048 hiragana words). */
  ja?: readonly string[];
  /** The simplified Chinese list (2048 characters). */
  zh?: readonly string[];
  /** The traditional Chinese list (2048 characters; many shared with the simplified list). */
  zhTW?: readonly string[];
}

/**
 * Options of {@link scanForSecrets}. Without wordlists, seed phrases are not looked for
 * (keys and codes still are): load them with {@link loadWordlists}.
 */
export interface ScanOptions {
  /** The BIP-39 wordlists to look for seed phrases with. */
  wordlists?: Wordlists;
  /**
   * `free_text` (default) for narratives and descriptions; `transaction_id` for a field meant
   * to hold a transaction id, where 64 hex characters and a bare 6–8 digit number are expected.
   */
  context?: 'free_text' | 'transaction_id';
}

/** Fewest words of a seed phrase. */
const MIN_PHRASE_WORDS = 12;
/** Lengths a contiguous (unseparated) Chinese phrase may have. */
const CONTIGUOUS_LENGTHS: ReadonlySet<number> = new Set([12, 15, 18, 21, 24]);

/** Words: Latin letters with their accents (composed or not), Han characters, or hiragana. */
const TOKEN =
  /[\p{Script=Latin}][\p{Script=Latin}\p{M}]*|[\u3400-\u4DBF\u4E00-\u9FFF]+|[\p{Script=Hiragana}\u30FC][\p{Script=Hiragana}\u30FC\p{M}]*/gu;
/** What may separate the words of a phrase: whitespace, commas, numbering (`1.`, `1)`, `#1`). */
const SEPARATOR = /^(?:[\s,，、;；]|#?\d{1,2}(?!\d)[.)）:：]?)+$/;
/** Longest gap between two words of a phrase (bounds the work per gap). */
const MAX_GAP = 16;

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) {
    set = new Set(list.map((word) => word.normalize('NFKC').toLowerCase()));
    sets.set(list, set);
  }
  return set;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Han characters (Chinese lists hold single characters). */
  cjk: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const value = match[0];
    tokens.push({ text: value, start, end: start + value.length, cjk: /^[\u3400-\u9FFF]/.test(value) });
  }
  return tokens;
}

/** The lists in the order a run's language is named when several fit. */
const ORDER: readonly [SeedLanguage, keyof Wordlists][] = [
  ['en', 'en'],
  ['es', 'es'],
  ['zh-CN', 'zh'],
  ['zh-TW', 'zhTW'],
  ['ja', 'ja'],
];

function findSeedPhrases(text: string, wordlists: Wordlists): Finding[] {
  const lists = ORDER.flatMap(([language, key]) => {
    const list = wordlists[key];
    return list ? [{ language, set: setOf(list), han: key === 'zh' || key === 'zhTW', list }] : [];
  });
  if (lists.length === 0) return [];
  const findings: Finding[] = [];
  const tokens = tokenize(text);

  // Separated runs: every word (or single Chinese character) in one list, the same list for all.
  let run: Token[] = [];
  let runLanguages: SeedLanguage[] = [];
  const flush = () => {
    if (run.length >= MIN_PHRASE_WORDS && runLanguages[0]) {
      findings.push({
        kind: 'seed_phrase',
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        language: runLanguages[0],
      });
    }
    run = [];
    runLanguages = [];
  };
  for (const token of tokens) {
    const word = token.text.normalize('NFKC').toLowerCase();
    const languages =
      token.cjk && token.text.length > 1
        ? []
        : lists.filter((l) => l.han === token.cjk && l.set.has(word)).map((l) => l.language);
    const previous = run[run.length - 1];
    const shared = runLanguages.filter((language) => languages.includes(language));
    const joins =
      shared.length > 0 &&
      previous !== undefined &&
      token.start - previous.end <= MAX_GAP &&
      SEPARATOR.test(text.slice(previous.end, token.start));
    if (joins) {
      run.push(token);
      runLanguages = shared;
    } else {
      flush();
      if (languages.length > 0) {
        run.push(token);
        runLanguages = languages;
      }
    }
  }
  flush();

  // Contiguous Chinese runs of a mnemonic length, all in a list, with a valid checksum.
  for (const { language, set, han, list } of lists) {
    if (!han) continue;
    for (const token of tokens) {
      if (!token.cjk || !CONTIGUOUS_LENGTHS.has(token.text.length)) continue;
      if (findings.some((f) => f.start === token.start)) continue;
      const chars = [...token.text];
      if (!chars.every((char) => set.has(char))) continue;
      if (validateMnemonic(chars.join(' '), list as string[])) {
        findings.push({ kind: 'seed_phrase', start: token.start, end: token.end, language });
      }
    }
  }
  return findings;
}

const HEX_KEY = /(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])/g;
const WIF = /(?<![0-9A-Za-z])(?:5[1-9A-HJ-NP-Za-km-z]{50}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![0-9A-Za-z])/g;
const EXTENDED_KEY = /(?<![0-9A-Za-z])[xyzt]prv[1-9A-HJ-NP-Za-km-z]{96,108}(?![0-9A-Za-z])/g;
const TX_KEYWORD = /(?<![A-Za-z])(?:txid|txhash|tx|hash|transactions?)(?![A-Za-z])|交易|哈希/gi;
/** How far after a transaction keyword 64 hex characters read as a transaction id. */
const TX_KEYWORD_REACH = 24;

function afterTransactionKeyword(text: string, start: number): boolean {
  const from = Math.max(0, start - TX_KEYWORD_REACH - 'transactions'.length);
  for (const match of text.slice(from, start).matchAll(TX_KEYWORD)) {
    const end = from + (match.index ?? 0) + match[0].length;
    if (start - end <= TX_KEYWORD_REACH) return true;
  }
  return false;
}

function findPrivateKeys(text: string, context: ScanOptions['context']): Finding[] {
  const findings: Finding[] = [];
  if (context !== 'transaction_id') {
    for (const match of text.matchAll(HEX_KEY)) {
      const start = match.index ?? 0;
      if (afterTransactionKeyword(text, start)) continue;
      findings.push({ kind: 'private_key', start, end: start + match[0].length });
    }
  }
  for (const pattern of [WIF, EXTENDED_KEY]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      findings.push({ kind: 'private_key', start, end: start + match[0].length });
    }
  }
  return findings;
}

const WHOLE_CODE = /^\d{3,4}[ -]?\d{3,4}$/;
const CODE_CANDIDATE = /(?<![\d.,+]|\d[ -])(?:\d{6,8}|\d{3,4}[ -]\d{3,4})(?![\d]|[.,]\d|[ -]\d)/g;
const CODE_KEYWORD =
  /(?<![A-Za-z])(?:codes?|otp|2fa|verification|verify|authenticator)(?![A-Za-z])|验证码|动态码|校验码|谷歌验证/gi;
/** How close to a code keyword a number must be. */
const CODE_KEYWORD_REACH = 30;
/** A currency or asset right after a number makes it an amount. */
const AMOUNT_AFTER = /^\s?(?:(?!OTP|TOTP|SMS|PIN)[A-Z]{2,6}(?![A-Za-z])|元|块|美元|人民币)/;
/** Lower-case currency words after a number. */
const AMOUNT_AFTER_WORD = /^\s?(?:usdt|usdc|btc|eth|usd|cny|rmb|dollars?)(?![A-Za-z])/i;
const AMOUNT_BEFORE = /[$¥€£￥]\s?$/;

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

function findOneTimeCodes(text: string, context: ScanOptions['context']): Finding[] {
  const trimmed = text.trim();
  if (WHOLE_CODE.test(trimmed)) {
    const digits = digitCount(trimmed);
    if (context !== 'transaction_id' && digits >= 6 && digits <= 8) {
      const start = text.indexOf(trimmed);
      return [{ kind: 'one_time_code', start, end: start + trimmed.length }];
    }
  }
  const keywords: [number, number][] = [];
  for (const match of text.matchAll(CODE_KEYWORD)) {
    const start = match.index ?? 0;
    keywords.push([start, start + match[0].length]);
  }
  if (keywords.length === 0) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(CODE_CANDIDATE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const digits = digitCount(match[0]);
    if (digits < 6 || digits > 8) continue;
    const after = text.slice(end, end + 12);
    if (
      AMOUNT_AFTER.test(after) ||
      AMOUNT_AFTER_WORD.test(after) ||
      AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 2), start))
    ) {
      continue;
    }
    const near = keywords.some(
      ([kStart, kEnd]) =>
        (start >= kEnd && start - kEnd <= CODE_KEYWORD_REACH) ||
        (end <= kStart && kStart - end <= CODE_KEYWORD_REACH),
    );
    if (near) findings.push({ kind: 'one_time_code', start, end });
  }
  return findings;
}

/**
 * Looks for secrets a person should never send anyone: seed phrases (English and simplified
 * Chinese BIP-39), private keys (hex, WIF, extended) and one-time codes. Returns the findings
 * ordered by offset. Pure; never throws. Used before evidence leaves the browser.
 */
export function scanForSecrets(text: string, options: ScanOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const context = options.context ?? 'free_text';
  const findings = [
    ...(options.wordlists ? findSeedPhrases(text, options.wordlists) : []),
    ...findPrivateKeys(text, context),
    ...findOneTimeCodes(text, context),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether `text` holds any secret {@link scanForSecrets} recognizes. */
export function containsSecret(text: string, options: ScanOptions = {}): boolean {
  return scanForSecrets(text, options).length > 0;
}

let loading: Promise<Required<Wordlists>> | undefined;

/**
 * Loads the BIP-39 wordlists of the shipped languages that have one (English, Spanish, Japanese,
 * simplified and traditional Chinese) on demand, when text is first checked (dynamic imports, kept
 * out of every initial bundle for their weight: see bench/RESULTS.md), once; pass the result as
 * `wordlists` to {@link scanForSecrets}.
 */
export function loadWordlists(): Promise<Required<Wordlists>> {
  loading ??= Promise.all([
    import('@scure/bip39/wordlists/english.js'),
    import('@scure/bip39/wordlists/spanish.js'),
    import('@scure/bip39/wordlists/japanese.js'),
    import('@scure/bip39/wordlists/simplified-chinese.js'),
    import('@scure/bip39/wordlists/traditional-chinese.js'),
  ]).then(([en, es, ja, zh, zhTW]) => ({
    en: en.wordlist,
    es: es.wordlist,
    ja: ja.wordlist,
    zh: zh.wordlist,
    zhTW: zhTW.wordlist,
  }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
