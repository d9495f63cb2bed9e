/**
 * The report form's catalogs: per language, the first step's words (`first-step.<lang>.ts`,
 * initial bundle) merged with the later steps' (`<lang>.ts`, loaded after the first step).
 * @module
 */
import type { Lang } from '../../../i18n/lang';
import { defineCatalog } from '../../../i18n/registry';
import { en, type LaterStepWords } from './en';
import { FIRST_STEP_WORDS, type FirstStepWords } from './first-step';

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

/** The later steps' words by language (English here; the others loaded when first read). */
const LATER_STEP_WORDS: Readonly<Record<Lang, LaterStepWords>> = defineCatalog('report-form', en, {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.zhTW),
  ja: () => import('./ja').then((m) => m.ja),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
});

const merged = new Map<string, [FirstStepWords, LaterStepWords, ReportFormCatalog]>();

/** The form's catalogs by language: the first step's words (initial bundle) and the later steps'. */
export const REPORT_FORM_CATALOGS: Readonly<Record<Lang, ReportFormCatalog>> = new Proxy(
  {} as Record<Lang, ReportFormCatalog>,
  {
    get(_, lang) {
      if (typeof lang !== 'string') return undefined;
      const first = FIRST_STEP_WORDS[lang as Lang];
      const later = LATER_STEP_WORDS[lang as Lang];
      const hit = merged.get(lang);
      if (hit && hit[0] === first && hit[1] === later) return hit[2];
      const words = merge(first, later);
      merged.set(lang, [first, later, words]);
      return words;
    },
  },
);
