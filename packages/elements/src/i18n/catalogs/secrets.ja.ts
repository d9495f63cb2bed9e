/**
 * The secret guard's words in Japanese.
 * Typed by the English catalog (`secrets.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { SecretWords } from './secrets.en';

export const ja: SecretWords = {
  secret: {
    seed_phrase:
      'これはリカバリーフレーズ（シードフレーズ）のようです。誰にも送らないでください。これを持つ人があなたの資産を自由にできます。',
    private_key: 'これは秘密鍵のようです。誰にも送らないでください。これを持つ人がウォレットを操作できます。',
    one_time_code: 'これはワンタイムコードのようです。コードは誰にも送らないでください。',
  },
  neverAsks: 'プラットフォームがこれらを求めることは決してありません。この内容は送信も保存もされていません。',
};
