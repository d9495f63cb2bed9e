/**
 * Live updates for a host: follows a stream of changes (the desk's changed cases) and reloads
 * once per burst of relevant changes, never during the host's own action (after it instead);
 * polls at an interval only while the stream is down; stops when the host leaves the page.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The stream's state, as core's subscriptions report it. */
export type LiveStatus = 'live' | 'polling' | 'stopped' | (string & {});

/** What the controller follows and what it does on a change. */
export interface LiveSource<C> {
  /**
   * Opens the stream.
   * @returns a function that closes it, or `undefined` when there is nothing to follow (no
   *   credential, no stream in this client): then only polling runs
   */
  subscribe(
    onChange: (change: C) => void,
    callbacks: { onStatus(status: LiveStatus): void; onError(): void },
  ): (() => void) | undefined;
  /** Whether a change concerns what the host shows. */
  relevant(change: C): boolean;
  /** Reloads what the host shows, quietly. */
  reload(): void;
  /** Whether the host's own action is under way (a reload waits for it). */
  busy(): boolean;
  /** Seconds between reloads while the stream is down; 0 turns polling off. */
  interval(): number;
}

/** How long a burst of changes is gathered into one reload (a command writes several events). */
const BURST_MS = 150;

/** Follows a {@link LiveSource} while the host is connected. */
export class LiveController<C> implements ReactiveController {
  readonly #source: LiveSource<C>;
  #wanted = false;
  #live = false;
  #stop?: () => void;
  #timer?: ReturnType<typeof setInterval>;
  #every = 0;
  #burst?: ReturnType<typeof setTimeout>;
  #connected = false;

  constructor(host: ReactiveControllerHost, source: LiveSource<C>) {
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#poll();
    if (this.#wanted) this.#open();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#close();
  }

  hostUpdated(): void {
    if (this.#source.interval() !== this.#every) this.#poll();
  }

  /** Starts following, or starts again (after the credential changed). */
  restart(): void {
    this.#close();
    this.#wanted = true;
    this.#open();
  }

  #open(): void {
    if (!this.#connected || this.#stop) return;
    this.#stop = this.#source.subscribe(
      (change) => {
        if (!this.#source.relevant(change)) return;
        clearTimeout(this.#burst);
        const later = () => {
          if (this.#source.busy()) this.#burst = setTimeout(later, BURST_MS);
          else this.#source.reload();
        };
        this.#burst = setTimeout(later, BURST_MS);
      },
      {
        onStatus: (status) => {
          this.#live = status === 'live';
        },
        onError: () => {
          this.#live = false;
        },
      },
    );
  }

  #close(): void {
    this.#stop?.();
    this.#stop = undefined;
    this.#live = false;
    clearTimeout(this.#burst);
  }

  #poll(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#every = this.#source.interval();
    if (this.#every > 0 && this.#connected) {
      this.#timer = setInterval(() => {
        if (!this.#live) this.#source.reload();
      }, this.#every * 1000);
    }
  }
}
