/**
 * The lock offer's state and what changes it (in the offer's chunk). One typed value with named
 * phases ({@link LockOfferState}); the view renders from it and calls the actions; only this
 * controller changes it. The lock link's token stays in memory here and is dropped once used.
 * @internal
 * @module
 */
import { type CaseCreated, type LockOutcome, RecourseApiError, type RecourseClient } from '@recourse/core';
import type { ReactiveController } from 'lit';
import type { LockAccountKind, LockOfferWords } from './i18n/lock';
import type { LockOfferHost, LockOfferSlot } from './report-form.lock';
import { trackingLinkFor } from './report-form.payload.model';

/** The client method the offer calls (the core client's `lock`). */
export type LockClient = Pick<RecourseClient, 'lock'>;

/**
 * Where the offer is: `offer` (the button), `locking` (asked, on the session or the link's
 * token), `account` (not signed in here: which account?), `sending` (asking for a lock link),
 * `link_sent` (a lock link went to the addresses on record, if the account exists), `locked`.
 */
export type LockPhase = 'offer' | 'locking' | 'account' | 'sending' | 'link_sent' | 'locked';

/** Why the last request did not succeed. */
export type LockProblem = 'link_refused' | 'limited' | 'failed' | 'unavailable' | 'account_invalid';

/** The words of each problem. */
export const PROBLEM_WORDS = {
  link_refused: 'linkRefused',
  limited: 'limited',
  failed: 'failed',
  unavailable: 'unavailable',
  account_invalid: 'accountInvalid',
} as const satisfies Record<LockProblem, keyof LockOfferWords>;

/** The offer's one state value. */
export interface LockOfferState {
  phase: LockPhase;
  /** The lock link's token while unused (memory only). */
  token: string | undefined;
  kind: LockAccountKind;
  value: string;
  problem: LockProblem | undefined;
  created: CaseCreated | undefined;
  /** The live region's line. */
  announce: ((w: LockOfferWords) => string) | undefined;
  copied: boolean;
}

/** Element ids the offer renders (focus targets). */
export const LOCK_IDS = {
  heading: 'lock-heading',
  kind: 'lock-kind',
  value: 'lock-account',
  tracking: 'lock-tracking',
} as const;

/** The lock offer of one form. */
export class LockOfferController implements ReactiveController {
  state: LockOfferState;
  private focusTarget: string | undefined;

  constructor(
    private readonly host: LockOfferHost,
    slot: LockOfferSlot,
  ) {
    const account = host.values.account;
    this.state = {
      phase: 'offer',
      token: slot.token,
      kind: (account.kind as LockAccountKind) || 'username',
      value: account.value,
      problem: undefined,
      created: undefined,
      announce: undefined,
      copied: false,
    };
    host.el.addController(this);
  }

  get phase(): LockPhase {
    return this.state.phase;
  }

  /** Whether a request is out (the buttons say so and ignore presses). */
  get busy(): boolean {
    return this.state.phase === 'locking' || this.state.phase === 'sending';
  }

  /** The private tracking link of the lock's case. */
  get trackingLink(): string {
    return trackingLinkFor(this.state.created, this.host.el.trackingUrl);
  }

  private set(change: Partial<LockOfferState>, focus?: string): void {
    this.state = { ...this.state, ...change };
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

  /** "Lock my account now": with the lock link's token, else on the platform session. */
  async lock(): Promise<void> {
    if (this.busy) return;
    const token = this.state.token;
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

  /** "Send me a lock link" for the account typed. */
  async requestLink(): Promise<void> {
    if (this.busy) return;
    const value = this.state.value.trim();
    if (!value || value.length > 256) {
      this.set({ problem: 'account_invalid', announce: (w) => w.accountInvalid }, LOCK_IDS.value);
      return;
    }
    this.set({ phase: 'sending', problem: undefined, announce: (w) => w.sending });
    try {
      const client = await this.client();
      if (!client)
        return this.set({ phase: 'account', problem: 'unavailable', announce: (w) => w.unavailable });
      this.answered(await client.lock({ account: { kind: this.state.kind, value } }), 'account');
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
    if (answer.kind === 'locked') {
      const number = answer.case.case.number;
      this.set(
        {
          phase: 'locked',
          token: undefined,
          created: answer.case,
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

  setKind(kind: LockAccountKind): void {
    this.set({ kind });
  }

  setValue(value: string): void {
    this.set({ value, problem: this.state.problem === 'account_invalid' ? undefined : this.state.problem });
  }

  /** Copies the tracking link (selecting it when the clipboard is not allowed). */
  async copy(input?: HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.trackingLink);
    } catch {
      input?.select();
    }
    this.set({ copied: true, announce: (w) => w.copied });
  }
}
