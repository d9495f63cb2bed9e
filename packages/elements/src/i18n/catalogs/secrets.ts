/**
 * What the widgets say when the secret guard stops a text: what it looks like, why it must not be
 * sent, and that the platform never asks for it. Shared by the report form and the tracker.
 * @module
 */
import type { SecretKind } from '@recourse/core';
import type { Lang } from '../lang';

/** The guard's words in one language. */
export interface SecretWords {
  /** The plain explanation, by kind. */
  secret: Record<SecretKind, string>;
  /** Said after it: the platform never asks; nothing was sent or saved. */
  neverAsks: string;
}

/** The guard's words by language (en is the source, zh-CN complete). */
export const SECRET_WORDS: Record<Lang, SecretWords> = {
  en: {
    secret: {
      seed_phrase:
        'This looks like a recovery (seed) phrase. Do not send it to anyone: whoever has it owns your funds.',
      private_key:
        'This looks like a private key. Do not send it to anyone: whoever has it controls the wallet.',
      one_time_code: 'This looks like a one-time code. Do not send codes to anyone.',
    },
    neverAsks: 'The platform never asks for these. It was not sent or saved.',
  },
  'zh-CN': {
    secret: {
      seed_phrase: '这看起来像助记词。不要发给任何人：谁拿到它，谁就拥有您的资产。',
      private_key: '这看起来像私钥。不要发给任何人：谁拿到它，谁就控制钱包。',
      one_time_code: '这看起来像一次性验证码。不要把验证码发给任何人。',
    },
    neverAsks: '平台绝不会索要这些信息。它没有被发送或保存。',
  },
};
