import { createComponent, type EventName } from '@lit/react';
import {
  RecourseCaseDesk,
  type RecourseDeskCommandEvent,
  type RecourseDeskErrorEvent,
} from '@recourse/elements/case-desk';
import '@recourse/elements/define/case-desk';
import * as React from 'react';

/** `<recourse-case-desk>` for React: the support agents' queue and case view (back office). */
export const CaseDesk = createComponent({
  tagName: 'recourse-case-desk',
  elementClass: RecourseCaseDesk,
  react: React,
  displayName: 'CaseDesk',
  events: {
    /** The workflow accepted a command: `detail.caseId`, `command`, `state`. */
    onDeskCommand: 'recourse-desk-command' as EventName<RecourseDeskCommandEvent>,
    /** Loading, a command or a download failed (`detail.code`, `problem`). */
    onDeskError: 'recourse-desk-error' as EventName<RecourseDeskErrorEvent>,
  },
});

export type { RecourseDeskCommandEvent, RecourseDeskErrorEvent } from '@recourse/elements/case-desk';
