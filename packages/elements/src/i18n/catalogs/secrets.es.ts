/**
 * The secret guard's words in Spanish.
 * Typed by the English catalog (`secrets.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { SecretWords } from './secrets.en';

export const es: SecretWords = {
  secret: {
    seed_phrase:
      'Esto parece una frase de recuperación (semilla). No la envíe a nadie: quien la tenga es dueño de sus fondos.',
    private_key: 'Esto parece una clave privada. No la envíe a nadie: quien la tenga controla la billetera.',
    one_time_code: 'Esto parece un código de un solo uso. No envíe códigos a nadie.',
  },
  neverAsks: 'La plataforma nunca le pide estos datos. No se envió ni se guardó.',
};
