import { createRecourseClient } from '@recourse/core';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FocusKeepController } from '../../controllers/focus-keep-controller';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import { lazyOnce, RecourseElement } from '../../internal/recourse-element';
import { reportSummaryStyles } from '../../views/report-summary.styles';
import { CaseDeskController } from './case-desk.controller';
import { CASE_DESK_CATALOGS } from './case-desk.i18n';
import type { CaseDeskClient, DeskPhase } from './case-desk.state';
import { styles } from './case-desk.styles';
import { deskView } from './case-desk.view';

export { DEADLINE_NEAR_MS } from './case-desk.controller';
export type { CaseDeskClient, DeskFilters, DeskPhase } from './case-desk.state';

/** The report summary and its words (a lazy chunk). */
const loadLater = lazyOnce(() => import('./case-desk.lazy'));

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
  static override styles = [styles, reportSummaryStyles];

  /** Opens this case directly instead of the queue. */
  @property({ attribute: 'case-id' }) caseId = '';

  /** Queue page size (1 to 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /**
   * Seconds between refreshes of the queue or the open case while the live stream is down (or the
   * client has none); 0 turns polling off.
   */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 10;

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  @property({ attribute: false }) client?: CaseDeskClient;

  /** The clock (relative times, "deadline near"). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  #agentKey = '';
  #later?: typeof import('./case-desk.lazy');
  #loading = false;

  readonly #desk = new CaseDeskController(this, {
    client: () => this.client ?? this.defaultClient(createRecourseClient as (o: object) => CaseDeskClient),
    agentKey: () => this.#agentKey,
    pageSize: () => this.pageSize,
    pollInterval: () => this.pollInterval,
    now: () => this.now(),
    words: () => CASE_DESK_CATALOGS[this.language],
    focus: (selector) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    save,
  });

  constructor() {
    super();
    // After the desk's own focus moves (hostUpdated of the controller above, which runs first).
    new FocusKeepController(this, () => {
      const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
      return $('#case-heading') ?? $('#queue-heading') ?? $('button');
    });
  }

  /** The agent credential, write-only (reading returns `''`): never an attribute, never stored. */
  get agentKey(): string {
    return '';
  }
  set agentKey(value: string) {
    this.#agentKey = typeof value === 'string' ? value : '';
    if (this.hasUpdated) this.#desk.start(this.caseId);
    else this.requestUpdate();
  }

  /**
   * What the desk shows: `signed-out`, `queue-loading`, `queue`, `case-loading`, `case`,
   * `sending` (a command under way) or `failed` (nothing could be loaded). Read-only.
   */
  get phase(): DeskPhase {
    return this.#desk.state.phase;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadLater();
  }

  /** Loads the lazy chunk once (again after a failure, at the next render). */
  #loadLater(): void {
    if (this.#later || this.#loading) return;
    this.#loading = true;
    loadLater().then(
      (later) => {
        this.#later = later;
        this.requestUpdate();
      },
      () => {
        this.#loading = false;
      },
    );
  }

  protected override firstUpdated(): void {
    this.#desk.start(this.caseId);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && changed.get('caseId') !== undefined) this.#desk.start(this.caseId);
  }

  protected override render() {
    const lang = this.language;
    const later = this.#later;
    if (!later) this.#loadLater();
    return deskView(this.#desk.state, this.#desk.actions, {
      t: CASE_DESK_CATALOGS[lang],
      d: DOMAIN_CATALOGS[lang],
      summary:
        later && ((report) => later.reportSummary(report, { t: later.REPORT_SUMMARY_CATALOGS[lang], lang })),
      lang,
      now: this.now(),
    });
  }
}
