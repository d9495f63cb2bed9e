/**
 * Wakes event streams when their case changes (a case's stream), or when any case does (the
 * desk's). Driven by `store.subscribe`, which PostgreSQL feeds with LISTEN/NOTIFY from every
 * instance on the same database (PGlite: this process).
 * @module
 */
import type { Store } from './store/types';

/** Wakes waiters per case. */
export interface LiveHub {
  /**
   * Resolves when the case gets a new event, after `timeoutMs`, or when `signal` aborts,
   * whichever comes first. Register before reading the backlog so nothing is missed.
   */
  waiter(caseId: string): { wait(timeoutMs: number, signal?: AbortSignal): Promise<void>; done(): void };
  /** Calls `listener` with the id of every case that changes (the desk's stream); returns a stop. */
  watchAll(listener: (caseId: string) => void): () => void;
  close(): void;
}

export function createLiveHub(store: Store): LiveHub {
  const waiters = new Map<string, Set<() => void>>();
  const watchers = new Set<(caseId: string) => void>();
  let unsubscribe: (() => void) | null = null;
  const ensure = () => {
    unsubscribe ??= store.subscribe((caseId) => {
      const set = waiters.get(caseId);
      if (set) for (const wake of [...set]) wake();
      for (const watch of [...watchers]) watch(caseId);
    });
  };
  return {
    watchAll(listener) {
      ensure();
      watchers.add(listener);
      return () => {
        watchers.delete(listener);
      };
    },
    waiter(caseId) {
      ensure();
      let pending = false;
      let wakeUp: (() => void) | null = null;
      const wake = () => {
        pending = true;
        wakeUp?.();
      };
      let set = waiters.get(caseId);
      if (!set) {
        set = new Set();
        waiters.set(caseId, set);
      }
      set.add(wake);
      return {
        wait(timeoutMs, signal) {
          if (pending || signal?.aborted) {
            pending = false;
            return Promise.resolve();
          }
          return new Promise<void>((resolve) => {
            const finish = () => {
              clearTimeout(timer);
              signal?.removeEventListener('abort', finish);
              wakeUp = null;
              pending = false;
              resolve();
            };
            const timer = setTimeout(finish, timeoutMs);
            signal?.addEventListener('abort', finish, { once: true });
            wakeUp = finish;
          });
        },
        done() {
          set.delete(wake);
          if (set.size === 0) waiters.delete(caseId);
          wakeUp?.();
        },
      };
    },
    close() {
      unsubscribe?.();
      unsubscribe = null;
      for (const set of waiters.values()) for (const wake of set) wake();
      waiters.clear();
      watchers.clear();
    },
  };
}
