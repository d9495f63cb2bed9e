/**
 * The secret guard's words in Arabic.
 * Typed by the English catalog (`secrets.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { SecretWords } from './secrets.en';

export const ar: SecretWords = {
  secret: {
    seed_phrase: 'يبدو هذا عبارة استرداد (عبارة بذرية). لا ترسلها إلى أي شخص: من يملكها يملك أموالك.',
    private_key: 'يبدو هذا مفتاحًا خاصًا. لا ترسله إلى أي شخص: من يملكه يتحكم في المحفظة.',
    one_time_code: 'يبدو هذا رمزًا لمرة واحدة. لا ترسل الرموز إلى أي شخص.',
  },
  neverAsks: 'لا تطلب المنصة هذه البيانات أبدًا. لم يتم إرسال النص ولا حفظه.',
};
