/**
 * Domain events of the widgets.
 * @module
 */

export {
  type DeskCommandDetail,
  type DeskErrorDetail,
  RecourseDeskCommandEvent,
  RecourseDeskErrorEvent,
} from './case-desk-events';
export {
  type CaseErrorDetail,
  type CaseUpdatedDetail,
  RecourseCaseErrorEvent,
  RecourseCaseUpdatedEvent,
} from './case-tracker-events';
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
export {
  RecourseTotpEnabledEvent,
  RecourseTotpErrorEvent,
  type TotpEnabledDetail,
  type TotpErrorDetail,
} from './totp-setup-events';
