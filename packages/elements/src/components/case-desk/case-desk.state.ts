/**
 * The state of `<recourse-case-desk>`: one typed value with named phases, and the one function
 * that changes it (`reduce`). Pure: no DOM, no network, no clock (times arrive in the events).
 * @module
 */
import type {
  AgentCommandType,
  ChainVerification,
  DeskCasesPage,
  DeskCaseView,
  DeskPriority,
  MainState,
  RecourseClient,
} from '@recourse/core';
import type { DeskErrorCode } from './case-desk.i18n';

/** "Deadline near": the next deadline falls within this many milliseconds. */
export const DEADLINE_NEAR_MS = 48 * 3_600_000;

/** The subset of the core client the desk uses; injectable for tests and custom transports. */
export type CaseDeskClient = Pick<
  RecourseClient,
  'listDeskCases' | 'getDeskCase' | 'sendDeskCommand' | 'downloadDeskAttachment'
> &
  // Without it (a custom client) the desk refreshes by polling only.
  Partial<Pick<RecourseClient, 'subscribeDesk'>>;

/** Queue filters as the desk shows them. */
export interface DeskFilters {
  state: MainState | '';
  priority: DeskPriority | '';
  waiting: boolean;
  deadlineNear: boolean;
}

/** Which queue page is asked for: the filters and the keyset cursors. */
export interface QueueQuery {
  filters: DeskFilters;
  /** The cursor of the current page (none: the first). */
  cursor?: string;
  /** The cursors of the pages before it, for "previous". */
  before: (string | undefined)[];
}

/** A case as the desk shows it, with what the agent typed into its command forms. */
export interface OpenCase {
  view: DeskCaseView;
  verification: ChainVerification;
  /** Form values by command, then field (`approved:BTC` for a partial approval's amounts). */
  values: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Downloaded attachments whose SHA-256 matched (`true`) or did not (`false`). */
  hashChecks: Readonly<Record<string, boolean>>;
}

/**
 * The desk's phases:
 * - `signed-out`: no agent credential;
 * - `queue-loading`: a queue page was asked for (the last page, if any, stays shown);
 * - `queue`: a queue page is shown;
 * - `case-loading`: a case was asked for and has not arrived;
 * - `case`: a case is shown;
 * - `sending`: a case is shown and one of its commands is under way;
 * - `failed`: nothing to show but the error (the queue or the case could not be loaded).
 */
export type DeskPhase = DeskState['phase'];

/** What every phase carries. */
interface Shared {
  query: QueueQuery;
  /** The last queue page loaded; kept while a case is open. */
  page?: DeskCasesPage;
  /** The last failure, until a load the agent asked for or a command succeeds. */
  problem?: DeskErrorCode;
  /** The last thing announced to screen readers (a command done, a hash checked). */
  announcement: string;
  refreshedAt?: Date;
}

/** The desk's whole state. */
export type DeskState = Shared &
  (
    | { phase: 'signed-out' | 'queue-loading' | 'queue' }
    | { phase: 'case-loading'; caseId: string }
    | ({ phase: 'case' } & OpenCase)
    | ({ phase: 'sending'; command: AgentCommandType } & OpenCase)
    | { phase: 'failed'; caseId?: string }
  );

/** What happens to the desk. */
export type DeskEvent =
  | { type: 'signed-out' }
  | { type: 'queue-asked'; query: QueueQuery }
  | { type: 'queue-loaded'; page: DeskCasesPage; at: Date; quiet: boolean }
  | { type: 'case-asked'; caseId: string }
  | { type: 'case-loaded'; view: DeskCaseView; verification: ChainVerification; at: Date; quiet: boolean }
  | { type: 'value'; command: AgentCommandType; field: string; value: string }
  | { type: 'sending'; command: AgentCommandType }
  | {
      type: 'sent';
      command: AgentCommandType;
      view: DeskCaseView;
      verification: ChainVerification;
      at: Date;
      announcement: string;
    }
  | { type: 'hash-checked'; attachmentId: string; ok: boolean; announcement: string }
  | { type: 'failed'; problem: DeskErrorCode };

/** The desk before anything happened. */
export const INITIAL_STATE: DeskState = {
  phase: 'signed-out',
  query: { filters: { state: '', priority: '', waiting: false, deadlineNear: false }, before: [] },
  announcement: '',
};

/** The open case's id, when a case is asked for or shown. */
export function openCaseId(state: DeskState): string | undefined {
  return state.phase === 'case' || state.phase === 'sending'
    ? state.view.id
    : state.phase === 'case-loading' || state.phase === 'failed'
      ? state.caseId
      : undefined;
}

/** The state while a case is shown. */
export type ShownCase = Extract<DeskState, { phase: 'case' | 'sending' }>;

/** The case shown, if any. */
export const shownCase = (state: DeskState): ShownCase | undefined =>
  state.phase === 'case' || state.phase === 'sending' ? state : undefined;

/** The next state. Events that do not apply to the current phase leave it as it is. */
export function reduce(state: DeskState, event: DeskEvent): DeskState {
  const { query, page, problem, announcement, refreshedAt } = state;
  const shared: Shared = { query, page, problem, announcement, refreshedAt };
  const open = shownCase(state);
  switch (event.type) {
    case 'signed-out':
      return state.phase === 'signed-out' ? state : { ...shared, phase: 'signed-out' };
    case 'queue-asked':
      return { ...shared, query: event.query, phase: 'queue-loading' };
    case 'queue-loaded': {
      const next = {
        ...shared,
        page: event.page,
        refreshedAt: event.at,
        problem: event.quiet ? problem : undefined,
      };
      // A queue answer that arrives after a case was opened updates the page only.
      return state.phase === 'queue' || state.phase === 'queue-loading' || state.phase === 'failed'
        ? { ...next, phase: 'queue' }
        : { ...state, ...next };
    }
    case 'case-asked':
      return open?.view.id === event.caseId
        ? state
        : { ...shared, phase: 'case-loading', caseId: event.caseId };
    case 'case-loaded': {
      // A late answer for a case the agent has left is dropped.
      if (openCaseId(state) !== event.view.id) return state;
      const same = open?.view.id === event.view.id;
      const next = {
        ...shared,
        problem: event.quiet ? problem : undefined,
        refreshedAt: event.at,
        view: event.view,
        verification: event.verification,
        values: same ? open.values : {},
        hashChecks: same ? open.hashChecks : {},
      };
      return state.phase === 'sending'
        ? { ...next, phase: 'sending', command: state.command }
        : { ...next, phase: 'case' };
    }
    case 'value':
      if (!open) return state;
      return {
        ...open,
        values: {
          ...open.values,
          [event.command]: { ...open.values[event.command], [event.field]: event.value },
        },
      };
    case 'sending':
      return open ? { ...open, phase: 'sending', command: event.command } : state;
    case 'sent': {
      if (!open || open.view.id !== event.view.id) return state;
      return {
        query,
        page,
        hashChecks: open.hashChecks,
        phase: 'case',
        announcement: event.announcement,
        refreshedAt: event.at,
        view: event.view,
        verification: event.verification,
        values: { ...open.values, [event.command]: {} },
      };
    }
    case 'hash-checked':
      return open
        ? {
            ...open,
            announcement: event.announcement,
            hashChecks: { ...open.hashChecks, [event.attachmentId]: event.ok },
          }
        : state;
    case 'failed': {
      const next = { ...shared, problem: event.problem };
      if (state.phase === 'sending') {
        const { command: _failed, ...rest } = state;
        return { ...rest, ...next, phase: 'case' };
      }
      if (state.phase === 'queue-loading')
        return page ? { ...next, phase: 'queue' } : { ...next, phase: 'failed' };
      if (state.phase === 'case-loading') return { ...next, phase: 'failed', caseId: state.caseId };
      return { ...state, problem: event.problem };
    }
  }
}
