import {
  type AgentCommandType,
  type ChainVerification,
  createRecourseClient,
  type DeskCasesFilter,
  type DeskCasesPage,
  type DeskCaseView,
  type DeskPriority,
  type MainState,
  newIdempotencyKey,
  type RecourseClient,
  verifyChain,
} from '@recourse/core';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '../../controllers/lang-controller';
import { RecourseDeskCommandEvent, RecourseDeskErrorEvent } from '../../events/case-desk-events';
import { DOMAIN_CATALOGS, type DomainCatalog } from '../../i18n/catalogs/domain';
import { interpolate } from '../../i18n/interpolate';
import { sha256Hex } from '../../internal/files';
import { CASE_DESK_CATALOGS, type CaseDeskCatalog, type DeskErrorCode } from './case-desk.i18n';
import { buildCommand, claimTotals } from './case-desk.model';
import { renderDesk } from './case-desk.render';
import { styles } from './case-desk.styles';

/** The subset of the core client the desk uses; injectable for tests and custom transports. */
export type CaseDeskClient = Pick<
  RecourseClient,
  'listDeskCases' | 'getDeskCase' | 'sendDeskCommand' | 'downloadDeskAttachment'
> &
  // Without it (a custom client) the desk refreshes by polling only.
  Partial<Pick<RecourseClient, 'subscribeDesk'>>;

/** Queue filters as the desk shows them. @internal */
export interface DeskFilters {
  state: MainState | '';
  priority: DeskPriority | '';
  waiting: boolean;
  deadlineNear: boolean;
}

/** "Deadline near": the next deadline falls within this many milliseconds. */
export const DEADLINE_NEAR_MS = 48 * 3_600_000;

/**
 * The support agent's desk: the queue (filters by state, priority, waiting on the reporter and
 * deadline near; keyset paging; live through the server's stream of changed cases, polling
 * while it is down) and a case: the internal timeline with its hash chain verified, internal
 * notes marked as never shown to the reporter, evidence with hashes and downloads (re-hashed on
 * download), the messages, and only the commands the workflow allows the agent in this state,
 * each with the fields it needs.
 *
 * The agent credential is a property only: never an attribute, never reflected, never stored;
 * it travels only in the `Authorization` header.
 *
 * @tag recourse-case-desk
 * @summary Support agents' queue and case view on the recovery workflow.
 *
 * @slot header - Shown above the desk (product name, the agent's name).
 *
 * @csspart queue - The queue section.
 * @csspart filters - The filter form.
 * @csspart table - The queue table.
 * @csspart pager - Paging buttons.
 * @csspart case - The case section.
 * @csspart chain - The chain verification result.
 * @csspart timeline - The internal timeline.
 * @csspart internal - Every internal note (timeline entries and the note form).
 * @csspart evidence - The evidence table.
 * @csspart messages - The messages.
 * @csspart actions - The command forms.
 * @csspart notice - Informational and error panels.
 * @csspart button - Every button.
 *
 * @cssprop --recourse-color-accent - Buttons, links, focus ring.
 * @cssprop --recourse-color-bg - Background.
 * @cssprop --recourse-color-surface - Panels.
 * @cssprop --recourse-color-fg - Text.
 * @cssprop --recourse-color-muted - Secondary text.
 * @cssprop --recourse-color-danger - Errors, overdue, broken chain.
 * @cssprop --recourse-color-success - Verified chain.
 * @cssprop --recourse-color-border - Borders.
 * @cssprop --recourse-color-internal - Background of internal notes; default a pale amber.
 * @cssprop --recourse-radius - Corner radius.
 * @cssprop --recourse-font - Font family.
 * @cssprop --recourse-space - Base spacing.
 *
 * @fires recourse-desk-command - {RecourseDeskCommandEvent} The workflow accepted a command: `caseId`, `command`, `state`.
 * @fires recourse-desk-error - {RecourseDeskErrorEvent} Loading, a command or a download failed (`code`, `problem`).
 */
export class RecourseCaseDesk extends LitElement {
  static override styles = styles;

  /** API base URL; default this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Opens this case directly instead of the queue. */
  @property({ attribute: 'case-id' }) caseId = '';

  /** Queue page size (1 to 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /**
   * Seconds between refreshes of the queue or the open case while the live stream is down (or the
   * client has none); 0 turns polling off.
   */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 10;

  /** Force a colour scheme; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) scheme?: 'light' | 'dark';

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  @property({ attribute: false }) client?: CaseDeskClient;

  /** A `fetch` for the default client (tests, proxies). */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** The clock (relative times, "deadline near"). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** @internal */ @state() page?: DeskCasesPage;
  /** @internal */ @state() filters: DeskFilters = {
    state: '',
    priority: '',
    waiting: false,
    deadlineNear: false,
  };
  /** @internal cursors of the pages before the current one */ @state() cursors: (string | undefined)[] = [];
  /** @internal */ @state() cursor?: string;
  /** @internal */ @state() open?: DeskCaseView;
  /** @internal */ @state() verification?: ChainVerification;
  /** @internal */ @state() values: Record<string, Record<string, string>> = {};
  /** @internal */ @state() busy: string | null = null;
  /** @internal */ @state() error?: DeskErrorCode;
  /** @internal */ @state() status = '';
  /** @internal */ @state() loading = false;
  /** @internal */ @state() hashChecks: Record<string, boolean> = {};
  /** @internal */ @state() refreshedAt?: Date;

  /** @internal */ readonly langCtl = new LangController(this);

  #agentKey = '';
  #defaultClient?: CaseDeskClient;
  #timer?: ReturnType<typeof setInterval>;
  /** The live stream of changed cases, while subscribed. */
  #unsubscribe?: () => void;
  /** Whether the stream is open (polling pauses while it is). */
  #live = false;
  #changeTimer?: ReturnType<typeof setTimeout>;
  #keys = new Map<string, string>();
  #focusNext?: string;

  /** The agent credential, write-only (reading returns `''`): never an attribute, never stored. */
  get agentKey(): string {
    return '';
  }
  set agentKey(value: string) {
    this.#agentKey = typeof value === 'string' ? value : '';
    this.#unsubscribeLive();
    if (this.hasUpdated) {
      void this.reload();
      this.#subscribeLive();
    } else this.requestUpdate();
  }

  /** Whether a credential is set. @internal */
  get hasKey(): boolean {
    return this.#agentKey !== '';
  }

  /** @internal */ get t(): CaseDeskCatalog {
    return CASE_DESK_CATALOGS[this.langCtl.lang];
  }
  /** @internal */ get d(): DomainCatalog {
    return DOMAIN_CATALOGS[this.langCtl.lang];
  }

  get #client(): CaseDeskClient {
    if (this.client) return this.client;
    const baseUrl = this.apiBase || location.origin;
    this.#defaultClient ??= createRecourseClient(
      this.fetch ? { baseUrl, fetch: this.fetch as never } : { baseUrl },
    );
    return this.#defaultClient;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startPolling();
    if (this.hasUpdated) this.#subscribeLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#unsubscribeLive();
  }

  protected override firstUpdated(): void {
    void this.reload();
    this.#subscribeLive();
  }

  /**
   * Follows the server's stream of changed cases: the queue (or the open case, when it is the one
   * that changed) reloads within a moment of any change, from any agent or reporter. After a
   * reconnection everything reloads; while the stream is down, polling carries on.
   */
  #subscribeLive(): void {
    const client = this.#client;
    if (!this.isConnected || !this.hasKey || this.#unsubscribe || !client.subscribeDesk) return;
    this.#unsubscribe = client.subscribeDesk(
      this.#agentKey,
      (change) => {
        const open = this.open?.id ?? this.caseId;
        if (change && open && change.caseId !== open) return;
        clearTimeout(this.#changeTimer);
        // A burst of changes (a command writes several events) reloads once; a change that
        // arrives while the agent's own command is under way reloads after it, not never.
        const later = () => {
          if (this.busy) this.#changeTimer = setTimeout(later, 150);
          else void this.reload(true);
        };
        this.#changeTimer = setTimeout(later, 150);
      },
      {
        onStatus: (status) => {
          this.#live = status === 'live';
        },
        onError: () => {
          this.#live = false;
        },
      },
    );
  }

  #unsubscribeLive(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#live = false;
    clearTimeout(this.#changeTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('pollInterval')) this.#startPolling();
    if (changed.has('caseId') && changed.get('caseId') !== undefined) void this.reload();
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
  }

  #startPolling(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.pollInterval > 0 && this.isConnected) {
      this.#timer = setInterval(() => {
        if (!this.#live) void this.reload(true);
      }, this.pollInterval * 1000);
    }
  }

  /** Loads the open case, else the current queue page. @internal */
  async reload(quiet = false): Promise<void> {
    if (!this.hasKey || (quiet && this.busy)) return;
    const id = this.open?.id ?? this.caseId;
    if (id) await this.openCase(id, quiet);
    else await this.loadQueue(quiet);
  }

  /** Loads a queue page. @internal */
  async loadQueue(quiet = false): Promise<void> {
    if (!this.hasKey) return;
    if (!quiet) this.loading = true;
    const f = this.filters;
    const filter: DeskCasesFilter = { limit: this.pageSize };
    if (f.state) filter.state = f.state;
    if (f.priority) filter.priority = f.priority;
    if (f.waiting) filter.waiting = true;
    // "Deadline near" is a server filter, so every page is full and paging stays keyset.
    if (f.deadlineNear)
      filter.deadlineBefore = new Date(this.now().getTime() + DEADLINE_NEAR_MS).toISOString();
    if (this.cursor) filter.cursor = this.cursor;
    try {
      this.page = await this.#client.listDeskCases(this.#agentKey, filter);
      this.refreshedAt = this.now();
      if (!quiet) this.error = undefined;
    } catch (error) {
      this.#fail(error);
    } finally {
      this.loading = false;
    }
  }

  /** The rows shown: the page as the server filtered it. @internal */
  get rows(): DeskCasesPage['items'] {
    return this.page?.items ?? [];
  }

  /** Applies new filters from the first page. @internal */
  applyFilters(filters: DeskFilters): void {
    this.filters = filters;
    this.cursor = undefined;
    this.cursors = [];
    void this.loadQueue();
  }

  /** Keyset paging. @internal */
  go(where: 'first' | 'previous' | 'next'): void {
    if (where === 'next' && this.page?.nextCursor) {
      this.cursors = [...this.cursors, this.cursor];
      this.cursor = this.page.nextCursor;
    } else if (where === 'previous' && this.cursors.length) {
      this.cursor = this.cursors.at(-1);
      this.cursors = this.cursors.slice(0, -1);
    } else if (where === 'first') {
      this.cursor = undefined;
      this.cursors = [];
    }
    void this.loadQueue();
  }

  /** Opens (or refreshes) a case and verifies its chain. @internal */
  async openCase(id: string, quiet = false): Promise<void> {
    if (!quiet) this.loading = true;
    const first = this.open?.id !== id;
    try {
      const view = await this.#client.getDeskCase(id, this.#agentKey);
      this.#show(view);
      if (!quiet) this.error = undefined;
      if (first) this.#focusNext = '#case-heading';
    } catch (error) {
      this.#fail(error);
    } finally {
      this.loading = false;
    }
  }

  #show(view: DeskCaseView): void {
    this.open = view;
    this.verification = verifyChain(view.entries, { expectedHead: view.head.hash });
    this.refreshedAt = this.now();
  }

  /** Back to the queue. @internal */
  closeCase(): void {
    this.open = undefined;
    this.caseId = '';
    this.hashChecks = {};
    this.#focusNext = '#queue-heading';
    void this.loadQueue();
  }

  /** Sets a form value. @internal */
  setValue(command: string, field: string, value: string): void {
    this.values = { ...this.values, [command]: { ...this.values[command], [field]: value } };
  }

  /** Sends a command with the form's values; one idempotency key per submission. @internal */
  async send(type: AgentCommandType): Promise<void> {
    const view = this.open;
    if (!view || this.busy) return;
    const assets = claimTotals(view.entries).map((x) => x.asset);
    const command = buildCommand(
      type,
      this.values[type] ?? {},
      assets,
      () => `req-${newIdempotencyKey().slice(0, 12)}`,
    );
    if (!command) {
      this.error = 'invalid';
      return;
    }
    const slot = `${view.id}:${type}`;
    const key = this.#keys.get(slot) ?? newIdempotencyKey();
    this.#keys.set(slot, key);
    this.busy = type;
    try {
      const result = await this.#client.sendDeskCommand(view.id, this.#agentKey, command, {
        idempotencyKey: key,
      });
      this.#keys.delete(slot);
      this.#show(result.case);
      this.values = { ...this.values, [type]: {} };
      this.error = undefined;
      this.status = interpolate(this.t.case.sent, { command: this.t.commands[type] });
      this.dispatchEvent(
        new RecourseDeskCommandEvent({ caseId: view.id, command: type, state: result.case.state }),
      );
    } catch (error) {
      const refused = (error as { code?: string })?.code === 'workflow_refused';
      if (refused) this.#keys.delete(slot);
      this.#fail(error);
      if (refused) void this.openCase(view.id, true);
    } finally {
      this.busy = null;
    }
  }

  /** Downloads an attachment and checks its SHA-256 against the recorded one. @internal */
  async download(attachmentId: string): Promise<void> {
    const view = this.open;
    const meta = view?.attachments.find((a) => a.id === attachmentId);
    if (!view || !meta) return;
    try {
      const file = await this.#client.downloadDeskAttachment(view.id, this.#agentKey, attachmentId);
      const ok = (await sha256Hex(file.bytes)) === meta.sha256;
      this.hashChecks = { ...this.hashChecks, [attachmentId]: ok };
      this.status = interpolate(ok ? this.t.case.hashOk : this.t.case.hashBad, { name: meta.name });
      const url = URL.createObjectURL(
        new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = meta.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    const e = error as { name?: string; status?: number; code?: string };
    let code: DeskErrorCode = 'failed';
    if (e?.name === 'RecourseApiError') {
      if (e.status === 401 || e.status === 403) code = 'unauthorized';
      else if (e.status === 404) code = 'not_found';
      else if (e.code === 'workflow_refused') code = 'rejected';
      else if (e.code === 'validation_failed') code = 'invalid';
    } else if (e?.name === 'RecourseNetworkError' || error instanceof TypeError) code = 'network';
    this.error = code;
    const problem = e?.name === 'RecourseApiError' ? e.code : undefined;
    this.dispatchEvent(new RecourseDeskErrorEvent(problem ? { code, problem } : { code }));
  }

  protected override render() {
    return renderDesk(this);
  }
}
