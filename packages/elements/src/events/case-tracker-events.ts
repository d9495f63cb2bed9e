/**
 * Events of `<recourse-case-tracker>`. They extend the shared {@link RecourseEvent} base.
 * @module
 */
import type { CustomerStatus, MainState } from '@recourse/core';
import type { TrackerErrorCode } from '../components/case-tracker/case-tracker.i18n';
import { RecourseEvent } from './recourse-event';

/** Detail of `recourse-case-updated`. Never carries the access token. */
export interface CaseUpdatedDetail {
  /** The case id. */
  caseId: string;
  /** The case number shown to people. */
  caseNumber: string;
  /** The customer-facing status. */
  status: CustomerStatus;
  /** The workflow's main state. */
  state: MainState;
  /** The last sequence number of the timeline the tracker shows. */
  seq: number;
}

/** Detail of `recourse-case-error`. */
export interface CaseErrorDetail {
  /** What failed. `network` is retried automatically. */
  code: TrackerErrorCode;
  /** The API's problem code, when there was an answer. */
  problem?: string;
}

/** Fired after the case loaded and after every change (a live entry, a command). */
export class RecourseCaseUpdatedEvent extends RecourseEvent<CaseUpdatedDetail> {
  static readonly type = 'recourse-case-updated';
  constructor(detail: CaseUpdatedDetail) {
    super(RecourseCaseUpdatedEvent.type, detail);
  }
}

/** Fired when opening the case, a command, an upload or the live connection fails. */
export class RecourseCaseErrorEvent extends RecourseEvent<CaseErrorDetail> {
  static readonly type = 'recourse-case-error';
  constructor(detail: CaseErrorDetail) {
    super(RecourseCaseErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recourse-case-updated': RecourseCaseUpdatedEvent;
    'recourse-case-error': RecourseCaseErrorEvent;
  }
}
