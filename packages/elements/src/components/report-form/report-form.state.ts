/**
 * The report form's state: its phases (what it shows) and the types of what it holds. The phase
 * is a pure function of the step, the submission and whether the later steps have loaded.
 * @module
 */
import type {
  ActivityKind,
  CaseCreated,
  ContainmentCode,
  Issue,
  PlatformConfig,
  RecourseClient,
  SecretKind,
} from '@recourse/core';
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/lang';
import type { FileRefusal, ReportFormCatalog, StepId } from './i18n';
import type { FormValues } from './report-form.model';

/** The chunk loaded after the first step (templates, words, styles and logic). */
export type ReportFormLazy = typeof import('./report-form.lazy');

/** What the controller needs of the element: its public properties and the host contract. */
export interface ReportFormElement extends ReactiveControllerHost, EventTarget {
  readonly trackingUrl?: string;
  readonly config?: PlatformConfig;
  readonly noticeId?: string;
  readonly noticeKind?: string;
  readonly noticeAt?: string;
  readonly noticeIp?: string;
  readonly noticeDevice?: string;
  readonly client?: ReportFormClient;
  readonly retryDelay: number;
  readonly apiBase: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A status line, in whatever language is current when it is shown. */
export type StatusText = (t: ReportFormCatalog) => string;

/** The subset of the core client the form uses; injectable for tests and custom transports. */
export type ReportFormClient = Pick<RecourseClient, 'getConfig' | 'createCase' | 'uploadAttachment'>;

/**
 * Where an attached file is: `missing` (listed in a restored draft, its bytes gone with the old
 * page), `ready` (bytes in memory, not sent), `uploading`, `uploaded`, `failed`.
 */
export type FileStatus = 'missing' | 'ready' | 'uploading' | 'uploaded' | 'failed';

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

/** Everything the form holds and renders from: one value, replaced by {@link reduce}. */
export interface ReportFormState {
  step: StepId;
  values: FormValues;
  issues: Issue[];
  secrets: SecretHit[];
  summaryShown: boolean;
  status: StatusText | undefined;
  /** The later steps' templates and words, once loaded. */
  view: ReportFormLazy | undefined;
  /** The schemas, client and guard, once loaded. */
  logic: ReportFormLazy | undefined;
  submitState: SubmitState;
  restored: boolean;
  returnToReview: boolean;
  created: CaseCreated | undefined;
  /** The private tracking link of the created case (`''` before). */
  trackingLink: string;
  /** The configuration in effect: the `config` property, else the one fetched. */
  config: PlatformConfig | undefined;
  /** Each attached file's status, by its key (the bytes stay in the controller, never in state). */
  files: Readonly<Record<string, FileStatus>>;
  hashing: { name: string; percent: number } | undefined;
  refusals: { name: string; reason: FileRefusal }[];
  copied: boolean;
  newKind: ActivityKind;
  uploadsFailed: boolean;
  /** The submission's key, kept until it is answered (answers are locked while it is set). */
  idempotencyKey: string | undefined;
}

/**
 * A fresh form's state (every field present, so the controller can list them).
 * @param values - the blank answers
 * @param view - the later steps' chunk if already loaded
 */
export function initialState(values: FormValues, view: ReportFormLazy | undefined): ReportFormState {
  return {
    step: 'first',
    values,
    issues: [],
    secrets: [],
    summaryShown: false,
    status: undefined,
    view,
    logic: undefined,
    submitState: 'idle',
    restored: false,
    returnToReview: false,
    created: undefined,
    trackingLink: '',
    config: undefined,
    files: {},
    hashing: undefined,
    refusals: [],
    copied: false,
    newKind: 'transfer',
    uploadsFailed: false,
    idempotencyKey: undefined,
  };
}

/** Whether the answers are locked: a submission is under way or unresolved (its key is kept). */
export const isLocked = (s: ReportFormState): boolean => s.idempotencyKey !== undefined;

/** What the views say: the catalog in the current language, and that language (dates, sizes). */
export interface ReportFormWords {
  t: ReportFormCatalog;
  lang: Lang;
}

/** What the frame and the first step may ask for (in the initial bundle). */
export interface FirstStepActions {
  /** Sets an answer by its dotted path (`activities.0.amount`). */
  setValue(path: string, value: string | boolean): void;
  /** Ticks or unticks a containment check. */
  toggleCheck(code: ContainmentCode, on: boolean): void;
  /** The form's submit: validates the step and moves on; at the review, sends the report. */
  submitStep(): void;
  /** Forgets the restored draft and starts again. */
  discardDraft(): void;
  /** A paste into a field (only the later steps have fields the secret guard reads). */
  paste?(event: ClipboardEvent): void;
}

/** Everything a view may ask for: the first step's actions and the later steps'. */
export interface ReportFormActions extends FirstStepActions {
  /** A paste into a guarded field gets only text the secret guard finds clean. */
  paste(event: ClipboardEvent): void;
  /** Back one step. */
  back(): void;
  /** The kind of the next activity "Add" creates. */
  chooseKind(kind: ActivityKind): void;
  addActivity(): void;
  removeActivity(index: number): void;
  /** Checks, hashes and adds files (picker or drop). */
  addFiles(files: File[]): void;
  removeFile(key: string): void;
  /** From the review: change a part on its step, then come back. */
  edit(step: StepId): void;
  /** Shows the field of an issue path (the error summary's links), on its step. */
  showField(path: string): void;
  /** Copies the tracking link (`input` is selected where the clipboard is refused). */
  copyLink(input: HTMLInputElement): void;
  /** Sends again now instead of waiting (offline or retrying). */
  retryNow(): void;
}

/**
 * The state after a change: a new value with the changed fields (the old one is never mutated).
 * @param state - the state before
 * @param change - the fields that change
 */
export function reduce(state: ReportFormState, change: Partial<ReportFormState>): ReportFormState {
  return { ...state, ...change };
}
