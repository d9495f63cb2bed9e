import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as en } from '@scure/bip39/wordlists/english.js';
import { wordlist as ja } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as zh } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as es } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as zhTW } from '@scure/bip39/wordlists/traditional-chinese.js';
import { describe, expect, it } from 'vitest';
import { containsSecret, type Finding, loadWordlists, type SeedLanguage, scanForSecrets } from './secrets';

const wordlists = { en, es, ja, zh, zhTW };
const scan = (text: string, context?: 'free_text' | 'transaction_id') =>
  scanForSecrets(text, context ? { wordlists, context } : { wordlists });
const kinds = (findings: Finding[]) => findings.map((finding) => finding.kind);

function formats(words: string[], chinese: boolean): [string, string][] {
  const out: [string, string][] = [
    ['spaces', words.join(' ')],
    ['newlines', words.join('\n')],
    ['numbered 1.', words.map((word, i) => `${i + 1}. ${word}`).join(' ')],
    ['numbered 1) lines', words.map((word, i) => `${i + 1})${word}`).join('\n')],
    ['hash numbered', words.map((word, i) => `#${i + 1} ${word}`).join(', ')],
    ['commas', words.join(', ')],
  ];
  if (chinese) {
    out.push(['Chinese commas', words.join('，')], ['contiguous', words.join('')]);
  } else {
    out.push(['upper case', words.join(' ').toUpperCase()]);
  }
  return out;
}

/** Entropy from a fixed seed (xorshift32), so that every run checks the same phrases. */
function seededEntropy(seed: number, bytes: number): Uint8Array {
  let x = seed || 1;
  return Uint8Array.from({ length: bytes }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 0xff;
  });
}

let nextSeed = 0x5eed;
/** A valid mnemonic from the next fixed seed: the same phrases in every run. */
function generateMnemonic(list: string[], strength = 128): string {
  return entropyToMnemonic(seededEntropy(nextSeed++, strength / 8), list);
}

/**
 * The language a phrase is reported in. The two Chinese lists put the characters they share at
 * the same index, so a traditional phrase made only of shared characters is also a valid
 * simplified phrase with the same entropy; the guard names the first list that fits (zh-CN).
 */
function expectedLanguage(language: SeedLanguage, words: readonly string[]): SeedLanguage {
  return language === 'zh-TW' && words.every((word) => zh.includes(word)) ? 'zh-CN' : language;
}

describe('seed phrases', () => {
  const cases: [string, string, SeedLanguage][] = [];
  for (const [language, list] of [
    ['en', en],
    ['zh-CN', zh],
    ['zh-TW', zhTW],
    ['es', es],
    ['ja', ja],
  ] as const) {
    for (const strength of [128, 256]) {
      for (let sample = 0; sample < 4; sample++) {
        const words = generateMnemonic(list, strength).split(/[ \u3000]/);
        // As people type them: composed accents and kana (the lists spell them decomposed).
        const typed = words.map((word) => word.normalize('NFC'));
        for (const [format, phrase] of formats(typed, language.startsWith('zh'))) {
          cases.push([
            `${language} ${words.length} words, ${format} #${sample}`,
            phrase,
            expectedLanguage(language, words),
          ]);
        }
      }
    }
  }

  it.each(cases)('%s', (_label, phrase, language) => {
    const prefix =
      language.startsWith('zh') || language === 'ja' ? '客服让我发助记词：' : 'Support asked for my phrase: ';
    const text = `${prefix}${phrase}。`;
    const findings = scan(text);
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding).toMatchObject({ kind: 'seed_phrase', language });
    // offsets: the finding covers the phrase, from its first word to its last
    const covered = text.slice(finding.start, finding.end);
    expect(phrase.endsWith(covered.slice(-1))).toBe(true);
    expect(finding.end).toBe(prefix.length + phrase.length);
    expect(finding.start).toBeGreaterThanOrEqual(prefix.length);
    expect(finding.start).toBeLessThanOrEqual(prefix.length + 4);
  });

  it('names a traditional phrase of characters both Chinese lists share as zh-CN (the same mnemonic)', () => {
    const words = '伴 座 救 祥 研 肌 疏 熔 伏 施 波 盟'.split(' ');
    expect(words.every((word) => zh.includes(word) && zhTW.indexOf(word) === zh.indexOf(word))).toBe(true);
    const text = `客服让我发助记词：${words.join(' ')}`;
    expect(scan(text)).toEqual([{ kind: 'seed_phrase', start: 9, end: text.length, language: 'zh-CN' }]);
  });

  it('catches 12 English words with an invalid checksum', () => {
    const phrase =
      'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon';
    expect(scan(phrase)).toEqual([{ kind: 'seed_phrase', start: 0, end: phrase.length, language: 'en' }]);
    const typoFree = 'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo';
    expect(containsSecret(typoFree, { wordlists })).toBe(true);
  });

  it('does not catch 11 words', () => {
    expect(scan(generateMnemonic(en).split(' ').slice(0, 11).join(' '))).toEqual([]);
  });

  it('does not catch a contiguous Chinese run with a wrong checksum or wrong length', () => {
    const words = generateMnemonic(zh).split(' ');
    // change the last word until the checksum breaks
    const broken = [...words];
    for (const candidate of zh) {
      broken[11] = candidate;
      if (candidate !== words[11] && scan(broken.join('')).length === 0) break;
    }
    expect(scan(broken.join(''))).toEqual([]);
    expect(scan(`${words.join('')}的`)).toEqual([]); // 13 characters
    // but the same broken phrase spaced out is caught (rule a)
    expect(kinds(scan(broken.join(' ')))).toEqual(['seed_phrase']);
  });

  it('offsets of a phrase inside English prose', () => {
    const phrase = generateMnemonic(en);
    const text = `Hello, my words are ${phrase}. Thanks`;
    const [finding] = scan(text);
    expect(text.slice(finding!.start, finding!.end)).toBe(phrase);
  });

  it('finds nothing without wordlists', () => {
    expect(scanForSecrets(generateMnemonic(en))).toEqual([]);
  });

  it('a Japanese phrase with ideographic spaces, as generated, and a Spanish one decomposed, as the list spells it', () => {
    for (const [language, list, joiner] of [
      ['ja', ja, '\u3000'],
      ['es', es, ' '],
    ] as const) {
      const phrase = generateMnemonic(list)
        .split(/[ \u3000]/)
        .join(joiner);
      expect(scan(phrase), language).toMatchObject([
        { kind: 'seed_phrase', language, start: 0, end: phrase.length },
      ]);
    }
  });

  it('loadWordlists loads the five lists', async () => {
    const lists = await loadWordlists();
    for (const key of ['en', 'es', 'ja', 'zh', 'zhTW'] as const) expect(lists[key], key).toHaveLength(2048);
    expect(containsSecret(generateMnemonic(ja), { wordlists: lists })).toBe(true);
    expect(containsSecret(generateMnemonic(zh).replaceAll(' ', ''), { wordlists: lists })).toBe(true);
  });
});

const ORDINARY: string[] = [
  '我的账号昨天晚上被盗了，对方修改了绑定的手机号和邮箱，还转走了资产。',
  '今天早上我发现无法登录，密码被人改了。我尝试用找回密码功能，但是验证邮件发到了一个我不认识的邮箱。',
  '大约在晚上十点左右，我收到一条短信说有新设备登录，我没有在意，第二天发现账户里的钱都没有了。',
  '有人冒充客服在社交平台上联系我，说我的账户有风险，让我提供信息，我按照他说的做了，然后账户就被盗了。',
  '我已经向平台提交了申诉，也报了警，希望能尽快冻结账户并追回资金。请问还需要提供哪些材料？',
  '他们把提现地址改成了自己的地址，然后把所有的币都转走了，一共有五次转账，时间都在凌晨两点到三点之间。',
  '我是这个账号的主人，用了好几年了，从来没有遇到过这样的问题，现在非常着急，不知道该怎么办才好。',
  'Yesterday evening someone signed in to my account from another country and changed my email address.',
  'I tried the password reset but the email went to an address I do not know. Please help me get my account back.',
  'They moved all my funds to an unknown wallet in five transfers between two and three in the morning.',
  'A fake support agent on social media asked me to verify my wallet, and after that everything was gone. I have screenshots of the whole chat.',
  'My account was stolen last week; I have the transaction records and the emails about the new device sign-in.',
];

describe('ordinary text is not caught', () => {
  it.each(ORDINARY)('%s', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('all ordinary paragraphs together', () => {
    expect(scan(ORDINARY.join('\n'))).toEqual([]);
  });
});

const HEX = 'e9873d79c6d87dc0fb6a5778633389f4453213303da61f20bd67fc233aa33262';
const WIF_UNCOMPRESSED = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ';
const WIF_COMPRESSED = 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617';
const XPRV =
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';

describe('private keys', () => {
  it.each([
    ['hex key', `my key is ${HEX}`, 10, 10 + 64],
    ['0x hex key', `key: 0x${HEX} ok`, 5, 5 + 66],
    ['upper-case hex key', HEX.toUpperCase(), 0, 64],
    ['WIF uncompressed', `wif ${WIF_UNCOMPRESSED}`, 4, 4 + 51],
    ['WIF compressed', `${WIF_COMPRESSED}\n`, 0, 52],
    ['xprv', `backup: ${XPRV}`, 8, 8 + XPRV.length],
    ['hex key far after a tx keyword', `the tx was fine, but here is my private key: ${HEX}`, 45, 45 + 64],
  ])('%s', (_label, text, start, end) => {
    expect(scan(text)).toEqual([{ kind: 'private_key', start, end }]);
  });

  it.each([
    ['ETH address', 'sent to 0x52908400098527886E0F7030069857D2E4169EE7'],
    ['bech32 address', 'to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq please'],
    ['P2PKH address', 'to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ['P2SH address', 'to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['tx hash after tx', `txid: ${HEX}`],
    ['tx hash after transaction', `Transaction hash ${HEX}`],
    ['tx hash after 交易', `交易哈希：0x${HEX}`],
    ['65 hex chars', `${HEX}a`],
    ['hex inside a longer token', `g${HEX}`],
    ['xpub', XPRV.replace('xprv', 'xpub')],
  ])('not a key: %s', (_label, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('in a transaction id field, 64 hex characters are not a key but WIF still is', () => {
    expect(scan(HEX, 'transaction_id')).toEqual([]);
    expect(kinds(scan(WIF_COMPRESSED, 'transaction_id'))).toEqual(['private_key']);
  });
});

describe('one-time codes', () => {
  it.each([
    ['whole text 6 digits', '123456', 0, 6],
    ['whole text 8 digits, padded', '  12345678 \n', 2, 10],
    ['whole text grouped', '123 456', 0, 7],
    ['near code', 'the code is 482913', 12, 18],
    ['near OTP, before it', '482913 was the OTP they asked for', 0, 6],
    ['near 2FA grouped', 'my 2FA: 482 913', 8, 15],
    ['Chinese 验证码', '验证码是739201，请勿泄露', 4, 10],
    ['Chinese 谷歌验证', '他让我发谷歌验证 5512 0093 给他', 9, 18],
    ['authenticator', 'Authenticator shows 00714322', 20, 28],
  ])('%s', (_label, text, start, end) => {
    expect(scan(text)).toEqual([{ kind: 'one_time_code', start, end }]);
  });

  it.each([
    ['amount', 'I lost 500000 USDT'],
    ['amount near a keyword', 'I lost 500000 USDT even with 2FA on'],
    ['currency symbol', 'the code cost me $250000'],
    ['yuan', '验证码被骗后损失了300000元'],
    ['decimal amount', 'verification of 123456.78 BTC'],
    ['5 digits', '12345'],
    ['9 digits', '123456789'],
    ['number far from any keyword', `code${' '.repeat(40)}123456`],
    ['phone number near code', 'the verification code was sent to +86 138 0013 8000'],
    ['no keyword', 'my user id is 123456 and my name is Bob'],
  ])('not a code: %s', (_label, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('a bare number in a transaction id field is not a code', () => {
    expect(scan('123456', 'transaction_id')).toEqual([]);
  });
});

describe('robustness', () => {
  it('scans 200 kB of adversarial text quickly', () => {
    const words = generateMnemonic(en).split(' ');
    const adversarial = [
      `${words[0]} ${'1'.repeat(40)}! ${words[1]} `,
      `code ${'1 '.repeat(200)}`,
      `${'a'.repeat(63)} tx `,
      '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出'.repeat(20),
    ].join('');
    const text = adversarial.repeat(Math.ceil(200_000 / adversarial.length));
    const started = Date.now();
    scan(text);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a long numeric gap breaks a phrase', () => {
    const words = generateMnemonic(en).split(' ');
    expect(scan(`${words.slice(0, 6).join(' ')} 123 ${words.slice(6).join(' ')}`)).toEqual([]);
  });
});

describe('containsSecret and ordering', () => {
  it('orders findings by offset', () => {
    const text = `code 123456 and key ${HEX} and ${generateMnemonic(en)}`;
    expect(kinds(scan(text))).toEqual(['one_time_code', 'private_key', 'seed_phrase']);
    expect(containsSecret(text, { wordlists })).toBe(true);
    expect(containsSecret('nothing to see here', { wordlists })).toBe(false);
    expect(containsSecret('')).toBe(false);
  });
});
