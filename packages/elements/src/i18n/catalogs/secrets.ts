/**
 * What the widgets say when the secret guard stops a text: what it looks like, why it must not be
 * sent, and that the platform never asks for it. Shared by the report form and the tracker, whose
 * catalogs of a language take the guard's words of the same language (`secrets.<lang>.ts`).
 * @module
 */
import type { Lang } from '../lang';
import { ar } from './secrets.ar';
import { en, type SecretWords } from './secrets.en';
import { es } from './secrets.es';
import { ja } from './secrets.ja';
import { zhCN } from './secrets.zh-CN';
import { zhTW } from './secrets.zh-TW';

export type { SecretWords } from './secrets.en';

/** The guard's words by language (en is the source). */
export const SECRET_WORDS: Record<Lang, SecretWords> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, es, ar };
