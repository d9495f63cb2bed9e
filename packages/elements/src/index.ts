/**
 * @packageDocumentation
 * `@recourse/elements`: Lit web components for account-takeover reporting and recovery.
 * Class exports are side-effect free; registration lives in `define/`.
 */
export {
  RecourseReportForm,
  type ReportFormClient,
} from './components/report-form/report-form';
export { REPORT_FORM_CATALOGS, type ReportFormCatalog } from './components/report-form/report-form.i18n';
export * from './events/index';
export * from './i18n/index';
