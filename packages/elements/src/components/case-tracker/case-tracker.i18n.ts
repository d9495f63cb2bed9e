/**
 * The words of `<recourse-case-tracker>`: the code lists its catalogs cover, and the catalogs by
 * language (`i18n/en.ts` is the source and its type, `i18n/zh-CN.ts` is complete).
 * `case-tracker.test.ts` checks core's code lists (next steps, deadlines, checklist, containment,
 * claim and complaint states) against them at run time. Status, state, event and role labels come
 * from the shared domain catalog. Placeholders are `{name}` (see `interpolate`).
 * @module
 */
import type { Lang } from '../../i18n/lang';
import { defineCatalog } from '../../i18n/registry';
import { type CaseTrackerCatalog, en } from './i18n/en';

export type { CaseTrackerCatalog } from './i18n/en';

/** The reporter's next-step codes (core's `NEXT_STEP_CODES` for the `reporter` role). */
export const REPORTER_STEPS = [
  'submit_report',
  'answer_request',
  'verify_identity',
  'confirm_recovery',
  'escalate_complaint',
  'wait_for_review',
  'wait_for_investigation',
  'wait_for_claim_decision',
  'wait_for_complaint_answer',
  'wait_for_closure',
] as const;
/** A reporter next-step code. */
export type ReporterStep = (typeof REPORTER_STEPS)[number];

/** Codes of `recourse-case-error`. */
export const TRACKER_ERROR_CODES = [
  'missing_link',
  'not_found',
  'network',
  'rejected',
  'upload',
  'failed',
] as const;
/** A tracker error code. */
export type TrackerErrorCode = (typeof TRACKER_ERROR_CODES)[number];

/** Kinds of message in the thread. */
export type ThreadKind = 'message' | 'request' | 'answer' | 'complaint' | 'complaint_answer';

/** The tracker's catalogs by language. */
export const CASE_TRACKER_CATALOGS: Readonly<Record<Lang, CaseTrackerCatalog>> = defineCatalog(
  'case-tracker',
  en,
  {
    'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
    'zh-TW': () => import('./i18n/zh-TW').then((m) => m.zhTW),
    ja: () => import('./i18n/ja').then((m) => m.ja),
    es: () => import('./i18n/es').then((m) => m.es),
    ar: () => import('./i18n/ar').then((m) => m.ar),
  },
);
