import type { PlatformConfig } from '@recourse/core';
import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { RecourseElement } from '../../internal/recourse-element';
import { firstStep, renderFrame } from './report-form.first-step.view';
import { ReportFormHost } from './report-form.host.controller';
import { lockOffer } from './report-form.lock';
import {
  phaseOf,
  type ReportFormActions,
  type ReportFormClient,
  type ReportFormPhase,
} from './report-form.state';
import { styles } from './report-form.styles';

export { loadLazy } from './report-form.host.controller';
export type {
  FileStatus,
  ReportFormClient,
  ReportFormPhase,
  SecretHit,
  StatusText,
  SubmitState,
} from './report-form.state';

/**
 * The report a person whose account was stolen files: first response (triage), account and
 * contact, what happened, evidence, review, then the case number and a private tracking link.
 * Validates with the core schemas, keeps a draft across reloads (never secrets, tokens or files),
 * stops pasted recovery phrases, keys and one-time codes, and submits once with one idempotency
 * key however often the network fails.
 *
 * @tag recourse-report-form
 * @summary Guided account-takeover report with a private tracking link.
 *
 * @slot header - Replaces nothing; shown above the form (a logo, a title).
 * @slot help - Shown under every step (a help-center note).
 *
 * @csspart form - The `<form>` wrapping every step.
 * @csspart progress - "Step n of 5".
 * @csspart heading - Each step's heading (receives focus on every step change).
 * @csspart status - The polite live region for async status.
 * @csspart error-summary - The error summary (receives focus when shown).
 * @csspart notice - Informational panels (draft restored, never-asks, urgency).
 * @csspart actions - The row of navigation buttons.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a step.
 * @csspart drop-zone - The evidence drop area.
 * @csspart tracking-link - The read-only field holding the private tracking link.
 *
 * @cssprop --recourse-color-accent - Buttons, links, focus ring.
 * @cssprop --recourse-color-on-accent - Text on accent buttons.
 * @cssprop --recourse-color-bg - Background.
 * @cssprop --recourse-color-surface - Notices and cards.
 * @cssprop --recourse-color-fg - Text.
 * @cssprop --recourse-color-muted - Hints.
 * @cssprop --recourse-color-danger - Errors.
 * @cssprop --recourse-color-success - Confirmations.
 * @cssprop --recourse-color-border - Field borders.
 * @cssprop --recourse-radius - Corner radius.
 * @cssprop --recourse-font - Font family.
 * @cssprop --recourse-space - Base spacing.
 * @cssprop --recourse-focus-ring - Focus outline.
 * @cssprop --recourse-report-form-min-height - Minimum height of a step (no layout shift between steps); default 34rem.
 *
 * @fires recourse-report-submit - {RecourseReportSubmitEvent} Before the request; cancelable; `detail.report` may be enriched.
 * @fires recourse-report-submitted - {RecourseReportSubmittedEvent} The server created the case: `caseId`, `caseNumber`, `trackingLink`.
 * @fires recourse-report-error - {RecourseReportErrorEvent} Submitting, uploading or loading the configuration failed (`code`, `retrying`).
 */
export class RecourseReportForm extends RecourseElement {
  static override styles = styles;

  // Reactive properties without decorators: the first load carries neither Lit's decorators
  // module nor the decorator helper (docs/adr/0037).
  static override properties: PropertyDeclarations = {
    trackingUrl: { attribute: 'tracking-url' },
    config: { attribute: false },
    noticeId: { attribute: 'notice' },
    noticeKind: { attribute: 'notice-kind' },
    noticeAt: { attribute: 'notice-at' },
    noticeIp: { attribute: 'notice-ip' },
    noticeDevice: { attribute: 'notice-device' },
    client: { attribute: false },
    retryDelay: { attribute: false },
  };

  /** The tracker page the private link points to; defaults to this page. Only http(s). */
  trackingUrl?: string;

  /** Platform configuration override; otherwise fetched from `GET /v1/config`. */
  config?: PlatformConfig;

  /** Security notice id ("this wasn't me"); else the `notice` URL parameter. */
  noticeId?: string;
  /** Notice kind (`sign_in`, `transfer`, `profile_change`, `other`). */
  noticeKind?: string;
  /** Notice time (ISO 8601). */
  noticeAt?: string;
  /** Notice IP address. */
  noticeIp?: string;
  /** Notice device. */
  noticeDevice?: string;

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  client?: ReportFormClient;
  /** Seconds between automatic retries while offline (doubling, capped at 30). */
  retryDelay = 2;

  /** The state, what changes it and the views' actions (see `report-form.host.controller.ts`). */
  private readonly form = new ReportFormHost(this, {
    language: () => this.language,
    defaultClient: (make) => this.defaultClient(make),
  });
  private laterStylesAdopted = false;

  /**
   * Where the form is (read-only): see {@link ReportFormPhase}. Stories and tests assert it.
   */
  get phase(): ReportFormPhase {
    const { step, submitState, view } = this.form.state;
    return phaseOf(step, submitState, !!view);
  }

  /**
   * Resolves once the step the form opens on is on screen and usable, its controls focusable.
   * The first step renders from the initial bundle; a draft restored past it waits for the rest.
   * The rest (the later steps, schemas, client, secret guard, the configuration) loads right
   * after, when the browser is idle or at the first input, whichever comes first; moving on from
   * a step, saving the draft and submitting wait for it.
   */
  get ready(): Promise<void> {
    if (this.form.step === 'first') return this.updateComplete.then(() => undefined);
    return this.form.loadTemplates().then(() => this.updateComplete.then(() => undefined));
  }

  /**
   * Resolves once everything after the first step has loaded and started: the later steps, the
   * schemas and client, the secret guard with its wordlists, the notice parameters and the
   * configuration (`config`, else `GET /v1/config`, answered or failed). It does not start the
   * loading: that happens when the browser is idle after the first step shows, or at the first
   * input. It stays pending while the rest of the form cannot load. Hosts and tests wait on it
   * before relying on the guard (drafts, pasted secrets).
   */
  get loaded(): Promise<void> {
    return this.form.loaded;
  }

  protected override firstUpdated(): void {
    // The logic is not needed to show or fill in the first step: it is evaluated once the first
    // step is on screen (idle), or at once when the person starts using the form.
    this.form.whenShown(this.ready);
  }

  // ── rendering ────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) this.form.config = this.config;
    // The later steps' styles come with their templates: adopted once, before their first render.
    const view = this.form.view;
    if (view && !this.laterStylesAdopted && this.renderRoot instanceof ShadowRoot) {
      this.laterStylesAdopted = true;
      adoptStyles(this.renderRoot, [...RecourseReportForm.elementStyles, ...view.laterStyles]);
    }
  }

  protected override render() {
    const { state, actions, words } = this.form;
    // The lock offer's parts: first on a page opened from a lock link, else after the triage.
    const parts =
      state.step === 'first'
        ? { lockFirst: lockOffer(this.form, 'first'), lockAfterTriage: lockOffer(this.form, 'triage') }
        : undefined;
    if (state.view) return state.view.renderStep(state, actions as ReportFormActions, words, parts);
    if (state.step === 'first')
      return renderFrame(state, actions, words, nothing, firstStep(state, actions, words, parts));
    return html`<form part="form" aria-labelledby="heading" aria-busy="true">
        <p class="progress" part="progress"></p>
        <h2 id="heading" part="heading" tabindex="-1">${words.t.ui.loading}</h2>
      </form>
      <div class="status" part="status" role="status" aria-live="polite"></div>`;
  }
}
