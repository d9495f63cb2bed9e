/**
 * The report form's catalogs: per language, the first step's words (`first-step.<lang>.ts`,
 * initial bundle) merged with the later steps' (`<lang>.ts`, loaded after the first step).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { ar } from './ar';
import type { LaterStepWords } from './en';
import { en } from './en';
import { es } from './es';
import { FIRST_STEP_WORDS, type FirstStepWords } from './first-step';
import { ja } from './ja';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export type { FileRefusal, LaterStepWords } from './en';
export type { FirstStepWords, StepId } from './first-step';

/** The form's words in one language: the first step's and the frame's, then the later steps'. */
export type ReportFormCatalog = Omit<FirstStepWords, 'ui' | 'status'> &
  Omit<LaterStepWords, 'ui' | 'status'> & {
    ui: FirstStepWords['ui'] & LaterStepWords['ui'];
    status: FirstStepWords['status'] & LaterStepWords['status'];
  };

/** One language's catalog: the first step's words with the later steps' (`ui` and `status` merged). */
function merge(first: FirstStepWords, later: LaterStepWords): ReportFormCatalog {
  return {
    ...first,
    ...later,
    ui: { ...first.ui, ...later.ui },
    status: { ...first.status, ...later.status },
  };
}

/** The form's catalogs by language: the first step's words (initial bundle) and the later steps'. */
export const REPORT_FORM_CATALOGS: Record<Lang, ReportFormCatalog> = {
  en: merge(FIRST_STEP_WORDS.en, en),
  'zh-CN': merge(FIRST_STEP_WORDS['zh-CN'], zhCN),
  'zh-TW': merge(FIRST_STEP_WORDS['zh-TW'], zhTW),
  ja: merge(FIRST_STEP_WORDS.ja, ja),
  es: merge(FIRST_STEP_WORDS.es, es),
  ar: merge(FIRST_STEP_WORDS.ar, ar),
};
