/**
 * The secret guard's words in Simplified Chinese (typed by the English catalog).
 * @module
 */
import type { SecretWords } from './secrets.en';

export const zhCN: SecretWords = {
  secret: {
    seed_phrase: '这看起来像助记词。不要发给任何人：谁拿到它，谁就拥有您的资产。',
    private_key: '这看起来像私钥。不要发给任何人：谁拿到它，谁就控制钱包。',
    one_time_code: '这看起来像一次性验证码。不要把验证码发给任何人。',
  },
  neverAsks: '平台绝不会索要这些信息。它没有被发送或保存。',
};
