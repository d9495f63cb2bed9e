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
  loadWordlists,
  type PlatformConfig,
  type ReporterCommand,
  scanForSecrets,
} from '@recourse/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { classifyError, SubmitController } from '../../controllers/submit-controller';
import type { Lang } from '../../i18n/lang';
import { lazyOnce } from '../../internal/recourse-element';
import {
  createSecretGuard,
  firstSecret,
  type GuardContext,
  type SecretGuard,
} from '../../internal/secret-guard';
import { downloadDossierJson, printDossier } from './case-tracker.dossier';
import { checkChosen, uploadOnce } from './case-tracker.evidence.controller';
import type { TrackerFirst } from './case-tracker.first';
import type { TrackerErrorCode } from './case-tracker.i18n';
import type { DraftCommand } from './case-tracker.model';
import {
  checkGivenConfig,
  isProtocolError,
  openInTwoReads,
  sentWords,
  TRACKER_CONFIG_PARTS,
  trackerCode,
} from './case-tracker.open.model';
import type {
  CaseTrackerClient,
  Drafts,
  GuardedField,
  ShownCase,
  TrackerActions,
  TrackerEvent,
  TrackerState,
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

/** Loads the secret guard (core's scanner and the BIP-39 wordlists) once a page. */
const loadGuard = lazyOnce(() => createSecretGuard({ loadWordlists, scanForSecrets }));

/** Owns and changes the tracker's state. */
export class CaseTrackerController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #deps: TrackerDeps;
  readonly #submit: SubmitController;
  #state: TrackerState;
  #caseId = '';
  #token = '';
  /** The open under way, for one case and token (see `open`). */
  #opening?: { key: string; run: Promise<void> };
  #generation = 0;
  #unsubscribe?: () => void;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #focus?: string;
  readonly #onOffline = () => this.#apply({ type: 'connection', status: 'offline' });

  /** The actions, bound: the views call them. */
  readonly actions: TrackerActions = {
    retry: () =>
      void (this.#first.shownCase(this.#state) ? this.refresh() : this.open(this.#caseId, this.#token)),
    edit: (field, value) => {
      this.#drafts({ [field]: value });
      const id = field === 'reference';
      this.#watch(this.#first.GUARDED_TEXT[field], [
        [id ? value.trim() : value, id ? 'transaction_id' : 'free_text'],
      ]);
    },
    toggle: (set, item, on) => this.#apply({ type: 'toggle', set, item, on }),
    openForm: (form, open) => {
      this.#apply({ type: 'form', form, open });
      if (open) this.#focus = this.#first.FORM_FOCUS[form];
    },
    editClaim: (row, key, value) => {
      this.#apply({ type: 'claim-row', row, key, value });
      if (key === 'txId') this.#watch('claim', this.#first.txIds(this.#first.claimRows(this.#state.drafts)));
    },
    addClaimRow: () => {
      this.#focus = `#asset-${this.#first.claimRows(this.#state.drafts).length}`;
      this.#apply({ type: 'claim-rows', add: true });
    },
    removeClaimRow: (row) => this.#apply({ type: 'claim-rows', add: false, row }),
    chooseBody: (id) => this.#drafts({ bodyId: id }),
    addFiles: (list) => this.#addFiles(list),
    removeFile: (key) =>
      this.#apply({ type: 'files', files: this.#state.files.filter((f) => f.key !== key) }),
    answer: () => void this.#answer(),
    send: (kind) => void this.#sendDraft(kind),
    resolve: () =>
      void this.#send(
        'resolve',
        { type: 'resolve_complaint', payload: {} },
        this.#words().complaint.states.resolved,
      ),
    dossier: (kind) => void this.#dossier(kind),
  };

  /** The first paint's reducer, words and models (ADR 0036). */
  readonly #first: TrackerFirst;

  /**
   * @param first - the first paint's module, already loaded: its reducer, words and models, taken
   *   at run time rather than imported, so that the first paint needs no chunk shared with this one
   */
  constructor(host: ReactiveControllerHost & EventTarget, deps: TrackerDeps, first: TrackerFirst) {
    this.#host = host;
    this.#deps = deps;
    this.#first = first;
    this.#state = first.INITIAL_STATE;
    this.#submit = new SubmitController(host, { refresh: () => void this.refresh() });
    host.addController(this);
  }

  /** The current state. */
  get state(): TrackerState {
    return this.#state;
  }
  /** Applies an event (helper controllers). */ readonly dispatch = (e: TrackerEvent) => this.#apply(e);

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
   * @param shown - the case as the first paint showed it (its answer checked against the contract,
   *   its `recourse-case-updated` fired): taken as read, then followed
   */
  open(caseId: string, token: string, linkRemoved = false, shown?: ShownCase): Promise<void> {
    const key = `${caseId}\n${token}`;
    if (this.#opening?.key === key) return this.#opening.run;
    this.#caseId = caseId;
    this.#token = token;
    const run = this.#open(++this.#generation, linkRemoved, shown);
    const opening = { key, run };
    this.#opening = opening;
    void run.finally(() => {
      if (this.#opening === opening) this.#opening = undefined;
    });
    return run;
  }

  /** The host's `config` changed: checked as on open, then shown (or the error). */
  configChanged(): void {
    const given = this.#deps.config();
    if (!given) return;
    checkGivenConfig(given).then(
      (config) => this.#apply({ type: 'config', config }),
      (error: unknown) => this.#fail(error),
    );
  }

  /** Reloads the case view and any missing entries. */
  async refresh(): Promise<void> {
    const shown = this.#first.shownCase(this.#state);
    if (!shown) return;
    try {
      const client = this.#deps.client();
      const [view, page] = await Promise.all([
        client.getCase(shown.view.id, this.#token),
        client.listEvents(shown.view.id, this.#token, this.#first.lastSeq(this.#state)),
      ]);
      this.#apply({ type: 'changed', view, entries: page.entries });
      this.#updated();
    } catch (error) {
      this.#fail(error);
    }
  }

  #apply(event: TrackerEvent): void {
    const next = this.#first.reduce(this.#state, event);
    if (next === this.#state) return;
    this.#state = next;
    this.#host.requestUpdate();
  }

  #drafts(drafts: Partial<Drafts>): void {
    this.#apply({ type: 'drafts', drafts });
  }

  #words() {
    return this.#first.CASE_TRACKER_CATALOGS[this.#deps.lang()];
  }

  async #open(generation: number, linkRemoved: boolean, shown?: ShownCase): Promise<void> {
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
      // One round trip (ADR 0027): the case with its chain, one answer, one check. The
      // configuration is on the network beside it already (the element's early reads); it is
      // taken and checked once the case is shown, for the parts the tracker shows (the host's
      // `config` the same way). A configuration that cannot be read leaves those parts out; one
      // that does not match the contract is an error.
      if (shown) this.#apply({ type: 'opened', ...shown });
      else {
        const { events, ...view } = client.getCaseWithEvents
          ? await client.getCaseWithEvents(this.#caseId, this.#token)
          : await openInTwoReads(client, this.#caseId, this.#token);
        if (!current()) return;
        this.#apply({ type: 'opened', view, entries: events.entries });
        this.#updated();
      }
      this.#subscribe();
      const given = this.#deps.config();
      const loaded = given
        ? await checkGivenConfig(given)
        : await client.getConfig(TRACKER_CONFIG_PARTS).catch((error: unknown) => {
            if (isProtocolError(error)) throw error;
            return undefined;
          });
      if (current() && loaded) this.#apply({ type: 'config', config: loaded });
    } catch (error) {
      if (current()) this.#fail(error);
    }
  }

  #subscribe(): void {
    const shown = this.#first.shownCase(this.#state);
    if (!shown || this.#unsubscribe) return;
    this.#unsubscribe = this.#deps
      .client()
      .subscribe(shown.view.id, this.#token, (entry) => this.#onLive(entry), {
        after: this.#first.lastSeq(this.#state),
        onStatus: (status) => this.#apply({ type: 'connection', status }),
        onError: (error) => {
          this.#apply({ type: 'connection', status: 'offline' });
          this.#fail(error);
        },
      });
  }

  #onLive(entry: ChainEntry): void {
    const before = this.#state;
    const announcement = this.#first.liveAnnouncement(entry, this.#words(), this.#deps.lang());
    this.#apply({ type: 'changed', entries: [entry], announcement });
    if (this.#state === before) return;
    // The view (status, allowed commands, deadlines) follows the entries: one refresh per burst.
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.refresh(), 50);
  }

  #updated(): void {
    const event = this.#first.updatedEvent(this.#state);
    if (event) this.#host.dispatchEvent(event);
  }

  /** Shows and fires an error; the case, when loaded, stays on screen. */
  #failWith(code: TrackerErrorCode, problem?: string): void {
    this.#apply({ type: 'failed', problem: code });
    this.#host.dispatchEvent(this.#first.errorEvent(code, problem));
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
    const shown = this.#first.shownCase(this.#state);
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

  /** Re-checks a field as the reporter types, once the guard is loaded. */
  #watch(field: GuardedField, texts: readonly (readonly [string, GuardContext])[]): void {
    void loadGuard()
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
      guard = await loadGuard();
    } catch {
      this.#failWith('network');
      return true;
    }
    const kind = texts.map(([text, context]) => firstSecret(guard, text, context)).find(Boolean);
    this.#apply({ type: 'secret', field, kind });
    if (!kind) return false;
    const words = this.#words().guard;
    this.#apply({ type: 'announce', announcement: `${words.secret[kind]} ${words.neverAsks}` });
    this.#focus = this.#first.GUARDED_INPUT[field];
    this.#host.requestUpdate();
    return true;
  }

  /** Checks and hashes chosen files (see `checkChosen`). */
  async #addFiles(list: FileList | null): Promise<void> {
    if (!list || list.length === 0) return;
    const guard = await loadGuard().catch(() => undefined);
    const config = this.#state.config;
    const limits = this.#first.attachmentLimits(config);
    const refusals = await checkChosen(list, limits, this.#state.files, guard, (files, hashing) =>
      this.#apply({ type: 'files', files, hashing }),
    );
    this.#apply({ type: 'files', refusals });
  }

  /** Answers the open request: the text is required and checked, then sent with the files. */
  async #answer(): Promise<void> {
    const shown = this.#first.shownCase(this.#state);
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
    const uploads = await this.#submit.run('answer', () =>
      uploadOnce(client, shown.view.id, this.#token, this.#state.files, (key, meta) =>
        this.#apply({ type: 'uploaded', key, meta }),
      ),
    );
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

  /** Sends a draft: the guard reads it first; the drafts it came from clear once accepted. */
  async #sendDraft(kind: DraftCommand): Promise<void> {
    const bodies = this.#state.config?.outsideBodies ?? [];
    const plan = this.#first.planCommand(kind, this.#state.drafts, bodies);
    if (!plan || (plan.guard && (await this.#refuseSecrets(plan.guard.field, plan.guard.texts)))) return;
    if (await this.#send(kind, plan.command, sentWords(this.#words(), kind))) this.#drafts(plan.clear);
  }

  /** Builds the case file and downloads it as JSON or prints it. */
  async #dossier(kind: 'json' | 'print'): Promise<void> {
    const shown = this.#first.shownCase(this.#state);
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
      const lang = this.#deps.lang();
      if (kind === 'json') downloadDossierJson(input);
      else printDossier(input, lang, this.#first.DOMAIN_CATALOGS[lang]);
      this.#apply({ type: 'announce', announcement: '' });
    } catch {
      this.#failWith('failed');
    } finally {
      this.#apply({ type: 'dossier', busy: false });
    }
  }
}
