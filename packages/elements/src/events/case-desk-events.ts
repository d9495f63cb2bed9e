/**
 * Events of `<recourse-case-desk>`. They extend the shared {@link RecourseEvent} base.
 * @module
 */
import type { AgentCommandType, MainState } from '@recourse/core';
import type { DeskErrorCode } from '../components/case-desk/case-desk.i18n';
import { RecourseEvent } from './recourse-event';

/** Detail of `recourse-desk-command`. Never carries the agent credential. */
export interface DeskCommandDetail {
  /** The case id. */
  caseId: string;
  /** The command the workflow accepted. */
  command: AgentCommandType;
  /** The main state after it. */
  state: MainState;
}

/** Detail of `recourse-desk-error`. */
export interface DeskErrorDetail {
  /** What failed. */
  code: DeskErrorCode;
  /** The API's problem code, when there was an answer. */
  problem?: string;
}

/** Fired after the workflow accepted an agent's command. */
export class RecourseDeskCommandEvent extends RecourseEvent<DeskCommandDetail> {
  static readonly type = 'recourse-desk-command';
  constructor(detail: DeskCommandDetail) {
    super(RecourseDeskCommandEvent.type, detail);
  }
}

/** Fired when loading the queue or a case, a command or a download fails. */
export class RecourseDeskErrorEvent extends RecourseEvent<DeskErrorDetail> {
  static readonly type = 'recourse-desk-error';
  constructor(detail: DeskErrorDetail) {
    super(RecourseDeskErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recourse-desk-command': RecourseDeskCommandEvent;
    'recourse-desk-error': RecourseDeskErrorEvent;
  }
}
