/**
 * The secret guard's words in Traditional Chinese.
 * Typed by the English catalog (`secrets.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { SecretWords } from './secrets.en';

export const zhTW: SecretWords = {
  secret: {
    seed_phrase: '這看起來像助記詞（種子詞）。請勿傳送給任何人：誰拿到它，誰就擁有您的資產。',
    private_key: '這看起來像私鑰。請勿傳送給任何人：誰拿到它，誰就能控制錢包。',
    one_time_code: '這看起來像一次性驗證碼。請勿將驗證碼傳送給任何人。',
  },
  neverAsks: '平台絕不會要求您提供這些資訊。這段內容沒有被傳送或儲存。',
};
