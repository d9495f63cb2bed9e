/**
 * The words of the report summary (what the desk shows as the report as filed; the report
 * form's review step can reuse them), one file per language in `i18n/report-summary.<lang>.ts`:
 * English is the source and its interface the catalog type (the desk's test checks core's code
 * lists against it).
 * @module
 */
import type { Lang } from '../i18n/lang';
import { defineCatalog } from '../i18n/registry';
import { en, type ReportSummaryCatalog } from './i18n/report-summary.en';

export type { ReportSummaryCatalog } from './i18n/report-summary.en';

/** The summary's catalogs by language. */
export const REPORT_SUMMARY_CATALOGS: Readonly<Record<Lang, ReportSummaryCatalog>> = defineCatalog(
  'report-summary',
  en,
  {
    'zh-CN': () => import('./i18n/report-summary.zh-CN').then((m) => m.zhCN),
    'zh-TW': () => import('./i18n/report-summary.zh-TW').then((m) => m.zhTW),
    ja: () => import('./i18n/report-summary.ja').then((m) => m.ja),
    es: () => import('./i18n/report-summary.es').then((m) => m.es),
    ar: () => import('./i18n/report-summary.ar').then((m) => m.ar),
  },
);
