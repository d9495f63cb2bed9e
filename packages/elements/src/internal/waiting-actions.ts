/**
 * The actions a first paint's view is given before the controller that owns them has loaded: each
 * call waits for the controller, then runs, in the order asked, so nothing done in that moment
 * (a click, a keystroke) is lost (ADR 0035).
 * @internal
 * @module
 */

/** Actions that wait for the real ones, and the call that says they are there. */
export interface WaitingActions<A extends object> {
  /** Stands in for the actions until `ready()`; each call runs the real action then. */
  readonly actions: A;
  /** The real actions are available now (from `actions()`): the waiting calls run. */
  ready(): void;
}

/**
 * Actions standing in for `actions()` until `ready()` is called.
 * @param actions - reads the real actions (defined once `ready()` is called)
 */
export function waitingActions<A extends object>(actions: () => A | undefined): WaitingActions<A> {
  let ready!: () => void;
  const up = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const stand = new Proxy({} as A, {
    get:
      (_, name) =>
      (...args: unknown[]) =>
        up.then(() => {
          const run = actions()?.[name as keyof A] as ((...a: unknown[]) => unknown) | undefined;
          return run?.(...args);
        }),
  });
  return { actions: stand, ready };
}
