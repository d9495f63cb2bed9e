/**
 * The state of `<recourse-case-tracker>`: one typed value with named phases, and the one function
 * that changes it (`reduce`). Pure: no DOM, no network, no clock.
 * @module
 */
import type {
  AttachmentMeta,
  ChainEntry,
  ChainedEvent,
  ContainmentCode,
  Credential,
  CredentialDecision,
  PlatformConfig,
  RecourseClient,
  RecoveryChecklistItem,
  ReporterCaseView,
  SecretKind,
  SubscriptionStatus,
} from '@recourse/core';
import { RecourseCaseErrorEvent, RecourseCaseUpdatedEvent } from '../../events/case-tracker-events';
import type { CheckedFile } from '../../internal/files';
import type { CaseTrackerCatalog, TrackerErrorCode } from './case-tracker.i18n';
import { blankRow, type DraftCommand, disputeStart, type TextDraft } from './case-tracker.model';
import type { TRACKER_CONFIG_PARTS } from './case-tracker.open.model';

/**
 * The subset of the core client the tracker uses; injectable for tests and custom transports.
 * Without `getCaseWithEvents`, the tracker opens a case with `getCase` and `listEvents`.
 */
export type CaseTrackerClient = Pick<
  RecourseClient,
  'getConfig' | 'getCase' | 'listEvents' | 'sendCommand' | 'uploadAttachment' | 'subscribe'
> &
  // Without them (a custom client) the tracker makes two reads, and offers no lock release and no
  // credential review.
  Partial<
    Pick<RecourseClient, 'getCaseWithEvents' | 'requestLockRelease' | 'listCredentials' | 'reviewCredentials'>
  >;

/** The configuration as the tracker keeps it: those parts, checked. */
export type TrackerConfig = Pick<PlatformConfig, (typeof TRACKER_CONFIG_PARTS)[number]>;

/** A row of the loss-claim form. */
export interface ClaimRow {
  asset: string;
  amount: string;
  at: string;
  txId: string;
}

/**
 * The free-text fields the reporter sends, each checked by the secret guard before anything
 * leaves the browser: the answer to a request, a message, the dispute details, a complaint, the
 * claim's transaction ids and an outside body's reference.
 */
export type GuardedField = 'answer' | 'message' | 'dispute' | 'complaint' | 'claim' | 'reference';

/** A file waiting to be sent with an answer (bytes in memory only). */
export interface PendingFile extends CheckedFile {
  /** Upload key, kept across retries of this file. */
  key: string;
  /** Set once uploaded: a retry of the answer does not upload it again. */
  meta?: AttachmentMeta;
}

/** A chosen file the tracker refused, and why. */
export interface Refusal {
  name: string;
  reason: keyof CaseTrackerCatalog['action']['reasons'];
}

/** What the reporter typed or ticked and has not sent yet. */
export interface Drafts {
  answer: string;
  message: string;
  checks: ReadonlySet<RecoveryChecklistItem>;
  disputeOpen: boolean;
  disputeItems: ReadonlySet<RecoveryChecklistItem>;
  disputeText: string;
  contained: ReadonlySet<ContainmentCode>;
  claimOpen: boolean;
  claimRows: readonly ClaimRow[];
  complaintOpen: boolean;
  complaintText: string;
  bodyId: string;
  reference: string;
  /** Keep or remove, per credential id (the credential review). */
  credentialMarks: Readonly<Record<string, CredentialDecision>>;
  /** The "lift the lock?" confirmation is open. */
  releaseOpen: boolean;
}

/** The account's credentials as the platform reported them, for the credential review. */
export interface CredentialList {
  /** The case they were read for. */
  caseId: string;
  status: 'loading' | 'loaded' | 'failed';
  list: readonly Credential[];
  /** The decisions the server accepted (what was kept is shown as kept). */
  reviewed: Readonly<Record<string, CredentialDecision>>;
}

/** The set-valued drafts (checkboxes). */
export type DraftSet = 'checks' | 'disputeItems' | 'contained';

/** What every phase carries. */
interface Shared {
  /** The parts of the configuration the tracker shows, checked (the host's `config`, else the server's). */
  config?: TrackerConfig;
  connection: SubscriptionStatus | null;
  /** The last failure, until the next open or command. */
  problem?: TrackerErrorCode;
  /** The last thing announced to screen readers. */
  announcement: string;
  /** Whether the token was just removed from the address bar (said once the case shows). */
  linkRemoved: boolean;
  drafts: Drafts;
  files: readonly PendingFile[];
  refusals: readonly Refusal[];
  /** The name of the file being hashed. */
  hashing?: string;
  /** Secrets the guard found, by field (shown under the field; the send is refused). */
  secrets: Partial<Record<GuardedField, SecretKind>>;
  dossierBusy: boolean;
  /** Attachments uploaded from this page, until the case view lists them. */
  uploaded: readonly AttachmentMeta[];
  /** The credential review's list, once asked for. */
  credentials?: CredentialList;
}

/** A case on screen: the reporter's view of it and its timeline in sequence order. */
export interface ShownCase {
  view: ReporterCaseView;
  entries: readonly ChainEntry[];
}

/**
 * The tracker's phases:
 * - `opening`: the case is asked for (or the code is still loading);
 * - `failed`: no case to show, only the error (no link, not found, network);
 * - `case`: the case is shown;
 * - `sending`: the case is shown and one of the reporter's actions is under way.
 */
export type TrackerPhase = TrackerState['phase'];

/** The tracker's whole state. */
export type TrackerState = Shared &
  (
    | { phase: 'opening' | 'failed' }
    | ({ phase: 'case' } & ShownCase)
    | ({ phase: 'sending'; action: string } & ShownCase)
  );

/** What happens to the tracker. */
export type TrackerEvent =
  | { type: 'opening'; linkRemoved: boolean }
  | { type: 'opened'; view: ReporterCaseView; entries: readonly ChainEntry[] }
  | { type: 'config'; config?: TrackerConfig }
  | { type: 'changed'; view?: ReporterCaseView; entries: readonly ChainEntry[]; announcement?: string }
  | { type: 'sending'; action: string }
  | { type: 'settled' }
  | { type: 'connection'; status: SubscriptionStatus }
  | { type: 'failed'; problem: TrackerErrorCode }
  | { type: 'announce'; announcement: string }
  | { type: 'drafts'; drafts: Partial<Drafts> }
  | { type: 'toggle'; set: DraftSet; item: string; on: boolean }
  | { type: 'form'; form: 'dispute' | 'claim' | 'complaint'; open: boolean }
  | { type: 'claim-row'; row: number; key: keyof ClaimRow; value: string }
  | { type: 'claim-rows'; add: boolean; row?: number }
  | { type: 'files'; files?: readonly PendingFile[]; refusals?: readonly Refusal[]; hashing?: string }
  | { type: 'uploaded'; key: string; meta: AttachmentMeta }
  | { type: 'secret'; field: GuardedField; kind?: SecretKind }
  | { type: 'dossier'; busy: boolean }
  | { type: 'credentials'; credentials: CredentialList }
  | { type: 'mark'; id: string; decision: CredentialDecision };

/** What the views may ask of the tracker. */
export interface TrackerActions {
  /** Opens the case again (nothing shown) or reloads it. */
  retry(): void;
  /** Changes a text draft (the secret guard re-checks it as the reporter types). */
  edit(field: TextDraft, value: string): void;
  /** Ticks or unticks a checkbox of a set-valued draft. */
  toggle(set: DraftSet, item: string, on: boolean): void;
  openForm(form: 'dispute' | 'claim' | 'complaint', open: boolean): void;
  editClaim(row: number, key: keyof ClaimRow, value: string): void;
  addClaimRow(): void;
  removeClaimRow(row: number): void;
  chooseBody(id: string): void;
  /** Checks, scans and hashes chosen files. */
  addFiles(list: FileList | null): Promise<void>;
  removeFile(key: string): void;
  /** Answers the open request with the text and the files. */
  answer(): void;
  /** Sends a draft (a message, the confirmation, a dispute, a claim, a complaint, an escalation). */
  send(kind: DraftCommand): void;
  resolve(): void;
  dossier(kind: 'json' | 'print'): void;
}

/** What the containment views may ask (`case-tracker.containment.controller.ts`). */
export interface ContainmentActions {
  /** Marks a credential keep or remove. */
  markCredential(id: string, decision: CredentialDecision): void;
  /** Sends the keep/remove decisions (every credential must be marked). */
  reviewCredentials(): void;
  /** Opens or closes the "lift the lock?" confirmation. */
  openRelease(open: boolean): void;
  /** Asks to lift the lock after the cooling-off (every contact on record is told). */
  releaseLock(): void;
}

/** The empty drafts. */
export const NO_DRAFTS: Drafts = {
  answer: '',
  message: '',
  checks: new Set(),
  disputeOpen: false,
  disputeItems: new Set(),
  disputeText: '',
  contained: new Set(),
  claimOpen: false,
  claimRows: [],
  complaintOpen: false,
  complaintText: '',
  bodyId: '',
  reference: '',
  credentialMarks: {},
  releaseOpen: false,
};

/** The tracker before anything happened. */
export const INITIAL_STATE: TrackerState = {
  phase: 'opening',
  connection: null,
  announcement: '',
  linkRemoved: false,
  drafts: NO_DRAFTS,
  files: [],
  refusals: [],
  secrets: {},
  dossierBusy: false,
  uploaded: [],
};

/** The state while a case is shown. */
export type Shown = Extract<TrackerState, { phase: 'case' | 'sending' }>;

/** The case shown, if any. */
export const shownCase = (s: TrackerState): Shown | undefined =>
  s.phase === 'case' || s.phase === 'sending' ? s : undefined;

/** Whether a reporter command is allowed now. */
export const can = (s: TrackerState, command: ReporterCaseView['allowedCommands'][number]): boolean =>
  shownCase(s)?.view.allowedCommands.includes(command) ?? false;

/** Public events only (redacted stubs left out). */
export const publicEntries = (s: TrackerState): ChainedEvent[] =>
  (shownCase(s)?.entries ?? []).filter((e): e is ChainedEvent => !('redacted' in e));

/** The sequence number of the last entry shown (0: none). */
export const lastSeq = (s: TrackerState): number => shownCase(s)?.entries.at(-1)?.seq ?? 0;

/** Adds entries not yet shown, in sequence order (the same array when nothing is new). */
export function mergeEntries(
  list: readonly ChainEntry[],
  fresh: readonly ChainEntry[],
): readonly ChainEntry[] {
  const seen = new Set(list.map((e) => e.seq));
  const added = fresh.filter((e) => !seen.has(e.seq));
  return added.length ? [...list, ...added].sort((a, b) => a.seq - b.seq) : list;
}

/** The claim form's rows (one blank row when none was typed). */
export const claimRows = (drafts: Drafts): readonly ClaimRow[] =>
  drafts.claimRows.length ? drafts.claimRows : [blankRow()];

/** What a state carries whatever its phase. */
function sharedOf(s: TrackerState): Shared {
  const {
    phase: _p,
    view: _v,
    entries: _e,
    action: _a,
    ...rest
  } = s as TrackerState & Partial<ShownCase & { action: string }>;
  return rest;
}

/** The next state. Events that do not apply to the current phase leave it as it is. */
export function reduce(s: TrackerState, event: TrackerEvent): TrackerState {
  const shown = shownCase(s);
  switch (event.type) {
    case 'opening':
      return {
        ...sharedOf(s),
        phase: 'opening',
        problem: undefined,
        linkRemoved: s.linkRemoved || event.linkRemoved,
      };
    case 'opened':
      return {
        ...sharedOf(s),
        phase: 'case',
        problem: undefined,
        view: event.view,
        entries: mergeEntries([], event.entries),
      };
    case 'config':
      return { ...s, config: event.config };
    case 'changed': {
      if (!shown) return s;
      const entries = mergeEntries(shown.entries, event.entries);
      if (!event.view && entries === shown.entries) return s;
      return {
        ...shown,
        view: event.view ?? shown.view,
        entries,
        announcement: event.announcement ?? s.announcement,
      };
    }
    case 'sending':
      return shown ? { ...shown, phase: 'sending', action: event.action, problem: undefined } : s;
    case 'settled':
      return s.phase === 'sending' ? { ...sharedOf(s), phase: 'case', view: s.view, entries: s.entries } : s;
    case 'connection':
      return { ...s, connection: event.status };
    case 'failed':
      return shown || s.phase === 'failed'
        ? { ...s, problem: event.problem }
        : { ...sharedOf(s), phase: 'failed', problem: event.problem };
    case 'announce':
      return { ...s, announcement: event.announcement };
    case 'drafts':
      return { ...s, drafts: { ...s.drafts, ...event.drafts } };
    case 'toggle': {
      const next = new Set<string>(s.drafts[event.set]);
      if (event.on) next.add(event.item);
      else next.delete(event.item);
      return { ...s, drafts: { ...s.drafts, [event.set]: next } };
    }
    case 'form': {
      const { form, open } = event;
      const d = s.drafts;
      const more =
        form === 'dispute'
          ? {
              disputeOpen: open,
              // The dispute starts with the items left unticked (none ticked: none picked).
              ...(open && d.disputeItems.size === 0 ? { disputeItems: disputeStart(d.checks) } : {}),
            }
          : form === 'claim'
            ? { claimOpen: open }
            : { complaintOpen: open };
      return { ...s, drafts: { ...d, ...more } };
    }
    case 'claim-row': {
      const rows = claimRows(s.drafts).map((r) => ({ ...r }));
      rows[event.row]![event.key] = event.value;
      return { ...s, drafts: { ...s.drafts, claimRows: rows } };
    }
    case 'claim-rows': {
      const rows = claimRows(s.drafts);
      const next = event.add ? [...rows, blankRow()] : rows.filter((_, j) => j !== event.row);
      return { ...s, drafts: { ...s.drafts, claimRows: next } };
    }
    case 'files':
      return {
        ...s,
        files: event.files ?? s.files,
        refusals: event.refusals ?? s.refusals,
        hashing: event.hashing,
      };
    case 'uploaded':
      return {
        ...s,
        files: s.files.map((f) => (f.key === event.key ? { ...f, meta: event.meta } : f)),
        uploaded: [...s.uploaded, event.meta],
      };
    case 'secret': {
      if (s.secrets[event.field] === event.kind) return s;
      const secrets = { ...s.secrets };
      if (event.kind) secrets[event.field] = event.kind;
      else delete secrets[event.field];
      return { ...s, secrets };
    }
    case 'dossier':
      return { ...s, dossierBusy: event.busy };
    case 'credentials':
      return { ...s, credentials: event.credentials };
    case 'mark':
      return {
        ...s,
        drafts: { ...s.drafts, credentialMarks: { ...s.drafts.credentialMarks, [event.id]: event.decision } },
      };
  }
}

/**
 * The `recourse-case-error` event of a code, with the server's problem type when it sent one.
 * Here, beside the reducer, so that the controllers need no events module of their own (ADR 0036).
 */
export function errorEvent(code: TrackerErrorCode, problem?: string): RecourseCaseErrorEvent {
  return new RecourseCaseErrorEvent(problem ? { code, problem } : { code });
}

/** The `recourse-case-updated` event of the case on screen (none while no case is shown). */
export function updatedEvent(state: TrackerState): RecourseCaseUpdatedEvent | undefined {
  const shown = shownCase(state);
  if (!shown) return undefined;
  const v = shown.view;
  return new RecourseCaseUpdatedEvent({
    caseId: v.id,
    caseNumber: v.number,
    status: v.status,
    state: v.state,
    seq: shown.entries.at(-1)?.seq ?? v.head.seq,
  });
}
