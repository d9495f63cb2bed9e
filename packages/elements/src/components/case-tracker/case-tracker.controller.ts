/**
 * The controller of `<recourse-case-tracker>`: the only thing that changes the tracker's state. It
 * opens the case, follows it live, sends the reporter's commands (through {@link SubmitController}:
 * one key per action, a refresh when the workflow refused), runs the secret guard, hashes and
 * uploads files, builds the case file and fires the tracker's events on the host. It loads with
 * the rest of `case-tracker.lazy`, after the first paint; it knows the host only as a Lit
 * controller host that is an event target, plus {@link TrackerDeps}.
 * @module
 */
import {
  type ChainEntry,
  isCommandId,
  loadWordlists,
  newIdempotencyKey,
  type PlatformConfig,
  type RecoveryChecklistItem,
  type ReporterCommand,
  scanForSecrets,
} from '@recourse/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { classifyError, SubmitController, type SubmitError } from '../../controllers/submit-controller';
import { RecourseCaseErrorEvent, RecourseCaseUpdatedEvent } from '../../events/case-tracker-events';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import { interpolate } from '../../i18n/interpolate';
import type { Lang } from '../../i18n/lang';
import { checkFile } from '../../internal/files';
import {
  createSecretGuard,
  firstSecret,
  type GuardContext,
  type SecretGuard,
  secretInFile,
} from '../../internal/secret-guard';
import { downloadDossierJson, printDossier } from './case-tracker.dossier';
import { CASE_TRACKER_CATALOGS, type TrackerErrorCode } from './case-tracker.i18n';
import { blankRow, claimTransactions, disputeStart, txIds } from './case-tracker.model';
import {
  type CaseTrackerClient,
  type ClaimRow,
  type DraftSet,
  type Drafts,
  type GuardedField,
  INITIAL_STATE,
  lastSeq,
  type Refusal,
  reduce,
  shownCase,
  type TrackerEvent,
  type TrackerState,
} from './case-tracker.state';

/** What the controller reads from its host, each read when needed. */
export interface TrackerDeps {
  client(): CaseTrackerClient;
  /** The `config` property (wins over the server's). */
  config(): PlatformConfig | undefined;
  lang(): Lang;
  now(): Date;
  /** Focuses an element of the host's view (a selector). */
  focus(selector: string): void;
}

/** The text drafts and the guarded field each one is. */
const TEXTS = {
  answer: 'answer',
  message: 'message',
  disputeText: 'dispute',
  complaintText: 'complaint',
  reference: 'reference',
} as const satisfies Partial<Record<keyof Drafts, GuardedField>>;

/** The element each guarded field's error points at (focus goes there when a send is refused). */
const GUARDED_INPUT: Record<GuardedField, string> = {
  answer: '#answer',
  message: '#message',
  dispute: '#dispute-text',
  complaint: '#complaint-text',
  claim: '[id^="tx-"]',
  reference: '#reference',
};

/** Where focus goes when a form opens. */
const FORM_FOCUS = { dispute: '#dispute-heading', claim: '#asset-0', complaint: '#complaint-text' };

/** What the views may ask of the tracker. */
export interface TrackerActions {
  /** Opens the case again (nothing shown) or reloads it. */
  retry(): void;
  /** Changes a text draft (the secret guard re-checks it). */
  edit(field: keyof typeof TEXTS, value: string): void;
  toggle(set: DraftSet, item: string, on: boolean): void;
  openForm(form: 'dispute' | 'claim' | 'complaint', open: boolean): void;
  editClaim(row: number, key: keyof ClaimRow, value: string): void;
  addClaimRow(): void;
  removeClaimRow(row: number): void;
  chooseBody(id: string): void;
  addFiles(list: FileList | null): Promise<void>;
  removeFile(key: string): void;
  answer(): void;
  message(): void;
  confirm(): void;
  dispute(): void;
  claim(): void;
  complain(): void;
  escalate(): void;
  resolve(): void;
  dossier(kind: 'json' | 'print'): void;
}

/**
 * What the tracker says of a classified error (see `classifyError`): a refused or unknown link is
 * "not found", the rest as classified; `otherwise` replaces a plain failure (an upload's).
 */
function trackerCode({ code }: SubmitError, otherwise: TrackerErrorCode = 'failed'): TrackerErrorCode {
  if (code === 'unauthorized' || code === 'not_found') return 'not_found';
  return code === 'rejected' || code === 'network' ? code : otherwise;
}

/** Owns and changes the tracker's state. */
export class CaseTrackerController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #deps: TrackerDeps;
  readonly #submit: SubmitController;
  #state: TrackerState = INITIAL_STATE;
  #caseId = '';
  #token = '';
  /** The open under way, for one case and token (see `open`). */
  #opening?: { key: string; run: Promise<void> };
  #generation = 0;
  #unsubscribe?: () => void;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #focus?: string;
  #guard?: Promise<SecretGuard>;
  readonly #onOffline = () => this.#apply({ type: 'connection', status: 'offline' });

  /** The actions, bound: the views call them. */
  readonly actions: TrackerActions = {
    retry: () => void (shownCase(this.#state) ? this.refresh() : this.open(this.#caseId, this.#token)),
    edit: (field, value) => {
      this.#drafts({ [field]: value });
      this.#watch(TEXTS[field], [
        [
          field === 'reference' ? value.trim() : value,
          field === 'reference' ? 'transaction_id' : 'free_text',
        ],
      ]);
    },
    toggle: (set, item, on) => {
      const next = new Set<string>(this.#state.drafts[set]);
      if (on) next.add(item);
      else next.delete(item);
      this.#drafts({ [set]: next });
    },
    openForm: (form, open) => {
      const drafts = this.#state.drafts;
      this.#drafts(
        form === 'dispute'
          ? {
              disputeOpen: open,
              ...(open && drafts.disputeItems.size === 0
                ? { disputeItems: disputeStart(drafts.checks) }
                : {}),
            }
          : form === 'claim'
            ? { claimOpen: open }
            : { complaintOpen: open },
      );
      if (open) this.#focus = FORM_FOCUS[form];
    },
    editClaim: (row, key, value) => {
      const next = this.#claimRows().map((r) => ({ ...r }));
      next[row]![key] = value;
      this.#drafts({ claimRows: next });
      if (key === 'txId') this.#watch('claim', txIds(next));
    },
    addClaimRow: () => {
      const rows = this.#claimRows();
      this.#drafts({ claimRows: [...rows, blankRow()] });
      this.#focus = `#asset-${rows.length}`;
    },
    removeClaimRow: (row) => this.#drafts({ claimRows: this.#claimRows().filter((_, j) => j !== row) }),
    chooseBody: (id) => this.#drafts({ bodyId: id }),
    addFiles: (list) => this.#addFiles(list),
    removeFile: (key) =>
      this.#apply({ type: 'files', files: this.#state.files.filter((f) => f.key !== key) }),
    answer: () => void this.#answer(),
    message: () => void this.#message(),
    confirm: () => void this.#confirm(),
    dispute: () => void this.#dispute(),
    claim: () => void this.#claim(),
    complain: () => void this.#complain(),
    escalate: () => void this.#escalate(),
    resolve: () =>
      void this.#send(
        'resolve',
        { type: 'resolve_complaint', payload: {} },
        this.#words().complaint.states.resolved,
      ),
    dossier: (kind) => void this.#dossier(kind),
  };

  constructor(host: ReactiveControllerHost & EventTarget, deps: TrackerDeps) {
    this.#host = host;
    this.#deps = deps;
    this.#submit = new SubmitController(host, { refresh: () => void this.refresh() });
    host.addController(this);
  }

  /** The current state. */
  get state(): TrackerState {
    return this.#state;
  }

  hostConnected(): void {
    addEventListener('offline', this.#onOffline);
    this.#subscribe();
  }

  hostDisconnected(): void {
    removeEventListener('offline', this.#onOffline);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#refreshTimer);
  }

  hostUpdated(): void {
    const selector = this.#focus;
    this.#focus = undefined;
    if (selector) this.#deps.focus(selector);
  }

  /**
   * Opens a case: loads it, its timeline and the configuration, then follows it. Calls for the
   * same case and token while one is under way join it; a call for another case supersedes it,
   * and the superseded one writes nothing.
   * @param linkRemoved - the token was just taken from the address bar (the reporter is told)
   */
  open(caseId: string, token: string, linkRemoved = false): Promise<void> {
    const key = `${caseId}\n${token}`;
    if (this.#opening?.key === key) return this.#opening.run;
    this.#caseId = caseId;
    this.#token = token;
    const run = this.#open(++this.#generation, linkRemoved);
    const opening = { key, run };
    this.#opening = opening;
    void run.finally(() => {
      if (this.#opening === opening) this.#opening = undefined;
    });
    return run;
  }

  /** Reloads the case view and any missing entries. */
  async refresh(): Promise<void> {
    const shown = shownCase(this.#state);
    if (!shown) return;
    try {
      const client = this.#deps.client();
      const [view, page] = await Promise.all([
        client.getCase(shown.view.id, this.#token),
        client.listEvents(shown.view.id, this.#token, lastSeq(this.#state)),
      ]);
      this.#apply({ type: 'changed', view, entries: page.entries });
      this.#updated();
    } catch (error) {
      this.#fail(error);
    }
  }

  #apply(event: TrackerEvent): void {
    const next = reduce(this.#state, event);
    if (next === this.#state) return;
    this.#state = next;
    this.#host.requestUpdate();
  }

  #drafts(drafts: Partial<Drafts>): void {
    this.#apply({ type: 'drafts', drafts });
  }

  #words() {
    return CASE_TRACKER_CATALOGS[this.#deps.lang()];
  }

  #claimRows(): readonly ClaimRow[] {
    const rows = this.#state.drafts.claimRows;
    return rows.length ? rows : [blankRow()];
  }

  async #open(generation: number, linkRemoved: boolean): Promise<void> {
    const current = () => generation === this.#generation;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#apply({ type: 'opening', linkRemoved });
    if (!this.#caseId || !this.#token) {
      this.#failWith('missing_link');
      return;
    }
    try {
      const client = this.#deps.client();
      const given = this.#deps.config();
      const config = given ? Promise.resolve(undefined) : client.getConfig().catch(() => undefined);
      const [view, page] = await Promise.all([
        client.getCase(this.#caseId, this.#token),
        client.listEvents(this.#caseId, this.#token, 0),
      ]);
      if (!current()) return;
      this.#apply({ type: 'opened', view, entries: page.entries });
      this.#updated();
      this.#subscribe();
      const loaded = await config;
      if (current() && loaded) this.#apply({ type: 'config', config: loaded });
    } catch (error) {
      if (current()) this.#fail(error);
    }
  }

  #subscribe(): void {
    const shown = shownCase(this.#state);
    if (!shown || this.#unsubscribe) return;
    this.#unsubscribe = this.#deps
      .client()
      .subscribe(shown.view.id, this.#token, (entry) => this.#onLive(entry), {
        after: lastSeq(this.#state),
        onStatus: (status) => this.#apply({ type: 'connection', status }),
        onError: (error) => {
          this.#apply({ type: 'connection', status: 'offline' });
          this.#fail(error);
        },
      });
  }

  #onLive(entry: ChainEntry): void {
    const before = this.#state;
    const announcement =
      'redacted' in entry
        ? undefined
        : interpolate(this.#words().timeline.announce, {
            what: DOMAIN_CATALOGS[this.#deps.lang()].event[entry.type] ?? entry.type,
          });
    this.#apply({ type: 'changed', entries: [entry], announcement });
    if (this.#state === before) return;
    // The view (status, allowed commands, deadlines) follows the entries: one refresh per burst.
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.refresh(), 50);
  }

  #updated(): void {
    const shown = shownCase(this.#state);
    if (!shown) return;
    const v = shown.view;
    this.#host.dispatchEvent(
      new RecourseCaseUpdatedEvent({
        caseId: v.id,
        caseNumber: v.number,
        status: v.status,
        state: v.state,
        seq: shown.entries.at(-1)?.seq ?? v.head.seq,
      }),
    );
  }

  /** Shows and fires an error; the case, when loaded, stays on screen. */
  #failWith(code: TrackerErrorCode, problem?: string): void {
    this.#apply({ type: 'failed', problem: code });
    this.#host.dispatchEvent(new RecourseCaseErrorEvent(problem ? { code, problem } : { code }));
  }

  #fail(error: unknown): void {
    const classified = classifyError(error);
    this.#failWith(trackerCode(classified), classified.problem);
  }

  /**
   * Sends one reporter command under the action `id` (its idempotency key lasts until the server
   * gave a definite answer). @returns whether the server accepted it
   */
  async #send(id: string, command: ReporterCommand, done: string): Promise<boolean> {
    const shown = shownCase(this.#state);
    if (!shown || this.#submit.busy !== null) return false;
    const client = this.#deps.client();
    this.#apply({ type: 'sending', action: id });
    const result = await this.#submit.run(id, (key) =>
      client.sendCommand(shown.view.id, this.#token, command, { idempotencyKey: key }),
    );
    this.#apply({ type: 'settled' });
    if (!result) return false;
    if (!result.ok) {
      this.#failWith(trackerCode(result.error), result.error.problem);
      return false;
    }
    this.#apply({
      type: 'changed',
      view: result.value.case,
      entries: result.value.entries,
      announcement: done,
    });
    this.#updated();
    return true;
  }

  /** Loads the secret guard (core's scanner and the BIP-39 wordlists) once. */
  #loadGuard(): Promise<SecretGuard> {
    this.#guard ??= createSecretGuard({ loadWordlists, scanForSecrets });
    this.#guard.catch(() => {
      this.#guard = undefined;
    });
    return this.#guard;
  }

  /** Re-checks a field as the reporter types, once the guard is loaded. */
  #watch(field: GuardedField, texts: readonly (readonly [string, GuardContext])[]): void {
    void this.#loadGuard()
      .then((guard) => {
        const kind = texts.map(([text, context]) => firstSecret(guard, text, context)).find(Boolean);
        this.#apply({ type: 'secret', field, kind });
      })
      .catch(() => undefined);
  }

  /**
   * The guard's verdict before a send: when a text looks like a seed phrase, a private key or a
   * one-time code, says why under the field and in the status, focuses the field and returns
   * `true` (the caller sends nothing). If the guard cannot load, nothing is sent either.
   */
  async #refuseSecrets(
    field: GuardedField,
    texts: readonly (readonly [string, GuardContext])[],
  ): Promise<boolean> {
    let guard: SecretGuard;
    try {
      guard = await this.#loadGuard();
    } catch {
      this.#failWith('network');
      return true;
    }
    const kind = texts.map(([text, context]) => firstSecret(guard, text, context)).find(Boolean);
    this.#apply({ type: 'secret', field, kind });
    if (!kind) return false;
    const words = this.#words().guard;
    this.#apply({ type: 'announce', announcement: `${words.secret[kind]} ${words.neverAsks}` });
    this.#focus = GUARDED_INPUT[field];
    this.#host.requestUpdate();
    return true;
  }

  /** Checks and hashes chosen files (SHA-256 in the browser). */
  async #addFiles(list: FileList | null): Promise<void> {
    if (!list || list.length === 0) return;
    const a = (this.#deps.config() ?? this.#state.config)?.attachments;
    const limits = {
      maxFileBytes: a?.maxFileBytes ?? 10 * 1024 * 1024,
      maxFiles: a?.maxFiles ?? 10,
      maxCaseBytes: a?.maxCaseBytes ?? 50 * 1024 * 1024,
      mediaTypes:
        a?.mediaTypes ??
        (['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'] as const),
    };
    const refusals: Refusal[] = [];
    const guard = await this.#loadGuard().catch(() => undefined);
    for (const file of Array.from(list)) {
      this.#apply({ type: 'files', hashing: file.name });
      const result = await checkFile(file, limits, this.#state.files, () => undefined);
      if (!result.ok) {
        refusals.push({ name: file.name, reason: result.reason });
        continue;
      }
      // A text file is read by the guard too: no seed phrase, key or code leaves as "evidence"
      // (unscanned text is not sent at all).
      if (result.file.mediaType === 'text/plain' && (!guard || secretInFile(guard, result.file))) {
        refusals.push({ name: file.name, reason: guard ? 'secret' : 'unreadable' });
        continue;
      }
      const files = [...this.#state.files, { ...result.file, key: newIdempotencyKey() }];
      this.#apply({ type: 'files', files, hashing: file.name });
    }
    this.#apply({ type: 'files', refusals });
  }

  /** Answers the open request: the text is required and checked, then sent with the files. */
  async #answer(): Promise<void> {
    const shown = shownCase(this.#state);
    const request = shown?.view.pendingRequest;
    if (!shown || !request || this.#submit.busy !== null) return;
    const text = this.#state.drafts.answer.trim();
    if (!text) {
      this.#focus = '#answer';
      this.#host.requestUpdate();
      return;
    }
    if (await this.#refuseSecrets('answer', [[text, 'free_text']])) return;
    // Each file is uploaded once (its key lasts across retries), then the answer names them.
    const client = this.#deps.client();
    this.#apply({ type: 'sending', action: 'answer' });
    const uploads = await this.#submit.run('answer', async () => {
      for (const file of this.#state.files) {
        if (file.meta) continue;
        const { bytes, name, mediaType, sha256 } = file;
        file.meta = await client.uploadAttachment(
          shown.view.id,
          this.#token,
          { bytes, name, mediaType, sha256 },
          { idempotencyKey: file.key },
        );
        this.#apply({ type: 'uploaded', meta: file.meta });
      }
    });
    this.#apply({ type: 'settled' });
    if (!uploads?.ok) {
      if (uploads) this.#failWith(trackerCode(uploads.error, 'upload'), uploads.error.problem);
      return;
    }
    const attachmentIds = this.#state.files.map((f) => f.meta!.id);
    const payload = {
      requestId: request.requestId,
      text,
      ...(attachmentIds.length ? { attachmentIds } : {}),
    };
    const done = this.#words().action.sent;
    if (await this.#send(`answer:${request.requestId}`, { type: 'answer_request', payload }, done)) {
      this.#drafts({ answer: '' });
      this.#apply({ type: 'files', files: [], refusals: [] });
    }
  }

  async #message(): Promise<void> {
    const text = this.#state.drafts.message.trim();
    if (!text || (await this.#refuseSecrets('message', [[text, 'free_text']]))) return;
    if (await this.#send('message', { type: 'send_message', payload: { text } }, this.#words().thread.sent)) {
      this.#drafts({ message: '' });
    }
  }

  /** Confirms recovery with every checklist item ticked. */
  async #confirm(): Promise<void> {
    const checklist = {
      notice_received: true,
      profile_ok: true,
      email_phone_ok: true,
      transactions_ok: true,
      login_history_ok: true,
    } as const;
    const checks = this.#state.drafts.checks;
    if (Object.keys(checklist).some((k) => !checks.has(k as never))) return;
    const done = this.#words().checklist.confirmed;
    if (await this.#send('confirm', { type: 'confirm_recovery', payload: { checklist } }, done)) {
      this.#drafts({ checks: new Set() });
    }
  }

  /** Disputes recovery: the items that are wrong and what the reporter noticed. */
  async #dispute(): Promise<void> {
    const { disputeItems, disputeText } = this.#state.drafts;
    const details = disputeText.trim();
    if (disputeItems.size === 0 || !details) return;
    if (await this.#refuseSecrets('dispute', [[details, 'free_text']])) return;
    const items = [...disputeItems] as [RecoveryChecklistItem, ...RecoveryChecklistItem[]];
    const done = this.#words().checklist.disputed;
    if (await this.#send('dispute', { type: 'dispute_recovery', payload: { items, details } }, done)) {
      this.#drafts({ disputeOpen: false, disputeItems: new Set(), disputeText: '', checks: new Set() });
    }
  }

  async #claim(): Promise<void> {
    const rows = this.#claimRows();
    const transactions = claimTransactions(rows);
    if (!transactions || (await this.#refuseSecrets('claim', txIds(rows)))) return;
    if (
      await this.#send('claim', { type: 'file_claim', payload: { transactions } }, this.#words().claim.sent)
    ) {
      this.#drafts({ claimOpen: false, claimRows: [] });
    }
  }

  async #complain(): Promise<void> {
    const text = this.#state.drafts.complaintText.trim();
    if (!text || (await this.#refuseSecrets('complaint', [[text, 'free_text']]))) return;
    const done = this.#words().complaint.sent;
    if (await this.#send('complaint', { type: 'file_complaint', payload: { text } }, done)) {
      this.#drafts({ complaintOpen: false, complaintText: '' });
    }
  }

  /** Escalates the complaint to an outside body, with the reference it gave, if any. */
  async #escalate(): Promise<void> {
    const bodies = (this.#deps.config() ?? this.#state.config)?.outsideBodies ?? [];
    const bodyId = this.#state.drafts.bodyId || bodies[0]?.id;
    const reference = this.#state.drafts.reference.trim();
    if (!bodyId || (reference && !isCommandId(reference))) return;
    if (reference && (await this.#refuseSecrets('reference', [[reference, 'transaction_id']]))) return;
    const payload = reference ? { bodyId, reference } : { bodyId };
    const done = this.#words().complaint.escalated;
    if (await this.#send('escalate', { type: 'escalate_complaint', payload }, done)) {
      this.#drafts({ reference: '' });
    }
  }

  /** Builds the case file and downloads it as JSON or prints it. */
  async #dossier(kind: 'json' | 'print'): Promise<void> {
    const shown = shownCase(this.#state);
    if (!shown || this.#state.dossierBusy) return;
    this.#apply({ type: 'dossier', busy: true });
    this.#apply({ type: 'announce', announcement: this.#words().dossier.preparing });
    try {
      const input = {
        view: shown.view,
        entries: shown.entries,
        pending: this.#state.uploaded,
        now: this.#deps.now(),
      };
      if (kind === 'json') downloadDossierJson(input);
      else printDossier(input, this.#deps.lang());
      this.#apply({ type: 'announce', announcement: '' });
    } catch {
      this.#failWith('failed');
    } finally {
      this.#apply({ type: 'dossier', busy: false });
    }
  }
}
