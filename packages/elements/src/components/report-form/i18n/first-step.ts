/**
 * The first step's and the frame's words by language (initial bundle).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { defineCatalog } from '../../../i18n/registry';
import { en, type FirstStepWords } from './first-step.en';

export type { FirstStepWords, StepId } from './first-step.en';

/** The first step's and the frame's words by language (initial bundle). */
export const FIRST_STEP_WORDS: Readonly<Record<Lang, FirstStepWords>> = defineCatalog(
  'report-form-first-step',
  en,
  {
    'zh-CN': () => import('./first-step.zh-CN').then((m) => m.zhCN),
    'zh-TW': () => import('./first-step.zh-TW').then((m) => m.zhTW),
    ja: () => import('./first-step.ja').then((m) => m.ja),
    es: () => import('./first-step.es').then((m) => m.es),
    ar: () => import('./first-step.ar').then((m) => m.ar),
  },
);
