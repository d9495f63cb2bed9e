/**
 * Events of `<recourse-case-desk>`. Kept beside the component while `src/events/` is being
 * settled by its owner; they extend the shared {@link RecourseEvent} base.
 * @module
 */
import type { AgentCommandType, MainState } from '@recourse/core';
import { RecourseEvent } from '../../events/recourse-event';
import type { DeskErrorCode } from './case-desk.i18n';

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
