/**
 * The first step's and the frame's words by language (initial bundle).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { en, type FirstStepWords } from './first-step.en';
import { zhCN } from './first-step.zh-CN';

export type { FirstStepWords, StepId } from './first-step.en';

/** The first step's and the frame's words by language (initial bundle). */
export const FIRST_STEP_WORDS: Record<Lang, FirstStepWords> = { en, 'zh-CN': zhCN };
