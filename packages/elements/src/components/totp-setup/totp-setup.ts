import { adoptStyles, css, html, type PropertyDeclarations } from 'lit';
import { lazyOnce, RecourseElement } from '../../internal/recourse-element';
import {
  createTotpFetchBackend,
  type TotpBackend,
  type TotpStatusSummary,
  type TotpVerification,
} from './totp-setup.backend';
import type { TotpSetupController } from './totp-setup.controller';
import type { TotpPhase } from './totp-setup.state';
import type { TotpViewActions } from './totp-setup.view';

export type { TotpPhase } from './totp-setup.state';

/**
 * The controller, views, styles, words and QR maker: requested together with the status (ADR
 * 0013). Nothing the person acts on is needed before the first screen, which needs the views
 * anyway, so the initial chunk holds only the element, the default backend and the status read.
 */
const loadLazy = lazyOnce(() => import('./totp-setup.lazy'));

/**
 * How long the first render waits for the view and the status before it paints the busy
 * placeholder. When both come sooner (the usual case: they are requested together when the
 * element connects), the first render is the first screen itself.
 */
const PLACEHOLDER_DELAY_MS = 300;

/**
 * Turns on two-step verification: why and which apps → scan the QR code (drawn in the browser
 * from the enrollment URI) or type the key → enter the code → save the backup codes → done. Also
 * shows "already on" (with new backup codes on a fresh code), an expired setup, wrong codes with
 * the tries left, a live countdown when throttled, and network failures with a retry. When few
 * backup codes remain (the status read, or a verification the page passes to
 * `showVerification`), it says so first and offers new ones.
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
 * @csspart heading - Each step's heading (receives focus on every step change the person causes).
 * @csspart qr - The QR code (`<svg>`).
 * @csspart key - The setup key as text (`#totp-key`), grouped by four.
 * @csspart code-input - The one-time-code field (`#totp-code`).
 * @csspart error - Error messages.
 * @csspart countdown - The live "try again in" countdown.
 * @csspart backup-codes - The list of backup codes.
 * @csspart saved-checkbox - "I have saved my backup codes" (`#totp-saved`).
 * @csspart notice - Informational panels.
 * @csspart low-codes - The "few backup codes left" warning (also a `notice`).
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
export class RecourseTotpSetup extends RecourseElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  // Reactive properties without decorators: the first load carries neither Lit's decorators
  // module nor the decorator helper (docs/adr/0037, 0039).
  static override properties: PropertyDeclarations = {
    backend: { attribute: false },
    backupCodesLowAt: { type: Number, attribute: 'backup-codes-low-at' },
  };

  /**
   * The server operations; default: the reference server's endpoints under `api-base` (this
   * page's origin when empty) over `fetch` (the `fetch` property, else the global one) with the
   * session cookie.
   */
  backend?: TotpBackend;

  /**
   * How many backup codes left count as few (the warning and the offer of new ones), when the
   * server's answer does not say; default 3, the reference server's `totp.backupCodesLowAt`.
   */
  backupCodesLowAt = 3;

  /** The controller, once the lazy chunk is in (it owns the state from then on). */
  #setup?: TotpSetupController;
  #lazy?: typeof import('./totp-setup.lazy');
  #actions?: TotpViewActions;
  #started = false;
  /** The first status read and the view, settled. */
  #firstLoad?: Promise<unknown>;
  /** Callers of `ready` waiting for the first screen. */
  #waiting: (() => void)[] = [];

  /**
   * Where the setup is: `loading` (reading the status, or that read failed), the steps `intro`,
   * `scan`, `code`, `backup`, `done`, or `already` (it was on already) and `expired` (the
   * enrollment expired before it was confirmed). Read-only.
   */
  get phase(): TotpPhase {
    return this.#setup?.state.phase ?? 'loading';
  }

  /**
   * Resolves once the first screen is rendered: the view is loaded and the status is known (or
   * its read failed, with "Try again"); at most about 1 s after the view loaded.
   */
  get ready(): Promise<void> {
    return loadLazy().then(async () => {
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

  /**
   * Shows what a verification answered (`POST /verify`, e.g. from the platform's sign-in page):
   * the backup codes left, and, when few remain, a warning (announced to screen readers) with the
   * form for new ones. While an enrollment is under way it changes nothing.
   * @param answer - `method`, `backupCodesLeft` and, when the server says, `backupCodesLow`
   */
  showVerification(answer: TotpVerification): void {
    if (this.#setup) this.#setup.verified(answer);
    else this.#verification = answer;
  }

  /** A verification shown before the controller loaded. */
  #verification?: TotpVerification;

  #firstScreenShown(): boolean {
    const s = this.#setup?.state;
    return s !== undefined && (s.phase !== 'loading' || s.failure !== undefined);
  }

  #backend(): TotpBackend {
    return (
      this.backend ??
      this.defaultClient(({ baseUrl, fetch }) => createTotpFetchBackend({ apiBase: baseUrl, fetch }))
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#started) return;
    this.#started = true;
    // The status and the view are requested together: the first screen needs both. One
    // microtask first, so that a host that sets `backend` or `fetch` right after appending the
    // element is heard.
    this.#firstLoad = Promise.resolve().then(() => {
      let status: Promise<TotpStatusSummary>;
      try {
        status = this.#backend().status();
      } catch (error) {
        status = Promise.reject(error);
      }
      status.catch(() => undefined); // read by the controller once it is loaded
      return this.#loadLazy(status);
    });
  }

  /** Loads the lazy chunk once (again after a failure, at the next render), then the controller reads the status. */
  #loadLazy(status?: Promise<TotpStatusSummary>): Promise<void> {
    return loadLazy().then((lazy) => {
      if (this.#lazy) return;
      adoptStyles(this.renderRoot as ShadowRoot, [RecourseTotpSetup.styles, ...lazy.styles]);
      const setup = new lazy.TotpSetupController(this, {
        backend: () => this.#backend(),
        lowAt: () => this.backupCodesLowAt,
        focusHeading: () => this.renderRoot.querySelector<HTMLElement>('h2')?.focus(),
      });
      this.#lazy = lazy;
      this.#setup = setup;
      this.#actions = {
        ...setup.actions,
        download: (text, name) => lazy.saveText(this.renderRoot, text, name),
        print: (text) => lazy.printText(text),
      };
      const loaded = setup.load(status);
      if (this.#verification) setup.verified(this.#verification);
      this.#verification = undefined;
      return loaded;
    });
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

  protected override updated(): void {
    if (this.#waiting.length > 0 && this.#firstScreenShown()) {
      for (const resolve of this.#waiting.splice(0)) resolve();
    }
  }

  protected override render() {
    const lazy = this.#lazy;
    if (!lazy || !this.#setup || !this.#actions) {
      if (this.hasUpdated) void this.#loadLazy().catch(() => undefined);
      return html`<div aria-busy="true"></div>`;
    }
    const lang = this.language;
    return lazy.totpSetupView(this.#setup.state, this.#actions, { t: lazy.TOTP_SETUP_CATALOGS[lang], lang });
  }
}
