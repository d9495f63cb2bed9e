/**
 * The base of every domain event the widgets fire: a plain `Event` subclass that bubbles out of
 * shadow roots (`composed`) and carries a typed `detail`. Controls fire native `input`/`change`;
 * only domain facts (a report submitted, a case created) get a `recourse-*` event.
 * @module
 */

/** Options of {@link RecourseEvent}. */
export interface RecourseEventInit {
  /** Whether a listener may call `preventDefault()` to veto the action. Default `false`. */
  cancelable?: boolean;
}

/** A `recourse-*` domain event with a typed `detail`. */
export class RecourseEvent<T> extends Event {
  /** What happened, typed per event. */
  readonly detail: T;

  /**
   * @param type - `recourse-<component>-<what>`
   * @param detail - the event's data
   * @param init - `cancelable`
   */
  constructor(type: string, detail: T, init: RecourseEventInit = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}
