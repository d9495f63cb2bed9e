import { createComponent, type EventName } from '@lit/react';
import {
  type RecourseCaseErrorEvent,
  RecourseCaseTracker,
  type RecourseCaseUpdatedEvent,
} from '@recourse/elements/case-tracker';
import '@recourse/elements/define/case-tracker';
import * as React from 'react';

/**
 * `<recourse-case-tracker>` for React: the reporter's view of a case, opened from the private
 * tracking link.
 */
export const CaseTracker = createComponent({
  tagName: 'recourse-case-tracker',
  elementClass: RecourseCaseTracker,
  react: React,
  displayName: 'CaseTracker',
  events: {
    /** The case loaded or changed: `detail.caseId`, `caseNumber`, `status`, `state`, `seq`. */
    onCaseUpdated: 'recourse-case-updated' as EventName<RecourseCaseUpdatedEvent>,
    /** Opening the case, a command, an upload or the live connection failed. */
    onCaseError: 'recourse-case-error' as EventName<RecourseCaseErrorEvent>,
  },
});

export type { RecourseCaseErrorEvent, RecourseCaseUpdatedEvent } from '@recourse/elements/case-tracker';
