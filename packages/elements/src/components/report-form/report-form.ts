import type {
  ActivityKind,
  CaseCreated,
  ContainmentCode,
  Issue,
  PlatformConfig,
  RecourseClient,
  ReportInput,
  SecretKind,
} from '@recourse/core';
// Pure data (no schemas, under 1 kB): the first step shows its outcome before the logic loads.
import { triage } from '@recourse/core';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '../../controllers/lang-controller';
import {
  RecourseReportErrorEvent,
  RecourseReportSubmitEvent,
  RecourseReportSubmittedEvent,
  type ReportErrorCode,
} from '../../events/report-form-events';
import { interpolate } from '../../i18n/format';
import type { FileLimits } from '../../internal/files';
import { createSecretGuard, type SecretGuard, secretInFile } from '../../internal/secret-guard';
import { safeHttpUrl } from '../../internal/url';
import { clearDraft, draftKey, loadDraft, saveDraft } from './report-form.draft';
import type { FileRefusal, ReportFormCatalog, StepId } from './report-form.i18n';
import {
  ACTIVITY_FIELDS,
  type ActivityDraft,
  blankActivity,
  emptyValues,
  type FormValues,
  fieldId,
  GUARDED,
  isBlank,
  LOCAL_LIMITS,
  MEDIA_TYPES,
  STEPS,
  stepOfPath,
  toLocalInput,
  toReport,
} from './report-form.model';
import { styles } from './report-form.styles';

type Lazy = typeof import('./report-form.lazy');
type View = typeof import('./report-form.view');
/** A status line, in whatever language is current when it is shown. */
export type StatusText = (t: ReportFormCatalog) => string;

/** The subset of the core client the form uses; injectable for tests and custom transports. */
export type ReportFormClient = Pick<RecourseClient, 'getConfig' | 'createCase' | 'uploadAttachment'>;

/** A file kept in memory while the form lives (bytes are never stored). */
export interface HeldFile {
  bytes?: Uint8Array;
  state: 'ready' | 'uploading' | 'uploaded' | 'failed';
}

/** Where the submission is. */
export type SubmitState = 'idle' | 'validating' | 'submitting' | 'offline' | 'retrying' | 'rejected';

/** A secret the guard found in a field. */
export interface SecretHit {
  path: string;
  kind: SecretKind;
}

let lazyModule: Promise<Lazy> | undefined;
/** Loads the schemas, client and guard once (after the first step is on screen; see `ready`). */
export function loadLazy(): Promise<Lazy> {
  lazyModule ??= import('./report-form.lazy');
  lazyModule.catch(() => {
    lazyModule = undefined;
  });
  return lazyModule;
}

let viewModule: Promise<View> | undefined;
/** The view once loaded: a form created after that renders its first step at once, without a shell. */
let loadedView: View | undefined;
/** Loads the templates and catalogs once. */
export function loadView(): Promise<View> {
  viewModule ??= import('./report-form.view').then((view) => {
    loadedView = view;
    return view;
  });
  viewModule.catch(() => {
    viewModule = undefined;
  });
  return viewModule;
}

/** Runs `fn` when the main thread is idle (or after `timeout` ms at the latest). */
function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 1);
}

/** The first signs of a person using the form: the logic is loaded at the first one if not yet. */
const FIRST_INPUT = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

const LOADING = { en: 'Loading…', 'zh-CN': '加载中…' } as const;

const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

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
export class RecourseReportForm extends LitElement {
  static override styles = styles;

  /** API base URL, e.g. `https://api.example.com`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The tracker page the private link points to; defaults to this page. Only http(s). */
  @property({ attribute: 'tracking-url' }) trackingUrl?: string;

  /** Force a colour scheme; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) scheme?: 'light' | 'dark';

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
  /** A `fetch` for the default client (tests, proxies). */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;
  /** Seconds between automatic retries while offline (doubling, capped at 30). */
  @property({ attribute: false }) retryDelay = 2;

  /** @internal */ @state() step: StepId = 'first';
  /** @internal */ @state() values: FormValues = emptyValues('en');
  /** @internal */ @state() issues: Issue[] = [];
  /** @internal */ @state() secrets: SecretHit[] = [];
  /** @internal */ @state() summaryShown = false;
  /** @internal */ @state() status?: StatusText;
  /** @internal templates and catalogs, once loaded */ @state() view?: View = loadedView;
  /** @internal schemas, client and guard, once loaded */ @state() logic?: Lazy;
  /** @internal */ @state() submitState: SubmitState = 'idle';
  /** @internal */ @state() restored = false;
  /** @internal */ @state() returnToReview = false;
  /** @internal */ @state() created?: CaseCreated;
  /** @internal */ @state() loadedConfig?: PlatformConfig;
  /** @internal */ @state() hashing?: { name: string; percent: number };
  /** @internal */ @state() refusals: { name: string; reason: FileRefusal }[] = [];
  /** @internal */ @state() copied = false;
  /** @internal */ @state() newKind: ActivityKind = 'transfer';
  /** @internal */ @state() uploadsFailed = false;

  /** @internal files by key */ files = new Map<string, HeldFile>();
  /** @internal */ idempotencyKey?: string;
  /** @internal */ readonly langCtl = new LangController(this);

  private guard?: SecretGuard;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private focusTarget?: 'heading' | 'summary' | string;
  private started = false;
  private wake?: () => void;
  private defaultClient?: ReportFormClient;
  private readonly onOnline = () => this.wake?.();
  private readonly onPageHide = () => this.flushDraft();
  private readonly onFirstInput = () => void this.loadLogic();
  private logicLoading?: Promise<void>;

  /** The words in the current language (once the view is loaded). @internal */
  get t(): ReportFormCatalog {
    return this.view!.REPORT_FORM_CATALOGS[this.langCtl.lang];
  }

  /**
   * Resolves once the first step is on screen and usable: its templates and words are loaded and
   * rendered, its controls focusable. The rest (schemas, client, secret guard, the configuration)
   * loads right after, when the browser is idle or at the first input, whichever comes first;
   * moving on from a step, saving the draft and submitting wait for it.
   */
  get ready(): Promise<void> {
    return loadView().then((view) => {
      this.view ??= view;
      return this.updateComplete.then(() => undefined);
    });
  }

  /** The configuration in effect. @internal */
  get platformConfig(): PlatformConfig | undefined {
    return this.config ?? this.loadedConfig;
  }

  /** File limits: the platform's, never above the schema's. @internal */
  get fileLimits(): FileLimits {
    const a = this.platformConfig?.attachments;
    const L = LOCAL_LIMITS;
    return {
      maxFileBytes: Math.min(a?.maxFileBytes ?? L.fileSizeMax, L.fileSizeMax),
      maxFiles: Math.min(a?.maxFiles ?? L.attachmentsMax, L.attachmentsMax),
      maxCaseBytes: Math.min(a?.maxCaseBytes ?? L.attachmentsTotalMax, L.attachmentsTotalMax),
      mediaTypes: a?.mediaTypes ?? MEDIA_TYPES,
    };
  }

  /** Whether a submission is under way or unresolved (its key is kept; answers are locked). @internal */
  get locked(): boolean {
    return this.idempotencyKey !== undefined;
  }

  private get storageKey(): string {
    return draftKey(this.apiBase);
  }

  override connectedCallback(): void {
    // The templates are requested first thing when the element is in a page (before its shadow
    // root, styles and draft are set up), so that their round trip overlaps that work.
    if (!this.started && !this.view) {
      loadView().then(
        (view) => {
          this.view = view;
        },
        () => undefined,
      );
    }
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.onPageHide);
    if (!this.started) {
      this.started = true;
      for (const type of FIRST_INPUT) this.addEventListener(type, this.onFirstInput, { once: true });
      const blank = emptyValues(this.langCtl.lang);
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
    }
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
   * configuration. Started on idle after the first step shows, or by the first input. @internal
   */
  loadLogic(): Promise<void> {
    for (const type of FIRST_INPUT) this.removeEventListener(type, this.onFirstInput);
    this.logicLoading ??= this.afterLogic().finally(() => {
      if (!this.logic) this.logicLoading = undefined;
    });
    return this.logicLoading;
  }

  private async afterLogic(): Promise<void> {
    let lazy: Lazy;
    try {
      lazy = await loadLazy();
    } catch {
      return;
    }
    this.logic = lazy;
    this.prefillNotice(lazy);
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

  private prefillNotice(lazy: Lazy): void {
    const params: Record<string, string | undefined> = {};
    const search = new URLSearchParams(location.search);
    for (const name of ['notice', 'notice_kind', 'notice_at', 'notice_ip', 'notice_device']) {
      params[name] = search.get(name) ?? undefined;
    }
    if (this.noticeId) {
      Object.assign(params, {
        notice: this.noticeId,
        notice_kind: this.noticeKind,
        notice_at: this.noticeAt,
        notice_ip: this.noticeIp,
        notice_device: this.noticeDevice,
      });
    }
    const notice = lazy.parseNoticeParams(params);
    if (!notice || this.values.notice?.id === notice.id) return;
    const draft = lazy.noticeToActivity(notice);
    const activity: ActivityDraft = {
      ...blankActivity(draft.kind, toLocalInput(draft.at)),
      fromNotice: true,
    };
    if (draft.kind === 'sign_in') {
      activity.ip = draft.ip ?? '';
      activity.device = draft.device ?? '';
    }
    this.values = {
      ...this.values,
      notice,
      activities: [activity, ...this.values.activities.filter((a) => !a.fromNotice)],
    };
  }

  /** Loads the guard and the wordlists; rescans every guarded field. @internal */
  async ensureGuard(): Promise<void> {
    if (this.guard) return;
    this.guard = await createSecretGuard(await loadLazy());
    this.rescanAll();
  }

  private rescanAll(): void {
    const hits: SecretHit[] = [];
    for (const [path, value] of this.guardedEntries()) {
      const kind = this.scan(path, value);
      if (kind) hits.push({ path, kind });
    }
    this.secrets = hits;
  }

  private guardedEntries(): [string, string][] {
    const v = this.values;
    const out: [string, string][] = [
      ['account.value', v.account.value],
      ['narrative', v.narrative],
    ];
    v.activities.forEach((a, i) => {
      for (const field of ACTIVITY_FIELDS[a.kind]) {
        if (GUARDED[field]) out.push([`activities.${i}.${field}`, a[field] as string]);
      }
    });
    return out;
  }

  private scan(path: string, text: string): SecretKind | undefined {
    const context = GUARDED[path.split('.').pop() ?? ''];
    if (!context || !text || !this.guard) return undefined;
    return this.guard(text, context)[0]?.kind;
  }

  private async getClient(): Promise<ReportFormClient> {
    if (this.client) return this.client;
    if (!this.defaultClient) {
      const lazy = await loadLazy();
      const base = this.apiBase || location.origin;
      this.defaultClient = lazy.createRecourseClient(
        this.fetch ? { baseUrl: base, fetch: this.fetch as never } : { baseUrl: base },
      );
    }
    return this.defaultClient;
  }

  private fire(code: ReportErrorCode, retrying: boolean, problem?: string): void {
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
    const kind = this.scan(path, value);
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
    void this.guardedInsert(target, path, text);
  }

  private async guardedInsert(
    target: HTMLInputElement | HTMLTextAreaElement,
    path: string,
    text: string,
  ): Promise<void> {
    await this.ensureGuard();
    const kind = this.scan(path, text);
    if (kind) {
      this.secrets = [...this.secrets.filter((s) => s.path !== path), { path, kind }];
      this.status = (t) => `${t.errors.secret[kind]} ${t.errors.neverAsks}`;
      return;
    }
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    target.setRangeText(text, start, end, 'end');
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      void this.ensureGuard().then(() => this.flushDraft());
    }, 250);
  }

  /** Writes the draft now when the guard is ready (it never writes unscanned text). @internal */
  flushDraft(): void {
    clearTimeout(this.saveTimer);
    const guard = this.guard;
    if (!guard || this.step === 'done' || this.created) return;
    if (!this.idempotencyKey && isBlank(this.values)) {
      // Nothing typed yet (or just discarded): keep no draft, so none is "restored".
      clearDraft(this.storageKey);
      return;
    }
    saveDraft(
      this.storageKey,
      { step: this.step, values: this.values, idempotencyKey: this.idempotencyKey },
      (text, context) => guard(text, context).length > 0,
    );
  }

  /** Discards the restored draft and starts over. @internal */
  discardDraft(): void {
    clearDraft(this.storageKey);
    this.values = emptyValues(this.langCtl.lang);
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

  /** Removes an activity. @internal */
  removeActivity(index: number): void {
    if (this.locked) return;
    this.values = { ...this.values, activities: this.values.activities.filter((_, i) => i !== index) };
    this.issues = [];
    this.rescanAll();
    this.focusTarget = 'add-activity';
    this.scheduleSave();
  }

  /** Checks, hashes and adds files (picker or drop). @internal */
  async addFiles(list: Iterable<File>): Promise<void> {
    if (this.locked) return;
    const lazy = await loadLazy();
    await this.ensureGuard();
    this.refusals = [];
    for (const file of list) {
      this.hashing = { name: file.name, percent: 0 };
      const result = await lazy.checkFile(file, this.fileLimits, this.values.attachments, (percent) => {
        this.hashing = { name: file.name, percent };
      });
      let refusal: FileRefusal | undefined = result.ok ? undefined : result.reason;
      if (result.ok && this.guard && secretInFile(this.guard, result.file)) refusal = 'secret';
      if (refusal || !result.ok) {
        this.refusals = [...this.refusals, { name: file.name, reason: refusal ?? 'unreadable' }];
        continue;
      }
      const key = lazy.newIdempotencyKey();
      const { bytes, ...meta } = result.file;
      this.files.set(key, { bytes, state: 'ready' });
      this.values = { ...this.values, attachments: [...this.values.attachments, { key, ...meta }] };
    }
    this.hashing = undefined;
    const refusals = this.refusals;
    this.status = (t) =>
      refusals
        .map((r) => interpolate(t.evidence.refused, { name: r.name, reason: this.refusalText(r.reason) }))
        .join(' ');
    this.scheduleSave();
  }

  /** The words for a refusal, with the limits filled in. @internal */
  refusalText(reason: FileRefusal): string {
    return this.view?.refusalText(this, reason) ?? reason;
  }

  /** Removes a file. @internal */
  removeFile(key: string): void {
    if (this.locked) return;
    this.files.delete(key);
    this.values = { ...this.values, attachments: this.values.attachments.filter((a) => a.key !== key) };
    this.scheduleSave();
  }

  /** Toggles a containment check. @internal */
  toggleCheck(code: ContainmentCode, on: boolean): void {
    const rest = this.values.checked.filter((c) => c !== code);
    this.values = { ...this.values, checked: on ? [...rest, code] : rest };
    this.scheduleSave();
  }

  // ── navigation and validation ────────────────────────────────────────────

  /** The triage outcome once the first question is answered. @internal */
  get triageResult() {
    const { access, triage: tri } = this.values;
    if (access.canSignIn === '') return undefined;
    return triage({
      canSignIn: access.canSignIn === 'yes',
      passwordReset: access.passwordReset || 'not_tried',
      moneyMoved: tri.moneyMoved === 'yes',
      profileChanged: tri.profileChanged === 'yes',
    });
  }

  /** Moves to a step; focus goes to its heading. @internal */
  goTo(step: StepId, focus: 'heading' | string = 'heading'): void {
    this.step = step;
    this.focusTarget = focus;
    this.scheduleSave();
  }

  /** Validates the current step with the core schemas; moves on when clean. @internal */
  async next(): Promise<void> {
    const step = this.step;
    const issues = step === 'first' ? [] : await this.validateStep(step);
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

  /** From the review: change one section, then come back. @internal */
  edit(step: StepId, focus: string = 'heading'): void {
    this.returnToReview = true;
    this.summaryShown = false;
    this.goTo(step, focus);
  }

  private async validateStep(step: StepId): Promise<Issue[]> {
    const lazy = await loadLazy();
    const report = toReport(this.values);
    const only = (issues: Issue[], test: (path: string) => boolean) => issues.filter((i) => test(i.path));
    const part = (name: Parameters<Lazy['validateReportPart']>[0]) => {
      const result = lazy.validateReportPart(name, report);
      return result.ok ? [] : result.issues;
    };
    switch (step) {
      case 'account':
        return [...part('account'), ...part('contact')];
      case 'incident':
        return [
          ...only(part('incident'), (p) => !p.startsWith('access')),
          ...part('activities'),
          ...only(part('evidence'), (p) => p.startsWith('narrative')),
        ];
      case 'evidence':
        return only(part('evidence'), (p) => p.startsWith('attachments'));
      default: {
        const result = lazy.validateReport(report);
        return result.ok ? [] : result.issues;
      }
    }
  }

  // ── submission ───────────────────────────────────────────────────────────

  /** Validates everything, asks the host, then sends with one idempotency key until answered. @internal */
  async submit(): Promise<void> {
    if (this.submitState === 'submitting' || this.submitState === 'validating') return;
    this.submitState = 'validating';
    const lazy = await loadLazy();
    await this.ensureGuard();
    const issues = await this.validateStep('review');
    this.issues = issues;
    if (issues.length > 0 || this.secrets.length > 0) {
      this.submitState = 'idle';
      this.summaryShown = true;
      this.focusTarget = 'summary';
      return;
    }
    this.summaryShown = false;
    const report = toReport(this.values);
    const event = new RecourseReportSubmitEvent({ report });
    if (!this.dispatchEvent(event)) {
      this.submitState = 'idle';
      this.status = (t) => t.status.canceled;
      return;
    }
    this.idempotencyKey ??= lazy.newIdempotencyKey();
    this.flushDraft();
    await this.send(event.detail.report, lazy);
  }

  private async send(report: ReportInput, lazy: Lazy): Promise<void> {
    const client = await this.getClient();
    let attempt = 0;
    for (;;) {
      this.submitState = 'submitting';
      this.status = (t) => t.status.submitting;
      try {
        const created = await client.createCase(report, { idempotencyKey: this.idempotencyKey! });
        await this.acknowledged(created, client);
        return;
      } catch (error) {
        const api = error instanceof lazy.RecourseApiError ? error : undefined;
        if (api && !RETRYABLE.has(api.status)) {
          // A definite answer: nothing was created; the next submission gets a new key.
          this.idempotencyKey = undefined;
          this.submitState = 'rejected';
          this.issues = api.issues;
          this.summaryShown = api.issues.length > 0;
          this.focusTarget = this.summaryShown ? 'summary' : undefined;
          this.status = (t) => t.status.rejected;
          this.flushDraft();
          this.fire(api.code === 'validation_failed' ? 'validation' : 'rejected', false, api.code);
          return;
        }
        attempt++;
        const offline = !api;
        this.submitState = offline ? 'offline' : 'retrying';
        this.fire('network', true, api?.code);
        const wait = api?.retryAfter ?? Math.min(30, this.retryDelay * 2 ** (attempt - 1));
        await this.countdown(wait, offline);
      }
    }
  }

  private async countdown(seconds: number, offline: boolean): Promise<void> {
    const line =
      (left: number): StatusText =>
      (t) =>
        (offline ? `${t.status.offline} ` : '') + interpolate(t.status.retrying, { seconds: left });
    await new Promise<void>((resolve) => {
      let left = Math.max(0, Math.ceil(seconds));
      const done = () => {
        clearInterval(timer);
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
      this.status = line(left);
      const timer = setInterval(() => {
        left--;
        if (left <= 0) done();
        else this.status = line(left);
      }, 1000);
      if (seconds <= 0) done();
    });
  }

  /** Retries now (the "Try again now" button and the `online` event). @internal */
  retryNow(): void {
    this.wake?.();
  }

  private async acknowledged(created: CaseCreated, client: ReportFormClient): Promise<void> {
    this.created = created;
    this.idempotencyKey = undefined;
    this.submitState = 'idle';
    clearDraft(this.storageKey);
    this.restored = false;
    this.goTo('done');
    this.status = undefined;
    this.dispatchEvent(
      new RecourseReportSubmittedEvent({
        caseId: created.case.id,
        caseNumber: created.case.number,
        trackingLink: this.trackingLink,
      }),
    );
    await this.uploadAll(created, client);
  }

  private async uploadAll(created: CaseCreated, client: ReportFormClient): Promise<void> {
    const list = this.values.attachments;
    let done = 0;
    for (const meta of list) {
      const held = this.files.get(meta.key);
      if (!held?.bytes) {
        this.uploadsFailed = true;
        continue;
      }
      const n = done + 1;
      this.status = (t) => interpolate(t.status.uploading, { done: n, total: list.length });
      held.state = 'uploading';
      let ok = false;
      for (let attempt = 0; attempt < 4 && !ok; attempt++) {
        try {
          await client.uploadAttachment(
            created.case.id,
            created.accessToken,
            { bytes: held.bytes, name: meta.name, mediaType: meta.mediaType, sha256: meta.sha256 },
            { idempotencyKey: meta.key },
          );
          ok = true;
        } catch (error) {
          const status = (error as { status?: number }).status;
          if (status !== undefined && !RETRYABLE.has(status)) break;
          await new Promise((r) => setTimeout(r, this.retryDelay * 1000 * 2 ** attempt));
        }
      }
      held.state = ok ? 'uploaded' : 'failed';
      if (ok) done++;
      else {
        this.uploadsFailed = true;
        this.fire('upload', false);
      }
      this.requestUpdate();
    }
    this.status = this.uploadsFailed ? (t) => t.done.notUploaded : undefined;
  }

  /** The private tracking link: the token only in the fragment. @internal */
  get trackingLink(): string {
    const created = this.created;
    if (!created) return '';
    const base = safeHttpUrl(this.trackingUrl, document.baseURI) ?? `${location.origin}${location.pathname}`;
    const page = base.split('#')[0];
    return `${page}#case=${encodeURIComponent(created.case.id)}&token=${encodeURIComponent(created.accessToken)}`;
  }

  /** Copies the tracking link. @internal */
  async copyLink(input?: HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.trackingLink);
    } catch {
      input?.select();
      document.execCommand?.('copy');
    }
    this.copied = true;
    this.status = (t) => t.ui.copied;
  }

  // ── rendering ────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && this.config) this.loadedConfig = undefined;
  }

  protected override render() {
    if (this.view) return this.view.renderStep(this);
    return html`<form part="form" aria-labelledby="heading" aria-busy="true">
        <p class="progress" part="progress"></p>
        <h2 id="heading" part="heading" tabindex="-1">${LOADING[this.langCtl.lang]}</h2>
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

  /** Focuses the field of an issue path (summary links). @internal */
  focusField(path: string): void {
    const step = stepOfPath(path);
    const id = fieldId(path === 'contact' ? 'contact.email' : path);
    if (step !== this.step) this.edit(step, id);
    else {
      this.focusTarget = id;
      this.requestUpdate();
    }
  }
}
