import type { ActivityKind, CaseCreated, ContainmentCode, Issue, PlatformConfig } from '@recourse/core';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecourseReportErrorEvent, type ReportErrorCode } from '../../events/report-form-events';
import type { Lang } from '../../i18n/lang';
import { lazyOnce, RecourseElement } from '../../internal/recourse-element';
import { createSecretGuard, type SecretGuard } from '../../internal/secret-guard';
import type { FileRefusal, ReportFormCatalog, StepId } from './i18n';
import { FIRST_STEP_WORDS } from './i18n/first-step';
import { clearDraft, draftKey, loadDraft } from './report-form.draft';
import { firstStep, renderFrame } from './report-form.first-step.view';
import {
  blankActivity,
  emptyValues,
  type FormValues,
  fieldId,
  GUARDED,
  LOCAL_LIMITS,
  STEPS,
  stepOfPath,
} from './report-form.model';
import {
  type HeldFile,
  phaseOf,
  type ReportFormClient,
  type ReportFormPhase,
  type SecretHit,
  type StatusText,
  type SubmitState,
} from './report-form.state';
import { styles } from './report-form.styles';

export type {
  HeldFile,
  ReportFormClient,
  ReportFormPhase,
  SecretHit,
  StatusText,
  SubmitState,
} from './report-form.state';

type Lazy = typeof import('./report-form.lazy');
/** The later steps' templates, words and styles come in the same chunk as the logic. */
type View = Lazy;
/** The later steps and the logic once loaded: a form created after that renders any step at once. */
let loadedLazy: Lazy | undefined;
/**
 * Loads, once, everything after the first step: the later steps' templates, words and styles,
 * the schemas, the client and the guard (on idle after the first step is on screen, at the first
 * input, or at once for a draft restored past the first step).
 */
export const loadLazy: () => Promise<Lazy> = lazyOnce(() =>
  import('./report-form.lazy').then((lazy) => {
    loadedLazy = lazy;
    return lazy;
  }),
);

/** Runs `fn` when the main thread is idle (or after `timeout` ms at the latest). */
function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 1);
}

/** The first signs of a person using the form: the logic is loaded at the first one if not yet. */
const FIRST_INPUT = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

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

  /** The tracker page the private link points to; defaults to this page. Only http(s). */
  @property({ attribute: 'tracking-url' }) trackingUrl?: string;

  /** Platform configuration override; otherwise fetched from `GET /v1/config`. */
  @property({ attribute: false }) config?: PlatformConfig;

  /** Security notice id ("this wasn't me"); else the `notice` URL parameter. */
  @property({ attribute: 'notice' }) noticeId?: string;
  /** Notice kind (`sign_in`, `transfer`, `profile_change`, `other`). */
  @property({ attribute: 'notice-kind' }) noticeKind?: string;
  /** Notice time (ISO 8601). */
  @property({ attribute: 'notice-at' }) noticeAt?: string;
  /** Notice IP address. */
  @property({ attribute: 'notice-ip' }) noticeIp?: string;
  /** Notice device. */
  @property({ attribute: 'notice-device' }) noticeDevice?: string;

  /** A client to use instead of one built from `api-base` (tests, custom transports). */
  @property({ attribute: false }) client?: ReportFormClient;
  /** Seconds between automatic retries while offline (doubling, capped at 30). */
  @property({ attribute: false }) retryDelay = 2;

  /** @internal */ @state() step: StepId = 'first';
  /** @internal */ @state() values: FormValues = emptyValues('en');
  /** @internal */ @state() issues: Issue[] = [];
  /** @internal */ @state() secrets: SecretHit[] = [];
  /** @internal */ @state() summaryShown = false;
  /** @internal */ @state() status?: StatusText;
  /** @internal templates and catalogs, once loaded */ @state() view?: View = loadedLazy;
  /** @internal schemas, client and guard, once loaded */ @state() logic?: Lazy;
  /** @internal */ @state() submitState: SubmitState = 'idle';
  /** @internal */ @state() restored = false;
  /** @internal */ @state() returnToReview = false;
  /** @internal */ @state() created?: CaseCreated;
  @state() private loadedConfig?: PlatformConfig;
  /** @internal */ @state() hashing?: { name: string; percent: number };
  /** @internal */ @state() refusals: { name: string; reason: FileRefusal }[] = [];
  /** @internal */ @state() copied = false;
  /** @internal */ @state() newKind: ActivityKind = 'transfer';
  /** @internal */ @state() uploadsFailed = false;

  /** @internal files by key */ files = new Map<string, HeldFile>();
  /** @internal */ idempotencyKey?: string;

  /** @internal */ guard?: SecretGuard;
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** @internal */ focusTarget?: 'heading' | 'summary' | string;
  private started = false;
  private laterStylesAdopted = false;
  /** @internal */ wake?: () => void;
  private readonly onOnline = () => this.wake?.();
  private readonly onPageHide = () => this.flushDraft();
  private readonly onFirstInput = () => void this.loadLogic();
  private logicLoading?: Promise<void>;

  /**
   * Where the form is (read-only): see {@link ReportFormPhase}. Stories and tests assert it.
   */
  get phase(): ReportFormPhase {
    return phaseOf(this.step, this.submitState, !!this.view);
  }

  /** The language the form speaks (its `lang`, an ancestor's, `<html lang>`). @internal */
  get currentLang(): Lang {
    return this.language;
  }

  /** The words in the current language (once the view is loaded). @internal */
  get t(): ReportFormCatalog {
    // Before the later steps' module arrives only the first step and the frame render, and they
    // read only the words shipped with them (`FIRST_STEP_WORDS`).
    return (
      this.view?.REPORT_FORM_CATALOGS[this.language] ?? (FIRST_STEP_WORDS[this.language] as ReportFormCatalog)
    );
  }

  /**
   * Resolves once the step the form opens on is on screen and usable, its controls focusable.
   * The first step renders from the initial bundle; a draft restored past it waits for the rest.
   * The rest (the later steps, schemas, client, secret guard, the configuration) loads right
   * after, when the browser is idle or at the first input, whichever comes first; moving on from
   * a step, saving the draft and submitting wait for it.
   */
  get ready(): Promise<void> {
    if (this.step === 'first') return this.updateComplete.then(() => undefined);
    return loadLazy().then((view) => {
      this.view ??= view;
      return this.updateComplete.then(() => undefined);
    });
  }

  /** The configuration in effect. @internal */
  get platformConfig(): PlatformConfig | undefined {
    return this.config ?? this.loadedConfig;
  }

  /** Whether a submission is under way or unresolved (its key is kept; answers are locked). @internal */
  get locked(): boolean {
    return this.idempotencyKey !== undefined;
  }

  /** @internal */
  get storageKey(): string {
    return draftKey(this.apiBase);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.onPageHide);
    if (!this.started) {
      this.started = true;
      for (const type of FIRST_INPUT) this.addEventListener(type, this.onFirstInput, { once: true });
      const blank = emptyValues(this.language);
      this.values = blank;
      const draft = loadDraft(this.storageKey);
      if (draft) {
        this.values = { ...blank, ...draft.values };
        this.idempotencyKey = draft.idempotencyKey;
        this.step = draft.idempotencyKey ? 'review' : draft.step === 'done' ? 'first' : draft.step;
        this.restored = true;
        for (const a of this.values.attachments) this.files.set(a.key, { state: 'ready' });
        this.status = (t) => t.status.restored;
      }
      // A draft restored past the first step needs the later steps' templates at once.
      if (this.step !== 'first') this.loadTemplates();
    }
  }

  /** Loads the later steps' templates and words (once). */
  private loadTemplates(): Promise<void> {
    if (this.view) return Promise.resolve();
    return loadLazy().then(
      (view) => {
        this.view ??= view;
      },
      () => undefined,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('pagehide', this.onPageHide);
    this.flushDraft();
  }

  protected override firstUpdated(): void {
    // The logic is not needed to show or fill in the first step: it is evaluated once the first
    // step is on screen (idle), or at once when the person starts using the form.
    void this.ready.then(
      () => whenIdle(() => void this.loadLogic(), 2000),
      () => undefined,
    );
  }

  /**
   * Loads the schemas, client and guard (once), then reads the notice parameters and the
   * configuration. Started on idle after the first step shows, or by the first input.
   */
  private loadLogic(): Promise<void> {
    for (const type of FIRST_INPUT) this.removeEventListener(type, this.onFirstInput);
    this.logicLoading ??= this.afterLogic().finally(() => {
      if (!this.logic) this.logicLoading = undefined;
    });
    return this.logicLoading;
  }

  private async afterLogic(): Promise<void> {
    let lazy: Lazy;
    try {
      // The later steps' words arrive with the logic, so every status it sets can be shown.
      lazy = await loadLazy();
      await this.loadTemplates();
    } catch {
      return;
    }
    this.logic = lazy;
    lazy.prefillNotice(this);
    void this.ensureGuard();
    if (!this.config) {
      try {
        this.loadedConfig = await (await this.getClient()).getConfig();
      } catch {
        if (!this.config) {
          this.status = (t) => t.status.configFailed;
          this.fire('config', false);
        }
      }
    }
  }

  /** Loads the guard and the wordlists; rescans every guarded field. @internal */
  async ensureGuard(): Promise<void> {
    if (this.guard) return;
    const lazy = await loadLazy();
    this.guard ??= await createSecretGuard(lazy);
    lazy.rescanAll(this);
  }

  /** @internal */
  async getClient(): Promise<ReportFormClient> {
    if (this.client) return this.client;
    const lazy = await loadLazy();
    return this.defaultClient((options) => lazy.createRecourseClient(options as never));
  }

  /** @internal */
  fire(code: ReportErrorCode, retrying: boolean, problem?: string): void {
    this.dispatchEvent(
      new RecourseReportErrorEvent(problem ? { code, retrying, problem } : { code, retrying }),
    );
  }

  // ── values and drafts ────────────────────────────────────────────────────

  /** Sets a value by dotted path (`activities.0.amount`) and saves the draft. @internal */
  setValue(path: string, value: string | boolean): void {
    if (this.locked) return;
    const parts = path.split('.');
    let target = this.values as unknown as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
    target[parts[parts.length - 1]!] = value;
    this.values = { ...this.values };
    if (typeof value === 'string') this.updateSecret(path, value);
    this.scheduleSave();
  }

  private updateSecret(path: string, value: string): void {
    if (!GUARDED[path.split('.').pop() ?? '']) return;
    if (!this.guard) {
      void this.ensureGuard();
      return;
    }
    const kind = loadedLazy?.scanField(this, path, value);
    const rest = this.secrets.filter((s) => s.path !== path);
    this.secrets = kind ? [...rest, { path, kind }] : rest;
  }

  /** Handles a paste into a guarded field: scans first, inserts only clean text. @internal */
  onPaste(event: ClipboardEvent): void {
    const target = event.composedPath()[0] as HTMLInputElement | HTMLTextAreaElement;
    const path = target?.name;
    if (!path || !GUARDED[path.split('.').pop() ?? '']) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text) return;
    event.preventDefault();
    void loadLazy().then((lazy) => lazy.guardedInsert(this, target, path, text));
  }

  /** @internal */
  scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      void this.ensureGuard().then(() => this.flushDraft());
    }, 250);
  }

  /** Writes the draft now when the guard is ready (it never writes unscanned text). @internal */
  flushDraft(): void {
    clearTimeout(this.saveTimer);
    loadedLazy?.writeDraft(this);
  }

  /** Discards the restored draft and starts over. @internal */
  discardDraft(): void {
    clearDraft(this.storageKey);
    this.values = emptyValues(this.language);
    this.files.clear();
    this.idempotencyKey = undefined;
    this.restored = false;
    this.issues = [];
    this.secrets = [];
    this.summaryShown = false;
    this.submitState = 'idle';
    this.status = (t) => t.status.discarded;
    this.goTo('first');
  }

  // ── activities and files ─────────────────────────────────────────────────

  /** Adds an activity of the chosen kind and focuses its first field. @internal */
  addActivity(): void {
    if (this.locked || this.values.activities.length >= LOCAL_LIMITS.activitiesMax) return;
    const index = this.values.activities.length;
    this.values = { ...this.values, activities: [...this.values.activities, blankActivity(this.newKind)] };
    this.focusTarget = fieldId(`activities.${index}.at`);
    this.scheduleSave();
  }

  /** Checks, hashes and adds files (picker or drop). @internal */
  async addFiles(list: Iterable<File>): Promise<void> {
    return (await loadLazy()).addFiles(this, list);
  }

  /** Toggles a containment check. @internal */
  toggleCheck(code: ContainmentCode, on: boolean): void {
    const rest = this.values.checked.filter((c) => c !== code);
    this.values = { ...this.values, checked: on ? [...rest, code] : rest };
    this.scheduleSave();
  }

  // ── navigation and validation ────────────────────────────────────────────

  /** Moves to a step; focus goes to its heading. @internal */
  goTo(step: StepId, focus: 'heading' | string = 'heading'): void {
    this.step = step;
    this.focusTarget = focus;
    this.scheduleSave();
  }

  /** Validates the current step with the core schemas; moves on when clean. @internal */
  async next(): Promise<void> {
    await this.loadTemplates();
    if (!this.view) {
      // Offline before the rest of the form arrived: say so and stay (pressing again retries).
      this.status = (t) => t.status.laterFailed;
      return;
    }
    const step = this.step;
    const issues = step === 'first' ? [] : await (await loadLazy()).validateStep(this, step);
    const secrets = this.secrets.filter((s) => stepOfPath(s.path) === step);
    this.issues = issues;
    if (issues.length > 0 || secrets.length > 0) {
      this.summaryShown = true;
      this.focusTarget = 'summary';
      this.requestUpdate();
      return;
    }
    this.summaryShown = false;
    const target = this.returnToReview ? 'review' : STEPS[STEPS.indexOf(step) + 1]!;
    if (target === 'review') this.returnToReview = false;
    this.goTo(target);
  }

  /** Goes back one step. @internal */
  back(): void {
    this.issues = [];
    this.summaryShown = false;
    this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]!);
  }

  // ── submission ───────────────────────────────────────────────────────────

  /** Validates everything, asks the host, then sends with one idempotency key until answered. @internal */
  async submit(): Promise<void> {
    return (await loadLazy()).submit(this);
  }

  /** Retries now (the "Try again now" button and the `online` event). @internal */
  retryNow(): void {
    this.wake?.();
  }

  // ── rendering ────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && this.config) this.loadedConfig = undefined;
    // The later steps' styles come with their templates: adopted once, before their first render.
    if (this.view && !this.laterStylesAdopted && this.renderRoot instanceof ShadowRoot) {
      this.laterStylesAdopted = true;
      adoptStyles(this.renderRoot, [...RecourseReportForm.elementStyles, ...this.view.laterStyles]);
    }
  }

  protected override render() {
    if (this.view) return this.view.renderStep(this);
    if (this.step === 'first') return renderFrame(this, nothing, firstStep(this));
    return html`<form part="form" aria-labelledby="heading" aria-busy="true">
        <p class="progress" part="progress"></p>
        <h2 id="heading" part="heading" tabindex="-1">${this.t.ui.loading}</h2>
      </form>
      <div class="status" part="status" role="status" aria-live="polite"></div>`;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const root = this.renderRoot as ShadowRoot;
    const el =
      target === 'heading'
        ? root.getElementById('heading')
        : target === 'summary'
          ? root.getElementById('summary')
          : (root.getElementById(target) ?? root.querySelector<HTMLElement>(`[id^="${target}"]`));
    el?.focus();
  }
}
