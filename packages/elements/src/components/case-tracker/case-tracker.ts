import type { PlatformConfig } from '@recourse/core';
import { adoptStyles, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { datesNeedIntl, warmIntl } from '../../i18n/warm';
import { type EarlyReads, startEarlyReads } from '../../internal/early-reads';
import { lazyOnce, RecourseElement } from '../../internal/recourse-element';
import { waitingActions } from '../../internal/waiting-actions';
import type { CaseTrackerController } from './case-tracker.controller';
import type { TrackerFirst } from './case-tracker.first';
import type {
  CaseTrackerClient,
  ContainmentActions,
  ShownCase,
  TrackerActions,
  TrackerPhase,
  TrackerState,
} from './case-tracker.state';

export type { CaseTrackerClient, TrackerPhase } from './case-tracker.state';

/** The first paint: views, words, styles and the zod-free check of the first read (ADR 0034). */
const loadFirst = lazyOnce(() => import('./case-tracker.first'));
/** Everything after the first paint: controller, client and schemas, forms, case file. */
const loadLater = lazyOnce(() => import('./case-tracker.lazy'));

type Actions = TrackerActions & ContainmentActions;

/** The case's first read, started early and taken by the first paint (see `#open`). */
const casePath = (id: string) => `/v1/cases/${encodeURIComponent(id)}?include=events`;

/** Whether this page has loaded the `Intl` data for dates yet (see `warmIntl`). */
let intlWarmed = false;

/**
 * The reporter's view of a case, opened from the private link: where the case stands (a
 * stepper of the customer-facing statuses), what happens next and by when, what support asks
 * for (answered here with text and files), the messages and the whole timeline, live. The
 * account's protection: its lock and what started it, lifting it after a waiting period every
 * contact on record is told of, the recovery hold with its end and why it protects the owner, and
 * what the platform did. Once the account is restored: the recovery checklist (confirm, or dispute
 * and reopen), the review of the credentials on the account (keep or remove each, the outcomes),
 * hardening advice and the containment checklist. A loss claim, a complaint and the outside bodies to escalate to;
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
 * @csspart containment - The account's protection: the lock (and lifting it after a waiting period), the recovery hold, what the platform did.
 * @csspart credentials - The credential review at the confirmation step (keep or remove each one, the outcomes).
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
export class RecourseCaseTracker extends RecourseElement {
  // The full styles arrive with the lazy chunk (see `#open`): before it, nothing is painted.
  static override styles = css`
    :host {
      display: block;
    }
  `;

  // Reactive properties without decorators: the first load carries neither Lit's decorators
  // module nor the decorator helper (docs/adr/0037, 0039).
  static override properties: PropertyDeclarations = {
    caseId: { attribute: 'case-id' },
    totpUrl: { attribute: 'totp-url' },
    config: { attribute: false },
    client: { attribute: false },
    now: { attribute: false },
  };

  /** The case id; otherwise read from the URL fragment (`#case=…`). */
  caseId = '';

  /** Where the reporter sets up two-step verification (only http(s) URLs are linked). */
  totpUrl?: string;

  /**
   * Platform configuration override; otherwise fetched from `GET /v1/config`. Checked against the
   * contract (the parts the tracker shows) before use, as the server's answer is.
   */
  config?: PlatformConfig;

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  client?: CaseTrackerClient;

  /** The clock used for relative times and time limits (tests, stories). */
  now: () => Date = () => new Date();

  #token = '';
  #linkRemoved = false;
  #opened = false;
  /** The first screen's reads, started before the client has loaded (first open only). */
  #early?: EarlyReads;
  #first?: TrackerFirst;
  /** Whether the first paint has tried to show the early read's case (once). */
  #firstTried = false;
  /** The case as the first paint shows it, until the controller has taken it over. */
  #shown?: TrackerState;
  #tracker?: CaseTrackerController;
  /** The main controller's actions and the containment controller's. */
  #actions?: Actions;
  /** The views' actions until the controller is up: each waits for it, then runs (ADR 0035). */
  readonly #waiting = waitingActions<Actions>(() => this.#actions);

  /**
   * The reporter's access token, write-only: property only (never an attribute, never reflected,
   * never stored; reading it returns `''`). Otherwise read from the URL fragment.
   */
  get token(): string {
    return '';
  }
  set token(value: string) {
    this.#token = typeof value === 'string' ? value : '';
    if (this.isConnected && this.#token && this.caseId) void this.#open();
  }

  /**
   * What the tracker shows: `opening` (the case, or the code, is on its way), `failed` (nothing to
   * show but the error: no link, not found, offline), `case` (the case is shown) or `sending` (the
   * case is shown and one of the reporter's actions is under way). Read-only.
   */
  get phase(): TrackerPhase {
    return (this.#tracker?.state ?? this.#shown)?.phase ?? 'opening';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // At the first connection, not after the first render: the reads and the lazy chunk start
    // while the entry module is still evaluating (a tag in the page is upgraded by `define`).
    if (this.#opened) return;
    this.#opened = true;
    void this.#open();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && changed.get('caseId') !== undefined && this.#token) void this.#open();
    else if (changed.has('config') && changed.get('config') !== undefined) this.#tracker?.configChanged();
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
    this.#linkRemoved = true;
  }

  /**
   * On the first open with the default client, starts the first screen's reads (the case with its
   * timeline in one read and, unless given, the configuration beside it: one round trip) before
   * the client has loaded; the client takes their answers (see `internal/early-reads`).
   */
  #startEarlyReads(): void {
    if (this.client || this.#tracker || this.#early || !this.caseId || !this.#token) return;
    // Only a head start: if it cannot start (an odd base URL), the client reads as usual.
    try {
      this.#early = startEarlyReads(
        this.apiBase || location.origin,
        [
          ...(this.config ? [] : [{ path: '/v1/config' }]),
          { path: casePath(this.caseId), credential: this.#token },
        ],
        this.fetch ?? globalThis.fetch.bind(globalThis),
      );
    } catch {
      this.#early = undefined;
    }
  }

  /**
   * Opens the case: reads the link, starts the first reads, loads the first paint's code once and,
   * on the first open, shows the case from the early read as soon as its answer passes the check;
   * then loads the rest once and lets its controller open (or take over) the case (calls for the
   * same case and token join the open under way; another case supersedes it).
   */
  async #open(): Promise<void> {
    this.#readFragment();
    // The first paint's code is on the critical path (its chunk, then the chunk it imports): asked
    // for before the reads, whose answers the server has ready sooner.
    const loading = this.#first ? undefined : loadFirst();
    this.#startEarlyReads();
    // A language without formats of its own (none shipped) formats dates through `Intl`: while
    // the case and the code are on the network, load its data (once a page), the costliest part
    // of the first render otherwise (ADR 0033).
    if (!intlWarmed) {
      intlWarmed = true;
      const lang = this.language;
      if (datesNeedIntl(lang)) setTimeout(() => warmIntl(lang), 0);
    }
    let first = this.#first;
    if (!first) {
      try {
        first = await (loading ?? loadFirst());
        // The language's own date formats, so that the first render needs no `Intl` (ADR 0033).
        await first.formatsReady(this.language);
      } catch {
        return;
      }
      if (!this.#first) {
        this.#first = first;
        adoptStyles(this.renderRoot as ShadowRoot, first.styles);
      }
    }
    const linkRemoved = this.#linkRemoved;
    this.#linkRemoved = false;
    let tracker = this.#tracker;
    let shown: ShownCase | undefined;
    const [caseId, token] = [this.caseId, this.#token];
    if (!tracker && this.#early && !this.#firstTried) {
      this.#firstTried = true;
      shown = await first.readFirstCase(this.#early, casePath(caseId), token);
      if (shown && !this.#tracker) {
        const opening = first.reduce(first.INITIAL_STATE, { type: 'opening', linkRemoved });
        this.#shown = first.reduce(opening, { type: 'opened', ...shown });
        this.requestUpdate();
        const event = first.updatedEvent(this.#shown);
        if (event) this.dispatchEvent(event);
        // Painted before the rest of the tracker is even asked for.
        await this.updateComplete;
      }
    }
    if (!tracker) {
      try {
        tracker = this.#tracker ??= this.#start(await loadLater(), first);
      } catch {
        return;
      }
    }
    // The first paint's case only for the case and token it was read for (a newer open reads).
    const same = caseId === this.caseId && token === this.#token;
    await tracker.open(this.caseId, this.#token, linkRemoved, same ? shown : undefined);
  }

  /**
   * Wires the rest in: the controllers that own the tracker's state from now on. They take the
   * first paint's reducer, words and models from its module instead of importing them (ADR 0036).
   */
  #start(later: typeof import('./case-tracker.lazy'), first: TrackerFirst): CaseTrackerController {
    const make = (o: { baseUrl: string; fetch?: typeof globalThis.fetch }) => {
      const fetch = this.#early?.fetch ?? o.fetch;
      return later.createRecourseClient(
        fetch ? { baseUrl: o.baseUrl, fetch: fetch as never } : { baseUrl: o.baseUrl },
      );
    };
    const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const tracker = new later.CaseTrackerController(
      this,
      {
        client: () => this.client ?? this.defaultClient(make),
        config: () => this.config,
        lang: () => this.language,
        now: () => this.now(),
        focus: (selector) => $(selector)?.focus(),
      },
      first,
    );
    const containment = new later.CaseTrackerContainmentController(
      this,
      {
        state: () => tracker.state,
        dispatch: tracker.dispatch,
        refresh: () => tracker.refresh(),
        client: () => this.client ?? this.defaultClient(make),
        token: () => this.#token,
        lang: () => this.language,
        focus: (selector) => $(selector)?.focus(),
      },
      first,
    );
    this.#actions = { ...tracker.actions, ...containment.actions };
    // After the tracker's own focus moves: a form that closed once sent leaves focus on the case.
    new later.FocusKeepController(this, () => $('#heading'));
    this.#waiting.ready();
    return tracker;
  }

  protected override render() {
    const first = this.#first;
    const state = this.#tracker?.state ?? this.#shown;
    if (!first || !state) return html`<section aria-busy="true"><slot name="header"></slot></section>`;
    const lang = this.language;
    return first.trackerView(state, this.#actions ?? this.#waiting.actions, {
      t: first.CASE_TRACKER_CATALOGS[lang],
      d: first.DOMAIN_CATALOGS[lang],
      lang,
      now: this.now(),
      totpUrl: this.totpUrl,
      release: !this.client || typeof this.client.requestLockRelease === 'function',
    });
  }
}
