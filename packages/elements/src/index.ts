/**
 * @packageDocumentation
 * `@recourse/elements`: Lit web components for account-takeover reporting and recovery.
 * Class exports are side-effect free; registration lives in `define/`.
 */

export { RecourseCaseDesk } from './components/case-desk/case-desk';
export { RecourseCaseTracker } from './components/case-tracker/case-tracker';
export { REPORT_FORM_CATALOGS, type ReportFormCatalog } from './components/report-form/i18n';
export {
  RecourseReportForm,
  type ReportFormClient,
} from './components/report-form/report-form';
export { RecourseTotpSetup } from './components/totp-setup/totp-setup';
export * from './components/totp-setup/totp-setup.backend';
export * from './events/index';
export * from './i18n/index';
