/**
 * What changes the lock offer's state (in the form's lazy chunk): the state is one typed value
 * ({@link LockOfferState}, `report-form.lock.state.ts`); the view renders it and calls
 * {@link LockOfferController.actions}; only this controller replaces it. The lock link's token
 * stays in memory here and is dropped once used.
 * @internal
 * @module
 */
import { type LockOutcome, RecourseApiError, type RecourseClient } from '@recourse/core';
import type { ReactiveController } from 'lit';
import type { LockAccountKind } from './i18n/lock';
import type { LockOfferHost, LockOfferSlot } from './report-form.lock';
import {
  isBusy,
  LOCK_IDS,
  type LockOfferActions,
  type LockOfferState,
  type LockPhase,
  type LockProblem,
  PROBLEM_WORDS,
} from './report-form.lock.state';
import { trackingLinkFor } from './report-form.payload.model';

/** The client method the offer calls (the core client's `lock`). */
export type LockClient = Pick<RecourseClient, 'lock'>;

/** The lock offer of one form. */
export class LockOfferController implements ReactiveController {
  private current: LockOfferState;
  private focusTarget: string | undefined;
  /** What the view may ask for. */
  readonly actions: LockOfferActions = {
    lock: () => void this.lock(),
    requestLink: () => void this.requestLink(),
    setKind: (kind) => this.set({ kind }),
    setValue: (value) =>
      this.set({
        value,
        problem: this.current.problem === 'account_invalid' ? undefined : this.current.problem,
      }),
    copy: (input) => void this.copy(input),
  };

  constructor(
    private readonly host: LockOfferHost,
    slot: LockOfferSlot,
  ) {
    const account = host.values.account;
    this.current = {
      phase: 'offer',
      token: slot.token,
      kind: (account.kind as LockAccountKind) || 'username',
      value: account.value,
      problem: undefined,
      created: undefined,
      caseNumber: '',
      trackingLink: '',
      announce: undefined,
      copied: false,
    };
    host.el.addController(this);
  }

  /** The offer's state (read-only: only this controller replaces it). */
  get state(): Readonly<LockOfferState> {
    return this.current;
  }

  private set(change: Partial<LockOfferState>, focus?: string): void {
    this.current = { ...this.current, ...change };
    if (focus) this.focusTarget = focus;
    this.host.el.requestUpdate();
  }

  hostUpdated(): void {
    const id = this.focusTarget;
    if (!id) return;
    this.focusTarget = undefined;
    (this.host.el.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  private async client(): Promise<LockClient | undefined> {
    const client = (await this.host.getClient()) as Partial<LockClient>;
    return typeof client.lock === 'function' ? (client as LockClient) : undefined;
  }

  private async lock(): Promise<void> {
    if (isBusy(this.current)) return;
    const token = this.current.token;
    this.set({ phase: 'locking', problem: undefined, announce: (w) => w.locking });
    try {
      const client = await this.client();
      if (!client)
        return this.set({ phase: 'offer', problem: 'unavailable', announce: (w) => w.unavailable });
      this.answered(await client.lock(token ? { token } : {}), 'offer');
    } catch (error) {
      const status = error instanceof RecourseApiError ? error.status : 0;
      if (status === 401 && token) {
        // Used, expired or unknown: the token is dropped; a new link can be asked for.
        this.set(
          { phase: 'account', token: undefined, problem: 'link_refused', announce: (w) => w.linkRefused },
          LOCK_IDS.value,
        );
      } else if (status === 400 || status === 401) {
        // No session on this device: which account should get a lock link?
        this.set({ phase: 'account', problem: undefined, announce: (w) => w.needAccount }, LOCK_IDS.value);
      } else this.failed(error, 'offer');
    }
  }

  private async requestLink(): Promise<void> {
    if (isBusy(this.current)) return;
    const value = this.current.value.trim();
    if (!value || value.length > 256) {
      this.set({ problem: 'account_invalid', announce: (w) => w.accountInvalid }, LOCK_IDS.value);
      return;
    }
    this.set({ phase: 'sending', problem: undefined, announce: (w) => w.sending });
    try {
      const client = await this.client();
      if (!client)
        return this.set({ phase: 'account', problem: 'unavailable', announce: (w) => w.unavailable });
      this.answered(await client.lock({ account: { kind: this.current.kind, value } }), 'account');
    } catch (error) {
      if (error instanceof RecourseApiError && error.status === 400)
        this.set(
          { phase: 'account', problem: 'account_invalid', announce: (w) => w.accountInvalid },
          LOCK_IDS.value,
        );
      else this.failed(error, 'account');
    }
  }

  private answered(answer: LockOutcome, from: LockPhase): void {
    if (answer.kind === 'locked' || answer.kind === 'recorded') {
      // `recorded`: the lock went in the existing case its link's notice was about (no new link).
      const number = answer.kind === 'locked' ? answer.case.case.number : answer.caseNumber;
      this.set(
        {
          phase: 'locked',
          token: undefined,
          created: answer.kind === 'locked' ? answer.case : undefined,
          caseNumber: number,
          trackingLink:
            answer.kind === 'locked' ? trackingLinkFor(answer.case, this.host.el.trackingUrl) : '',
          problem: undefined,
          announce: (w) => w.lockedAnnounce.replace('{number}', number),
        },
        LOCK_IDS.heading,
      );
    } else if (from === 'offer') {
      // Asked on the session without an account: the server wants to know which account.
      this.set({ phase: 'account', announce: (w) => w.needAccount }, LOCK_IDS.value);
    } else this.set({ phase: 'link_sent', announce: (w) => w.linkSent });
  }

  private failed(error: unknown, back: LockPhase): void {
    const status = error instanceof RecourseApiError ? error.status : 0;
    const problem: LockProblem = status === 429 ? 'limited' : status === 404 ? 'unavailable' : 'failed';
    this.set({ phase: back, problem, announce: (w) => w[PROBLEM_WORDS[problem]] });
  }

  private async copy(input: HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.current.trackingLink);
    } catch {
      input?.select();
    }
    this.set({ copied: true, announce: (w) => w.copied });
  }
}
