import type { DeskCasesPage } from '@recourse/core';
import { adoptStyles, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { type EarlyReads, startEarlyReads } from '../../internal/early-reads';
import { lazyOnce, RecourseElement } from '../../internal/recourse-element';
import { waitingActions } from '../../internal/waiting-actions';
import type { CaseDeskController, DeskActions } from './case-desk.controller';
import type { CaseDeskClient, DeskPhase, DeskState } from './case-desk.state';

export type { CaseDeskClient, DeskFilters, DeskPhase } from './case-desk.state';
export { DEADLINE_NEAR_MS } from './case-desk.state';

/** The first paint: view, words, styles and the zod-free check of the first page (ADR 0034). */
const loadFirst = lazyOnce(() => import('./case-desk.first'));
/** Everything after the first paint: controller, client and schemas, live stream, report summary. */
const loadLater = lazyOnce(() => import('./case-desk.lazy'));

/** The queue's first read, started early and shown by the first paint (see `#load`). */
const queuePath = (pageSize: number) => `/v1/desk/cases?limit=${encodeURIComponent(String(pageSize))}`;

/** Hands a downloaded file to the browser's download. */
function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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
 * @csspart containment - Account protection: the lock, its origin, the owner's release, each platform action's state and attempts.
 * @csspart report - The report as filed (its values carry `data-field` with their path in the report).
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
export class RecourseCaseDesk extends RecourseElement {
  // The full styles arrive with the first paint's code (see `#load`): before it, nothing is painted.
  static override styles = css`
    :host {
      display: block;
    }
  `;

  // Reactive properties without decorators: the first load carries neither Lit's decorators
  // module nor the decorator helper (docs/adr/0037, 0039).
  static override properties: PropertyDeclarations = {
    caseId: { attribute: 'case-id' },
    pageSize: { type: Number, attribute: 'page-size' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    client: { attribute: false },
    now: { attribute: false },
  };

  /** Opens this case directly instead of the queue. */
  caseId = '';

  /** Queue page size (1 to 200). */
  pageSize = 25;

  /**
   * Seconds between refreshes of the queue or the open case while the live stream is down (or the
   * client has none); 0 turns polling off.
   */
  pollInterval = 10;

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  client?: CaseDeskClient;

  /** The clock (relative times, "deadline near"). */
  now: () => Date = () => new Date();

  #agentKey = '';
  #first?: typeof import('./case-desk.first');
  #later?: typeof import('./case-desk.lazy');
  /** Whether the desk's code is loading (`#load`), so that renders do not start it again. */
  #loading = false;
  #desk?: CaseDeskController;
  /** The first read and the live stream, started before the desk's code has loaded (first time only). */
  #early?: EarlyReads;
  #earlyTried = false;
  /** Whether the first paint has tried to show the early read's page (once). */
  #firstTried = false;
  /** The queue as the first paint shows it, until the controller has taken it over. */
  #shown?: DeskState;
  /** The views' actions until the controller is up: each waits for it, then runs (ADR 0035). */
  readonly #waiting = waitingActions<DeskActions>(() => this.#desk?.actions);

  /** The agent credential, write-only (reading returns `''`): never an attribute, never stored. */
  get agentKey(): string {
    return '';
  }
  set agentKey(value: string) {
    this.#agentKey = typeof value === 'string' ? value : '';
    // Reads made with another credential are no one's now.
    this.#early?.drop();
    this.#early = undefined;
    if (this.#desk) this.#desk.start(this.caseId);
    else this.#startEarlyReads();
    this.requestUpdate();
  }

  /**
   * What the desk shows: `signed-out`, `queue-loading`, `queue`, `case-loading`, `case`,
   * `sending` (a command under way) or `failed` (nothing could be loaded). While the desk's code
   * is still loading, `case-loading` when a case is asked for, else `queue-loading`. Read-only.
   */
  get phase(): DeskPhase {
    return (this.#desk?.state ?? this.#shown)?.phase ?? (this.caseId ? 'case-loading' : 'queue-loading');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startEarlyReads();
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#early?.drop();
    this.#early = undefined;
  }

  /**
   * Once, with the default client and a credential, before the desk's code has loaded: opens the
   * live stream and, beside it, makes the first read (the queue's first page, or the case asked
   * for), so both are on the network while the code downloads; the client takes their answers
   * (see `internal/early-reads`). The stream's request is sent first and both start together, as
   * the controller starts them, so a change between the read and the stream is not missed any
   * more than it is then.
   */
  #startEarlyReads(): void {
    if (this.#earlyTried || this.#desk || this.client || !this.#agentKey || !this.isConnected) return;
    this.#earlyTried = true;
    const key = this.#agentKey;
    const read = this.caseId ? `/v1/desk/cases/${encodeURIComponent(this.caseId)}` : queuePath(this.pageSize);
    // Only a head start: if it cannot start (an odd base URL), the client reads as usual.
    try {
      this.#early = startEarlyReads(
        this.apiBase || location.origin,
        [
          { path: '/v1/desk/stream', credential: key, accept: 'text/event-stream' },
          { path: read, credential: key },
        ],
        this.fetch ?? globalThis.fetch.bind(globalThis),
      );
    } catch {
      this.#early = undefined;
    }
  }

  /**
   * Loads the first paint's code once and, on the first load with the queue's first page read
   * early, shows that page as soon as its answer passes the check; then loads the rest once and
   * starts its controller, which takes the page shown over (again after a failure, at the next
   * render).
   */
  async #load(): Promise<void> {
    if (this.#desk || this.#loading) return;
    this.#loading = true;
    try {
      let first = this.#first;
      if (!first) {
        first = await loadFirst();
        // The language's own date formats, so that the first page needs no `Intl` (ADR 0033).
        await first.formatsReady(this.language);
        if (!this.#first) {
          this.#first = first;
          adoptStyles(this.renderRoot as ShadowRoot, first.styles);
        }
      }
      const [key, pageSize] = [this.#agentKey, this.pageSize];
      let shown: DeskCasesPage | undefined;
      if (this.#early && !this.#firstTried && !this.caseId && key) {
        this.#firstTried = true;
        shown = await first.readFirstPage(this.#early, queuePath(pageSize), key);
        if (shown && !this.#desk) {
          const asked = first.reduce(first.INITIAL_STATE, {
            type: 'queue-asked',
            query: first.INITIAL_STATE.query,
          });
          this.#shown = first.reduce(asked, {
            type: 'queue-loaded',
            page: shown,
            at: this.now(),
            quiet: false,
          });
          this.requestUpdate();
          // Painted before the rest of the desk is even asked for.
          await this.updateComplete;
        }
      }
      const later = await loadLater();
      if (this.#desk) return;
      this.#desk = this.#start(first, later);
      // The first paint's page only for the credential, queue and size it was read for.
      const same = key === this.#agentKey && pageSize === this.pageSize && !this.caseId;
      this.#desk.start(this.caseId, same ? shown : undefined);
      this.#waiting.ready();
      this.requestUpdate();
    } catch {
      // Tried again at the next render.
    } finally {
      this.#loading = false;
    }
  }

  /** Wires the rest in: the report's styles, the controller that owns the state, the focus keeper. */
  #start(
    first: typeof import('./case-desk.first'),
    later: typeof import('./case-desk.lazy'),
  ): CaseDeskController {
    this.#later = later;
    adoptStyles(this.renderRoot as ShadowRoot, [first.styles, later.reportSummaryStyles].flat());
    const make = (o: { baseUrl: string; fetch?: typeof globalThis.fetch }) => {
      const fetch = this.#early?.fetch ?? o.fetch;
      return later.createRecourseClient(
        fetch ? { baseUrl: o.baseUrl, fetch: fetch as never } : { baseUrl: o.baseUrl },
      ) as CaseDeskClient;
    };
    const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const desk = new later.CaseDeskController(
      this,
      {
        client: () => this.client ?? this.defaultClient(make),
        agentKey: () => this.#agentKey,
        pageSize: () => this.pageSize,
        pollInterval: () => this.pollInterval,
        now: () => this.now(),
        words: () => first.CASE_DESK_CATALOGS[this.language],
        focus: (selector) => $(selector)?.focus(),
        save,
      },
      first,
    );
    // After the desk's own focus moves (hostUpdated of the controller above, which runs first).
    new later.FocusKeepController(this, () => $('#case-heading') ?? $('#queue-heading') ?? $('button'));
    return desk;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && changed.get('caseId') !== undefined) this.#desk?.start(this.caseId);
  }

  protected override render() {
    const lang = this.language;
    const first = this.#first;
    const later = this.#later;
    const state = this.#desk?.state ?? this.#shown;
    if (!this.#desk) void this.#load();
    if (!first || !state) return html`<section aria-busy="true"><slot name="header"></slot></section>`;
    return first.deskView(state, this.#desk?.actions ?? this.#waiting.actions, {
      t: first.CASE_DESK_CATALOGS[lang],
      d: first.DOMAIN_CATALOGS[lang],
      summary: later
        ? (report) =>
            later.reportSummary(report, {
              t: later.REPORT_SUMMARY_CATALOGS[lang],
              lang,
              format: { dateTime: first.formatDateTime, bytes: first.formatBytes },
            })
        : undefined,
      lang,
      now: this.now(),
    });
  }
}
