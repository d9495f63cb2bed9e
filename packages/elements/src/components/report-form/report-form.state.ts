/**
 * The report form's state: its phases (what it shows) and the types of what it holds. The phase
 * is a pure function of the step, the submission and whether the later steps have loaded.
 * @module
 */
import type { RecourseClient, SecretKind } from '@recourse/core';
import type { ReportFormCatalog, StepId } from './i18n';

/** A status line, in whatever language is current when it is shown. */
export type StatusText = (t: ReportFormCatalog) => string;

/** The subset of the core client the form uses; injectable for tests and custom transports. */
export type ReportFormClient = Pick<RecourseClient, 'getConfig' | 'createCase' | 'uploadAttachment'>;

/** A file kept in memory while the form lives (bytes are never stored). */
export interface HeldFile {
  bytes?: Uint8Array;
  state: 'ready' | 'uploading' | 'uploaded' | 'failed';
}

/** Where the submission is. */
export type SubmitState = 'idle' | 'validating' | 'submitting' | 'offline' | 'retrying' | 'rejected';

/** A secret the guard found in a field. */
export interface SecretHit {
  path: string;
  kind: SecretKind;
}

/**
 * What the form shows: a step (`first`, `account`, `incident`, `evidence`, `review`, `done`),
 * `loading` (a later step waiting for its chunk), or at the review the submission's phase:
 * `validating`, `sending`, `offline` or `retrying` (waiting to send again with the same key),
 * `rejected` (the server refused it; nothing was created).
 */
export type ReportFormPhase =
  | StepId
  | 'loading'
  | 'validating'
  | 'sending'
  | 'offline'
  | 'retrying'
  | 'rejected';

/**
 * The phase of a form at `step`, whose submission is at `submit`, the later steps loaded or not.
 * @param step - the step the form is on
 * @param submit - where the submission is
 * @param loaded - whether the later steps' chunk has arrived
 */
export function phaseOf(step: StepId, submit: SubmitState, loaded: boolean): ReportFormPhase {
  if (step !== 'first' && !loaded) return 'loading';
  if (step !== 'review') return step;
  return submit === 'idle' ? 'review' : submit === 'submitting' ? 'sending' : submit;
}
