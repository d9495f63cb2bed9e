import type {
  AttachmentMeta,
  ChainEntry,
  ChainedEvent,
  ContainmentCode,
  PlatformConfig,
  RecourseClient,
  RecoveryChecklistItem,
  ReporterCaseView,
  ReporterCommand,
  SecretKind,
  SubscriptionStatus,
} from '@recourse/core';
import { adoptStyles, css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '../../controllers/lang-controller';
import { RecourseCaseErrorEvent, RecourseCaseUpdatedEvent } from '../../events/case-tracker-events';
import type { DomainCatalog } from '../../i18n/catalogs/domain';
import { interpolate } from '../../i18n/interpolate';
import { warmIntl } from '../../i18n/warm';
import { type EarlyReads, startEarlyReads } from '../../internal/early-reads';
import type { CheckedFile } from '../../internal/files';
import { createSecretGuard, type SecretGuard } from '../../internal/secret-guard';
import type { CaseTrackerCatalog, TrackerErrorCode } from './case-tracker.i18n';

/** Everything after the first paint (templates, words, client, forms, case file). @internal */
export type TrackerView = typeof import('./case-tracker.view');

/** The subset of the core client the tracker uses; injectable for tests and custom transports. */
export type CaseTrackerClient = Pick<
  RecourseClient,
  'getConfig' | 'getCase' | 'listEvents' | 'sendCommand' | 'uploadAttachment' | 'subscribe'
>;

/** A row of the loss-claim form. @internal */
export interface ClaimRow {
  asset: string;
  amount: string;
  at: string;
  txId: string;
}

/**
 * The free-text fields the reporter sends, each checked by the secret guard before anything
 * leaves the browser: the answer to a request, a message, the dispute details, a complaint, the
 * claim's transaction ids and an outside body's reference. @internal
 */
export type GuardedField = 'answer' | 'message' | 'dispute' | 'complaint' | 'claim' | 'reference';

/** A file waiting to be sent with an answer (bytes in memory only). @internal */
export interface PendingFile extends CheckedFile {
  /** Upload key, kept across retries of this file. */
  key: string;
  /** Set once uploaded: a retry of the answer does not upload it again. */
  meta?: AttachmentMeta;
}

/** Whether this page has loaded the `Intl` data for dates yet (see `warmIntl`). */
let intlWarmed = false;
let viewModule: Promise<TrackerView> | undefined;
/** Loads everything after the first paint once (again after a failure). */
function loadView(): Promise<TrackerView> {
  viewModule ??= import('./case-tracker.view');
  viewModule.catch(() => {
    viewModule = undefined;
  });
  return viewModule;
}

/** Whether an error is the client's API error with a given status or code. */
const apiError = (error: unknown): { status: number; code: string } | undefined =>
  error instanceof Error && error.name === 'RecourseApiError'
    ? (error as unknown as { status: number; code: string })
    : undefined;

/**
 * The reporter's view of a case, opened from the private link: where the case stands (a
 * stepper of the customer-facing statuses), what happens next and by when, what support asks
 * for (answered here with text and files), the messages and the whole timeline, live. Once the
 * account is restored: the recovery checklist (confirm, or dispute and reopen), hardening advice
 * and the containment checklist. A loss claim, a complaint and the outside bodies to escalate to;
 * the case file (dossier) as JSON or printed.
 *
 * The access token is read from the URL fragment (`#case=…&token=…`) or the `token` property,
 * kept in memory only, sent only in the `Authorization` header, and removed from the address bar
 * with `history.replaceState` as soon as it is read.
 *
 * @tag recourse-case-tracker
 * @summary Follow an account-takeover case live, answer support, confirm recovery, claim, complain.
 *
 * @slot header - Shown above the case (a logo, a title).
 * @slot help - Shown under the case (a help-center note, contact options).
 *
 * @csspart header - The case number and status line.
 * @csspart connection - The live-connection status (live, reconnecting, polling, offline).
 * @csspart stepper - The ordered list of customer-facing statuses.
 * @csspart step - Each step of the stepper.
 * @csspart next - What happens next and the time limits.
 * @csspart action - The "action needed" panel (a request to answer, an identity check).
 * @csspart checklist - The recovery confirmation checklist.
 * @csspart hardening - Password, two-step verification and containment advice.
 * @csspart claim - The loss claim section.
 * @csspart complaint - The complaint section and outside bodies.
 * @csspart thread - The messages.
 * @csspart timeline - The timeline.
 * @csspart dossier - The case-file download and print buttons.
 * @csspart notice - Informational and error panels.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a panel.
 *
 * @cssprop --recourse-color-accent - Buttons, links, focus ring, current step.
 * @cssprop --recourse-color-on-accent - Text on accent buttons.
 * @cssprop --recourse-color-bg - Background.
 * @cssprop --recourse-color-surface - Panels.
 * @cssprop --recourse-color-fg - Text.
 * @cssprop --recourse-color-muted - Secondary text, times.
 * @cssprop --recourse-color-danger - Errors, overdue time limits, action needed.
 * @cssprop --recourse-color-success - Done steps, confirmations.
 * @cssprop --recourse-color-border - Borders.
 * @cssprop --recourse-radius - Corner radius.
 * @cssprop --recourse-font - Font family.
 * @cssprop --recourse-space - Base spacing.
 * @cssprop --recourse-focus-ring - Focus outline.
 * @cssprop --recourse-case-tracker-max-width - Maximum width; default 48rem.
 *
 * @fires recourse-case-updated - {RecourseCaseUpdatedEvent} The case loaded or changed: `caseId`, `caseNumber`, `status`, `state`, `seq`.
 * @fires recourse-case-error - {RecourseCaseErrorEvent} Opening the case, a command, an upload or the live connection failed (`code`, `problem`).
 */
export class RecourseCaseTracker extends LitElement {
  // The full styles arrive with the view module (see `open`): before it, nothing is painted.
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** API base URL, e.g. `https://api.example.com`; default this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The case id; otherwise read from the URL fragment (`#case=…`). */
  @property({ attribute: 'case-id' }) caseId = '';

  /** Where the reporter sets up two-step verification (only http(s) URLs are linked). */
  @property({ attribute: 'totp-url' }) totpUrl?: string;

  /** Force a colour scheme; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) scheme?: 'light' | 'dark';

  /** Platform configuration override; otherwise fetched from `GET /v1/config`. */
  @property({ attribute: false }) config?: PlatformConfig;

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  @property({ attribute: false }) client?: CaseTrackerClient;

  /** A `fetch` for the default client (tests, proxies). */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** The clock used for relative times and time limits (tests, stories). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** @internal templates and words, once loaded */ @state() ui?: TrackerView;
  /** @internal */ @state() view?: ReporterCaseView;
  /** @internal */ @state() entries: ChainEntry[] = [];
  /** @internal */ @state() loadedConfig?: PlatformConfig;
  /** @internal */ @state() connection: SubscriptionStatus | null = null;
  /** @internal */ @state() error?: TrackerErrorCode;
  /** @internal */ @state() loading = false;
  /** @internal */ @state() linkRemoved = false;
  /** @internal polite announcements */ @state() status = '';
  /** @internal */ @state() busy: string | null = null;
  /** @internal */ @state() answerText = '';
  /** @internal */ @state() files: PendingFile[] = [];
  /** @internal */ @state() refusals: {
    name: string;
    reason: keyof CaseTrackerCatalog['action']['reasons'];
  }[] = [];
  /** @internal */ @state() hashing?: string;
  /** @internal */ @state() messageText = '';
  /** @internal */ @state() checks = new Set<RecoveryChecklistItem>();
  /** @internal */ @state() disputeOpen = false;
  /** @internal */ @state() disputeItems = new Set<RecoveryChecklistItem>();
  /** @internal */ @state() disputeText = '';
  /** @internal */ @state() contained = new Set<ContainmentCode>();
  /** @internal */ @state() claimOpen = false;
  /** @internal */ @state() claimRows: ClaimRow[] = [];
  /** @internal */ @state() complaintOpen = false;
  /** @internal */ @state() complaintText = '';
  /** @internal */ @state() bodyId = '';
  /** @internal */ @state() reference = '';
  /** @internal */ @state() dossierBusy = false;
  /** @internal secrets the guard found, by field (shown under the field; the send is refused) */
  @state() secrets: Partial<Record<GuardedField, SecretKind>> = {};
  /**
   * @internal attachments uploaded from this page, until the case view lists them (an answer
   * whose command failed still uploaded its files)
   */
  uploaded: AttachmentMeta[] = [];

  /** @internal */ readonly langCtl = new LangController(this);

  #token = '';
  #unsubscribe?: () => void;
  #defaultClient?: CaseTrackerClient;
  /** The first screen's reads, started before the client has loaded (first open only). */
  #early?: EarlyReads;
  #keys = new Map<string, string>();
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #opened = false;
  /** The open under way, for one case and token (see `open`). */
  #opening?: { key: string; run: Promise<void> };
  /** Counts opens: only the latest one writes what it read. */
  #generation = 0;
  #focusNext?: string;
  #guard?: Promise<SecretGuard>;
  readonly #onOffline = () => {
    this.connection = 'offline';
  };

  /**
   * The reporter's access token, write-only: property only (never an attribute, never reflected,
   * never stored; reading it returns `''`). Otherwise read from the URL fragment.
   */
  get token(): string {
    return '';
  }
  set token(value: string) {
    this.#token = typeof value === 'string' ? value : '';
    if (this.isConnected && this.#token && this.caseId) void this.open();
  }

  /** The words in the current language (once the view module loaded). @internal */
  get t(): CaseTrackerCatalog {
    return this.ui!.CASE_TRACKER_CATALOGS[this.langCtl.lang];
  }

  /** The shared domain vocabulary in the current language. @internal */
  get d(): DomainCatalog {
    return this.ui!.DOMAIN_CATALOGS[this.langCtl.lang];
  }

  /** The configuration in effect. @internal */
  get platformConfig(): PlatformConfig | undefined {
    return this.config ?? this.loadedConfig;
  }

  /** Whether a reporter command is allowed now. @internal */
  can(command: ReporterCaseView['allowedCommands'][number]): boolean {
    return this.view?.allowedCommands.includes(command) ?? false;
  }

  /** Public events only (redacted stubs left out). @internal */
  get publicEntries(): ChainedEvent[] {
    return this.entries.filter((e): e is ChainedEvent => !('redacted' in e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('offline', this.#onOffline);
    if (this.#opened && this.view) this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('offline', this.#onOffline);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#refreshTimer);
  }

  protected override firstUpdated(): void {
    void this.open();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && changed.get('caseId') !== undefined && this.#token) void this.open();
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      this.#focusNext = undefined;
      target?.focus();
    }
  }

  /** Moves focus to an element of the shadow root after the next render. @internal */
  focusAfterRender(selector: string): void {
    this.#focusNext = selector;
  }

  /** Reads `#case=…&token=…`, then removes the token from the address bar. */
  #readFragment(): void {
    const hash = location.hash.slice(1);
    if (!hash) return;
    const params = new URLSearchParams(hash);
    const token = params.get('token');
    const id = params.get('case');
    if (id && !this.caseId) this.caseId = id;
    if (!token) return;
    if (!this.#token) this.#token = token;
    params.delete('token');
    const rest = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
    this.linkRemoved = true;
  }

  async #getClient(): Promise<CaseTrackerClient> {
    if (this.client) return this.client;
    if (!this.#defaultClient) {
      const mod = await loadView();
      const baseUrl = this.apiBase || location.origin;
      const fetch = this.#early?.fetch ?? this.fetch;
      this.#defaultClient = mod.createRecourseClient(
        fetch ? { baseUrl, fetch: fetch as never } : { baseUrl },
      );
    }
    return this.#defaultClient;
  }

  /**
   * Opens the case: reads the link, loads the case, its timeline and the configuration,
   * subscribes. Calls for the same case and token while one is under way join it (the first
   * render, a `case-id` read from the link and a `token` set by the host each ask for it); a call
   * for another case supersedes it, and the superseded one writes nothing. @internal
   */
  open(): Promise<void> {
    this.#readFragment();
    const key = `${this.caseId}\n${this.#token}`;
    if (this.#opening?.key === key) return this.#opening.run;
    const run = this.#open(++this.#generation);
    const opening = { key, run };
    this.#opening = opening;
    void run.finally(() => {
      if (this.#opening === opening) this.#opening = undefined;
    });
    return run;
  }

  /**
   * On the first open with the default client, starts the first screen's reads (the case, its
   * timeline and, unless given, the configuration) before the client has loaded; the client takes
   * their answers (see `internal/early-reads`).
   */
  #startEarlyReads(): void {
    if (this.client || this.#defaultClient || this.#early || !this.caseId || !this.#token) return;
    const id = encodeURIComponent(this.caseId);
    const token = this.#token;
    // Only a head start: if it cannot start (an odd base URL), the client reads as usual.
    try {
      this.#early = startEarlyReads(
        this.apiBase || location.origin,
        [
          ...(this.config ? [] : [{ path: '/v1/config' }]),
          { path: `/v1/cases/${id}`, credential: token },
          { path: `/v1/cases/${id}/events?after=0`, credential: token },
        ],
        this.fetch ?? globalThis.fetch.bind(globalThis),
      );
    } catch {
      this.#early = undefined;
    }
  }

  async #open(generation: number): Promise<void> {
    const current = () => generation === this.#generation;
    // The templates, the client and the case are all needed for the first render: the case is
    // requested now, while the client's chunk and the templates load, not after them.
    this.#startEarlyReads();
    // While the case and the code are on the network, load the `Intl` data the first render's
    // dates need (once a page, whatever the client): the first formatter of a page is the costliest
    // part of that render.
    if (!intlWarmed) {
      intlWarmed = true;
      const lang = this.langCtl.lang;
      setTimeout(() => warmIntl(lang), 0);
    }
    const clientReady = this.caseId && this.#token ? this.#getClient() : undefined;
    clientReady?.catch(() => undefined);
    try {
      if (!this.ui) {
        const ui = await loadView();
        if (!this.ui) {
          adoptStyles(this.renderRoot as ShadowRoot, ui.styles);
          this.ui = ui;
        }
      }
    } catch {
      return;
    }
    if (!current()) return;
    if (!this.caseId || !this.#token) {
      this.fail('missing_link');
      return;
    }
    this.#opened = true;
    this.loading = true;
    this.error = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    try {
      const client = await (clientReady ?? this.#getClient());
      const configPromise = this.config
        ? Promise.resolve(this.config)
        : client.getConfig().catch(() => undefined);
      const reads = Promise.all([
        client.getCase(this.caseId, this.#token),
        client.listEvents(this.caseId, this.#token, 0),
      ]);
      const [view, page] = await reads;
      if (!current()) return;
      this.view = view;
      this.entries = [];
      this.#merge(page.entries);
      this.loading = false;
      this.#updated();
      this.#subscribe();
      const config = await configPromise;
      if (!current()) return;
      this.loadedConfig = config;
    } catch (error) {
      if (!current()) return;
      this.loading = false;
      this.#failFrom(error);
    }
  }

  #subscribe(): void {
    if (!this.view || this.#unsubscribe) return;
    const client = this.client ?? this.#defaultClient;
    if (!client) return;
    this.#unsubscribe = client.subscribe(this.view.id, this.#token, (entry) => this.#onLiveEntry(entry), {
      after: this.entries.at(-1)?.seq ?? 0,
      onStatus: (status) => {
        this.connection = status;
      },
      onError: (error) => {
        this.connection = 'offline';
        this.#failFrom(error);
      },
    });
  }

  #onLiveEntry(entry: ChainEntry): void {
    if (!this.#merge([entry])) return;
    if (!('redacted' in entry)) {
      this.status = interpolate(this.t.timeline.announce, { what: this.d.event[entry.type] ?? entry.type });
    }
    // The view (status, allowed commands, deadlines) follows the entries: one refresh per burst.
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.refresh(), 50);
  }

  /** Adds entries not yet shown, in sequence order. @returns whether anything was new. */
  #merge(list: readonly ChainEntry[]): boolean {
    const seen = new Set(this.entries.map((e) => e.seq));
    const fresh = list.filter((e) => !seen.has(e.seq));
    if (fresh.length === 0) return false;
    this.entries = [...this.entries, ...fresh].sort((a, b) => a.seq - b.seq);
    return true;
  }

  /** Reloads the case view and any missing entries. @internal */
  async refresh(): Promise<void> {
    if (!this.view) return;
    try {
      const client = await this.#getClient();
      const [view, page] = await Promise.all([
        client.getCase(this.view.id, this.#token),
        client.listEvents(this.view.id, this.#token, this.entries.at(-1)?.seq ?? 0),
      ]);
      this.view = view;
      this.#merge(page.entries);
      this.#updated();
    } catch (error) {
      this.#failFrom(error);
    }
  }

  #updated(): void {
    const v = this.view;
    if (!v) return;
    this.dispatchEvent(
      new RecourseCaseUpdatedEvent({
        caseId: v.id,
        caseNumber: v.number,
        status: v.status,
        state: v.state,
        seq: this.entries.at(-1)?.seq ?? v.head.seq,
      }),
    );
  }

  /** Shows and fires an error; the case, when loaded, stays on screen. @internal */
  fail(code: TrackerErrorCode, problem?: string): void {
    this.error = code;
    this.dispatchEvent(new RecourseCaseErrorEvent(problem ? { code, problem } : { code }));
  }

  #failFrom(error: unknown): void {
    const api = apiError(error);
    let code: TrackerErrorCode = 'failed';
    if (api) {
      if ([401, 403, 404, 410].includes(api.status)) code = 'not_found';
      else if (api.code === 'workflow_refused') code = 'rejected';
    } else if (
      error instanceof TypeError ||
      (error instanceof Error && error.name === 'RecourseNetworkError')
    ) {
      code = 'network';
    }
    this.fail(code, api?.code);
  }

  /**
   * Sends one reporter command with one idempotency key for the whole life of the submission
   * `id` (retries after a network failure reuse it; success forgets it).
   * @returns whether the server accepted it
   * @internal
   */
  async send(id: string, command: ReporterCommand, done: string): Promise<boolean> {
    if (!this.view || this.busy) return false;
    this.busy = id;
    this.error = undefined;
    try {
      // Core's key maker comes with the view (the first paint imports nothing from core).
      const key = this.#keys.get(id) ?? (await loadView()).newIdempotencyKey();
      this.#keys.set(id, key);
      const client = await this.#getClient();
      const result = await client.sendCommand(this.view.id, this.#token, command, { idempotencyKey: key });
      this.#keys.delete(id);
      this.view = result.case;
      this.#merge(result.entries);
      this.status = done;
      this.#updated();
      return true;
    } catch (error) {
      this.#failFrom(error);
      if (apiError(error)?.code === 'workflow_refused') {
        this.#keys.delete(id);
        void this.refresh();
      }
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** Loads the secret guard (core's scanner and the BIP-39 wordlists) once. @internal */
  loadGuard(): Promise<SecretGuard> {
    this.#guard ??= loadView().then((mod) => createSecretGuard(mod));
    this.#guard.catch(() => {
      this.#guard = undefined;
    });
    return this.#guard;
  }

  /** Removes a chosen file. @internal */
  removeFile(key: string): void {
    this.files = this.files.filter((f) => f.key !== key);
  }

  /**
   * Uploads the chosen files (once each), then answers the open request with `text` (already
   * checked by the secret guard: see `answer` in `case-tracker.actions`). @internal
   */
  async sendAnswer(text: string): Promise<void> {
    const v = this.view;
    const request = v?.pendingRequest;
    if (!v || !request || this.busy) return;
    this.busy = 'answer';
    try {
      const client = await this.#getClient();
      for (const file of this.files) {
        if (file.meta) continue;
        const { bytes, name, mediaType, sha256 } = file;
        file.meta = await client.uploadAttachment(
          v.id,
          this.#token,
          { bytes, name, mediaType, sha256 },
          { idempotencyKey: file.key },
        );
        this.uploaded = [...this.uploaded, file.meta];
      }
    } catch (error) {
      this.busy = null;
      this.#failFrom(error);
      if (this.error === 'failed') this.error = 'upload';
      return;
    }
    this.busy = null;
    const attachmentIds = this.files.map((f) => f.meta!.id);
    const ok = await this.send(
      `answer:${request.requestId}`,
      {
        type: 'answer_request',
        payload: { requestId: request.requestId, text, ...(attachmentIds.length ? { attachmentIds } : {}) },
      },
      this.t.action.sent,
    );
    if (ok) {
      this.answerText = '';
      this.files = [];
      this.refusals = [];
    }
  }

  /** Builds the case file and downloads it as JSON or prints it (loaded on demand). @internal */
  async dossier(kind: 'json' | 'print'): Promise<void> {
    if (!this.view || this.dossierBusy) return;
    this.dossierBusy = true;
    this.status = this.t.dossier.preparing;
    try {
      const mod = (await loadView()).dossier;
      const input = { view: this.view, entries: this.entries, pending: this.uploaded, now: this.now() };
      if (kind === 'json') mod.downloadDossierJson(input);
      else mod.printDossier(input, this.langCtl.lang);
      this.status = '';
    } catch {
      this.fail('failed');
    } finally {
      this.dossierBusy = false;
    }
  }

  protected override render() {
    if (this.ui) return this.ui.renderTracker(this);
    return html`<section aria-busy="true"><slot name="header"></slot></section>`;
  }
}
