/**
 * The secret guard's words in English: the source catalog. Its interface is the catalog type;
 * every other language is typed by it, so a missing or extra key fails the typecheck.
 * @module
 */
import type { SecretKind } from '@recourse/core';

/** The guard's words in one language. */
export interface SecretWords {
  /** The plain explanation, by kind. */
  secret: Record<SecretKind, string>;
  /** Said after it: the platform never asks; nothing was sent or saved. */
  neverAsks: string;
}

export const en: SecretWords = {
  secret: {
    seed_phrase:
      'This looks like a recovery (seed) phrase. Do not send it to anyone: whoever has it owns your funds.',
    private_key:
      'This looks like a private key. Do not send it to anyone: whoever has it controls the wallet.',
    one_time_code: 'This looks like a one-time code. Do not send codes to anyone.',
  },
  neverAsks: 'The platform never asks for these. It was not sent or saved.',
};
