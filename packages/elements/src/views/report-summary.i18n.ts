/**
 * The words of the report summary (what the desk shows as the report as filed; the report
 * form's review step can reuse them), one file per language in `i18n/report-summary.<lang>.ts`:
 * English is the source and its interface the catalog type (the desk's test checks core's code
 * lists against it).
 * @module
 */
import type { Lang } from '../i18n/lang';
import { ar } from './i18n/report-summary.ar';
import { en, type ReportSummaryCatalog } from './i18n/report-summary.en';
import { es } from './i18n/report-summary.es';
import { ja } from './i18n/report-summary.ja';
import { zhCN } from './i18n/report-summary.zh-CN';
import { zhTW } from './i18n/report-summary.zh-TW';

export type { ReportSummaryCatalog } from './i18n/report-summary.en';

/** The summary's catalogs by language. */
export const REPORT_SUMMARY_CATALOGS: Record<Lang, ReportSummaryCatalog> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  es,
  ar,
};
