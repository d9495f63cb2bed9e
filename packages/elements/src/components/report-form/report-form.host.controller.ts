/**
 * The report form's state holder, in the initial bundle: the one typed state value
 * ({@link ReportFormState}), the first step's actions (values, navigation, the draft) and the
 * loading of everything after the first step. A Lit `ReactiveController`: the element creates it
 * with a narrow interface ({@link ReportFormElement}) and renders its state with its actions and
 * words; the lazy chunk's functions (`report-form.controller.ts`) take it as `form` and add the
 * later steps' actions. The views never see it: they get `(state, actions, words)`.
 * @module
 */
import type { ReactiveController } from 'lit';
import type { ReportErrorCode } from '../../events/report-form-events';
import { RecourseReportErrorEvent } from '../../events/report-form-events';
import type { Lang } from '../../i18n/lang';
import { lazyOnce } from '../../internal/recourse-element';
import { createSecretGuard, type SecretGuard } from '../../internal/secret-guard';
import type { ReportFormCatalog, StepId } from './i18n';
import { FIRST_STEP_WORDS } from './i18n/first-step';
import { clearDraft, draftKey, loadDraft } from './report-form.draft';
import { emptyValues, STEPS, stepOfPath } from './report-form.model';
import {
  type FirstStepActions,
  initialState,
  isLocked,
  type ReportFormClient,
  type ReportFormElement,
  type ReportFormState,
  type ReportFormWords,
  reduce,
} from './report-form.state';

type Lazy = typeof import('./report-form.lazy');
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

/** What the element lends the controller that is not public: its language and default client. */
export interface ReportFormIo {
  language(): Lang;
  defaultClient(make: (options: unknown) => ReportFormClient): ReportFormClient;
}

/** The state's fields, readable and settable on the controller; setting one re-renders. */
export interface ReportFormHost extends ReportFormState {}

/**
 * Holds the form's state and changes it: every field of {@link ReportFormState} is an accessor
 * that goes through `reduce` and asks the element to update.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the state's fields are accessors defined below
export class ReportFormHost implements ReactiveController {
  /** The one state value; replaced (never mutated) by `reduce`. */
  state: ReportFormState = initialState(emptyValues('en'), loadedLazy);
  /** The attached files' bytes by key (in memory only; never state, never stored). */
  bytes = new Map<string, Uint8Array>();
  guard?: SecretGuard;
  focusTarget?: 'heading' | 'summary' | string;
  wake?: () => void;
  /** What the frame and the first step may ask for (in the initial bundle). */
  readonly firstActions: FirstStepActions = {
    setValue: (path, value) => this.setValue(path, value),
    toggleCheck: (code, on) => {
      const rest = this.values.checked.filter((c) => c !== code);
      this.setValue('checked', on ? [...rest, code] : rest);
    },
    submitStep: () => void this.next(),
    discardDraft: () => this.discardDraft(),
  };
  private allActions?: FirstStepActions;
  /** Settles once the logic, the guard and the configuration have loaded (or failed to). */
  readonly loaded: Promise<void>;
  private resolveLoaded!: () => void;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private started = false;
  private logicLoading?: Promise<void>;
  private readonly onOnline = () => this.wake?.();
  private readonly onPageHide = () => this.flushDraft();
  private readonly onFirstInput = () => void this.loadLogic();

  constructor(
    readonly el: ReportFormElement,
    private readonly io: ReportFormIo,
  ) {
    el.addController(this);
    this.loaded = new Promise((resolve) => {
      this.resolveLoaded = resolve;
    });
  }

  /** Applies a change to the state and re-renders. */
  set(patch: Partial<ReportFormState>): void {
    this.state = reduce(this.state, patch);
    this.el.requestUpdate();
  }

  /** The language the form speaks (its `lang`, an ancestor's, `<html lang>`). */
  get currentLang(): Lang {
    return this.io.language();
  }

  /** The words in the current language (the first step's only, until the later steps load). */
  get t(): ReportFormCatalog {
    return (
      this.view?.REPORT_FORM_CATALOGS[this.currentLang] ??
      (FIRST_STEP_WORDS[this.currentLang] as ReportFormCatalog)
    );
  }

  /**
   * What the views may ask for: the first step's actions, then every step's (`actionsFor` in the
   * lazy chunk) once the later steps have loaded.
   */
  get actions(): FirstStepActions {
    const view = this.view;
    if (!view) return this.firstActions;
    this.allActions ??= view.actionsFor(this);
    return this.allActions;
  }

  /** What the views say, in the current language. */
  get words(): ReportFormWords {
    return { t: this.t, lang: this.currentLang };
  }

  /** Whether a submission is under way or unresolved (its key is kept; answers are locked). */
  get locked(): boolean {
    return isLocked(this.state);
  }

  get storageKey(): string {
    return draftKey(this.el.apiBase);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.onPageHide);
    if (this.started) return;
    this.started = true;
    for (const type of FIRST_INPUT) this.el.addEventListener(type, this.onFirstInput, { once: true });
    const blank = emptyValues(this.currentLang);
    this.values = blank;
    const draft = loadDraft(this.storageKey);
    if (draft) {
      const values = { ...blank, ...draft.values };
      const files: Record<string, 'missing'> = {};
      for (const a of values.attachments) files[a.key] = 'missing';
      this.set({
        values,
        files,
        idempotencyKey: draft.idempotencyKey,
        step: draft.idempotencyKey ? 'review' : draft.step === 'done' ? 'first' : draft.step,
        restored: true,
        status: (t) => t.status.restored,
      });
    }
    // Opened from a lock link: the first step offers the lock first (report-form.lock.ts).
    if (this.step !== 'first' && !this.idempotencyKey && /[#&]lock=/.test(location.hash)) this.step = 'first';
    // A draft restored past the first step needs the later steps' templates at once.
    if (this.step !== 'first') this.loadTemplates();
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    removeEventListener('pagehide', this.onPageHide);
    this.flushDraft();
  }

  hostUpdated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const root = this.el.renderRoot as ShadowRoot;
    const el =
      target === 'heading'
        ? root.getElementById('heading')
        : target === 'summary'
          ? root.getElementById('summary')
          : (root.getElementById(target) ?? root.querySelector<HTMLElement>(`[id^="${target}"]`));
    el?.focus();
  }

  /** Once the first step is on screen: the logic loads when idle (or at the first input). */
  whenShown(ready: Promise<void>): void {
    void ready.then(
      () => whenIdle(() => void this.loadLogic(), 2000),
      () => undefined,
    );
  }

  /** Loads the later steps' templates, words and actions (once). */
  loadTemplates(): Promise<void> {
    if (this.view) return Promise.resolve();
    return loadLazy().then(
      (view) => {
        this.view ??= view;
      },
      () => undefined,
    );
  }

  /**
   * Loads the schemas, client and guard (once), then reads the notice parameters and the
   * configuration. Started on idle after the first step shows, or by the first input.
   */
  private loadLogic(): Promise<void> {
    for (const type of FIRST_INPUT) this.el.removeEventListener(type, this.onFirstInput);
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
    const guard = this.ensureGuard();
    if (!this.el.config) {
      try {
        const config = await (await this.getClient()).getConfig();
        if (!this.el.config) this.config = config;
      } catch {
        if (!this.el.config) {
          this.status = (t) => t.status.configFailed;
          this.fire('config', false);
        }
      }
    }
    void guard.then(this.resolveLoaded, this.resolveLoaded);
  }

  /** Loads the guard and the wordlists; rescans every guarded field. */
  async ensureGuard(): Promise<void> {
    if (this.guard) return;
    const lazy = await loadLazy();
    this.guard ??= await createSecretGuard(lazy);
    lazy.rescanAll(this);
  }

  async getClient(): Promise<ReportFormClient> {
    if (this.el.client) return this.el.client;
    const lazy = await loadLazy();
    return this.io.defaultClient((options) => lazy.createRecourseClient(options as never));
  }

  fire(code: ReportErrorCode, retrying: boolean, problem?: string): void {
    this.el.dispatchEvent(
      new RecourseReportErrorEvent(problem ? { code, retrying, problem } : { code, retrying }),
    );
  }

  // ── values and drafts ────────────────────────────────────────────────────

  /** Sets a value by dotted path (`activities.0.amount`) and saves the draft. */
  setValue(path: string, value: unknown): void {
    if (this.locked) return;
    const parts = path.split('.');
    let target = this.values as unknown as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
    target[parts[parts.length - 1]!] = value;
    this.values = { ...this.values };
    this.scheduleSave();
  }

  scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      // Without the guard's chunk (offline) there is no draft to write: the next change or
      // "go on" (which says the rest could not load) tries again; nothing is left uncaught.
      this.ensureGuard().then(
        () => this.flushDraft(),
        () => undefined,
      );
    }, 250);
  }

  /** Writes the draft now when the guard is ready (it never writes unscanned text). */
  flushDraft(): void {
    clearTimeout(this.saveTimer);
    loadedLazy?.writeDraft(this);
  }

  /** Discards the restored draft and starts over. */
  discardDraft(): void {
    clearDraft(this.storageKey);
    this.bytes.clear();
    this.set({
      values: emptyValues(this.currentLang),
      files: {},
      idempotencyKey: undefined,
      restored: false,
      issues: [],
      secrets: [],
      summaryShown: false,
      submitState: 'idle',
      status: (t) => t.status.discarded,
    });
    this.goTo('first');
  }

  // ── navigation and validation ────────────────────────────────────────────

  /** Moves to a step; focus goes to its heading. */
  goTo(step: StepId, focus: 'heading' | string = 'heading'): void {
    this.step = step;
    this.focusTarget = focus;
    this.scheduleSave();
  }

  /** Validates the current step with the core schemas; moves on when clean. */
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
      this.el.requestUpdate();
      return;
    }
    this.summaryShown = false;
    const target = this.returnToReview ? 'review' : STEPS[STEPS.indexOf(step) + 1]!;
    if (target === 'review') this.returnToReview = false;
    this.goTo(target);
  }
}

// Every state field is an accessor on the controller: reading gives the state's, setting goes
// through `reduce` and re-renders (the lazy functions and the views read and set them by name).
for (const key of Object.keys(initialState(emptyValues('en'), undefined)) as (keyof ReportFormState)[])
  Object.defineProperty(ReportFormHost.prototype, key, {
    get(this: ReportFormHost) {
      return this.state[key];
    },
    set(this: ReportFormHost, value: unknown) {
      this.set({ [key]: value });
    },
  });
