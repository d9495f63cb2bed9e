/**
 * The first step's and the frame's words by language (initial bundle).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { ar } from './first-step.ar';
import { en, type FirstStepWords } from './first-step.en';
import { es } from './first-step.es';
import { ja } from './first-step.ja';
import { zhCN } from './first-step.zh-CN';
import { zhTW } from './first-step.zh-TW';

export type { FirstStepWords, StepId } from './first-step.en';

/** The first step's and the frame's words by language (initial bundle). */
export const FIRST_STEP_WORDS: Record<Lang, FirstStepWords> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  es,
  ar,
};
