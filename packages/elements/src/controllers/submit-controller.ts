/**
 * Submissions of a widget: one idempotency key per action that lives for the action's whole life
 * (every retry after a network failure reuses it; a definite answer retires it), which action is
 * under way, ONE classification of errors, and a refresh when the workflow refused because the
 * case changed meanwhile.
 * @module
 */
import { newIdempotencyKey } from '@recourse/core';
import type { ReactiveControllerHost } from 'lit';

/** What went wrong, as every widget shows it. */
export type SubmitErrorCode = 'unauthorized' | 'not_found' | 'network' | 'rejected' | 'invalid' | 'failed';

/** A classified error: the code, and the API's problem code when the server answered. */
export interface SubmitError {
  code: SubmitErrorCode;
  problem?: string;
}

/**
 * Classifies any error the core client throws (duck-typed by `name`, so a client from another
 * copy of core classifies alike): 401/403 `unauthorized`, 404 `not_found`, `workflow_refused`
 * `rejected`, `validation_failed` `invalid`, no answer `network`, anything else `failed`.
 */
export function classifyError(error: unknown): SubmitError {
  const e = error as { name?: string; status?: number; code?: string } | null;
  if (e?.name === 'RecourseApiError') {
    const problem = e.code;
    const code: SubmitErrorCode =
      e.status === 401 || e.status === 403
        ? 'unauthorized'
        : e.status === 404
          ? 'not_found'
          : problem === 'workflow_refused'
            ? 'rejected'
            : problem === 'validation_failed'
              ? 'invalid'
              : 'failed';
    return problem ? { code, problem } : { code };
  }
  return { code: e?.name === 'RecourseNetworkError' || error instanceof TypeError ? 'network' : 'failed' };
}

/** What the controller needs besides its host. */
export interface SubmitOptions {
  /** Called after the workflow refused an action (the case changed): reload it. */
  refresh?: () => void;
}

/** The outcome of {@link SubmitController.run}. */
export type SubmitResult<T> = { ok: true; value: T } | { ok: false; error: SubmitError };

/**
 * Runs a host's actions one at a time, each with its lasting idempotency key. It needs no
 * lifecycle hook (a reply after the host left is still recorded): it only asks the host to
 * render when `busy` changes.
 */
export class SubmitController {
  /** The action under way, or `null`. */
  busy: string | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #options: SubmitOptions;
  readonly #keys = new Map<string, string>();

  constructor(host: ReactiveControllerHost, options: SubmitOptions = {}) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * Runs an action unless another one is under way.
   * @param action - names the action (and what it acts on, e.g. `case-1:close`): its key lasts
   *   until the server gave a definite answer
   * @param send - sends it with the key
   * @returns its value, or the classified error; `undefined` when another action was under way
   */
  async run<T>(action: string, send: (key: string) => Promise<T>): Promise<SubmitResult<T> | undefined> {
    if (this.busy !== null) return undefined;
    let key = this.#keys.get(action);
    if (!key) {
      key = newIdempotencyKey();
      this.#keys.set(action, key);
    }
    this.#set(action);
    let result: SubmitResult<T>;
    try {
      result = { ok: true, value: await send(key) };
      this.#keys.delete(action);
    } catch (caught) {
      const error = classifyError(caught);
      // An answer that says no is final: the next try is a new action. Without an answer (or
      // with a server failure) it may have been done: a retry must carry the same key.
      if (error.code !== 'network' && error.code !== 'failed') this.#keys.delete(action);
      result = { ok: false, error };
    }
    // Not busy any more first, so the refresh is not put off as "busy".
    this.#set(null);
    if (!result.ok && result.error.code === 'rejected') this.#options.refresh?.();
    return result;
  }

  #set(busy: string | null): void {
    this.busy = busy;
    this.#host.requestUpdate();
  }
}
