import { createComponent, type EventName } from '@lit/react';
import {
  type RecourseReportErrorEvent,
  RecourseReportForm,
  type RecourseReportSubmitEvent,
  type RecourseReportSubmittedEvent,
} from '@recourse/elements/report-form';
import '@recourse/elements/define/report-form';
import * as React from 'react';

/**
 * `<recourse-report-form>` for React. Attributes and properties are props (`apiBase`, `trackingUrl`,
 * `config`, `client`, …); events are `on…` props receiving the typed event.
 *
 * @example
 * <ReportForm apiBase="https://api.example.com" onReportSubmitted={(e) => go(e.detail.trackingLink)} />
 */
export const ReportForm = createComponent({
  tagName: 'recourse-report-form',
  elementClass: RecourseReportForm,
  react: React,
  displayName: 'ReportForm',
  events: {
    /** Before the request; cancelable (`preventDefault()` stops it); `detail.report` may be enriched. */
    onReportSubmit: 'recourse-report-submit' as EventName<RecourseReportSubmitEvent>,
    /** The case was created: `detail.caseId`, `caseNumber`, `trackingLink`. */
    onReportSubmitted: 'recourse-report-submitted' as EventName<RecourseReportSubmittedEvent>,
    /** Submitting, uploading or loading the configuration failed (`detail.code`, `retrying`). */
    onReportError: 'recourse-report-error' as EventName<RecourseReportErrorEvent>,
  },
});

export type {
  RecourseReportErrorEvent,
  RecourseReportSubmitEvent,
  RecourseReportSubmittedEvent,
  ReportErrorDetail,
  ReportFormClient,
  ReportSubmitDetail,
  ReportSubmittedDetail,
} from '@recourse/elements/report-form';
