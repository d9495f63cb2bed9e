/**
 * Domain events of the widgets.
 * @module
 */
export { RecourseEvent, type RecourseEventInit } from './recourse-event';
export {
  RecourseReportErrorEvent,
  RecourseReportSubmitEvent,
  RecourseReportSubmittedEvent,
  type ReportErrorCode,
  type ReportErrorDetail,
  type ReportSubmitDetail,
  type ReportSubmittedDetail,
} from './report-form-events';
