/**
 * The controller of `<recourse-totp-setup>`: the only thing that changes its state. It reads the
 * status, starts and confirms enrollments, asks for new backup codes, runs the countdown of a
 * delay and the enrollment's expiry, copies, and fires the element's events on the host. It knows
 * the host only as a Lit controller host that is an event target, plus {@link TotpDeps}.
 *
 * It does not use the shared `SubmitController`: a {@link TotpBackend} call takes no idempotency
 * key (the one-time code itself makes a repeat harmless: the server refuses a replay), nothing
 * here is a workflow that can refuse, and failures arrive already classified as
 * {@link TotpFailure} codes by the backend, which is the one place that sees HTTP.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RecourseTotpEnabledEvent, RecourseTotpErrorEvent } from '../../events/totp-setup-events';
import type {
  TotpBackend,
  TotpBackendError,
  TotpFailure,
  TotpStatusSummary,
  TotpVerification,
} from './totp-setup.backend';
import { INITIAL_STATE, reduce, type TotpEvent, type TotpRetry, type TotpState } from './totp-setup.state';

/** What the controller reads from its host, each read when needed. */
export interface TotpDeps {
  backend(): TotpBackend;
  /** How many backup codes left count as few, when the server does not say (`backup-codes-low-at`). */
  lowAt(): number;
  /** Moves the focus to the step's heading (after the render of a step change the person caused). */
  focusHeading(): void;
}

/** What the views may ask of the setup. */
export interface TotpActions {
  /** Starts (or restarts) an enrollment. */
  start(): void;
  /** Moves between the enrollment's steps. */
  go(to: 'intro' | 'scan' | 'code'): void;
  /** The code field changed. */
  type(code: string): void;
  /** Sends the code: confirms the enrollment, or (when already on) gets new backup codes. */
  submit(): void;
  /** Repeats what failed ("Try again"). */
  retry(): void;
  /** Copies the key or the backup codes. */
  copy(): void;
  /** "I have saved my backup codes". */
  saved(saved: boolean): void;
  /** Finishes: forgets the backup codes. */
  finish(): void;
}

/** Owns and changes the setup's state. */
export class TotpSetupController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #deps: TotpDeps;
  #state: TotpState = INITIAL_STATE;
  /** Whether the person acted (the first screen after the status read takes no focus). */
  #acted = false;
  #focus = false;
  #waitUntil = 0;
  /** A verification answer that arrived while the status was read. */
  #pending?: TotpVerification;
  #ticker?: ReturnType<typeof setTimeout>;
  #expiry?: ReturnType<typeof setTimeout>;

  /** The actions, bound: the views call them. */
  readonly actions: TotpActions = {
    start: () => this.#act('start'),
    go: (to) => {
      this.#acted = true;
      this.#apply({ type: 'go', to });
    },
    type: (code) => this.#apply({ type: 'typed', code }),
    submit: () => this.#submit(),
    retry: () => {
      const what = this.#state.retry;
      if (what) this.#act(what);
    },
    copy: () => void this.#copy(),
    saved: (saved) => this.#apply({ type: 'saved', saved }),
    finish: () => this.#apply({ type: 'finished' }),
  };

  constructor(host: ReactiveControllerHost & EventTarget, deps: TotpDeps) {
    this.#host = host;
    this.#deps = deps;
    host.addController(this);
  }

  /** The current state. */
  get state(): TotpState {
    return this.#state;
  }

  hostConnected(): void {
    this.#arm();
  }

  hostDisconnected(): void {
    clearTimeout(this.#ticker);
    clearTimeout(this.#expiry);
  }

  hostUpdated(): void {
    if (this.#focus) {
      this.#focus = false;
      this.#deps.focusHeading();
    }
  }

  /**
   * Shows what a verification answered: the backup codes left and, when few remain, says so
   * (announced) and offers new ones. An answer that arrives while the status is read is shown
   * after it; during an enrollment it changes nothing.
   */
  verified(answer: TotpVerification): void {
    if (this.#state.phase === 'loading') {
      this.#pending = answer;
      return;
    }
    this.#apply({ type: 'verified', codesLeft: answer.backupCodesLeft, low: this.#low(answer) });
  }

  /** Whether the backup codes left are few: the server's word, else the threshold. */
  #low(answer: { backupCodesLeft: number; backupCodesLow?: boolean }): boolean {
    return answer.backupCodesLow ?? answer.backupCodesLeft <= this.#deps.lowAt();
  }

  /**
   * Reads the status (the first screen: `intro` or `already`).
   * @param first - a read the host started already (the first one, together with this chunk)
   */
  load(first?: Promise<TotpStatusSummary>): Promise<void> {
    return this.#run('status', async (backend) => {
      const status = await (first ?? backend.status());
      const enabled = status.state === 'enabled';
      this.#apply({ type: 'loaded', enabled, codesLeft: status.backupCodesLeft, low: this.#low(status) });
      const pending = this.#pending;
      this.#pending = undefined;
      if (pending && enabled) this.verified(pending);
    });
  }

  #apply(event: TotpEvent): void {
    const was = this.#state;
    const next = reduce(was, event);
    if (next === was) return;
    this.#state = next;
    // A step change moves the focus to its heading; the first screen after the status read does
    // not: nobody asked for it, and the page may have put the focus somewhere else.
    if (next.phase !== was.phase && (was.phase !== 'loading' || this.#acted)) this.#focus = true;
    if (next.phase !== was.phase) this.#arm();
    this.#host.requestUpdate();
  }

  #act(what: TotpRetry): void {
    this.#acted = true;
    if (what === 'status') void this.load();
    else if (what === 'submit') this.#submit();
    else
      void this.#run('start', async (backend) => {
        this.#apply({ type: 'started', enrollment: await backend.start() });
      });
  }

  #submit(): void {
    const s = this.#state;
    if (s.busy || s.remaining > 0 || (s.phase !== 'code' && s.phase !== 'already')) return;
    const code = s.code.trim();
    if (s.phase === 'code' ? !/^\d{6}$/.test(code) : code.length < 6) {
      this.#apply({ type: 'failed', failure: { code: 'format' } });
      return;
    }
    this.#acted = true;
    void this.#run('submit', async (backend) => {
      const enabling = s.phase === 'code';
      const { backupCodes } = enabling
        ? await backend.confirm(code)
        : await backend.regenerateBackupCodes(code);
      this.#apply({ type: 'codes', backupCodes });
      if (enabling)
        this.#host.dispatchEvent(new RecourseTotpEnabledEvent({ backupCodes: backupCodes.length }));
    });
  }

  /** Runs a backend call: busy while it runs; failures become messages, events and retries. */
  async #run(what: TotpRetry, call: (backend: TotpBackend) => Promise<void>): Promise<void> {
    if (this.#state.busy) return;
    this.#apply({ type: 'sending' });
    try {
      await call(this.#deps.backend());
    } catch (err) {
      const e = err as Partial<TotpBackendError> | undefined;
      const code: TotpFailure = e?.name === 'TotpBackendError' && e.code ? e.code : 'network';
      const attemptsLeft = e?.attemptsLeft;
      const retryAfter = e?.retryAfter;
      this.#host.dispatchEvent(
        new RecourseTotpErrorEvent({
          code,
          ...(attemptsLeft !== undefined ? { attemptsLeft } : {}),
          ...(retryAfter !== undefined ? { retryAfter } : {}),
        }),
      );
      if (code === 'expired') this.#apply({ type: 'expired' });
      else if (code === 'already_enabled') {
        this.#apply({ type: 'reload' });
        return this.load();
      } else {
        this.#apply({
          type: 'failed',
          failure: { code, ...(attemptsLeft !== undefined ? { attemptsLeft } : {}) },
          ...(code === 'network' || what === 'status' ? { retry: what } : {}),
        });
        if ((retryAfter ?? 0) > 0 && code !== 'network') {
          this.#waitUntil = Date.now() + retryAfter! * 1000;
          this.#arm();
        }
      }
    }
  }

  /** (Re)arms the countdown and the enrollment's expiry timers. */
  #arm(): void {
    clearTimeout(this.#ticker);
    // Each tick is scheduled for the moment the shown number changes (not every 1,000 ms from
    // the start), so a late timer never leaves a stale number on screen for a whole second.
    const tick = () => {
      const left = this.#waitUntil - Date.now();
      const remaining = Math.max(0, Math.ceil(left / 1000));
      this.#apply({ type: 'tick', remaining });
      if (remaining > 0) this.#ticker = setTimeout(tick, (left % 1000 || 1000) + 5);
    };
    tick();
    clearTimeout(this.#expiry);
    const s = this.#state;
    if (s.phase === 'scan' || s.phase === 'code') {
      const ms = Date.parse(s.enrollment.expiresAt) - Date.now();
      this.#expiry = setTimeout(
        () => this.#apply({ type: 'expired' }),
        Math.max(0, Math.min(ms, 2 ** 31 - 1)),
      );
    }
  }

  async #copy(): Promise<void> {
    const s = this.#state;
    const text = s.phase === 'scan' ? s.enrollment.key : s.phase === 'backup' ? s.backupCodes.join('\n') : '';
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.#apply({ type: 'copied', copied: true });
    } catch {
      this.#apply({ type: 'copied', copied: false });
    }
  }
}
