/**
 * Events of `<recourse-report-form>`.
 * @module
 */
import type { ReportInput } from '@recourse/core';
import { RecourseEvent } from './recourse-event';

/** Detail of `recourse-report-submit`: the report about to be sent; a listener may change it. */
export interface ReportSubmitDetail {
  /** The validated report. A host may enrich it in place (it is validated again server-side). */
  report: ReportInput;
}

/** Detail of `recourse-report-submitted`: the server acknowledged the case. */
export interface ReportSubmittedDetail {
  /** The case id. */
  caseId: string;
  /** The human case number, e.g. `RC-7K3P-9M2X`. */
  caseNumber: string;
  /** The private tracking link; its token is in the fragment only. */
  trackingLink: string;
}

/** Codes of `recourse-report-error`. */
export type ReportErrorCode = 'network' | 'rejected' | 'validation' | 'config' | 'upload';

/** Detail of `recourse-report-error`. */
export interface ReportErrorDetail {
  /** What failed. `network` is retried automatically; the others need the person or the host. */
  code: ReportErrorCode;
  /** The API's problem code or HTTP status, when there was an answer. */
  problem?: string;
  /** Whether the form retries by itself. */
  retrying: boolean;
}

/** Fired before the request, cancelable: `preventDefault()` stops the submission. */
export class RecourseReportSubmitEvent extends RecourseEvent<ReportSubmitDetail> {
  static readonly type = 'recourse-report-submit';
  constructor(detail: ReportSubmitDetail) {
    super(RecourseReportSubmitEvent.type, detail, { cancelable: true });
  }
}

/** Fired once the server created the case. */
export class RecourseReportSubmittedEvent extends RecourseEvent<ReportSubmittedDetail> {
  static readonly type = 'recourse-report-submitted';
  constructor(detail: ReportSubmittedDetail) {
    super(RecourseReportSubmittedEvent.type, detail);
  }
}

/** Fired when submitting, loading the configuration or uploading fails. */
export class RecourseReportErrorEvent extends RecourseEvent<ReportErrorDetail> {
  static readonly type = 'recourse-report-error';
  constructor(detail: ReportErrorDetail) {
    super(RecourseReportErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recourse-report-submit': RecourseReportSubmitEvent;
    'recourse-report-submitted': RecourseReportSubmittedEvent;
    'recourse-report-error': RecourseReportErrorEvent;
  }
}
