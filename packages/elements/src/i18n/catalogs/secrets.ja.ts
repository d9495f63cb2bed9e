// TODO(translate): an English copy. Translate every string into Japanese, then delete this line.
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
      'This looks like a recovery (seed) phrase. Do not send it to anyone: whoever has it owns your funds.',
    private_key:
      'This looks like a private key. Do not send it to anyone: whoever has it controls the wallet.',
    one_time_code: 'This looks like a one-time code. Do not send codes to anyone.',
  },
  neverAsks: 'The platform never asks for these. It was not sent or saved.',
};
