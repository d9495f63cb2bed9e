import { adoptStyles, css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '../../controllers/lang-controller';
import { RecourseTotpEnabledEvent, RecourseTotpErrorEvent } from '../../events/totp-setup-events';
import {
  createTotpFetchBackend,
  type TotpBackend,
  type TotpBackendError,
  type TotpEnrollment,
  type TotpFailure,
} from './totp-setup.backend';
import type { TotpStepId } from './totp-setup.i18n';

/** The templates, styles, words and QR maker, loaded in parallel with the status request. @internal */
export type TotpSetupView = typeof import('./totp-setup.view');

let viewModule: Promise<TotpSetupView> | undefined;
function loadView(): Promise<TotpSetupView> {
  viewModule ??= import('./totp-setup.view');
  viewModule.catch(() => {
    viewModule = undefined;
  });
  return viewModule;
}

/**
 * How long the first render waits for the view and the status before it paints the busy
 * placeholder. When both come sooner (the usual case: they are requested together when the
 * element connects), the first render is the first screen itself.
 */
const PLACEHOLDER_DELAY_MS = 300;

/** Where the setup is: a step, or one of the states around the steps. */
export type TotpPhase = 'loading' | TotpStepId | 'already' | 'expired';

/** A failure shown to the person. @internal */
export interface ShownFailure {
  code: TotpFailure | 'format';
  attemptsLeft?: number;
}

/**
 * Turns on two-step verification: why and which apps → scan the QR code (drawn in the browser
 * from the enrollment URI) or type the key → enter the code → save the backup codes → done. Also
 * shows "already on" (with new backup codes on a fresh code), an expired setup, wrong codes with
 * the tries left, a live countdown when throttled, and network failures with a retry.
 *
 * The secret is made and checked on the server; this element only shows the enrollment and sends
 * codes. The key, the codes and the backup codes live in memory only (never in storage, URLs or
 * logs) and are cleared when the person finishes or the setup expires.
 *
 * @tag recourse-totp-setup
 * @summary Two-step verification (TOTP) setup with backup codes.
 *
 * @slot header - Above every step (a logo, a title).
 * @slot help - Below every step (a help-center note).
 *
 * @csspart step - The region of the current step.
 * @csspart progress - "Step n of 4".
 * @csspart heading - Each step's heading (receives focus on every step change).
 * @csspart qr - The QR code (`<svg>`).
 * @csspart key - The setup key as text (`#totp-key`), grouped by four.
 * @csspart code-input - The one-time-code field (`#totp-code`).
 * @csspart error - Error messages.
 * @csspart countdown - The live "try again in" countdown.
 * @csspart backup-codes - The list of backup codes.
 * @csspart saved-checkbox - "I have saved my backup codes" (`#totp-saved`).
 * @csspart notice - Informational panels.
 * @csspart status - The polite live region.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a step.
 *
 * @cssprop --recourse-color-accent - Buttons, links, focus ring.
 * @cssprop --recourse-color-on-accent - Text on accent buttons.
 * @cssprop --recourse-color-bg - Background.
 * @cssprop --recourse-color-surface - Key, codes and notices.
 * @cssprop --recourse-color-fg - Text.
 * @cssprop --recourse-color-muted - Hints.
 * @cssprop --recourse-color-danger - Errors.
 * @cssprop --recourse-color-success - Confirmations.
 * @cssprop --recourse-color-border - Field borders.
 * @cssprop --recourse-radius - Corner radius.
 * @cssprop --recourse-font - Font family.
 * @cssprop --recourse-space - Base spacing.
 * @cssprop --recourse-focus-ring - Focus outline.
 * @cssprop --recourse-totp-setup-qr-size - Side of the QR code; default 12rem.
 * @cssprop --recourse-totp-setup-min-height - Minimum height of a step; default 24rem.
 *
 * @fires recourse-totp-enabled - {RecourseTotpEnabledEvent} The server confirmed the code: two-step verification is on (`detail.backupCodes`: how many were issued).
 * @fires recourse-totp-error - {RecourseTotpErrorEvent} A step failed (`detail.code`, `attemptsLeft`, `retryAfter`).
 */
export class RecourseTotpSetup extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** API origin of the reference server, e.g. `https://api.example.com` (default backend only). */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Force a colour scheme; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) scheme?: 'light' | 'dark';

  /** The server operations; default: the reference server's endpoints over `fetch` with the session cookie. */
  @property({ attribute: false }) backend?: TotpBackend;

  /** A `fetch` for the default backend (tests, proxies). */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** @internal */ @state() phase: TotpPhase = 'loading';
  /** @internal held in memory until the code is confirmed */ @state() enrollment?: TotpEnrollment;
  /** @internal shown once, cleared on finish */ @state() backupCodes?: string[];
  /** @internal */ @state() codesLeft = 0;
  /** @internal the code field */ @state() code = '';
  /** @internal */ @state() saved = false;
  /** @internal */ @state() busy = false;
  /** @internal */ @state() failure?: ShownFailure;
  /** @internal seconds until the next try is allowed */ @state() remaining = 0;
  /** @internal */ @state() copied?: 'key' | 'codes';
  /** @internal polite announcement */ @state() announce = '';
  /** @internal */ @state() view?: TotpSetupView;
  /** @internal what "Try again" repeats after a network failure */ retry?: () => void;
  /** @internal */ readonly langCtl = new LangController(this);

  #started = false;
  #waitUntil = 0;
  #ticker?: ReturnType<typeof setTimeout>;
  #expiry?: ReturnType<typeof setTimeout>;
  #backend?: TotpBackend;
  #focusHeading = false;
  /** Whether the person acted (the first screen after the status read takes no focus). */
  #acted = false;
  /** The first status read (and view), settled or failed. */
  #firstLoad?: Promise<void>;
  /** Callers of `ready` waiting for the first screen. */
  #waiting: (() => void)[] = [];

  /** Resolves once the view is loaded and the status is known (or failed; at most about 1 s). */
  get ready(): Promise<void> {
    return loadView().then(async () => {
      if (!this.#firstScreenShown()) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await new Promise<void>((resolve) => {
          this.#waiting.push(resolve);
          timer = setTimeout(resolve, 1000);
        });
        clearTimeout(timer);
      }
      await this.updateComplete;
    });
  }

  #firstScreenShown(): boolean {
    return this.view !== undefined && (this.phase !== 'loading' || this.failure !== undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#started) {
      this.#started = true;
      this.#load();
    } else {
      this.#arm();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#ticker);
    clearTimeout(this.#expiry);
    this.#ticker = undefined;
  }

  /**
   * The first render waits up to {@link PLACEHOLDER_DELAY_MS} for the view and the status, so
   * that it shows the first screen rather than the busy placeholder then the screen.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const first = this.#firstLoad;
    if (!this.hasUpdated && first) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const delay = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, PLACEHOLDER_DELAY_MS);
      });
      await Promise.race([first, delay]);
      clearTimeout(timer);
    }
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const was = changed.get('phase');
    // A step change moves the focus to its heading; the first screen after the status read does
    // not: nobody asked for it, and the page may have put the focus somewhere else.
    if (changed.has('phase') && was !== undefined && (was !== 'loading' || this.#acted)) {
      this.#focusHeading = true;
    }
  }

  protected override updated(): void {
    if (this.#focusHeading) {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
    if (this.#waiting.length > 0 && this.#firstScreenShown()) {
      for (const resolve of this.#waiting.splice(0)) resolve();
    }
  }

  #load(): void {
    const run = this.#run(async () => {
      // The view and the status are requested together: the first screen needs both. One
      // microtask first, so that a host that sets `backend` or `fetch` right after appending the
      // element is heard.
      await Promise.resolve();
      const viewReady = loadView().then((view) => {
        if (!this.view) {
          adoptStyles(this.renderRoot as ShadowRoot, [RecourseTotpSetup.styles, ...view.styles]);
          this.view = view;
        }
      });
      const statusReady = this.#api().status();
      // A failed status is shown (with "Try again") by the view, so the view comes first.
      await Promise.allSettled([viewReady, statusReady]);
      await viewReady;
      const status = await statusReady;
      this.codesLeft = status.backupCodesLeft;
      this.phase = status.state === 'enabled' ? 'already' : 'intro';
    });
    this.#firstLoad ??= run;
  }

  #api(): TotpBackend {
    if (this.backend) return this.backend;
    this.#backend ??= createTotpFetchBackend({
      apiBase: this.apiBase,
      ...(this.fetch ? { fetch: this.fetch } : {}),
    });
    return this.#backend;
  }

  /** Runs a backend step: busy while it runs; failures become messages, events and retries. */
  async #run(step: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.retry = undefined;
    this.announce = '';
    try {
      await step();
    } catch (err) {
      const e = err as Partial<TotpBackendError> | undefined;
      const code: TotpFailure = e?.name === 'TotpBackendError' && e.code ? e.code : 'network';
      this.dispatchEvent(
        new RecourseTotpErrorEvent({
          code,
          ...(e?.attemptsLeft !== undefined ? { attemptsLeft: e.attemptsLeft } : {}),
          ...(e?.retryAfter !== undefined ? { retryAfter: e.retryAfter } : {}),
        }),
      );
      if (code === 'expired') {
        this.#forget();
        this.phase = 'expired';
      } else if (code === 'already_enabled') {
        this.#forget();
        this.phase = 'loading';
        this.busy = false;
        this.#load();
        return;
      } else {
        this.failure = { code, ...(e?.attemptsLeft !== undefined ? { attemptsLeft: e.attemptsLeft } : {}) };
        if (code === 'network' || this.phase === 'loading') {
          this.retry = () => {
            this.#acted = true;
            void this.#run(step);
          };
        }
        if ((e?.retryAfter ?? 0) > 0 && code !== 'network') this.#wait(e!.retryAfter!);
      }
    } finally {
      this.busy = false;
    }
  }

  /** Starts the live countdown of a delay. */
  #wait(seconds: number): void {
    this.#waitUntil = Date.now() + seconds * 1000;
    this.#arm();
  }

  /** (Re)arms the countdown and the enrollment's expiry timers. */
  #arm(): void {
    clearTimeout(this.#ticker);
    // Each tick is scheduled for the moment the shown number changes (not every 1,000 ms from
    // the start), so a late timer never leaves a stale number on screen for a whole second.
    const tick = () => {
      const left = this.#waitUntil - Date.now();
      this.remaining = Math.max(0, Math.ceil(left / 1000));
      if (this.remaining > 0) {
        this.#ticker = setTimeout(tick, (left % 1000 || 1000) + 5);
      } else {
        this.#ticker = undefined;
        if (this.failure?.code === 'throttled' || this.failure?.attemptsLeft === 0) {
          this.failure = undefined;
          this.announce = this.view?.TOTP_SETUP_CATALOGS[this.langCtl.lang].errors.ready ?? '';
        }
      }
    };
    tick();
    clearTimeout(this.#expiry);
    if (this.enrollment) {
      const ms = Date.parse(this.enrollment.expiresAt) - Date.now();
      this.#expiry = setTimeout(
        () => {
          if (this.phase === 'scan' || this.phase === 'code') {
            this.#forget();
            this.phase = 'expired';
          }
        },
        Math.max(0, Math.min(ms, 2 ** 31 - 1)),
      );
    }
  }

  /** Clears the key, the code and the backup codes from memory. */
  #forget(): void {
    clearTimeout(this.#expiry);
    this.enrollment = undefined;
    this.backupCodes = undefined;
    this.code = '';
    this.saved = false;
    this.copied = undefined;
  }

  // ── actions (called by the view) ──

  /** Starts (or restarts) an enrollment. @internal */
  start(): void {
    this.#acted = true;
    this.#run(async () => {
      const enrollment = await this.#api().start();
      this.#forget();
      this.enrollment = enrollment;
      this.phase = 'scan';
      this.#arm();
    });
  }

  /** Moves between steps. @internal */
  go(phase: TotpPhase): void {
    this.#acted = true;
    this.failure = undefined;
    this.copied = undefined;
    this.phase = phase;
  }

  /** Keeps only what a code can contain: digits for the enrollment field. @internal */
  onCodeInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const value =
      this.phase === 'already' ? input.value.slice(0, 40) : input.value.replace(/\D/g, '').slice(0, 6);
    if (input.value !== value) input.value = value;
    this.code = value;
    if (this.failure?.code === 'format') this.failure = undefined;
  }

  /** Sends the code: confirms the enrollment, or (when already on) gets new backup codes. @internal */
  submitCode(event: Event): void {
    event.preventDefault();
    if (this.busy || this.remaining > 0) return;
    const code = this.code.trim();
    if (this.phase === 'code' ? !/^\d{6}$/.test(code) : code.length < 6) {
      this.failure = { code: 'format' };
      return;
    }
    this.#acted = true;
    this.#run(async () => {
      const api = this.#api();
      const { backupCodes } =
        this.phase === 'code' ? await api.confirm(code) : await api.regenerateBackupCodes(code);
      const enabled = this.phase === 'code';
      this.#forget();
      this.backupCodes = backupCodes;
      this.phase = 'backup';
      if (enabled) this.dispatchEvent(new RecourseTotpEnabledEvent({ backupCodes: backupCodes.length }));
    });
  }

  /** Copies the key or the backup codes. @internal */
  async copy(what: 'key' | 'codes'): Promise<void> {
    const text = what === 'key' ? this.enrollment?.key : this.backupCodes?.join('\n');
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      this.copied = undefined;
    }
  }

  /** The backup codes as a text file (download or print). @internal */
  codesText(): string {
    const t = this.view!.TOTP_SETUP_CATALOGS[this.langCtl.lang].backup;
    return `${t.fileHeader}\n\n${(this.backupCodes ?? []).join('\n')}\n`;
  }

  /** Downloads the backup codes as a .txt file (a Blob URL, revoked at once). @internal */
  download(): void {
    const url = URL.createObjectURL(new Blob([this.codesText()], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.view!.TOTP_SETUP_CATALOGS[this.langCtl.lang].backup.fileName;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Prints only the backup codes (a blank iframe filled through the DOM, then removed). @internal */
  print(): void {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0';
    document.body.appendChild(frame);
    const win = frame.contentWindow;
    if (win) {
      const pre = win.document.createElement('pre');
      pre.style.font = '16px ui-monospace, monospace';
      pre.textContent = this.codesText();
      win.document.body.appendChild(pre);
      win.addEventListener('afterprint', () => frame.remove());
      win.focus();
      win.print();
    }
    setTimeout(() => frame.remove(), 60_000);
  }

  /** Finishes: forgets the backup codes. @internal */
  finish(): void {
    if (!this.saved) return;
    this.#forget();
    this.phase = 'done';
  }

  protected override render() {
    return this.view ? this.view.renderTotpSetup(this) : html`<div aria-busy="true"></div>`;
  }
}
