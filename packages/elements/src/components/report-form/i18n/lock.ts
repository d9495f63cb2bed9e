/**
 * The lock offer's words by language (loaded with the offer's chunk).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { en, type LockOfferWords } from './lock.en';
import { zhCN } from './lock.zh-CN';

export type { LockAccountKind, LockOfferWords } from './lock.en';

/** The lock offer's words by language. */
export const LOCK_OFFER_WORDS: Record<Lang, LockOfferWords> = { en, 'zh-CN': zhCN };
