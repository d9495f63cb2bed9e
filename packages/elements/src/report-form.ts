/**
 * `@recourse/elements/report-form`: the `<recourse-report-form>` class (not registered; see
 * `@recourse/elements/define/report-form`), its events and types. Side-effect free.
 * @module
 */
export { RecourseReportForm, type ReportFormClient } from './components/report-form/report-form';
export * from './events/report-form-events';
