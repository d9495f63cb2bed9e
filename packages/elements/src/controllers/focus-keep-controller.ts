/**
 * Keeps keyboard focus inside a host when a render removes or disables the focused element (a
 * command form that is no longer allowed, a pager button at the last page): focus would fall to
 * `<body>`; instead it goes to a fallback the host names (a heading with `tabindex="-1"`).
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Restores focus to a fallback after a render that lost it. */
export class FocusKeepController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Pick<Element, 'matches'>;
  readonly #fallback: () => HTMLElement | null | undefined;
  #had = false;

  /**
   * @param host - the element (only `matches(':focus-within')` is used)
   * @param fallback - where focus goes when the render lost it
   */
  constructor(
    host: ReactiveControllerHost & Pick<Element, 'matches'>,
    fallback: () => HTMLElement | null | undefined,
  ) {
    this.#host = host;
    this.#fallback = fallback;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#had = this.#host.matches(':focus-within');
  }

  hostUpdated(): void {
    if (this.#had && !this.#host.matches(':focus-within')) this.#fallback()?.focus();
  }
}
